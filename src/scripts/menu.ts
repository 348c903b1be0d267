// <kit-menu>: on narrow screens the button opens the drawer (the sidebar and the commission menu,
// with the language switch and the theme on the header's second row: global.css); Escape or a
// second press closes it and returns focus. While it is open the page behind it is hidden (CSS), so
// Tab stays in the header and the drawer. Without JS the button is not shown (.kit-js) and the
// sidebar follows the page.
class KitMenu extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
		const isOpen = () => button.getAttribute('aria-expanded') === 'true';
		const set = (open: boolean) => {
			button.setAttribute('aria-expanded', String(open));
			document.documentElement.toggleAttribute('data-kit-menu-open', open);
			if (open) (panel.querySelector<HTMLElement>('a[aria-current]') ?? panel.querySelector('a'))?.focus();
		};
		button.addEventListener('click', () => set(!isOpen()));
		document.addEventListener('keydown', (e) => {
			// Not while a dialog (search) takes the Escape for itself.
			if (e.key === 'Escape' && isOpen() && !e.defaultPrevented) {
				set(false);
				button.focus();
			}
		});
	}
}
customElements.define('kit-menu', KitMenu);

// A module, not a global script: its names stay private.
export {};
