// Outlook for Windows, classic and new: every label the pages print, in the Japanese and the
// English interface, with the sources it was read in and a grade per language (./sourced.ts says
// what the grades mean and what the pages do with them). Nothing here was seen on a running
// Outlook: it cannot run on the machines that build and test this manual. The research behind
// these entries (what was searched, what disagrees) is summarised beside each one; a maintainer
// with a Windows machine who sees a label on screen raises its grade to A and names the screen.
import type { LabelEntry, LabelTable, Source } from './sourced.ts';

const OFFICE_DOCS_SUPPORT = 'https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/36878e0e10fbe834858d06a771a7e51e570469d3';
const XS_SNAPSHOT = 'https://github.com/xs-kshibata/code-for-gemini-review/blob';

/** The documents the Outlook labels were read in (keys are the entries' `sources`). */
const sources = {
	'ms-kb2671941': {
		title: {
			ja: 'Microsoft サポート KB 2671941（Leave a copy of the message on the server）',
			en: 'Microsoft support, KB 2671941 (Leave a copy of the message on the server)',
		},
		url: `${OFFICE_DOCS_SUPPORT}/Outlook/Client/installation/enable-leave-a-copy-of-the-message-on-the-server-outlook.md`,
	},
	'xs-ol2019': {
		title: {
			ja: 'エックスサーバーのマニュアル（Outlook 2019）',
			en: 'XServer’s manual, Outlook 2019 (Japanese)',
		},
		url: 'https://www.xserver.ne.jp/manual/man_mail_setting_ol2019.php',
		read: `${XS_SNAPSHOT}/7f70f149a4c1a53a364e872692b667adc0d81481/www.xserver.ne.jp_www/manual/man_mail_setting_ol2019.php`,
	},
	'xs-ol2016': {
		title: {
			ja: 'エックスサーバーのマニュアル（Outlook 2016）',
			en: 'XServer’s manual, Outlook 2016 (Japanese)',
		},
		url: 'https://www.xserver.ne.jp/manual/man_mail_setting_ol2016.php',
		read: `${XS_SNAPSHOT}/4debcb8fa85933f791cf20499413243c0de3a8b4/www.xserver.ne.jp_www/manual/man_mail_setting_ol2016.php`,
	},
	'xs-olwin': {
		title: {
			ja: 'エックスサーバーのマニュアル（新しい Outlook）',
			en: 'XServer’s manual, the new Outlook (Japanese)',
		},
		url: 'https://www.xserver.ne.jp/manual/man_mail_setting_olwin.php',
		read: `${XS_SNAPSHOT}/4debcb8fa85933f791cf20499413243c0de3a8b4/www.xserver.ne.jp_www/manual/man_mail_setting_olwin.php`,
	},
	fq: {
		title: {
			ja: '日本語版 Outlook の設定画面を項目ごとに描き直したプログラム（fabriq_backuper）',
			en: 'A program that redraws the Japanese Outlook’s account dialogs label by label (fabriq_backuper)',
		},
		url: 'https://github.com/suzugross/fabriq_backuper/blob/40157e189b4d7d302514dfb6bc3543ebf7de74b5/backuper/lib/sections/outlook_pop/assets/Show-OutlookAccounts.ps1',
	},
	'ovh-2021': {
		title: {
			ja: 'OVHcloud のガイド（2021 年版）',
			en: 'OVHcloud’s guide (2021)',
		},
		url: 'https://github.com/ovh/docs/blob/683f728d5575f932d96def9b0085c06fc6ec8af4/pages/web_cloud/email_and_collaborative_solutions/email_pro/how_to_configure_outlook_2016/guide.en-gb.md',
	},
	'ovh-2026': {
		title: {
			ja: 'OVHcloud のガイド（2026 年版）',
			en: 'OVHcloud’s guide (2026)',
		},
		url: 'https://github.com/ovh/docs/blob/149a8f56919661b94af090deebfb2f06ba665427/pages/web_cloud/email_and_collaborative_solutions/email_pro/how_to_configure_outlook_2016/guide.en-gb.md',
	},
	ams: {
		title: {
			ja: 'Microsoft コミュニティの解説（Adding email accounts to Outlook desktop）',
			en: 'Microsoft Community article (Adding email accounts to Outlook desktop)',
		},
		url: 'https://answers.microsoft.com/en-us/outlook_com/forum/all/basics-adding-email-accounts-to-outlook-desktop/f78f75ac-3079-46b4-a13d-1675c3961af9',
	},
	'jp-notes': {
		title: {
			ja: '公開されているコードの中の日本語の設定手順 2 件（別々のもの。出どころは不明）',
			en: 'Two Japanese setup notes in public code (separate ones; origin unknown)',
		},
	},
	'outlook-team-2010': {
		title: {
			ja: 'Outlook チームのブログ記事（2010 年 12 月。写しで読みました。元のアドレスは不明）',
			en: 'The Outlook team’s blog post, December 2010 (read in a copy; original address unknown)',
		},
	},
	jabsto: {
		title: {
			ja: 'Outlook 2013 の解説書の抜粋（JabSto）',
			en: 'An Outlook 2013 book excerpt (JabSto)',
		},
		url: 'http://jabsto.com/Tutorial/topic-26/Microsoft-Outlook-2013-38.html',
	},
} as const satisfies Record<string, Source>;

