// Write tests/unit/clients/fixtures/mutt-variables.json: the configuration variables a GnuTLS build
// and an OpenSSL build of mutt know, taken from mutt's own source (the MuttVars table of init.h,
// run through the C preprocessor with each build's defines), and the commands of its Commands
// table. The mutt unit test holds every
// generated ~/.muttrc against both lists.
//
// Usage: npx node scripts/mutt-variables.ts PATH/TO/init.h "muttmua/mutt init.h @ mutt-2-2-12-rel (COMMIT)"
// (get init.h with `git show mutt-2-2-12-rel:init.h` in a clone of https://gitlab.com/muttmua/mutt).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [path, source] = process.argv.slice(2);
if (!path || !source) {
	console.error('usage: npx node scripts/mutt-variables.ts PATH/TO/init.h "SOURCE REFERENCE"');
	process.exit(2);
}
const text = readFileSync(path, 'utf8');
const start = text.indexOf('struct option_t MuttVars[] = {');
const end = text.indexOf('{ NULL, 0, 0,', start);
if (start < 0 || end < 0) {
	console.error(`${path}: no "struct option_t MuttVars[] = {" … "{ NULL, 0, 0," table found; is this mutt's init.h?`);
	process.exit(1);
}
const table = text.slice(start, end);
const commandsStart = text.indexOf('const struct command_t Commands[] = {');
const commandsEnd = text.indexOf('{ NULL,', commandsStart);
if (commandsStart < 0 || commandsEnd < 0) {
	console.error(`${path}: no "const struct command_t Commands[] = {" table found; is this mutt's init.h?`);
	process.exit(1);
}
const commandTable = text.slice(commandsStart, commandsEnd);

// What Debian, Fedora and Homebrew enable (autocrypt is off in all three), then one TLS library.
const common = [
	'USE_SSL',
	'USE_POP',
	'USE_IMAP',
	'USE_SMTP',
	'USE_SOCKET',
	'USE_SASL',
	'USE_HCACHE',
	'HAVE_TC',
	'USE_SIDEBAR',
	'USE_COMPRESSED',
	'HAVE_LIBIDN2',
	'HAVE_ICONV',
	'HAVE_GETADDRINFO',
	'CRYPT_BACKEND_GPGME',
	'HAVE_COLOR',
	'USE_ZLIB',
	'MIXMASTER',
	'USE_DOTLOCK',
	'DL_STANDALONE',
];

// Names in the table after preprocessing with `defines`.
function names(source: string, defines: string[]): string[] {
	const out = execFileSync('cpp', ['-P', ...defines.map((d) => `-D${d}`), '-'], { input: source, encoding: 'utf8' });
	return [...out.matchAll(/\{\s*"([a-z0-9_-]+)"\s*,/g)].map((m) => m[1]!).sort();
}
const gnutls = names(table, [...common, 'USE_SSL_GNUTLS']);
const openssl = names(table, [...common, 'USE_SSL_OPENSSL', 'HAVE_SSL_PARTIAL_CHAIN']);
// Commands do not depend on the TLS library; `ifdef` is not among them (it is a NeoMutt command).
const commands = names(commandTable, common);
const both = gnutls.filter((v) => openssl.includes(v));
const json = {
	source,
	note: 'Written by scripts/mutt-variables.ts. "both" is known to GnuTLS and OpenSSL builds; the others only to one.',
	both,
	gnutlsOnly: gnutls.filter((v) => !openssl.includes(v)),
	opensslOnly: openssl.filter((v) => !gnutls.includes(v)),
	commands,
};
writeFileSync('tests/unit/clients/fixtures/mutt-variables.json', JSON.stringify(json, null, '\t') + '\n');
console.log(`both ${json.both.length}, GnuTLS only: ${json.gnutlsOnly.join(' ')}; OpenSSL only: ${json.opensslOnly.join(' ')}`);
