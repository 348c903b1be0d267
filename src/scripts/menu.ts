// <kit-menu>: on narrow screens, the button opens the sidebar as a panel; Escape or a second press
// closes it and returns focus. Without JS the button is not shown (.kit-js) and the sidebar follows the page.
class KitMenu extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
		const set = (open: boolean) => {
			button.setAttribute('aria-expanded', String(open));
			document.documentElement.toggleAttribute('data-kit-menu-open', open);
			if (open) (panel.querySelector<HTMLElement>('a[aria-current]') ?? panel.querySelector<HTMLElement>('a'))?.focus();
		};
		button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
		document.addEventListener('keydown', (e) => {
			if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
				set(false);
				button.focus();
			}
		});
	}
}
customElements.define('kit-menu', KitMenu);

// A module, not a global script: its names stay private.
export {};
