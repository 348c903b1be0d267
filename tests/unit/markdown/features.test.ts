// The features a page uses (MarkdownEnv.features) are recorded by the plugins that write the
// elements, and the views read them instead of searching the HTML: here each is checked against the
// HTML it was recorded for, in the site's renderer, on small pages and on every page of the manual.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter, type Highlighter } from '../../../src/markdown/highlighter.ts';
import { createEnv, type Feature } from '../../../src/markdown/env.ts';
import { renderSite } from '../../../src/content/site.ts';
import { settings } from './setup.ts';

const FEATURES: Feature[] = ['account', 'copy', 'download', 'report', 'sheet', 'unconfirmed'];
/** The features whose element the HTML contains (<kit-account, <kit-copy, <kit-download, <kit-report), sorted. */
// An unconfirmed mark is a link or span of its class (the page then shows its notice).
const inHtml = (html: string) => FEATURES.filter((f) => html.includes(f === 'unconfirmed' ? 'class="kit-unconfirmed"' : `<kit-${f}`));

let highlighter: Highlighter;
beforeAll(async () => {
	highlighter = await getHighlighter();
});

describe('the features a page records', () => {
	const render = (src: string) => {
		const md = createMarkdownRenderer({ settings, highlighter, pages: [], locale: 'ja' });
		const env = createEnv('content/mail/page.md', 0);
		const html = md.render(src, env as unknown as Record<string, unknown>);
		expect(env.problems).toEqual([]);
		return { html, features: [...env.features].sort() };
	};
	const fence = (info: string, body = '') => `\`\`\`${info}\n${body}\`\`\`\n`;
	const cases: [string, string, Feature[]][] = [
		['plain text', 'ただの段落です。\n', []],
		['the account in text', 'ユーザー名は {{ account }} です。\n', ['account']],
		['the account in inline code', 'アドレスは `{{ email }}` です。\n', ['account']],
		['a code block', fence('text', 'hello\n'), ['copy']],
		['the account in a code block', fence('console', '$ ssh {{ account }}@{{ loginHost }}\n'), ['account', 'copy']],
		['a GUI client’s field table', fence('config thunderbird pop3s'), ['account', 'copy']],
		['a configuration file', fence('config fetchmail pop3s'), ['account', 'copy', 'download']],
		['the all-settings table', '::: settings-table\n:::\n', ['account', 'unconfirmed']],
		['the clients table', '::: mailers-table\n:::\n', []],
		['the openssl check', '::: openssl-check pop3s\n:::\n', ['copy']],
		['an unconfirmed value', 'ポートは {{ submission.port }} です。\n', ['unconfirmed']],
		['an unconfirmed value in a field table', fence('config thunderbird submission'), ['account', 'copy', 'unconfirmed']],
		['the start page’s list of the commission’s pages', '::: commission-pages\n:::\n', ['unconfirmed']],
	];
	for (const [name, src, expected] of cases) {
		it(`${name}: ${expected.join(', ') || 'none'}`, () => {
			const { html, features } = render(src);
			expect(features).toEqual(expected);
			expect(features).toEqual(inHtml(html));
		});
	}
});

describe('every page of the manual', () => {
	it('records exactly the interactive elements its HTML contains', () => {
		const files = (readdirSync('content', { recursive: true }) as string[])
			.filter((f) => f.endsWith('.md'))
			.map((f) => `content/${f.split('\\').join('/')}`)
			.map((file) => ({ file, source: readFileSync(file, 'utf8') }));
		const { pages } = renderSite(files, {
			renderer: (summaries, locale) => createMarkdownRenderer({ settings, highlighter, pages: summaries, locale }),
		});
		expect(pages.length).toBeGreaterThan(20);
		const wrong = pages
			.filter((p) => p.features.join() !== inHtml(p.html).join())
			.map((p) => `${p.url}: ${p.features.join()} ≠ ${inHtml(p.html).join()}`);
		expect(wrong).toEqual([]);
		// Each feature is used somewhere, so the comparison above means something for each.
		for (const f of FEATURES)
			expect(
				pages.some((p) => p.features.includes(f)),
				f,
			).toBe(true);
	});
});
