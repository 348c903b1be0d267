// <kit-toc>: marks the link of the section being read (the last heading above the top third).
class KitToc extends HTMLElement {
	connectedCallback() {
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].filter((a) => a.hash !== '#top');
		const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((h): h is HTMLElement => !!h);
		if (!targets.length) return;
		let current: HTMLAnchorElement | undefined;
		const update = () => {
			const line = window.innerHeight / 3;
			let active = targets[0]!;
			for (const h of targets) if (h.getBoundingClientRect().top <= line) active = h;
			// At the very bottom the last sections may never reach the line: the last one is being read.
			if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) active = targets.at(-1)!;
			const link = links.find((a) => decodeURIComponent(a.hash.slice(1)) === active.id);
			if (link === current) return;
			current?.removeAttribute('aria-current');
			link?.setAttribute('aria-current', 'true');
			current = link;
		};
		let queued = false;
		const onScroll = () => {
			if (queued) return;
			queued = true;
			requestAnimationFrame(() => {
				queued = false;
				update();
			});
		};
		addEventListener('scroll', onScroll, { passive: true });
		addEventListener('resize', onScroll, { passive: true });
		update();
	}
}
customElements.define('kit-toc', KitToc);

// A module, not a global script: its names stay private.
export {};
