import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		// Integration tests run real builds (300 s limit each, tests/integration/project.ts), some two in a row.
		testTimeout: 600_000,
	},
});
