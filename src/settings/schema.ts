// The server-settings schema: one strict zod schema for content/settings.yaml.
// Depends on zod only; the JSON Schema in schema/ is exported from it (scripts/export-schema.ts).
import { z } from 'zod';

/** A DNS host name: letters, digits, hyphens and dots; no spaces, no scheme, no port. */
const hostName = z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i, {
	message: 'expected a host name such as "pop3.example.ac.jp" (letters, digits, "-" and "."; no spaces, no "://", no port)',
});

const port = z
	.number({ message: 'expected a port number (a whole number from 1 to 65535)' })
	.int({ message: 'expected a whole number from 1 to 65535' })
	.min(1, { message: 'a port is at least 1' })
	.max(65535, { message: 'a port is at most 65535' });

/** How the connection is protected: TLS from the first byte, STARTTLS upgrade, or nothing. */
export const tlsMode = z.enum(['implicit', 'starttls', 'none']);
/** Which secret the server asks for. */
export const authKind = z.enum(['login-password', 'apop-password', 'none']);

/**
 * A note shown to students in both editions: Japanese and English, both required (a missing one
 * is reported at its file:line like any other settings problem).
 */
const bilingual = z
	.strictObject(
		{
			ja: z.string({ message: 'expected the note in Japanese' }).min(1, { message: 'the Japanese note is empty' }),
			en: z.string({ message: 'expected the note in English' }).min(1, { message: 'the English note is empty' }),
		},
		{ message: 'expected the note in both languages: "ja: …" and "en: …" on the lines below this key' },
	)
	.describe('The same note in Japanese (ja) and English (en); both editions show it.');

const serviceFields = {
	/** A short human name for the service, shown in tables (e.g. "POP3 over SSL"). */
	label: z.string().min(1).describe('A short human name for the service, shown in tables (e.g. "POP3 over SSL").'),
	/** The server's host name. */
	host: hostName.describe("The server's host name."),
	/** The TCP port. */
	port: port.describe('The TCP port.'),
	/** implicit = SSL/TLS from the start (995, 465); starttls = upgrade (587); none = clear text. */
	tls: tlsMode.describe('implicit = SSL/TLS from the start (995, 465); starttls = upgrade (587); none = clear text.'),
	/** login-password = the password of the login host (ruby); apop-password = the one set with popauth. */
	auth: authKind.describe('login-password = the password of the login host (ruby); apop-password = the one set with popauth.'),
	/** The service the manual recommends for its direction. */
	recommended: z.boolean().optional().describe('The service the manual recommends for its direction.'),
	/** Values not given by the 2004 page, field name → why this value was chosen. Confirm them. */
	assumptions: z
		.strictObject({ host: bilingual, port: bilingual, tls: bilingual, auth: bilingual })
		.partial()
		.optional()
		.describe(
			'Values not given by the 2004 page: field name → why this value was chosen, in Japanese (ja) and English (en) (shown to students in both editions; write it without the value itself). Confirm them.',
		),
};

const incomingService = z.strictObject(serviceFields);
const outgoingService = z.strictObject({
	...serviceFields,
	/** For SMTP without authentication: the only recipient domains it relays to. */
	deliversOnlyTo: z.array(hostName).min(1).optional().describe('For SMTP without authentication: the only recipient domains it relays to.'),
});

// A password must never cross the network in clear text. APOP sends only a digest, so it may run
// without TLS (the manual explains why that is still weak).
function noClearPasswords(service: { tls: string; auth: string }, ctx: z.RefinementCtx) {
	if (service.auth === 'login-password' && service.tls === 'none') {
		ctx.addIssue({
			code: 'custom',
			path: ['tls'],
			message:
				'auth is "login-password" but tls is "none": the login password would be sent in clear text. Write tls: implicit (or starttls), or use another auth',
		});
	}
}

/**
 * The commission's own pages, as the 2004 page's header menu listed them, in its order. Their words
 * are in the language tables (src/i18n: `commissionPages`), their addresses in the settings.
 */
