// Every walkthrough's pictures as data: which page, which file, and the dialog it shows, built from
// the settings through the client generators (src/clients), so labels and values never drift. Pure;
// `npm run screenshots` captures them (run.ts) and the unit test checks the manifest against them.
import { createHash } from 'node:crypto';
import { fieldsSnippet, type ClientId, type Method } from '../../src/clients/index.ts';
import { strings, type UiText } from '../../src/i18n/index.ts';
import { service, type Settings } from '../../src/settings/schema.ts';
import type { Control, DialogSpec, Group } from './dialog.ts';

/** One picture. */
export interface Shot {
	/** The Markdown page that shows it. */
	page: string;
	/** The PNG, relative to the project root. */
	file: string;
	/** What it shows: an illustration's dialog, or the real client's screen (RealSpec). */
	spec: DialogSpec | RealSpec;
	/** Services whose values it shows (recorded in the manifest). */
	uses: Method[];
	/** True for an HTML/CSS illustration (not a capture of the real client). */
	illustration: boolean;
}

/** Is this shot a capture of the real client? */
export const isReal = (spec: DialogSpec | RealSpec): spec is RealSpec => 'pane' in spec;

/** Where the pictures of the client walkthroughs live. */
export const IMAGE_DIR = 'content/mail/clients/images';
/** The manifest beside them. */
export const MANIFEST = `${IMAGE_DIR}/manifest.json`;

/** The sample person the pictures show (the account is settings.exampleAccount). */
export const SAMPLE_NAME = '九工大 太郎';

/** What the manifest records for one picture: the values it was made from and their hash. */
export interface ShotRecord {
	page: string;
	illustration: boolean;
	/** host, port, tls, auth of every service the picture shows, plus the account and address. */
	settings: Record<string, string | number>;
	/** sha256 of the dialog spec (every label and value drawn) and the recorded settings. */
	inputHash: string;
	/** sha256 of the PNG as written. */
	sha256: string;
}

/** The settings values a shot records. */
export function shotSettings(settings: Settings, shot: Shot): Record<string, string | number> {
	const out: Record<string, string | number> = { account: settings.exampleAccount, domain: settings.domain };
	for (const m of shot.uses) {
		const s = service(settings, m);
		Object.assign(out, { [`${m}.host`]: s.host, [`${m}.port`]: s.port, [`${m}.tls`]: s.tls, [`${m}.auth`]: s.auth });
	}
	return out;
}

/** The hash of what a shot draws: stale when any label or value changes. */
export function inputHash(settings: Settings, shot: Shot): string {
	return createHash('sha256')
		.update(JSON.stringify({ spec: shot.spec, settings: shotSettings(settings, shot) }))
		.digest('hex');
}

/** A generator row as the pictures draw it: the Japanese interface's label and value. */
interface FieldRow {
	label: string;
	value: string;
}
// The pictures show the Japanese interfaces: the Japanese table's words (its labels are plain text).
const ja = strings('ja');
const japanese = (t: UiText) => (typeof t === 'string' ? t : t.ja);

// A generator row by its label (exactly as the generator writes it); throws when a label drifted.
function rowOf(settings: Settings, client: ClientId, method: Method, label: string): FieldRow {
	const s = fieldsSnippet(settings, client, method, settings.exampleAccount, ja);
	const rows = s.rows.map((r) => ({ label: japanese(r.label), value: japanese(r.value) }));
	const row = rows.find((r) => r.label === label);
	if (!row)
		throw new Error(`screenshots: ${client} ${method} has no field "${label}" (its fields: ${rows.map((r) => r.label).join(' | ')})`);
	return row;
}
// The label as the dialog shows it: without the "[tab] " prefix the tables use.
const shown = (label: string) => label.replace(/^\[[^\]]+\]\s*/, '');

