// The reader's account name: <kit-account-form> applies it as the reader types (once it is a valid
// name) and keeps it in localStorage; every <kit-account> on the page shows it (as text, never
// markup). It never leaves the browser.
import { ACCOUNT_STORAGE_KEY as KEY, isValidAccount } from '../settings/account.ts';

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

/** How long the reader must stop typing before the result is announced (or a refusal shown). */
const PAUSE_MS = 900;

class KitAccountForm extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const input = form.querySelector('input')!;
		const status = form.querySelector<HTMLElement>('[role=status]')!;
		const { invalid, saved: done, cleared } = status.dataset;
		input.value = saved();
		let timer: ReturnType<typeof setTimeout> | undefined;
		// The status is a polite live region: it is given one message per pause, never one per
		// keystroke. A refusal also marks the field invalid, at the same moment.
		const say = (text = '', wait = 0) => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				status.textContent = text;
				if (text === invalid) input.setAttribute('aria-invalid', 'true');
			}, wait);
		};
		/** Apply the field's value if it is a valid name ('' clears); say so now or after a pause. */
		const update = (wait: number, emptyOk: boolean) => {
			const v = input.value.trim();
			if (!(isValidAccount(v) || (emptyOk && !v))) return say(invalid, wait);
			// A refusal shown earlier goes as soon as the value is good again.
			input.removeAttribute('aria-invalid');
			if (status.textContent === invalid) status.textContent = '';
			if (v !== saved()) {
				try {
					if (v) localStorage.setItem(KEY, v);
					else localStorage.removeItem(KEY);
				} catch {
					/* private mode: the value still applies to this page */
				}
				apply(v);
			}
			say(v ? done : cleared, wait);
		};
		// As the reader types, a valid name applies at once (every example follows); the announcement,
		// or why a value is refused (half-width letters only, so also kana from an input method),
		// waits for a pause. Enter and the button do not wait.
		input.oninput = () => update(PAUSE_MS, true);
		form.onsubmit = (e) => {
			e.preventDefault();
			update(0, false);
		};
		form.querySelector<HTMLElement>('[data-clear]')!.onclick = () => {
			input.value = '';
			update(0, true);
		};
	}
}
customElements.define('kit-account-form', KitAccountForm);
apply(saved());
addEventListener('storage', (e) => {
	if (e.key === KEY) apply(saved());
});
