// Notices, checks and translation lag in a real build of a copy of the manual, with fixture notices
// and a fixed build day (KIT_BUILD_DATE), never today's date: each current notice on exactly the
// pages it affects in both editions and on the home page; an ended one only on the notices page,
// marked; a future one nowhere; each edition's feed; the due check warned about by the build and
// listed by npm run stale; the translation-lag notice on the one English page whose Japanese page
// changed later (a git history made in the copy). And a bad notice stops the build before anything
// is written.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project.ts';

const TODAY = '2026-06-15';

/** Fixture notices: [id, Japanese front matter (after title/summary), where they show]. */
const notices = {
	'client-notice': { date: '2026-05-01', extra: 'severity: warning\naffects:\n  clients: [sylpheed]' },
	'page-notice': { date: '2026-06-01', extra: 'until: 2026-06-30\nseverity: critical\naffects:\n  pages: [/mail/service/]' },
	'ended-notice': { date: '2026-01-01', extra: 'until: 2026-03-31\nseverity: info\naffects:\n  pages: [/mail/settings/]' },
	'future-notice': { date: '2026-07-01', extra: 'severity: info\naffects:\n  pages: [/mail/]' },
} as const;

/** Every built page's path (dist/…/index.html → /…/) and its HTML. */
function builtPages(dist: string): Map<string, string> {
	const pages = new Map<string, string>();
	for (const f of readdirSync(dist, { recursive: true }) as string[]) {
		if (!f.endsWith('index.html') || f.startsWith('pagefind')) continue;
		pages.set(`/${f.replace(/index\.html$/, '')}`, readFileSync(join(dist, f), 'utf8'));
	}
	return pages;
}
const bannerIds = (html: string) => [...html.matchAll(/data-notice="([^"@]+)@/g)].map((m) => m[1]);

