// One wording per fact: the pages take client facts and labels from the clients' own tables (via
// placeholders), so a page, a field table and a generated file cannot disagree.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientPlaceholders } from '../../../src/clients/index.ts';
import { MIN_TLS } from '../../../src/clients/common.ts';
import { thunderbirdLabels, thunderbirdSnippet } from '../../../src/clients/thunderbird.ts';
import { outlookExpressSnippet } from '../../../src/clients/outlook-express.ts';
import { fetchmailSnippet } from '../../../src/clients/fetchmail.ts';
import { stunnelSnippet } from '../../../src/clients/stunnel.ts';
import { real } from './fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';

const pages = (readdirSync('content', { recursive: true }) as string[])
	.filter((f) => f.endsWith('.md'))
	.map((f) => ({ file: `content/${f}`, text: readFileSync(`content/${f}`, 'utf8') }));

describe('client facts and labels have one source', () => {
	it('pages write Thunderbird’s account-settings labels only through {{ thunderbird.* }}', () => {
		const literal = [
			thunderbirdLabels.ja.outgoingServers,
			thunderbirdLabels.ja.outgoingServerSettings,
			thunderbirdLabels.en.outgoingServers,
			`［${thunderbirdLabels.ja.accountSettings}］`,
			`**${thunderbirdLabels.en.accountSettings}**`,
		];
		const found = pages.flatMap((p) => literal.filter((l) => p.text.includes(l)).map((l) => `${p.file}: ${l}`));
		expect(found).toEqual([]);
		expect(
			pages
				.filter((p) => p.text.includes('{{ thunderbird.outgoingServers }}'))
				.map((p) => p.file)
				.sort(),
		).toEqual([
			'content/en/mail/clients/thunderbird.md',
			'content/en/mail/smtp-auth.md',
			'content/mail/clients/thunderbird.md',
			'content/mail/smtp-auth.md',
		]);
	});
	it('the field table names the outgoing server as the pages do', () => {
		expect(thunderbirdSnippet(real, 'submission', 'u', ja).title).toBe(
			`Thunderbird: ${clientPlaceholders('ja').get('thunderbird.outgoingServers')}`,
		);
	});
	it('the oldest TLS is written once: pages, fetchmail, stunnel and Outlook Express’s note agree', () => {
		expect(pages.filter((p) => /TLS ?1\.2|TLSv1\.2/.test(p.text)).map((p) => p.file)).toEqual([]);
		expect(clientPlaceholders('ja').get('tls.min')).toBe(MIN_TLS);
		expect(fetchmailSnippet(real, 'pop3s', 'u', ja).text).toContain(`sslproto "TLS${MIN_TLS}+"`);
		expect(stunnelSnippet(real, 'pop3s', 'u', ja).text).toContain(`sslVersionMin = TLSv${MIN_TLS}`);
		const notes = outlookExpressSnippet(real, 'pop3s', 'u', ja)
			.rows.map((r) => r.note ?? '')
			.join('\n');
		expect(notes).toContain(`TLS ${clientPlaceholders('ja').get('outlook-express.maxTls')} までしか`);
		expect(notes).toContain(`TLS ${MIN_TLS} 以上`);
	});
	it('the stunnel comment counts the lines it stands above', () => {
		const lines = stunnelSnippet(real, 'pop3s', 'u', ja).text.split('\n');
		const at = lines.findIndex((l) => l.includes('証明書を確かめます'));
		const n = Number(/次の (\d+) 行/.exec(lines[at]!)![1]);
		expect(lines.slice(at + 1, at + 1 + n).map((l) => l.split(' ')[0])).toEqual(['verifyChain', 'CAfile', 'checkHost']);
		expect(lines[at + 1 + n]!.startsWith(';')).toBe(true);
	});
});
