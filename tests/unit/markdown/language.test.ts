import { describe, expect, it } from 'vitest';
import { languagePlugin } from '../../../src/markdown/plugins/language.ts';
import { galleryPlugin } from '../../../src/markdown/plugins/gallery.ts';
import { en } from '../../../src/i18n/en.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { mdWith, render } from './setup.ts';

const english = mdWith((m) => languagePlugin(m, { words: en }));
const japanese = mdWith((m) => languagePlugin(m, { words: ja }));

describe('languagePlugin on an English page', () => {
	it('marks a Japanese interface label quoted in bold lang="ja", keeping its gloss in English', () => {
		const { html, env } = render(english, 'On the **詳細** (*Details*) tab, tick **STARTTLS**.\n');
		expect(env.problems).toEqual([]);
		expect(html).toBe(
			'<p>On the <strong><span lang="ja">詳細</span></strong> (<em>Details</em>) tab, tick <strong>STARTTLS</strong>.</p>\n',
		);
	});

	it('accepts several labels in a row, each with its gloss', () => {
		const { env, html } = render(english, 'Choose **ファイル(F)** (*File*) → **新規作成(N)** (*New*).\n');
		expect(env.problems).toEqual([]);
		expect(html).toContain(
			'<strong><span lang="ja">ファイル(F)</span></strong> (<em>File</em>) → <strong><span lang="ja">新規作成(N)</span></strong> (<em>New</em>)',
		);
	});

	it('refuses a Japanese label without its meaning, at its line', () => {
		const { env } = render(english, 'Intro.\n\nSet **認証方式** to APOP.\n', 4);
		expect(env.problems).toEqual([
			{
				file: 'content/mail/page.md',
				line: 7,
				message: 'the Japanese label **認証方式** needs its meaning after it',
				hint: 'write the English meaning in parentheses right after it: **認証方式** (*…*)',
			},
		]);
	});

	it("refuses the Japanese edition's full-width brackets, saying how to quote in English", () => {
		const { env } = render(english, 'On the ［詳細］ (Details) tab, tick ［STARTTLS］.\n', 0);
		expect(env.problems.map((p) => [p.line, p.message, p.hint])).toEqual([
			[
				1,
				'the label ［詳細］ is quoted in full-width brackets on an English page',
				'quote it in bold as the English edition does, with its meaning after it: **詳細** (*…*)',
			],
			[
				1,
				'the label ［STARTTLS］ is quoted in full-width brackets on an English page',
				'quote it in bold as the English edition does: **STARTTLS**',
			],
		]);
		const latin = render(english, 'Tick ［STARTTLS］.\n', 0).env;
		expect(latin.problems.map((p) => p.hint)).toEqual(['quote it in bold as the English edition does: **STARTTLS**']);
	});

	it('refuses Japanese outside a label: prose, headings, inline code, code blocks', () => {
		const src = [
			'## 設定 {#x}',
			'',
			'The user ID (ユーザーID) is yours.',
			'',
			'Type `(パスワード)`.',
			'',
			'```text',
			'New password: (入力)',
			'```',
			'',
		].join('\n');
		const { env } = render(english, src, 0);
		expect(env.problems.map((p) => [p.line, p.message])).toEqual([
			[1, 'Japanese text "設定 {#x}" on an English page'],
			[3, 'Japanese text "ユーザーID) is yours." on an English page'],
			[5, 'Japanese text "パスワード)" in inline code on an English page'],
			[8, 'Japanese text "入力)" in a code block of an English page'],
		]);
		expect(env.problems.every((p) => p.hint)).toBe(true);
	});

	it('refuses Japanese alt text and captions of pictures', () => {
		const md = mdWith(
			(m) => galleryPlugin(m, { files: new Set(['content/mail/a.png']), locale: 'en' }),
			(m) => languagePlugin(m, { words: en }),
		);
		const { env } = render(md, 'Text.\n\n![The dialog: 受信サーバー](./a.png "（イラスト）")\n', 0);
		expect(env.problems.map((p) => [p.line, p.message])).toEqual([
			[3, 'Japanese text "受信サーバー" in the alt text of an image on an English page'],
			[3, 'Japanese text "イラスト）" in the caption of an image on an English page'],
		]);
	});
});

describe('languagePlugin on a Japanese page', () => {
	it('changes nothing and reports nothing', () => {
		const src = '［詳細］タブの［SMTP認証］をチェックします。\n';
		const { html, env } = render(japanese, src);
		expect(env.problems).toEqual([]);
		expect(html).toBe(mdWith().render(src));
	});
});
