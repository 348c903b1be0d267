// The supported-mailers table promises only what exists (issue 22): each "example" link of the
// three tables on /mail/mailers/ (both editions) leads to a section of a page that shows that
// client's settings for that method, as a field table or a whole file, or links to the file; and
// every such file exists. Read from the built pages (dist/).
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const page = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

/** The HTML of the section an anchor names: from its heading to the next heading of the same or a higher level. */
function section(html: string, anchor: string): string {
	const start = html.search(new RegExp(`<h([23])[^>]* id="${anchor}"`));
	expect(start, `#${anchor}`).toBeGreaterThan(-1);
	const level = Number(html[start + 2]);
	const rest = html.slice(start + 1);
	const end = rest.search(new RegExp(`<h[2-${level}][ >]`));
	return end === -1 ? rest : rest.slice(0, end);
}

for (const edition of ['', '/en']) {
	test(`every example the mailers table promises is on the page it names${edition && ' (English)'}`, () => {
		const html = page(`${edition}/mail/mailers/`);
		const links = [...html.matchAll(/<a href="([^"]+)" data-client="([^"]+)" data-method="([^"]+)">/g)];
		expect(links.length).toBeGreaterThan(40);
		const promised = new Set<string>();
		for (const [, href, client, method] of links) {
			promised.add(`${client} ${method}`);
			const [path, anchor] = href!.split('#');
			expect(path!.startsWith(`${edition}/`), href).toBe(true);
			const shown = anchor ? section(page(path!), anchor) : page(path!);
			const table = new RegExp(`<figure class="kit-fields" data-client="${client}" data-method="${method}">`);
			// A file: a whole config block (its download link) or a link to it; mutt's combined files count for both methods.
			const file = new RegExp(`href="(${edition}/downloads/${client}-(?:${method}|[a-z0-9]+-${method}|${method}-[a-z0-9]+)/[^"]+)"`);
			const found = table.test(shown) || file.test(shown);
			expect(found, `${client} ${method}: ${href}`).toBe(true);
			const f = file.exec(shown);
			if (f) expect(existsSync(`dist${f[1]}`), `${f[1]} exists`).toBe(true);
		}
		// The examples the issue found promised but missing are now shown, and Thunderbird's APOP over SSL is listed.
		for (const example of ['getmail apops', 'stunnel apops', 'thunderbird apops', 'fetchmail apops']) expect(promised).toContain(example);
	});
}
