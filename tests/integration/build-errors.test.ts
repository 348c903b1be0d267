// The build refuses bad input with file:line, what is wrong and what to do, and builds nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './project.ts';
import { encodeShiftJis } from './shift-jis.ts';

describe('a build with bad content', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it('reports every problem of every file at once, and writes no site', () => {
		project.write(
			'content/mail/broken.md',
			[
				'---',
				'title: 壊れたページ',
				'descripton: typo',
				'order: 1',
				'---',
				'',
				'[リンク](/mail/nope/)',
				'',
				'{{ pop3.host }}',
				'',
				'::: warnin',
				'注意',
				':::',
				'',
			].join('\n'),
		);
		project.edit('content/mail/smtp-auth.md', (t) => `${t}\n[見出しへ](/mail/#no-such-heading)\n`);
		const lines = project.read('content/mail/smtp-auth.md').split('\n').length - 1;
		const { status, output } = project.build();
		expect(status).not.toBe(0);
		expect(output).toContain('nothing was built');
		expect(output).toMatch(/content\/mail\/broken\.md:3: unknown front matter field "descripton"\n\s+→ did you mean "description"\?/);
		expect(output).toMatch(/content\/mail\/broken\.md:1: front matter field "description" is missing/);
		expect(output).toMatch(/content\/mail\/broken\.md:7: broken link "\/mail\/nope\/"/);
		expect(output).toMatch(
			/content\/mail\/broken\.md:9: unknown placeholder \{\{ pop3\.host \}\}\n\s+→ did you mean \{\{ pop3s\.host \}\}\?/,
		);
		expect(output).toMatch(/content\/mail\/broken\.md:11: .*warnin/);
		expect(output).toContain(`content/mail/smtp-auth.md:${lines}: broken link "/mail/#no-such-heading"`);
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
	});
});

describe('a build with a bad settings file', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it('names the settings file, line and key', () => {
		project.edit('content/settings.yaml', (t) =>
			t.replace('port: 995', 'port: 99999').replace('    host: smtp.club', '    hots: smtp.club'),
		);
		const text = project.read('content/settings.yaml').split('\n');
		const portLine = text.findIndex((l) => l.includes('port: 99999')) + 1;
		const typoLine = text.findIndex((l) => l.includes('hots:')) + 1;
		const { status, output } = project.build();
		expect(status).not.toBe(0);
		expect(output).toContain(`content/settings.yaml:${portLine}: incoming.pop3s.port: a port is at most 65535`);
		expect(output).toContain(`content/settings.yaml:${typoLine}: outgoing.smtp.hots: unknown key "hots": did you mean "host"?`);
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
	});
});

// What a maintainer must never see for a mistake in the content: Astro's config crash, or a stack trace.
const noCrash = (output: string) => {
	expect(output).not.toContain('Unable to load your Astro config');
	expect(output).not.toContain('Stack trace');
	expect(output).not.toMatch(/node_modules\/|^\s+at /m);
};

describe('a build with a YAML syntax error in the settings file', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it('names content/settings.yaml:LINE:COL, what is wrong and what to do, in astro build and astro check, without a stack', () => {
		project.edit('content/settings.yaml', (t) => `${t.trimEnd()}\n- extra: 1\n`);
		const line = project.read('content/settings.yaml').trimEnd().split('\n').length;
		const expected = `content/settings.yaml:${line}:1: YAML syntax error: A block sequence may not be used as an implicit map key\n      → check the indentation`;
		const build = project.build();
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(expected);
		noCrash(build.output);
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
		const check = project.check();
		expect(check.status).not.toBe(0);
		expect(check.output).toContain(expected);
		noCrash(check.output);
	});
});

