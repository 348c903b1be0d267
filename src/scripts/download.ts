// <kit-download>: downloads the code block as shown (with the reader's account filled in) instead of
// the static file, which has a placeholder. Without JS the link downloads the static file. The blob
// is octet-stream so that browsers keep the file name as it is rather than adding ".txt".
class KitDownload extends HTMLElement {
	connectedCallback() {
		const link = this.querySelector('a')!;
		link.addEventListener('click', (e) => {
			const pre = this.closest('figure')?.querySelector('pre');
			if (!pre) return;
			e.preventDefault();
			const text = `${(pre.textContent ?? '').replace(/\n$/, '')}\n`;
			const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
			const a = Object.assign(document.createElement('a'), { href: url, download: this.dataset.filename ?? 'config.txt' });
			document.body.append(a);
			a.click();
			a.remove();
			setTimeout(() => URL.revokeObjectURL(url), 1000);
		});
	}
}
customElements.define('kit-download', KitDownload);

// A module, not a global script: its names stay private.
export {};
