// One certificate rule on every page: never accept a certificate warning, check the host name, stop
// and ask. The whole manual (both editions, generated tables included) is rendered as the build
// renders it; every sentence that speaks of a certificate, a security warning or the server's
// identity is searched for words that accept, allow, continue past or add an exception, and fails
// unless it is one of the allowed "do not" forms below.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSite } from '../../../src/content/site.ts';
import { createMarkdownRenderer } from '../../../src/markdown/renderer.ts';
import { getHighlighter, type Highlighter } from '../../../src/markdown/highlighter.ts';
import { isNoticeFile } from '../../../src/content/notices.ts';
import { settings } from '../markdown/setup.ts';

/** A sentence is about certificates when it names one of these. */
const TOPIC = /証明書|警告|識別情報|未検証|certificate|warning|identity|not verified|security alert/i;
/** Words that would tell the reader to go past the warning. */
const ACCEPT = [
	/［(?:はい|続ける|許可|例外を承認|セキュリティ例外を承認|インストール|信頼)］|「(?:許可|例外に追加)」/,
	/受け入れ|例外を追加|例外に追加|続行|そのまま進/,
	/\b(?:accept|allow|add (?:an |the )?exception|add security exception|continue|proceed|trust (?:it|this|the certificate)|click \*?\*?yes|tap \*?\*?yes)\b/i,
	/\*\*(?:Yes|Continue|Allow|Install|Add Exception)\*\*|"(?:accept|add exception)"/i,
];
/** The allowed "do not" forms: a sentence with one of them tells the reader not to accept. */
const DO_NOT = [
	/押さない|押さずに|押さず|タップしない|タップせずに|ではなく|受け入れずに|受け入れない|追加せずに|インストールせずに|進まずに|進まない|しないで|ないでください|やめ/,
	/\b(?:do not|don't|never|without accepting|without adding|instead of|rather than)\b/i,
];

interface Sentence {
	url: string;
	text: string;
}

/** The text of an HTML page, split into sentences (。 ！ ？, or . ! ? before a space). */
function sentences(url: string, html: string): Sentence[] {
	const text = html
		.replace(/<(?:script|style)[^]*?<\/(?:script|style)>/g, ' ')
		.replace(/<\/(?:p|li|td|th|h\d|div|figcaption|pre)>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
	return text
		.split(/\n|(?<=[。！？])|(?<=[.!?])\s+/)
		.map((t) => t.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.map((t) => ({ url, text: t }));
}

/** The sentences that would have the reader accept a certificate warning. */
function accepting(all: Sentence[]): Sentence[] {
	return all.filter((s) => TOPIC.test(s.text) && ACCEPT.some((a) => a.test(s.text)) && !DO_NOT.some((d) => d.test(s.text)));
}

let highlighter: Highlighter;
beforeAll(async () => {
	highlighter = await getHighlighter();
});

describe('one certificate rule everywhere', () => {
	it('no sentence of either edition tells the reader to accept, allow or add an exception for a certificate', () => {
		const files = (readdirSync('content', { recursive: true, encoding: 'utf8' }) as string[])
			.filter((f) => f.endsWith('.md'))
			.map((f) => `content/${f.split('\\').join('/')}`)
			.filter((f) => !isNoticeFile(f))
			.map((file) => ({ file, source: readFileSync(file, 'utf8') }));
		const { pages } = renderSite(files, {
			renderer: (summaries, locale) => createMarkdownRenderer({ settings, highlighter, pages: summaries, locale }),
		});
		const all = pages.filter((p) => !p.fallback).flatMap((p) => sentences(p.url, p.html));
		const about = all.filter((s) => TOPIC.test(s.text));
		// The search means something: many sentences are about certificates, in both editions.
		expect(about.filter((s) => s.url.startsWith('/en/')).length).toBeGreaterThan(20);
		expect(about.filter((s) => !s.url.startsWith('/en/')).length).toBeGreaterThan(20);
		expect(accepting(all).map((s) => `${s.url}: ${s.text}`)).toEqual([]);
	});

	it('catches what the pages once said, and lets the "do not" forms pass', () => {
		const said = [
			'証明書についての警告が表示されたときは、証明書の発行先が pop3.example であることを確かめてから［はい］を押してください。',
			'If a warning about the certificate is shown, check that the certificate was issued to pop3.example before you click **Yes**.',
			'プロファイルには署名がないため「未検証」と表示されますが、このページからダウンロードしたものであれば、そのまま［インストール］をタップして進みます。',
			'The profile is not signed, so it is shown as "Not Verified". If you downloaded it from this page, just tap **Install** and go on.',
			'If the certificate warning appears, add an exception and continue.',
		];
		expect(accepting(said.map((text) => ({ url: '/x/', text }))).length).toBe(said.length);
		const allowed = [
			'いま、この画面が証明書についての警告（セキュリティの警告）なら、［はい］を押さずに［いいえ］を押してください。',
			'「サーバの識別情報を検証できません」と表示されたら、証明書の警告です。［続ける］ではなく［キャンセル］をタップし、ホスト名を表と一字ずつ比べます。',
			'Today, if this screen is a warning about the certificate (a security alert), do not click **Yes**: click **No**.',
			'Stop without accepting the warning (do not click Yes, Continue, Allow, Add Exception or the like).',
		];
		expect(accepting(allowed.map((text) => ({ url: '/x/', text })))).toEqual([]);
	});
});
