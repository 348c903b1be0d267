// A client without a generator, declared by its page (front matter `client:`): its `config` blocks
// show every value of the settings, in both editions; the supported-mailers table and the clients
// index list it from its front matter; an unknown client says how to declare one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MarkdownIt } from 'markdown-it';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter, type Highlighter } from '../../../src/markdown/highlighter.ts';
import { createEnv } from '../../../src/markdown/env.ts';
import { declaredFields } from '../../../src/clients/declared.ts';
import { incomingIds, outgoingIds, service } from '../../../src/settings/schema.ts';
import { ACCOUNT } from '../../../src/settings/placeholders.ts';
import { parseFrontmatter, type Frontmatter } from '../../../src/content/frontmatter.ts';
import type { PageSummary } from '../../../src/content/page-summary.ts';
import { strings, type Locale } from '../../../src/i18n/index.ts';
import { edited, real } from './fixtures.ts';

const wlm = { id: 'windows-live-mail', name: 'Windows Live Mail 2012' };
const page = (locale: Locale, data: Partial<Frontmatter>, name = 'windows-live-mail'): PageSummary => {
	const prefix = locale === 'en' ? '/en' : '';
	return {
		id: `${locale === 'en' ? 'en/' : ''}mail/clients/${name}`,
		url: `${prefix}/mail/clients/${name}/`,
		file: `content/${locale === 'en' ? 'en/' : ''}mail/clients/${name}.md`,
		locale,
		data: { title: name, description: 'd', order: 150, ...data },
	};
};
const pages = (locale: Locale) => [
	{
		...page(locale, { client: wlm, methods: ['pop3s', 'submission'], historical: 2012, platforms: ['Windows 7', 'Windows 8.1'] }),
		// Its config blocks (content/examples.ts), as the site reads them from the page.
		examples: [
			{ client: 'windows-live-mail', method: 'pop3s', anchor: 'values', kind: 'block' as const },
			{ client: 'windows-live-mail', method: 'submission', anchor: 'values', kind: 'block' as const },
		],
	},
	page(
		locale,
		{ title: 'Thunderbird', clients: ['thunderbird'], methods: ['pop3s', 'submission'], order: 10, platforms: ['Windows'] },
		'thunderbird',
	),
];

let highlighter: Highlighter;
beforeAll(async () => {
	highlighter = await getHighlighter();
});
const renderer = (locale: Locale, settings = real): MarkdownIt =>
	createMarkdownRenderer({ settings, highlighter, pages: pages(locale), locale });
const render = (md: MarkdownIt, src: string, file = 'content/mail/clients/windows-live-mail.md') => {
	const env = createEnv(file, 0);
	return { html: md.render(src, env as unknown as Record<string, unknown>), env };
};

// The rows of a rendered field table: [label, value] as the reader sees them.
function rows(html: string): [string, string][] {
	const text = (s: string) =>
		s
			.replace(/<kit-account[^>]*>.*?<\/kit-account>/g, 'ACCOUNT')
			.replace(/<[^>]+>/g, '')
			.trim();
	return [...html.matchAll(/<tr[^>]*><th scope="row"[^>]*>(.*?)<\/th><td[^>]*><span class="kit-value">(.*?)<\/span>/g)].map((m) => [
		text(m[1]!),
		text(m[2]!),
	]);
}

