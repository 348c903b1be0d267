// The reader's account name: <kit-account-form> saves it in localStorage; every <kit-account> on
// the page shows it (as text, never markup). It never leaves the browser.
const KEY = 'kit-mail-account';
import { isValidAccount } from '../settings/account.ts';

/** Read the saved account, or '' when none (or storage is unavailable). */
function saved(): string {
	try {
		const v = localStorage.getItem(KEY) ?? '';
		return isValidAccount(v) ? v : '';
	} catch {
		return '';
	}
}

/** Show `name` (or each element's placeholder) in every <kit-account>; update download links. */
function apply(name: string) {
	for (const el of document.querySelectorAll<HTMLElement>('kit-account')) {
		el.dataset.placeholderText ??= el.textContent ?? '';
		el.textContent = name || el.dataset.placeholderText;
		el.toggleAttribute('data-placeholder', !name);
	}
	document.dispatchEvent(new CustomEvent('kit-account', { detail: name }));
}

class KitAccountForm extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const input = form.querySelector('input')!;
		const status = form.querySelector<HTMLElement>('[role=status]')!;
		input.value = saved();
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			const v = input.value.trim();
			if (!isValidAccount(v)) {
				input.setAttribute('aria-invalid', 'true');
				status.textContent = status.dataset.invalid ?? '';
				return;
			}
			input.removeAttribute('aria-invalid');
			try {
				localStorage.setItem(KEY, v);
			} catch {
				/* private mode: the value still applies to this page */
			}
			apply(v);
			status.textContent = status.dataset.saved ?? '';
		});
		form.querySelector('[data-clear]')!.addEventListener('click', () => {
			try {
				localStorage.removeItem(KEY);
			} catch {
				/* nothing stored */
			}
			input.value = '';
			input.removeAttribute('aria-invalid');
			apply('');
			status.textContent = status.dataset.cleared ?? '';
		});
	}
}
customElements.define('kit-account-form', KitAccountForm);
apply(saved());
addEventListener('storage', (e) => {
	if (e.key === KEY) apply(saved());
});

