// Site-wide facts that are not mail settings: the commission's menu (the 2004 page's header) and
// where its entries lead. The addresses come from the settings (`organization.links`); the 2004
// page's addresses were lost, so an entry whose address is `unknown` leads to the start page's list
// of the commission's pages, which says so and where to ask. No entry leads to this manual's own
// home (the settings schema refuses that address).
import { commissionPageIds, siteUrl, type CommissionPageId, type Settings } from '../settings/schema.ts';
import { pathPrefix, type Locale } from '../i18n/index.ts';

export { siteUrl };

/** The start page's section that lists the commission's pages and how to reach the commission. */
export const COMMISSION_SECTION = 'commission';
/** The start page's section on whom to ask. */
export const ASK_SECTION = 'ask';
/** The start page's id (content/start.md). */
export const START_PAGE_ID = 'start';

/** The start page's address in `locale`, with a section. */
export const startPageUrl = (locale: Locale, section?: string) => `${pathPrefix(locale)}/${START_PAGE_ID}/${section ? `#${section}` : ''}`;

export interface CommissionLink {
	id: CommissionPageId;
	/** The commission's page, or (address unknown) the start page's list of them. */
	href: string;
	/** Leaves this manual for the commission's own site (in Japanese). */
	external: boolean;
}

/** Where a commission page's link leads in `locale`. */
export function commissionLink(settings: Settings, id: CommissionPageId, locale: Locale): CommissionLink {
	const url = settings.organization.links[id];
	return url === 'unknown' ? { id, href: startPageUrl(locale, COMMISSION_SECTION), external: false } : { id, href: url, external: true };
}

/** The header menu, in the seed's order. */
export function commissionMenu(settings: Settings, locale: Locale): CommissionLink[] {
	return commissionPageIds.map((id) => commissionLink(settings, id, locale));
}
