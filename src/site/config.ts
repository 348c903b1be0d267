// Site-wide facts that are not mail settings: the commission's menu from the 2004 page.
// The 2004 page's menu linked pages of the commission's own site; their addresses were lost with
// the page, so every entry but マニュアル points to the commission's top page until a maintainer
// fills in the real address (marked external: they leave this manual).

export interface MenuEntry {
	label: string;
	href: string;
	/** Leaves this site (shown with an "external" mark). */
	external: boolean;
}

/** This manual's address (the commission's web server, www.<domain>), from the mail domain in the settings. */
export const siteUrl = (domain: string) => `https://www.${domain}`;

/** The commission's site (outside this manual), from the mail domain in the settings. */
export const commissionSite = (domain: string) => `https://www.${domain}/`;

/** The header menu, in the seed's order; the manual entry (the sixth) is this site. */
export function commissionMenu(domain: string, labels: readonly string[], home: string): MenuEntry[] {
	return labels.map((label, i) =>
		i === 5 ? { label, href: home, external: false } : { label, href: commissionSite(domain), external: true },
	);
}
