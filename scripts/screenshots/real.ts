// Real Thunderbird screenshots: Thunderbird (Debian's thunderbird + thunderbird-l10n-ja) runs under
// its own Xvfb with a fresh profile written from the settings (thunderbird-profile.ts), in Japanese,
// cut off from the network; Marionette (built into Thunderbird) opens the account settings on the
// pane a shot names and reports where the parts to show are; xwd dumps the window, and sharp cuts
// the picture out. Nothing is typed or clicked, so nothing depends on timing. Used by run.ts when
// Thunderbird is installed (on PATH); without it, run.ts keeps the committed pictures if still current.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Settings } from '../../src/settings/schema.ts';
import { Marionette } from './marionette.ts';
import { thunderbirdPrefs } from './thunderbird-profile.ts';
import { decodeXwd } from './xwd.ts';
import type { Program } from './programs.ts';
import type { RealSpec } from './shots.ts';

const THUNDERBIRD = 'thunderbird';
/** The Debian packages a real capture needs (not the tests: they only read the committed PNGs). */
export const REAL_PACKAGES = 'thunderbird thunderbird-l10n-ja xvfb x11-apps xdotool fonts-noto-cjk';
/** The programs real.ts runs (found on PATH), each with its Debian package. */
export const REAL_PROGRAMS: readonly Program[] = [
	{ name: THUNDERBIRD, debian: 'thunderbird thunderbird-l10n-ja' },
	{ name: 'Xvfb', debian: 'xvfb' },
	{ name: 'xwd', debian: 'x11-apps' },
	{ name: 'xdotool', debian: 'xdotool' },
];

/** Window size of every capture (CSS px = device px). */
const WINDOW = { width: 960, height: 1080 };

// A free display number and port, from the process id (no two runs share them).
const displayNumber = () => 90 + (process.pid % 100);

/** Where Thunderbird shows a pane of the account settings, and what to cut out of it. */
async function showPane(m: Marionette, spec: RealSpec): Promise<{ x: number; y: number; width: number; height: number }> {
	return m.run(
		`
		const [pane, top, bottom] = arguments;
		const win = Services.wm.getMostRecentWindow("mail:3pane");
		const server = MailServices.accounts.defaultAccount.incomingServer;
		const wait = async (test, what) => {
			for (let i = 0; i < 200; i++) {
				const v = test();
				if (v) return v;
				await new Promise((r) => win.setTimeout(r, 50));
			}
			throw new Error("timed out waiting for " + what);
		};
		const smtp = pane == "am-smtp.xhtml";
		await win.MsgAccountManager(smtp ? "am-server.xhtml" : pane, server);
		const tabmail = win.document.getElementById("tabmail");
		const settings = () => tabmail.currentTabInfo.browser?.contentDocument;
		const frame = () => settings()?.getElementById("contentFrame");
		if (smtp) {
			// The outgoing servers are a row of their own at the end of the account tree. Select it once
			// the account's server pane has loaded (account settings select that pane after loading).
			await wait(() => frame()?.contentDocument?.readyState == "complete" && frame().contentDocument.location.href.includes("am-server.xhtml"), "am-server.xhtml");
			const tree = await wait(() => settings()?.getElementById("smtp") && settings().getElementById("accounttree"), "the account tree");
			tree.selectedIndex = tree.rows.indexOf(settings().getElementById("smtp"));
		}
		const doc = await wait(() => { const d = frame()?.contentDocument; return d?.readyState == "complete" && d.location.href.includes(pane) && d.querySelector(top) && d.querySelector(bottom) && d; }, pane);
		// Let layout, fonts and the page's own onload work settle: two frames after fonts are ready.
		await doc.fonts.ready;
		await win.document.fonts.ready;
		for (let i = 0; i < 3; i++) await new Promise((r) => win.requestAnimationFrame(() => win.setTimeout(r, 0)));
		await new Promise((r) => win.setTimeout(r, 500));
		// No transitions or animations left to run (checkbox colours fade in when the pane enables them).
		for (const d of [doc, settings()]) {
			const style = d.createElementNS("http://www.w3.org/1999/xhtml", "style");
			style.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
			(d.head ?? d.documentElement).append(style);
		}
		// Nothing focused inside the pane (no focus ring, no caret); the account tree keeps its selection.
		doc.activeElement?.blur?.();
		const box = (el) => {
			const r = el.getBoundingClientRect();
			const view = el.ownerDocument.defaultView;
			return { x: view.mozInnerScreenX - win.mozInnerScreenX + r.x, y: view.mozInnerScreenY - win.mozInnerScreenY + r.y, w: r.width, h: r.height };
		};
		// From the pane's heading down to the bottom element, across the pane's content width.
		const container = doc.getElementById("containerBox");
		const style = doc.defaultView.getComputedStyle(container);
		const c = box(container);
		const a = box(doc.querySelector(top));
		const b = box(doc.querySelector(bottom));
		const pad = 12;
		const x = Math.max(0, Math.floor(c.x + parseFloat(style.paddingLeft) - pad));
		const right = Math.ceil(c.x + c.w - parseFloat(style.paddingRight) + pad);
		const y = Math.max(0, Math.floor(a.y - pad));
		// Never below the pane (the status bar is no part of the picture).
		const f = box(frame());
		const end = Math.min(Math.ceil(b.y + b.h + pad), Math.floor(f.y + f.h));
		return { x, y, width: right - x, height: end - y };
		`,
		[spec.pane, spec.top, spec.bottom],
	);
}

