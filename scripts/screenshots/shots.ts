// Every walkthrough's pictures as data: one list of walkthroughs (page, picture folder, look) and
// their pictures (file, the dialog it shows). Labels and values come from the client generators'
// rows (src/clients), read as data (tab, kind, value), never from the words a table shows, so they
// never drift. Pure; `npm run screenshots` captures them (run.ts) and the unit tests check the
// manifest against them (tests/unit/screenshots).
import { createHash } from 'node:crypto';
import { fieldsSnippet, type ClientId, type FieldRow, type Method } from '../../src/clients/index.ts';
import { locales, pathPrefix, strings, type Locale, type UiText, type Words } from '../../src/i18n/index.ts';
import { gradedLabel } from '../../src/i18n/labels.ts';
import type { SourcedText } from '../../src/i18n/sourced.ts';
import { service, type Settings } from '../../src/settings/schema.ts';
import { GENERATED_DIR as IMAGE_DIR, shownSettings, type GeneratedRecord } from '../../src/content/generated-pictures.ts';
import type { Control, DialogSpec, Group, Theme } from './dialog.ts';

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
	/** The edition whose page shows it: its interface's language, and the corner tag's. */
	locale: Locale;
}

/** Is this shot a capture of the real client? */
export const isReal = (spec: DialogSpec | RealSpec): spec is RealSpec => 'pane' in spec;

/** Where the pictures of the client walkthroughs live, and their manifest (src/content/generated-pictures.ts: the build reads it too). */
export { GENERATED_DIR as IMAGE_DIR, GENERATED_MANIFEST as MANIFEST } from '../../src/content/generated-pictures.ts';

/** The sample person the pictures show (the account is settings.exampleAccount). */
export const SAMPLE_NAME = strings('ja').samplePerson;

/** What the manifest records for one picture: the values it was made from and their hash. */
export type ShotRecord = GeneratedRecord;

/** The settings values a shot records: host, port, tls, auth of every service it shows, the account and domain. */
export function shotSettings(settings: Settings, shot: Shot): Record<string, string | number> {
	return shownSettings(settings, shot.uses);
}

/** The hash of what a shot draws: stale when any label or value changes. */
export function inputHash(settings: Settings, shot: Shot): string {
	return createHash('sha256')
		.update(JSON.stringify({ spec: shot.spec, settings: shotSettings(settings, shot) }))
		.digest('hex');
}

// ---- Rows of the generated field tables, read as data -------------------------------------------
// The pictures show the Japanese interfaces, and for the clients whose label tables have both
// languages (Thunderbird, Apple Mail) the English ones too: the rows the generators make with that
// edition's table (labels are plain text there). A row is found by its label from the client's label
// table and read by its kind (text, secret, check box, choice): never by the words a table shows.
const ja = strings('ja');
const japanese = (t: UiText) => (typeof t === 'string' ? t : t.ja);

/** The rows of one generated field table, found by the label (from the client's label table). */
type Rows = (label: UiText, method?: Method) => FieldRow;

function rowsOf(settings: Settings, client: ClientId, defaultMethod: Method, words: Words = ja): Rows {
	return (label, method = defaultMethod) => {
		const rows = fieldsSnippet(settings, client, method, settings.exampleAccount, words).rows;
		const row = rows.find((r) => japanese(r.label) === japanese(label));
		if (!row)
			throw new Error(
				`screenshots: ${client} ${method} has no field "${japanese(label)}" (its fields: ${rows.map((r) => japanese(r.label)).join(' | ')})`,
			);
		return row;
	};
}

// A row of the kind a control needs; throws when a generator changed what the field is.
function ofKind<K extends FieldRow['kind']>(row: FieldRow, kind: K): Extract<FieldRow, { kind: K }> {
	if (row.kind !== kind) throw new Error(`screenshots: field "${japanese(row.label)}" is a ${row.kind}, the picture draws a ${kind}`);
	return row as Extract<FieldRow, { kind: K }>;
}

