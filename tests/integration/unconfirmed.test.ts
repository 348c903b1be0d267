// "Unconfirmed" is a property of a value: flip one assumption in a copy of the settings and the
// 要確認 mark appears or disappears wherever that value is shown — prose, tables, inline code,
// image alt text, field tables, config snippets, downloads, autoconfig and the Apple profile.
// On a page the mark is said once per section (src/markdown/plugins/unconfirmedOnce.ts): a section
// that shows the value carries its mark once, however often it repeats the value there.
// The whole manual (both editions) is rendered as the build renders it (renderSite with the site's
// renderer); the test reads markdown-it's tokens and the generated files, not HTML.
import { readdirSync, readFileSync } from 'node:fs';
import type { Token } from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSite, type SourceFile } from '../../src/content/site.ts';
import { createMarkdownRenderer } from '../../src/markdown/renderer.ts';
import { getHighlighter, type Highlighter } from '../../src/markdown/highlighter.ts';
import { parseSettings } from '../../src/settings/load.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { fieldLabel, fieldValue, type Snippet } from '../../src/clients/index.ts';
import { generatedFiles } from '../../src/site/files.ts';
import { ja } from '../../src/i18n/ja.ts';
import { en } from '../../src/i18n/en.ts';
import { locales } from '../../src/i18n/index.ts';
import { isNoticeFile } from '../../src/content/notices.ts';
import { feedPath } from '../../src/site/feed.ts';

// A port no other setting or page uses, so every place it shows is the submission port.
const SENTINEL = '58787';
const real = parseSettings(readFileSync('content/settings.yaml', 'utf8'));

/** The real settings with the submission port set to SENTINEL, its assumption kept or removed. */
function flipped(assumed: boolean): Settings {
	const s = structuredClone(real);
	s.outgoing.submission.port = Number(SENTINEL);
	if (assumed) s.outgoing.submission.assumptions = { port: { ja: 'test: not confirmed', en: 'test: not confirmed' } };
	else delete s.outgoing.submission.assumptions;
	return s;
}

const markdown: SourceFile[] = (readdirSync('content', { recursive: true }) as string[])
	.filter((f) => f.endsWith('.md'))
	.map((f) => `content/${f}`)
	.map((file) => ({ file, source: readFileSync(file, 'utf8') }));
// The notices are read apart from the pages, as the loader does (src/loaders/manual.ts).
const files = markdown.filter((f) => !isNoticeFile(f.file));
const notices = markdown.filter((f) => isNoticeFile(f.file));
const images = new Set(
	(readdirSync('content', { recursive: true }) as string[]).filter((f) => /\.(png|jpe?g|webp)$/.test(f)).map((f) => `content/${f}`),
);

interface Seen {
	/** Places the sentinel was shown, with whether the mark went with it: "file §section: what, what …" for a page, the path for a file. */
	marked: string[];
	unmarked: string[];
	/** Every problem the render reported. */
	problems: string[];
	/** The marks each section of each page renders, by what they mark ("file §section: key"), more than once. */
	repeated: string[];
}