// Controls from generator rows.
const text = (row: FieldRow, mark = false): Control => ({ kind: 'text', label: shown(row.label), value: row.value, mark });
const password = (row: FieldRow, mark = false): Control => ({ kind: 'password', label: shown(row.label), value: '', mark });
const checked = (value: string) => /^(オン|チェックする|チェックして)/.test(value);

/** Every picture of every walkthrough, in page order. */
export function shots(settings: Settings): Shot[] {
	return [
		...outlookExpress(settings),
		...sylpheed(settings, 'pop3s'),
		...sylpheed(settings, 'apop'),
		...becky(settings),
		...thunderbird(settings),
		...appleMail(settings),
	];
}

function outlookExpress(settings: Settings): Shot[] {
	const page = 'content/mail/clients/outlook-express.md';
	const dir = `${IMAGE_DIR}/outlook-express`;
	const r = (label: string, m: 'pop3s' | 'smtp' = 'pop3s') => rowOf(settings, 'outlook-express', m, label);
	const email = `${settings.exampleAccount}@${settings.domain}`;
	const wizard = 'インターネット接続ウィザード';
	const accountsTabs = ['すべて', 'メール', 'ニュース', 'ディレクトリ サービス'];
	const propTabs = ['全般', 'サーバー', '接続', 'セキュリティ', '詳細設定'];
	const base = { theme: 'xp' as const, width: 520 };
	const shot = (name: string, uses: Method[], spec: Omit<DialogSpec, 'theme' | 'width'>): Shot => ({
		page,
		file: `${dir}/${name}.png`,
		spec: { ...base, ...spec },
		uses,
		illustration: true,
	});
	const host = r('受信メールサーバー').value;
	return [
		shot('1-accounts', [], {
			title: 'インターネット アカウント',
			tabs: accountsTabs,
			tab: 'すべて',
			groups: [
				{
					controls: [
						{ kind: 'list', label: 'アカウント', items: [] },
						{
							kind: 'menu',
							path: ['追加(A)'],
							items: ['メール(M)...', 'ニュース(N)...', 'ディレクトリ サービス(D)...'],
							selected: 0,
							mark: true,
						},
					],
				},
			],
			buttons: ['削除(R)', 'プロパティ(P)', '閉じる'],
		}),
		shot('2-name', [], {
			title: wizard,
			intro: '名前 — 電子メールを送信するときに、差出人として表示される名前を入力します。',
			groups: [{ controls: [{ kind: 'text', label: '表示名(D):', value: SAMPLE_NAME, mark: true }] }],
			buttons: ['< 戻る(B)', '次へ(N) >', 'キャンセル'],
			markButton: '次へ(N) >',
		}),
		shot('2-address', [], {
			title: wizard,
			intro: 'インターネット電子メール アドレス',
			groups: [{ controls: [{ kind: 'text', label: '電子メール アドレス(E):', value: email, mark: true }] }],
			buttons: ['< 戻る(B)', '次へ(N) >', 'キャンセル'],
			markButton: '次へ(N) >',
		}),
		shot('3-servers', ['pop3s', 'smtp'], {
			title: wizard,
			intro: '電子メール サーバー名',
			groups: [
				{
					controls: [
						{ kind: 'select', label: shown(r('受信メールサーバーの種類').label), value: r('受信メールサーバーの種類').value },
						text(r('受信メールサーバー'), true),
						text(r('送信メールサーバー (SMTP)', 'smtp'), true),
					],
				},
			],
			buttons: ['< 戻る(B)', '次へ(N) >', 'キャンセル'],
		}),
		shot('4-logon', ['pop3s'], {
			title: wizard,
			intro: 'インターネット メール ログオン',
			groups: [
				{
					controls: [
						text(r('アカウント名'), true),
						password(r('パスワード'), true),
						{ kind: 'check', label: 'パスワードを保存する(W)', checked: false },
					],
				},
			],
			buttons: ['< 戻る(B)', '次へ(N) >', 'キャンセル'],
		}),
		shot('5-properties', ['pop3s'], {
			title: 'インターネット アカウント',
			tabs: accountsTabs,
			tab: 'メール',
			groups: [{ controls: [{ kind: 'list', label: 'アカウント', items: [host], selected: 0 }] }],
			buttons: ['追加(A)', '削除(R)', 'プロパティ(P)', '閉じる'],
			markButton: 'プロパティ(P)',
		}),
		shot('6-advanced', ['pop3s', 'smtp'], {
			title: `${host} のプロパティ`,
			tabs: propTabs,
			tab: '詳細設定',
			groups: [
				{
					heading: 'サーバーのポート番号',
					controls: [
						text(r('[詳細設定] 送信メール (SMTP)', 'smtp')),
						{
							kind: 'check',
							label: shown(r('[詳細設定] このサーバーはセキュリティで保護された接続 (SSL) が必要 (送信メール)', 'smtp').label),
							checked: checked(r('[詳細設定] このサーバーはセキュリティで保護された接続 (SSL) が必要 (送信メール)', 'smtp').value),
						},
						text(r('[詳細設定] 受信メール (POP3)'), true),
						{
							kind: 'check',
							label: shown(r('[詳細設定] このサーバーはセキュリティで保護された接続 (SSL) が必要 (受信メール)').label),
							checked: checked(r('[詳細設定] このサーバーはセキュリティで保護された接続 (SSL) が必要 (受信メール)').value),
							mark: true,
						},
					],
				},
				{
					heading: '配信',
					controls: [{ kind: 'check', label: shown(r('[詳細設定] サーバーにメッセージのコピーを置く').label), checked: true }],
				},
			],
			buttons: ['OK', 'キャンセル', '適用(A)'],
		}),
	];
}

