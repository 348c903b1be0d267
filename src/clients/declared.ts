// Clients without a generator: a page declares one in its front matter (`client: { id, name }`,
// docs/maintainers.md "Adding a client"), and its `config ID METHOD` blocks get the values to enter
// from the settings, in the manual's own words (server, port, protection, user name, password)
// rather than the client's labels, which no code knows. Pure; the same rows and renderer as every
// field table (./types.ts FieldRow, src/markdown/plugins/snippets.ts).
import { service, type Settings } from '../settings/schema.ts';
import type { Words } from '../i18n/index.ts';
import { isIncoming, secretWords, smtpLimitWords, unconfirmedRow } from './common.ts';
import type { FieldRow, FieldsSnippet, Method } from './types.ts';

/** A client a page declares (front matter `client:`): its id (as `config` blocks name it) and its name. */
export interface DeclaredClient {
	id: string;
	name: string;
}

/** A field table for a declared client (its `client` is the declared id, not a generator's). */
export type DeclaredFieldsSnippet = Omit<FieldsSnippet, 'client'> & { client: string };

/** The values to enter for `method`, for a client no generator knows: every one from the settings. */
export function declaredFields(
	settings: Settings,
	client: DeclaredClient,
	method: Method,
	account: string,
	words: Pick<Words, 'locale' | 'tables' | 'tls' | 'config'>,
): DeclaredFieldsSnippet {
	const s = service(settings, method);
	const w = words.tables;
	const rows: FieldRow[] = [
		{ label: w.server, kind: 'text', value: s.host, copy: true, ...unconfirmedRow(settings, method, 'host', words) },
		{ label: w.port, kind: 'text', value: String(s.port), copy: true, ...unconfirmedRow(settings, method, 'port', words) },
		{ label: w.tls, kind: 'choice', value: words.tls[s.tls], copy: false, ...unconfirmedRow(settings, method, 'tls', words) },
	];
	if (s.auth !== 'none')
		rows.push(
			{ label: w.accountName, kind: 'text', value: account, copy: true },
			{
				label: w.password,
				kind: 'text',
				value: '',
				secret: true,
				copy: false,
				note: secretWords(settings, method, words),
				...unconfirmedRow(settings, method, 'auth', words),
			},
		);
	if (method === 'smtp' && !isIncoming(settings, method)) rows[0] = { ...rows[0]!, note: smtpLimitWords(settings, words) };
	return { kind: 'fields', client: client.id, method, title: `${client.name}: ${s.label}`, rows };
}

/** The clients an edition's pages declare, by id (the first page's declaration of an id names it). */
export function declaredClients(pages: readonly { data: { client?: DeclaredClient | undefined } }[]): Map<string, DeclaredClient> {
	const out = new Map<string, DeclaredClient>();
	for (const p of pages) if (p.data.client && !out.has(p.data.client.id)) out.set(p.data.client.id, p.data.client);
	return out;
}
