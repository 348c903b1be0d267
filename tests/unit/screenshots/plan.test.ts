// What `npm run screenshots` may do to each file (scripts/screenshots/plan.ts): it overwrites and
// removes only the files it wrote itself, makes every illustration, and keeps or reports the real
// captures it cannot make here.
import { describe, expect, it } from 'vitest';
import { plan, type PlannedShot, type PreviousRecord } from '../../../scripts/screenshots/plan.ts';

const shot = (key: string, real = false, inputHash = `in-${key}`): PlannedShot => ({ file: `images/${key}`, key, real, inputHash });
const rec = (key: string, sha = `sha-${key}`, inputHash = `in-${key}`): PreviousRecord => ({ inputHash, sha256: sha });
const keys = (list: PlannedShot[]) => list.map((s) => s.key);

describe('the screenshot plan', () => {
	const previous = { 'a.png': rec('a.png'), 'real.png': rec('real.png'), 'old.png': rec('old.png'), 'edited.png': rec('edited.png') };
	const onDisk = new Map([
		['a.png', 'sha-a.png'],
		['real.png', 'sha-real.png'],
		['old.png', 'sha-old.png'],
		['edited.png', 'sha-edited-by-hand'],
		['mine.png', 'sha-mine'],
		['wlm/1-accounts.png', 'sha-capture'],
	]);

	it('makes every picture whose file is its own or absent, and removes only its own pictures no shot makes', () => {
		const p = plan({ shots: [shot('a.png'), shot('new.png'), shot('real.png', true)], previous, onDisk, canCaptureReal: true });
		expect(keys(p.make)).toEqual(['a.png', 'new.png', 'real.png']);
		expect(p.remove).toEqual(['old.png']);
		// Changed since it was made: left, and reported.
		expect(p.leave).toEqual(['edited.png']);
		// The maintainer's own pictures (not in the manifest) appear nowhere.
		expect(JSON.stringify(p)).not.toMatch(/mine|wlm/);
	});

	it('never overwrites a file it did not write: a hand-made picture, or its own changed by hand', () => {
		const p = plan({ shots: [shot('mine.png'), shot('edited.png'), shot('a.png')], previous, onDisk, canCaptureReal: true });
		expect(keys(p.foreign)).toEqual(['mine.png', 'edited.png']);
		expect(keys(p.make)).toEqual(['a.png']);
	});

	it('without the real client: keeps a current real capture, reports a stale or missing one, still makes every illustration', () => {
		const stale = shot('real.png', true, 'in-other-settings');
		expect(plan({ shots: [shot('a.png'), shot('real.png', true)], previous, onDisk, canCaptureReal: false })).toMatchObject({
			make: [shot('a.png')],
			keep: [shot('real.png', true)],
			cannot: [],
		});
		expect(plan({ shots: [shot('a.png'), stale, shot('gone.png', true)], previous, onDisk, canCaptureReal: false })).toMatchObject({
			make: [shot('a.png')],
			keep: [],
			cannot: [stale, shot('gone.png', true)],
		});
	});
});
