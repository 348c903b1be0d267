// The reader's account name: <kit-account-form> saves it in localStorage; every <kit-account> on
// the page shows it (as text, never markup). It never leaves the browser.
const KEY = 'kit-mail-account';
// The same rule as isValidAccount() on the server side: a Unix login name.
const VALID = /^[a-z_][a-z0-9_.-]{0,31}$/;

/** Read the saved account, or '' when none (or storage is unavailable). */
function saved(): string {
	try {
		const v = localStorage.getItem(KEY) ?? '';
		return VALID.test(v) ? v : '';
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
			if (!VALID.test(v)) {
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

// A module, not a global script: its names stay private.
export {};
