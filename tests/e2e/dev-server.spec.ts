// The dev server shows a save that breaks the manual in the browser, on the page being viewed (the
// manual's own error page, with the same file:line lines as the build, no stack, and the first
// problem's line in its file), and the next good save brings the page back without a restart or a
// reload by hand; the terminal shows the problems once per save, not once per request. Runs `astro dev` in a throw-away copy
// of the project on KIT_DEV_PORT (default: the e2e port + 1).
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { copyProject, type Project } from '../integration/project.ts';
import { childEnv } from '../../scripts/bench/project.ts';

const port = Number(process.env.KIT_DEV_PORT ?? Number(process.env.KIT_E2E_PORT ?? 4329) + 1);
const origin = `http://127.0.0.1:${port}`;

let project: Project;
let server: ChildProcess;
let log = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	project = copyProject();
	// astro on the project's Node, without vitest's variables (astro dev would never answer).
	server = spawn('astro', ['dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: project.dir,
		env: childEnv(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (d) => (log += d));
	server.stderr!.on('data', (d) => (log += d));
	const start = Date.now();
	for (;;) {
		const ok = await fetch(`${origin}/mail/smtp-auth/`, { signal: AbortSignal.timeout(30_000) }).then(
			(r) => r.ok,
			() => false,
		);
		if (ok) break;
		if (Date.now() - start > 150_000 || server.exitCode !== null) throw new Error(`astro dev did not start on ${origin}:\n${log}`);
		await new Promise((r) => setTimeout(r, 500));
	}
});

test.afterAll(async () => {
	if (server?.pid && server.exitCode === null) {
		const exited = new Promise((r) => server.once('exit', r));
		process.kill(server.pid, 'SIGTERM');
		await exited;
	}
	project?.remove();
});

/** The dev server's page of problems (src/content/report.ts). */
const problems = (page: import('@playwright/test').Page) => page.locator('#kit-dev-problems');

test('a broken page shows its file:line in the browser, and a good save brings the page back', async ({ page }) => {
	test.setTimeout(120_000);
	const file = 'content/mail/smtp-auth.md';
	const good = project.read(file);
	await page.goto(`${origin}/mail/smtp-auth/`);
	await expect(page.locator('h1#kit-title')).toBeVisible();

	// A typo in a placeholder, on a line of its own at the end of the page.
	const broken = `${good.trimEnd()}\n\n送信は {{ submision.port }} 番です。\n`;
	const line = broken.trimEnd().split('\n').length;
	const logged = log.length;
	project.write(file, broken);
	// No reload by hand: the failed sync makes Astro reload the open page, which shows the problem.
	await expect(problems(page)).toContainText(`${file}:${line}: unknown placeholder {{ submision.port }}`, { timeout: 60_000 });
	await expect(problems(page)).toContainText('did you mean {{ submission.port }}?');
	await expect(problems(page).locator('.here')).toContainText(`${line}  送信は {{ submision.port }} 番です。`);
	await expect(problems(page)).not.toContainText(/stack|node_modules/i);
	// The terminal: the problem once (for the save), however often the page is asked for.
	await page.reload();
	await expect(problems(page)).toBeVisible();
	expect(log.slice(logged).split(`${file}:${line}: unknown placeholder`).length - 1, log.slice(logged)).toBe(1);

	project.write(file, good);
	await expect(page.locator('h1#kit-title')).toBeVisible({ timeout: 60_000 });
	await expect(problems(page)).toHaveCount(0);
});

test('a YAML syntax error in the settings shows content/settings.yaml:LINE:COL, and the fixed file brings the page back', async ({
	page,
}) => {
	test.setTimeout(120_000);
	const file = 'content/settings.yaml';
	const good = project.read(file);
	await page.goto(`${origin}/mail/settings/`);
	await expect(page.locator('h1#kit-title')).toBeVisible();
	// A generated file (the dev server, under trailingSlash: 'always', serves it at the slashed path).
	const generated = `${origin}/.well-known/autoconfig/mail/config-v1.1.xml/`;
	expect((await fetch(generated)).status).toBe(200);

	// A list item at the top level of a map: a "block sequence as an implicit map key".
	project.write(file, `${good.trimEnd()}\n- extra: 1\n`);
	const line = good.trimEnd().split('\n').length + 1;
	await expect(problems(page)).toContainText(
		`${file}:${line}:1: YAML syntax error: A block sequence may not be used as an implicit map key`,
		{ timeout: 60_000 },
	);
	await expect(problems(page).locator('.here')).toContainText(`${line}  - extra: 1`);
	await expect(problems(page)).not.toContainText(/stack|node_modules/i);

	project.write(file, good);
	await expect(page.locator('h1#kit-title')).toBeVisible({ timeout: 60_000 });
	await expect(problems(page)).toHaveCount(0);
	// The generated files, which need the settings, are back too.
	expect((await fetch(generated)).status).toBe(200);
});
