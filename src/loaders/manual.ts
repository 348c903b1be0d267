// The Astro content loader for the manual: reads content/**/*.md, renders them with our markdown-it
// renderer (not Astro's Markdown engine), fails the build with every problem at file:line, and
// re-syncs in the dev server when a file, the settings or the renderer changes. Every input is
// checked before anything is published: text files are UTF-8, the settings and front matter valid,
// every link and placeholder resolves, every image decodes completely (./content/image-check.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderSite, type SourceFile } from '../content/site.ts';
import {
	HTML_FILE,
	NOTICES_FILE,
	RENDER_CACHE_FILE,
	bodySalt,
	digestSalt,
	readRenderCache,
	rendererFingerprint,
	sharedInputs,
	storeDigestInput,
	writeHtmlFile,
	writeNoticesFile,
	writeRenderCache,
	type RenderOutput,
	type StoredMetadata,
} from '../content/render-cache.ts';
import { ContentError, contentError, setDevProblems } from '../content/report.ts';
import { checkImages, type ImageFault } from '../content/image-check.ts';
import { checkGeneratedPictures } from '../content/generated-pictures.ts';
import { checkMarkSizes } from '../content/marks-check.ts';
import type { Problem } from '../shared/problems.ts';
import { createMarkdownRenderer } from '../markdown/renderer.ts';
import { getHighlighter } from '../markdown/highlighter.ts';
import { loadSettings, DEFAULT_SETTINGS_PATH, SettingsError } from '../settings/load.ts';
import type { Settings } from '../settings/schema.ts';
import { decodeUtf8 } from '../util/utf8.ts';
import { generatedFiles } from '../site/files.ts';
import { IMAGE_FILE } from '../markdown/plugins/gallery.ts';
import { isNoticeFile } from '../content/notices.ts';
import { dueChecks, formatDue, walkthroughs } from '../content/checked.ts';
import { buildDate } from '../util/dates.ts';
import { feedPath } from '../site/feed.ts';
import { locales } from '../i18n/index.ts';

export { ContentError };

export interface ManualLoaderOptions {
	/** Folder of Markdown pages, relative to the project root. */
	dir?: string;
	/** The settings file, relative to the project root. */
	settings?: string;
}

/** Every file under dir whose name matches `pattern`, as project-relative paths with forward slashes. */
function listFiles(root: string, dir: string, pattern: RegExp): string[] {
	return (readdirSync(join(root, dir), { recursive: true }) as string[])
		.filter((f) => pattern.test(f))
		.map((f) => `${dir}/${f.split(sep).join('/')}`)
		.sort();
}

/** Text inputs besides the pages and the settings (data files beside them): checked to be UTF-8. */
const DATA = /\.(ya?ml|json|txt|csv)$/i;

/**
 * Read every Markdown page and data file as UTF-8. A file that is not gives a problem (its first
 * bad byte's line) and is left out; a page left out so is reported as the cause of links to it.
 */
