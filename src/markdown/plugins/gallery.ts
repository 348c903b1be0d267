// Gallery: a paragraph made only of images becomes a figure (one image) or a gallery (several, one
// per line), each image's title its caption. Works inside list items (steps) by indentation alone.
// Local images only: the page swaps each marker for an optimised picture (src/site/images.ts).
// Runs as a core rule pushed after placeholders (alt and titles already expanded); needs the set of
// image files, collected before rendering, so rules do no I/O.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { report, lineOf, type ImageRef, type MarkdownEnv } from '../env.ts';
import { nearest } from '../../util/nearest.ts';
import { childMap, eachBlock, envOf } from './shared.ts';
import { escapeHtml as esc } from '../../util/escape.ts';
import { safeDecodeURI } from '../../util/uri.ts';
import { strings, type Locale } from '../../i18n/index.ts';
import { marksLegendHtml } from '../marks.ts';

export interface GalleryOptions {
	/** Every image file that exists, as project-relative paths (e.g. content/mail/images/a.png). */
	files: ReadonlySet<string>;
	/** The pages' language: the examples in the hints are written in it. */
	locale: Locale;
}

/** The examples the hints give, in the page's language (a maintainer copies them into the page). */
const EXAMPLES: Record<Locale, { alt: string; caption: string }> = {
	ja: {
		alt: '![受信サーバーの設定画面。ホスト名に {{ pop3s.host }} が入っている](./images/x.png)',
		caption: '![代替テキスト](./images/x.png "キャプション")',
	},
	en: {
		alt: '![The incoming server settings. The host name is {{ pop3s.host }}](./images/x.png)',
		caption: '![alt text](./images/x.png "Caption")',
	},
};

/** What this plugin stores on kit_gallery tokens' meta. */
export interface GalleryMeta {
	/** The images, in order; `gallery` is true when there are several. */
	images: ImageRef[];
	gallery: boolean;
}

/** File extensions the image pipeline optimises. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'] as const;
/** A file name or path ending in one of IMAGE_EXTENSIONS (any case): the one test, here and in the loader. */
export const IMAGE_FILE = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** The marker the renderer writes for the page's n-th image (an HTML comment only the renderer can produce). */
export const imageMarker = (n: number): string => `<!--kit-image:${n}-->`;

