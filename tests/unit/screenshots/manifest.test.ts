// The walkthrough pictures match the settings: every shot scripts/screenshots/shots.ts defines has
// its PNG, the manifest recorded the same inputs (labels, values) the settings give now, the PNG is
// the one the manifest recorded, and it stays within the size budget.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/settings/load.ts';
import { IMAGE_DIR, MANIFEST, inputHash, shots, shotSettings, type ShotRecord } from '../../../scripts/screenshots/shots.ts';

/** Largest committed PNG, in bytes (stated in the README). */
export const IMAGE_BUDGET = 40 * 1024;
const STALE = 'screenshots are stale: run npm run screenshots';

const settings = loadSettings();
const list = shots(settings);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { images: Record<string, ShotRecord> };

describe('walkthrough screenshots', () => {
	it('have one manifest entry per shot and no others', () => {
		const expected = list.map((s) => s.file.slice(IMAGE_DIR.length + 1)).sort();
		expect(Object.keys(manifest.images).sort(), STALE).toEqual(expected);
	});

	for (const shot of list) {
		const key = shot.file.slice(IMAGE_DIR.length + 1);
		describe(key, () => {
			const record = manifest.images[key];
			it('was made from the current settings', () => {
				expect(record, `${key}: not in the manifest; ${STALE}`).toBeDefined();
				expect(record!.settings, `${key}: made from other settings values; ${STALE}`).toEqual(shotSettings(settings, shot));
				expect(record!.inputHash, `${key}: its labels or values changed; ${STALE}`).toBe(inputHash(settings, shot));
			});
			it('is the PNG the manifest recorded', () => {
				expect(existsSync(shot.file), `${shot.file} is missing; ${STALE}`).toBe(true);
				const sha = createHash('sha256').update(readFileSync(shot.file)).digest('hex');
				expect(sha, `${shot.file} was changed by hand or not regenerated; ${STALE}`).toBe(record?.sha256);
			});
			it(`stays within the size budget (${IMAGE_BUDGET / 1024} KB)`, () => {
				expect(statSync(shot.file).size, `${shot.file} is over budget: simplify the dialog or lower its width`).toBeLessThanOrEqual(
					IMAGE_BUDGET,
				);
			});
		});
	}

	it('marks illustrations in the manifest', () => {
		for (const shot of list) expect(manifest.images[shot.file.slice(IMAGE_DIR.length + 1)]?.illustration).toBe(shot.illustration);
	});
});

describe('stale detection', () => {
	it('notices a changed port', () => {
		const changed = structuredClone(settings);
		changed.incoming.pop3s.port = 9995;
		const shot = list.find((s) => s.uses.includes('pop3s'))!;
		expect(inputHash(changed, shot)).not.toBe(inputHash(settings, shot));
		expect(shotSettings(changed, shot)['pop3s.port']).toBe(9995);
	});
});
