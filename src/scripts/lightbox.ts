// <kit-lightbox>: opens the page's gallery pictures (links marked data-kit-shot) in a modal <dialog>:
// arrow keys and swipes move, Escape closes, Tab stays inside, focus returns to the picture shown
// last; "n / m" and the caption are shown; tapping the picture (or the zoom button) toggles full size
// with native panning. The links work without this script.
const SWIPE = 40;
const TAP = 10;

class KitLightbox extends HTMLElement {
	#dialog!: HTMLDialogElement;
	#stage!: HTMLElement;
	#image!: HTMLImageElement;
	#caption!: HTMLElement;
	#count!: HTMLElement;
	#zoom!: HTMLButtonElement;
	#links: HTMLAnchorElement[] = [];
	/** The shown picture's marks (a copy of its ```marks drawing), kept over the image as it resizes. */
	#marks: SVGElement | undefined;
	#resize = new ResizeObserver(() => this.#placeMarks());
	#index = 0;
	#start: { x: number; y: number; id: number } | undefined;

	connectedCallback() {
		const q = <T extends Element>(s: string) => this.querySelector<T>(s)!;
		this.#dialog = q('dialog');
		this.#stage = q('.kit-lightbox__stage');
		this.#image = q('.kit-lightbox__image');
		this.#caption = q('.kit-lightbox__caption');
		this.#count = q('.kit-lightbox__count');
		this.#zoom = q('.kit-lightbox__zoom');
		document.addEventListener('click', this.#onLinkClick);
		this.#dialog.addEventListener('click', (e) => {
			const action = (e.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
			if (action === 'close') this.#dialog.close();
			else if (action === 'prev') this.#show(this.#index - 1);
			else if (action === 'next') this.#show(this.#index + 1);
		});
		this.#zoom.addEventListener('click', () => this.#setZoom(!this.#zoomed));
		this.#image.addEventListener('load', () => this.#placeMarks());
		this.#dialog.addEventListener('keydown', this.#onKey);
		this.#dialog.addEventListener('close', this.#onClose);
		this.#stage.addEventListener('pointerdown', (e) => {
			if (e.isPrimary) this.#start = { x: e.clientX, y: e.clientY, id: e.pointerId };
		});
		this.#stage.addEventListener('pointerup', this.#onPointerUp);
		this.#stage.addEventListener('pointercancel', () => (this.#start = undefined));
	}

	disconnectedCallback() {
		document.removeEventListener('click', this.#onLinkClick);
	}

	get #zoomed() {
		return this.#stage.classList.contains('is-zoomed');
	}

	// A plain click on a picture link opens the lightbox (modified clicks keep their browser meaning).
	#onLinkClick = (e: MouseEvent) => {
		if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
		const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-kit-shot]');
		if (!link) return;
		e.preventDefault();
		this.#links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-kit-shot]')];
		this.#show(this.#links.indexOf(link));
		if (!this.#dialog.open) this.#dialog.showModal();
		this.querySelector<HTMLElement>('[data-action="close"]')!.focus();
	};

	// Show picture i (wrapping around at either end).
	#show(i: number) {
		const n = this.#links.length;
		this.#index = ((i % n) + n) % n;
		const link = this.#links[this.#index]!;
		const thumb = link.querySelector('img');
		this.#setZoom(false);
		this.#image.src = link.href;
		this.#image.alt = thumb?.alt ?? '';
		this.#image.width = Number(link.dataset['width']) || 0;
		this.#image.height = Number(link.dataset['height']) || 0;
		this.#caption.textContent = captionText(link.closest('figure')?.querySelector('figcaption'));
		this.#marks?.remove();
		this.#marks = link.querySelector<SVGElement>('.kit-marks-overlay')?.cloneNode(true) as SVGElement | undefined;
		if (this.#marks) {
			this.#stage.append(this.#marks);
			this.#resize.observe(this.#image);
		} else this.#resize.disconnect();
		this.#placeMarks();
		this.#count.textContent = `${this.#index + 1} / ${n}`;
		this.#dialog.toggleAttribute('data-single', n === 1);
		// Fetch the next picture ahead, so moving on shows it at once.
		if (n > 1) new Image().src = this.#links[(this.#index + 1) % n]!.href;
	}

	// Lay the marks exactly over the image (the stage is their positioned parent, and scrolls with it when zoomed).
	#placeMarks() {
		if (!this.#marks) return;
		const img = this.#image;
		Object.assign(this.#marks.style, {
			left: `${img.offsetLeft}px`,
			top: `${img.offsetTop}px`,
			width: `${img.offsetWidth}px`,
			height: `${img.offsetHeight}px`,
		});
	}

	#setZoom(on: boolean, at?: { x: number; y: number }) {
		const rect = this.#image.getBoundingClientRect();
		this.#stage.classList.toggle('is-zoomed', on);
		this.#zoom.setAttribute('aria-pressed', String(on));
		if (on && at && rect.width) {
			// Keep the tapped point under the finger.
			const fx = (at.x - rect.left) / rect.width;
			const fy = (at.y - rect.top) / rect.height;
			this.#stage.scrollLeft = fx * this.#image.offsetWidth - this.#stage.clientWidth / 2;
			this.#stage.scrollTop = fy * this.#image.offsetHeight - this.#stage.clientHeight / 2;
		}
	}

	#onKey = (e: KeyboardEvent) => {
		if (e.key === 'ArrowRight') this.#show(this.#index + 1);
		else if (e.key === 'ArrowLeft') this.#show(this.#index - 1);
		else if (e.key === 'Home') this.#show(0);
		else if (e.key === 'End') this.#show(this.#links.length - 1);
		else if (e.key === 'Tab') return this.#trapTab(e);
		else return;
		e.preventDefault();
	};

	// Keep Tab inside the dialog: from the last control to the first and back.
	#trapTab(e: KeyboardEvent) {
		const controls = [...this.#dialog.querySelectorAll<HTMLElement>('button')].filter((b) => b.offsetParent !== null);
		const first = controls[0];
		const last = controls.at(-1);
		if (!first || !last) return;
		const active = document.activeElement;
		if (e.shiftKey && (active === first || !this.#dialog.contains(active))) {
			e.preventDefault();
			last.focus();
		} else if (!e.shiftKey && (active === last || !this.#dialog.contains(active))) {
			e.preventDefault();
			first.focus();
		}
	}

	// A horizontal swipe moves (unless zoomed, when the finger pans); a tap on the picture zooms.
	#onPointerUp = (e: PointerEvent) => {
		const start = this.#start;
		this.#start = undefined;
		if (!start || start.id !== e.pointerId) return;
		const dx = e.clientX - start.x;
		const dy = e.clientY - start.y;
		if (!this.#zoomed && Math.abs(dx) > SWIPE && Math.abs(dx) > 1.5 * Math.abs(dy)) this.#show(this.#index + (dx < 0 ? 1 : -1));
		else if (Math.abs(dx) < TAP && Math.abs(dy) < TAP && e.target === this.#image)
			this.#setZoom(!this.#zoomed, { x: e.clientX, y: e.clientY });
	};

	#onClose = () => {
		this.#setZoom(false);
		const link = this.#links[this.#index];
		link?.focus();
		link?.scrollIntoView({ block: 'nearest' });
	};
}

// A figure's caption as one line: its text, then its marks' list (if any) as "1 … · 2 …".
function captionText(caption: Element | null | undefined): string {
	if (!caption) return '';
	const marks = [...caption.querySelectorAll('.kit-marks > li')].map((li) => li.textContent?.trim() ?? '');
	const text = [...caption.childNodes]
		.filter((n) => !(n instanceof Element && n.matches('.kit-marks')))
		.map((n) => n.textContent)
		.join('')
		.trim();
	return [text, marks.join(' · ')].filter(Boolean).join(' — ');
}

if (!customElements.get('kit-lightbox')) customElements.define('kit-lightbox', KitLightbox);

export {};
