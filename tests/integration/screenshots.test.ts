// `npm run screenshots` and the build, on a copy of the project, the way a maintainer meets them:
// - a settings change without new pictures stops `astro build` at each page's file:line, naming the
//   one command that remakes them;
// - the command, on a machine without Thunderbird (a PATH without it), makes every illustration
//   again, leaves a maintainer's own picture and the page that marks it byte for byte, names what
//   it could not make and what to install, and ends with one line and exit status 1, no stack trace.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project.ts';
import { parseSettings } from '../../src/settings/load.ts';
import { IMAGE_DIR, MANIFEST, inputHash, isReal, shots, type ShotRecord } from '../../scripts/screenshots/shots.ts';

const PORT_CHANGE = (t: string) => t.replace(/(submission:[\s\S]*?port: )587/, '$12587');

describe('a settings change without new pictures', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it('stops the build at every page that shows an old value, with the command that fixes it', () => {
		project.edit('content/settings.yaml', PORT_CHANGE);
		const { status, output } = project.build();
		expect(status).not.toBe(0);
		const line = (file: string, picture: string) =>
			project
				.read(file)
				.split('\n')
				.findIndex((l) => l.includes(picture)) + 1;
		for (const [page, picture] of [
			['content/mail/clients/thunderbird.md', 'thunderbird/5-outgoing.png'],
			['content/mail/clients/thunderbird.md', 'thunderbird/account-outgoing.png'],
			// The English edition's own Thunderbird and Apple Mail illustrations (issue 23).
			['content/en/mail/clients/thunderbird.md', 'thunderbird/en/5-outgoing.png'],
			['content/en/mail/clients/apple-mail.md', 'apple-mail/en/manual-5-outgoing.png'],
			['content/en/mail/clients/apple-mail.md', 'apple-mail/en/manual-7-smtp.png'],
			['content/mail/clients/apple-mail.md', 'apple-mail/manual-5-outgoing.png'],
			['content/mail/clients/apple-mail.md', 'apple-mail/manual-7-smtp.png'],
			// The Outlook illustrations (issue 20) show the submission port too.
			['content/mail/clients/outlook.md', 'outlook/4-settings.png'],
			['content/mail/clients/outlook.md', 'outlook/6-outgoing-server.png'],
			['content/mail/clients/outlook.md', 'outlook/7-advanced.png'],
			['content/mail/clients/outlook-new.md', 'outlook-new/4-form.png'],
		] as const) {
			expect(output).toContain(
				`${page}:${line(page, picture)}: picture ${IMAGE_DIR}/${picture} shows old settings (submission.port 587, now 2587)`,
			);
		}
		expect(output).toMatch(/→ run npm run screenshots: it makes the generated pictures again from the settings/);
		expect(output).toContain('The manual has 11 problems; nothing was built');
	});
});

