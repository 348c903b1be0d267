// Layers that point one way (issue 26). src/shared/ sits below everything; settings/ below markdown/;
// markdown/ below content/ and site/. `npm run lint` runs this, so a new wrong-way import fails.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			// A cycle means neither module can be read or tested without the other.
			name: 'no-circular',
			severity: 'error',
			from: {},
			to: { circular: true },
		},
		{
			// shared/ is the bottom layer: it may import nothing of the project's own.
			name: 'shared-imports-nothing',
			severity: 'error',
			from: { path: '^src/shared/' },
			to: { path: '^src/(?!shared/)' },
		},
		{
			// Settings are read before anything is rendered; problems come from src/shared/problems.ts.
			name: 'settings-not-markdown',
			severity: 'error',
			from: { path: '^src/settings/' },
			to: { path: '^src/(markdown|content|site)/' },
		},
		{
			// The renderer must not depend on the pages or the site it renders for.
			// Known exceptions still to move (issue 26), listed so that any other import fails:
			// page summaries, frontmatter and the file→URL rules (content/), and the site's
			// config, downloads, files, nav, qr and toc (site/).
			name: 'markdown-not-content-or-site',
			severity: 'error',
			from: { path: '^src/markdown/' },
			to: {
				path: '^src/(content|site)/',
				pathNot: '^src/(content/(page-summary|frontmatter|pages)|site/(config|downloads|files|nav|qr|toc))\\.ts$',
			},
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		// Type-only imports count: they tie the layers just as much.
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		exclude: { path: '^(node_modules|dist|\\.astro)/' },
	},
};
