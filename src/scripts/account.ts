// The reader's account name: <kit-account-form> applies it as the reader types (once it is a valid
// name) and keeps it in localStorage; every <kit-account> on the page shows it (as text, never
// markup). It never leaves the browser.
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

/** How long the reader must stop typing before the result is announced (or a refusal shown). */
const PAUSE_MS = 900;

/** Keep `name` in this browser ('' forgets it). */
function store(name: string) {
	try {
		if (name) localStorage.setItem(KEY, name);
		else localStorage.removeItem(KEY);
	} catch {
		/* private mode: the value still applies to this page */
	}
}

class KitAccountForm extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const input = form.querySelector('input')!;
		const status = form.querySelector<HTMLElement>('[role=status]')!;
		input.value = saved();
		let timer: ReturnType<typeof setTimeout> | undefined;
		// The status is a polite live region: it changes once per pause, never per keystroke.
		const say = (text: string) => {
			clearTimeout(timer);
			status.textContent = text;
		};
		const later = (text: string) => {
			clearTimeout(timer);
			timer = setTimeout(() => (status.textContent = text), PAUSE_MS);
		};
		const refuse = () => {
			input.setAttribute('aria-invalid', 'true');
			say(status.dataset.invalid ?? '');
		};
		/** Apply a valid or empty value; true when applied. */
		const take = (v: string): boolean => {
			if (v && !isValidAccount(v)) return false;
			input.removeAttribute('aria-invalid');
			if (v !== saved()) {
				store(v);
				apply(v);
			}
			return true;
		};
		// As the reader types: a valid name applies at once (the examples follow each keystroke); the
		// announcement, or the reason for refusing a value, waits until they pause. A refusal is not
		// shown mid-word, only after the pause, on leaving the field or on Enter.
		const typed = () => {
			const v = input.value.trim();
			if (take(v)) {
				if (status.textContent === status.dataset.invalid) status.textContent = '';
				later((v ? status.dataset.saved : status.dataset.cleared) ?? '');
			}
			else {
				// Drop a refusal shown earlier while the reader corrects the value; say it again on the next pause.
				if (status.textContent === status.dataset.invalid) status.textContent = '';
				clearTimeout(timer);
				timer = setTimeout(() => refuse(), PAUSE_MS);
			}
		};
		input.addEventListener('input', (e) => {
			// While an input method composes (Japanese kana → romaji), wait for the composed text.
			if (!(e as InputEvent).isComposing) typed();
		});
		input.addEventListener('compositionend', typed);
		input.addEventListener('change', () => {
			if (!isValidAccount(input.value.trim()) && input.value.trim()) refuse();
		});
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			const v = input.value.trim();
			if (!v || !take(v)) return refuse();
			say(status.dataset.saved ?? '');
		});
		form.querySelector('[data-clear]')!.addEventListener('click', () => {
			input.value = '';
			take('');
			say(status.dataset.cleared ?? '');
		});
	}
}
customElements.define('kit-account-form', KitAccountForm);
apply(saved());
addEventListener('storage', (e) => {
	if (e.key === KEY) apply(saved());
});