function readTexts(root: string, dir: string, settingsFile: string): { files: SourceFile[]; notices: SourceFile[]; unreadable: Problem[] } {
	const files: SourceFile[] = [];
	const notices: SourceFile[] = [];
	const unreadable: Problem[] = [];
	for (const file of listFiles(root, dir, /\.md$/)) {
		const decoded = decodeUtf8(readFileSync(join(root, file)), file);
		if (decoded.problem) unreadable.push(decoded.problem);
		else (isNoticeFile(file, dir) ? notices : files).push({ file, source: decoded.text });
	}
	for (const file of listFiles(root, dir, DATA)) {
		if (file === settingsFile) continue; // loadSettings checks it
		const decoded = decodeUtf8(readFileSync(join(root, file)), file);
		if (decoded.problem) unreadable.push(decoded.problem);
	}
	return { files, notices, unreadable };
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
			// source and inputs are unchanged are not rendered again (src/content/render-cache.ts says
			// which input renders what again).
			const cacheFile = fileURLToPath(new URL(RENDER_CACHE_FILE, context.config.cacheDir));
			let previous: Map<string, RenderOutput> | undefined;
			// Image checks by content hash (ImageFault, or undefined for a good picture), kept across dev syncs.
			const imageChecks = new Map<string, ImageFault | undefined>();
			const sync = async () => {
				// Every problem of every input at once. Without valid settings no page can be rendered:
				// then the settings' problems and the files that are not UTF-8 are all there is to say.
				let settings: Settings | undefined;
				const settingsProblems: Problem[] = [];
				try {
					settings = loadSettings(settingsFile, root);
				} catch (e) {
					if (!(e instanceof SettingsError)) throw e;
					settingsProblems.push(...e.asProblems);
				}
				const { files, notices: noticeFiles, unreadable } = readTexts(root, dir, settingsFile);
				if (!settings) throw contentError([...settingsProblems, ...unreadable], !!context.watcher);
				const highlighter = await getHighlighter();
				const imageFiles = new Set(listFiles(root, dir, IMAGE_FILE));
				previous ??= readRenderCache(cacheFile);
				// What every page depends on besides its own source: the renderer's code and packages, and the settings.
				const inputs = sharedInputs(rendererFingerprint(root), settings);
				const { pages, notices, problems, used, rendered } = renderSite(files, {
					renderer: (summaries, locale) =>
						createMarkdownRenderer({ settings: settings!, highlighter, pages: summaries, locale, imageFiles }),
					files: new Set([...generatedFiles(settings).map((f) => f.path), ...publicFiles(root), ...locales.map(feedPath)]),
					cache: { salt: bodySalt(inputs, imageFiles), entries: previous },
					unreadable,
					notices: noticeFiles,
				});
				previous = used;
				if (rendered > 0 || !existsSync(cacheFile)) writeRenderCache(cacheFile, used);
				// Every picture the pages use, decoded to its last pixel; a bad one is reported at its use
				// in the Japanese edition first (the English pages use the same files). An English URL
				// showing the Japanese text untranslated uses the same pictures at the same lines: counted once.
				const ordered = [...pages].sort((a, b) => Number(a.locale !== 'ja') - Number(b.locale !== 'ja') || a.file.localeCompare(b.file));
				const uses = new Map(
					ordered.flatMap((p) =>
						p.images.map((i) => [`${p.file}:${i.line}:${i.path}`, { path: i.path, file: p.file, line: i.line }] as const),
					),
				);
				const faulty = new Set<string>();
				problems.push(...(await checkImages([...uses.values()], root, imageChecks, faulty)));
				// A generated picture must still show the settings (content/mail/clients/images/manifest.json).
				problems.push(
					...checkGeneratedPictures(
						[...uses.values()].filter((u) => !faulty.has(u.path)),
						root,
						settings,
					),
				);
				// Marks drawn over a picture must fit its shape (src/markdown/marks.ts).
				const marked = ordered.flatMap((p) =>
					p.images.flatMap((i) => (i.marks && !faulty.has(i.path) ? [{ path: i.path, file: p.file, line: i.line, marks: i.marks }] : [])),
				);
				problems.push(...(await checkMarkSizes(uniqueUses(marked), root)));
				problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
				if (problems.length) throw contentError(problems, !!context.watcher);
				// Salt every digest with those inputs, every page's front matter and the notices (shown on
				// every page they affect), so any of them changes every entry.
				const salt = digestSalt(
					inputs,
					pages.map((p) => p.data),
					notices,
				);
				const entries = pages.map((page) => ({
					page,
					id: page.id || 'index',
					digest: context.generateDigest(storeDigestInput(salt, page)),
				}));
				// Each page's record goes to a file of its own under its id (src/content/render-cache.ts),
				// written before the store changes so that a page rendered because of the change finds it.
				const htmlFile = fileURLToPath(new URL(HTML_FILE, context.config.cacheDir));
				writeHtmlFile(htmlFile, new Map(entries.map(({ page, id }) => [id, page])));
				const noticesFile = fileURLToPath(new URL(NOTICES_FILE, context.config.cacheDir));
				writeNoticesFile(noticesFile, notices);
				const metadata: StoredMetadata = { htmlFile, noticesFile, imagePaths: [] };
				context.store.clear();
				for (const { page, id, digest } of entries) {
					const data = await context.parseData({
						id,
						data: { ...page.data, url: page.url, locale: page.locale, fallback: page.fallback ?? false },
					});
					context.store.set({
						id,
						data,
						// No `body` and no HTML: the store is serialised, bundled and parsed again on every
						// build; the page's view reads its record from htmlFile by id (readPage).
						filePath: page.file,
						digest,
						rendered: { html: '', metadata: { ...metadata } },
					});
				}
				context.logger.info(
					`rendered ${pages.length} pages (${rendered} bodies rendered, ${used.size - rendered} unchanged since the last build) and ${notices.length} notices`,
				);
				// Walkthroughs due for a re-check: a warning, never an error (npm run stale prints the same).
				const today = buildDate();
				const due = dueChecks(walkthroughs(pages), today);
				if (due.length) context.logger.warn(formatDue(due, today));
			};
			// Dev server: a failed sync keeps the last good pages in the store, and every page shows the
			// problems instead (src/middleware.ts) until a sync succeeds. The meta entry changes the data
			// store, whose write makes Astro reload the open page: it shows the problems, and after the
			// next good save the page again, without a restart.
			// The same problems again (one save often fires two events) are not printed in full twice.
			let shown: string | undefined;
			const safeSync = async () => {
				try {
					await sync();
					setDevProblems([], root);
					context.meta.delete('problems');
					shown = undefined;
				} catch (e) {
					if (!(e instanceof ContentError)) throw e;
					setDevProblems(e.problems, root);
					context.meta.set('problems', createHash('sha256').update(e.message).digest('hex'));
					context.logger.error(e.message === shown ? 'the same problems as above, not fixed yet' : `${e.message}\n  ${e.hint}`);
					shown = e.message;
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
				if (rel.startsWith(`${dir}/`) && (rel.endsWith('.md') || DATA.test(rel) || IMAGE_FILE.test(rel))) void resync();
			};
			context.watcher.on('change', onChange);
			context.watcher.on('add', onChange);
			context.watcher.on('unlink', onChange);
		},
	};
}

/** Uses of pictures, once per page line (an English URL showing the Japanese page repeats its lines). */
function uniqueUses<T extends { file: string; line: number }>(uses: T[]): T[] {
	return [...new Map(uses.map((u) => [`${u.file}:${u.line}`, u])).values()];
}

/** Site paths of files in public/ (links to them are valid). */
function publicFiles(root: string): string[] {
	try {
		return (readdirSync(join(root, 'public'), { recursive: true }) as string[]).map((f) => `/${f.split(sep).join('/')}`);
	} catch {
		return [];
	}
}
