// Escaping for the HTML and XML the site writes: the one home. Pure; no dependencies.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escape text for HTML element content or a double-quoted attribute value: the four characters
 * markdown-it's own `utils.escapeHtml` escapes, so generated markup and markdown-it's agree byte for byte.
 */
export function escapeHtml(text: string): string {
	return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (c) => HTML[c]!) : text;
}

/** Escape text for XML element content or a double-quoted attribute value (generated config files). */
export function escapeXml(text: string): string {
	// Characters XML 1.0 forbids anywhere, even escaped, are refused rather than silently dropped.
	// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters: finding them is the point
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)) {
		throw new Error(`text contains a control character that XML 1.0 cannot represent: ${JSON.stringify(text)}`);
	}
	return escapeHtml(text).replace(/'/g, '&apos;');
}
