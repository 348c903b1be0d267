// <kit-search>: the part of search that every page loads, kept to a few hundred bytes. It shows
// the button and listens for `/` and Ctrl+K / Cmd+K; the first open loads the dialog's code
// (search-dialog.ts, built to dialogUrl), which loads Pagefind. The import goes by URL, not by
// module path: a bundled dynamic import would bring Vite's preload helper (1 KB) to every page.
import { dialogUrl } from './pagefind.ts';

type Dialog = typeof import('./search-dialog.ts');

class KitSearch extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const dialog = this.querySelector('dialog')!;
		// Show the dialog at once, so that what the reader types while its code loads is kept.
		const open = () => {
			const from = document.activeElement;
			if (!dialog.open) dialog.showModal();
			if (!dialog.onkeydown) {
				// Escape closes at once, even before the dialog's code is here (a search field would
				// otherwise only clear itself on the first Escape).
				dialog.onkeydown = (e) => {
					if (e.key === 'Escape') {
						e.preventDefault();
						dialog.close();
					}
				};
			}
			dialog.querySelector('input')!.focus();
			void (import(/* @vite-ignore */ dialogUrl) as Promise<Dialog>).then((m) => m.open(this, button, from));
		};
		button.addEventListener('click', open);
		document.addEventListener('keydown', (e) => {
			if (e.defaultPrevented || e.isComposing || e.altKey) return;
			const mod = e.ctrlKey || e.metaKey;
			const slash =
				e.key === '/' &&
				!mod &&
				!(e.target as Element).closest('input,textarea,select,[contenteditable]') &&
				!document.querySelector('dialog[open]');
			if (slash || (mod && e.key.toLowerCase() === 'k')) {
				e.preventDefault();
				open();
			}
		});
	}
}
customElements.define('kit-search', KitSearch);
