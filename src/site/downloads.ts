// Where generated configuration files are published. Pure.
import type { FileSnippet } from '../clients/index.ts';

/** The name a downloaded file is saved under: the file name without its leading dot. */
export function downloadName(s: Pick<FileSnippet, 'filename'>): string {
	return s.filename.replace(/^\./, '');
}

/**
 * Site path of a generated file: /downloads/CLIENT-METHOD/NAME.txt (mutt's combined files:
 * CLIENT-RECEIVE-SEND). The .txt suffix makes every web
 * server send it as text/plain; the link's download attribute saves it as NAME.
 */
export function downloadPath(s: Pick<FileSnippet, 'client' | 'method' | 'filename' | 'send'>): string {
	return `/downloads/${s.client}-${s.method}${s.send ? `-${s.send}` : ''}/${downloadName(s)}.txt`;
}
