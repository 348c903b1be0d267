// Generated files (autoconfig, Apple profile, config downloads) at their site paths.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSettings } from '../site/data.ts';
import { generatedFiles, type GeneratedFile } from '../site/files.ts';

export const getStaticPaths = (() =>
	generatedFiles(getSettings()).map((file) => ({ params: { file: file.path.slice(1) }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: GeneratedFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.contentType } });
