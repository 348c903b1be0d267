// The examples a page shows, read before rendering (src/content/examples.ts): config blocks (mutt's
// pairs count for both methods, msmtp's pairing for mutt only), lists of files, links to generated
// files, each with the section it is in; nothing inside another code block.
import { describe, expect, it } from 'vitest';
import { examplesOf } from '../../../src/content/examples.ts';

const short = (body: string) => examplesOf(body).map((e) => `${e.client} ${e.method} ${e.anchor ?? '-'} ${e.kind}`);

describe('examplesOf', () => {
	it('finds config blocks, lists of files and file links, each in its section', () => {
		const body = [
			'```config thunderbird pop3s',
			'```',
			'## 受信 {#receive}',
			'```config fetchmail apops',
			'```',
			'### mutt {#mutt}',
			'   ```config mutt pop3s submission',
			'   ```',
			'```config mutt apops msmtp',
			'```',
			'| [muttrc](/downloads/mutt-apop-submissions/muttrc.txt) | [x](/en/downloads/getmail-apops/getmailrc.txt) |',
			'## 見出しだけ',
			'::: config-files stunnel apops pop3s',
			':::',
		].join('\n');
		expect(short(body)).toEqual([
			'thunderbird pop3s - block',
			'fetchmail apops receive block',
			'mutt pop3s mutt block',
			'mutt submission mutt block',
			'mutt apops mutt block',
			'mutt apop mutt file',
			'mutt submissions mutt file',
			'getmail apops mutt file',
			// Under a heading without an {#id}, the list is linked to its page.
			'stunnel apops - file',
			'stunnel pop3s - file',
		]);
	});

	it('ignores what is inside another code block', () => {
		const body = ['````md', '```config thunderbird pop3s', '```', '::: config-files getmail apops', '````', '```text', '## x {#x}', '```'].join('\n');
		expect(short(body)).toEqual([]);
	});
});