// Controls from generator rows (the label as the dialog shows it: the tab is the picture's own).
const text = (row: FieldRow, mark = false): Control => ({
	kind: 'text',
	label: japanese(row.label),
	value: ofKind(row, 'text').value,
	mark,
});
function password(row: FieldRow, mark = false): Control {
	if (!ofKind(row, 'text').secret) throw new Error(`screenshots: field "${japanese(row.label)}" is not a password`);
	return { kind: 'password', label: japanese(row.label), value: '', mark };
}
const select = (row: FieldRow, mark?: boolean): Control => ({
	kind: 'select',
	label: japanese(row.label),
	value: japanese(ofKind(row, 'choice').value),
	...(mark === undefined ? {} : { mark }),
});
/** Is a check box row ticked (a "the reader's choice" box is drawn ticked)? */
const ticked = (row: FieldRow) => ofKind(row, 'checkbox').value !== false;

// ---- The shot list -------------------------------------------------------------------------------

/** One picture of a walkthrough: an illustration's dialog (the walkthrough gives its look) or a real capture. */
type Picture = { name: string; uses: Method[] } & ({ dialog: Omit<DialogSpec, 'theme' | 'width'> } | { real: RealSpec });

/**
 * One client walkthrough: its page, its picture folder, the look of its illustrations and its
 * pictures. `editions` lists the languages it draws in (default Japanese only): the English
 * edition's illustrations go to the folder's `en/`, for the English page to show; real captures are
 * of the Japanese interface and made once.
 */
interface Walkthrough {
	page: string;
	images: string;
	theme: Theme;
	width: number;
	editions?: readonly Locale[];
	pictures: (settings: Settings, words: Words) => Picture[];
}

/** Every walkthrough, in page order. */
const walkthroughs: Walkthrough[] = [
	{ page: 'content/mail/clients/outlook-express.md', images: 'outlook-express', theme: 'xp', width: 520, pictures: outlookExpress },
	{
		page: 'content/mail/clients/sylpheed-pop3s.md',
		images: 'sylpheed-pop3s',
		theme: 'gtk',
		width: 560,
		pictures: (s) => sylpheed(s, 'pop3s'),
	},
	{
		page: 'content/mail/clients/sylpheed-apop.md',
		images: 'sylpheed-apop',
		theme: 'gtk',
		width: 560,
		pictures: (s) => sylpheed(s, 'apop'),
	},
	{ page: 'content/mail/clients/becky-apop.md', images: 'becky-apop', theme: 'xp', width: 540, pictures: becky },
	{
		page: 'content/mail/clients/thunderbird.md',
		images: 'thunderbird',
		theme: 'tb',
		width: 600,
		editions: ['ja', 'en'],
		pictures: thunderbird,
	},
	{
		page: 'content/mail/clients/apple-mail.md',
		images: 'apple-mail',
		theme: 'ios',
		width: 390,
		editions: ['ja', 'en'],
		pictures: appleMail,
	},
	{ page: 'content/mail/clients/outlook.md', images: 'outlook', theme: 'win', width: 520, pictures: outlook },
	{ page: 'content/mail/clients/outlook-new.md', images: 'outlook-new', theme: 'win', width: 460, pictures: outlookNew },
];

