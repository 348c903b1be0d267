// The error messages the troubleshooting pages quote, one home for all of them: the pages render
// them (`::: messages FAILURE DIRECTION`, src/markdown/plugins/messages.ts) and the real-client
// suite (tests/mail/mail.test.ts) asserts that every message of a client that runs here is exactly what
// that client printed in the same failure, so a page cannot drift from the software. Messages of
// clients that cannot run here are quoted from documentation instead, each with its source and the
// kind of source (`MessageSource.kind`): Thunderbird from its localisation files; Outlook from
// Microsoft's documents where they quote a message, from the public header that names each error
// code, and (weaker, shown as unconfirmed) from other people's reports. Outlook's numbered codes are
// the same in every language; its words are quoted only in the language a source shows them in.
// Apple Mail and Becky! publish nothing we could cite, so none of their messages is quoted.
// Pure data; depends on the method ids only.
import type { Method } from '../clients/types.ts';

/** What went wrong, as the troubleshooting pages organise it (each has a heading there). */
export const failureIds = [
	/** Not a failure: what a working connection looks like (openssl s_client's good answer). */
	'ok',
	/** The server refused the password: a wrong password, or the APOP secret and the login password swapped. */
	'auth-failed',
	/** The certificate is not signed by a CA the client trusts. */
	'untrusted-ca',
	/** The certificate does not name the host the client connected to. */
	'wrong-host',
	/** Nothing listens on that port (wrong port number): the connection is refused at once. */
	'refused',
	/** No answer at all (a firewall drops the packets, or the wrong TLS mode waits forever). */
	'timeout',
	/** Sending without TLS on the submission port: the server does not offer AUTH. */
	'no-auth-offered',
	/** STARTTLS asked of a server (port) that does not offer it. */
	'no-starttls',
	/** Plain SMTP without SMTP-AUTH to an address outside the club domain: relaying refused. */
	'relay-denied',
	/** The connection security does not match the port (SSL/TLS to the STARTTLS port, none to 995 …). */
	'tls-mismatch',
	/** A setup wizard found no encrypted connection and offers to try without encryption (Outlook). */
	'autosetup-unencrypted',
] as const;
export type FailureId = (typeof failureIds)[number];

/**
 * The settings a reader types that a failure can come from: the server's name, its port, the
 * connection security, the authentication method, the account name and password, or none of them
 * (the network on the way). A walkthrough step that sets one of them offers, at the step, the
 * failures that concern it (src/markdown/plugins/stepHelp.ts).
 */
export const concernIds = ['host', 'port', 'security', 'auth', 'password', 'network'] as const;
export type Concern = (typeof concernIds)[number];

/** Which settings each failure concerns: where a reader who sees its message looks first. */
export const failureConcerns: Record<Exclude<FailureId, 'ok'>, readonly Concern[]> = {
	'auth-failed': ['password'],
	'untrusted-ca': ['host'],
	'wrong-host': ['host'],
	refused: ['host', 'port'],
	timeout: ['port', 'security', 'network'],
	'no-auth-offered': ['security', 'port'],
	'no-starttls': ['security', 'port'],
	'relay-denied': ['auth'],
	'tls-mismatch': ['security', 'port'],
	'autosetup-unencrypted': ['security'],
};

/** The settings a quoted message concerns (its failure's); none for the good answer. */
export function concernsOf(message: Pick<QuotedMessage, 'failure'>): readonly Concern[] {
	return message.failure === 'ok' ? [] : failureConcerns[message.failure];
}

/**
 * The anchor of a failure's section on its troubleshooting page (receive or send): the failure's
 * id, but the two certificate failures share one section.
 */
export function failureAnchor(failure: Exclude<FailureId, 'ok'>): string {
	return failure === 'untrusted-ca' || failure === 'wrong-host' ? 'certificate' : failure;
}

/** Clients that run in the real-client suite: their messages are proven there. */
export const runnableClients = ['fetchmail', 'getmail', 'mutt', 'msmtp', 'stunnel', 'swaks', 'openssl'] as const;
/** Clients that cannot run here: their messages are quoted from a cited source. */
export const sourcedClients = ['thunderbird', 'outlook'] as const;
export type MessageClient = (typeof runnableClients)[number] | (typeof sourcedClients)[number];

