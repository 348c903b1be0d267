// <kit-copy>: a copy button for the nearest code block or value; shows a short confirmation.
class KitCopy extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const label = button.textContent;
		button.addEventListener('click', async () => {
			const source = this.dataset.for
				? document.getElementById(this.dataset.for)
				: this.closest('figure, td')?.querySelector('pre, .kit-value');
			if (!source) return;
			// A text field's text is its value (the report form's composed text), not its initial content.
			const text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '');
			await navigator.clipboard.writeText(text.replace(/\n$/, ''));
			// The confirmation comes from the page's words table (data-done); the label stays without it.
			button.textContent = button.dataset.done ?? label;
			setTimeout(() => (button.textContent = label), 1500);
		});
	}
}
customElements.define('kit-copy', KitCopy);

// A module, not a global script: its names stay private.
export {};