/** Every picture of every walkthrough, in page order. */
export function shots(settings: Settings): Shot[] {
	return walkthroughs.flatMap((w) =>
		(w.editions ?? [locales[0]]).flatMap((locale) =>
			w
				.pictures(settings, strings(locale))
				// A real capture shows the Japanese interface: made once, for the Japanese page.
				.filter((p) => locale === locales[0] || !('real' in p))
				.map((p): Shot => ({
					page: w.page.replace(/^content\//, `content${pathPrefix(locale)}/`),
					file: `${IMAGE_DIR}/${w.images}${pathPrefix(locale)}/${p.name}.png`,
					spec: 'real' in p ? p.real : { theme: w.theme, width: w.width, ...p.dialog },
					uses: p.uses,
					illustration: !('real' in p),
					locale,
				})),
		),
	);
}

// ---- Each walkthrough's pictures -----------------------------------------------------------------

function outlookExpress(settings: Settings): Picture[] {
	const r = rowsOf(settings, 'outlook-express', 'pop3s');
	const l = ja.config.outlookExpress.labels;
	const tab = ja.config.outlookExpress.tabs;
	const email = `${settings.exampleAccount}@${settings.domain}`;
	const wizard = 'インターネット接続ウィザード';
	const accountsTabs = ['すべて', 'メール', 'ニュース', 'ディレクトリ サービス'];
	const propTabs = ['全般', japanese(tab.servers), '接続', 'セキュリティ', japanese(tab.advanced)];
	const host = ofKind(r(l.incomingServer), 'text').value;
	return [
		{
			name: '1-accounts',
			uses: [],
			dialog: {
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
			},
		},
		{
			name: '2-name',
			uses: [],
			dialog: {
				title: wizard,
				intro: '名前 — 電子メールを送信するときに、差出人として表示される名前を入力します。',
				groups: [{ controls: [{ kind: 'text', label: '表示名(D):', value: SAMPLE_NAME, mark: true }] }],
				buttons: ['< 戻る(B)', '次へ(N) >', 'キャンセル'],
				markButton: '次へ(N) >',
			},
		},
		{
			name: '2-address',
			uses: [],
			dialog: {
				title: wizard,
				intro: 'インターネット電子メール アドレス',
				groups: [{ controls: [{ kind: 'text', label: '電子メール アドレス(E):', value: email, mark: true }] }],
				buttons: ['< 戻る(B)', '次へ(N) >', 'キャンセル'],
				markButton: '次へ(N) >',
			},
		},
		{
			name: '3-servers',
			uses: ['pop3s', 'smtp'],
			dialog: {
				title: wizard,
				intro: '電子メール サーバー名',
				groups: [
					{
						controls: [select(r(l.incomingType)), text(r(l.incomingServer), true), text(r(l.outgoingServer, 'smtp'), true)],
					},
				],
				buttons: ['< 戻る(B)', '次へ(N) >', 'キャンセル'],
			},
		},
		{
			name: '4-logon',
			uses: ['pop3s'],
			dialog: {
				title: wizard,
				intro: 'インターネット メール ログオン',
				groups: [
					{
						controls: [
							text(r(l.accountName), true),
							password(r(l.password), true),
							{ kind: 'check', label: 'パスワードを保存する(W)', checked: false },
						],
					},
				],
				buttons: ['< 戻る(B)', '次へ(N) >', 'キャンセル'],
			},
		},
		{
			name: '5-properties',
			uses: ['pop3s'],
			dialog: {
				title: 'インターネット アカウント',
				tabs: accountsTabs,
				tab: 'メール',
				groups: [{ controls: [{ kind: 'list', label: 'アカウント', items: [host], selected: 0 }] }],
				buttons: ['追加(A)', '削除(R)', 'プロパティ(P)', '閉じる'],
				markButton: 'プロパティ(P)',
			},
		},
		{
			name: '6-advanced',
			uses: ['pop3s', 'smtp'],
			dialog: {
				title: `${host} のプロパティ`,
				tabs: propTabs,
				tab: japanese(tab.advanced),
				groups: [
					{
						heading: 'サーバーのポート番号',
						controls: [
							text(r(l.outgoingPort, 'smtp')),
							{ kind: 'check', label: japanese(l.outgoingSsl), checked: ticked(r(l.outgoingSsl, 'smtp')) },
							text(r(l.incomingPort), true),
							{ kind: 'check', label: japanese(l.incomingSsl), checked: ticked(r(l.incomingSsl)), mark: true },
						],
					},
					{
						heading: '配信',
						controls: [{ kind: 'check', label: japanese(l.leaveCopy), checked: ticked(r(l.leaveCopy)) }],
					},
				],
				buttons: ['OK', 'キャンセル', '適用(A)'],
			},
		},
	];
}

function sylpheed(settings: Settings, incoming: 'pop3s' | 'apop'): Picture[] {
	const r = rowsOf(settings, 'sylpheed', incoming);
	const l = ja.config.sylpheed.labels;
	const tab = ja.config.sylpheed.tabs;
	const tabs = [japanese(tab.basic), '受信', japanese(tab.send), '作成', '署名', 'プライバシー', japanese(tab.ssl), japanese(tab.advanced)];
	const email = `${settings.exampleAccount}@${settings.domain}`;
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
				select(r(l.protocol), markServer),
				text(r(l.incomingServer), markServer),
				text(r(l.smtpServer, 'smtp'), markServer),
				text(r(l.userId), markUser),
				password(r(l.password), markUser),
			],
		},
	];
	const out: Picture[] = [
		{
			name: '1-menu',
			uses: [],
			dialog: {
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
			},
		},
		{
			name: '2-basic',
			uses: [incoming, 'smtp'],
			dialog: { title, tabs, tab: japanese(tab.basic), groups: basic(true, false), buttons: ['OK', 'キャンセル'] },
		},
		{
			name: '3-user',
			uses: [incoming],
			dialog: { title, tabs, tab: japanese(tab.basic), groups: basic(false, true), buttons: ['OK', 'キャンセル'] },
		},
	];
	if (incoming === 'apop') return out;
	const pop = service(settings, 'pop3s');
	// The SMTP choices as Sylpheed lists them; the generated row says which one to take.
	const smtpChoice = japanese(ofKind(r(l.smtpSsl, 'smtp'), 'choice').value);
	return [
		...out,
		{
			name: '4-ssl',
			uses: ['pop3s', 'smtp'],
			dialog: {
				title,
				tabs,
				tab: japanese(tab.ssl),
				groups: [
					{
						// The POP3 group's first and last choices read as the SMTP group's.
						heading: 'POP3',
						controls: [
							{ kind: 'radio', label: japanese(l.smtpSslNone), checked: pop.tls === 'none' },
							{ kind: 'radio', label: japanese(l.popSsl), checked: ticked(r(l.popSsl)), mark: true },
							{ kind: 'radio', label: japanese(l.smtpSslStarttls), checked: pop.tls === 'starttls' },
						],
					},
					{
						heading: 'SMTP',
						controls: [l.smtpSslNone, l.smtpSslImplicit, l.smtpSslStarttls].map(japanese).map((label): Control => ({
							kind: 'radio',
							label,
							checked: label === smtpChoice,
						})),
					},
				],
				buttons: ['OK', 'キャンセル'],
			},
		},
		{
			name: '5-advanced',
			uses: ['pop3s', 'smtp'],
			dialog: {
				title,
				tabs,
				tab: japanese(tab.advanced),
				groups: [
					{
						controls: [
							{ kind: 'check', label: portLabel(r(l.smtpPort, 'smtp')), checked: ticked(r(l.smtpPort, 'smtp')) },
							{ kind: 'check', label: portLabel(r(l.popPort)), checked: ticked(r(l.popPort)), mark: true },
						],
					},
				],
				buttons: ['OK', 'キャンセル'],
			},
		},
	];
}