describe('a build with text files that are not UTF-8', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it("names the settings file and a data file at their first bad byte's line, with the fix", () => {
		const settings = project.read('content/settings.yaml');
		project.writeBytes('content/settings.yaml', encodeShiftJis(settings));
		const settingsLine = settings.split('\n').findIndex((l) => /[^\p{ASCII}]/u.test(l)) + 1;
		// A data file beside the pages, edited in a Latin-1 editor.
		const manifest = project.read('content/mail/clients/images/manifest.json');
		const noteLine = manifest.split('\n').findIndex((l) => l.includes('"note"')) + 1;
		project.writeBytes('content/mail/clients/images/manifest.json', Buffer.from(manifest.replace('do not edit', 'do not édit'), 'latin1'));
		const { status, output } = project.build();
		expect(status).not.toBe(0);
		expect(output).toMatch(
			new RegExp(
				`content/settings\\.yaml:${settingsLine}: the file is not UTF-8 \\(byte 0x[0-9A-F]{2} is the first that is not\\); it looks like Shift_JIS: this line reads ".+" in Shift_JIS\\n\\s+→ save it as UTF-8`,
			),
		);
		expect(output).toContain(
			`content/mail/clients/images/manifest.json:${noteLine}: the file is not UTF-8 (byte 0xE9 is the first that is not)`,
		);
		noCrash(output);
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
	});
});

describe('a build with pages that cannot be read', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it("reports each page's one cause with the number of links to it, and no link to it as broken; a BOM and CRLF stay fine", () => {
		const ja = (readdirSync(join(project.dir, 'content'), { recursive: true }) as string[])
			.filter((f) => f.endsWith('.md') && !f.startsWith('en/'))
			.map((f) => `content/${f}`);
		const linksTo = (url: string, except: string[]) =>
			ja
				.filter((f) => !except.includes(f))
				.reduce((n, f) => n + (project.read(f).match(new RegExp(`\\]\\(${url}(#[^)]*)?\\)`, 'g'))?.length ?? 0), 0);
		const smtpLinks = linksTo('/mail/smtp-auth/', ['content/mail/smtp-auth.md']);
		const apopLinks = linksTo('/mail/apop-password/', ['content/mail/smtp-auth.md', 'content/mail/apop-password.md']);
		expect(smtpLinks).toBeGreaterThan(5);
		// Saved as Shift_JIS by an older Windows editor.
		const smtp = project.read('content/mail/smtp-auth.md');
		project.writeBytes('content/mail/smtp-auth.md', encodeShiftJis(smtp));
		const smtpLine = smtp.split('\n').findIndex((l) => /[^\p{ASCII}]/u.test(l)) + 1;
		// Front matter that does not validate: the page is not built.
		project.edit('content/mail/apop-password.md', (t) => t.replace(/^order: .*\n/m, ''));
		// A BOM and Windows line ends are fine.
		project.edit('content/mail/ssl-wrapper.md', (t) => `\uFEFF${t.replaceAll('\n', '\r\n')}`);
		const { status, output } = project.build();
		expect(status).not.toBe(0);
		expect(output).toMatch(
			new RegExp(`content/mail/smtp-auth\\.md:${smtpLine}: the file is not UTF-8 .*; it looks like Shift_JIS: this line reads "`),
		);
		expect(output).toMatch(new RegExp(`· ${smtpLinks} links point to this page \\(content/.+\\); they work again once it is fixed`));
		expect(output).toMatch(
			/content\/mail\/apop-password\.md:1: front matter field "order" is missing\n.*\n\s+· (\d+) links point to this page/,
		);
		expect(output).toMatch(
			new RegExp(`content/mail/apop-password\\.md:1: front matter field "order" is missing\\n.*\\n\\s+· ${apopLinks} links point`),
		);
		expect(output).not.toContain('broken link');
		expect(output).not.toContain('ssl-wrapper');
		expect(output).toContain('The manual has 2 problems; nothing was built');
		noCrash(output);
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
	});
});