function sylpheed(settings: Settings, incoming: 'pop3s' | 'apop'): Shot[] {
	const page = `content/mail/clients/sylpheed-${incoming}.md`;
	const dir = `${IMAGE_DIR}/sylpheed-${incoming}`;
	const r = (label: string, m: Method = incoming) => rowOf(settings, 'sylpheed', m, label);
	const tabs = ['基本', '受信', '送信', '作成', '署名', 'プライバシー', 'SSL', '高度な設定'];
	const email = `${settings.exampleAccount}@${settings.domain}`;
	const shot = (name: string, uses: Method[], spec: Omit<DialogSpec, 'theme' | 'width'>): Shot => ({
		page,
		file: `${dir}/${name}.png`,
		spec: { theme: 'gtk', width: 560, ...spec },
		uses,
		illustration: true,
	});
	const title = 'アカウントの設定';
	const basic = (markServer: boolean, markUser: boolean): Group[] => [
		{
			heading: '個人情報',
			controls: [
				{ kind: 'text', label: '名前', value: SAMPLE_NAME },
				{ kind: 'text', label: 'メールアドレス', value: email, mark: markServer },
			],
		},
		{
			heading: 'サーバ情報',
			controls: [
				{ kind: 'select', label: shown(r('[基本] プロトコル').label), value: r('[基本] プロトコル').value, mark: markServer },
				text(r('[基本] 受信用サーバ'), markServer),
				text(r('[基本] SMTPサーバ', 'smtp'), markServer),
				text(r('[基本] ユーザID'), markUser),
				password(r('[基本] パスワード'), markUser),
			],
		},
	];
	const out = [
		shot('1-menu', [], {
			title: 'Sylpheed',
			groups: [
				{
					controls: [
						{
							kind: 'menu',
							path: ['設定(C)', 'ツール(T)', 'ヘルプ(H)'],
							items: ['共通の設定(C)...', 'フィルタの設定(I)...', '-', '新規アカウントの作成(N)...', 'アカウントの編集(A)...'],
							selected: 3,
							mark: true,
						},
					],
				},
			],
			buttons: [],
		}),
		shot('2-basic', [incoming, 'smtp'], { title, tabs, tab: '基本', groups: basic(true, false), buttons: ['OK', 'キャンセル'] }),
		shot('3-user', [incoming], { title, tabs, tab: '基本', groups: basic(false, true), buttons: ['OK', 'キャンセル'] }),
	];
	if (incoming === 'apop') return out;
	const pop = service(settings, 'pop3s');
	const smtpChoice = r('[SSL] SMTP', 'smtp').value;
	return [
		...out,
		shot('4-ssl', ['pop3s', 'smtp'], {
			title,
			tabs,
			tab: 'SSL',
			groups: [
				{
					heading: 'POP3',
					controls: [
						{ kind: 'radio', label: 'SSLを使用しない', checked: pop.tls === 'none' },
						{
							kind: 'radio',
							label: shown(r('[SSL] POP3の接続にSSLを使用').label),
							checked: checked(r('[SSL] POP3の接続にSSLを使用').value),
							mark: true,
						},
						{ kind: 'radio', label: 'STARTTLSコマンドでSSLセッションを開始', checked: pop.tls === 'starttls' },
					],
				},
				{
					heading: 'SMTP',
					controls: ['SSLを使用しない', 'SMTPの接続にSSLを使用', 'STARTTLSコマンドでSSLセッションを開始'].map((label): Control => ({
						kind: 'radio',
						label,
						checked: label === smtpChoice,
					})),
				},
			],
			buttons: ['OK', 'キャンセル'],
		}),
		shot('5-advanced', ['pop3s', 'smtp'], {
			title,
			tabs,
			tab: '高度な設定',
			groups: [
				{
					controls: [
						{
							kind: 'check',
							label: `${shown(r('[高度な設定] SMTPポートを指定', 'smtp').label)}: ${service(settings, 'smtp').port}`,
							checked: checked(r('[高度な設定] SMTPポートを指定', 'smtp').value),
						},
						{
							kind: 'check',
							label: `${shown(r('[高度な設定] POP3ポートを指定').label)}: ${pop.port}`,
							checked: checked(r('[高度な設定] POP3ポートを指定').value),
							mark: true,
						},
					],
				},
			],
			buttons: ['OK', 'キャンセル'],
		}),
	];
}