// A "specify the port" check box with its port, e.g. "POP3ポートを指定: 995".
function portLabel(row: FieldRow): string {
	const port = ofKind(row, 'checkbox').port;
	if (port === undefined) throw new Error(`screenshots: field "${japanese(row.label)}" gives no port`);
	return `${japanese(row.label)}: ${port}`;
}

function becky(settings: Settings): Picture[] {
	const r = rowsOf(settings, 'becky', 'apop');
	const l = ja.config.becky.labels;
	const tab = ja.config.becky.tabs;
	const email = `${settings.exampleAccount}@${settings.domain}`;
	const auth = japanese(ofKind(r(l.authMethod), 'choice').value);
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
				text(r(l.pop3Server), markServer),
				text(r(l.smtpServer, 'smtp'), markServer),
				text(r(l.userId), markUser),
				password(r(l.password), markUser),
			],
		},
		{
			heading: japanese(l.authMethod),
			controls: [l.authStandard, 'APOP'].map(japanese).map((label): Control => ({
				kind: 'radio',
				label,
				checked: label === auth,
				mark: markUser && label === auth,
			})),
		},
	];
	const title = 'メールボックスの設定';
	const tabs = [japanese(tab.basic), japanese(tab.details), '受信', '送信', '振り分け', 'その他'];
	return [
		{
			name: '1-menu',
			uses: [],
			dialog: {
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
			},
		},
		{
			name: '2-servers',
			uses: ['apop', 'smtp'],
			dialog: { title, tabs, tab: japanese(tab.basic), groups: basic(true, false), buttons: ['OK', 'キャンセル'] },
		},
		{
			name: '3-user',
			uses: ['apop'],
			dialog: { title, tabs, tab: japanese(tab.basic), groups: basic(false, true), buttons: ['OK', 'キャンセル'] },
		},
	];
}

