// The guide's generated parts (docs/maintainers.md, `<!-- generated: … -->`) say what the code and
// the pages say: the clients with a generator and the sidebar's order. `npm run guide` rewrites them.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE, fillGuide, guideParts } from '../../../src/docs/guide.ts';
import { clientIds } from '../../../src/clients/index.ts';

describe('the maintainers guide', () => {
	it('has its generated parts as the code and the pages make them now (else: npm run guide)', () => {
		const { parts, problems } = guideParts();
		expect(problems).toEqual([]);
		const text = readFileSync(GUIDE, 'utf8');
		const filled = fillGuide(text, parts);
		expect(filled.unknown).toEqual([]);
		expect(filled.missing).toEqual([]);
		expect(text, `${GUIDE} is stale: run npm run guide`).toBe(filled.text);
	});

	it('lists every client id and the whole sidebar', () => {
		const { parts } = guideParts();
		for (const id of clientIds) expect(parts['clients']).toContain(`| \`${id}\` |`);
		expect(parts['sidebar']).toContain('| 　　`/mail/clients/outlook-express/` Outlook Express（POP3 over SSL） | 110 | 2004 年 |');
	});

	it('follows a new page: its place, order and era', () => {
		const root = mkdtempSync(join(tmpdir(), 'kit-guide-'));
		try {
			const page = (file: string, fm: string) => {
				mkdirSync(join(root, file, '..'), { recursive: true });
				writeFileSync(join(root, file), `---\n${fm}\n---\n`);
			};
			page('content/index.md', 'title: Home\ndescription: d\norder: 0');
			page('content/mail/index.md', 'title: Mail\ndescription: d\norder: 10');
			page('content/mail/b.md', 'title: B\ndescription: d\norder: 20');
			page('content/mail/a.md', 'title: A page\nsidebarLabel: A\ndescription: d\norder: 15\nhistorical: 2012');
			page('content/en/mail/a.md', 'title: English\ndescription: d\norder: 1');
			page('content/mail/broken.md', 'title: [');
			const { parts, problems } = guideParts(root);
			expect(parts['sidebar']!.split('\n').slice(2)).toEqual([
				'| `/` Home | 0 |  |',
				'| `/mail/` Mail (節) | 10 |  |',
				'| 　`/mail/a/` A | 15 | 2012 年 |',
				'| 　`/mail/b/` B | 20 |  |',
			]);
			expect(problems).toEqual([expect.stringMatching(/^content\/mail\/broken\.md:2: /)]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('names a marker no part fills and a part no marker holds', () => {
		const text =
			'<!-- generated: clients (npm run guide) -->\nold\n<!-- /generated -->\n<!-- generated: sidebars -->\n<!-- /generated -->\n';
		const filled = fillGuide(text, { clients: 'NEW', sidebar: 'S' });
		expect(filled.text.startsWith('<!-- generated: clients (npm run guide) -->\n\nNEW\n\n<!-- /generated -->\n')).toBe(true);
		expect(filled.unknown).toEqual(['sidebars']);
		expect(filled.missing).toEqual(['sidebar']);
	});
});
