// A page for a client without a generator, written as docs/maintainers.md "Adding a client" says:
// both editions declare it in front matter, show its values with `config` blocks and reuse one
// picture of the maintainer's own (the English page by the Japanese page's short path). The build
// passes, each edition's tables hold the settings' values, and the client is listed by the
// supported-mailers table and the clients index without a link added by hand.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project.ts';
import { loadSettings } from '../../src/settings/load.ts';
import { service } from '../../src/settings/schema.ts';
import { strings, type Locale } from '../../src/i18n/index.ts';

const frontMatter = (title: string) =>
	[
		'---',
		`title: ${title}`,
		'description: Windows Live Mail 2012 setup.',
		'order: 150',
		'historical: 2012',
		'client: { id: windows-live-mail, name: Windows Live Mail 2012 }',
		'platforms: [Windows 7, Windows 8.1]',
		'methods: [pop3s, submission]',
		'---',
		'',
	].join('\n');
const body = (alt: string, caption: string, mark: string) =>
	[
		'::: steps',
		'1. Open the account.',
		'',
		`   ![${alt}](./images/windows-live-mail/1-accounts.png "${caption}")`,
		'',
		'   ```marks 480x320',
		`   1. 120,40 ${mark}`,
		'   ```',
		'',
		'2. Enter the values.',
		'',
		'   ```config windows-live-mail pop3s',
		'   ```',
		'',
		'   ```config windows-live-mail submission',
		'   ```',
		':::',
		'',
	].join('\n');

describe('a page for a client without a generator', () => {
	const project = copyProject();
	afterAll(() => project.remove());
	let build: { status: number | null; output: string };
	beforeAll(async () => {
		project.write(
			'content/mail/clients/windows-live-mail.md',
			frontMatter('Windows Live Mail 2012') + body('アカウントの画面', 'アカウント', '［電子メール］'),
		);
		project.write(
			'content/en/mail/clients/windows-live-mail.md',
			frontMatter('Windows Live Mail 2012') +
				body('The accounts dialog, in the Japanese interface', '(Japanese interface) Accounts', 'Email'),
		);
		const png = await sharp({ create: { width: 480, height: 320, channels: 3, background: '#dde' } })
			.png()
			.toBuffer();
		mkdirSync(join(project.dir, 'content/mail/clients/images/windows-live-mail'), { recursive: true });
		project.writeBytes('content/mail/clients/images/windows-live-mail/1-accounts.png', png);
		build = project.build();
	}, 300_000);

	const html = (url: string) => readFileSync(join(project.dir, 'dist', url, 'index.html'), 'utf8');
	// The rows of the page's field tables: [label, value], in order.
	const rows = (page: string): [string, string][] =>
		[...page.matchAll(/<tr[^>]*><th scope="row"[^>]*>(.*?)<\/th><td[^>]*><span class="kit-value">(.*?)<\/span>/g)].map((m) => [
			m[1]!.replace(/<[^>]+>/g, '').trim(),
			m[2]!
				.replace(/<kit-account[^>]*>.*?<\/kit-account>/g, 'ACCOUNT')
				.replace(/<[^>]+>/g, '')
				.trim(),
		]);

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	for (const locale of ['ja', 'en'] as const satisfies Locale[]) {
		const prefix = locale === 'en' ? '/en' : '';
		it(`shows the settings' values, its picture and its listings (${locale})`, () => {
			const settings = loadSettings('content/settings.yaml', project.dir);
			const w = strings(locale);
			const page = html(`${prefix}/mail/clients/windows-live-mail`);
			const expected = (['pop3s', 'submission'] as const).flatMap((m) => {
				const s = service(settings, m);
				return [
					[w.tables.server, s.host],
					[w.tables.port, String(s.port)],
					[w.tables.tls, w.tls[s.tls]],
					[w.tables.accountName, 'ACCOUNT'],
					[w.tables.password, expect.any(String)],
				];
			});
			expect(rows(page)).toEqual(expected);
			expect(page).toContain('Windows Live Mail 2012: ');
			// The English page found the Japanese page's picture by the same short path, with its marks.
			expect(page).toMatch(/<figure class="kit-figure kit-figure--marked">[\s\S]*?<svg class="kit-marks-overlay" viewBox="0 0 480 320"/);
			const era = w.historical(2012);
			expect(html(`${prefix}/mail/mailers`)).toContain(`href="${prefix}/mail/clients/windows-live-mail/"`);
			expect(html(`${prefix}/mail/clients`)).toContain(
				`<a href="${prefix}/mail/clients/windows-live-mail/">Windows Live Mail 2012</a> <span class="kit-badge kit-badge--small">${era}</span>`,
			);
		});
	}
});
