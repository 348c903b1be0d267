// The real-client suite (tests/mail/mail.test.ts) as its own vitest run: `npm run test:mail`. Kept
// apart from the unit tests (vitest.config.ts) because it needs root, Dovecot and the mail clients.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: fileURLToPath(new URL('../..', import.meta.url)),
		include: ['tests/mail/**/*.test.ts'],
		// One line per check, as the suite printed before it ran under vitest.
		reporters: ['verbose'],
		// The 11 client groups run at once (vitest's default would run 5 at a time); each group's own
		// checks run in order.
		maxConcurrency: 16,
		// A check runs real clients that give up after 15 s each, a few in a row on a busy machine.
		testTimeout: 120_000,
		// Certificates, Dovecot, the sinks.
		hookTimeout: 120_000,
	},
});
