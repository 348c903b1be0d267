// Graded labels as a page prints them (issue 20), through the site's own renderer: a label graded
// B, C or disputed carries the unconfirmed mark linking to its line in `::: label-sources`; a label
// graded "?" is never quoted (the description is printed, plain); a certain one is bare. Every
// label of every table, in both editions.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MarkdownIt } from 'markdown-it';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter } from '../../../src/markdown/highlighter.ts';
import { gradedLabel, labelIds } from '../../../src/i18n/labels.ts';
import { labelAnchor } from '../../../src/i18n/sourced.ts';
import { escapeHtml } from '../../../src/util/escape.ts';
import { render, settings } from './setup.ts';

const md: Record<'ja' | 'en', MarkdownIt> = {} as Record<'ja' | 'en', MarkdownIt>;
beforeAll(async () => {
	const highlighter = await getHighlighter();
	for (const locale of ['ja', 'en'] as const) md[locale] = createMarkdownRenderer({ settings, highlighter, pages: [], locale });
});

const mark = (id: string) => `<a class="kit-unconfirmed" href="#${labelAnchor(id)}"`;

describe('a graded label in prose', () => {
	for (const locale of ['ja', 'en'] as const)
		it(`${locale}: marked exactly when not certain; "?" printed as its description, never quoted`, () => {
			for (const id of labelIds()) {
				const label = gradedLabel(id, locale);
				const { html, env } = render(md[locale], `x {{ ${id} }} y\n\n::: label-sources\n:::\n`);
				expect(env.problems, id).toEqual([]);
				const prose = html.slice(0, html.indexOf('</p>'));
				expect(prose.includes(mark(id)), `${id} (${locale}): grade ${label.side.grade}`).toBe(label.marked);
				if (label.described) {
					// The description, plain: no quotation brackets, no bold, and no text of any source.
					const described = escapeHtml(label.entry.describe[locale]);
					expect(prose, id).toContain(`x ${described}`);
					for (const quoted of [`［${described}］`, `「${described}」`, `“${described}”`, `<strong>${described}`])
						expect(prose, id).not.toContain(quoted);
				} else expect(prose, id).toContain(escapeHtml(label.side.text!));
				// The list has the line the mark links to, with the grade's word.
				expect(html, id).toContain(`<tr id="${labelAnchor(id)}" role="row">`);
			}
		});

	it('the B label is quoted with the mark; the A label bare (Japanese SPA and "Advanced options")', () => {
		const { html } = render(md.ja, '{{ outlook.spa }} / {{ outlook.advancedOptions }}\n\n::: label-sources\n:::\n');
		expect(html).toContain(`［セキュリティで保護されたパスワード認証（SPA）でのログオンが必要］${mark('outlook.spa')}`);
		expect(html).toContain('／ ［詳細オプション］</p>'.replace('／', '/'));
	});

	it('a disputed label is marked even where its grade alone would not be, and its line says what is disputed', () => {
		const { html } = render(md.ja, '{{ outlook.encryptedConnectionAdv }}\n\n::: label-sources\n:::\n');
		expect(html).toContain(mark('outlook.encryptedConnectionAdv'));
		expect(html).toMatch(/このサーバーは」と「このサーバーでは/);
	});

	it('a page that prints an uncertain label without the list is an error at its line', () => {
		const { env } = render(md.en, 'text\n\n{{ outlook.spa }}\n');
		expect(env.problems.map((p) => p.message)).toEqual([
			'this page prints labels not confirmed on screen (outlook.spa) but has no list of their sources for their marks to link to',
		]);
	});
});

describe('a graded label in a field table', () => {
	it('marks each uncertain label once, beside it, and not the certain ones', () => {
		const { html } = render(md.ja, '```config outlook submission\n```\n\n::: label-sources\n:::\n');
		const table = html.slice(0, html.indexOf('kit-label-sources'));
		// "送信サーバー (SMTP) は認証が必要(O)" is certain in Japanese; "暗号化方法" has one source.
		expect(table).not.toContain(mark('outlook.requiresAuth'));
		expect(table.split(mark('outlook.encryptionMethod')).length).toBe(2);
		expect(table.split(mark('outlook.outgoingMail')).length).toBe(2);
	});
	it('in English the new Outlook’s table quotes nothing: every row is a description with the mark', () => {
		const { html } = render(md.en, '```config outlook-new pop3s\n```\n\n::: label-sources\n:::\n');
		const table = html.slice(0, html.indexOf('kit-label-sources'));
		expect(table).toContain(`the incoming server box ${mark('outlook-new.incomingServer')}`);
		expect(table).not.toContain('<strong>');
	});
});

describe('a tab’s mark', () => {
	it('stands right after the tab’s name, not beside the label’s own mark', () => {
		const { html } = render(md.ja, '```config outlook submission\n```\n\n::: label-sources\n:::\n');
		expect(html).toMatch(
			/\[送信メール <a class="kit-unconfirmed" href="#label-outlook-outgoing-mail"[^>]*>要確認<\/a>\] サーバー <a class="kit-unconfirmed" href="#label-outlook-server"/,
		);
		const en = render(md.en, '```config outlook submission\n```\n\n::: label-sources\n:::\n').html;
		expect(en).toMatch(
			/Outgoing mail <a class="kit-unconfirmed" href="#label-outlook-outgoing-mail"[^>]*>unconfirmed<\/a>: Server <a class="kit-unconfirmed"/,
		);
	});
});
