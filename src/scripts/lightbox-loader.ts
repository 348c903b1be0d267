// Loads the lightbox (./lightbox.ts, ~3 KB) on demand instead of with every gallery page: when the
// reader first points at, touches or focuses a picture, or at the latest on the first click, which
// is replayed once <kit-lightbox> is defined. Keys pressed while the code is on its way (Enter then
// arrows, Escape) are kept and replayed in the open lightbox. Until then (and if the code cannot
// load) the pictures stay links to their large versions.
const SHOT = 'a[data-kit-shot]';
let loading: Promise<unknown> | undefined;
const load = () => (loading ??= import('./lightbox.ts'));
const shotOf = (e: Event) => (e.target as Element | null)?.closest?.<HTMLAnchorElement>(SHOT) ?? null;

for (const type of ['pointerover', 'touchstart', 'focusin'] as const) {
	document.addEventListener(type, (e) => void (shotOf(e) && load()), { passive: true });
}

// Keys typed between a click on a picture and the lightbox opening.
let pending: { key: string; shiftKey: boolean }[] | undefined;
document.addEventListener(
	'keydown',
	(e) => {
		if (!pending || e.key === 'Enter') return;
		e.preventDefault();
		e.stopPropagation();
		pending.push({ key: e.key, shiftKey: e.shiftKey });
	},
	{ capture: true },
);

/** Replay the kept keys in the open lightbox (Escape closes it, as it would have). */
function replay(keys: { key: string; shiftKey: boolean }[]) {
	const dialog = document.querySelector<HTMLDialogElement>('dialog.kit-lightbox');
	for (const { key, shiftKey } of keys) {
		if (!dialog?.open) return;
		if (key === 'Escape') dialog.close();
		else (document.activeElement ?? dialog).dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
	}
}

document.addEventListener('click', (e) => {
	// Once defined, <kit-lightbox> handles clicks itself; modified clicks keep their browser meaning.
	if (customElements.get('kit-lightbox') || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
		return;
	const link = shotOf(e);
	if (!link) return;
	e.preventDefault();
	pending ??= [];
	load().then(
		() => {
			const keys = pending ?? [];
			pending = undefined;
			link.click();
			replay(keys);
		},
		() => {
			pending = undefined;
			location.assign(link.href);
		},
	);
});
