// Every file the site publishes besides pages, generated from the settings: Thunderbird autoconfig
// (one file at the addresses Thunderbird asks), and for each edition, in its language, the Apple
// profile and each command-line client's config file for download. Pure.
import type { Settings } from '../settings/schema.ts';
import { ACCOUNT } from '../settings/placeholders.ts';
import {
	AUTOCONFIG_PATHS,
	MOBILECONFIG_FILENAME,
	MOBILECONFIG_MIME,
	appleMobileconfig,
	clientIds,
	clients,
	fileSnippet,
	muttPairs,
	thunderbirdAutoconfig,
} from '../clients/index.ts';
import { locales, pathPrefix, strings, type Locale } from '../i18n/index.ts';
import { downloadPath } from './downloads.ts';

export interface GeneratedFile {
	/** Site path, e.g. /mail/config-v1.1.xml. */
	path: string;
	/** The Content-Type the web server must send. */
	contentType: string;
	body: string;
}

/** The Apple profile's site path in an edition (the English one has English names and description). */
export function mobileconfigPath(locale: Locale): string {
	return `${pathPrefix(locale)}/mail/${MOBILECONFIG_FILENAME}`;
}

/** Every generated file; downloads show the edition's account placeholder where the reader's account goes. */
export function generatedFiles(settings: Settings): GeneratedFile[] {
	const autoconfig = thunderbirdAutoconfig(settings);
	const files: GeneratedFile[] = AUTOCONFIG_PATHS.map((path) => ({
		path,
		contentType: 'application/xml; charset=utf-8',
		body: autoconfig,
	}));
	for (const locale of locales) {
		const words = strings(locale);
		files.push({ path: mobileconfigPath(locale), contentType: MOBILECONFIG_MIME, body: appleMobileconfig(settings, words) });
		for (const id of clientIds) {
			if (clients[id].kind !== 'cli') continue;
			for (const method of clients[id].methods) {
				const s = fileSnippet(settings, id, method, ACCOUNT, words);
				files.push({
					path: downloadPath(s, locale),
					contentType: 'text/plain; charset=utf-8',
					body: s.text.split(ACCOUNT).join(words.accountPlaceholder),
				});
			}
		}
		for (const s of muttPairs(settings, ACCOUNT, words))
			files.push({
				path: downloadPath(s, locale),
				contentType: 'text/plain; charset=utf-8',
				body: s.text.split(ACCOUNT).join(words.accountPlaceholder),
			});
	}
	return files;
}
