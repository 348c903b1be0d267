// One value changed in the settings file changes it on every page, snippet and generated file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './project.ts';

// Every text file of a built site, path → content.
function textFiles(dist: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const f of readdirSync(dist, { recursive: true }) as string[]) {
		if (/\.(html|xml|txt|mobileconfig|json)$/.test(f)) out.set(f, readFileSync(join(dist, f), 'utf8'));
	}
	return out;
}

describe('changing the settings file', () => {
	const project = copyProject();
	afterAll(() => project.remove());

	it('leaves no old host or port anywhere in the built site', () => {
		project.edit('content/settings.yaml', (t) =>
			t
				.replaceAll('host: pop3.club.kyutech.ac.jp', 'host: mail-in.club.kyutech.ac.jp')
				.replaceAll('port: 995', 'port: 9995')
				.replace('port: 587', 'port: 2587'),
		);
		// The pictures that show these values are generated; a build stops while they are stale
		// (tests/integration/screenshots.test.ts), and remaking the real Thunderbird captures needs
		// Thunderbird. This test is about the text: without the list of generated pictures they
		// count as a maintainer's own, which the build takes as they are.
		project.delete('content/mail/clients/images/manifest.json');
		const { status, output } = project.build();
		expect(status, output).toBe(0);
		const files = textFiles(join(project.dir, 'dist'));
		expect(files.size).toBeGreaterThan(20);
		const stale: string[] = [];
		for (const [file, text] of files) {
			if (text.includes('pop3.club.kyutech.ac.jp')) stale.push(`${file}: old POP3 host`);
			// Port numbers as words (not inside longer numbers such as 9995 or 2587).
			if (/(?<![\d.])995(?!\d)/.test(text)) stale.push(`${file}: old port 995`);
			if (/(?<![\d.])587(?!\d)/.test(text)) stale.push(`${file}: old port 587`);
		}
		expect(stale).toEqual([]);
		// And the new values did arrive: in prose, snippets and the generated files.
		expect(files.get('mail/clients/thunderbird/index.html')).toContain('mail-in.club.kyutech.ac.jp');
		expect(files.get('mail/config-v1.1.xml')).toContain('<port>9995</port>');
		expect(files.get('mail/config-v1.1.xml')).toContain('<port>2587</port>');
		expect(files.get('mail/kyutech-club-mail.mobileconfig')).toContain('<integer>9995</integer>');
		expect(files.get('downloads/fetchmail-pop3s/fetchmailrc.txt')).toMatch(/mail-in\.club\.kyutech\.ac\.jp[\s\S]*9995/);
		expect(files.get('mail/settings/index.html')).toContain('<code>9995</code>');
	});
});
