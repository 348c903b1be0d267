// The shapes every client generator shares: methods, client ids, snippets and generator options.
// Depends on ../settings/schema only (types).
import type { IncomingId, OutgoingId } from '../settings/schema.ts';
import type { UiText } from '../i18n/index.ts';

/** A way of receiving or sending mail: exactly the service ids of settings `incoming` / `outgoing`. */
export type Method = IncomingId | OutgoingId;

export const clientIds = [
	'outlook-express',
	'sylpheed',
	'becky',
	'thunderbird',
	'apple-mail',
	'outlook',
	'outlook-new',
	'fetchmail',
	'getmail',
	'mutt',
	'msmtp',
	'stunnel',
] as const;
export type ClientId = (typeof clientIds)[number];

/** Shiki language ids our file snippets use. */
export type SnippetLanguage = 'ini' | 'sh' | 'yaml' | 'xml' | 'text';

/** A whole configuration file for a command-line client. */
export interface FileSnippet {
	kind: 'file';
	client: ClientId;
	method: Method;
	/** File name to save as, e.g. ".fetchmailrc". */
	filename: string;
	/** Where the file goes, e.g. "~/.fetchmailrc". */
	path: string;
	language: SnippetLanguage;
	text: string;
	/** Permission bits the file needs (e.g. 0o600 when the client refuses group-readable files). */
	mode?: number;
	/** mutt's combined files: how the file sends (`method` is then the receiving method). */
	send?: Method | 'msmtp';
}

/**
 * One field of a GUI client's dialog, as data: where it is (`tab`), its label as the client shows it,
 * what kind of control it is and what to do with it. Words come later: ./rows.ts turns a row into the
 * words of a page's language (「チェックする」, "[基本] プロトコル"); the screenshots read the data.
 * A label of a Japanese-only interface shown on an English page is a JaLabel (Japanese + gloss).
 */
export type FieldRow = TextRow | CheckboxRow | ChoiceRow;

interface FieldRowBase {
	/** The tab of the dialog (or the button that opens the part) the field is on; none for a single-page dialog. */
	tab?: UiText;
	label: UiText;
	note?: string;
	/** Set when the value comes from a setting not yet confirmed (settings `assumptions:`): why. */
	unconfirmed?: string;
	/** With `unconfirmed`: the placeholder key of that setting (e.g. "submission.port"), as pages name it. */
	unconfirmedKey?: string;
	/** True when the reader types the value exactly as shown, so the table offers a copy button. */
	copy: boolean;
	/**
	 * For a client whose labels are graded (src/i18n/sourced.ts): the ids of the graded labels the
	 * row shows as its tab, its label and its value. The field table marks those not confirmed and
	 * links each mark to the page's list of label sources; a label graded "?" is its description.
	 */
	graded?: { tab?: string; label?: string; value?: string };
}

/** A text box: what to type (a host, a port, the account); `secret` for a password box, which the reader fills. */
export interface TextRow extends FieldRowBase {
	kind: 'text';
	/** What to type; empty for a secret. */
	value: string;
	/** A password box: the table says to type it (config.typeIt), the picture shows it empty. */
	secret?: boolean;
}

/** How a client's table says a check box's states (from its words table); unset states say config.checked / config.unchecked. */
export interface CheckboxWords {
	on?: UiText;
	off?: UiText;
	/** The reader's choice. */
	optional?: UiText;
}

/** A check box (or on/off switch): tick it, leave it, or the reader's choice. */
export interface CheckboxRow extends FieldRowBase {
	kind: 'checkbox';
	value: boolean | 'optional';
	/** A "specify the port" box: the port to give when ticked, or the standard port it leaves when not. */
	port?: number;
	/** The client's words for the states, when they are not config.checked / config.unchecked. */
	says?: CheckboxWords;
	copy: false;
}

/** One of a fixed set of choices (a menu, radio buttons): the choice as the client names it. */
export interface ChoiceRow extends FieldRowBase {
	kind: 'choice';
	value: UiText;
	copy: false;
}

/** A field-by-field table for a GUI client, in the client's own labels. */
export interface FieldsSnippet {
	kind: 'fields';
	client: ClientId;
	method: Method;
	/** e.g. "Thunderbird: 受信サーバー" (in the words' language). */
	title: string;
	rows: FieldRow[];
}

export type Snippet = FileSnippet | FieldsSnippet;

export interface ClientInfo {
	id: ClientId;
	/** Product name (words.clientNames has the names that differ by language). */
	name: string;
	kind: 'gui' | 'cli';
	/** True for the 2004 clients kept as a record. */
	historical: boolean;
	/** Methods this client can be configured for, in the order the manual presents them. */
	methods: Method[];
}

/**
 * Options for command-line file generators. The site never passes any; the real-client test suite
 * passes `connectAddress` and `caFile` to reach servers on loopback while keeping every check on.
 */
export interface SnippetOptions {
	/**
	 * Connect to this address instead of the service's host name, and still verify the server
	 * certificate for the host name (fetchmail `via` + `sslcommonname`, msmtp `tls_host_override`,
	 * getmail6 `ssl_cert_hostname`, stunnel `checkHost`). mutt has no such option: it ignores this.
	 */
	connectAddress?: string;
	/** CA bundle that signs the server certificate; default is the system bundle. */
	caFile?: string;
	/** stunnel: local ports the tunnel accepts on, per method; defaults in stunnel.ts. */
	localPorts?: Partial<Record<Method, number>>;
}

/** The system CA bundle on Debian, Ubuntu and most Linux distributions. */
export const SYSTEM_CA_FILE = '/etc/ssl/certs/ca-certificates.crt';
