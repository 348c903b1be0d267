// The one renderer factory: a markdown-it instance with the site's plugins in a fixed order.
// Load settings and the Shiki highlighter first (async); rendering itself is synchronous.
import markdownit from 'markdown-it';
import type { MarkdownIt } from 'markdown-it';
import type { Settings } from '../settings/schema.ts';
import { placeholderValues, literalValues, methodNameKeys, unconfirmedValues } from '../settings/placeholders.ts';
import { clientPlaceholders } from '../clients/index.ts';
import { declaredClients } from '../clients/declared.ts';
import type { PageSummary } from '../content/page-summary.ts';
import type { Highlighter } from './highlighter.ts';
import { pathPrefix, strings, type Locale } from '../i18n/index.ts';
import { htmlPlugin } from './plugins/html.ts';
import { literalsPlugin, literalsOptions } from './plugins/literals.ts';
import { placeholdersPlugin, codeExpander } from './plugins/placeholders.ts';
import { calloutsPlugin } from './plugins/callouts.ts';
import { stepsPlugin } from './plugins/steps.ts';
import { tablesPlugin } from './plugins/tables.ts';
import { clientPagesPlugin } from './plugins/clientPages.ts';
import { codePlugin } from './plugins/code.ts';
import { snippetsPlugin } from './plugins/snippets.ts';
import { linksPlugin } from './plugins/links.ts';
import { commissionPlugin } from './plugins/commission.ts';
import { pagesPlugin } from './plugins/pages.ts';
import { unconfirmedOncePlugin } from './plugins/unconfirmedOnce.ts';
import { unconfirmedHelpPlugin } from './plugins/unconfirmed-help.ts';
import { configFilesPlugin } from './plugins/configFiles.ts';
import { screenLabelsPlugin } from './plugins/screenLabels.ts';
import { screenLabelPlaceholders } from '../clients/screen-labels.ts';
import { headingIdsPlugin } from './plugins/headingIds.ts';
import { galleryPlugin } from './plugins/gallery.ts';
import { marksPlugin } from './plugins/marks.ts';
import { backToTocPlugin } from './plugins/backToToc.ts';
import { TOC_BOX_ID } from '../site/toc.ts';
import { messagesPlugin } from './plugins/messages.ts';
import { stepHelpPlugin } from './plugins/stepHelp.ts';
import { reportFormPlugin } from './plugins/reportForm.ts';
import { setupSheetPlugin } from './plugins/setupSheet.ts';
import { languagePlugin } from './plugins/language.ts';
import { qrPlugin } from './plugins/qr.ts';
import { labelSourcesPlugin } from './plugins/label-sources.ts';
import { gradedLabel, labelIds } from '../i18n/labels.ts';
import { labelAnchor } from '../i18n/sourced.ts';
import type { ShownLabel } from './plugins/placeholders.ts';
import { siteUrl } from '../site/config.ts';
import { mobileconfigPath } from '../site/files.ts';
import { fitTables } from './fit.ts';

export interface RendererOptions {
	settings: Settings;
	highlighter: Highlighter;
	/** The language of the pages this renderer renders: every word it writes comes from its table. */
	locale: Locale;
	/** Every page's front matter (for generated tables). */
	pages: PageSummary[];
	/** Every image file under content/ (project-relative paths), collected before rendering; default none (every image is reported missing). */
	imageFiles?: ReadonlySet<string>;
}

