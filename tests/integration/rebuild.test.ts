// Builds after the first reuse the pages rendered before (the render cache) and must still be
// exactly right; the dev server must show a save at once, even under a stream of requests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './project.ts';
import { devLatency } from '../../scripts/bench/dev.ts';
import { isNoticeFile } from '../../src/content/notices.ts';

/** "N bodies rendered, M unchanged" from the loader's log line. */
function renderCounts(output: string): { rendered: number; reused: number } {
	const m = /\[kit-manual\] rendered \d+ pages \((\d+) bodies rendered, (\d+) unchanged/.exec(output);
	if (!m) throw new Error(`no render count in the build output:\n${output.slice(-2000)}`);
	return { rendered: Number(m[1]), reused: Number(m[2]) };
}

describe('building again', () => {
	const project = copyProject();
	afterAll(() => project.remove());
	const page = (path: string) => readFileSync(join(project.dir, 'dist', path, 'index.html'), 'utf8');

	it('renders nothing again when nothing changed, and writes the same pages', () => {
		const first = project.build();
		expect(first.status, first.output).toBe(0);
		expect(renderCounts(first.output).reused).toBe(0);
		const before = page('mail/smtp-auth');
		const second = project.build();
		expect(second.status, second.output).toBe(0);
		expect(renderCounts(second.output).rendered).toBe(0);
		expect(page('mail/smtp-auth')).toBe(before);
	});

	it('renders again only the page whose text changed, and the change is in the site', () => {
		project.edit('content/mail/smtp-auth.md', (t) => `${t}\n再ビルド確認の段落です。\n`);
		const r = project.build();
		expect(r.status, r.output).toBe(0);
		expect(renderCounts(r.output).rendered).toBe(1);
		expect(page('mail/smtp-auth')).toContain('再ビルド確認の段落です。');
	});

	it('renders every page of the language again when a sidebar label changes: every sidebar shows the new one', () => {
		const japanese = (readdirSync(join(project.dir, 'content'), { recursive: true }) as string[]).filter(
			// Notices are not pages: rendered on every build, outside the count (src/content/site.ts).
			(f) => f.endsWith('.md') && !f.startsWith('en/') && !isNoticeFile(`content/${f}`),
		).length;
		project.edit('content/mail/smtp-auth.md', (t) => t.replace(/^sidebarLabel: .*$/m, 'sidebarLabel: 外部送信（改題）'));
		const r = project.build();
		expect(r.status, r.output).toBe(0);
		// Every Japanese page again (their renderer knows every Japanese page's front matter); the English ones not.
		expect(renderCounts(r.output).rendered).toBe(japanese);
		expect(page('mail/settings')).toContain('外部送信（改題）');
		expect(page('mail/clients/thunderbird')).toContain('外部送信（改題）');
	});
});

describe('the dev server', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it('serves each saved change within seconds while the page is being requested', async () => {
		// devLatency appends a new sentence per round and polls the page every 20 ms until it is there
		// (it throws, with the server's log, if a round takes more than 60 s).
		const r = await devLatency(project.dir, 'content/mail/smtp-auth.md', '/mail/smtp-auth/', 3, 60_000);
		expect(r.rounds).toHaveLength(3);
	}, 600_000);
});
