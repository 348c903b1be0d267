// stunnel 5 in client mode: an SSL wrapper for mailers without SSL. The mailer talks plain POP3 or
// SMTP to a local port; stunnel carries it over verified TLS to POP3S or submissions. Pure.
//
// Platforms the page (ssl-wrapper.md) names: Linux, macOS and Windows. `foreground` and `pid` exist
// only outside Windows (stunnel src/options.c: both under `#ifndef USE_WIN32`, stunnel-5.75), and
// the Windows build stops at an option it does not know; so the file says, above those lines, to
// delete them on Windows. The CA file differs per system: Debian's bundle is the default here; the
// Windows installer ships `ca-certs.pem` in its config folder (tools/stunnel.nsi, and the sample
// tools/stunnel.conf uses `CAfile = ca-certs.pem`); the page lists each system's file.
import type { Settings } from '../settings/schema.ts';
import { MIN_TLS, assertAccount, describe, isIncoming, secretWords, target, unconfirmedComment } from './common.ts';
import type { FileSnippet, Method, SnippetOptions } from './types.ts';

export const stunnelMethods = ['pop3s', 'apops', 'submissions'] as const satisfies readonly Method[];
export type StunnelMethod = (typeof stunnelMethods)[number];

/** Local ports the tunnel accepts on unless options say otherwise (unprivileged, easy to remember). */
export const STUNNEL_LOCAL_PORTS: Record<StunnelMethod, number> = { pop3s: 10110, apops: 10110, submissions: 10025 };

// The comment block and [section] of one tunnel.
function tunnel(settings: Settings, method: StunnelMethod, account: string, options: SnippetOptions): string[] {
	const t = target(settings, method, options);
	if (t.service.tls !== 'implicit') {
		throw new Error(`stunnel wraps implicit-TLS services only, but ${method} has tls: ${t.service.tls} in the settings`);
	}
	const local = options.localPorts?.[method] ?? STUNNEL_LOCAL_PORTS[method];
	const incoming = isIncoming(settings, method);
	const kind = incoming ? '受信サーバー (POP3)' : '送信サーバー (SMTP)';
	const authWords =
		t.service.auth === 'apop-password' ? '認証方式 APOP' : incoming ? '通常のパスワード認証 (USER/PASS)' : 'SMTP 認証 (SMTP-AUTH) あり';
	// The lines that make stunnel verify the server; the comment above them counts them.
	const verify = ['verifyChain = yes', `CAfile = ${t.caFile}`, `checkHost = ${t.host}`];
	return [
		`; ${describe(settings, method)} へのトンネル。SSL に対応していないメーラーには、次のように設定します:`,
		...unconfirmedComment(settings, [method], ';'),
		`;   ${kind}: 127.0.0.1   ポート: ${local}   SSL: 使わない`,
		`;   ユーザー名: ${account}   ${authWords}`,
		`;   パスワード: ${secretWords(settings, method)}`,
		`[${method}]`,
		'client = yes',
		`accept = 127.0.0.1:${local}`,
		`connect = ${t.connect}:${t.port}`,
		`sni = ${t.host}`,
		`; 証明書を確かめます (stunnel の既定は「確かめない」なので、次の ${verify.length} 行は消さないでください)`,
		...verify,
		`; TLS ${MIN_TLS} より古い版では接続しません`,
		`sslVersionMin = TLSv${MIN_TLS}`,
	];
}

/** Build one stunnel.conf holding a tunnel for each of `methods` (e.g. pop3s and submissions). */
export function stunnelConfig(settings: Settings, methods: readonly StunnelMethod[], account: string, options: SnippetOptions = {}): string {
	assertAccount(account);
	const ports = methods.map((m) => options.localPorts?.[m] ?? STUNNEL_LOCAL_PORTS[m]);
	const clash = ports.find((p, i) => ports.indexOf(p) !== i);
	if (clash !== undefined) throw new Error(`two tunnels would accept on local port ${clash}: choose one of ${methods.join(', ')} per port`);
	const lines = [
		`; stunnel.conf: ${settings.organization.shortName} のメールサーバーへの SSL トンネル`,
		'; stunnel 5 のクライアントモードです。実行: stunnel stunnel.conf (止めるときは Ctrl-C)',
		`; CAfile は信頼する認証局のファイルです。Debian・Ubuntu 以外では書き換えます (macOS: /etc/ssl/cert.pem、Windows 版: ca-certs.pem)。`,
		'; メーラーと stunnel の間 (127.0.0.1) はこのコンピューターの中だけの通信で、',
		'; stunnel とサーバーの間は SSL/TLS で暗号化され、サーバーの証明書も確かめます。',
		'',
		'; 次の 2 行は Linux・macOS 用です。Windows 版の stunnel にはない設定で、あると起動しないので消してください。',
		'foreground = yes',
		'pid =',
	];
	for (const m of methods) lines.push('', ...tunnel(settings, m, account, options));
	return lines.join('\n') + '\n';
}

/** Build stunnel.conf for one method (one tunnel). */
export function stunnelSnippet(settings: Settings, method: StunnelMethod, account: string, options: SnippetOptions = {}): FileSnippet {
	const text = stunnelConfig(settings, [method], account, options);
	return { kind: 'file', client: 'stunnel', method, filename: 'stunnel.conf', path: '~/stunnel.conf', language: 'ini', text };
}
