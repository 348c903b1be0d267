import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (CI and these machines cannot download Playwright's browser);
// Playwright's own browser elsewhere (after `npx playwright install chromium`).
const debianChromium = '/usr/bin/chromium';
const launchOptions = existsSync(debianChromium)
	? {
			executablePath: debianChromium,
			args: [
				'--no-sandbox',
				'--disable-dev-shm-usage',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		}
	: {};

const port = Number(process.env.KIT_E2E_PORT ?? 4329);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// axe on a long page takes several seconds on a loaded 2-core machine.
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions,
		trace: 'off',
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /.*\.phone\.spec\.ts/ },
		{ name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, testMatch: /.*\.(phone|both)\.spec\.ts/ },
	],
	// Serve the already-built site (npm test builds first).
	webServer: {
		command: `node scripts/serve.ts ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
