// The build's check of generated pictures (src/content/generated-pictures.ts): a picture the manifest
// lists must still show the settings' values and be the bytes npm run screenshots wrote; a picture
// the manifest does not list is a maintainer's own and is not checked.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	GENERATED_DIR,
	GENERATED_MANIFEST,
	checkGeneratedPictures,
	readManifest,
	settingValue,
	shownSettings,
} from '../../../src/content/generated-pictures.ts';
import { edited, real } from '../clients/fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'kit-generated-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, GENERATED_DIR, 'tb'), { recursive: true });
const bytes = Buffer.from('a picture');
const sha = createHash('sha256').update(bytes).digest('hex');
for (const f of ['tb/out.png', 'tb/edited.png', 'tb/mine.png']) writeFileSync(join(root, GENERATED_DIR, f), bytes);
writeFileSync(join(root, GENERATED_DIR, 'tb/edited.png'), 'changed by hand');
const record = { page: 'content/mail/clients/tb.md', illustration: true, settings: shownSettings(real, ['submission']), inputHash: 'x', sha256: sha };
writeFileSync(
	join(root, GENERATED_MANIFEST),
	JSON.stringify({ note: 'n', images: { 'tb/out.png': record, 'tb/edited.png': record } }),
);
const use = (name: string, file = 'content/mail/clients/tb.md', line = 7) => ({ path: `${GENERATED_DIR}/tb/${name}`, file, line });

describe('generated pictures in the build', () => {
	it('reads every value a picture records back from the settings', () => {
		const shown = shownSettings(real, ['pop3s', 'submission']);
		expect(shown).toMatchObject({ account: real.exampleAccount, domain: real.domain, 'pop3s.port': 995, 'submission.tls': 'starttls' });
		for (const [key, value] of Object.entries(shown)) expect(settingValue(real, key), key).toBe(value);
		expect(settingValue(real, 'nope.port')).toBeUndefined();
	});

	it('passes current pictures, and pictures of the maintainers own', () => {
		expect(checkGeneratedPictures([use('out.png'), use('mine.png')], root, real)).toEqual([]);
	});

	it('stops at the first use of a picture that shows old settings, naming the change, the others and the command', () => {
		const changed = edited((s) => (s.outgoing.submission = { ...s.outgoing.submission, port: 2587 }));
		expect(checkGeneratedPictures([use('out.png'), use('out.png', 'content/en/mail/clients/tb.md', 9)], root, changed)).toEqual([
			{
				file: 'content/mail/clients/tb.md',
				line: 7,
				message: `picture ${GENERATED_DIR}/tb/out.png shows old settings (submission.port 587, now 2587): it is a generated illustration, made before content/settings.yaml changed`,
				hint: 'run npm run screenshots: it makes the generated pictures again from the settings',
				note: 'also used at content/en/mail/clients/tb.md:9',
			},
		]);
	});

	it('stops at a generated picture changed by hand, which the next run would have to replace', () => {
		expect(checkGeneratedPictures([use('edited.png')], root, real)).toEqual([
			expect.objectContaining({
				message: `picture ${GENERATED_DIR}/tb/edited.png is a generated illustration, but it is not the file npm run screenshots wrote (changed by hand?)`,
				hint: expect.stringContaining('save it under another name'),
			}),
		]);
	});

	it('reports a broken manifest at its own file', () => {
		const broken = mkdtempSync(join(tmpdir(), 'kit-generated-'));
		mkdirSync(join(broken, GENERATED_DIR), { recursive: true });
		writeFileSync(join(broken, GENERATED_MANIFEST), '{ "images": ');
		expect(checkGeneratedPictures([use('out.png')], broken, real)).toEqual([
			expect.objectContaining({ file: GENERATED_MANIFEST, line: 1, hint: expect.stringContaining('npm run screenshots') }),
		]);
		expect(readManifest(join(broken, 'none'))).toBeUndefined();
		rmSync(broken, { recursive: true, force: true });
	});
});
