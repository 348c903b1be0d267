// stunnel 5 in client mode: an SSL wrapper for mailers without SSL. The mailer talks plain POP3 or
// SMTP to a local port; stunnel carries it over verified TLS to POP3S or submissions. Pure.
import type { Settings } from '../settings/schema.ts';
import { describe, isIncoming, secretWords, target } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';

export const stunnelMethods = ['pop3s', 'apops', 'submissions'] as const satisfies readonly Method[];
type StunnelMethod = (typeof stunnelMethods)[number];

/** Local ports the tunnel accepts on unless options say otherwise (unprivileged, easy to remember). */
export const STUNNEL_LOCAL_PORTS: Record<StunnelMethod, number> = { pop3s: 10110, apops: 10110, submissions: 10025 };

/** Build stunnel.conf for one method (one tunnel). */
export function stunnelSnippet(settings: Settings, method: StunnelMethod, account: string, options: SnippetOptions = {}): FileSnippet {
	const t = target(settings, method, options);
	if (t.service.tls !== 'implicit') {
		throw new Error(`stunnel wraps implicit-TLS services only, but ${method} has tls: ${t.service.tls} in the settings`);
	}
	const local = options.localPorts?.[method] ?? STUNNEL_LOCAL_PORTS[method];
	const incoming = isIncoming(settings, method);
	const kind = incoming ? '受信サーバー (POP3)' : '送信サーバー (SMTP)';
	const authWords =
		t.service.auth === 'apop-password' ? '認証方式 APOP' : incoming ? '通常のパスワード認証 (USER/PASS)' : 'SMTP 認証 (SMTP-AUTH) あり';
	const lines = [
		`; stunnel.conf: ${settings.organization.shortName} ${describe(settings, method)} への SSL トンネル`,
		'; stunnel 5 のクライアントモードです。実行: stunnel stunnel.conf (止めるときは Ctrl-C)',
		';',
		'; SSL に対応していないメーラーには、次のように設定します:',
		`;   ${kind}: 127.0.0.1   ポート: ${local}   SSL: 使わない`,
		`;   ユーザー名: ${account}   ${authWords}`,
		`;   パスワード: ${secretWords(settings, method)}`,
		'; メーラーと stunnel の間 (127.0.0.1) はこのコンピューターの中だけの通信で、',
		`; stunnel と ${t.host} の間は SSL/TLS で暗号化され、証明書も確かめます。`,
		'',
		'foreground = yes',
		'; pid ファイルは作りません',
		'pid =',
		'',
		`[${method}]`,
		'client = yes',
		`accept = 127.0.0.1:${local}`,
		`connect = ${t.connect}:${t.port}`,
		`sni = ${t.host}`,
		'; 証明書を確かめます (stunnel の既定は「確かめない」なので、この 3 行は消さないでください)',
		'verifyChain = yes',
		`CAfile = ${t.caFile}`,
		`checkHost = ${t.host}`,
		'sslVersionMin = TLSv1.2',
	];
	return { kind: 'file', client: 'stunnel', method, filename: 'stunnel.conf', path: '~/stunnel.conf', language: 'ini', text: lines.join('\n') + '\n' };
}
