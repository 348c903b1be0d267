// Shared fixtures for the client generator tests: the real settings and edited copies of them.
import { readFileSync } from 'node:fs';
import { parseSettings } from '../../../src/settings/load.ts';
import type { Settings } from '../../../src/settings/schema.ts';

/** The real content/settings.yaml. */
export const real: Settings = parseSettings(readFileSync('content/settings.yaml', 'utf8'));

/** A deep copy of the real settings with `edit` applied. */
export function edited(edit: (s: Settings) => void): Settings {
	const s = structuredClone(real);
	edit(s);
	return s;
}

/** The non-comment lines of a config file (comments start with `#` or `;`). */
export function directives(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith(';'));
}

export const ACCOUNT_NAME = 'yskhashi';