/** Start Xvfb and Thunderbird on a fresh profile; run `work`; stop both and remove the profile. */
async function withThunderbird<T>(settings: Settings, spec: RealSpec, work: (m: Marionette, dump: () => Buffer) => Promise<T>): Promise<T> {
	const dir = mkdtempSync(join(tmpdir(), 'tb-shot-'));
	const profile = join(dir, 'profile');
	mkdirSync(profile);
	const port = 20000 + (process.pid % 20000);
	writeFileSync(join(profile, 'prefs.js'), thunderbirdPrefs(settings, spec.incoming, spec.outgoing, spec.name, port));
	const display = `:${displayNumber()}`;
	const children: ChildProcess[] = [];
	const stop = () => {
		for (const c of children.reverse()) if (c.exitCode === null) c.kill('SIGTERM');
	};
	try {
		const xvfb = spawn('Xvfb', [display, '-screen', '0', `${WINDOW.width}x${WINDOW.height}x24`, '-nolisten', 'tcp', '-dpi', '96'], {
			stdio: 'ignore',
		});
		children.push(xvfb);
		for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${display.slice(1)}`); i++) await new Promise((r) => setTimeout(r, 50));
		const env = {
			...process.env,
			DISPLAY: display,
			HOME: dir,
			TZ: 'UTC',
			// The UI language comes from the profile (intl.locale.requested); the C locale keeps GTK and
			// glibc the same on every machine.
			LANG: 'C.UTF-8',
			LC_ALL: 'C.UTF-8',
			MOZ_CRASHREPORTER_DISABLE: '1',
			MOZ_DISABLE_CONTENT_SANDBOX: '1',
			MOZ_ACCELERATED: '0',
			MOZ_WEBRENDER: '0',
			NO_AT_BRIDGE: '1',
			GTK_THEME: 'Adwaita',
		};
		const tb = spawn(
			THUNDERBIRD,
			[
				'--profile',
				profile,
				'--no-remote',
				'--marionette',
				'-remote-allow-system-access',
				'--width',
				String(WINDOW.width),
				'--height',
				String(WINDOW.height),
			],
			{ env, stdio: 'ignore' },
		);
		children.push(tb);
		const m = await Marionette.connect(port, 90_000);
		try {
			await m.run(
				`const win = Services.wm.getMostRecentWindow("mail:3pane"); win.moveTo(0, 0); win.resizeTo(${WINDOW.width}, ${WINDOW.height}); await new Promise((r) => win.setTimeout(r, 300));`,
			);
			const dump = () => {
				const xenv = { ...process.env, DISPLAY: display };
				const id = spawnSync('xdotool', ['search', '--onlyvisible', '--name', 'Mozilla Thunderbird$'], { env: xenv, encoding: 'utf8' })
					.stdout.trim()
					.split('\n')[0];
				if (!id) throw new Error('no Thunderbird window to capture');
				const r = spawnSync('xwd', ['-id', id, '-silent'], { env: xenv, maxBuffer: 64 << 20 });
				if (r.status !== 0) throw new Error(`xwd failed: ${r.stderr}`);
				return r.stdout;
			};
			return await work(m, dump);
		} finally {
			try {
				await m.command('Marionette:Quit', { flags: ['eForceQuit'] });
			} catch {
				/* already gone */
			}
			m.close();
		}
	} finally {
		await new Promise((r) => setTimeout(r, 500));
		stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Capture one real shot: the PNG (RGB, not yet optimised). */
export async function captureReal(settings: Settings, spec: RealSpec): Promise<Buffer> {
	return withThunderbird(settings, spec, async (m, dump) => {
		const crop = await showPane(m, spec);
		// Wait until the window stops changing: two dumps in a row the same (anything still painting
		// would make two runs differ).
		let raw = decodeXwd(dump());
		for (let i = 0; ; i++) {
			await new Promise((r) => setTimeout(r, 250));
			const next = decodeXwd(dump());
			if (next.data.equals(raw.data)) break;
			if (i === 40) throw new Error(`${spec.pane}: Thunderbird's window never stopped changing`);
			raw = next;
		}
		return sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } })
			.extract({
				left: crop.x,
				top: crop.y,
				width: Math.min(crop.width, raw.width - crop.x),
				height: Math.min(crop.height, raw.height - crop.y),
			})
			.png()
			.toBuffer();
	});
}
