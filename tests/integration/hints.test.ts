// The manual's own hints reach the terminal as written, in `astro build` and `astro check`: Astro
// neither swaps them for its "Browser APIs are not available on the server" (which it does for any
// error whose text says "window" or "document") nor eats the `![…](…)` of an example (its error
// "markdown" turns links into "text url"). An English page's hints are in English.
// src/content/report.ts explains the mechanism.
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './project.ts';

describe('hints that survive Astro', () => {
	const project = copyProject();
	afterAll(() => project.remove());
	// A page whose file name contains "window", with a picture without alt text, in both editions.
	const page = (title: string) =>
		[
			'---',
			`title: ${title}`,
			'description: x',
			'order: 150',
			'---',
			'',
			'![](../../mail/clients/images/thunderbird/2-account.png)',
			'',
		].join('\n');
	project.write('content/mail/clients/windows-live-mail.md', page('Windows Live メール'));
	project.write('content/en/mail/clients/windows-live-mail.md', page('Windows Live Mail').replace('../../', '../../../'));

	const expectIntact = (output: string) => {
		expect(output).not.toContain('Browser APIs are not available');
		expect(output).toContain('Fix each file:line above (docs/maintainers.md explains the syntax), then build again.');
		// Each edition's example, whole (the brackets and the parentheses included).
		expect(output).toMatch(
			/content\/en\/mail\/clients\/windows-live-mail\.md:7: image ".*" has no alt text\n\s+→ describe the picture between the brackets, e\.g\. !\[The incoming server settings\. The host name is \{\{ pop3s\.host \}\}\]\(\.\/images\/x\.png\): what the dialog is/,
		);
		expect(output).toMatch(
			/content\/mail\/clients\/windows-live-mail\.md:7: image ".*" has no alt text\n\s+→ describe the picture between the brackets, e\.g\. !\[受信サーバーの設定画面。ホスト名に \{\{ pop3s\.host \}\} が入っている\]\(\.\/images\/x\.png\): what/,
		);
	};

	it('in the build output', () => {
		const { status, output } = project.build();
		expect(status).not.toBe(0);
		expectIntact(output);
	});

	it('in the output of astro check', () => {
		const { status, output } = project.check();
		expect(status).not.toBe(0);
		expectIntact(output);
	});
});
