// <kit-report>: the report form of the troubleshooting overview (src/markdown/plugins/reportForm.ts).
// Composes the report as the reader types (src/troubleshooting/report.ts), fills in the saved account
// name, flags a pasted password and then holds back copy and mail, and keeps the mail link's body in
// step. Everything stays on the device: no request is made.
import { composeReport, looksLikePassword, mailtoHref, reportPage, type ReportWords } from '../troubleshooting/report.ts';

class KitReport extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const words = JSON.parse(this.dataset.words!) as ReportWords;
		const values = JSON.parse(this.dataset.values!) as string[];
		const { to = '', subject = '' } = this.dataset;
		const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
		const text = field('text') as HTMLTextAreaElement;
		const message = field('message');
		const warning = form.querySelector<HTMLElement>('.kit-report__warning')!;
		const mail = form.querySelector<HTMLAnchorElement>('.kit-report__mail')!;
		const copy = form.querySelector<HTMLButtonElement>('kit-copy button')!;
		const page = reportPage(new URLSearchParams(location.search).get('from'), location.origin);
		const when = new Date().toLocaleString(document.documentElement.lang);
		// The account the reader typed in the header's form, kept under the key the block names (no import:
		// the report script stays one small file of its own).
		try {
			field('account').value = localStorage.getItem(this.dataset.accountKey ?? '') ?? '';
		} catch {
			// Storage unavailable: the reader types it.
		}
		const update = () => {
			const get = (name: string) => field(name).value;
			const body = composeReport(
				{
					when,
					page,
					client: get('client'),
					os: get('os'),
					version: get('version'),
					account: get('account'),
					doing: get('doing'),
					message: get('message'),
				},
				values,
				words,
			);
			text.value = body;
			mail.href = mailtoHref(to, subject, body);
			const flagged = looksLikePassword(`${get('doing')}\n${get('message')}`);
			warning.hidden = !flagged;
			message.setAttribute('aria-invalid', String(flagged));
			copy.disabled = flagged;
			mail.toggleAttribute('aria-disabled', flagged);
		};
		mail.addEventListener('click', (e) => mail.hasAttribute('aria-disabled') && e.preventDefault());
		form.addEventListener('input', update);
		form.addEventListener('submit', (e) => e.preventDefault());
		update();
		form.hidden = false;
	}
}
customElements.define('kit-report', KitReport);

export {};
