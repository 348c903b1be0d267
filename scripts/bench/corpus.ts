// Generate the benchmark corpus: N Japanese pages written in the manual's own Markdown dialect
// (headings, lists, tables, code blocks, placeholders, callouts, steps, config snippets, internal
// links) and a gallery on every tenth page. Every page has code blocks of its own (a build cannot
// highlight them once for all pages); the generated config snippet recurs, as in the real manual.
// The galleries reuse a few small generated PNGs, as walkthroughs of one client share screenshots.
// Deterministic: the same N gives the same files.
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export interface CorpusOptions {
	/** Content folder to write (content/ of a project copy). */
	dir: string;
	/** Number of pages, section index pages included. */
	pages: number;
	/** Pages per section folder. */
	perSection?: number;
	/** The settings file to copy in (the loader needs it). */
	settings: string;
	/** Distinct images the galleries share. */
	images?: number;
}

/** What was written, for the report. */
export interface Corpus {
	pages: number;
	sections: number;
	galleries: number;
	imageFiles: number;
	/** Site path of a typical page (no gallery) and of a gallery page. */
	typical: string;
	gallery: string;
}

const TOPICS = [
	'受信サーバー',
	'送信サーバー',
	'パスワード',
	'証明書',
	'アカウント',
	'転送設定',
	'迷惑メール',
	'フィルター',
	'バックアップ',
	'署名',
];
const VERBS = ['設定します', '確認します', '変更します', '入力します', '選択します', '保存します'];

/** A Japanese paragraph of about `sentences` sentences, varied by `seed`. */
function paragraph(seed: number, sentences = 3): string {
	const out: string[] = [];
	for (let i = 0; i < sentences; i++) {
		const t = TOPICS[(seed + i) % TOPICS.length]!;
		const v = VERBS[(seed * 7 + i) % VERBS.length]!;
		out.push(`メーラーの画面で${t}の項目を開き、表示されている値を${v}。わからないときは委員会の窓口に問い合わせてください`);
	}
	return `${out.join('。')}。`;
}

/** PNG screenshots-like images (flat colours and bars), small like the manual's own. */
async function writeImages(dir: string, count: number): Promise<string[]> {
	mkdirSync(dir, { recursive: true });
	const names: string[] = [];
	for (let i = 0; i < count; i++) {
		const w = 640 + i * 80;
		const h = 400;
		const bars = Array.from(
			{ length: 8 },
			(_, j) =>
				`<rect x="24" y="${40 + j * 42}" width="${200 + ((i * 37 + j * 53) % 360)}" height="18" fill="#${['4a6fa5', '9aa5b1', '2e7d32', 'c62828'][(i + j) % 4]}"/>`,
		).join('');
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#f4f5f7"/><rect width="100%" height="28" fill="#3b4252"/>${bars}</svg>`;
		const name = `shot-${i + 1}.png`;
		await sharp(Buffer.from(svg)).png({ palette: true }).toFile(join(dir, name));
		names.push(name);
	}
	return names;
}