/** Resolve `src` (relative to the Markdown file `file`) to a project-relative path; null if it leaves the project. */
export function resolveImage(file: string, src: string): string | null {
	const path = src.replace(/[?#].*$/, '');
	const url = new URL(safeDecodeURI(path, decodeURIComponent), `https://site.invalid/${file}`);
	const resolved = decodeURIComponent(url.pathname).slice(1);
	return resolved.startsWith('content/') ? resolved : null;
}

/** The Japanese edition's file for an English edition's path (content/en/x → content/x); undefined for any other path. */
export function japaneseCounterpart(path: string): string | undefined {
	return path.startsWith('content/en/') ? `content/${path.slice('content/en/'.length)}` : undefined;
}

/** Turn image-only paragraphs into figures and galleries; report images that cannot be shown. */
export function galleryPlugin(md: MarkdownIt, options: GalleryOptions): void {
	md.core.ruler.push('kit_gallery', (state) => {
		const env = envOf(state);
		const out: Token[] = [];
		const tokens = state.tokens;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			const inline = tokens[i + 1];
			if (token.type === 'paragraph_open' && inline?.type === 'inline' && tokens[i + 2]?.type === 'paragraph_close' && onlyImages(inline)) {
				out.push(galleryToken(state, env, inline, token));
				i += 2;
				continue;
			}
			out.push(token);
		}
		state.tokens = out;
		// Images left inside running text cannot get a caption or a lightbox: say where to put them.
		eachBlock(state.tokens, (token, _i, map) => {
			if (token.type !== 'inline' || !token.children) return;
			token.children.forEach((child, n, children) => {
				if (child.type === 'image')
					report(
						env,
						childMap(map, children, n),
						`image "${child.attrGet('src')}" is inside running text`,
						'put the image on a line of its own, with a blank line before and after (several images, one per line, make a gallery)',
					);
			});
		});
	});

	// Build the kit_gallery token for an image-only paragraph, checking each image.
	function galleryToken(state: StateCore, env: MarkdownEnv, inline: Token, open: Token): Token {
		const children = inline.children!;
		const images = children.filter((c) => c.type === 'image');
		const gallery = images.length > 1;
		const refs: ImageRef[] = [];
		children.forEach((child, n) => {
			if (child.type !== 'image') return;
			const at = childMap(inline.map, children, n);
			const ref = checkImage(env, child, at, gallery);
			if (ref) refs.push(ref);
		});
		const token = new state.Token('kit_gallery', 'figure', 0);
		token.block = true;
		token.map = open.map;
		token.level = open.level;
		token.hidden = false;
		token.meta = { images: refs, gallery } satisfies GalleryMeta;
		return token;
	}

	// Check one image; record it in env.images and return its ref, or report why it cannot be shown.
	function checkImage(env: MarkdownEnv, image: Token, at: [number, number] | null, inGallery: boolean): ImageRef | null {
		const src = String(image.attrGet('src') ?? '');
		const alt = md.renderer.renderInlineAsText(image.children ?? [], md.options, env as unknown as Record<string, unknown>).trim();
		const caption = String(image.attrGet('title') ?? '').trim();
		// markdown-it percent-encodes image addresses; errors show them as written.
		const written = safeDecodeURI(src);
		let ok = true;
		if (!alt) {
			ok = false;
			report(
				env,
				at,
				`image "${written}" has no alt text`,
				`describe the picture between the brackets, e.g. ${EXAMPLES[options.locale].alt}: what the dialog is and the values it shows`,
			);
		}
		if (inGallery && !caption) {
			ok = false;
			report(
				env,
				at,
				`gallery image "${written}" has no caption`,
				`write the caption as the image title in quotes after the file: ${EXAMPLES[options.locale].caption}`,
			);
		}
		if (written === '' || /^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('//') || written.startsWith('/')) {
			report(
				env,
				at,
				`image "${written}" is not a file next to the page`,
				'put the image beside the Markdown file (e.g. in ./images/) and write its relative path, e.g. ./images/x.png',
			);
			return null;
		}
		const resolved = resolveImage(env.file, written);
		// An English page may use the Japanese page's picture by the same path (./images/x.png):
		// its own picture beside it, if there is one, else the Japanese edition's.
		const japanese = resolved ? japaneseCounterpart(resolved) : undefined;
		const path = resolved && !options.files.has(resolved) && japanese && options.files.has(japanese) ? japanese : resolved;
		if (!path) {
			report(env, at, `image "${written}" is outside content/`, 'keep images in content/, beside the pages that show them');
			return null;
		}
		if (!IMAGE_FILE.test(path)) {
			report(env, at, `image "${written}" is not a PNG, JPEG or WebP file`, `convert it to one of: ${IMAGE_EXTENSIONS.join(', ')}`);
			return null;
		}
		if (!options.files.has(path)) {
			const name = path.slice(path.lastIndexOf('/') + 1);
			const siblings = [path, ...(japanese ? [japanese] : [])].flatMap((p) => {
				const dir = p.slice(0, p.lastIndexOf('/') + 1);
				return [...options.files].filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/')).map((f) => f.slice(dir.length));
			});
			const near = nearest(name, siblings, 1);
			const both = japanese ? ` (nor the Japanese edition's ${japanese})` : '';
			report(
				env,
				at,
				`image file not found: ${path}${both}`,
				near.length
					? `did you mean "${near[0]}"? (paths are relative to this Markdown file)`
					: "check the path: it is relative to this Markdown file, and an English page may use the Japanese page's path (./images/x.png). A picture made by `npm run screenshots` is listed in its manifest.json; any other picture is your own to copy there",
			);
			return null;
		}
		if (!ok) return null;
		const ref: ImageRef = { src: written, line: lineOf(env, at), path, alt, caption, inGallery, marker: imageMarker(env.images.length) };
		env.images.push(ref);
		return ref;
	}

	const marksLabel = strings(options.locale).marksLabel;
	md.renderer.rules['kit_gallery'] = (tokens, idx) => {
		const { images, gallery } = tokens[idx]!.meta as unknown as GalleryMeta;
		// The caption, then the list of marks drawn over the picture (their meaning, for everyone).
		const figure = (ref: ImageRef) => {
			const legend = ref.marks ? marksLegendHtml(ref.marks, marksLabel) : '';
			const caption = ref.caption || legend ? `<figcaption>${esc(ref.caption)}${legend}</figcaption>\n` : '';
			return `<figure class="kit-figure${ref.marks ? ' kit-figure--marked' : ''}">\n${ref.marker}\n${caption}</figure>\n`;
		};
		if (!gallery) return images.map(figure).join('');
		return `<ul class="kit-gallery" role="list">\n${images.map((r) => `<li>${figure(r)}</li>\n`).join('')}</ul>\n`;
	};
}

// True when an inline token holds images and nothing but whitespace and line breaks between them.
function onlyImages(inline: Token): boolean {
	const children = inline.children ?? [];
	return (
		children.some((c) => c.type === 'image') &&
		children.every(
			(c) => c.type === 'image' || c.type === 'softbreak' || c.type === 'hardbreak' || (c.type === 'text' && c.content.trim() === ''),
		)
	);
}