export const commissionPageIds = [
	'overview',
	'applications',
	'services',
	'support',
	'links',
	'manuals',
	'bbs',
	'faq',
	'admins',
	'research',
] as const;
export type CommissionPageId = (typeof commissionPageIds)[number];

/** This manual's own address (the commission's web server, www.<domain>), from the mail domain. */
export const siteUrl = (domain: string) => `https://www.${domain}`;

/** A commission page's address, or `unknown` while nobody has confirmed it (the menu then leads to the manual's list of them). */
const commissionPage = z
	.union([z.url({ protocol: /^https?$/, message: 'expected a web address such as "https://…/faq/", or unknown' }), z.literal('unknown')], {
		message: "expected the page's web address (https://…), or unknown while it is not known",
	})
	.describe("The commission page's address (https://…), or unknown while it is not known.");

// A commission page that is this manual's own home would send the reader in a circle.
function notTheManual(settings: { domain: string; organization: { links: Record<string, string> } }, ctx: z.RefinementCtx) {
	const home = new URL(siteUrl(settings.domain)).href;
	for (const [id, url] of Object.entries(settings.organization.links)) {
		if (url === 'unknown' || !URL.canParse(url)) continue;
		const u = new URL(url);
		if (u.href === home || u.href === `${home}en/` || u.href === `${home}index.html`)
			ctx.addIssue({
				code: 'custom',
				path: ['organization', 'links', id],
				message: `${url} is this manual's own home page, not a page of the commission: write the commission page's own address, or unknown`,
			});
	}
}

