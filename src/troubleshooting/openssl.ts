// The `openssl s_client` check a student runs by hand to see whether a server answers over TLS with
// a certificate that verifies for its name. One generator for the page (what to type) and the
// real-client suite (which runs exactly these argv against the loopback servers). Pure.
import type { Settings } from '../settings/schema.ts';
import { service } from '../settings/schema.ts';
import type { Method } from '../clients/types.ts';

/** The methods that can be checked this way: those with TLS (implicit or STARTTLS). */
export const opensslMethods = ['pop3s', 'submission', 'submissions'] as const satisfies readonly Method[];
export type OpensslMethod = (typeof opensslMethods)[number];

export interface OpensslOptions {
	/** Connect here instead of the host name; the name is still sent (SNI) and verified. Tests only. */
	connectAddress?: string;
	/** CA bundle to trust instead of the system's (tests only: the throw-away CA). */
	caFile?: string;
	/** Port instead of the settings' (tests only). */
	port?: number;
}

export interface OpensslCheck {
	method: OpensslMethod;
	/** The command as argv (what the suite runs). */
	argv: string[];
	/** The command line as the page shows it. */
	command: string;
	/** What the student types once connected (each line, then Enter); the suite sends the same. */
	typed: string[];
}

/**
 * Build the check for one method: `-brief` prints a short summary ending in "Verification: OK" when
 * the chain and the host name verify (`-verify_hostname`); `-starttls smtp` first speaks SMTP up to
 * STARTTLS on the submission port; `-crlf` ends typed lines as mail servers expect. Flags from the
 * OpenSSL 3.0 s_client manual (https://docs.openssl.org/3.0/man1/openssl-s_client/).
 */
export function opensslCheck(settings: Settings, method: OpensslMethod, options: OpensslOptions = {}): OpensslCheck {
	const s = service(settings, method);
	const port = options.port ?? s.port;
	const connect = options.connectAddress ?? s.host;
	const argv = ['openssl', 's_client', '-connect', `${connect}:${port}`];
	if (connect !== s.host) argv.push('-servername', s.host);
	if (s.tls === 'starttls') argv.push('-starttls', 'smtp');
	argv.push('-verify_hostname', s.host, '-brief', '-crlf');
	if (options.caFile) argv.push('-CAfile', options.caFile);
	const typed = method === 'pop3s' ? ['QUIT'] : ['EHLO localhost', 'QUIT'];
	return { method, argv, command: argv.join(' '), typed };
}
