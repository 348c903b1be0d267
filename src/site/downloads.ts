// Where generated configuration files are published. Pure.
import type { FileSnippet } from '../clients/index.ts';

/** Site path of a generated file for download: /downloads/CLIENT-METHOD/NAME (no leading dot). */
export function downloadPath(s: Pick<FileSnippet, 'client' | 'method' | 'filename'>): string {
	return `/downloads/${s.client}-${s.method}/${s.filename.replace(/^\./, '')}`;
}
