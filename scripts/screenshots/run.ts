// `npm run screenshots`: regenerate every walkthrough's pictures from content/settings.yaml.
// Each illustration (scripts/screenshots/shots.ts → dialog.ts) is captured by Playwright's Chromium;
// each real shot by the real client (real.ts: Thunderbird under Xvfb, with a profile made from the
// settings). Every picture is written as an optimised palette PNG and recorded in the manifest with
// the values it shows, so the build and the unit tests can tell when the settings changed and the
// pictures did not. Same input → same pixels (on the same fonts, Chromium and Thunderbird): no
// clock, no randomness, no animation.
//
// It makes everything it can and touches only its own files (./plan.ts decides): a maintainer's own
// picture is never overwritten or removed. What it cannot make (Thunderbird not installed and the
// settings a real capture shows changed; a file of someone else's in the way) it names, with what to
// install or do, and the run ends with one line on stderr and exit status 1. No stack trace.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { loadSettings } from '../../src/settings/load.ts';
import { readManifest, REMAKE } from '../../src/content/generated-pictures.ts';
import { strings } from '../../src/i18n/index.ts';
import { dialogHtml } from './dialog.ts';
import { captureReal, REAL_PACKAGES, REAL_PROGRAMS } from './real.ts';
import { missingPrograms } from './programs.ts';
import { plan, type PlannedShot } from './plan.ts';
import { IMAGE_DIR, MANIFEST, inputHash, isReal, shotSettings, shots, type Shot, type ShotRecord } from './shots.ts';

/** Encode a screenshot as a small, deterministic palette PNG. */
export async function optimisePng(png: Buffer): Promise<Buffer> {
	return sharp(png).png({ palette: true, colours: 128, dither: 0, compressionLevel: 9, effort: 10 }).toBuffer();
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Chromium for the illustrations, started on first use; its failure to start is one reason for all of them. */
function illustrator(): { page: () => Promise<Page>; close: () => Promise<void> } {
	let browser: Browser | undefined;
	let page: Promise<Page> | undefined;
	return {
		page: () =>
			(page ??= (async () => {
				try {
					browser = await chromium.launch({
						...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
						args: [
							'--no-sandbox',
							'--disable-dev-shm-usage',
							'--disable-gpu',
							'--font-render-hinting=none',
							'--force-color-profile=srgb',
							'--disable-lcd-text',
						],
					});
				} catch (e) {
					throw new Error(
						`Chromium did not start (${firstLine(e)}): install the Debian package chromium (or run npx playwright install chromium)`,
						{ cause: e },
					);
				}
				return browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1, locale: 'ja-JP', reducedMotion: 'reduce' });
			})()),
		close: async () => {
			await browser?.close();
		},
	};
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0]!;

