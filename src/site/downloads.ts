// Where generated configuration files are published: each edition's at its own URLs (the English
// edition's under /en/, with English comments). Pure.
import type { FileSnippet } from '../clients/index.ts';
import { pathPrefix, type Locale } from '../i18n/index.ts';

/** The name a downloaded file is saved under: the file name without its leading dot. */
export function downloadName(s: Pick<FileSnippet, 'filename'>): string {
	return s.filename.replace(/^\./, '');
}

/**
 * Site path of a generated file: /downloads/CLIENT-METHOD/NAME.txt (Japanese) or
 * /en/downloads/CLIENT-METHOD/NAME.txt (English). The .txt suffix makes every web server send it
 * as text/plain; the link's download attribute saves it as NAME.
 */
export function downloadPath(s: Pick<FileSnippet, 'client' | 'method' | 'filename'>, locale: Locale): string {
	return `${pathPrefix(locale)}/downloads/${s.client}-${s.method}/${downloadName(s)}.txt`;
}