/** The body of page `n` of section `s`; `gallery` adds a gallery of `images`. */
function pageBody(s: number, n: number, section: string, gallery: string[] | undefined, sectionSize: number): string {
	const prev = n > 1 ? `/${section}/page-${String(n - 1).padStart(3, '0')}/` : `/${section}/`;
	const lines = [
		`::: note この手順について`,
		`${paragraph(n, 2)} 受信サーバーは {{ pop3s.host }}（ポート {{ pop3s.port }}）です。`,
		`:::`,
		'',
		paragraph(s * 100 + n, 4),
		'',
		`## 設定する値 {#values}`,
		'',
		`| 項目 | 値 | メモ |`,
		`| --- | --- | --- |`,
		`| 受信サーバー | \`{{ pop3s.host }}\` | ${TOPICS[n % TOPICS.length]} |`,
		`| ポート | {{ pop3s.port }} | SSL を使います |`,
		`| 送信サーバー | \`{{ submission.host }}\` | ポート {{ submission.port }} |`,
		`| ユーザー名 | \`{{ account }}\` | アカウント名 |`,
		'',
		'```config thunderbird pop3s',
		'```',
		'',
		`## 手順 {#steps}`,
		'',
		`::: steps`,
		`1. メーラーを起動し、［ツール］→［アカウント設定］を選択します。`,
		'',
		`   ${paragraph(n + 1, 1)}`,
		'',
		`2. 受信サーバーに {{ pop3s.host }} を入力します。`,
		'',
		`3. ［OK］を押して設定を保存します。`,
		`:::`,
	];
	if (gallery) {
		lines.push(
			'',
			`## 画面の例 {#screens}`,
			'',
			...gallery.map(
				(img, i) => `![設定画面 ${i + 1}。受信サーバーに {{ pop3s.host }} が入力されている](../images/${img} "（例）画面 ${i + 1}")`,
			),
		);
	}
	lines.push(
		'',
		`## コマンドで確認する {#console}`,
		'',
		'```console',
		`$ openssl s_client -connect {{ pop3s.host }}:{{ pop3s.port }} -quiet`,
		`+OK Dovecot ready.`,
		`$ ls ~/Mail/${section}/${n}`,
		'```',
		'',
		'```ini',
		`[account-${s}-${n}]`,
		`host = {{ pop3s.host }}`,
		`port = {{ pop3s.port }}`,
		`user = {{ account }}`,
		'```',
		'',
		`::: warning 注意`,
		`認証なしの SMTP では {{ smtp.deliversOnlyTo }} 宛にしか届きません。→ [前のページ](${prev})`,
		`:::`,
		'',
		`### よくある質問`,
		'',
		`- ${paragraph(n + 2, 1)}`,
		`- ${paragraph(n + 3, 1)}`,
		`- ポートは ${sectionSize} 種類ではなく、{{ pop3s.port }} だけです。`,
		'',
		paragraph(n + 4, 3),
		'',
	);
	return lines.join('\n');
}

const frontmatter = (title: string, description: string, order: number) =>
	`---\ntitle: ${title}\ndescription: ${description}\norder: ${order}\n---\n\n`;

/** Write the corpus into `dir` (see file header). */
export async function writeCorpus({ dir, pages, perSection = 50, settings, images = 3 }: CorpusOptions): Promise<Corpus> {
	mkdirSync(dir, { recursive: true });
	copyFileSync(settings, join(dir, 'settings.yaml'));
	const imageNames = await writeImages(join(dir, 'images'), images);
	writeFileSync(
		join(dir, 'index.md'),
		`${frontmatter('ベンチマーク用マニュアル', 'ベンチマーク用に生成したページです。', 0)}${paragraph(0, 5)}\n`,
	);
	let written = 1;
	let galleries = 0;
	let typical = '';
	let gallery = '';
	const sections = Math.ceil((pages - 1) / (perSection + 1));
	for (let s = 1; s <= sections && written < pages; s++) {
		const section = `section-${String(s).padStart(2, '0')}`;
		mkdirSync(join(dir, section), { recursive: true });
		writeFileSync(
			join(dir, section, 'index.md'),
			`${frontmatter(`第${s}章 メールの設定`, `第${s}章の概要です。`, s * 10)}${paragraph(s, 4)}\n`,
		);
		written++;
		for (let n = 1; n <= perSection && written < pages; n++) {
			const withGallery = written % 10 === 0;
			const name = `page-${String(n).padStart(3, '0')}`;
			const body = pageBody(s, n, section, withGallery ? imageNames : undefined, perSection);
			writeFileSync(
				join(dir, section, `${name}.md`),
				`${frontmatter(`${TOPICS[n % TOPICS.length]}の設定 ${s}-${n}`, `${TOPICS[n % TOPICS.length]}を設定する手順です。`, n * 10)}${body}`,
			);
			if (withGallery) galleries++;
			if (withGallery && !gallery) gallery = `/${section}/${name}/`;
			if (!withGallery && !typical && n > 2) typical = `/${section}/${name}/`;
			written++;
		}
	}
	return { pages: written, sections, galleries, imageFiles: imageNames.length, typical, gallery };
}
