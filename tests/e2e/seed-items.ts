// Every item of the 2004 page (shared/seed/000_4b4da5b9df3ec7b3.txt), in its order: the checklist
// tests/e2e/seed.spec.ts finds in the built Japanese site. Text is as the seed has it; the test
// compares after Unicode NFKC (full-width brackets and parentheses become ASCII) and without
// white space. `site` gives the site's wording where it deliberately differs, with `why`.
// The section numbers of the seed's headings (1. … 5.) are left out: they numbered the seed's
// own table of contents, which the site's navigation replaces.

export type SeedKind =
	'menu' | 'title' | 'heading' | 'sentence' | 'step' | 'field' | 'note' | 'transcript' | 'link' | 'navigation' | 'footer';

export interface SeedItem {
	kind: SeedKind;
	text: string;
	/** The wording the site uses instead, when it deliberately differs. */
	site?: string;
	/** Why it differs. */
	why?: string;
}

const item = (kind: SeedKind, text: string, change?: { site: string; why: string }): SeedItem => ({ kind, text, ...change });

export const seedItems: SeedItem[] = [
	...['委員会概要', '各種申請', 'サービス', 'サポート', 'リンク', 'マニュアル', 'BBS', 'FAQ', '管理者各位', 'リサーチ'].map((m) =>
		item('menu', m),
	),
	item('title', 'POP3 + SSL, APOP', { site: 'POP3 over SSL, APOP', why: 'one term per concept (.textlint/glossary.yml): POP3 over SSL' }),
	// 1.
	item('heading', 'POP3 + SSL, APOPの説明', {
		site: 'POP3 over SSL, APOPの説明',
		why: 'one term per concept (.textlint/glossary.yml): POP3 over SSL',
	}),
	item('sentence', 'SSL(Secure Sockets Layer)』は、強力なホスト認証と通信経路暗号化機能を備えています。'),
	item('sentence', '特徴として、信頼できる認証局が発行した証明書を用いたホスト認証機構があります。'),
	item('sentence', '現在SSLが最も利用されているのは、Webにおける認証および通信の暗号化です。'),
	item(
		'sentence',
		'特にクレジットカード番号を扱う通信販売サイトや、個人情報を扱うサイトなどの、 通信内容の保護が必要なサイトでの利用をよく目にすることができます。',
	),
	item('sentence', 'SSLを用いているサイトは、URLの頭がhttp:ではなくhttps:になっていることで見分けることができます。'),
	item('sentence', 'SSL自体は汎用的な技術であるため、HTTPだけではなく、TELNETやFTP、POP3などと組み合わせて利用することもできます。'),
	item('sentence', 'APOP(エーポップ)』はメールを受信するときにパスワードを暗号化する手段です。'),
	item('sentence', 'SSLなどの経路暗号化技術と違い、パスワードのみ暗号化するのでメール本文などのデータは一切暗号化されません。'),
	item('sentence', 'これらを使うことにより、共用計算機(ruby)にログインしなくても、サークル棟外からメールを読むことが出来ます。'),
	item('navigation', '目次へ戻る'),
	// 2.
	item('heading', '対応メーラー'),
	item('sentence', 'SSLで接続するには、SSLに対応したメーラーが必要です。 以下はその例です。'),
	item('sentence', 'APOPで接続するには、APOPに対応したメーラーが必要です。 以下はその例です。'),
	// 3.
	item('heading', 'パスワードの設定'),
	item('sentence', 'APOPを使用するためには、まずAPOP専用のパスワードを作らなければいけません。'),
	item('sentence', '共用計算機(ruby)にログインしてpopauthというコマンドを実行してください。'),
	item('transcript', '% popauth'),
	item('transcript', 'Changing only APOP password for yskhashi.'),
	item('transcript', 'New password: (パスワードを入力)'),
	item('transcript', 'Retype new password: (もう一度同じものを入力)'),
	item('sentence', 'パスワードの設定が終わるとAPOPを利用できるようになります。'),
	item('note', '注意:POP3 + SSLを使用するときのパスワードは共用計算機(ruby)のログインパスワードになります。', {
		site: '注意 POP3 over SSLを使用するときのパスワードは共用計算機(ruby)のログインパスワードになります。',
		why: "the seed's 注意: label is the title of a warning callout; one term per concept (.textlint/glossary.yml): POP3 over SSL",
	}),
	// 4.
	item('heading', 'メーラーの設定例'),
	item('sentence', 'ここではOutlook ExpressSylpheedBecky!について説明します。', {
		site: 'ここではOutlook Express、Sylpheed、Becky!について説明します。',
		why: 'the seed lost the separators between the names (they were links)',
	}),
	item(
		'note',
		'注意:以下の設定では、送信サーバーをsmtp.club.kyutech.ac.jpに設定 しますが、そのままの状態ではclub.kyutech.ac.jp宛にしか届けられません。',
		{
			site: '注意 以下の設定では、送信サーバーをsmtp.club.kyutech.ac.jpに設定しますが、そのままの状態ではclub.kyutech.ac.jp宛にしか届けられません。',
			why: 'the 注意: label is the callout title',
		},
	),
	item(
		'note',
		'ほかのメールアドレスに送る場合は、 これらの設定が終わった後、SMTP-AUTHを使うように設定してください。 → 外部からメールを送信(SMTP-AUTH)',
	),
	item('heading', 'Outlook Express (POP3 + SSL)', {
		site: 'Outlook Express (POP3 over SSL)',
		why: 'one term per concept (.textlint/glossary.yml): POP3 over SSL',
	}),
	item('step', 'Outlook Expressを起動し、メニューから [ツール][アカウント][追加][メール] を選択します。', {
		site: 'Outlook Expressを起動し、メニューから[ツール]→[アカウント]→[追加]→[メール]を選択します。',
		why: "the seed's arrows between the menu items were images",
	}),
	item('step', '(初回起動時には、自動的に設定ウィザードが開きます。)', {
		site: '初回起動時には、自動的に設定ウィザードが開きます。',
		why: 'the parenthesis is a note under the step',
	}),
	item('step', '最初に、相手に表示する名前・メールアドレスを入力します。'),
	item('step', '次に、受信メールサーバーをpop3.club.kyutech.ac.jp、送信メールサーバーをsmtp.club.kyutech.ac.jpに設定します。'),
	item('step', '共用計算機(ruby)にログインするアカウントパスワードを入力してください。', {
		site: '共用計算機(ruby)にログインするアカウント名とパスワードを入力してください。',
		why: "the と between two linked words was lost; アカウント名 is the field's label",
	}),
	item('step', 'pop3.club.kyutech.ac.jpを選択し、[プロパティ]を開きます。'),
	item('step', '[詳細設定]タブを開き、[このサーバーはセキュリティで保護された接続が必要]にチェックをつけます。', {
		site: '[詳細設定]タブを開き、[このサーバーはセキュリティで保護された接続 (SSL) が必要]にチェックをつけます。',
		why: "the check box's label as Outlook Express shows it, from the client's label table beside the step (issue 22)",
	}),
	item('step', '必要であれば、[サーバーにメッセージのコピーを置く]にもチェックをつけます。'),
	item('step', 'これで設定は完了です。[送受信]ボタンを押すと、次の画面がでます。'),
	item('step', '[はい]を押すと、メールを受信します。'),
	item('heading', 'Sylpheed (APOP)'),
	item('step', 'Sylpheedを起動し、[設定(C)][新規アカウントの作成(N)]を選択します。', {
		site: 'Sylpheedを起動し、[設定(C)]→[新規アカウントの作成(N)]を選択します。',
		why: 'the arrow was an image',
	}),
	item(
		'field',
		'サーバ情報のプロトコルをPOP3(APOP認証)に、受信用サーバをpop3.club.kyutech.ac.jp、SMTPサーバをsmtp.club.kyutech.ac.jpにします。',
		{
			site: 'サーバー情報のプロトコルを[POP3(APOP認証)]に、[受信用サーバ]をpop3.club.kyutech.ac.jp、[SMTPサーバ]をsmtp.club.kyutech.ac.jpにします。',
			why: 'the choice and the fields are bracketed like every label of the dialog; サーバー outside a label (.textlint/glossary.yml)',
		},
	),
	item('field', 'ユーザIDパスワード(pupauthで設定したもの)を設定します。', {
		site: '[ユーザID]と[パスワード](popauthで設定したもの)を設定します。',
		why: "typo pupauth → popauth; the と between two linked words was lost; the fields are bracketed as Sylpheed's labels",
	}),
	item('step', 'これでAPOPの設定は終了です。'),
	item('sentence', 'また、次に説明するPOP3 + SSLをAPOP + SSLに読み替えることで、パスワード以外のデータも暗号化することができます。', {
		site: 'また、次に説明するPOP3 over SSLをAPOP + SSLに読み替えることで、パスワード以外のデータも暗号化することができます。',
		why: 'one term per concept (.textlint/glossary.yml): POP3 over SSL',
	}),
	item('sentence', '(ただし、SSL機能 がついていないSylpheedではできません。)'),
	item('heading', 'Sylpheed (POP3 + SSL)', {
		site: 'Sylpheed (POP3 over SSL)',
		why: 'one term per concept (.textlint/glossary.yml): POP3 over SSL',
	}),
	item(
		'field',
		'サーバ情報のプロトコルをPOP3(通常)に、受信用サーバをpop3.club.kyutech.ac.jp、SMTPサーバをsmtp.club.kyutech.ac.jpにします。',
		{
			site: 'サーバー情報のプロトコルを[POP3(通常)]に、[受信用サーバ]をpop3.club.kyutech.ac.jp、[SMTPサーバ]をsmtp.club.kyutech.ac.jpにします。',
			why: 'the choice and the fields are bracketed like every label of the dialog; サーバー outside a label (.textlint/glossary.yml)',
		},
	),
	item('field', 'ユーザIDパスワード(共用計算機rubyのログインパスワード)を設定します。', {
		site: '[ユーザID]と[パスワード](共用計算機rubyのログインパスワード)を設定します。',
		why: "the と between two linked words was lost; the fields are bracketed as Sylpheed's labels",
	}),
	item('step', '次に[SSL]タブを選択し、[POP3の接続にSSLを使用]にチェックします。'),
	item('field', '最後に[高度な設定]タブで[POP3ポートを指定]にチェックし、995番にします。'),
	item('step', 'これでPOP3 + SSLの設定は終了です。', {
		site: 'これでPOP3 over SSLの設定は終了です。',
		why: 'one term per concept (.textlint/glossary.yml): POP3 over SSL',
	}),
	item('heading', 'Becky! (APOP)'),
	item('step', 'Becky!を起動し、[ファイル(F)][メールボックス(M)][新規作成(N)]を選択します。', {
		site: 'Becky!を起動し、[ファイル(F)]→[メールボックス(M)]→[新規作成(N)]を選択します。',
		why: 'the arrows were images',
	}),
	item('field', 'サーバー情報のPOP3サーバーをpop3.club.kyutech.ac.jp、SMTPサーバーをsmtp.club.kyutech.ac.jpにします。'),
	item('field', 'ユーザーIDパスワード(popauthで設定したもの)を設定し、認証方式をAPOPにします。', {
		site: '[ユーザーID]と[パスワード](popauthで設定したもの)を設定し、認証方式をAPOPにします。',
		why: "the と between two linked words was lost; the fields are bracketed as Becky!'s labels",
	}),
	// 5.
	item('heading', 'SSL未対応メーラー'),
	item('sentence', '通信経路を暗号化するSSLはセキュリティのために必要なものですが、すべてのメーラーが対応しているわけではありません。'),
	item('sentence', 'このようなもののために、メーラーとは独立していて、SSL接続を提供するプログラムがあります。'),
	item('sentence', 'これとSSL未対応メーラーを連携させることにより、メーラーで行われる通信をSSLで暗号化することが可能になります。'),
	item('link', '→ SLL未対応メーラー + SSL', { site: 'SSL未対応メーラー + SSL', why: 'typo SLL → SSL; the link is the page of that name' }),
	item('navigation', 'Topへ戻る'),
	item('footer', '(C) 2004 九州工業大学 学生自治ネットワーク委員会'),
	item('footer', 'K.I.T. Student Administered Network Commission'),
];