function thunderbird(settings: Settings, words: Words): Picture[] {
	const r = rowsOf(settings, 'thunderbird', 'pop3s', words);
	const w = words.config.thunderbird;
	const d = w.dialog;
	// Real captures of Thunderbird's account settings (scripts/screenshots/real.ts), from one profile.
	const real = (pane: RealSpec['pane'], bottom: string): RealSpec => ({
		client: 'thunderbird',
		incoming: 'pop3s',
		outgoing: 'submission',
		name: SAMPLE_NAME,
		top: '#containerBox > .dialogheader',
		pane,
		bottom,
	});
	const server = (m: 'pop3s' | 'submission', heading: string): Group => ({
		heading,
		controls: [
			...(m === 'pop3s' ? [select(r(w.protocol, m), true)] : []),
			text(r(w.hostname, m), true),
			text(r(w.port, m), true),
			select(r(w.security, m), true),
			select(r(w.authMethod, m), true),
			text(r(w.username, m), true),
		],
	});
	return [
		{
			name: '2-account',
			uses: [],
			dialog: {
				title: d.setupTitle,
				groups: [
					{
						controls: [
							{ kind: 'text', label: d.fullName, value: words.samplePerson },
							text(r(w.email), true),
							password(r(w.password), true),
							{ kind: 'check', label: d.rememberPassword, checked: false },
						],
					},
				],
				buttons: [d.configureManually, d.cancel, d.continue],
				markButton: d.continue,
			},
		},
		{ name: '4-incoming', uses: ['pop3s'], dialog: { title: d.manualTitle, groups: [server('pop3s', d.incomingLegend)], buttons: [] } },
		{
			name: '5-outgoing',
			uses: ['submission'],
			dialog: {
				title: d.manualTitle,
				groups: [server('submission', d.outgoingLegend)],
				buttons: [d.advancedConfig, d.retest, d.done],
				markButton: d.retest,
			},
		},
		{ name: 'account-incoming', uses: ['pop3s'], real: real('am-server.xhtml', '#pop3\\.deleteMailLeftOnServer') },
		{ name: 'account-outgoing', uses: ['submission'], real: real('am-smtp.xhtml', '#smtpServerInfoBox') },
	];
}

