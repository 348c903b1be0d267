// The shot list (scripts/screenshots/shots.ts) draws what the generated rows say: a check box is
// ticked because its row's state is true, a port comes from the row, a label is the client's label
// without its tab. Settings are flipped here and the pictures' specs must follow.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGE_DIR, isReal, shots, type Shot } from '../../../scripts/screenshots/shots.ts';
import type { Control, DialogSpec } from '../../../scripts/screenshots/dialog.ts';
import { edited, real } from '../clients/fixtures.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';

// One control of one picture, by its label.
function control(list: Shot[], file: string, label: string): Control {
	const shot = list.find((s) => s.file === `${IMAGE_DIR}/${file}.png`);
	if (!shot || isReal(shot.spec)) throw new Error(`no illustration ${file}`);
	const found = (shot.spec as DialogSpec).groups.flatMap((g) => g.controls).find((c) => 'label' in c && c.label === label);
	if (!found) throw new Error(`${file}: no control "${label}"`);
	return found;
}

describe('the shot list', () => {
	const list = shots(real);

	it('is one list: each picture once, in its walkthrough folder, for a page that exists', () => {
		const files = list.map((s) => s.file);
		expect(new Set(files).size).toBe(files.length);
		for (const s of list) {
			expect(s.file).toMatch(new RegExp(`^${IMAGE_DIR}/[a-z0-9-]+/(?:en/)?[a-z0-9-]+\\.png$`));
			expect(existsSync(s.page), s.page).toBe(true);
			expect(s.illustration).toBe(!isReal(s.spec));
		}
		expect(list.filter((s) => isReal(s.spec)).map((s) => s.file.split('/').pop())).toEqual([
			'account-incoming.png',
			'account-outgoing.png',
		]);
	});

	it("draws the clients' labels without their tab, the tab being the picture's own", () => {
		const l = ja.config.sylpheed.labels;
		expect(control(list, 'sylpheed-pop3s/2-basic', l.protocol as string)).toMatchObject({ kind: 'select', value: 'POP3(通常)' });
		expect(control(list, 'sylpheed-apop/2-basic', l.protocol as string)).toMatchObject({ kind: 'select', value: 'POP3(APOP認証)' });
		for (const s of list)
			if (!isReal(s.spec)) {
				const spec = s.spec as DialogSpec;
				for (const c of spec.groups.flatMap((g) => g.controls)) if ('label' in c) expect(c.label ?? '', s.file).not.toMatch(/^\[/);
			}
	});

	it('ticks the boxes the rows tick, and follows the settings when they change', () => {
		const sslLabel = ja.config.outlookExpress.labels.incomingSsl as string;
		expect(control(list, 'outlook-express/6-advanced', sslLabel)).toMatchObject({ kind: 'check', checked: true });
		expect(control(list, 'sylpheed-pop3s/5-advanced', 'POP3ポートを指定: 995')).toMatchObject({ checked: true });
		expect(control(list, 'apple-mail/manual-6-advanced', 'SSLを使用')).toMatchObject({ checked: true });

		// POP3 without SSL on the standard port: the same pictures untick the boxes and name port 110.
		const plain = shots(edited((s) => (s.incoming.pop3s = { ...s.incoming.pop3s, tls: 'none', port: 110 })));
		expect(control(plain, 'outlook-express/6-advanced', sslLabel)).toMatchObject({ checked: false });
		expect(control(plain, 'outlook-express/6-advanced', '受信メール (POP3)')).toMatchObject({ kind: 'text', value: '110' });
		expect(control(plain, 'sylpheed-pop3s/5-advanced', 'POP3ポートを指定: 110')).toMatchObject({ checked: false });
		expect(control(plain, 'sylpheed-pop3s/4-ssl', 'POP3の接続にSSLを使用')).toMatchObject({ kind: 'radio', checked: false });
		expect(control(plain, 'apple-mail/manual-6-advanced', 'SSLを使用')).toMatchObject({ checked: false });
	});

	it("takes Sylpheed's SMTP choice and Thunderbird's menus from the rows' choices", () => {
		// The radio buttons of the SSL tab's SMTP group that are on.
		const smtp = (list: Shot[]) =>
			(list.find((s) => s.file.endsWith('sylpheed-pop3s/4-ssl.png'))!.spec as DialogSpec).groups
				.find((g) => g.heading === 'SMTP')!
				.controls.filter((c) => c.kind === 'radio' && c.checked)
				.map((c) => ('label' in c ? c.label : ''));
		expect(smtp(list)).toEqual(['SSLを使用しない']);
		const implicit = shots(edited((s) => (s.outgoing.smtp = { ...s.outgoing.smtp, tls: 'implicit' })));
		expect(smtp(implicit)).toEqual(['SMTPの接続にSSLを使用']);
		expect(control(list, 'thunderbird/5-outgoing', '接続の保護')).toMatchObject({ kind: 'select', value: 'STARTTLS', mark: true });
		expect(control(list, 'thunderbird/5-outgoing', 'ユーザー名')).toMatchObject({ kind: 'text', value: real.exampleAccount });
	});

	it('draws password boxes empty', () => {
		expect(control(list, 'becky-apop/3-user', 'パスワード')).toEqual({ kind: 'password', label: 'パスワード', value: '', mark: true });
	});

	// Every word an illustration draws as the program's own: its title, tabs, headings, labels and
	// buttons (a box's value is the reader's or the settings', and a choice's is the row's).
	const drawnWords = (spec: DialogSpec): string[] => [
		spec.title,
		...spec.groups.flatMap((g) => [
			...(g.heading ? [g.heading] : []),
			...g.controls.flatMap((c) => ('label' in c && c.label ? [c.label] : [])),
		]),
		...spec.buttons.filter(Boolean),
	];
	const choices = (spec: DialogSpec): string[] =>
		spec.groups.flatMap((g) => g.controls.flatMap((c) => (c.kind === 'select' ? [c.value] : [])));
	// Every string of a label table, however nested.
	const tableWords = (t: unknown): string[] =>
		typeof t === 'string' ? [t] : t && typeof t === 'object' ? Object.values(t).flatMap(tableWords) : [];

	it.each([
		['thunderbird', 'thunderbird', ['2-account', '4-incoming', '5-outgoing']],
		[
			'apple-mail',
			'appleMail',
			['manual-2-account', 'manual-3-pop', 'manual-4-incoming', 'manual-5-outgoing', 'manual-6-advanced', 'manual-7-smtp'],
		],
	] as const)("draws the English edition's %s illustrations with the words of the English label table", (client, key, names) => {
		const english = list.filter((s) => s.locale === 'en' && s.file.includes(`/${client}/`));
		expect(english.map((s) => s.file.split('/').pop())).toEqual(names.map((n) => `${n}.png`));
		const table = new Set(tableWords(en.config[key]));
		const japanese = new Set(tableWords(ja.config[key]));
		// A screen titled with the server's name (iPhone's SMTP server screen) shows a value, not a word.
		const hosts = new Set([...Object.values(real.incoming), ...Object.values(real.outgoing)].map((v) => v.host));
		for (const s of english) {
			expect(s.page).toBe(`content/en/mail/clients/${client}.md`);
			expect(s.file).toContain(`/${client}/en/`);
			for (const word of drawnWords(s.spec as DialogSpec).filter((w) => !hosts.has(w))) {
				expect(table.has(word), `${s.file}: "${word}" is not in the English label table`).toBe(true);
				expect(japanese.has(word) && !table.has(word), `${s.file}: "${word}"`).toBe(false);
				expect(word, s.file).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
			}
			for (const choice of choices(s.spec as DialogSpec))
				expect(choice, s.file).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
		}
		// The Japanese pictures keep the Japanese table's words.
		for (const s of list.filter((x) => x.locale === 'ja' && x.file.includes(`/${client}/`) && x.illustration))
			for (const word of drawnWords(s.spec as DialogSpec).filter((w) => !hosts.has(w)))
				expect(japanese.has(word), `${s.file}: "${word}"`).toBe(true);
	});

	it('shows each English illustration on the English page, and no English page a Japanese one where an English one exists', () => {
		for (const s of list.filter((x) => x.locale === 'en')) {
			const page = readFileSync(s.page, 'utf8');
			const rel = s.file.slice(`${IMAGE_DIR}/`.length);
			expect(page, `${s.page} should show ${rel}`).toContain(`(./images/${rel} `);
			expect(page, `${s.page} still shows the Japanese ${rel.replace('/en/', '/')}`).not.toContain(
				`(./images/${rel.replace('/en/', '/')} `,
			);
		}
	});
});
