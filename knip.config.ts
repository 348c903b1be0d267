// Knip (`npm run lint` runs `knip --dependencies`): fails on a package.json dependency nothing uses,
// on an import or binary of a package package.json does not list, and on an import that does not
// resolve. Its plugins read the tools' own configs (Astro, Vitest, Playwright, ESLint, Prettier) and
// the npm scripts, so packages used only there count as used. Unused files and exports are not
// checked (not yet at zero).
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
	// Programs the code starts that are Debian packages, not npm ones: the mail suite's servers and
	// helpers (installed by .ci/run), the print test's pdftotext (poppler-utils, also .ci/run), and the
	// real Thunderbird screenshots' X tools (README, Images).
	ignoreBinaries: ['dovecot', 'pdftotext', 'setpriv', 'Xvfb', 'xdotool', 'xwd'],
};

export default config;