function becky(settings: Settings): Shot[] {
	const page = 'content/mail/clients/becky-apop.md';
	const dir = `${IMAGE_DIR}/becky-apop`;
	const r = (label: string, m: Method = 'apop') => rowOf(settings, 'becky', m, label);
	const email = `${settings.exampleAccount}@${settings.domain}`;
	const shot = (name: string, uses: Method[], spec: Omit<DialogSpec, 'theme' | 'width'>): Shot => ({
		page,
		file: `${dir}/${name}.png`,
		spec: { theme: 'xp', width: 540, ...spec },
		uses,
		illustration: true,
	});
	const auth = r('[基本設定] 認証方式').value;
	const basic = (markServer: boolean, markUser: boolean): Group[] => [
		{
			heading: 'ユーザー情報',
			controls: [
				{ kind: 'text', label: '名前', value: SAMPLE_NAME },
				{ kind: 'text', label: 'メールアドレス', value: email },
			],
		},
		{
			heading: 'サーバー情報',
			controls: [
				text(r('[基本設定] POP3サーバー'), markServer),
				text(r('[基本設定] SMTPサーバー', 'smtp'), markServer),
				text(r('[基本設定] ユーザーID'), markUser),
				password(r('[基本設定] パスワード'), markUser),
			],
		},
		{
			heading: shown(r('[基本設定] 認証方式').label),
			controls: ['標準', 'APOP'].map((label): Control => ({
				kind: 'radio',
				label,
				checked: label === auth,
				mark: markUser && label === auth,
			})),
		},
	];
	const title = 'メールボックスの設定';
	const tabs = ['基本設定', '詳細', '受信', '送信', '振り分け', 'その他'];
	return [
		shot('1-menu', [], {
			title: 'Becky! Internet Mail',
			groups: [
				{
					controls: [
						{
							kind: 'menu',
							path: ['ファイル(F)', 'メールボックス(M)'],
							items: ['新規作成(N)...', 'フォルダの追加(F)...', '-', 'メールボックスの削除(D)'],
							selected: 0,
							mark: true,
						},
					],
				},
			],
			buttons: [],
		}),
		shot('2-servers', ['apop', 'smtp'], { title, tabs, tab: '基本設定', groups: basic(true, false), buttons: ['OK', 'キャンセル'] }),
		shot('3-user', ['apop'], { title, tabs, tab: '基本設定', groups: basic(false, true), buttons: ['OK', 'キャンセル'] }),
	];
}

