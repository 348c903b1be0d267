// Help at the step: which troubleshooting entries a walkthrough step offers, from what it sets
// (its placeholders) and what each failure concerns (failureConcerns), for the page's clients.
import { describe, expect, it } from 'vitest';
import {
	concernIds,
	concernsOf,
	failureConcerns,
	failureIds,
	quotedMessages,
	stepHelp,
	type Concern,
} from '../../../src/troubleshooting/messages.ts';
import { keyConcern, stepHelpPlugin } from '../../../src/markdown/plugins/stepHelp.ts';
import { stepsPlugin } from '../../../src/markdown/plugins/steps.ts';
import { placeholdersPlugin } from '../../../src/markdown/plugins/placeholders.ts';
import { incomingIds } from '../../../src/settings/schema.ts';
import type { Method } from '../../../src/clients/types.ts';
import type { PageSummary } from '../../../src/content/page-summary.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { mdWith, render, settings, values } from '../markdown/setup.ts';

const isIncoming = (m: Method) => (incomingIds as readonly string[]).includes(m);
const help = (concerns: Concern[], methods: Method[], clients: string[] = ['thunderbird']) =>
	stepHelp(new Set(concerns), methods, clients, 'ja', isIncoming);

describe('what each message concerns', () => {
	it('every quoted message but the good answer names at least one setting it concerns', () => {
		for (const m of quotedMessages) {
			if (m.failure === 'ok') expect(concernsOf(m)).toEqual([]);
			else expect(concernsOf(m).length, `${m.client} ${m.failure}: ${m.text}`).toBeGreaterThan(0);
			for (const c of concernsOf(m)) expect(concernIds).toContain(c);
		}
		expect(Object.keys(failureConcerns).sort()).toEqual(failureIds.filter((f) => f !== 'ok').sort());
	});
});

describe('the entries a step offers', () => {
	it('a receiving port offers exactly the receiving failures that concern the port', () => {
		expect(help(['port'], ['pop3s']).map((e) => `${e.direction} ${e.failure}`)).toEqual([
			'receive refused',
			'receive timeout',
			'receive tls-mismatch',
		]);
	});

	it('a sending server, port and security offer the sending failures, the two certificate warnings as one', () => {
		const entries = help(['host', 'port', 'security'], ['submission']);
		expect(entries.map((e) => `${e.anchor}`)).toEqual([
			'certificate',
			'refused',
			'timeout',
			'no-auth-offered',
			'no-starttls',
			'tls-mismatch',
		]);
		expect(entries.every((e) => e.direction === 'send')).toBe(true);
	});

	it("the account and password offer the password failure, with the page's clients' messages only", () => {
		const [entry, ...rest] = help(['password'], ['pop3s']);
		expect(rest).toEqual([]);
		expect(entry).toMatchObject({ failure: 'auth-failed', direction: 'receive' });
		expect(entry!.messages.length).toBeGreaterThan(0);
		expect(new Set(entry!.messages.map((m) => m.client))).toEqual(new Set(['thunderbird']));
		// A client with no quoted message still gets the entry and its link, without messages.
		expect(help(['password'], ['pop3s'], ['apple-mail'])[0]!.messages).toEqual([]);
	});

	it('a step that sets nothing offers nothing', () => {
		expect(help([], ['pop3s', 'submission'])).toEqual([]);
	});

	it('reads a placeholder key as the setting it sets', () => {
		expect(keyConcern('pop3s.port')).toEqual({ concern: 'port', method: 'pop3s' });
		expect(keyConcern('submission.tls')).toEqual({ concern: 'security', method: 'submission' });
		expect(keyConcern('submission.host')).toEqual({ concern: 'host', method: 'submission' });
		expect(keyConcern('account')).toEqual({ concern: 'password' });
		expect(keyConcern('pop3s.label')).toBeUndefined();
		expect(keyConcern('domain')).toBeUndefined();
	});
});

describe('the step-help disclosure', () => {
	const page = {
		id: 'mail/clients/x',
		url: '/mail/clients/x/',
		file: 'content/mail/page.md',
		locale: 'ja' as const,
		data: { title: 'x', description: 'x', order: 1, clients: ['thunderbird'], methods: ['pop3s', 'submission'] },
	};
	const md = mdWith(
		(m) => m.use(stepsPlugin),
		(m) => placeholdersPlugin(m, { values, accountPlaceholder: '（アカウント名）' }),
		(m) => stepHelpPlugin(m, { settings, pages: [page as unknown as PageSummary], words: ja, accountPlaceholder: '（アカウント名）' }),
	);

	it('closes a step that sets a value with the entries for it, and leaves a step that sets nothing alone', () => {
		const src = ['::: steps', '1. Thunderbird を起動します。', '', '2. ［ポート番号］を {{ pop3s.port }} にします。', ':::', ''].join('\n');
		const { html, env } = render(md, src);
		expect(env.problems).toEqual([]);
		const items = html.split('<li>').filter((s) => s.includes('を起動します') || s.includes('ポート番号'));
		expect(html.match(/<details class="kit-step-help">/g)).toHaveLength(1);
		expect(html).toMatch(/ポート番号.*<details class="kit-step-help"><summary>この手順でうまくいかないとき<\/summary>/s);
		expect(html).toContain('<a href="/mail/troubleshooting/receive/#refused">受信できないとき: 接続が拒否される</a>');
		expect(html).not.toContain('/mail/troubleshooting/send/');
		expect(items[0]).not.toContain('kit-step-help');
	});
});
