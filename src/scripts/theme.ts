// <kit-theme>: choose light, dark or the system's scheme; the choice is kept in this browser.
const KEY = 'kit-theme';
class KitTheme extends HTMLElement {
	connectedCallback() {
		const select = this.querySelector('select')!;
		const root = document.documentElement;
		select.value = root.dataset.theme ?? 'auto';
		select.addEventListener('change', () => {
			const v = select.value;
			if (v === 'light' || v === 'dark') root.dataset.theme = v;
			else delete root.dataset.theme;
			try {
				if (v === 'auto') localStorage.removeItem(KEY);
				else localStorage.setItem(KEY, v);
			} catch {
				/* storage unavailable: the choice lasts for this page */
			}
		});
	}
}
customElements.define('kit-theme', KitTheme);

// A module, not a global script: its names stay private.
export {};
