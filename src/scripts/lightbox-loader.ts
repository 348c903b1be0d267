// Loads the lightbox (./lightbox.ts, ~3 KB) on demand instead of with every gallery page: when the
// reader first points at, touches or focuses a picture, or at the latest on the first click, which
// is replayed once <kit-lightbox> is defined. Until then (and if the code cannot load) the pictures
// stay links to their large versions.
const SHOT = 'a[data-kit-shot]';
let loading: Promise<unknown> | undefined;
const load = () => (loading ??= import('./lightbox.ts'));
const shotOf = (e: Event) => (e.target as Element | null)?.closest?.<HTMLAnchorElement>(SHOT) ?? null;

for (const type of ['pointerover', 'touchstart', 'focusin'] as const) {
	document.addEventListener(type, (e) => void (shotOf(e) && load()), { passive: true });
}
document.addEventListener('click', (e) => {
	// Once defined, <kit-lightbox> handles clicks itself; modified clicks keep their browser meaning.
	if (customElements.get('kit-lightbox') || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
	const link = shotOf(e);
	if (!link) return;
	e.preventDefault();
	load().then(
		() => link.click(),
		() => location.assign(link.href),
	);
});
