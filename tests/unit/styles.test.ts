// The stylesheet's shape (src/styles/): one file per layer or component, imported in one declared
// order, each layer opened once, the layer order declared once. A file that opens a layer itself, a
// second import into the same layer, a file nothing imports or a second order statement fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src/styles');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.css'))
	.map((f) => f.split('\\').join('/'))
	.sort();
const text = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')]));
const imports = (file: string) =>
	[...text.get(file)!.matchAll(/@import\s+'([^']+)'\s*(?:layer\(([^)]+)\))?\s*;/g)].map(([, path, layer]) => ({
		file: posix.normalize(posix.join(posix.dirname(file), path!)),
		layer,
	}));
const imported = new Set(files.flatMap((f) => imports(f).map((i) => i.file)));
// The stylesheets the site loads (Base.astro, Search.astro, Lightbox.astro): the files no other file imports.
const entries = files.filter((f) => !imported.has(f));

describe('src/styles', () => {
	it('has the three entry stylesheets the components import', () => {
		expect(entries).toEqual(['gallery.css', 'global.css', 'search.css']);
	});

	it('declares the layer order once, in layers.css, which every entry imports first', () => {
		const statements = files.flatMap((f) => [...text.get(f)!.matchAll(/@layer\s+[^{;]+;/g)].map((m) => `${f}: ${m[0]}`));
		expect(statements).toEqual(['layers.css: @layer kit.base, kit.layout, kit.content, kit.components;']);
		for (const entry of entries) expect(imports(entry)[0], entry).toEqual({ file: 'layers.css', layer: undefined });
	});

	it('opens no layer inside a file: the import line names it', () => {
		const blocks = files.filter((f) => /@layer\s+[^{;]*\{/.test(text.get(f)!));
		expect(blocks).toEqual([]);
	});

	it('imports into each layer once per entry, and only from an entry', () => {
		for (const entry of entries) {
			const layers = imports(entry).flatMap((i) => (i.layer ? [i.layer] : []));
			expect(layers, entry).toEqual([...new Set(layers)]);
		}
		const nested = files.filter((f) => !entries.includes(f) && imports(f).some((i) => i.layer));
		expect(nested).toEqual([]);
	});

	it('imports every file exactly once (layers.css once per entry)', () => {
		const count = new Map<string, number>();
		for (const f of files) for (const i of imports(f)) count.set(i.file, (count.get(i.file) ?? 0) + 1);
		const wrong = files
			.filter((f) => !entries.includes(f))
			.filter((f) => count.get(f) !== (f === 'layers.css' ? entries.length : 1))
			.map((f) => `${f}: imported ${count.get(f) ?? 0} times`);
		expect(wrong).toEqual([]);
		expect([...count.keys()].filter((f) => !files.includes(f)).map((f) => relative(root, join(root, f)))).toEqual([]);
	});
});
