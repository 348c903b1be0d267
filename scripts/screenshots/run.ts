// `npm run screenshots`: regenerate every walkthrough's pictures from content/settings.yaml.
// Each illustration (scripts/screenshots/shots.ts → dialog.ts) is captured by Playwright's Chromium;
// each real shot by the real client (real.ts: Thunderbird under Xvfb, with a profile made from the
// settings). Every picture is written as an optimised palette PNG and recorded in the manifest with
// the values it shows, so the unit test can tell when the settings changed and the pictures did not.
// Same input → same pixels (on the same fonts, Chromium and Thunderbird): no clock, no randomness, no
// animation. Without Thunderbird installed, the committed real pictures are kept while they are
// still current; when the settings they show changed, the run stops and says what to install.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { loadSettings } from '../../src/settings/load.ts';
import { dialogHtml } from './dialog.ts';
import { canCaptureReal, captureReal, REAL_PACKAGES } from './real.ts';
import { IMAGE_DIR, MANIFEST, inputHash, isReal, shotSettings, shots, type ShotRecord } from './shots.ts';

/** The corner label of every illustration. */
export const ILLUSTRATION_LABEL = 'イラスト';

/** Encode a screenshot as a small, deterministic palette PNG. */
export async function optimisePng(png: Buffer): Promise<Buffer> {
	return sharp(png).png({ palette: true, colours: 128, dither: 0, compressionLevel: 9, effort: 10 }).toBuffer();
}

async function main(): Promise<void> {
	const root = process.cwd();
	const settings = loadSettings();
	const list = shots(settings);
	const key = (file: string) => file.slice(IMAGE_DIR.length + 1);
	const previous: Record<string, ShotRecord> = existsSync(join(root, MANIFEST))
		? JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')).images
		: {};
	const sha = (png: Buffer) => createHash('sha256').update(png).digest('hex');
	// Without Thunderbird, a real picture can only be kept, and only while it is current: check first.
	const real = canCaptureReal();
	const kept = new Set<string>();
	if (!real) {
		for (const shot of list.filter((s) => isReal(s.spec))) {
			const old = previous[key(shot.file)];
			const file = join(root, shot.file);
			if (!old || old.inputHash !== inputHash(settings, shot) || !existsSync(file) || sha(readFileSync(file)) !== old.sha256) {
				throw new Error(
					`${shot.file} is a real Thunderbird capture and must be remade (its settings changed or it is missing), but Thunderbird cannot run here: install ${REAL_PACKAGES} (Debian) and run npm run screenshots again`,
				);
			}
			kept.add(shot.file);
		}
	}
	const debianChromium = '/usr/bin/chromium';
	const browser = await chromium.launch({
		...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
		args: [
			'--no-sandbox',
			'--disable-dev-shm-usage',
			'--disable-gpu',
			'--font-render-hinting=none',
			'--force-color-profile=srgb',
			'--disable-lcd-text',
		],
	});
	const page = await browser.newPage({
		viewport: { width: 900, height: 1200 },
		deviceScaleFactor: 1,
		locale: 'ja-JP',
		reducedMotion: 'reduce',
	});
	const records: Record<string, ShotRecord> = {};
	try {
		for (const shot of list) {
			if (kept.has(shot.file)) {
				records[key(shot.file)] = previous[key(shot.file)]!;
				console.log(`${shot.file} (kept: real capture, Thunderbird not installed)`);
				continue;
			}
			let png: Buffer;
			if (isReal(shot.spec)) {
				png = await optimisePng(await captureReal(settings, shot.spec));
			} else {
				await page.setContent(dialogHtml(shot.spec, ILLUSTRATION_LABEL));
				await page.evaluate(() => document.fonts.ready);
				png = await optimisePng(await page.locator('#shot').screenshot({ animations: 'disabled', caret: 'hide' }));
			}
			mkdirSync(dirname(join(root, shot.file)), { recursive: true });
			writeFileSync(join(root, shot.file), png);
			records[key(shot.file)] = {
				page: shot.page,
				illustration: shot.illustration,
				settings: shotSettings(settings, shot),
				inputHash: inputHash(settings, shot),
				sha256: sha(png),
			};
			console.log(`${shot.file} (${(png.length / 1024).toFixed(1)} KB${isReal(shot.spec) ? ', real' : ''})`);
		}
	} finally {
		await browser.close();
	}
	// Pictures no shot makes any more would be stale: remove them.
	for (const f of readdirSync(join(root, IMAGE_DIR), { recursive: true }) as string[]) {
		const rel = f.split('\\').join('/');
		if (rel.endsWith('.png') && !records[rel]) {
			rmSync(join(root, IMAGE_DIR, rel));
			console.log(`removed ${IMAGE_DIR}/${rel}`);
		}
	}
	writeFileSync(
		join(root, MANIFEST),
		`${JSON.stringify({ note: 'Written by npm run screenshots; do not edit.', images: records }, null, '\t')}\n`,
	);
	console.log(`${list.length} pictures, manifest ${MANIFEST}`);
}

await main();
