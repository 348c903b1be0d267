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
}

/**
 * One field of a GUI client's dialog: its label as the client shows it, and what to enter. A label
 * or value of a Japanese-only interface shown on an English page is a JaLabel (Japanese + gloss).
 */
export interface FieldRow {
	label: UiText;
	value: UiText;
	note?: string;
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
