// Every file the site publishes besides pages, generated from the settings: Thunderbird autoconfig,
// the Apple profile, and each command-line client's config file for download. Pure.
import type { Settings } from '../settings/schema.ts';
import { ACCOUNT } from '../settings/placeholders.ts';
import { AUTOCONFIG_PATHS, MOBILECONFIG_FILENAME, MOBILECONFIG_MIME, appleMobileconfig, clientIds, clients, fileSnippet, muttPairs, thunderbirdAutoconfig } from '../clients/index.ts';
import { downloadPath } from './downloads.ts';

export interface GeneratedFile {
	/** Site path, e.g. /mail/config-v1.1.xml. */
	path: string;
	/** The Content-Type the web server must send. */
	contentType: string;
	body: string;
}

/** The Apple profile's site path. */
export const mobileconfigPath = `/mail/${MOBILECONFIG_FILENAME}`;

/** Every generated file; downloads show `placeholder` where the reader's account goes. */
export function generatedFiles(settings: Settings, placeholder = 'ユーザー名'): GeneratedFile[] {
	const autoconfig = thunderbirdAutoconfig(settings);
	const files: GeneratedFile[] = AUTOCONFIG_PATHS.map((path) => ({ path, contentType: 'application/xml; charset=utf-8', body: autoconfig }));
	files.push({ path: mobileconfigPath, contentType: MOBILECONFIG_MIME, body: appleMobileconfig(settings) });
	for (const id of clientIds) {
		if (clients[id].kind !== 'cli') continue;
		for (const method of clients[id].methods) {
			const s = fileSnippet(settings, id, method, ACCOUNT);
			files.push({ path: downloadPath(s), contentType: 'text/plain; charset=utf-8', body: s.text.split(ACCOUNT).join(placeholder) });
		}
	}
	for (const s of muttPairs(settings, ACCOUNT)) files.push({ path: downloadPath(s), contentType: 'text/plain; charset=utf-8', body: s.text.split(ACCOUNT).join(placeholder) });
	return files;
}