function appleMail(settings: Settings, words: Words): Picture[] {
	const r = rowsOf(settings, 'apple-mail', 'pop3s', words);
	const w = words.config.appleMail;
	const d = w.dialog;
	// Words read on no screen are drawn with the legend's dotted line (the table's dialogUnconfirmed).
	const weak = Object.values(d).filter((word) => w.dialogUnconfirmed(word));
	const graded: Pick<DialogSpec, 'uncertain' | 'legend'> = weak.length
		? { uncertain: { weak, unseen: [] }, legend: words.labels.pictureLegend }
		: {};
	const value = (row: FieldRow) => ofKind(row, 'text').value;
	const email = value(r(w.email));
	// iPhone and iPad say Host Name (ホスト名) for the server and User Name (ユーザ名) under it, and draw the check boxes as switches.
	const server = (m: 'pop3s' | 'submission', heading: string, mark: boolean): Group => ({
		heading,
		controls: [
			{ kind: 'text', label: d.hostName, value: value(r(m === 'pop3s' ? w.incomingServer : w.outgoingServer, m)), mark },
			{ kind: 'text', label: japanese(w.userName), value: value(r(w.userName, m)), mark },
			{ kind: 'password', label: japanese(w.password), value: '', mark },
		],
	});
	const identity: Group = {
		controls: [
			{ kind: 'text', label: d.name, value: words.samplePerson },
			{ kind: 'text', label: d.email, value: email },
			{ kind: 'text', label: d.description, value: email },
		],
	};
	const accountType = japanese(ofKind(r(w.accountType), 'choice').value);
	const authentication = (m: 'pop3s' | 'submission') => japanese(ofKind(r(w.authentication, m), 'choice').value);
	const smtpHost = value(r(w.outgoingServer, 'submission'));
	const pictures: Picture[] = [
		{
			name: 'manual-2-account',
			uses: [],
			dialog: {
				title: d.accountTitle,
				groups: [
					{
						controls: [
							{ kind: 'text', label: d.name, value: words.samplePerson },
							{ kind: 'text', label: d.email, value: email, mark: true },
							{ kind: 'password', label: japanese(w.password), value: '', mark: true },
							{ kind: 'text', label: d.description, value: email },
						],
					},
				],
				buttons: [d.cancel, d.next],
				markButton: d.next,
			},
		},
		{
			name: 'manual-3-pop',
			uses: [],
			dialog: {
				title: d.newAccount,
				tabs: ['IMAP', accountType],
				tab: accountType,
				groups: [identity],
				buttons: [d.cancel, d.save],
			},
		},
		{
			name: 'manual-4-incoming',
			uses: ['pop3s'],
			dialog: { title: d.newAccount, groups: [server('pop3s', japanese(w.iosIncomingServer), true)], buttons: [d.cancel, d.save] },
		},
		{
			name: 'manual-5-outgoing',
			uses: ['submission'],
			dialog: {
				title: d.newAccount,
				groups: [server('submission', japanese(w.iosOutgoingServer), true)],
				buttons: [d.cancel, d.save],
				markButton: d.save,
			},
		},
		{
			name: 'manual-6-advanced',
			uses: ['pop3s'],
			dialog: {
				title: d.advanced,
				groups: [
					{
						heading: d.incomingSettings,
						controls: [
							{ kind: 'check', label: japanese(w.iosUseSsl), checked: ticked(r(w.useSsl)), mark: true },
							{ kind: 'text', label: japanese(w.authentication), value: authentication('pop3s') },
							{ kind: 'text', label: japanese(w.iosPort), value: value(r(w.port)), mark: true },
						],
					},
				],
				buttons: [d.back, ''],
			},
		},
		{
			name: 'manual-7-smtp',
			uses: ['submission'],
			dialog: {
				title: smtpHost,
				groups: [
					{
						heading: japanese(w.outgoingServer),
						controls: [
							{ kind: 'text', label: d.hostName, value: smtpHost },
							{ kind: 'text', label: japanese(w.userName), value: value(r(w.userName, 'submission')) },
						],
					},
					{
						controls: [
							{ kind: 'check', label: japanese(w.iosUseSsl), checked: ticked(r(w.useSsl, 'submission')), mark: true },
							{ kind: 'text', label: japanese(w.authentication), value: authentication('submission'), mark: true },
							{ kind: 'text', label: japanese(w.iosPort), value: value(r(w.port, 'submission')), mark: true },
						],
					},
				],
				buttons: [d.cancel, d.done],
			},
		},
	];
	return pictures.map((p) => ('dialog' in p ? { ...p, dialog: { ...p.dialog, ...graded } } : p));
}