function thunderbird(settings: Settings): Shot[] {
	const page = 'content/mail/clients/thunderbird.md';
	const dir = `${IMAGE_DIR}/thunderbird`;
	const r = (label: string, m: Method) => rowOf(settings, 'thunderbird', m, label);
	const shot = (name: string, uses: Method[], spec: Omit<DialogSpec, 'theme' | 'width'>): Shot => ({
		page,
		file: `${dir}/${name}.png`,
		spec: { theme: 'tb', width: 600, ...spec },
		uses,
		illustration: true,
	});
	const real = (name: string, uses: Method[], where: Pick<RealSpec, 'pane' | 'bottom'>): Shot => ({
		page,
		file: `${dir}/${name}.png`,
		spec: {
			client: 'thunderbird',
			incoming: 'pop3s',
			outgoing: 'submission',
			name: SAMPLE_NAME,
			top: '#containerBox > .dialogheader',
			...where,
		},
		uses,
		illustration: false,
	});
	const server = (m: 'pop3s' | 'submission', heading: string): Group => ({
		heading,
		controls: [
			...(m === 'pop3s' ? [{ kind: 'select' as const, label: 'プロトコル', value: r('プロトコル', m).value, mark: true }] : []),
			text(r('ホスト名', m), true),
			text(r('ポート番号', m), true),
			{ kind: 'select', label: '接続の保護', value: r('接続の保護', m).value, mark: true },
			{ kind: 'select', label: '認証方式', value: r('認証方式', m).value, mark: true },
			text(r('ユーザー名', m), true),
		],
	});
	return [
		shot('2-account', [], {
			title: '既存のメールアドレスのセットアップ',
			groups: [
				{
					controls: [
						{ kind: 'text', label: 'あなたのお名前', value: SAMPLE_NAME },
						text(r('メールアドレス', 'pop3s'), true),
						password(r('パスワード', 'pop3s'), true),
						{ kind: 'check', label: 'パスワードを記憶する', checked: false },
					],
				},
			],
			buttons: ['手動設定', 'キャンセル', '続ける'],
			markButton: '続ける',
		}),
		shot('4-incoming', ['pop3s'], { title: '手動設定', groups: [server('pop3s', '受信サーバー')], buttons: [] }),
		shot('5-outgoing', ['submission'], {
			title: '手動設定',
			groups: [server('submission', '送信サーバー')],
			buttons: ['詳細設定', '再テスト', '完了'],
			markButton: '再テスト',
		}),
		// Real captures of Thunderbird's account settings (scripts/screenshots/real.ts).
		real('account-incoming', ['pop3s'], { pane: 'am-server.xhtml', bottom: '#pop3\\.deleteMailLeftOnServer' }),
		real('account-outgoing', ['submission'], { pane: 'am-smtp.xhtml', bottom: '#smtpServerInfoBox' }),
	];
}

