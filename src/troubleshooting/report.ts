// The report a student hands the commission when a setup fails (the `::: report-form` block on the
// troubleshooting overview, src/scripts/report.ts): composed on the reader's device from what they
// typed and the values this site gave them, never with a password. Pure, and free of imports, so the
// browser's script carries nothing else.

/** The report's words in the page's language (the words tables' `report`; the block hands them to the browser). */
export interface ReportWords {
	title: string;
	when: string;
	page: string;
	client: string;
	os: string;
	version: string;
	account: string;
	values: string;
	doing: string;
	message: string;
	/** Written for a field left empty. */
	none: string;
}

/** What the reader typed or chose, and where and when. */
export interface ReportFields {
	when: string;
	page: string;
	client: string;
	os: string;
	version: string;
	account: string;
	doing: string;
	message: string;
}

/** The plain-text report: one line per short field, the values this site gives, then the reader's own words. */
export function composeReport(f: ReportFields, values: readonly string[], w: ReportWords): string {
	const or = (v: string) => v.trim() || w.none;
	const block = (v: string) => (v.trim() ? v.trim().replace(/\r\n?/g, '\n') : w.none);
	return [
		w.title,
		`${w.when}: ${or(f.when)}`,
		`${w.page}: ${or(f.page)}`,
		`${w.client}: ${or(f.client)}`,
		`${w.os}: ${or(f.os)}`,
		`${w.version}: ${or(f.version)}`,
		`${w.account}: ${or(f.account)}`,
		`${w.values}:`,
		...values.map((v) => `  ${v}`),
		'',
		`${w.doing}:`,
		block(f.doing),
		'',
		`${w.message}:`,
		block(f.message),
	].join('\n');
}

/**
 * Does a pasted text look like it holds a password: "password: …" / 「パスワード：…」 / "pass=…" with
 * something after it, or a config file's password line (mutt's `set pop_pass=…`, msmtp's
 * `password …` at a line's start, fetchmail's `password "…"`)? A client's error message that only
 * names the password ("Password not accepted") is not flagged.
 */
export function looksLikePassword(text: string): boolean {
	return [
		/(?:pass(?:word|wd)?|pw|パスワード|暗証番号)\s*[:=：＝]\s*["'“「]?[^\s"'”」]{3,}/iu,
		/\bset\s+\w*pass\w*\s*=/i,
		/^\s*password\s+\S{3,}\s*$/im,
		/\bpassword\s+"[^"]{3,}"/i,
	].some((re) => re.test(text));
}

/** A mailto: link (RFC 6068): the address as is, subject and body percent-encoded, line breaks as CRLF. */
export function mailtoHref(address: string, subject: string, body: string): string {
	const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
	return `mailto:${address}?subject=${enc(subject)}&body=${enc(body)}`;
}

/** The page the reader came from: a path of this site (`?from=/mail/…`), made absolute; '' for anything else. */
export function reportPage(from: string | null, origin: string): string {
	return from && /^\/(?!\/)[^\s]*$/.test(from) ? `${origin}${from}` : '';
}