type SourceKey = keyof typeof sources;
type Entry = LabelEntry & { ja: { sources: readonly SourceKey[] }; en: { sources: readonly SourceKey[] } };

// The classic dialog's Japanese check box for an encrypted connection: は (the setup pages of one
// manual) or では (a replica of the older dialog). Both sides of the question, in both languages.
const particle = {
	ja: '資料によって「このサーバーは」と「このサーバーでは」の二通りの書き方があり、どちらが画面の表示かは確かめられていません。',
	en: 'The sources write the Japanese label two ways, with は and with では; which one the screen shows has not been confirmed.',
};

/**
 * Classic Outlook for Windows (Microsoft 365, 2021, 2024): the setup wizard (File → Add Account) and
 * the classic account dialog with its "Internet E-mail Settings" tabs.
 */
const classic = {
	file: {
		ja: { text: 'ファイル', grade: 'A', sources: ['xs-ol2019', 'jp-notes'] },
		en: { text: 'File', grade: 'A', sources: ['ms-kb2671941', 'ovh-2021'] },
		describe: { ja: 'ファイルのタブ', en: 'the File tab' },
	},
	addAccount: {
		ja: { text: 'アカウントの追加', grade: 'A', sources: ['xs-ol2019', 'jp-notes'] },
		en: { text: 'Add account', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: 'アカウントを追加するボタン', en: 'the button for adding an account' },
	},
	addressBox: {
		ja: { grade: '?', sources: ['xs-ol2019', 'jp-notes'] },
		en: { grade: '?', sources: ['ams', 'ovh-2021'] },
		describe: { ja: 'メールアドレスの欄', en: 'the mail address box' },
	},
	advancedOptions: {
		ja: { text: '詳細オプション', grade: 'A', sources: ['xs-ol2019', 'jp-notes'] },
		en: { text: 'Advanced options', grade: 'A', sources: ['ams', 'ovh-2021'] },
		describe: { ja: 'アドレスの欄の下の、設定の選択肢を広げるリンク', en: 'the link under the address box that opens more choices' },
	},
	manualSetup: {
		ja: { text: '自分で自分のアカウントを手動で設定', grade: 'A', sources: ['xs-ol2019', 'jp-notes'] },
		en: { text: 'Let me set up my account manually', grade: 'A', sources: ['ams', 'ovh-2021'] },
		describe: { ja: '手動で設定するためのチェックボックス', en: 'the check box for setting the account up by hand' },
		note: {
			en: 'OVHcloud’s 2026 rewrite of its guide calls it “Configure my account manually”; Microsoft’s community article and OVHcloud’s 2021 guide agree on the wording shown.',
		},
	},
	connect: {
		ja: { text: '接続', grade: 'A', sources: ['xs-ol2019', 'jp-notes'] },
		en: { text: 'Connect', grade: 'A', sources: ['ams', 'ovh-2021'] },
		describe: { ja: '接続のボタン', en: 'the button that connects' },
	},
	pop: {
		ja: { text: 'POP', grade: 'A', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { text: 'POP', grade: 'A', sources: ['ams', 'ovh-2021'] },
		describe: { ja: 'POP の選択肢', en: 'the POP choice' },
	},
	incomingMail: {
		ja: { text: '受信メール', grade: 'B', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { text: 'Incoming mail', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: '受信の欄', en: 'the incoming part' },
	},
	outgoingMail: {
		ja: { text: '送信メール', grade: 'B', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { text: 'Outgoing mail', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: '送信の欄', en: 'the outgoing part' },
	},
	server: {
		ja: { text: 'サーバー', grade: 'B', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { text: 'Server', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: 'サーバー名の欄', en: 'the server box' },
	},
	port: {
		ja: { text: 'ポート', grade: 'B', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { text: 'Port', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: 'ポート番号の欄', en: 'the port box' },
	},
	encryptedConnection: {
		ja: { text: 'このサーバーは暗号化された接続（SSL/TLS）が必要', grade: 'B', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { grade: '?', sources: ['ovh-2021', 'ovh-2026', 'ams'] },
		describe: { ja: '暗号化された接続 (SSL/TLS) を求めるチェックボックス', en: 'the check box for an encrypted connection (SSL/TLS)' },
		disputed: { ja: particle.ja },
		note: {
			en: 'No English source shows this check box on the setup page: OVHcloud’s guide shows an “Encryption method” list there for IMAP, XServer’s Japanese manual a check box for POP.',
		},
	},
	spa: {
		ja: { text: 'セキュリティで保護されたパスワード認証（SPA）でのログオンが必要', grade: 'B', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { text: 'Require logon using Secure Password Authentication (SPA)', grade: 'B', sources: ['outlook-team-2010'] },
		describe: {
			ja: 'セキュリティで保護されたパスワード認証 (SPA) を求めるチェックボックス',
			en: 'the check box for Secure Password Authentication (SPA)',
		},
	},
	encryptionMethod: {
		ja: { text: '暗号化方法', grade: 'B', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { text: 'Encryption method', grade: 'B', sources: ['ovh-2021', 'ovh-2026'] },
		describe: { ja: '暗号化の方法を選ぶ一覧', en: 'the list for the kind of encryption' },
	},
	sslTls: {
		ja: { text: 'SSL/TLS', grade: 'B', sources: ['xs-ol2019'] },
		en: { text: 'SSL/TLS', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: 'SSL/TLS にあたる選択肢', en: 'the SSL/TLS choice' },
	},
	starttls: {
		ja: { text: 'STARTTLS', grade: 'B', sources: ['fq'] },
		en: { text: 'STARTTLS', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: 'STARTTLS にあたる選択肢', en: 'the STARTTLS choice' },
	},
	noEncryption: {
		ja: { text: 'なし', grade: 'B', sources: ['fq'] },
		en: { grade: '?', sources: ['ovh-2021', 'ovh-2026'] },
		describe: { ja: '暗号化しない選択肢', en: 'the choice for no encryption' },
	},
	next: {
		ja: { text: '次へ', grade: 'B', sources: ['xs-ol2019'] },
		en: { text: 'Next', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: '次に進むボタン', en: 'the button that goes on' },
	},
	done: {
		ja: { text: '完了', grade: 'B', sources: ['xs-ol2019'] },
		en: { grade: '?', sources: ['ovh-2021', 'ovh-2026', 'ams'] },
		describe: { ja: '終わりの画面を閉じるボタン', en: 'the button that closes the last page' },
	},
	changeAccountSettings: {
		ja: { grade: '?', sources: ['xs-ol2019', 'xs-ol2016'] },
		en: { text: 'Change Account Settings', grade: 'B', sources: ['ovh-2021'] },
		describe: { ja: '入力した値に戻って直すボタン', en: 'the button that goes back to the values you entered' },
		disputed: { en: 'OVHcloud’s 2026 rewrite of its guide writes “Modify account settings” for the same button.' },
	},
	accountSettings: {
		ja: { text: 'アカウント設定', grade: 'B', sources: ['xs-ol2016', 'xs-ol2019'] },
		en: { text: 'Account Settings', grade: 'A', sources: ['ms-kb2671941', 'ovh-2026'] },
		describe: { ja: 'アカウント設定のボタンとメニュー', en: 'the Account Settings button and menu' },
	},
	manageProfiles: {
		ja: { text: 'プロファイルの管理(O)', grade: 'B', sources: ['xs-ol2019'] },
		en: { grade: '?', sources: ['ovh-2026', 'ms-kb2671941'] },
		describe: { ja: 'プロファイルを管理する項目', en: 'the menu item for managing profiles' },
	},
	change: {
		ja: { text: '変更', grade: 'B', sources: ['xs-ol2016', 'xs-ol2019'] },
		en: { text: 'Change', grade: 'A', sources: ['ms-kb2671941'] },
		describe: { ja: 'アカウントの設定を変えるボタン', en: 'the button that changes the account' },
	},
	userName: {
		ja: { text: 'アカウント名(U)', grade: 'B', sources: ['fq'] },
		en: { text: 'User Name', grade: 'B', sources: ['ovh-2026'] },
		describe: { ja: 'ユーザー名の欄', en: 'the user name box' },
	},
	password: {
		ja: { text: 'パスワード(P)', grade: 'B', sources: ['fq'] },
		en: { text: 'Password', grade: 'B', sources: ['ovh-2026'] },
		describe: { ja: 'パスワードの欄', en: 'the password box' },
	},
	moreSettings: {
		ja: { text: '詳細設定(M)...', grade: 'A', sources: ['fq', 'xs-ol2019'] },
		en: { text: 'More settings', grade: 'A', sources: ['ms-kb2671941', 'ovh-2026'] },
		describe: { ja: 'インターネット電子メール設定を開くボタン', en: 'the button that opens the Internet E-mail Settings' },
		note: { ja: 'ボタンと［詳細設定］タブは、同じ「詳細設定」という名前です。' },
	},
	internetEmailSettings: {
		ja: { text: 'インターネット電子メール設定', grade: 'B', sources: ['fq'] },
		en: { text: 'Internet E-mail Settings', grade: 'B', sources: ['jabsto'] },
		describe: { ja: 'タブのある設定の画面', en: 'the settings window with tabs' },
		disputed: { en: 'Newer builds are reported to write “Internet Email Settings”, without the hyphen.' },
	},
	generalTab: {
		ja: { text: '全般', grade: 'B', sources: ['fq'] },
		en: { grade: '?', sources: ['ovh-2026', 'ms-kb2671941'] },
		describe: { ja: '最初のタブ', en: 'the first tab' },
	},
	outgoingServerTab: {
		ja: { text: '送信サーバー', grade: 'A', sources: ['fq', 'xs-ol2019'] },
		en: { text: 'Outgoing Server', grade: 'B', sources: ['ovh-2026'] },
		describe: { ja: '送信サーバーのタブ', en: 'the outgoing server tab' },
	},
	advancedTab: {
		ja: { text: '詳細設定', grade: 'A', sources: ['fq', 'xs-ol2016'] },
		en: { text: 'Advanced', grade: 'A', sources: ['ms-kb2671941', 'ovh-2026'] },
		describe: { ja: 'ポート番号などのタブ', en: 'the tab with the port numbers' },
	},
	requiresAuth: {
		ja: { text: '送信サーバー (SMTP) は認証が必要(O)', grade: 'A', sources: ['fq', 'xs-ol2019'] },
		en: { text: 'My outgoing server (SMTP) requires authentication', grade: 'B', sources: ['ovh-2026'] },
		describe: { ja: '送信サーバーの認証を使うチェックボックス', en: 'the check box for authentication at the outgoing server' },
	},
	sameSettings: {
		ja: { text: '受信メール サーバーと同じ設定を使用する(U)', grade: 'A', sources: ['fq', 'xs-ol2019'] },
		en: { text: 'Use same settings as my incoming mail server', grade: 'B', sources: ['ovh-2026'] },
		describe: { ja: '受信と同じユーザー名とパスワードを使う選択肢', en: 'the choice to log on as for receiving' },
	},
	incomingPortAdv: {
		ja: { text: '受信サーバー (POP3)(I)', grade: 'B', sources: ['fq'] },
		en: { text: 'Incoming server (POP3)', grade: 'C', sources: ['ovh-2026'] },
		describe: { ja: '受信サーバーのポート番号の欄', en: 'the port box of the incoming server' },
		note: { en: 'The English source shows the IMAP form, “Incoming server (IMAP)”; the POP3 form is inferred from it.' },
	},
	encryptedConnectionAdv: {
		ja: { text: 'このサーバーでは暗号化された接続 (SSL/TLS) が必要(E)', grade: 'B', sources: ['fq'] },
		en: { text: 'This server requires an encrypted connection (SSL/TLS)', grade: 'B', sources: ['jabsto'] },
		describe: { ja: '暗号化された接続 (SSL/TLS) を求めるチェックボックス', en: 'the check box for an encrypted connection (SSL/TLS)' },
		disputed: { ja: particle.ja },
		note: { en: 'Outlook 2013 and older wrote “(SSL)” instead of “(SSL/TLS)”.' },
	},
	outgoingPortAdv: {
		ja: { text: '送信サーバー (SMTP)(O)', grade: 'B', sources: ['fq'] },
		en: { text: 'Outgoing server (SMTP)', grade: 'B', sources: ['ovh-2026'] },
		describe: { ja: '送信サーバーのポート番号の欄', en: 'the port box of the outgoing server' },
	},
	encryptionType: {
		ja: { text: '使用する暗号化接続の種類(C)', grade: 'B', sources: ['fq'] },
		en: { text: 'Use the following type of encrypted connection', grade: 'B', sources: ['ovh-2026'] },
		describe: { ja: '送信の暗号化の種類を選ぶ一覧', en: 'the list for the kind of encryption when sending' },
	},
	leaveCopy: {
		ja: { text: 'サーバーにメッセージのコピーを置く(L)', grade: 'B', sources: ['fq'] },
		en: { text: 'Leave a copy of messages on the server', grade: 'A', sources: ['ms-kb2671941'] },
		describe: { ja: 'サーバーにメールを残すチェックボックス', en: 'the check box for keeping mail on the server' },
	},
} as const satisfies Record<string, Entry>;

/**
 * The new Outlook for Windows ("Outlook (new)", 新しい Outlook): its account form. Its Japanese
 * labels come from one hosting company's manual; no English source was found at all, so the English
 * edition describes every control instead of quoting it.
 */
const newOutlook = {
	addAccount: {
		ja: { text: 'アカウント追加', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '左下のアカウントを追加するボタン', en: 'the button for adding an account, at the bottom left' },
	},
	continue: {
		ja: { text: '続行', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '先に進むボタン', en: 'the button that goes on' },
	},
	chooseProvider: {
		ja: { text: 'プロバイダーを選択', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '右下の、メールの種類を選ぶボタン', en: 'the button at the bottom right for choosing the kind of account' },
	},
	pop: {
		ja: { text: 'POP', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: 'POP の選択肢', en: 'the POP choice' },
	},
	password: {
		ja: { text: 'パスワード', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: 'パスワードの欄', en: 'the password box' },
	},
	showMore: {
		ja: { text: '表示数を増やす', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: 'ほかの項目も表示するスイッチ', en: 'the switch that shows more settings' },
	},
	recommendedSettings: {
		ja: { text: 'おすすめの設定を使用する', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: 'Outlook が選んだ値を使うスイッチ', en: 'the switch for the settings Outlook suggests' },
	},
	incomingServer: {
		ja: { text: 'IMAP/POP 受信サーバー', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '受信サーバーの欄', en: 'the incoming server box' },
	},
	port: {
		ja: { text: 'ポート', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: 'ポート番号の欄', en: 'the port box' },
	},
	secureConnectionType: {
		ja: { text: 'セキュア接続タイプ', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '暗号化の種類を選ぶ一覧', en: 'the list for the kind of encryption' },
	},
	sslTls: {
		ja: { text: 'SSL/TLS (推奨)', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: 'SSL/TLS にあたる選択肢', en: 'the SSL/TLS choice' },
	},
	starttls: {
		ja: { grade: '?', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: 'STARTTLS にあたる選択肢', en: 'the STARTTLS choice' },
	},
	noEncryption: {
		ja: { grade: '?', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '暗号化しない選択肢', en: 'the choice for no encryption' },
	},
	smtpUserName: {
		ja: { text: 'SMTPユーザー名', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '送信のユーザー名の欄', en: 'the user name box for sending' },
	},
	smtpPassword: {
		ja: { text: 'SMTPパスワード', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '送信のパスワードの欄', en: 'the password box for sending' },
	},
	smtpServer: {
		ja: { text: 'SMTP送信サーバー', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '送信サーバーの欄', en: 'the outgoing server box' },
	},
	manage: {
		ja: { text: '管理', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: 'アカウントの一覧で、そのアドレスの設定を開くボタン', en: 'the button beside the address in the list of accounts' },
	},
	repair: {
		ja: { text: '修復', grade: 'B', sources: ['xs-olwin'] },
		en: { grade: '?', sources: ['xs-olwin'] },
		describe: { ja: '設定を直すボタン', en: 'the button for correcting the settings' },
	},
} as const satisfies Record<string, Entry>;

/** Classic Outlook for Windows: the client id "outlook". */
export const outlookLabels = { client: 'outlook', entries: classic, sources } as const satisfies LabelTable;
/** The new Outlook for Windows: the client id "outlook-new". */
export const outlookNewLabels = { client: 'outlook-new', entries: newOutlook, sources } as const satisfies LabelTable;