describe('notices, checks and translation lag in a build on a fixed day', () => {
	const project = copyProject();
	/** git in the copy, committing on `day` (noon in Japan). */
	const git = (args: string[], day = '2026-05-01') =>
		execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
			cwd: project.dir,
			env: { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00+09:00`, GIT_COMMITTER_DATE: `${day}T12:00:00+09:00` },
		});
	let build: { status: number | null; output: string };
	let pages: Map<string, string>;
	afterAll(() => project.remove());
	beforeAll(() => {
		// The fixture notices instead of the real ones.
		for (const dir of ['content/notices', 'content/en/notices']) {
			for (const f of readdirSync(join(project.dir, dir))) if (f !== 'index.md') rmSync(join(project.dir, dir, f));
		}
		for (const [id, n] of Object.entries(notices)) {
			project.write(
				`content/notices/${id}.md`,
				`---\ntitle: 日本語 ${id}\nsummary: 要約 ${id}\ndate: ${n.date}\n${n.extra}\n---\n\n本文 ${id}。\n`,
			);
			project.write(`content/en/notices/${id}.md`, `---\ntitle: English ${id}\nsummary: Summary ${id}\n---\n\nBody ${id}.\n`);
		}
		// Thunderbird's check made long before the build day, in both editions.
		for (const f of ['content/mail/clients/thunderbird.md', 'content/en/mail/clients/thunderbird.md']) {
			project.edit(f, (t) =>
				t.replace('version: "153.8.0esr", platform: linux, date: 2026-12-06', 'version: "115.0esr", platform: linux, date: 2025-01-10'),
			);
		}
		// History: everything on 1 May; then the Japanese APOP-password page's text changes alone on
		// 20 May, and the Japanese SMTP-AUTH page's aliases only (no text) on 21 May.
		git(['init', '-q']);
		git(['add', 'content']);
		git(['commit', '-q', '-m', 'all']);
		project.edit('content/mail/apop-password.md', (t) => `${t}\n追加の段落です。\n`);
		git(['commit', '-q', '-am', 'ja text'], '2026-05-20');
		project.edit('content/mail/smtp-auth.md', (t) => t.replace('aliases: [', 'aliases: [追加の言葉, '));
		git(['commit', '-q', '-am', 'ja aliases'], '2026-05-21');
		build = project.build({ KIT_BUILD_DATE: TODAY });
		pages = existsSync(join(project.dir, 'dist')) ? builtPages(join(project.dir, 'dist')) : new Map();
	}, 600_000);

	it('builds, and warns about the check that is due', () => {
		expect(build.output).not.toMatch(/problem/);
		expect(build.status).toBe(0);
		expect(build.output).toMatch(
			/\[WARN\] \[kit-manual\] 1 check is older than 12 months \(as of 2026-06-15\):\n\s+content\/mail\/clients\/thunderbird\.md \(\/mail\/clients\/thunderbird\/\): thunderbird 115\.0esr on linux: checked 2025-01-10 \(run\), 17 months/,
		);
	});

	it('shows each current notice on exactly the pages it affects, in both editions, and on the home page', () => {
		const expected: Record<string, string[]> = {
			'/': ['page-notice', 'client-notice'],
			'/mail/clients/sylpheed-apop/': ['client-notice'],
			'/mail/clients/sylpheed-pop3s/': ['client-notice'],
			'/mail/service/': ['page-notice'],
		};
		expect(pages.size).toBeGreaterThan(30);
		const shown = (prefix: string) =>
			Object.fromEntries(
				[...pages]
					.filter(([path]) => (prefix ? path.startsWith(prefix) : !path.startsWith('/en/')))
					.map(([path, html]) => [prefix ? path.slice(prefix.length - 1) : path, bannerIds(html)] as const)
					.filter(([, ids]) => ids.length),
			);
		expect(shown('')).toEqual(expected);
		expect(shown('/en/')).toEqual(expected);
		// Each edition's banners are in its language.
		expect(pages.get('/en/mail/service/')).toContain('English page-notice');
		expect(pages.get('/en/mail/service/')).not.toContain('日本語 page-notice');
		expect(pages.get('/mail/service/')).toContain('日本語 page-notice');
	});

	it('lists published notices newest first on the notices page, the ended one marked, the future one left out', () => {
		for (const [path, ended] of [
			['/notices/', '終了'],
			['/en/notices/', 'Ended'],
		] as const) {
			const html = pages.get(path)!;
			const articles = [...html.matchAll(/<article id="([^"]+)" class="([^"]+)"/g)].map((m) => [
				m[1],
				m[2]!.includes('kit-notice-entry--ended'),
			]);
			expect(articles).toEqual([
				['page-notice', false],
				['client-notice', false],
				['ended-notice', true],
			]);
			expect(html).toMatch(new RegExp(`<span class="kit-badge kit-notice__ended"[^>]*>${ended}</span>`));
			expect(html).not.toContain('future-notice');
		}
	});

	it('feeds each edition its own notices', () => {
		for (const [file, title] of [
			['dist/notices/feed.atom', '日本語'],
			['dist/en/notices/feed.atom', 'English'],
		] as const) {
			const feed = parseFeed(readFileSync(join(project.dir, file), 'utf8'));
			expect(feed.items.map((i) => i.title)).toEqual([
				`${title} page-notice`,
				`${title} client-notice`,
				expect.stringMatching(new RegExp(`^${title} ended-notice \\(`)),
			]);
		}
		expect(pages.get('/en/mail/')).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/en\/notices\/feed\.atom"/);
		expect(pages.get('/mail/')).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/notices\/feed\.atom"/);
	});

	it('says an English page lags only where its Japanese text changed later', () => {
		const lagging = [...pages].filter(([, html]) => html.includes('kit-lag')).map(([path]) => path);
		expect(lagging).toEqual(['/en/mail/apop-password/']);
		const html = pages.get('/en/mail/apop-password/')!;
		expect(html).toContain(
			'The Japanese version of this page was updated on 20 May 2026, after this English version (last updated 1 May 2026).',
		);
		expect(html).toMatch(/<a href="\/mail\/apop-password\/" hreflang="ja"[^>]*>Read the Japanese page<\/a>/);
	});

	it('lists the due check with npm run stale on the same day', () => {
		const r = spawnSync(process.execPath, ['scripts/stale.ts', '--dir', `${project.dir}/content`, '--today', TODAY], { encoding: 'utf8' });
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(
			/1 check is older than 12 months \(as of 2026-06-15\):\n\s+\S+\/content\/mail\/clients\/thunderbird\.md \(\/mail\/clients\/thunderbird\/\): thunderbird 115\.0esr on linux: checked 2025-01-10 \(run\), 17 months \(521 days\) ago/,
		);
		expect(r.stdout).toContain('never checked against the client');
		const later = spawnSync(process.execPath, ['scripts/stale.ts', '--dir', `${project.dir}/content`, '--today', '2025-06-15'], {
			encoding: 'utf8',
		});
		expect(later.stdout).not.toContain('older than 12 months');
	});
});

describe('a build with a bad notice', () => {
	const project = copyProject();
	afterAll(() => project.remove());
	it('names the notice file and line, and writes no site', () => {
		project.write(
			'content/notices/bad.md',
			'---\ntitle: 壊れたお知らせ\nsummary: 要約\ndate: 2026-13-01\nseverity: urgent\naffects:\n  clients: [thunderbrid]\n---\n\n[リンク](/mail/nope/)\n',
		);
		const { status, output } = project.build();
		expect(status).not.toBe(0);
		expect(output).toContain('nothing was built');
		expect(output).toContain('content/notices/bad.md:1: the notice has no English edition (content/en/notices/bad.md)');
		expect(output).toContain('content/notices/bad.md:4: front matter field "date": no such day in the calendar');
		expect(output).toMatch(/content\/notices\/bad\.md:5: front matter field "severity": .*\n\s+→ one of: info, warning, critical/);
		expect(output).toMatch(
			/content\/notices\/bad\.md:7: front matter field "affects\.clients\[0\]": .*\n\s+→ did you mean "thunderbird"\?/,
		);
		expect(output).toContain('content/notices/bad.md:10: broken link "/mail/nope/"');
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
	});
});