/** Display names of the clients in the tables. */
export const messageClientNames: Record<MessageClient, string> = {
	fetchmail: 'fetchmail',
	getmail: 'getmail6',
	mutt: 'mutt',
	msmtp: 'msmtp',
	stunnel: 'stunnel',
	swaks: 'swaks',
	openssl: 'openssl s_client',
	thunderbird: 'Thunderbird',
	outlook: 'Outlook (Windows)',
};

/**
 * The kinds of source a message of a client that cannot run here is quoted from, strongest first:
 * `l10n` the client's own localisation file; `docs` the vendor's documentation quoting the message;
 * `header` a public header that defines the error code (its name says what it means); `report`
 * someone else's account of the message (a blog, a help page): the table marks it unconfirmed.
 */
export const sourceKinds = ['l10n', 'docs', 'header', 'report'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Where a quoted text of a client that cannot run here comes from. */
export interface MessageSource {
	kind: SourceKind;
	url: string;
	title: string;
}

/**
 * Outlook's error codes the manual explains (HRESULTs it shows as "0x…"), and the one setup message
 * that has no code (`wizard`). Each has its cause and fix for this server in the words tables
 * (messages.outlook) and its row in the error-code table (`::: error-codes outlook`).
 */
export const outlookCodes = [
	'0x800CCC0E',
	'0x800CCC0F',
	'0x800CCC1A',
	'0x800CCC79',
	'0x800CCC80',
	'0x800CCC92',
	'0x8004210A',
	'0x8004210B',
	'wizard',
] as const;
export type OutlookCode = (typeof outlookCodes)[number];

export interface QuotedMessage {
	client: MessageClient;
	failure: FailureId;
	/** The service the client was talking to: its host and port fill {host} and {port}. */
	method: Method;
	/**
	 * The message exactly as the client prints it (a part of one line or of consecutive lines).
	 * {host}, {port}, {user} (the account) and {to} (an outside recipient) stand for values.
	 */
	text: string;
	/** Only for a client whose words depend on its language: the edition that quotes it. */
	lang?: 'ja' | 'en';
	/** For clients that cannot run here: where the text comes from. */
	source?: MessageSource;
	/** For a client that numbers its errors (Outlook): the code this text belongs to, which groups it in the error-code table. */
	code?: OutlookCode;
}

/** Microsoft's troubleshooting articles as Markdown in MicrosoftDocs/OfficeDocs-Support, read at this commit (2024-10-24). */
const OFFICE_DOCS_SUPPORT = 'https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3';

/** The sources of Outlook's messages (each read; what each shows is beside it). */
const outlookSources = {
	/** Quotes "0x800CCC80 - None of the authentication methods supported by this client are supported by your server." */
	auth: {
		kind: 'docs',
		url: `${OFFICE_DOCS_SUPPORT}/Outlook/Client/profiles-and-accounts/0x800ccc80-error-when-sending-mail-from-outlook.md`,
		title: 'Microsoft: Sending mail from Outlook results in error 0x800ccc80',
	},
	/** Quotes "Task '…' reported error (0x8004210b) : 'The operation timed out waiting for a response from the sending (SMTP) server. …'" */
	timeout: {
		kind: 'docs',
		url: `${OFFICE_DOCS_SUPPORT}/Outlook/Client/synchronization/delete-nonexistent-messages.md`,
		title: 'Microsoft: Outlook keeps trying to send a nonexistent message (error 0x8004210b)',
	},
	/** Quotes "An encrypted connection to your mail server is not available." (KB 2826047, Outlook 2010/2013). */
	wizard: {
		kind: 'docs',
		url: `${OFFICE_DOCS_SUPPORT}/Exchange/ExchangeOnline/outlook-issues/encrypted-connection-unavailable.md`,
		title: 'Microsoft: (Encrypted connection to your mail server is not available) error (KB 2826047)',
	},
	/** The Japanese wizard message, in a system administrator's blog (2016). */
	wizardJa: {
		kind: 'report',
		url: 'https://blog.treedown.net/entry/2016/04/02/010000',
		title: 'treedown’s Report: Office365をOutlookにセットアップしようとしてエラー',
	},
	/** Quotes the relay error "The message could not be sent because one of the recipients was rejected by the server. … Error Number: 0x800CCC79". */
	relayEn: {
		kind: 'docs',
		url: 'https://support.microsoft.com/en-us/office/i-receive-a-550-553-or-relay-prohibited-error-when-sending-email-messages-65b494a4-0a15-433e-829f-e73651e0245e',
		title: 'Microsoft: I receive a 550, 553, or relay prohibited error when sending email messages',
	},
	/** The same article in Japanese: 「いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。…エラー番号: 0x800CCC79」. */
	relayJa: {
		kind: 'docs',
		url: 'https://support.microsoft.com/ja-jp/office/65b494a4-0a15-433e-829f-e73651e0245e',
		title: 'Microsoft: メール メッセージを送信すると 550、553、またはリレー禁止エラーを受信します',
	},
	/** Defines IXP_E_FAILED_TO_CONNECT (0x800CCC0E), IXP_E_CONNECTION_DROPPED (0F), IXP_E_SECURE_CONNECT_FAILED (1A), IXP_E_SMTP_REJECTED_RECIPIENTS (79). */
	header: {
		kind: 'header',
		url: 'https://github.com/wine-mirror/wine/blob/181d2fb65ea702dd143a859c23c45adbe077c193/include/imnxport.idl',
		title: 'Wine: include/imnxport.idl (Internet transport error codes)',
	},
	/** Lists 0x800CCC92 as POP3_INVALID_PASSWORD, "Password not valid for account" (the header's POP3 part is not in Wine). */
	pop3: {
		kind: 'report',
		url: 'http://pc-error-free.com/blog/?p=20',
		title: 'PC Error Free: POP3 Error Codes (2007)',
	},
	/** Lists 0x8004210A / 0x8004210B together as a server timeout (no Microsoft text for 0x8004210A was found). */
	timeoutPop: {
		kind: 'report',
		url: 'https://ftwoodruff.com/top-20-microsoft-outlook-issues-in-a-comprehensive-troubleshooting-guide',
		title: 'Top 20 Microsoft Outlook issues (error code table)',
	},
} as const satisfies Record<string, MessageSource>;

/** An Outlook entry: its code (or the wizard's message) in a failure, from a source. */
function outlook(
	code: OutlookCode,
	failure: FailureId,
	method: Method,
	source: MessageSource,
	text: string = code,
	lang?: 'ja' | 'en',
): QuotedMessage {
	return { client: 'outlook', failure, method, text, code, source, ...(lang ? { lang } : {}) };
}

/** The commit of thunderbird/thunderbird-l10n the Thunderbird messages were read from. */
const THUNDERBIRD_L10N = '5d7cde6f5d9237b64f7de733bb9fbb121055848a';

/** The recipient outside the club domain that {to} stands for (pages and suite alike). */
export const OUTSIDE_RECIPIENT = 'friend@example.org';

/**
 * Every quoted message. Runnable clients: their text, exactly as printed (the suite finds it in the
 * real output; "…" stands for a part that varies, such as a number of seconds or the server's own
 * words). Only the client's own words are quoted: what follows a server's reply code is the
 * server's, and the commission's server software is not known.
 */
export const quotedMessages: QuotedMessage[] = [
	// openssl s_client: the good answer, then what each failure prints (OpenSSL 3).
	{ client: 'openssl', failure: 'ok', method: 'pop3s', text: 'Verification: OK' },
	{ client: 'openssl', failure: 'ok', method: 'pop3s', text: 'Verified peername: {host}' },
	{ client: 'openssl', failure: 'ok', method: 'submission', text: 'Verification: OK' },
	{ client: 'openssl', failure: 'ok', method: 'submission', text: 'Verified peername: {host}' },
	{ client: 'openssl', failure: 'ok', method: 'submissions', text: 'Verification: OK' },
	{ client: 'openssl', failure: 'ok', method: 'submissions', text: 'Verified peername: {host}' },
	{ client: 'openssl', failure: 'untrusted-ca', method: 'pop3s', text: 'verify error:num=20:unable to get local issuer certificate' },
	{ client: 'openssl', failure: 'untrusted-ca', method: 'pop3s', text: 'Verification error: unable to verify the first certificate' },
	{ client: 'openssl', failure: 'wrong-host', method: 'pop3s', text: 'verify error:num=62:hostname mismatch' },
	{ client: 'openssl', failure: 'wrong-host', method: 'pop3s', text: 'Verification error: hostname mismatch' },
	{ client: 'openssl', failure: 'refused', method: 'pop3s', text: 'connect:errno=111' },
	{ client: 'openssl', failure: 'no-starttls', method: 'submission', text: "Didn't find STARTTLS in server response, trying anyway..." },
	{ client: 'openssl', failure: 'no-starttls', method: 'submission', text: 'wrong version number' },

	// fetchmail 6.4
	{ client: 'fetchmail', failure: 'auth-failed', method: 'pop3s', text: 'fetchmail: Authorization failure on {user}@…' },
	{ client: 'fetchmail', failure: 'auth-failed', method: 'pop3s', text: 'fetchmail: Query status=3 (AUTHFAIL)' },
	{ client: 'fetchmail', failure: 'auth-failed', method: 'apops', text: 'fetchmail: Query status=3 (AUTHFAIL)' },
	{ client: 'fetchmail', failure: 'untrusted-ca', method: 'pop3s', text: 'fetchmail: Query status=2 (SOCKET)' },
	{ client: 'fetchmail', failure: 'wrong-host', method: 'pop3s', text: 'fetchmail: Query status=2 (SOCKET)' },
	{ client: 'fetchmail', failure: 'refused', method: 'pop3s', text: 'POP3 connection to {host} failed: Connection refused' },
	{
		client: 'fetchmail',
		failure: 'timeout',
		method: 'pop3s',
		text: 'fetchmail: timeout after … seconds waiting to connect to server {host}.',
	},

	// getmail6 6.18
	{ client: 'getmail', failure: 'auth-failed', method: 'pop3s', text: "operation error (POP error (b'-ERR …'))" },
	{ client: 'getmail', failure: 'auth-failed', method: 'apops', text: "operation error (POP error (b'-ERR …'))" },
	{ client: 'getmail', failure: 'refused', method: 'pop3s', text: 'socket error ([Errno 111] Connection refused)' },
	{ client: 'getmail', failure: 'timeout', method: 'pop3s', text: 'timeout (timed out)' },

	// mutt 2.2 (receiving: shown on its screen; sending: printed)
	{ client: 'mutt', failure: 'auth-failed', method: 'pop3s', text: 'Password for {user}@{host}:' },
	{ client: 'mutt', failure: 'auth-failed', method: 'apops', text: 'Password for {user}@{host}:' },
	{ client: 'mutt', failure: 'untrusted-ca', method: 'pop3s', text: '(r)eject, accept (o)nce, (a)ccept always' },
	{ client: 'mutt', failure: 'untrusted-ca', method: 'pop3s', text: 'Error connecting to server: {host}' },
	{ client: 'mutt', failure: 'refused', method: 'pop3s', text: 'Could not connect to {host} (Connection refused).' },
	{ client: 'mutt', failure: 'auth-failed', method: 'submission', text: 'SASL authentication failed' },
	{ client: 'mutt', failure: 'relay-denied', method: 'smtp', text: 'SMTP session failed: 554' },

	// msmtp 1.8
	{ client: 'msmtp', failure: 'auth-failed', method: 'submission', text: 'msmtp: authentication failed (method PLAIN)' },
	{ client: 'msmtp', failure: 'no-auth-offered', method: 'submission', text: 'msmtp: cannot use a secure authentication method' },
	{
		client: 'msmtp',
		failure: 'no-starttls',
		method: 'submission',
		text: 'msmtp: the server does not support TLS via the STARTTLS command',
	},
	{ client: 'msmtp', failure: 'relay-denied', method: 'smtp', text: 'msmtp: recipient address {to} not accepted by the server' },
	{ client: 'msmtp', failure: 'refused', method: 'submission', text: 'msmtp: cannot connect to …, port {port}: Connection refused' },
	{ client: 'msmtp', failure: 'timeout', method: 'submission', text: 'msmtp: cannot connect to …, port {port}: Connection timed out' },
	{
		client: 'msmtp',
		failure: 'untrusted-ca',
		method: 'submission',
		text: 'msmtp: TLS certificate verification failed: The certificate is NOT trusted. The certificate issuer is unknown.',
	},
	{
		client: 'msmtp',
		failure: 'wrong-host',
		method: 'submission',
		text: 'msmtp: TLS certificate verification failed: The certificate is NOT trusted. The name in the certificate does not match the expected.',
	},

	// stunnel 5 (its log)
	{
		client: 'stunnel',
		failure: 'untrusted-ca',
		method: 'pop3s',
		text: 'CERT: Pre-verification error: unable to get local issuer certificate',
	},
	{ client: 'stunnel', failure: 'wrong-host', method: 'pop3s', text: 'CERT: Subject checks failed' },
	{ client: 'stunnel', failure: 'refused', method: 'pop3s', text: 's_connect: connect …: Connection refused (111)' },

	// swaks
	{ client: 'swaks', failure: 'auth-failed', method: 'submission', text: '*** No authentication type succeeded' },
	{ client: 'swaks', failure: 'no-auth-offered', method: 'submission', text: '*** Host did not advertise authentication' },

	// Thunderbird: from its localisation files (Japanese; British English, the English files in the
	// same repository), thunderbird/thunderbird-l10n at 5d7cde6f (2026-08-22). Not run here.
	...thunderbird(
		'auth-failed',
		'pop3s',
		'messenger.properties',
		'mailServerLoginFailed2',
		'ユーザー名 {user} でサーバー {host} へのログインに失敗しました。',
		'Login to server {host} with username {user} failed.',
	),
	...thunderbird(
		'auth-failed',
		'apops',
		'messenger.properties',
		'mailServerLoginFailed2',
		'ユーザー名 {user} でサーバー {host} へのログインに失敗しました。',
		'Login to server {host} with username {user} failed.',
	),
	...thunderbird(
		'refused',
		'pop3s',
		'messenger.properties',
		'connectionRefusedError',
		'サーバー {host} に接続できません。接続が拒否されました。',
		'Could not connect to server {host}; the connection was refused.',
	),
	...thunderbird(
		'timeout',
		'pop3s',
		'messenger.properties',
		'netTimeoutError',
		'サーバー {host} との接続がタイムアウトになりました。',
		'Connection to server {host} timed out.',
	),
	...thunderbird(
		'untrusted-ca',
		'pop3s',
		'certError.ftl',
		'cert-error-untrusted-default',
		'… の証明書は信頼されたソースからのものではありません。',
		'The certificate for … does not come from a trusted source.',
	),
	...thunderbird(
		'wrong-host',
		'pop3s',
		'certError.ftl',
		'cert-error-domain-mismatch',
		'このサーバーの … の証明書が正しくありません。',
		'The certificate for … is not valid for that server.',
	),
	...thunderbird(
		'auth-failed',
		'submission',
		'composeMsgs.properties',
		'smtpAuthFailure',
		'送信 (SMTP) サーバー {host} の認証に失敗しました。',
		'Unable to authenticate to Outgoing server (SMTP) {host}.',
	),
	...thunderbird(
		'refused',
		'submission',
		'composeMsgs.properties',
		'smtpSendRequestRefused',
		'送信 (SMTP) サーバー {host} に接続できなかったため、メッセージを送信できませんでした。',
		'The message could not be sent because connecting to Outgoing server (SMTP) {host} failed.',
	),
	...thunderbird(
		'timeout',
		'submission',
		'composeMsgs.properties',
		'smtpSendTimeout',
		'送信 (SMTP) サーバー {host} との接続がタイムアウトしたため、メッセージを送信できませんでした。',
		'The message could not be sent because the connection to Outgoing server (SMTP) {host} timed out.',
	),
	...thunderbird(
		'no-starttls',
		'submission',
		'composeMsgs.properties',
		'startTlsFailed',
		'送信 (SMTP) サーバー {host} が STARTTLS をサポートしていないため、保護された接続を確立できませんでした。',
		"Unable to establish a secure link with Outgoing server (SMTP) {host} using STARTTLS since it doesn't advertise that feature.",
	),
	...thunderbird(
		'relay-denied',
		'smtp',
		'composeMsgs.properties',
		'errorSendingRcptCommand',
		'メールの送信中にエラーが発生しました。サーバーからの応答:',
		'An error occurred while sending mail. The mail server responded:',
	),
	// Outlook (Windows): each code in both editions (no `lang`: a code is the same in every language),
	// with the source that says what it means; its words only where a source shows them, in that
	// language. Outlook cannot run here, so nothing of it is proven by the mail suite.
	outlook('0x800CCC0E', 'refused', 'pop3s', outlookSources.header),
	outlook('0x800CCC0E', 'refused', 'submission', outlookSources.header),
	outlook('0x800CCC0F', 'tls-mismatch', 'pop3s', outlookSources.header),
	outlook('0x800CCC1A', 'tls-mismatch', 'submission', outlookSources.header),
	outlook('0x800CCC79', 'relay-denied', 'smtp', outlookSources.header),
	outlook(
		'0x800CCC79',
		'relay-denied',
		'smtp',
		outlookSources.relayEn,
		'The message could not be sent because one of the recipients was rejected by the server.',
		'en',
	),
	outlook(
		'0x800CCC79',
		'relay-denied',
		'smtp',
		outlookSources.relayJa,
		'いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。',
		'ja',
	),
	// The server offers none of the authentication methods Outlook can use: what a server that offers
	// no AUTH over an unencrypted connection does (and, by the same article's logic, SPA left on).
	outlook('0x800CCC80', 'no-auth-offered', 'submission', outlookSources.auth),
	outlook(
		'0x800CCC80',
		'no-auth-offered',
		'submission',
		outlookSources.auth,
		'None of the authentication methods supported by this client are supported by your server.',
		'en',
	),
	outlook('0x800CCC92', 'auth-failed', 'pop3s', outlookSources.pop3),
	outlook('0x8004210A', 'timeout', 'pop3s', outlookSources.timeoutPop),
	outlook('0x8004210B', 'timeout', 'submission', outlookSources.timeout),
	outlook(
		'0x8004210B',
		'timeout',
		'submission',
		outlookSources.timeout,
		'The operation timed out waiting for a response from the sending (SMTP) server.',
		'en',
	),
	outlook(
		'wizard',
		'autosetup-unencrypted',
		'pop3s',
		outlookSources.wizard,
		'An encrypted connection to your mail server is not available.',
		'en',
	),
	outlook(
		'wizard',
		'autosetup-unencrypted',
		'pop3s',
		outlookSources.wizardJa,
		'メール サーバーに対して、暗号化された接続を使用できません。',
		'ja',
	),
];

/** A Thunderbird message in Japanese and English, each cited to its localisation file and key. */
function thunderbird(failure: FailureId, method: Method, file: string, key: string, ja: string, en: string): QuotedMessage[] {
	const dir =
		file === 'certError.ftl'
			? 'mail/messenger'
			: file === 'composeMsgs.properties'
				? 'mail/chrome/messenger/messengercompose'
				: 'mail/chrome/messenger';
	const url = (lang: string) => `https://github.com/thunderbird/thunderbird-l10n/blob/${THUNDERBIRD_L10N}/${lang}/${dir}/${file}`;
	return [
		{ client: 'thunderbird', failure, method, text: ja, lang: 'ja', source: { kind: 'l10n', url: url('ja'), title: `${file} (${key})` } },
		{
			client: 'thunderbird',
			failure,
			method,
			text: en,
			lang: 'en',
			source: { kind: 'l10n', url: url('en-GB'), title: `${file} (${key})` },
		},
	];
}

/** A quoted text as a pattern: "…" matches any run of characters on the same line. */
export function messagePattern(text: string): RegExp {
	return new RegExp(
		text
			.split('…')
			.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.join('[^\n]*?'),
	);
}

/** Fill a message's {host} {port} {user} {to}. */
export function fillMessage(text: string, values: { host: string; port: string | number; user: string; to?: string }): string {
	return text
		.replaceAll('{host}', values.host)
		.replaceAll('{port}', String(values.port))
		.replaceAll('{user}', values.user)
		.replaceAll('{to}', values.to ?? OUTSIDE_RECIPIENT);
}

/** The messages quoted for one failure, in table order (runnable clients first). */
export function messagesFor(failure: FailureId, methods: readonly Method[], lang: 'ja' | 'en'): QuotedMessage[] {
	return quotedMessages.filter((m) => m.failure === failure && methods.includes(m.method) && (!m.lang || m.lang === lang));
}

/** One row of a client's error-code table: a code, its texts in one edition, where it is explained, its sources. */
export interface CodeRow {
	code: OutlookCode;
	/** The texts to show: the code itself (unless it has none) and its words in the edition's language. */
	texts: string[];
	/** The troubleshooting sections that explain it: each failure with the direction of its methods. */
	sections: { failure: FailureId; direction: 'receive' | 'send' }[];
	sources: MessageSource[];
}

/** The error-code table of `client` in `lang`: one row per code, in outlookCodes order. */
export function codeRows(client: MessageClient, lang: 'ja' | 'en', isIncoming: (method: Method) => boolean): CodeRow[] {
	const own = quotedMessages.filter((q) => q.client === client && q.code && (!q.lang || q.lang === lang));
	return outlookCodes
		.map((code) => {
			const mine = own.filter((q) => q.code === code);
			const sections = new Map(
				mine.map((q) => {
					const direction = isIncoming(q.method) ? ('receive' as const) : ('send' as const);
					return [`${q.failure} ${direction}`, { failure: q.failure, direction }];
				}),
			);
			const sources = new Map(mine.map((q) => [q.source!.url, q.source!]));
			return { code, texts: [...new Set(mine.map((q) => q.text))], sections: [...sections.values()], sources: [...sources.values()] };
		})
		.filter((r) => r.texts.length > 0);
}

/** One troubleshooting entry offered at a walkthrough step: a failure's section, and the client's messages for it. */
export interface StepHelpEntry {
	/** The failure whose heading names the section (the first, where two share one: the certificate's). */
	failure: Exclude<FailureId, 'ok'>;
	/** The section's anchor on the troubleshooting page (failureAnchor). */
	anchor: string;
	direction: 'receive' | 'send';
	/** The page's clients' messages for it (none for a client whose messages are not quoted). */
	messages: QuotedMessage[];
}

/**
 * The entries a step that sets `concerns` for the services `methods` can lead to, for `clients`
 * (the page's), in `lang`: every failure that concerns one of those settings and has a section on
 * the troubleshooting page of the methods' direction (some client's message is quoted for it there),
 * in failureIds order, receiving before sending.
 */
export function stepHelp(
	concerns: ReadonlySet<Concern>,
	methods: readonly Method[],
	clients: readonly string[],
	lang: 'ja' | 'en',
	isIncoming: (method: Method) => boolean,
): StepHelpEntry[] {
	const out: StepHelpEntry[] = [];
	for (const direction of ['receive', 'send'] as const) {
		const mine = methods.filter((m) => isIncoming(m) === (direction === 'receive'));
		if (!mine.length) continue;
		const all = quotedMessages.filter(
			(q) => q.failure !== 'ok' && isIncoming(q.method) === (direction === 'receive') && (!q.lang || q.lang === lang),
		);
		for (const failure of failureIds) {
			if (failure === 'ok' || !failureConcerns[failure].some((c) => concerns.has(c))) continue;
			if (!all.some((q) => q.failure === failure)) continue;
			const messages = all.filter((q) => q.failure === failure && mine.includes(q.method) && clients.includes(q.client));
			// Failures that share a section (the two certificate warnings) are one entry.
			const anchor = failureAnchor(failure);
			const same = out.find((e) => e.direction === direction && e.anchor === anchor);
			if (same) same.messages.push(...messages);
			else out.push({ failure, anchor, direction, messages });
		}
	}
	return out;
}
