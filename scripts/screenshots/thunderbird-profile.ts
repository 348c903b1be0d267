// A fresh Thunderbird profile (prefs.js) for the screenshots: one POP3 account and one outgoing
// server with every value from the settings, the Japanese UI, and everything that makes a picture
// depend on time, network or chance turned off. Pure.
import { service, type Settings, type TlsMode } from '../../src/settings/schema.ts';
import type { Method } from '../../src/clients/index.ts';

/** nsMsgSocketType: plain, STARTTLS, SSL/TLS. */
const socketType: Record<TlsMode, number> = { none: 0, starttls: 2, implicit: 3 };
/** nsMsgAuthMethod for the settings' auth kinds. */
const authMethod = (auth: string): number => (auth === 'none' ? 1 : auth === 'apop-password' ? 4 : 3);

const quiet: Record<string, string | number | boolean> = {
	'intl.locale.requested': 'ja',
	'intl.regional_prefs.use_os_locales': false,
	'general.useragent.locale': 'ja',
	// No first-run, default-client, update, telemetry, what's-new or donation pages.
	'mail.shell.checkDefaultClient': false,
	'mail.provider.enabled': false,
	'mailnews.start_page.enabled': false,
	'mailnews.start_page_override.mstone': 'ignore',
	'mail.ui.folderpane.view': 0,
	'app.update.enabled': false,
	'app.update.auto': false,
	'app.update.disabledForTesting': true,
	'app.donation.eoy.version.viewed': 999,
	'datareporting.policy.dataSubmissionEnabled': false,
	'datareporting.healthreport.uploadEnabled': false,
	'toolkit.telemetry.enabled': false,
	'toolkit.telemetry.unified': false,
	'mail.rights.version': 1,
	'mail.winsearch.firstRunDone': true,
	'mail.spotlight.firstRunDone': true,
	'mail.inappnotifications.enabled': false,
	'browser.aboutConfig.showWarning': false,
	'extensions.update.enabled': false,
	'extensions.getAddons.cache.enabled': false,
	'extensions.autoDisableScopes': 0,
	'browser.tabs.remote.autostart': false,
	'mail.biff.play_sound': false,
	'mail.biff.show_alert': false,
	'mail.startup.enabledMailCheckOnce': true,
	'mail.tabs.drawInTitlebar': false,
	'mail.uidensity': 1,
	'mail.openpgp.enable': false,
	'mail.e2ee.show_nonmatching': false,
	'calendar.timezone.useSystemTimezone': false,
	'calendar.timezone.local': 'UTC',
	// Nothing that moves or blinks; nothing from the network.
	'ui.prefersReducedMotion': 1,
	'ui.caretBlinkTime': 0,
	'ui.caretWidth': 0,
	'toolkit.cosmeticAnimations.enabled': false,
	'ui.systemUsesDarkTheme': 0,
	'layout.css.prefers-color-scheme.content-override': 1,
	'widget.gtk.overlay-scrollbars.enabled': false,
	'gfx.font_rendering.fontconfig.max_generic_substitutions': 3,
	'layout.css.devPixelsPerPx': '1.0',
	'network.dns.disableIPv6': true,
	'network.proxy.type': 0,
	'network.captive-portal-service.enabled': false,
	'network.connectivity-service.enabled': false,
	'mailnews.auto_config.fetchFromISP.enabled': false,
	'mailnews.auto_config.guess.enabled': false,
	'mailnews.auto_config_url': '',
	'mail.cloud_files.enabled': false,
	'messenger.startup.action': 0,
	'marionette.prefs.recommended': true,
};

const prefLine = (k: string, v: string | number | boolean) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`;

/** The prefs.js of the screenshot profile: incoming by `incoming`, outgoing by `outgoing`. */
export function thunderbirdPrefs(settings: Settings, incoming: Method, outgoing: Method, name: string, marionettePort: number): string {
	const inc = service(settings, incoming);
	const out = service(settings, outgoing);
	const email = `${settings.exampleAccount}@${settings.domain}`;
	const prefs: Record<string, string | number | boolean> = {
		...quiet,
		'marionette.port': marionettePort,
		'mail.accountmanager.accounts': 'account1,account2',
		'mail.accountmanager.defaultaccount': 'account1',
		'mail.accountmanager.localfoldersserver': 'server2',
		'mail.account.account1.identities': 'id1',
		'mail.account.account1.server': 'server1',
		'mail.account.account2.server': 'server2',
		'mail.account.lastKey': 2,
		'mail.identity.id1.fullName': name,
		'mail.identity.id1.useremail': email,
		'mail.identity.id1.smtpServer': 'smtp1',
		'mail.identity.id1.valid': true,
		'mail.server.server1.type': 'pop3',
		'mail.server.server1.hostname': inc.host,
		'mail.server.server1.port': inc.port,
		'mail.server.server1.socketType': socketType[inc.tls],
		'mail.server.server1.authMethod': authMethod(inc.auth),
		'mail.server.server1.userName': settings.exampleAccount,
		'mail.server.server1.name': email,
		'mail.server.server1.leave_on_server': true,
		'mail.server.server1.login_at_startup': false,
		'mail.server.server1.check_new_mail': false,
		'mail.server.server1.download_on_biff': false,
		'mail.server.server1.directory-rel': '[ProfD]Mail/pop3',
		'mail.server.server2.type': 'none',
		'mail.server.server2.hostname': 'Local Folders',
		'mail.server.server2.userName': 'nobody',
		'mail.server.server2.name': 'ローカルフォルダー',
		'mail.server.server2.directory-rel': '[ProfD]Mail/Local Folders',
		'mail.smtpservers': 'smtp1',
		'mail.smtp.defaultserver': 'smtp1',
		'mail.smtpserver.smtp1.type': 'smtp',
		'mail.smtpserver.smtp1.hostname': out.host,
		'mail.smtpserver.smtp1.port': out.port,
		'mail.smtpserver.smtp1.try_ssl': socketType[out.tls],
		'mail.smtpserver.smtp1.authMethod': authMethod(out.auth),
		'mail.smtpserver.smtp1.username': out.auth === 'none' ? '' : settings.exampleAccount,
		'mail.smtpserver.smtp1.description': '',
	};
	return `${Object.entries(prefs)
		.map(([k, v]) => prefLine(k, v))
		.join('\n')}\n`;
}