export const settingsSchema = z
	.strictObject({
		/** Who runs the servers; shown in the footer and in generated files. */
		organization: z
			.strictObject({
				name: z.string().min(1),
				nameEn: z.string().min(1),
				shortName: z.string().min(1),
				/** The short name in English (generated files of the English edition). */
				shortNameEn: z.string().min(1).describe('The short name in English (generated files of the English edition).'),
				since: z.number().int(),
				/** Reverse-DNS prefix for identifiers in generated files (Apple profile). */
				identifier: z
					.string()
					.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, { message: 'expected a reverse-DNS name such as "jp.ac.kyutech.club"' })
					.describe('Reverse-DNS prefix for identifiers in generated files (Apple profile).'),
				/** Where students write when the manual does not help them (placeholder {{ organization.contact }}). */
				contact: z
					.strictObject({
						email: z.email({ message: 'expected a mail address such as "postmaster@example.ac.jp"' }),
						/** Why this address, while the commission has not confirmed it. */
						assumptions: z
							.strictObject({ email: bilingual })
							.partial()
							.optional()
							.describe('Why this address, while the commission has not confirmed it (shown to students in both editions).'),
					})
					.describe('Where students write when the manual does not help them. Placeholder: {{ organization.contact }}.'),
				/** The commission's own pages (the header menu, `[text](commission:ID)` links): each address, or unknown. */
				links: z
					.strictObject(
						Object.fromEntries(commissionPageIds.map((id) => [id, commissionPage])) as Record<CommissionPageId, typeof commissionPage>,
					)
					.describe(
						"The commission's own pages (the header menu, [text](commission:ID) links in pages), each its address or unknown. Never this manual's own address.",
					),
			})
			.describe('Who runs the servers; shown in the footer and in generated files.'),
		/** The mail domain: addresses are ACCOUNT@domain. */
		domain: hostName.describe('The mail domain: addresses are ACCOUNT@domain.'),
		/** The shared computer students log in to (its password is the login password). */
		loginHost: z
			.strictObject({
				name: z.string().min(1),
				label: z.string().min(1),
				labelEn: z.string().min(1),
				/** The address students log in to with SSH (to run popauth). Placeholder: {{ loginHost.address }}. */
				address: hostName.describe('The address students log in to with SSH (to run popauth). Placeholder: {{ loginHost.address }}.'),
				/** Why this address and way of logging in, while nobody has confirmed them. */
				assumptions: z
					.strictObject({ address: bilingual })
					.partial()
					.optional()
					.describe('Why this address and way of logging in, while nobody has confirmed them (shown to students in both editions).'),
			})
			.describe('The shared computer students log in to (its password is the login password).'),
		/** Account name shown where the reader has not typed their own. */
		exampleAccount: z
			.string()
			.regex(/^[a-z0-9._-]+$/i)
			.describe('Account name shown where the reader has not typed their own.'),
		/** Whether students can read their mail with IMAP (the 2004 page offers POP3 only). */
		imap: z
			.strictObject({
				/** True when the commission's server offers IMAP to students. */
				offered: z.boolean().describe("True when the commission's server offers IMAP to students."),
				/** Why the value was chosen, while it is not confirmed with the administrators. */
				assumptions: z
					.strictObject({ offered: bilingual })
					.partial()
					.optional()
					.describe('Why the value was chosen, while it is not confirmed with the administrators.'),
			})
			.describe('Whether students can read their mail with IMAP. Placeholder: {{ imap.offered }}.'),
		/**
		 * Whether the servers accept POP3 over SSL and SMTP-AUTH from servers of mail services on the
		 * internet that connect for the student (the new Outlook for Windows fetches and sends from
		 * Microsoft's datacentres, not from the student's computer).
		 */
		cloudClients: z
			.strictObject({
				/** True when the commission's servers accept those connections (from anywhere, abroad included). */
				accepted: z.boolean().describe("True when the commission's servers accept those connections (from anywhere, abroad included)."),
				/** Why the value was chosen, while it is not confirmed with the administrators. */
				assumptions: z
					.strictObject({ accepted: bilingual })
					.partial()
					.optional()
					.describe('Why the value was chosen, while it is not confirmed with the administrators.'),
			})
			.describe(
				"Whether the servers accept POP3 over SSL and SMTP-AUTH from mail services' own servers (the new Outlook for Windows connects from Microsoft's datacentres). Placeholder: {{ cloudClients.accepted }}.",
			),
		/** Receiving services, keyed by a short id used in placeholders ({{pop3s.host}}). */
		incoming: z
			.strictObject({
				pop3s: incomingService.superRefine(noClearPasswords),
				apop: incomingService.superRefine(noClearPasswords),
				apops: incomingService.superRefine(noClearPasswords),
			})
			.describe('Receiving services: pop3s (POP3 over implicit TLS), apop (APOP), apops (APOP over TLS). Placeholders: {{ pop3s.host }} …'),
		/** Sending services, keyed likewise. */
		outgoing: z
			.strictObject({
				smtp: outgoingService.superRefine(noClearPasswords),
				submission: outgoingService.superRefine(noClearPasswords),
				submissions: outgoingService.superRefine(noClearPasswords),
			})
			.describe(
				'Sending services: smtp (no authentication, local delivery only), submission (SMTP-AUTH with STARTTLS), submissions (SMTP-AUTH over implicit TLS).',
			),
	})
	.superRefine(notTheManual);

export type Settings = z.infer<typeof settingsSchema>;
export type IncomingId = keyof Settings['incoming'];
export type OutgoingId = keyof Settings['outgoing'];
export type ServiceId = IncomingId | OutgoingId;
export type Service = Settings['incoming'][IncomingId] & { deliversOnlyTo?: string[] | undefined };
export type TlsMode = z.infer<typeof tlsMode>;
export type AuthKind = z.infer<typeof authKind>;

export const incomingIds = ['pop3s', 'apop', 'apops'] as const satisfies readonly IncomingId[];
export const outgoingIds = ['smtp', 'submission', 'submissions'] as const satisfies readonly OutgoingId[];

/** Look up a service of either direction by id. */
export function service(settings: Settings, id: ServiceId): Service {
	return id in settings.incoming ? settings.incoming[id as IncomingId] : settings.outgoing[id as OutgoingId];
}