describe('a build with broken images', () => {
	const project = copyProject();
	afterAll(() => project.remove());
	const images = 'content/mail/clients/images';
	// The page (Japanese edition) and line that use an image first.
	const firstUse = (image: string) => {
		const page = `content/mail/clients/${image.split('/')[0]}.md`;
		const line =
			project
				.read(page)
				.split('\n')
				.findIndex((l) => l.includes(`images/${image}`)) + 1;
		expect(line, `${image} in ${page}`).toBeGreaterThan(0);
		return `${page}:${line}`;
	};
	const snapshot = (dir: string) =>
		(readdirSync(dir, { recursive: true }) as string[])
			.sort()
			.map(
				(f) =>
					`${f} ${
						statSync(join(dir, f)).isFile()
							? createHash('sha256')
									.update(readFileSync(join(dir, f)))
									.digest('hex')
							: 'dir'
					}`,
			)
			.join('\n');

	it("fails with the page's file:line and the image path for a truncated, corrupt, non-image, LFS-pointer and oversized picture, and leaves the last good site as it was", async () => {
		// The site an earlier good build published (a stand-in: a real build costs a minute on a loaded machine, and the failed build must not touch any of it).
		mkdirSync(join(project.dir, 'dist/mail'), { recursive: true });
		project.write('dist/index.html', '<!doctype html><title>公開中のホーム</title>\n');
		project.write('dist/mail/index.html', '<!doctype html><title>公開中のメールの設定</title>\n');
		const before = snapshot(join(project.dir, 'dist'));
		const read = (f: string) => readFileSync(join(project.dir, images, f));
		const truncated = read('outlook-express/1-accounts.png');
		project.writeBytes(`${images}/outlook-express/1-accounts.png`, truncated.subarray(0, Math.floor(truncated.length * 0.6)));
		const corrupt = Buffer.from(read('sylpheed-apop/3-user.png'));
		corrupt[Math.floor(corrupt.length / 2)]! ^= 0xff;
		project.writeBytes(`${images}/sylpheed-apop/3-user.png`, corrupt);
		const becky = '1-menu.png';
		project.writeBytes(`${images}/becky-apop/${becky}`, Buffer.from('<html><body>404 Not Found</body></html>\n'));
		const thunderbird = '2-account.png';
		project.writeBytes(
			`${images}/thunderbird/${thunderbird}`,
			Buffer.from(
				'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 31337\n',
			),
		);
		const apple = 'manual-2-account.png';
		project.writeBytes(
			`${images}/apple-mail/${apple}`,
			await sharp({ create: { width: 6000, height: 5000, channels: 3, background: '#fff' } })
				.png()
				.toBuffer(),
		);

		const { status, output } = project.build();
		expect(status).not.toBe(0);
		expect(output).toContain(
			`${firstUse('outlook-express/1-accounts.png')}: image ${images}/outlook-express/1-accounts.png is truncated or corrupt: sharp cannot decode it completely`,
		);
		expect(output).toContain(`${firstUse('sylpheed-apop/3-user.png')}: image ${images}/sylpheed-apop/3-user.png is truncated or corrupt`);
		expect(output).toContain(`${firstUse(`becky-apop/${becky}`)}: image ${images}/becky-apop/${becky} is not a PNG, JPEG or WebP picture`);
		expect(output).toContain(`${firstUse(`thunderbird/${thunderbird}`)}: image ${images}/thunderbird/${thunderbird} is a Git LFS pointer`);
		expect(output).toMatch(/→ the picture itself was not downloaded: run "git lfs install" and "git lfs pull"/);
		expect(output).toContain(
			`${firstUse(`apple-mail/${apple}`)}: image ${images}/apple-mail/${apple} is 6000 × 5000 pixels (30.0 megapixels), more than the limit of 25 megapixels`,
		);
		// The English edition uses the same pictures: named, not repeated.
		expect(output).toMatch(/· also used at content\/en\/mail\/clients\/outlook-express\.md:\d+/);
		expect(output).toContain('The manual has 5 problems; nothing was built');
		noCrash(output);
		// Nothing half-built: the site of the last good build is left exactly as it was.
		expect(snapshot(join(project.dir, 'dist'))).toBe(before);
	});
});
