// The Astro content loader for the manual: reads content/**/*.md, renders them with our markdown-it
// renderer (not Astro's Markdown engine), fails the build with every problem at file:line, and
// re-syncs in the dev server when a file, the settings or the renderer changes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { renderSite, type SourceFile } from '../content/site.ts';
import { HTML_FILE, htmlIdKey, writeHtmlFile } from '../content/html-file.ts';
import { RENDER_CACHE_FILE, readRenderCache, writeRenderCache } from '../content/render-cache.ts';
import type { RenderOutput } from '../content/site.ts';
import { formatProblems } from '../markdown/env.ts';
import { createMarkdownRenderer, rendererFingerprint } from '../markdown/renderer.ts';
import { getHighlighter } from '../markdown/highlighter.ts';
import { loadSettings, DEFAULT_SETTINGS_PATH, SettingsError } from '../settings/load.ts';
import { generatedFiles } from '../site/files.ts';
import { IMAGE_EXTENSIONS } from '../markdown/plugins/gallery.ts';

export interface ManualLoaderOptions {
	/** Folder of Markdown pages, relative to the project root. */
	dir?: string;
	/** The settings file, relative to the project root. */
	settings?: string;
}

/** Every Markdown file under dir, as project-relative paths with forward slashes. */
function listMarkdown(root: string, dir: string): string[] {
	return (readdirSync(join(root, dir), { recursive: true }) as string[])
		.filter((f) => f.endsWith('.md'))
		.map((f) => `${dir}/${f.split(sep).join('/')}`)
		.sort();
}

const IMAGE = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** Every image file under dir (the gallery plugin checks references against it without I/O). */
function listImages(root: string, dir: string): Set<string> {
	return new Set(
		(readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => IMAGE.test(f)).map((f) => `${dir}/${f.split(sep).join('/')}`),
	);
}

/** Error thrown when content has problems; the message lists all of them. */
export class ContentError extends AstroError {
	constructor(message: string, hint: string) {
		super(message, hint);
		this.name = 'ContentError';
		// The stack would point at this loader, not at the content: the message has the locations.
		this.stack = '';
	}
}

/** The content loader (see file header). */
export function manualLoader(options: ManualLoaderOptions = {}): Loader {
	const dir = options.dir ?? 'content';
	const settingsFile = options.settings ?? DEFAULT_SETTINGS_PATH;
	return {
		name: 'kit-manual',
		async load(context: LoaderContext) {
			const root = context.config.root.pathname;
			// Bodies rendered by the previous build (or the dev server's previous sync): pages whose
			// source and inputs are unchanged are not rendered again (src/content/site.ts).
			const cacheFile = fileURLToPath(new URL(RENDER_CACHE_FILE, context.config.cacheDir));
			let previous: Map<string, RenderOutput> | undefined;
			const sync = async () => {
				const settings = loadSettings(settingsFile, root);
				const files: SourceFile[] = listMarkdown(root, dir).map((file) => ({ file, source: readFileSync(join(root, file), 'utf8') }));
				const highlighter = await getHighlighter();
				const imageFiles = listImages(root, dir);
				previous ??= readRenderCache(cacheFile);
				// What every page depends on besides its own source: the renderer's code and packages, and the settings.
				const inputs = createHash('sha256').update(rendererFingerprint()).update(JSON.stringify(settings)).digest('hex');
				const renderSalt = createHash('sha256').update(inputs).update([...imageFiles].sort().join('\n')).digest('hex');
				const { pages, problems, used, rendered } = renderSite(files, {
					renderer: (summaries, locale) => createMarkdownRenderer({ settings, highlighter, pages: summaries, locale, imageFiles }),
					files: new Set([...generatedFiles(settings).map((f) => f.path), ...publicFiles(root)]),
					cache: { salt: renderSalt, entries: previous },
				});
				previous = used;
				if (rendered > 0 || !existsSync(cacheFile)) writeRenderCache(cacheFile, used);
				if (problems.length) {
					throw new ContentError(
						`The manual has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:\n${formatProblems(problems)}`,
						'Fix each file:line above (docs/maintainers.md explains the syntax), then build again.',
					);
				}
				// Salt every digest with those inputs and every page's front matter, so any of them changes every entry.
				const salt = createHash('sha256').update(inputs).update(JSON.stringify(pages.map((p) => p.data))).digest('hex');
				// The HTML goes to a file of its own (src/content/html-file.ts), written before the store
				// changes so that a page re-rendered because of the change finds it.
				const htmlFile = fileURLToPath(new URL(HTML_FILE, context.config.cacheDir));
				const entries = pages.map((page) => ({ page, id: page.id || 'index', digest: context.generateDigest(`${salt}\n${page.id}\n${page.html}`) }));
				// Each page's HTML under its digest (the build reads it so: one consistent snapshot) and
				// under its id, which the dev server reads: after a save the page shows the new text even
				// when Astro's dev server still hands it the store entry from before the save (seen with
				// requests arriving while the store reloads; src/pages/[...slug].astro).
				writeHtmlFile(htmlFile, new Map(entries.map(({ page, digest }) => [digest, page.html])), new Map(entries.map(({ id, digest }) => [htmlIdKey(id), digest])));
				context.store.clear();
				for (const { page, id, digest } of entries) {
					const data = await context.parseData({ id, data: { ...page.data, url: page.url, locale: page.locale, fallback: page.fallback ?? false } });
					context.store.set({
						id,
						data,
						// No `body` and no HTML: the store is serialised, bundled and parsed again on every
						// build; the pages read their HTML from htmlFile (by digest, or by id in dev).
						filePath: page.file,
						digest,
						rendered: { html: '', metadata: { headings: page.headings, frontmatter: page.data, imagePaths: [], images: page.images, htmlFile } },
					});
				}
				context.logger.info(`rendered ${pages.length} pages (${rendered} bodies rendered, ${used.size - rendered} unchanged since the last build)`);
			};
			const safeSync = async () => {
				try {
					await sync();
				} catch (e) {
					if (e instanceof ContentError || e instanceof SettingsError) context.logger.error(`${e.message}${e instanceof ContentError ? `\n  ${e.hint}` : ''}`);
					else throw e;
				}
			};
			if (!context.watcher) return sync();
			// Dev server: report problems without stopping, and re-sync on any content or settings change.
			// One sync at a time: two overlapping syncs (one save often fires two events) would write the
			// HTML file and the store in interleaved order, leaving a store entry whose HTML the file no
			// longer has. A change during a sync queues exactly one more sync after it.
			let running: Promise<void> | undefined;
			let again = false;
			const resync = (): Promise<void> => {
				if (running) {
					again = true;
					return running;
				}
				running = (async () => {
					do {
						again = false;
						await safeSync();
					} while (again);
				})().finally(() => (running = undefined));
				return running;
			};
			await resync();
			context.watcher.add(join(root, dir));
			const onChange = (path: string) => {
				const rel = relative(root, path).split(sep).join('/');
				if (rel.startsWith(`${dir}/`) && (rel.endsWith('.md') || rel === settingsFile || IMAGE.test(rel))) void resync();
			};
			context.watcher.on('change', onChange);
			context.watcher.on('add', onChange);
			context.watcher.on('unlink', onChange);
		},
	};
}

/** Site paths of files in public/ (links to them are valid). */
function publicFiles(root: string): string[] {
	try {
		return (readdirSync(join(root, 'public'), { recursive: true }) as string[]).map((f) => `/${f.split(sep).join('/')}`);
	} catch {
		return [];
	}
}
