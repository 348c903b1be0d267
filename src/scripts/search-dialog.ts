// The search dialog's behaviour, loaded on the first open (see search.ts). It loads Pagefind,
// searches as the reader types, and lists pages with their matching sections. Keys: ↑/↓ move
// between the field and the results, Enter in the field opens the first result, Escape closes and
// returns focus to where it was.
import { excerptParts, pagefindOptions, pagefindUrl, toHit, type Hit, type HitLink, type Pagefind } from './pagefind.ts';

const maxPages = 8;

let pagefind: Promise<Pagefind> | undefined;
/** Load and set up Pagefind once; its files exist only in a built site. */
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (pf) => {
		await pf.options(pagefindOptions);
		await pf.init();
		return pf;
	});
	return pagefind;
}

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** A result link: a title line and the excerpt with the matches marked. */
function link(item: HitLink, className: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.className = className;
	a.href = item.url;
	const title = a.appendChild(document.createElement('span'));
	title.className = 'kit-search__title';
	title.textContent = item.title;
	const excerpt = a.appendChild(document.createElement('span'));
	excerpt.className = 'kit-search__excerpt';
	for (const part of excerptParts(item.excerpt))
		excerpt.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
	return a;
}

function render(list: HTMLOListElement, hits: Hit[], sectionsLabel: string) {
	list.replaceChildren(
		...hits.map((hit) => {
			const li = document.createElement('li');
			li.className = 'kit-search__hit';
			li.append(link(hit.page, 'kit-search__link'));
			if (hit.sections.length) {
				const ul = li.appendChild(document.createElement('ul'));
				ul.className = 'kit-search__sections';
				ul.setAttribute('aria-label', `${sectionsLabel}: ${hit.page.title}`);
				for (const s of hit.sections)
					ul.appendChild(document.createElement('li')).append(link(s, 'kit-search__link kit-search__link--section'));
			}
			return li;
		}),
	);
}

interface Ui {
	dialog: HTMLDialogElement;
	input: HTMLInputElement;
}
let ui: Ui | undefined;
let returnTo: HTMLElement | null = null;
let leaving = false;

function setup(host: HTMLElement): Ui {
	const dialog = host.querySelector('dialog')!;
	const input = dialog.querySelector('input')!;
	const status = dialog.querySelector<HTMLElement>('[role=status]')!;
	const list = dialog.querySelector('ol')!;
	const text = dialog.dataset as Record<'loading' | 'count' | 'none' | 'error' | 'hint' | 'sections', string>;
	const links = () => [...list.querySelectorAll('a')];
	let latest = '';

	const run = async () => {
		const query = input.value.trim();
		latest = query;
		if (!query) {
			list.replaceChildren();
			status.textContent = text.hint;
			return;
		}
		status.textContent = text.loading;
		try {
			const pf = await loadPagefind();
			const found = await pf.debouncedSearch(query, {}, 120);
			if (!found || query !== latest) return;
			const data = await Promise.all(found.results.slice(0, maxPages).map((r) => r.data()));
			if (query !== latest) return;
			render(
				list,
				data.map((d) => toHit(d)),
				text.sections,
			);
			status.textContent = fill(found.results.length ? text.count : text.none, { q: query, n: found.results.length });
		} catch (error) {
			console.error('search:', error);
			status.textContent = text.error;
		}
	};

	input.addEventListener('input', () => void run());
	dialog.addEventListener('keydown', (e) => {
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			if (!all.length) return;
			e.preventDefault();
			const next = e.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
			(next < 0 ? input : all[next]!).focus();
		} else if (e.key === 'Enter' && e.target === input && !e.isComposing) {
			e.preventDefault();
			all[0]?.click();
		}
		// Escape is handled by the page script (search.ts), from the moment the dialog opens.
	});
	dialog.addEventListener('click', (e) => {
		const target = e.target as Element;
		if (target === dialog || target.closest('[data-close]')) dialog.close();
		else if (target.closest('a')) {
			leaving = true;
			dialog.close();
		}
	});
	dialog.addEventListener('close', () => {
		if (!leaving) returnTo?.focus();
		leaving = false;
	});
	return { dialog, input };
}

/**
 * Take over the dialog the page script has just opened (from the button or a shortcut): `from` is
 * where focus was before, and gets it back on close. Text typed while this code loaded is searched.
 */
export function open(host: HTMLElement, button: HTMLButtonElement, from: Element | null) {
	const fresh = !ui;
	ui ??= setup(host);
	const { dialog, input } = ui;
	returnTo = from instanceof HTMLElement && from !== document.body && !dialog.contains(from) ? from : button;
	if (!dialog.open) dialog.showModal();
	// Start the download while the reader types.
	void loadPagefind().catch(() => {});
	input.focus();
	if (fresh && input.value) input.dispatchEvent(new Event('input'));
	else input.select();
}
