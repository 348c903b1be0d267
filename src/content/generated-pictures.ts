// Generated pictures: `npm run screenshots` (scripts/screenshots) makes the walkthroughs' pictures
// from the settings and lists each one in a manifest, with the settings values it shows and the
// hash of its bytes. The manifest is what tells generated pictures from hand-made ones: a picture
// it does not list is the maintainers' own, which no script makes, overwrites or removes.
//
// The build reads it too (checkGeneratedPictures): a generated picture a page uses must still show
// the settings' values (or the build stops at the page's file:line and names the command that remakes
// it), and must still be the bytes the command wrote (a generated picture edited by hand would be
// replaced by the next run). Pure apart from reading the manifest and the pictures.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../shared/problems.ts';
import { incomingIds, outgoingIds, service, type Settings } from '../settings/schema.ts';
import type { ImageUse } from './image-check.ts';

/** Where the walkthroughs' generated pictures live, beside the client pages. */
export const GENERATED_DIR = 'content/mail/clients/images';
/** Their manifest (written by npm run screenshots only). */
export const GENERATED_MANIFEST = `${GENERATED_DIR}/manifest.json`;
/** The one command that remakes them. */
export const REMAKE = 'npm run screenshots';

/** What the manifest records for one generated picture. */
export interface GeneratedRecord {
	/** The Markdown page the picture was made for. */
	page: string;
	/** True for an illustration drawn in HTML/CSS; false for a capture of the real client. */
	illustration: boolean;
	/** The settings values the picture shows, by key (see settingValue). */
	settings: Record<string, string | number>;
	/** sha256 of what the picture draws (labels and values); the unit tests compare it with the code. */
	inputHash: string;
	/** sha256 of the PNG as written. */
	sha256: string;
}

/** The manifest file: generated pictures by path relative to GENERATED_DIR. */
export interface GeneratedManifest {
	note: string;
	images: Record<string, GeneratedRecord>;
}

/** The fields of a service a picture can show. */
const FIELDS = ['host', 'port', 'tls', 'auth'] as const;
const SERVICES: readonly string[] = [...incomingIds, ...outgoingIds];

/**
 * The value of one manifest key in `settings`: `account` (the example account), `domain`, or
 * `SERVICE.FIELD` (e.g. `submission.port`); undefined for a key the settings no longer have.
 */
export function settingValue(settings: Settings, key: string): string | number | undefined {
	if (key === 'account') return settings.exampleAccount;
	if (key === 'domain') return settings.domain;
	const [id, field] = key.split('.');
	if (!id || !SERVICES.includes(id) || !(FIELDS as readonly string[]).includes(field ?? '')) return undefined;
	return service(settings, id as (typeof incomingIds)[number])[field as (typeof FIELDS)[number]];
}

/** The settings values a picture showing the services `uses` records (the keys settingValue reads). */
export function shownSettings(settings: Settings, uses: readonly string[]): Record<string, string | number> {
	const keys = ['account', 'domain', ...uses.flatMap((id) => FIELDS.map((f) => `${id}.${f}`))];
	return Object.fromEntries(keys.map((k) => [k, settingValue(settings, k)!]));
}

/** Read the manifest at `root`; undefined when there is none. Throws on a manifest that is not JSON of that shape. */
export function readManifest(root: string, file = GENERATED_MANIFEST): GeneratedManifest | undefined {
	let text: string;
	try {
		text = readFileSync(join(root, file), 'utf8');
	} catch {
		return undefined;
	}
	const data = JSON.parse(text) as GeneratedManifest;
	if (typeof data !== 'object' || data === null || typeof data.images !== 'object') throw new Error('it has no "images" map');
	return data;
}

/**
 * One problem per generated picture the pages use that no longer shows the settings' values, or
 * whose bytes are not the ones the manifest recorded; at its first use, naming the others.
 */
export function checkGeneratedPictures(uses: readonly ImageUse[], root: string, settings: Settings): Problem[] {
	let manifest: GeneratedManifest | undefined;
	try {
		manifest = readManifest(root);
	} catch (e) {
		return [
			{
				file: GENERATED_MANIFEST,
				line: 1,
				message: `the list of generated pictures cannot be read (${(e as Error).message})`,
				hint: `it is written by ${REMAKE} only: take it back from git (git checkout ${GENERATED_MANIFEST}) and run ${REMAKE}`,
			},
		];
	}
	if (!manifest) return [];
	const byPath = new Map<string, ImageUse[]>();
	for (const use of uses) byPath.set(use.path, [...(byPath.get(use.path) ?? []), use]);
	const problems: Problem[] = [];
	for (const [path, at] of byPath) {
		if (!path.startsWith(`${GENERATED_DIR}/`)) continue;
		const record = manifest.images[path.slice(GENERATED_DIR.length + 1)];
		if (!record) continue; // not generated: a maintainer's own picture
		const [first, ...others] = at;
		const also = others.length ? { note: `also used at ${others.map((o) => `${o.file}:${o.line}`).join(', ')}` } : {};
		const changed = Object.entries(record.settings).flatMap(([key, shown]) => {
			const now = settingValue(settings, key);
			return now === shown ? [] : [`${key} ${shown}, now ${now ?? 'gone'}`];
		});
		const kind = record.illustration ? 'generated illustration' : 'generated capture of the real client';
		if (changed.length) {
			problems.push({
				file: first!.file,
				line: first!.line,
				message: `picture ${path} shows old settings (${changed.join('; ')}): it is a ${kind}, made before content/settings.yaml changed`,
				hint: `run ${REMAKE}: it makes the generated pictures again from the settings${record.illustration ? '' : ' (a real capture needs Thunderbird; the command says what to install)'}`,
				...also,
			});
			continue;
		}
		let sha: string;
		try {
			sha = createHash('sha256')
				.update(readFileSync(join(root, path)))
				.digest('hex');
		} catch {
			continue; // missing: the gallery reports it
		}
		if (sha !== record.sha256)
			problems.push({
				file: first!.file,
				line: first!.line,
				message: `picture ${path} is a ${kind}, but it is not the file ${REMAKE} wrote (changed by hand?)`,
				hint: `to use a picture of your own, save it under another name (pictures ${GENERATED_MANIFEST} does not list are never touched by a script) and point the page at it; then ${REMAKE} makes this one again`,
				...also,
			});
	}
	return problems;
}
