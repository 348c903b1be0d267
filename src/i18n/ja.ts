// Every word the Japanese edition shows: layout, components, markdown plugins (callouts, anchors,
// copy and download buttons, generated tables), generated config files and field tables, and the
// Apple profile. The English table (en.ts) has exactly this shape (`Words`), so a word missing
// there is a type error; plugins and generators take a table as a required parameter and have no
// words of their own.
//
// Labels of Japanese-only mail clients (Outlook Express, Sylpheed, Becky! as the 2004 page shows
// them) are written here once; the English table refers to them and adds an English gloss
// (`JaLabel`), so English pages show them marked lang="ja" with their meaning.
import type { AuthKind, CommissionPageId, TlsMode } from '../settings/schema.ts';
import { sided, type SourcedText } from './sourced.ts';
import { outlookLabels, outlookNewLabels } from './outlook.ts';

/** A label of a Japanese interface on an English page: the Japanese text and its English meaning. */
export interface JaLabel {
	ja: string;
	gloss: string;
}
/** A label or value as shown in a field table: plain text in the page's language, or a Japanese label with a gloss. */
export type UiText = string | JaLabel;

// Let a client's label table hold glossed labels in the English table.
const labels = <K extends string>(t: Record<K, string>): Record<K, UiText> => t;

/** Outlook Express 6, Japanese edition (the 2004 page's screens): the tabs (and the button) fields are on. */
const outlookExpressTabs = labels({
	advanced: '詳細設定',
	servers: 'サーバー',
	settings: '設定',
});

/** Outlook Express 6's check box under each port of its 詳細設定 tab (the same words under both). */
const outlookExpressSsl = 'このサーバーはセキュリティで保護された接続 (SSL) が必要';

/** Outlook Express 6, Japanese edition: its fields' labels (the tab is in outlookExpressTabs). */
const outlookExpress = labels({
	incomingType: '受信メールサーバーの種類',
	incomingServer: '受信メールサーバー',
	outgoingServer: '送信メールサーバー (SMTP)',
	accountName: 'アカウント名',
	password: 'パスワード',
	/** The check box as the screen (and a step) says it; the table names which one it is. */
	secureConnection: outlookExpressSsl,
	incomingSsl: `${outlookExpressSsl} (受信メール)`,
	incomingPort: '受信メール (POP3)',
	leaveCopy: 'サーバーにメッセージのコピーを置く',
	requiresAuth: 'このサーバーは認証が必要',
	logOnAccount: '次のアカウントとパスワードでログオンする: アカウント名',
	logOnPassword: 'パスワード',
	outgoingPort: '送信メール (SMTP)',
	outgoingSsl: `${outlookExpressSsl} (送信メール)`,
	on: 'オン',
	off: 'オフ',
});

/** Sylpheed, Japanese interface (the 2004 page's screens): the tabs of its account settings. */
const sylpheedTabs = labels({
	basic: '基本',
	send: '送信',
	ssl: 'SSL',
	advanced: '高度な設定',
});

/** Sylpheed, Japanese interface: its fields' labels and choices (the tab is in sylpheedTabs). */
const sylpheed = labels({
	protocol: 'プロトコル',
	popApop: 'POP3(APOP認証)',
	popNormal: 'POP3(通常)',
	incomingServer: '受信用サーバ',
	userId: 'ユーザID',
	password: 'パスワード',
	popSsl: 'POP3の接続にSSLを使用',
	popPort: 'POP3ポートを指定',
	smtpServer: 'SMTPサーバ',
	smtpAuth: 'SMTP認証 (SMTP AUTH)',
	authMethod: '認証方式',
	authAuto: '自動',
	sendUserId: 'ユーザID',
	sendPassword: 'パスワード',
	smtpSsl: 'SMTP',
	smtpSslImplicit: 'SMTPの接続にSSLを使用',
	smtpSslStarttls: 'STARTTLSコマンドでSSLセッションを開始',
	smtpSslNone: 'SSLを使用しない',
	smtpPort: 'SMTPポートを指定',
});

/** Becky! Internet Mail, Japanese interface (the 2004 page's words): the tabs of its mailbox settings. */
const beckyTabs = labels({
	basic: '基本設定',
	details: '詳細',
});

/** Becky! Internet Mail, Japanese interface: its fields' labels and choices (the tab is in beckyTabs). */
const becky = labels({
	pop3Server: 'POP3サーバー',
	userId: 'ユーザーID',
	password: 'パスワード',
	authMethod: '認証方式',
	authStandard: '標準',
	pop3Ssl: 'POP3サーバーの「SSL/TLS」',
	pop3Port: 'サーバーのポート番号: POP3',
	smtpServer: 'SMTPサーバー',
	smtpSsl: 'SMTPサーバーの「SSL/TLS」',
	smtpAuth: 'SMTP認証',
	smtpAuthMethod: '認証方式',
	smtpUserId: 'ユーザーID',
	smtpPassword: 'パスワード',
	starttls: 'STARTTLS',
	smtpPort: 'サーバーのポート番号: SMTP',
});