/** Create the site's markdown-it renderer. Render with an env from createEnv(). */
export function createMarkdownRenderer({ settings, highlighter, pages, imageFiles = new Set(), locale }: RendererOptions): MarkdownIt {
	const words = strings(locale);
	// html: true only so that htmlPlugin can refuse raw HTML with a located error.
	const md = markdownit({ html: true, linkify: false, typographer: false });
	// Graded labels of clients that cannot run here (src/i18n/labels.ts): quoted by the placeholder,
	// or described when nobody has seen them, with their own mark when they are not confirmed.
	const shownLabels = new Map<string, ShownLabel>(
		labelIds().map((id) => {
			const l = gradedLabel(id, locale);
			const text = l.described ? l.entry.describe[locale] : l.side.text!;
			const mark = l.marked
				? { href: `#${labelAnchor(id)}`, title: l.described ? words.labels.unseenTitle : words.labels.markTitle(text) }
				: undefined;
			return [id, { text, quoted: !l.described, ...(mark ? { mark } : {}) }];
		}),
	);
	const labels = { shown: shownLabels, strong: locale === 'en', quote: words.labels.quote };
	// Server facts from the settings; client facts and labels from the clients' own tables.
	const values = new Map([
		...placeholderValues(settings, words),
		...clientPlaceholders(locale),
		...[...shownLabels].map(([id, l]) => [id, l.quoted ? labels.quote(l.text) : l.text] as const),
	]);
	const accountPlaceholder = words.accountPlaceholder;
	const copy = { label: words.copy, done: words.copied };
	const codeLabel = words.codeBlock;
	// One mark for every unconfirmed value (prose, tables, field tables, files), from the settings.
	const unconfirmed = {
		keys: unconfirmedValues(settings, words),
		text: words.unconfirmed,
		inText: words.unconfirmedInText,
		title: words.unconfirmedTitle,
		href: `${pathPrefix(locale)}/mail/settings/#unconfirmed`,
	};
	// Order matters among core rules (all pushed after markdown-it's own):
	// 1. html, literals and screen labels read the source as written, before placeholders change it;
	// 2. placeholders expand {{ key }} in inline text (a method name in a no-wrap span around its text
	//    token, so the rules below still read plain text); code expands them in code blocks;
	// 3. snippets turn `config` fences into generated snippets (after code, whose fence rule it wraps);
	//    label-sources then lists the graded labels placeholders and snippets printed; unconfirmed-once
	//    then flags the marks a section repeats (it reads both plugins' tokens);
	// 4. commission links, links, gallery and heading ids run last, on final text (gallery reads
	//    expanded alt and titles); commission: addresses resolve before links checks them;
	//    back-to-toc only inserts tokens between top-level blocks;
	// 5. language, the very last, marks Japanese labels on English pages and refuses other Japanese there.
	md.use(htmlPlugin);
	md.use(literalsPlugin, literalsOptions(values, literalValues(settings)));
	md.use(screenLabelsPlugin, { labels: screenLabelPlaceholders(locale), pages, quoting: locale === 'ja' ? 'brackets' : 'bold' });
	// The methods' names that could wrap (more than one word: "POP3 over SSL", "SSL/TLS"), kept whole
	// wherever a page writes them; not the word for "no TLS", an ordinary word of prose.
	const methodNames = [...methodNameKeys].flatMap((k) => values.get(k) ?? []).filter((v) => v !== words.tls.none && /[\s/(-]/.test(v));
	md.use(placeholdersPlugin, { values, accountPlaceholder, unconfirmed, noWrap: methodNameKeys, noWrapTerms: methodNames, labels });
	md.use(calloutsPlugin, {
		words,
		otherContainers: [
			'steps',
			'mailers-table',
			'settings-table',
			'client-pages',
			'messages',
			'openssl-check',
			'profile-qr',
			'label-sources',
			'error-codes',
			'pages',
			'commission-pages',
			'unconfirmed-help',
			'config-files',
		],
	});
	md.use(stepsPlugin);
	md.use(tablesPlugin, { settings, pages, words, unconfirmed });
	md.use(clientPagesPlugin, { pages, words, methodNames });
	md.use(pagesPlugin, { pages, words, methodNames });
	md.use(unconfirmedHelpPlugin, { settings, words });
	md.use(configFilesPlugin, { settings, words });
	md.use(messagesPlugin, { settings, highlighter, accountPlaceholder, copy, codeLabel, lang: locale, words: words.messages });
	md.use(stepHelpPlugin, { settings, pages, words, accountPlaceholder });
	md.use(reportFormPlugin, { settings, words, unconfirmed });
	md.use(setupSheetPlugin, { pages, words });
	md.use(qrPlugin, {
		url: new URL(mobileconfigPath(locale), siteUrl(settings.domain)).href,
		words: { label: words.profileQrLabel, caption: words.profileQrCaption },
	});
	md.use(codePlugin, {
		highlighter,
		accountPlaceholder,
		copy,
		codeLabel,
		expand: codeExpander(values, unconfirmed.keys),
	});
	md.use(snippetsPlugin, {
		declared: declaredClients(pages),
		settings,
		highlighter,
		accountPlaceholder,
		copy,
		codeLabel,
		unconfirmed,
		words,
	});
	md.use(labelSourcesPlugin, { words });
	md.use(unconfirmedOncePlugin);
	// commission: links resolve to addresses before the links plugin checks the internal ones.
	md.use(commissionPlugin, { settings, locale, words, unconfirmed });
	md.use(linksPlugin);
	md.use(galleryPlugin, { files: imageFiles, locale });
	md.use(marksPlugin);
	md.use(headingIdsPlugin, { words });
	md.use(backToTocPlugin, { label: words.backToToc, target: TOC_BOX_ID });
	md.use(languagePlugin, { words });
	// 6. Every table the plugins above wrote, in Markdown or generated, takes its fitted form (fit.ts).
	const render = md.renderer.render.bind(md.renderer);
	md.renderer.render = (tokens, options, env) => fitTables(render(tokens, options, env));
	return md;
}