function appleMail(settings: Settings): Shot[] {
	const page = 'content/mail/clients/apple-mail.md';
	const dir = `${IMAGE_DIR}/apple-mail`;
	const r = (label: string, m: 'pop3s' | 'submission') => rowOf(settings, 'apple-mail', m, label);
	const shot = (name: string, uses: Method[], spec: Omit<DialogSpec, 'theme' | 'width'>): Shot => ({
		page,
		file: `${dir}/${name}.png`,
		spec: { theme: 'ios', width: 390, ...spec },
		uses,
		illustration: true,
	});
	const email = r('メールアドレス', 'pop3s').value;
	const on = (m: 'pop3s' | 'submission') => r('TLS/SSLを使用', m).value === 'オン';
	const server = (m: 'pop3s' | 'submission', heading: string, mark: boolean): Group => ({
		heading,
		controls: [
			{ kind: 'text', label: 'ホスト名', value: r(m === 'pop3s' ? '受信用メールサーバ' : '送信用メールサーバ', m).value, mark },
			{ kind: 'text', label: 'ユーザ名', value: r('ユーザ名', m).value, mark },
			{ kind: 'password', label: 'パスワード', value: '', mark },
		],
	});
	const identity: Group = {
		controls: [
			{ kind: 'text', label: '名前', value: SAMPLE_NAME },
			{ kind: 'text', label: 'メール', value: email },
			{ kind: 'text', label: '説明', value: email },
		],
	};
	return [
		shot('manual-2-account', [], {
			title: 'アカウント',
			groups: [
				{
					controls: [
						{ kind: 'text', label: '名前', value: SAMPLE_NAME },
						{ kind: 'text', label: 'メール', value: email, mark: true },
						{ kind: 'password', label: 'パスワード', value: '', mark: true },
						{ kind: 'text', label: '説明', value: email },
					],
				},
			],
			buttons: ['キャンセル', '次へ'],
			markButton: '次へ',
		}),
		shot('manual-3-pop', [], {
			title: '新規アカウント',
			tabs: ['IMAP', r('アカウントの種類', 'pop3s').value],
			tab: r('アカウントの種類', 'pop3s').value,
			groups: [identity],
			buttons: ['キャンセル', '保存'],
		}),
		shot('manual-4-incoming', ['pop3s'], {
			title: '新規アカウント',
			groups: [server('pop3s', '受信メールサーバ', true)],
			buttons: ['キャンセル', '保存'],
		}),
		shot('manual-5-outgoing', ['submission'], {
			title: '新規アカウント',
			groups: [server('submission', '送信メールサーバ', true)],
			buttons: ['キャンセル', '保存'],
			markButton: '保存',
		}),
		shot('manual-6-advanced', ['pop3s'], {
			title: '詳細',
			groups: [
				{
					heading: '受信設定',
					controls: [
						{ kind: 'check', label: 'SSLを使用', checked: on('pop3s'), mark: true },
						{ kind: 'text', label: '認証', value: r('認証', 'pop3s').value },
						{ kind: 'text', label: 'サーバポート', value: r('ポート', 'pop3s').value, mark: true },
					],
				},
			],
			buttons: ['< アカウント', ''],
		}),
		shot('manual-7-smtp', ['submission'], {
			title: r('送信用メールサーバ', 'submission').value,
			groups: [
				{
					heading: '送信用メールサーバ',
					controls: [
						{ kind: 'text', label: 'ホスト名', value: r('送信用メールサーバ', 'submission').value },
						{ kind: 'text', label: 'ユーザ名', value: r('ユーザ名', 'submission').value },
					],
				},
				{
					controls: [
						{ kind: 'check', label: 'SSLを使用', checked: on('submission'), mark: true },
						{ kind: 'text', label: '認証', value: r('認証', 'submission').value, mark: true },
						{ kind: 'text', label: 'サーバポート', value: r('ポート', 'submission').value, mark: true },
					],
				},
			],
			buttons: ['キャンセル', '完了'],
		}),
	];
}

/** A real client's screen: Thunderbird's account settings on one pane, from a profile built from the settings. */
export interface RealSpec {
	client: 'thunderbird';
	/** The account-settings pane (its file name in Thunderbird). */
	pane: 'am-server.xhtml' | 'am-smtp.xhtml';
	/** The services the generated profile uses. */
	incoming: Method;
	outgoing: Method;
	/** The account's display name. */
	name: string;
	/** CSS selectors (in the pane) of the first and the last part of the picture. */
	top: string;
	bottom: string;
}