export const ja = {
	/** The language of this table. */
	locale: 'ja',
	siteTitle: 'メール設定マニュアル',
	skipToContent: '本文へスキップ',
	menu: 'メニュー',
	closeMenu: 'メニューを閉じる',
	commissionMenu: '委員会のメニュー',
	sidebarLabel: 'マニュアルの目次',
	/** After a collapsed section's name in the sidebar (read by screen readers). */
	sidebarPageCount: (n: number) => `（${n}ページ）`,
	breadcrumbs: 'パンくずリスト',
	onThisPage: 'このページの内容',
	backToToc: '目次へ戻る',
	backToTop: 'Topへ戻る',
	prev: '前のページ',
	next: '次のページ',
	pagination: '前後のページ',
	/** The badge of a page that records a past era's client (front matter `historical: 2004`). */
	historical: (era: number) => `${era}年当時`,
	historicalNote: (era: number) => `このページは${era}年当時のメーラーの設定例です。現在は更新されていないメーラーを含みます。`,
	externalSite: '（外部サイト）',
	theme: '配色',
	themeAuto: 'システムに合わせる',
	themeLight: 'ライト',
	themeDark: 'ダーク',
	untranslated: 'このページはまだ翻訳されていません。',
	lastUpdated: '最終更新',
	editPage: 'このページを編集',
	/** A calendar day (YYYY-MM-DD) in words. */
	day: (iso: string) => {
		const [y, m, d] = iso.split('-').map(Number);
		return `${y}年${m}月${d}日`;
	},
	/** An English page whose Japanese page changed after it (never shown on Japanese pages: they are the originals). */
	translationLag: (japanese: string, english: string) =>
		`日本語のページが ${japanese} に更新されています。この英語のページ (${english} 更新) は古いかもしれません。`,
	translationLagLink: '日本語のページを読む',
	/** Dated notices: banners on the pages they affect, the notices page, the feed. */
	notices: {
		region: 'お知らせ',
		severity: { info: 'お知らせ', warning: '注意', critical: '重要' },
		more: '詳しく',
		/** Read after 「詳しく」 by screen readers only (the link's name). */
		moreHidden: (title: string) => `（${title}）`,
		dismiss: '閉じる',
		dismissLabel: (title: string) => `お知らせ「${title}」を閉じる`,
		until: (day: string) => `${day}まで`,
		expired: '終了',
		expiredNote: (day: string) => `このお知らせは ${day} に終わりました。`,
		affects: '関係するページ',
		none: 'いま掲載しているお知らせはありません。',
		feedTitle: 'お知らせ — メール設定マニュアル',
		feedLink: 'お知らせのフィード (Atom)',
	},
	/** What a walkthrough was last checked against (front matter `checked:`), shown under its title. */
	checked: {
		label: 'この手順を確かめた環境',
		run: (day: string) => `${day}に実際に動かして確認`,
		sources: (day: string) => `${day}に開発元の資料・翻訳ファイルで確認 (実機では未確認)`,
		unchecked: '確認していません',
		/** Between platform names. */
		separator: '・',
		/** One line: the client (and version), its platforms, how it was checked. */
		item: (what: string, platforms: string, how: string) => `${what}（${platforms}）：${how}`,
		platforms: { windows: 'Windows', macos: 'macOS', linux: 'Linux', android: 'Android', ios: 'iOS', ipados: 'iPadOS' },
		historical: (era: number) => `${era} 年のページの手順です。いまの版では確かめていません。`,
	},
	notFoundTitle: 'ページが見つかりません',
	notFoundText: 'お探しのページは移動したか、削除された可能性があります。',
	notFoundHome: 'マニュアルのトップへ',
	copy: 'コピー',
	copied: 'コピーしました',
	/** A code block's accessible name (it scrolls sideways, so it is focusable): its file name, or what it is. */
	codeBlock: (title: string | undefined, lang: string) =>
		title ? `コード: ${title}` : lang === 'console' ? 'コマンド' : `コード (${lang})`,
	/** A copy button's accessible name in a field table. */
	copyField: (field: string) => `${field}: コピー`,
	download: 'ダウンロード',
	/** A link to a generated file in a `::: config-files` list. */
	configFile: (file: string) => `${file} をダウンロード`,
	accountLabel: 'あなたのアカウント名',
	/** Shown (and written into downloads) where the reader's account name goes. */
	accountPlaceholder: '（アカウント名）',
	accountHelp: '入力すると、このサイトの全ページの設定例があなたの値になります。このブラウザーにだけ保存され、どこにも送信されません。',
	accountSave: '反映',
	accountClear: '消去',
	accountInvalid: '半角英字・数字・「.」「_」「-」で、英字か「_」で始めて、32文字以内で入力してください。',
	accountSaved: '設定例に反映しました',
	accountCleared: '消去しました',
	illustration: 'イラスト (実際の画面ではありません)',
	/** The corner tag drawn on every illustration (npm run screenshots). */
	illustrationTag: 'イラスト',
	/** The sample person in the illustrations (the account is the settings' exampleAccount). */
	samplePerson: '九工大 太郎',
	enlarge: '（拡大表示）',
	lightbox: '画像の拡大表示',
	lightboxClose: '閉じる',
	lightboxPrev: '前の画像',
	lightboxNext: '次の画像',
	lightboxZoom: '原寸で表示',
	value: '値',
	field: '項目',
	unconfirmed: '要確認',
	unconfirmedTitle: 'サーバーの管理者にまだ確かめていない値です（理由は設定値一覧にあります）',
	unconfirmedFile: 'サーバーの管理者にまだ確かめていない値です',
	/** The all-settings page's steps when an unconfirmed value does not work (`::: unconfirmed-help`); `what` and `others` are HTML. */
	unconfirmedHelp: {
		details: (port: string, tls: string) => `（ポート ${port}、${tls}）`,
		tryInstead: (what: string, others: string) => `${what}でつながらないときは、${others}を試します。`,
		or: (items: readonly string[]) => items.join('か、'),
		ask: 'それでもつながらないときは、試した値と表示されたメッセージを添えて、委員会に尋ねてください（',
		askLink: '問い合わせ先',
		askAfter: '）。',
	},
	/** Near the top of a page with unconfirmed marks: what they mean, and a link to what to do. */
	unconfirmedNotice: {
		text: '「要確認」は、まだ確かめていない値や表示の印です。',
		link: 'つながらないときにすること',
	},
	/** The mark where it can only be text (alt text, titles), after the value. */
	unconfirmedInText: '（要確認）',
	fieldHost: 'サーバー',
	fieldPort: 'ポート',
	fieldTls: '接続の保護',
	fieldAuth: 'パスワード',
	mailersSsl: 'SSL に対応したメーラーの例',
	mailersApop: 'APOP に対応したメーラーの例',
	note: '備考',
	/** The commission's pages, as the 2004 page's header menu named them (their addresses are in the settings). */
	commissionPages: {
		overview: '委員会概要',
		applications: '各種申請',
		services: 'サービス',
		support: 'サポート',
		links: 'リンク',
		manuals: 'マニュアル',
		bbs: 'BBS',
		faq: 'FAQ',
		admins: '管理者各位',
		research: 'リサーチ',
	} satisfies Record<CommissionPageId, string>,
	/** After a link to a commission page (the commission's site is in Japanese): nothing on Japanese pages. */
	inJapanese: '',
	/** The start page's list of the commission's pages (`::: commission-pages`). */
	commissionList: { label: '委員会のページの一覧', page: 'ページ', address: 'アドレス', unknown: 'まだ分かりません' },
	/** The home page's list of every page (`::: pages`). */
	allPages: 'すべてのページ',

	/** Callouts: each type's title (also the start of its accessible name). */
	callouts: { note: 'メモ', tip: 'ヒント', warning: '注意', danger: '危険' },
	/** A callout's accessible name when the author gave it a title of its own. */
	calloutLabel: (type: string, title: string) => `${type}：${title}`,
	/** A heading's deep-link anchor's accessible name. */
	anchorLabel: (heading: string) => `「${heading}」へのリンク`,

	/** The search button and dialog; `{n}` and `{q}` are filled in by the search script. */
	search: {
		button: '検索',
		dialog: 'マニュアルを検索',
		input: '検索する言葉',
		placeholder: '例：証明書、送信サーバー、popauth',
		close: '閉じる',
		hint: '↑↓ で結果を選び、Enter で開きます。Esc で閉じます。',
		loading: '検索しています…',
		count: '「{q}」の検索結果：{n} ページ',
		none: '「{q}」に一致するページはありません。言葉を短くするか、別の言い方で探してください。',
		error: '検索を読み込めませんでした。ページを再読み込みしてください。',
		sections: 'このページの該当箇所',
	},

	/** TLS modes and authentication kinds, as the manual writes them ({{ id.tls }}, tables). */
	tls: { implicit: 'SSL/TLS', starttls: 'STARTTLS', none: 'なし' } satisfies Record<TlsMode, string>,
	/** Whether IMAP is offered ({{ imap.offered }}), and the mark while the settings call it an assumption. */
	imap: { offered: 'IMAP も使えます', notOffered: 'IMAP はありません（POP3 だけです）', toConfirm: '（要確認）' },
	/** The printable setup sheet at the end of each walkthrough (setupSheet, src/scripts/sheet.ts). */
	sheet: {
		title: '設定シート',
		account: 'アカウント名',
		date: '印刷した日',
		passwords: 'パスワードは、この紙に書かないでください。どの欄にどのパスワードを入れるかは、表のとおりです。',
		print: 'この設定を 1 枚に印刷する',
	},
	/** The report form of the troubleshooting overview (`::: report-form`, src/troubleshooting/report.ts). */
	report: {
		label: '問い合わせの文面を作る',
		client: 'メーラー',
		clientOther: 'その他・分からない',
		choose: '選んでください',
		os: 'OS',
		version: 'メーラーの版（分かれば）',
		account: 'アカウント名',
		doing: 'していたこと（どのページの何番の手順か、など）',
		message: '表示されたメッセージ（そのまま貼り付け）',
		text: '文面（この端末の中で作っています。どこにも送られません）',
		copy: '文面をコピー',
		copied: 'コピーしました',
		mail: 'メールで送る',
		passwordWarning: 'パスワードらしいものが入っています。消してから、コピーするか送ってください。パスワードは委員会にも教えません。',
		noScript: 'この文面づくりには JavaScript が要ります。下の「尋ねるときに書くこと」をメールに書いてください。',
		subject: 'メールの設定についての問い合わせ',
		/** The report's own words (the composed text). */
		lines: {
			title: '【メールの設定についての問い合わせ】',
			when: '日時',
			page: '見ていたページ',
			client: 'メーラー',
			os: 'OS',
			version: 'メーラーの版',
			account: 'アカウント名',
			values: 'このサイトの設定値',
			doing: 'していたこと',
			message: '表示されたメッセージ',
			none: '（なし）',
		},
		/** One line of the values this site gives: "受信 POP3 over SSL: host ポート 995、SSL/TLS". */
		value: (direction: string, label: string, host: string, port: number, tls: string) =>
			`${direction} ${label}: ${host} ポート ${port}、${tls}`,
		/** After each walkthrough and in each step's help: the form, with the page it came from. */
		fromPage: '問い合わせの文面を作る',
	},
	/** The "if this step fails" disclosure at the end of a walkthrough step that sets a value (stepHelp). */
	stepHelp: {
		summary: 'この手順でうまくいかないとき',
		intro: 'この手順で入力する値が違うと、次の表示が出ることがあります。リンク先に原因と直し方があります。',
		/** Between two wordings of one client's message. */
		or: 'または',
		ask: 'それでも分からないときは、',
		askLink: '委員会に尋ねてください。',
	},
	/** Troubleshooting tables (`::: messages`) and the openssl check (`::: openssl-check`). */
	messages: {
		table: 'メーラーの表示',
		client: 'メーラー',
		message: '表示されるメッセージ',
		source: '翻訳ファイル:',
		sourceDocs: '開発元の資料:',
		/** Before the source of an error code's name (a header file that defines it). */
		sourceHeader: 'コードの定義（ヘッダーファイル）:',
		/** Before the source when it is someone else's account of the message (weaker than the vendor's). */
		sourceReport: 'ほかの人の報告:',
		reportMark: '要確認',
		reportTitle: 'Microsoft の資料には見つからず、ほかの人の報告だけが出典です',
		thenType: 'つながったら、次のように入力して Enter キーを押します:',
		/** The troubleshooting pages, by direction (links from the error-code table). */
		pages: { receive: '受信できないとき', send: '送信できないとき' },
		/** Each failure's section on those pages (the ids of failureIds in src/troubleshooting/messages.ts). */
		failures: {
			ok: 'うまくいったときの表示',
			'auth-failed': 'パスワードが通らない',
			'untrusted-ca': '証明書の警告が出る',
			'wrong-host': '証明書の警告が出る',
			refused: '接続が拒否される',
			timeout: '時間切れになる',
			'no-auth-offered': '認証が使えない（暗号化していない）',
			'no-starttls': 'STARTTLS が使えない',
			'relay-denied': '外部のアドレスにだけ送れない',
			'tls-mismatch': '接続の保護とポートが合っていない',
			'autosetup-unencrypted': '暗号化された接続を使用できないと言われる',
		},
		/** The error-code table (`::: error-codes CLIENT`). */
		codes: {
			table: 'エラーコードの一覧',
			code: 'エラーコード・表示',
			meaning: 'このサーバーでの原因と直し方',
			details: '詳しく',
			source: '出典',
		},
		/** Outlook's codes: the cause and the fix for this server, one sentence each (the codes of outlookCodes). */
		outlook: {
			'0x800CCC0E': 'サーバーに接続できませんでした。サーバー名かポートが違うか、使っているネットワークがそのポートを止めています。',
			'0x800CCC0F':
				'サーバーが接続を切りました。多くは、接続の保護の設定がポートと合っていないときです（受信の暗号化のチェックボックスを外したままなど）。',
			'0x800CCC1A':
				'選んだ暗号化の種類をサーバーが受け付けません。送信の暗号化の種類とポートの組み合わせが違います（STARTTLS と SSL/TLS の取り違え）。',
			'0x800CCC79': '外部のアドレスへの送信を断られました。送信サーバーの認証（SMTP-AUTH）がオフのままです。',
			'0x800CCC80':
				'Outlook が使える認証の方式をサーバーが示しません。暗号化せずに送信のポートに接続しているか、SPA がオンになっていると考えられます。',
			'0x800CCC92':
				'受信のパスワードを断られました。パスワードかアカウント名（メールアドレスではありません）が違います。SPA がオンになっているときも、ログオンできません（SPA は Microsoft の NTLM 認証で、このサーバーでは使いません）。',
			'0x8004210A':
				'受信サーバーから時間内に答えがありませんでした。ネットワークやウイルス対策ソフトのメール検査が止めていることがほとんどです。',
			'0x8004210B':
				'送信サーバーから時間内に答えがありませんでした。ネットワークやウイルス対策ソフトのメール検査が止めていることがほとんどです。',
			wizard: '自動の設定が、暗号化した接続を見つけられませんでした。［次へ］で暗号化しない接続を試さずに、手動で設定してください。',
		},
	},
	auth: {
		'login-password': 'ログインパスワード',
		'apop-password': 'APOP パスワード (popauth で設定)',
		none: 'なし',
	} satisfies Record<AuthKind, string>,

	/** The generated tables (::: mailers-table, ::: settings-table) and author tables' region names. */
	tables: {
		mailersLabel: '対応メーラーの表',
		mailer: 'メーラー',
		example: '○ 設定例',
		noExample: '設定例なし',
		settingsLabel: '設定値の一覧',
		use: '用途',
		method: '方式',
		server: 'サーバー',
		port: 'ポート',
		tls: '接続の保護',
		password: 'パスワード',
		note: '備考',
		incoming: '受信',
		outgoing: '送信',
		recommended: 'おすすめ',
		toConfirm: '要確認',
		table: '表',
		/** The all-settings page's table of the reader's own values. */
		yours: 'あなたのアカウント',
		accountName: 'アカウント名',
		address: 'メールアドレス',
		fields: { host: 'サーバー', port: 'ポート', tls: '接続の保護', auth: 'パスワード' },
	},

	/** The list, in a picture's caption, of the numbered marks drawn over it (```marks). */
	marksLabel: '画像の番号',
	/** The clients index's tables of walkthroughs (`::: client-pages current|historical`). */
	clientPages: {
		label: { current: 'いまのメーラーのページ', historical: '以前のメーラーのページ' },
		platforms: '使える環境',
		/** Between the platforms a page lists. */
		separator: '・',
	},

	/** Names of clients that differ by language (others are their product names). */
	clientNames: {
		'apple-mail': 'メール App (Mac・iPhone・iPad)',
		outlook: 'Outlook (Windows、従来版)',
		'outlook-new': '新しい Outlook (Windows)',
	},

	/** Words of the generated field tables and config files (src/clients). */
	config: {
		/** Which secret a password field wants; `host` is e.g. "共用計算機 (ruby)". */
		secret: {
			'login-password': (host: string) => `${host} のログインパスワード`,
			'apop-password': (host: string) => `popauth で設定した APOP 専用のパスワード (${host} のログインパスワードではありません)`,
			none: 'なし (認証しません)',
		},
		/** The connection's protection in a one-line description. */
		tls: { implicit: 'SSL/TLS', starttls: 'STARTTLS', none: '暗号化なし' } satisfies Record<TlsMode, string>,
		/** Sentences joined into one note. */
		sentences: (parts: readonly string[]) => parts.join(''),
		/** Plain SMTP's limit; `domains` e.g. "club.kyutech.ac.jp". */
		smtpLimit: (domains: string) => `認証なしの SMTP は ${domains} 宛にしか届けません。ほかの宛先には SMTP-AUTH を使ってください。`,
		/** One service's unconfirmed values in a config file's comment; `fields` e.g. "ポート 587" (from unconfirmedFields). */
		unconfirmedItem: (host: string, fields: string) => `${host} の${fields}`,
		unconfirmedFields: (fields: readonly string[]) => fields.join('・'),
		unconfirmedItems: (items: readonly string[]) => items.join('、'),
		/** The comment lines of a config file with unconfirmed values (`mark` 要確認, `why` unconfirmedFile). */
		unconfirmedLines: (mark: string, items: string, why: string, url: string) => [
			`${mark}: ${items} は、${why}。`,
			`つながらないときは ${url} を見てください。`,
		],
		/** What to enter in a password field. */
		typeIt: '(入力します)',
		/** Stands for the reader's password in a config example. */
		passwordSlot: '(パスワード)',
		/** A comment line "password: …". */
		passwordIs: (secret: string) => `パスワード: ${secret}。`,
		/** A comment before a warning. */
		warning: (text: string) => `注意: ${text}`,
		/** APOP without SSL: what it does not protect. */
		clearApop: [
			'注意: SSL なしの APOP が隠すのはパスワードだけで、メールの本文は暗号化されません。',
			'できるだけ APOP over SSL か POP3 over SSL を使ってください。',
		],
		fetchmail: {
			chmod: '保存したら chmod 600 ~/.fetchmailrc (fetchmail は他人が読めるファイルを拒否します)。',
			noPassword: [
				'パスワードはこのファイルに書きません。fetchmail は ~/.netrc (chmod 600) を探し、',
				'見つからなければ起動時に尋ねます。~/.netrc に書く場合の例:',
			],
			clearApop: [
				'注意: SSL なしの APOP が隠すのはパスワードだけで、メールの本文は暗号化されません。',
				'2007 年に見つかった弱点もあるため、できるだけ APOP over SSL か POP3 over SSL を使ってください。',
			],
			keep: '受信したメールをサーバーにも残す場合は、この行の先頭の # を消します',
		},
		getmail: {
			where: '保存場所: ~/.config/getmail/getmailrc (chmod 600)。受信: getmail',
			noPassword: [
				'パスワードはこのファイルに書きません。getmail が起動時に尋ねます。',
				'保存したい場合は password_command でパスワード管理ソフトから読み出します。例:',
			],
			caCerts: 'ca_certs があるときだけ getmail6 は証明書とホスト名を確かめます。消さないでください。',
			maildir: '先に作っておきます: mkdir -p ~/Maildir/cur ~/Maildir/new ~/Maildir/tmp',
			readNew: '新しいメールだけを受信し、サーバーにも残します (消すなら delete = true)。',
		},
		msmtp: {
			chmod: '保存したら chmod 600 ~/.msmtprc。送信: msmtp -t < メール',
			noPassword: [
				'パスワードはこのファイルに書きません。msmtp は ~/.netrc (chmod 600) を探し、',
				'見つからなければ送信のときに尋ねます。~/.netrc に書く場合の例:',
			],
			passwordeval: 'パスワード管理ソフトから読み出す場合は passwordeval を使います。例:',
			verify: '証明書とホスト名を必ず確かめます。',
		},
		mutt: {
			together: '受信と送信のファイルは、一つの ~/.muttrc に続けて書けます (どちらが先でも同じです)。',
			/** Which password (receiving or sending) a comment line names. */
			receivePassword: (secret: string) => `受信のパスワード: ${secret}。`,
			sendPassword: (secret: string) => `送信のパスワード: ${secret}。`,
			/** `variables` e.g. ["pop_pass", "smtp_pass"]. */
			noPassword: (variables: readonly string[], slot: string) => [
				'パスワードはこのファイルに書きません。mutt が接続のときに尋ねます。保存したい場合は別のファイル',
				`~/.mutt/secrets (chmod 600) に ${variables.map((v) => `set ${v} = "${slot}"`).join(' と ')} と書き、次の行の # を消します。`,
			],
			popDelete: '受信したメールをサーバーにも残す (消すなら yes)',
			fetchKey: 'G キーで受信します。受信したメールは $spoolfile (ふつうは $MAIL) に入ります。',
			/** Above the account-hook of one server; `server` is "host:port". */
			hookForce: (server: string) => `${server} に接続する直前に: 暗号化できなければ接続しません。`,
			hookOptional: (server: string) =>
				`${server} に接続する直前に: サーバーが STARTTLS を提供していれば暗号化します (なくても接続します)。`,
			verify: [
				'証明書とホスト名を必ず確かめます。信頼する認証局はシステムのものを使います',
				'(Debian・Ubuntu・Fedora の GnuTLS 版も macOS の Homebrew 版 (OpenSSL) も、初めからそうなっています)。',
			],
			gnutlsOnly: '次の行は GnuTLS 版の mutt だけが知る変数です (OpenSSL 版では使えません)。',
			viaMsmtp: '送信は msmtp に任せます (~/.msmtprc)。smtp_url があると mutt は msmtp を使わないので、消しておきます。',
		},
		stunnel: {
			/** The file's first comment; `org` is the commission's short name. */
			title: (org: string) => `stunnel.conf: ${org} のメールサーバーへの SSL トンネル`,
			intro: [
				'stunnel 5 のクライアントモードです。実行: stunnel stunnel.conf (止めるときは Ctrl-C)',
				'CAfile は信頼する認証局のファイルです。Debian・Ubuntu 以外では書き換えます (macOS: /etc/ssl/cert.pem、Windows 版: ca-certs.pem)。',
				'メーラーと stunnel の間 (127.0.0.1) はこのコンピューターの中だけの通信で、',
				'stunnel とサーバーの間は SSL/TLS で暗号化され、サーバーの証明書も確かめます。',
			],
			/** Above `foreground` and `pid`, which the Windows build does not know. */
			notOnWindows: (n: number) =>
				`次の ${n} 行は Linux・macOS 用です。Windows 版の stunnel にはない設定で、あると起動しないので消してください。`,
			tunnelTo: (service: string) => `${service} へのトンネル。SSL に対応していないメーラーには、次のように設定します:`,
			incomingKind: '受信サーバー (POP3)',
			outgoingKind: '送信サーバー (SMTP)',
			mailerSettings: (kind: string, port: number) => `${kind}: 127.0.0.1   ポート: ${port}   SSL: 使わない`,
			accountName: (account: string, auth: string) => `アカウント名: ${account}   ${auth}`,
			authApop: '認証方式 APOP',
			authUser: '通常のパスワード認証 (USER/PASS)',
			authSmtp: 'SMTP-AUTH あり',
			passwordLine: (secret: string) => `パスワード: ${secret}`,
			/** Above the `n` lines that make stunnel verify the server. */
			verify: (n: number) => `証明書を確かめます (stunnel の既定は「確かめない」なので、次の ${n} 行は消さないでください)`,
			minTls: (version: string) => `TLS ${version} より古い版では接続しません`,
		},
		/** The Apple configuration profile's names and description. */
		mobileconfig: {
			mailName: (org: string) => `${org} メール`,
			mailDescription: (incoming: string, outgoing: string) => `${incoming} と ${outgoing} の設定`,
			profileName: (org: string) => `${org} メール設定`,
			profileDescription: (domain: string, incoming: string, outgoing: string, host: string) =>
				`${domain} のメールを受信 (${incoming}) と送信 (${outgoing}) に設定します。メールアドレス、アカウント名、パスワード (${host} のログインパスワード) はインストールのときに入力します。`,
		},

		/** Field tables of the GUI clients: titles, the clients' labels and the values to choose. */
		/** A field's label with the tab it is on, e.g. "[基本] プロトコル". */
		inTab: (tab: string, label: string) => `[${tab}] ${label}`,
		checked: 'チェックする',
		unchecked: 'チェックしない',
		/** "Specify the port" check box: leave unticked for the standard port, else tick and give it. */
		standardPort: (port: number) => `チェックしない (標準の ${port} 番)`,
		otherPort: (port: number) => `チェックして ${port} 番`,
		outlookExpress: {
			incomingTitle: 'Outlook Express: 受信メールサーバー',
			outgoingTitle: 'Outlook Express: 送信メールサーバー',
			tabs: outlookExpressTabs,
			labels: outlookExpress,
			onIfNeeded: '必要ならオン',
			leaveCopyNote: 'オンにすると、受信したメールがサーバーにも残ります。',
			tlsNote: (max: string, min: string) =>
				`Outlook Express は TLS ${max} までしか使えないため、TLS ${min} 以上を求めるいまのサーバーには接続できないことがあります。`,
			starttlsNote: 'Outlook Express は STARTTLS で暗号化します。',
		},
		/** Classic Outlook for Windows: its labels are graded (src/i18n/outlook.ts); the notes beside them are ours. */
		outlook: {
			incomingTitle: 'Outlook: 受信 (POP3)',
			outgoingTitle: 'Outlook: 送信 (SMTP)',
			labels: sided(outlookLabels, 'ja'),
			spaNote:
				'SPA は Microsoft の NTLM 認証です。このサーバーは使わないので、チェックしません。パスワードは暗号化された接続の中で送られます。',
			userNameNote: 'メールアドレスではありません。追加の画面にはこの欄がないため、追加したあとで確かめます。',
			leaveCopyNote: 'チェックすると、受信したメールがサーバーにも残ります。ほかの端末でも読むときはチェックします。',
			/** `secret` e.g. "共用計算機 (ruby) のログインパスワード". */
			sameSettingsNote: (secret: string) => `送信の認証にも、受信と同じユーザー名とパスワード（${secret}）を使います。`,
			select: '選ぶ',
			asYouLike: 'お好みで',
		},
		/** The new Outlook for Windows: graded labels (src/i18n/outlook.ts) and our notes. */
		outlookNew: {
			incomingTitle: '新しい Outlook: 受信 (POP)',
			outgoingTitle: '新しい Outlook: 送信 (SMTP)',
			labels: sided(outlookNewLabels, 'ja'),
			on: 'オン',
			off: 'オフ',
			showMoreNote: 'オンにすると、サーバーとポートの欄が出ます。',
			recommendedNote: 'オフにして、下の値を自分で入れます。',
		},
		sylpheed: {
			incomingTitle: 'Sylpheed: 受信 (POP3)',
			outgoingTitle: 'Sylpheed: 送信 (SMTP)',
			tabs: sylpheedTabs,
			labels: sylpheed,
			sslNote: 'SSL 機能のない Sylpheed では使えません。',
		},
		becky: {
			incomingTitle: 'Becky!: 受信 (POP3)',
			outgoingTitle: 'Becky!: 送信 (SMTP)',
			tabs: beckyTabs,
			labels: becky,
			versionNote: 'Becky! の版によって、表示が少し違うことがあります。',
			plainOrLogin: 'PLAIN または LOGIN',
			notApop: (secret: string) => `${secret}。APOP パスワードではありません。`,
		},
		thunderbird: {
			/**
			 * The places the pages send readers to (the account tree of Account Settings; the
			 * outgoing-server pane is titled 送信サーバー設定); also the field tables' titles.
			 */
			places: {
				accountSettings: 'アカウント設定',
				serverSettings: 'サーバー設定',
				outgoingServers: '送信 (SMTP) サーバー',
				outgoingServerSettings: '送信サーバー設定',
				incomingServer: '受信サーバー',
				/** The button under the outgoing server's details. */
				edit: '編集...',
			},
			email: 'メールアドレス',
			protocol: 'プロトコル',
			/** The manual setup's section for the outgoing server (the account tree says 送信 (SMTP) サーバー). */
			outgoingServer: '送信サーバー',
			/** In Account Settings, ホスト名 is サーバー名 (ユーザー名 stays ユーザー名). */
			serverName: 'サーバー名',
			accountUserName: 'ユーザー名',
			hostname: 'ホスト名',
			port: 'ポート番号',
			security: '接続の保護',
			/** Thunderbird's 接続の保護 choices. */
			securityChoices: { implicit: 'SSL/TLS', starttls: 'STARTTLS', none: 'なし' } satisfies Record<TlsMode, string>,
			authMethod: '認証方式',
			encryptedPassword: '暗号化されたパスワード認証',
			apopNote: 'Thunderbird はこの設定で、サーバーが CRAM-MD5 を示さなければ APOP を使います。',
			normalPassword: '通常のパスワード認証',
			noAuth: '認証なし',
			username: 'ユーザー名',
			password: 'パスワード',
			leaveOnServer: 'ダウンロード後もサーバーにメッセージを残す',
			asYouLike: 'お好みで',
			leaveOnServerNote: 'チェックすると、受信したメールがサーバーにも残ります。',
			/**
			 * The words of the account setup's own dialog, for the illustrations: Thunderbird's Japanese
			 * localisation (ja/mail/messenger/accountcreation/accountSetup.ftl), as its English ones are.
			 */
			dialog: {
				setupTitle: '既存のメールアドレスのセットアップ',
				fullName: 'あなたのお名前',
				rememberPassword: 'パスワードを記憶する',
				configureManually: '手動設定',
				cancel: 'キャンセル',
				continue: '続ける',
				manualTitle: '手動設定',
				incomingLegend: '受信サーバー',
				outgoingLegend: '送信サーバー',
				advancedConfig: '詳細設定',
				retest: '再テスト',
				done: '完了',
			},
		},
		appleMail: {
			incomingTitle: 'メール: 受信用メールサーバ',
			outgoingTitle: 'メール: 送信用メールサーバ (SMTP)',
			accountType: 'アカウントの種類',
			email: 'メールアドレス',
			incomingServer: '受信用メールサーバ',
			outgoingServer: '送信用メールサーバ',
			userName: 'ユーザ名',
			password: 'パスワード',
			port: 'ポート',
			useSsl: 'TLS/SSLを使用',
			/** iPhone and iPad name two fields differently (apple-mail.md, steps 6–7). */
			iosPort: 'サーバポート',
			iosUseSsl: 'SSLを使用',
			iosIncomingServer: '受信メールサーバ',
			iosOutgoingServer: '送信メールサーバ',
			onIos: (label: string) => `iPhone・iPad では［${label}］。`,
			on: 'オン',
			off: 'オフ',
			starttlsNote: 'このポートでは STARTTLS で暗号化されます。',
			authentication: '認証',
			passwordAuth: 'パスワード',
			/** The words of the iPhone's own setup screens, for the illustrations (as the English ones are). */
			dialog: {
				accountTitle: 'アカウント',
				name: '名前',
				email: 'メール',
				description: '説明',
				cancel: 'キャンセル',
				next: '次へ',
				newAccount: '新規アカウント',
				save: '保存',
				hostName: 'ホスト名',
				advanced: '詳細',
				incomingSettings: '受信設定',
				back: '< アカウント',
				done: '完了',
			},
			/** Is a dialog word not confirmed from a source (drawn with the picture legend's dotted line)? */
			dialogUnconfirmed: (_word: string): boolean => false,
		},
	},
	/** Graded labels of clients that cannot run here (src/i18n/sourced.ts): their mark and the page's list of sources. */
	labels: {
		/** A label in prose: the quotation marks the manual uses for a screen's words. */
		quote: (label: string) => `［${label}］`,
		/** The mark's tooltip after a label not seen on screen. */
		markTitle: (label: string) =>
			`「${label}」は画面で確かめていない項目名です（何が不確かかは、このページの「画面の表示の出典」にあります）`,
		/** The mark's tooltip after a control described because no source shows its label (never quoted: it is not the label). */
		unseenTitle: 'この項目の表示は資料に見つからなかったため、どういう項目かを説明しています（このページの「画面の表示の出典」にあります）',
		/** The `::: label-sources` list. */
		listLabel: '画面の表示の出典',
		label: '項目',
		grade: '確かさ',
		why: '不確かな点',
		sources: '出典',
		/** Each grade in a word (the list's column). */
		grades: { A: '確か', B: '資料が1つ', C: '弱い資料', '?': '見つからない' },
		/** What each grade leaves uncertain (the list's line the mark links to); A leaves nothing. */
		uncertain: {
			A: 'Microsoft の文書か、一致する二つの資料があります。',
			B: '資料が一つだけで、画面では確かめていません。',
			C: '弱い資料（翻訳や推測）だけで、画面では確かめていません。',
			'?': '表示を書いた資料が見つかりません。項目名の代わりに項目の説明を載せています。',
		},
		/** The picture's legend under an illustration with such labels. */
		pictureLegend: '点線の項目名は画面で確かめていません。灰色の帯は、表示が見つからない項目です。',
	},
	/** Facts about the service with an assumption in the settings (the all-settings page lists them). */
	facts: {
		imap: 'IMAP',
		cloudClients: 'データセンターからの接続',
		contact: '委員会の問い合わせ先',
		login: (host: string) => `${host} にログインするアドレス (SSH)`,
		commissionPages: '委員会のページのアドレス',
		unknownPages: (pages: readonly string[]) => `${pages.join('・')}のアドレスが分かりません`,
		unknownPagesWhy: '2004年のページのメニューにあった委員会のページは、アドレスがそのページといっしょに失われ、まだ確かめられていません。',
	},
	/** Whether the servers accept connections from Microsoft's datacentres ({{ cloudClients.accepted }}). */
	cloudClients: {
		accepted: 'Microsoft のデータセンターからの接続も受け付けます',
		notAccepted: 'Microsoft のデータセンターからの接続は受け付けません',
	},
	/** A sidebar group's disclosure button (its pages open in place). */
	sidebarGroup: (label: string) => `${label} の中のページ`,
	/** The Apple profile's QR code: its accessible name (with the URL) and its caption. */
	profileQrLabel: (url: string) => `構成プロファイルのアドレス（${url}）の QR コード`,
	profileQrCaption:
		'パソコンでこのページを見ているときは、iPhone・iPad のカメラでこの QR コードを読み取ると、構成プロファイルを iPhone・iPad でダウンロードできます。',
} as const;

// The shape of a words table: ja's keys, with any text (the English table's own words) in place of
// ja's literal strings. Field-table labels may be glossed Japanese labels in either table.
type Widen<T> = T extends string
	? string
	: T extends readonly string[]
		? readonly string[]
		: T extends (...args: infer A) => infer R
			? (...args: A) => Widen<R>
			: T extends JaLabel
				? UiText
				: T extends SourcedText
					? SourcedText
					: { readonly [K in keyof T]: Widen<T[K]> };

/** The shape of every language's table (src/i18n/ja.ts, src/i18n/en.ts). */
export type Words = Omit<Widen<typeof ja>, 'locale'> & { readonly locale: 'ja' | 'en' };