describe('a declared client', () => {
	for (const locale of ['ja', 'en'] as const) {
		it(`shows every settings value of every method in its config blocks (${locale})`, () => {
			const w = strings(locale);
			for (const method of [...incomingIds, ...outgoingIds]) {
				const { html, env } = render(renderer(locale), `\`\`\`config windows-live-mail ${method}\n\`\`\`\n`);
				expect(env.problems).toEqual([]);
				const s = service(real, method);
				expect(html).toContain(`<figcaption>Windows Live Mail 2012: ${s.label}</figcaption>`);
				const shown = Object.fromEntries(rows(html));
				expect(shown[w.tables.server]).toBe(s.host);
				expect(shown[w.tables.port]).toBe(String(s.port));
				expect(shown[w.tables.tls]).toBe(w.tls[s.tls]);
				if (s.auth !== 'none') expect(shown[w.tables.accountName]).toBe('ACCOUNT');
			}
		});
	}

	it('follows the settings, marks what is unconfirmed and names the secret', () => {
		const changed = edited((s) => (s.outgoing.submission = { ...s.outgoing.submission, port: 2587 }));
		const table = declaredFields(changed, wlm, 'submission', ACCOUNT, strings('ja'));
		expect(table.rows.find((r) => r.label === 'ポート')).toMatchObject({ kind: 'text', value: '2587', copy: true });
		// settings.yaml marks submission's port as an assumption: the row carries why.
		expect(table.rows.find((r) => r.label === 'ポート')?.unconfirmed).toBe(real.outgoing.submission.assumptions?.port?.ja);
		expect(table.rows.find((r) => r.label === 'パスワード')).toMatchObject({
			secret: true,
			note: expect.stringContaining('ログインパスワード'),
		});
	});

	it('is listed in the supported-mailers table by its name, with its era', () => {
		const { html } = render(renderer('ja'), '::: mailers-table\n:::\n', 'content/mail/mailers.md');
		expect(html).toMatch(
			/<th scope="row" role="rowheader">Windows Live Mail 2012 <span class="kit-badge kit-badge--small">2012年当時<\/span><\/th>/,
		);
		expect(html).toContain('href="/mail/clients/windows-live-mail/#values"');
	});

	it('is listed in the clients index, from its front matter, under its era', () => {
		const index = (locale: Locale, which: string) =>
			render(renderer(locale), `::: client-pages ${which}\n:::\n`, `content/${locale === 'en' ? 'en/' : ''}mail/clients/index.md`).html;
		expect(index('ja', 'historical')).toContain(
			'<a href="/mail/clients/windows-live-mail/">windows-live-mail</a> <span class="kit-badge kit-badge--small">2012年当時</span></th><td data-label="使える環境" role="cell">Windows 7・Windows 8.1</td>',
		);
		expect(index('ja', 'historical')).not.toContain('thunderbird');
		expect(index('ja', 'current')).toContain(
			'<a href="/mail/clients/thunderbird/">Thunderbird</a></th><td data-label="使える環境" role="cell">Windows</td>',
		);
		expect(index('en', 'historical')).toContain(
			'<span class="kit-badge kit-badge--small">2012</span></th><td data-label="Runs on" role="cell">Windows 7, Windows 8.1</td>',
		);
	});

	it('makes an unknown client in a config block say how to declare one', () => {
		const { env } = render(renderer('ja'), '```config windows-live-mai pop3s\n```\n');
		expect(env.problems).toEqual([
			expect.objectContaining({
				message: 'unknown client "windows-live-mai" in `config` block',
				hint: expect.stringMatching(
					/did you mean "windows-live-mail"\?.*client: \{ id: …, name: … \} \(docs\/maintainers\.md, "Adding a client"\)/,
				),
			}),
		]);
	});
});

describe('front matter of client pages', () => {
	const problems = (yaml: string) =>
		parseFrontmatter(`---\ntitle: a\ndescription: b\norder: 1\n${yaml}\n---\n`, 'content/mail/clients/x.md').problems.map((p) => [
			p.line,
			p.message,
			p.hint,
		]);

	it('takes the era of a historical page, and says so for historical: true', () => {
		expect(problems('historical: 2012')).toEqual([]);
		expect(problems('historical: true')).toEqual([
			[5, 'front matter field "historical": expected number, received boolean', expect.stringContaining('historical: 2004')],
		]);
	});

	it('names where the clients list lives and how to declare another client', () => {
		expect(problems('clients: [windows-live-mail]')).toEqual([
			[
				5,
				'front matter field "clients[0]": "windows-live-mail" is not a client with a generator',
				expect.stringMatching(
					/in src\/clients \(outlook-express, .*stunnel\); .*client: \{ id: windows-live-mail, name: Windows Live Mail 2012 \}/,
				),
			],
		]);
		expect(problems('client: { id: windows-live-mail, name: Windows Live Mail 2012 }\nplatforms: [Windows]\nhistorical: 2012')).toEqual([]);
		expect(problems('client: { id: thunderbird, name: Thunderbird }')).toEqual([
			[5, 'front matter field "client": "thunderbird" has a generator: list it under clients: instead', expect.any(String)],
		]);
	});
});
