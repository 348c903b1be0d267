// The build refuses bad input with file:line, what is wrong and what to do, and builds nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './project.ts';

describe('a build with bad content', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it('reports every problem of every file at once, and writes no site', () => {
		project.write(
			'content/mail/broken.md',
			['---', 'title: 壊れたページ', 'descripton: typo', 'order: 1', '---', '', '[リンク](/mail/nope/)', '', '{{ pop3.host }}', '', '::: warnin', '注意', ':::', ''].join('\n'),
		);
		project.edit('content/mail/smtp-auth.md', (t) => `${t}\n[見出しへ](/mail/#no-such-heading)\n`);
		const lines = project.read('content/mail/smtp-auth.md').split('\n').length - 1;
		const { status, output } = project.build();
		expect(status).not.toBe(0);
		expect(output).toContain('nothing was built');
		expect(output).toMatch(/content\/mail\/broken\.md:3: unknown front matter field "descripton"\n\s+→ did you mean "description"\?/);
		expect(output).toMatch(/content\/mail\/broken\.md:1: front matter field "description" is missing/);
		expect(output).toMatch(/content\/mail\/broken\.md:7: broken link "\/mail\/nope\/"/);
		expect(output).toMatch(/content\/mail\/broken\.md:9: unknown placeholder \{\{ pop3\.host \}\}\n\s+→ did you mean \{\{ pop3s\.host \}\}\?/);
		expect(output).toMatch(/content\/mail\/broken\.md:11: .*warnin/);
		expect(output).toContain(`content/mail/smtp-auth.md:${lines}: broken link "/mail/#no-such-heading"`);
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
	});
});

describe('a build with a bad settings file', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it('names the settings file, line and key', () => {
		project.edit('content/settings.yaml', (t) => t.replace('port: 995', 'port: 99999').replace('    host: smtp.club', '    hots: smtp.club'));
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
