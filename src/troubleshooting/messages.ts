// The error messages the troubleshooting pages quote, one home for all of them: the pages render
// them (`::: messages FAILURE DIRECTION`, src/markdown/plugins/messages.ts) and the real-client
// suite (tests/mail/mail.test.ts) asserts that every message of a client that runs here is exactly what
// that client printed in the same failure, so a page cannot drift from the software. Messages of
// clients that cannot run here carry their source instead: Thunderbird its localisation files,
// Outlook one Microsoft support article (only the error code, which both languages show; Microsoft's
// Japanese wording was not found). Apple Mail and Becky! publish nothing we could cite, so none of
// their messages is quoted.
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
] as const;
export type FailureId = (typeof failureIds)[number];

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

/** Where a quoted text of a client that cannot run here comes from. */
export interface MessageSource {
	/** `l10n`: the client's own localisation file; `docs`: the vendor's documentation quoting the message. */
	kind: 'l10n' | 'docs';
	url: string;
	title: string;
}

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
}

/**
 * Microsoft's support article on Outlook's error 0x800CCC80, as Markdown in MicrosoftDocs/OfficeDocs-Support
 * (read at this commit, 2024-10-24; published on learn.microsoft.com/troubleshoot/outlook). It quotes the
 * English message "0x800CCC80 - None of the authentication methods supported by this client are supported
 * by your server." Only the code is quoted here: it is the same in every language, and Microsoft's
 * Japanese wording was not found.
 */
const OUTLOOK_0X800CCC80 =
	'https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3/Outlook/Client/profiles-and-accounts/0x800ccc80-error-when-sending-mail-from-outlook.md';

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
	// Outlook (Windows): the error code of Microsoft's article, in both editions (no `lang`): the server
	// offers none of the authentication methods Outlook can use, which is what a server that offers no
	// AUTH at all over an unencrypted connection does.
	{
		client: 'outlook',
		failure: 'no-auth-offered',
		method: 'submission',
		text: '0x800CCC80',
		source: { kind: 'docs', url: OUTLOOK_0X800CCC80, title: 'Microsoft: Sending mail from Outlook results in error 0x800ccc80' },
	},
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