// ---- Clients whose labels are graded (Outlook) ------------------------------------------------------
// Their pictures draw each label as the graded table allows (src/i18n/sourced.ts): a label not
// confirmed on screen is underlined, a label nobody has seen is a grey bar, and the picture says so.

/** The words of one picture of a graded client: each label's text, remembered with how sure it is. */
function gradedWords(): { say: (label: SourcedText) => string; spec: Pick<DialogSpec, 'uncertain' | 'legend'> } {
	const uncertain = { weak: [] as string[], unseen: [] as string[] };
	return {
		say: (label) => {
			const l = gradedLabel(label.id, 'ja');
			if (l.described) uncertain.unseen.push(label.text);
			else if (l.marked) uncertain.weak.push(label.text);
			return label.text;
		},
		spec: { uncertain, legend: ja.labels.pictureLegend },
	};
}

function outlook(settings: Settings): Picture[] {
	const r = rowsOf(settings, 'outlook', 'pop3s');
	const l = ja.config.outlook.labels;
	const email = `${settings.exampleAccount}@${settings.domain}`;
	const value = (row: FieldRow) => ofKind(row, 'text').value;
	// The setup pages (File → Add Account): the address, then POP, then the POP account settings.
	const address = (): Picture => {
		const { say, spec } = gradedWords();
		return {
			name: '2-address',
			uses: [],
			dialog: {
				title: 'Outlook',
				groups: [
					{
						controls: [
							{ kind: 'text', label: say(l.addressBox), value: email },
							{ kind: 'note', text: say(l.advancedOptions) },
							{ kind: 'check', label: say(l.manualSetup), checked: true, mark: true },
						],
					},
				],
				buttons: [say(l.connect)],
				markButton: l.connect.text,
				...spec,
			},
		};
	};
	const kind = (): Picture => {
		const { say, spec } = gradedWords();
		return {
			name: '3-pop',
			uses: [],
			dialog: {
				title: 'Outlook',
				groups: [{ controls: [{ kind: 'list', items: [say(l.pop), 'IMAP'], selected: 0, mark: true }] }],
				buttons: [],
				...spec,
			},
		};
	};
	const settingsPage = (): Picture => {
		const { say, spec } = gradedWords();
		const out = rowsOf(settings, 'outlook', 'submission');
		const server = (rows: Rows, security: Control): Control[] => [
			{ kind: 'text', label: say(l.server), value: value(rows(l.server.text)), mark: true },
			{ kind: 'text', label: say(l.port), value: value(rows(l.port.text)), mark: true },
			security,
			{ kind: 'check', label: say(l.spa), checked: ticked(rows(l.spa.text)), mark: true },
		];
		return {
			name: '4-settings',
			uses: ['pop3s', 'submission'],
			dialog: {
				title: 'Outlook',
				groups: [
					{
						heading: say(l.incomingMail),
						controls: server(r, {
							kind: 'check',
							label: say(l.encryptedConnection),
							checked: ticked(r(l.encryptedConnection.text)),
							mark: true,
						}),
					},
					{
						heading: say(l.outgoingMail),
						controls: server(out, {
							kind: 'select',
							label: say(l.encryptionMethod),
							value: say(outlookChoice(ofKind(out(l.encryptionMethod.text), 'choice'))),
							mark: true,
						}),
					},
				],
				buttons: [say(l.next)],
				markButton: l.next.text,
				...spec,
			},
		};
	};
	// The classic dialog ("Internet E-mail Settings"): its Outgoing Server and Advanced tabs.
	const classic = (tab: 'outgoing' | 'advanced'): Picture => {
		const { say, spec } = gradedWords();
		const out = rowsOf(settings, 'outlook', 'submission');
		const tabs = [say(l.generalTab), say(l.outgoingServerTab), say(l.advancedTab)];
		const pop = service(settings, 'pop3s');
		const smtp = service(settings, 'submission');
		const groups: Group[] =
			tab === 'outgoing'
				? [
						{
							controls: [
								{ kind: 'check', label: say(l.requiresAuth), checked: ticked(out(l.requiresAuth.text)), mark: true },
								{ kind: 'radio', label: say(l.sameSettings), checked: ticked(out(l.sameSettings.text)), mark: true },
							],
						},
					]
				: [
						{
							controls: [
								{ kind: 'text', label: say(l.incomingPortAdv), value: String(pop.port), mark: true },
								{ kind: 'check', label: say(l.encryptedConnectionAdv), checked: ticked(r(l.encryptedConnection.text)), mark: true },
								{ kind: 'text', label: say(l.outgoingPortAdv), value: String(smtp.port), mark: true },
								{
									kind: 'select',
									label: say(l.encryptionType),
									value: say(outlookChoice(ofKind(out(l.encryptionMethod.text), 'choice'))),
									mark: true,
								},
							],
						},
						{ controls: [{ kind: 'check', label: say(l.leaveCopy), checked: ticked(r(l.leaveCopy.text)), mark: true }] },
					];
		return {
			name: tab === 'outgoing' ? '6-outgoing-server' : '7-advanced',
			uses: tab === 'outgoing' ? ['submission'] : ['pop3s', 'submission'],
			dialog: {
				title: say(l.internetEmailSettings),
				tabs,
				tab: tab === 'outgoing' ? l.outgoingServerTab.text : l.advancedTab.text,
				groups,
				buttons: ['OK', 'キャンセル'],
				...spec,
			},
		};
	};
	return [address(), kind(), settingsPage(), classic('outgoing'), classic('advanced')];
}