// Render the whole manual with `settings`, recording each page's tokens.
function look(settings: Settings, highlighter: Highlighter): Seen {
	const seen: Seen = { marked: [], unmarked: [], problems: [], repeated: [] };
	// A page's place is its section: marked when any occurrence there carries the mark.
	const places = new Map<string, { ok: boolean; what: Set<string> }>();
	const counts = new Map<string, number>();
	const note = (ok: boolean, where: string, section?: string) => {
		if (section === undefined) {
			(ok ? seen.marked : seen.unmarked).push(where);
			return;
		}
		const place = places.get(section) ?? { ok: false, what: new Set<string>() };
		place.ok ||= ok;
		place.what.add(where);
		places.set(section, place);
	};
	const count = (section: string, key: string) => counts.set(`${section}: ${key}`, (counts.get(`${section}: ${key}`) ?? 0) + 1);
	const words = (locale: string) => (locale === 'en' ? en : ja);
	const { problems } = renderSite(files, {
		files: new Set([...generatedFiles(settings).map((f) => f.path), ...locales.map(feedPath)]),
		notices,
		renderer: (pages, locale) => {
			const md = createMarkdownRenderer({ settings, highlighter, pages, locale, imageFiles: images });
			const parse = md.parse.bind(md);
			md.parse = (src, env) => {
				const tokens = parse(src, env);
				const file = (env as { file: string }).file;
				let heading = 0;
				const walk = (list: Token[]) =>
					list.forEach((t, i) => {
						const next = list[i + 1];
						if (t.type === 'heading_open' && (t.tag === 'h2' || t.tag === 'h3')) heading++;
						const section = `${file} §${heading}`;
						const rendered = (m: Token | undefined) => m?.type === 'kit_unconfirmed' && !(m.meta as { repeated?: boolean }).repeated;
						if (t.type === 'kit_unconfirmed' && rendered(t)) for (const key of (t.meta as { keys: string[] }).keys) count(section, key);
						// The mark splits the text right after its value, so a marked value ends its token.
						// Without marks, neighbouring text stays one token: count each occurrence.
						if (t.type === 'text' || t.type === 'code_inline') {
							const n = t.content.split(SENTINEL).length - 1;
							for (let k = 0; k < n; k++) note(n === 1 && t.content.endsWith(SENTINEL) && rendered(next), `${t.type}`, section);
						}
						if (t.type === 'image') {
							const alt = (t.children ?? []).map((c) => c.content).join('');
							if (alt.includes(SENTINEL)) note(alt.includes(`${SENTINEL}${words(locale).unconfirmedInText}`), `alt text`, section);
						}
						if (t.type === 'kit_gallery') {
							for (const image of (t.meta as { images: { alt: string; caption: string }[] }).images) {
								for (const [what, text] of [
									['alt text', image.alt],
									['caption', image.caption],
								] as const) {
									if (text.includes(SENTINEL)) note(text.includes(`${SENTINEL}${words(locale).unconfirmedInText}`), what, section);
								}
							}
						}
						if (t.type === 'kit_snippet') {
							const meta = t.meta as { snippet?: Snippet; markedBefore?: ReadonlySet<string> } | null;
							const s = meta?.snippet;
							if (s?.kind === 'fields') {
								// The table marks a row's value unless the section marked it before (or an earlier row did).
								const marked = new Set(meta?.markedBefore);
								for (const r of s.rows) {
									const shown = fieldValue(r, words(locale));
									const label = fieldLabel(r, words(locale));
									const key = r.unconfirmedKey;
									const markedHere = key !== undefined && !marked.has(key);
									if (markedHere) {
										marked.add(key);
										count(section, key);
									}
									if (typeof shown === 'string' && shown.includes(SENTINEL))
										note(markedHere, `${s.title} ${typeof label === 'string' ? label : `${label.ja} (${label.gloss})`}`, section);
								}
							}
							if (s?.kind === 'file' && s.text.includes(SENTINEL))
								note(
									s.text.includes(`${words(locale).unconfirmed}: `) && s.text.includes(`${words(locale).fieldPort} ${SENTINEL}`),
									`${s.client} ${s.method} file`,
									section,
								);
						}
						if (t.type === 'kit_table' && (t.meta as { kind: string }).kind === 'settings-table') {
							const html = md.renderer.render([t], md.options, env);
							note(
								html.split(`<code>${SENTINEL}</code>`).length === 2 && html.includes(`<code>${SENTINEL}</code> <a class="kit-unconfirmed"`),
								`settings table`,
								section,
							);
						}
						if (t.type === 'inline' && t.children) walk(t.children);
					});
				walk(tokens);
				return tokens;
			};
			return md;
		},
	});
	seen.problems = problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
	for (const [section, place] of places) (place.ok ? seen.marked : seen.unmarked).push(`${section}: ${[...place.what].sort().join(', ')}`);
	seen.repeated = [...counts].filter(([, n]) => n > 1).map(([k, n]) => `${k} (${n} marks)`);
	for (const f of generatedFiles(settings)) {
		// English downloads (and the English profile) under /en/ carry the English mark; the rest the Japanese one.
		const w = f.path.startsWith('/en/') ? en : ja;
		if (f.body.includes(SENTINEL))
			note(f.body.includes(`${w.unconfirmed}: `) && f.body.includes(`${w.fieldPort} ${SENTINEL}`), `${f.path}`);
	}
	return seen;
}

describe('the 要確認 mark follows the settings (flip one assumption)', () => {
	let highlighter: Highlighter;
	beforeAll(async () => {
		highlighter = await getHighlighter();
	});

	it('with the assumption: every place the value is shown carries the mark', () => {
		const seen = look(flipped(true), highlighter);
		expect(seen.problems).toEqual([]);
		expect(seen.unmarked).toEqual([]);
		// Prose, tables, alt text, field tables, files, downloads, autoconfig, profile: many places.
		expect(seen.marked.length).toBeGreaterThan(40);
		for (const where of [
			'content/mail/smtp-auth.md §',
			'alt text',
			'settings table',
			'Thunderbird: 送信 (SMTP) サーバー ポート番号',
			'msmtp submission file',
			'/mail/config-v1.1.xml',
			'/mail/kyutech-club-mail.mobileconfig',
			'/downloads/mutt-pop3s-submission/muttrc.txt',
			'content/en/mail/smtp-auth.md §',
			'content/mail/clients/thunderbird.md §',
			'content/mail/clients/apple-mail.md §',
		]) {
			expect(
				seen.marked.some((m) => m.includes(where)),
				`no marked "${where}" among:\n${seen.marked.join('\n')}`,
			).toBe(true);
		}
	});

	it('a section marks each value once, however often it shows it (the real settings too)', () => {
		for (const settings of [flipped(true), real]) {
			const seen = look(settings, highlighter);
			expect(seen.problems).toEqual([]);
			expect(seen.repeated).toEqual([]);
		}
		// The sentinel shows several times in one section of the SMTP-AUTH page, marked once there.
		const seen = look(flipped(true), highlighter);
		expect(seen.marked.some((m) => /^content\/mail\/smtp-auth\.md §\d+: /.test(m))).toBe(true);
	});

	it('without it: the same places, and none carries the mark', () => {
		const withMark = look(flipped(true), highlighter);
		const without = look(flipped(false), highlighter);
		expect(without.problems).toEqual([]);
		expect(without.marked).toEqual([]);
		expect([...without.unmarked].sort()).toEqual([...withMark.marked].sort());
	});
});