describe('npm run screenshots without Thunderbird', () => {
	const project = copyProject(['scripts']);
	afterAll(() => project.remove());
	const sha = (file: string) =>
		existsSync(join(project.dir, file))
			? createHash('sha256')
					.update(readFileSync(join(project.dir, file)))
					.digest('hex')
			: 'missing';
	// A maintainer's own capture, with marks drawn from the page, beside the generated pictures.
	const own = `${IMAGE_DIR}/windows-live-mail/1-accounts.png`;
	const page = 'content/mail/clients/windows-live-mail.md';
	let before: Record<string, string>;
	type Run = { status: number | null; stdout: string; stderr: string };
	let run: Run;
	let unchanged: Run;
	let afterFirst: Record<string, string>;
	let ownBytes: string;

	beforeAll(async () => {
		mkdirSync(join(project.dir, IMAGE_DIR, 'windows-live-mail'));
		const capture = await sharp({ create: { width: 480, height: 320, channels: 3, background: '#dde6f5' } })
			.png()
			.toBuffer();
		ownBytes = createHash('sha256').update(capture).digest('hex');
		project.writeBytes(own, capture);
		project.write(
			page,
			[
				'---',
				'title: Windows Live Mail 2012',
				'description: d',
				'order: 150',
				'client: { id: windows-live-mail, name: Windows Live Mail 2012 }',
				'historical: 2012',
				'---',
				'',
				'![アカウントの画面](./images/windows-live-mail/1-accounts.png "アカウント")',
				'',
				'::: marks 480x320',
				'1. 120,40 ［電子メール］',
				'2. 20,180 440,220 受信メール サーバー',
				':::',
				'',
			].join('\n'),
		);
		const screenshots = () => {
			// Only the project's own bin folder on PATH (node, npm): no thunderbird, Xvfb, xwd or xdotool.
			const r = spawnSync(process.execPath, ['scripts/screenshots/run.ts'], {
				cwd: project.dir,
				env: { ...process.env, PATH: join(process.cwd(), 'node_modules/.bin') },
				encoding: 'utf8',
				timeout: 300_000,
			});
			return { status: r.status, stdout: r.stdout, stderr: r.stderr };
		};
		// First with the settings as they are (the real captures are current: kept), then after a change.
		unchanged = screenshots();
		afterFirst = Object.fromEntries([own, page].map((f) => [f, sha(f)]));
		project.edit('content/settings.yaml', PORT_CHANGE);
		before = Object.fromEntries(
			[own, page, ...shots(parseSettings(project.read('content/settings.yaml'))).map((s) => s.file)].map((f) => [f, sha(f)]),
		);
		run = screenshots();
	}, 320_000);

	it("leaves a maintainer's own picture and the page that marks it byte for byte", () => {
		expect(unchanged.status, unchanged.stderr).toBe(0);
		expect(unchanged.stdout).toContain(
			`${IMAGE_DIR}/thunderbird/account-outgoing.png (kept: a real capture; thunderbird is not installed here`,
		);
		for (const out of [unchanged, run]) expect(`${out.stdout}${out.stderr}`).not.toContain('windows-live-mail');
		expect(sha(own)).toBe(ownBytes);
		expect(afterFirst[own]).toBe(ownBytes);
		expect(sha(page)).toBe(before[page]);
		expect(afterFirst[page]).toBe(before[page]);
	});

	it('makes every illustration again from the new settings', () => {
		const settings = parseSettings(project.read('content/settings.yaml'));
		const manifest = JSON.parse(project.read(MANIFEST)) as { images: Record<string, ShotRecord> };
		const illustrations = shots(settings).filter((s) => !isReal(s.spec));
		expect(illustrations.length).toBeGreaterThan(20);
		for (const s of illustrations) {
			const record = manifest.images[s.file.slice(IMAGE_DIR.length + 1)]!;
			expect(record.inputHash, s.file).toBe(inputHash(settings, s));
			expect(sha(s.file), s.file).toBe(record.sha256);
		}
		// The two that show the submission port are new pictures.
		for (const f of ['thunderbird/5-outgoing.png', 'apple-mail/manual-7-smtp.png'].map((f) => `${IMAGE_DIR}/${f}`))
			expect(sha(f)).not.toBe(before[f]);
	});

	it('names what it could not make and what to install, and ends with one line and status 1', () => {
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			`not made: ${IMAGE_DIR}/thunderbird/account-outgoing.png: a real capture, and the settings it shows changed (submission.port 587 → 2587); it needs thunderbird, Xvfb, xwd, xdotool, not found on PATH`,
		);
		const lines = run.stderr.trim().split('\n');
		const all = shots(parseSettings(project.read('content/settings.yaml'))).length;
		expect(lines.at(-1)).toBe(
			`npm run screenshots: 1 of ${all} pictures not made: install the Debian packages thunderbird thunderbird-l10n-ja xvfb x11-apps xdotool fonts-noto-cjk (apt-get install …), then run npm run screenshots again`,
		);
		expect(run.stderr).not.toMatch(/^\s+at |Error:/m);
		// The real capture it could not make keeps its old record: the build still refuses it.
		const manifest = JSON.parse(project.read(MANIFEST)) as { images: Record<string, ShotRecord> };
		expect(manifest.images['thunderbird/account-outgoing.png']?.settings['submission.port']).toBe(587);
	});
});