// The graded label a choice row shows (its value's id is in the row).
function outlookChoice(row: Extract<FieldRow, { kind: 'choice' }>): SourcedText {
	const id = row.graded?.value;
	if (!id) throw new Error(`screenshots: choice "${japanese(row.label)}" has no graded value`);
	return { text: japanese(row.value), id };
}

function outlookNew(settings: Settings): Picture[] {
	const { say, spec } = gradedWords();
	const l = ja.config.outlookNew.labels;
	const rIn = rowsOf(settings, 'outlook-new', 'pop3s');
	const rOut = rowsOf(settings, 'outlook-new', 'submission');
	const value = (row: FieldRow) => ofKind(row, 'text').value;
	const text = (rows: Rows, label: SourcedText): Control => ({
		kind: 'text',
		label: say(label),
		value: value(rows(label.text)),
		mark: true,
	});
	const security = (rows: Rows): Control => ({
		kind: 'select',
		label: say(l.secureConnectionType),
		value: say(outlookChoice(ofKind(rows(l.secureConnectionType.text), 'choice'))),
		mark: true,
	});
	return [
		{
			name: '4-form',
			uses: ['pop3s', 'submission'],
			dialog: {
				title: 'Outlook',
				groups: [
					{
						controls: [
							{ kind: 'password', label: say(l.password), value: '' },
							{ kind: 'check', label: say(l.showMore), checked: ticked(rIn(l.showMore.text)) },
							{ kind: 'check', label: say(l.recommendedSettings), checked: ticked(rIn(l.recommendedSettings.text)), mark: true },
							text(rIn, l.incomingServer),
							text(rIn, l.port),
							security(rIn),
						],
					},
					{
						controls: [
							text(rOut, l.smtpUserName),
							{ kind: 'password', label: say(l.smtpPassword), value: '' },
							text(rOut, l.smtpServer),
							text(rOut, l.port),
							security(rOut),
						],
					},
				],
				buttons: [say(l.continue)],
				markButton: l.continue.text,
				...spec,
			},
		},
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
