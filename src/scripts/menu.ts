// <kit-menu>: on narrow screens the button opens the drawer (the sidebar, with the language switch,
// the theme and the commission menu moved into it, so the header stays one row); Escape or a second
// press closes it and returns focus. While it is open the page behind it is inert. Without JS the
// button is not shown (.kit-js), those parts stay in the header and the sidebar follows the page.
const narrow = matchMedia('(max-width: 59.99rem)');

/** Move each [data-kit-drawer-item] into its drawer slot (narrow) or back to its place in the header. */
function place() {
	for (const item of document.querySelectorAll<HTMLElement>('[data-kit-drawer-item]')) {
		const name = item.dataset.kitDrawerItem!;
		const slot = document.querySelector(`[data-kit-drawer-slot="${name}"]`);
		if (!slot) continue;
		// A marker keeps the header position to return to.
		let home = (item as HTMLElement & { kitHome?: Comment }).kitHome;
		if (!home) {
			home = document.createComment(name);
			item.before(home);
			(item as HTMLElement & { kitHome?: Comment }).kitHome = home;
		}
		if (narrow.matches) {
			if (item.parentElement !== slot) slot.append(item);
		} else if (home.nextSibling !== item) home.after(item);
	}
}

class KitMenu extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
		const behind = () => document.querySelectorAll<HTMLElement>('.kit-main, .kit-toc, .kit-footer');
		const isOpen = () => button.getAttribute('aria-expanded') === 'true';
		const set = (open: boolean) => {
			button.setAttribute('aria-expanded', String(open));
			document.documentElement.toggleAttribute('data-kit-menu-open', open);
			for (const el of behind()) el.inert = open;
			if (open) (panel.querySelector<HTMLElement>('.kit-sidebar a[aria-current]') ?? panel.querySelector<HTMLElement>('a'))?.focus();
		};
		button.addEventListener('click', () => set(!isOpen()));
		document.addEventListener('keydown', (e) => {
			if (e.key === 'Escape' && isOpen() && !document.querySelector('dialog[open]')) {
				set(false);
				button.focus();
			}
		});
		// Growing to the desktop layout closes the drawer (the sidebar is then a column).
		narrow.addEventListener('change', () => {
			place();
			if (!narrow.matches && isOpen()) set(false);
		});
		place();
	}
}
customElements.define('kit-menu', KitMenu);

// A module, not a global script: its names stay private.
export {};
