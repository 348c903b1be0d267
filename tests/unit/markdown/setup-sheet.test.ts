// The setup sheet's Markdown (src/markdown/plugins/setupSheet.ts): the field tables of the methods
// the steps set up, for the page's GUI clients, the account, the password rule and the profile's QR.
import { describe, expect, it } from 'vitest';
import { sheetSource } from '../../../src/markdown/plugins/setupSheet.ts';
import type { PageSummary } from '../../../src/content/page-summary.ts';
import { ja } from '../../../src/i18n/ja.ts';

const page = (clients: string[], methods: string[]) =>
	({
		id: 'x',
		url: '/x/',
		file: 'content/x.md',
		locale: 'ja',
		data: { title: 'Becky!', description: 'x', order: 1, clients, methods },
	}) as unknown as PageSummary;

describe('the setup sheet', () => {
	it("holds the config blocks of the steps' methods, the account, the password rule and the QR code when asked", () => {
		const src = sheetSource(page(['becky'], ['apop', 'apops', 'smtp', 'submission']), ja, true, ['apop', 'smtp']);
		expect(src.match(/```config [^\n]+/g)).toEqual(['```config becky apop', '```config becky smtp']);
		expect(src).toContain('`{{ account }}`');
		expect(src).toContain(ja.sheet.passwords);
		expect(src).toContain('::: profile-qr');
	});

	it("falls back to the page's methods, and is empty for a page without a GUI client", () => {
		expect(sheetSource(page(['thunderbird'], ['pop3s', 'submission']), ja, false).match(/```config [^\n]+/g)).toEqual([
			'```config thunderbird pop3s',
			'```config thunderbird submission',
		]);
		expect(sheetSource(page(['fetchmail', 'msmtp'], ['pop3s', 'submission']), ja, false)).toBe('');
	});
});
