import { describe, expect, it } from 'vitest';
import { linksPlugin, pageUrlForFile } from '../../../src/markdown/plugins/links.ts';
import { placeholdersPlugin } from '../../../src/markdown/plugins/placeholders.ts';
import { runFixtures } from './fixture.ts';
import { mdWith, render, values } from './setup.ts';
import { ja } from '../../../src/i18n/ja.ts';

runFixtures('tests/unit/markdown/fixtures/links.txt', () => mdWith(linksPlugin));

describe('pageUrlForFile', () => {
	const cases: [string, string, string][] = [
		['./foo.md', 'content/mail/bar.md', '/mail/foo/'],
		['foo.md#設定', 'content/mail/bar.md', '/mail/foo/#設定'],
		['../index.md', 'content/mail/clients/x.md', '/mail/'],
		['./clients/index.md', 'content/mail/index.md', '/mail/clients/'],
		['/mail/smtp-auth.md', 'content/mail/bar.md', '/mail/smtp-auth/'],
		['/index.md', 'content/mail/bar.md', '/'],
	];
	for (const [href, file, url] of cases) it(`${href} from ${file} → ${url}`, () => expect(pageUrlForFile(href, file)).toBe(url));
});

describe('linksPlugin', () => {
	const md = mdWith(linksPlugin);

	it('collects internal links with their file line', () => {
		const src = '# 見出し\n\n[a](/mail/)\nと [b](#見出し) と\n[c](../x/?q=1)\n\n- [d](./y/)\n\n| [e](z/) |\n| - |\n';
		expect(render(md, src, 10).env.links).toEqual([
			{ href: '/mail/', line: 13 },
			{ href: '#見出し', line: 14 },
			{ href: '../x/?q=1', line: 15 },
			{ href: './y/', line: 17 },
			{ href: 'z/', line: 19 },
		]);
	});

	it('does not collect external links', () => {
		expect(render(md, '[a](https://x.example/) [m](mailto:a@b)\n').env.links).toEqual([]);
	});

	it('reports a link to a .md file with the page URL to write', () => {
		const { env } = render(md, 'text\n\n詳しくは [SMTP](./smtp-auth.md#設定) へ\n', 10);
		expect(env.problems).toEqual([
			{
				file: 'content/mail/page.md',
				line: 13,
				message: 'link to the page URL (/mail/smtp-auth/#設定), not the file',
				hint: 'write (/mail/smtp-auth/#設定) instead of (./smtp-auth.md#設定): pages are served at their URL, not as .md files',
			},
		]);
		expect(env.links).toEqual([]);
	});

	it('reports an empty link', () => {
		expect(render(md, '[ここ]()\n', 3).env.problems).toEqual([
			{
				file: 'content/mail/page.md',
				line: 4,
				message: 'this link has no address: [text]()',
				hint: 'write the page URL (e.g. /mail/smtp-auth/) or the web address between the parentheses',
			},
		]);
	});

	it('sees addresses after placeholders are expanded (applied in either order)', () => {
		for (const both of [
			mdWith(linksPlugin, (m) => placeholdersPlugin(m, { values, accountPlaceholder: ja.accountPlaceholder })),
			mdWith((m) => placeholdersPlugin(m, { values, accountPlaceholder: ja.accountPlaceholder }), linksPlugin),
		]) {
			const { html, env } = render(both, '[web](https://{{domain}}/)\n');
			expect(html).toBe('<p><a href="https://club.kyutech.ac.jp/" rel="noopener">web</a></p>\n');
			expect(env.problems).toEqual([]);
		}
	});
});
