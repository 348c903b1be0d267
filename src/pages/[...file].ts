// Generated files (autoconfig, Apple profile, config downloads) at their site paths.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSettings } from '../site/data.ts';
import { devError } from '../content/report.ts';
import { generatedFiles, type GeneratedFile } from '../site/files.ts';

// The dev server matches every request against this route first: while the manual has problems
// (perhaps in the settings, which these files need) it has no files, and every page shows the
// problems instead (src/middleware.ts). A good save clears Astro's route cache (content changed).
export const getStaticPaths = (() =>
	import.meta.env.DEV && devError()
		? []
		: generatedFiles(getSettings()).map((file) => ({ params: { file: file.path.slice(1) }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: GeneratedFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.contentType } });