/** Run once; returns the exit status. */
async function main(root: string): Promise<number> {
	const settings = loadSettings();
	const list = shots(settings);
	const keyOf = (shot: Shot) => shot.file.slice(IMAGE_DIR.length + 1);
	const previous: Record<string, ShotRecord> = readManifest(root)?.images ?? {};
	const dir = join(root, IMAGE_DIR);
	const onDisk = new Map(
		(existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]) : [])
			.map((f) => f.split('\\').join('/'))
			.filter((f) => f.endsWith('.png'))
			.map((f) => [f, sha(readFileSync(join(dir, f)))] as const),
	);
	const missing = missingPrograms(REAL_PROGRAMS);
	const byKey = new Map(list.map((s) => [keyOf(s), s]));
	const planned = list.map((s): PlannedShot => ({ file: s.file, key: keyOf(s), real: isReal(s.spec), inputHash: inputHash(settings, s) }));
	const todo = plan({ shots: planned, previous, onDisk, canCaptureReal: missing.length === 0 });

	const records = new Map<string, ShotRecord>();
	const notMade: { file: string; why: string }[] = [];
	// What a picture not made now keeps in the manifest: its previous record (the build then sees the old values).
	const keepRecord = (key: string) => previous[key] && records.set(key, previous[key]);
	const changes = (shot: Shot) => {
		const before = previous[keyOf(shot)]?.settings ?? {};
		const now = shotSettings(settings, shot);
		const diff = Object.keys(now).filter((k) => before[k] !== now[k]);
		return diff.length
			? `the settings it shows changed (${diff.map((k) => `${k} ${before[k] ?? '—'} → ${now[k]}`).join(', ')})`
			: 'its labels changed';
	};
	for (const p of todo.keep) {
		keepRecord(p.key);
		console.log(`${p.file} (kept: a real capture; ${missing[0]!.name} is not installed here, and it still shows the current settings)`);
	}
	for (const p of todo.cannot) {
		keepRecord(p.key);
		const shot = byKey.get(p.key)!;
		notMade.push({
			file: p.file,
			why: `a real capture, and ${onDisk.has(p.key) ? changes(shot) : 'it is missing'}; it needs ${missing.map((m) => m.name).join(', ')}, not found on PATH (Debian: ${REAL_PACKAGES})`,
		});
	}
	for (const p of todo.foreign) {
		keepRecord(p.key);
		notMade.push({
			file: p.file,
			why: `the file there is not the one ${REMAKE} wrote (a picture of your own, or one changed by hand), so it was left as it is: save your picture under another name and point its page at it, or delete the file, then run ${REMAKE} again`,
		});
	}

	const browser = illustrator();
	try {
		for (const p of todo.make) {
			const shot = byKey.get(p.key)!;
			let png: Buffer;
			try {
				if (isReal(shot.spec)) png = await optimisePng(await captureReal(settings, shot.spec));
				else {
					const page = await browser.page();
					await page.setContent(dialogHtml(shot.spec, strings(shot.locale).illustrationTag));
					await page.evaluate(() => document.fonts.ready);
					png = await optimisePng(await page.locator('#shot').screenshot({ animations: 'disabled', caret: 'hide' }));
				}
			} catch (e) {
				keepRecord(p.key);
				notMade.push({ file: p.file, why: firstLine(e) });
				continue;
			}
			mkdirSync(dirname(join(root, shot.file)), { recursive: true });
			writeFileSync(join(root, shot.file), png);
			records.set(p.key, {
				page: shot.page,
				illustration: shot.illustration,
				settings: shotSettings(settings, shot),
				inputHash: p.inputHash,
				sha256: sha(png),
			});
			console.log(`${shot.file} (${(png.length / 1024).toFixed(1)} KB${isReal(shot.spec) ? ', real' : ''})`);
		}
	} finally {
		await browser.close();
	}
	// Pictures this script made that no walkthrough shows any more would be stale: removed. Changed
	// ones are left, and the manifest no longer lists them: they are the maintainers' own from now on.
	for (const key of todo.remove) {
		rmSync(join(dir, key));
		console.log(`removed ${IMAGE_DIR}/${key} (no walkthrough shows it any more)`);
	}
	for (const key of todo.leave)
		console.log(`left ${IMAGE_DIR}/${key}: no walkthrough shows it any more, but it was changed by hand, so it is yours now`);
	// The manifest in shot-list order (stable diffs).
	const images = Object.fromEntries(planned.flatMap((p) => (records.has(p.key) ? [[p.key, records.get(p.key)!]] : [])));
	writeFileSync(join(root, MANIFEST), `${JSON.stringify({ note: `Written by ${REMAKE}; do not edit.`, images }, null, '\t')}\n`);

	const made = todo.make.length - notMade.filter((n) => todo.make.some((p) => p.file === n.file)).length;
	console.log(`${made} of ${list.length} pictures made${todo.keep.length ? `, ${todo.keep.length} kept` : ''}; manifest ${MANIFEST}`);
	if (!notMade.length) return 0;
	for (const n of notMade) console.error(`not made: ${n.file}: ${n.why}`);
	const what =
		todo.cannot.length === notMade.length
			? `install the Debian packages ${REAL_PACKAGES} (apt-get install …), then run ${REMAKE} again`
			: 'see the lines above';
	console.error(`${REMAKE}: ${notMade.length} of ${list.length} pictures not made: ${what}`);
	return 1;
}

try {
	process.exitCode = await main(process.cwd());
} catch (e) {
	// A settings file that does not load, a shot list that no longer matches the generators: one line.
	console.error(`${REMAKE}: ${(e as Error)?.message ?? String(e)}`);
	if (process.env['DEBUG']) console.error(e);
	process.exitCode = 1;
}
