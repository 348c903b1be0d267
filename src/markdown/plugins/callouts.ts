// Callouts: `::: note|tip|warning|danger [title]` … `:::` → <aside class="kit-callout …"> with a title.
// Depends on markdown-it-container (block rule); also reports `:::` lines no container took (a
// mistyped type), suggesting the nearest known one.
import type { MarkdownIt, Token } from 'markdown-it';
import container from 'markdown-it-container';
import { report } from '../env.ts';
import { nearest } from '../../util/nearest.ts';
import { envOf, lineInBlock } from './shared.ts';
import type { Words } from '../../i18n/index.ts';
import { escapeHtml as esc } from '../../util/escape.ts';

export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'danger'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export interface CalloutsOptions {
	/** The page language's words: each type's title (also its accessible name) and the label of a titled callout. */
	words: Pick<Words, 'callouts' | 'calloutLabel'>;
	/** Names of the other `:::` containers the site has (e.g. "steps"), for did-you-mean hints. */
	otherContainers?: string[];
}

/** What this plugin stores on container_callout_open tokens' meta. */
export interface CalloutMeta {
	calloutType: CalloutType;
	/** The title as written after the type, or the type's default title. */
	title: string;
	/** The accessible name of the aside: the type's title, plus the written title if any (and different). */
	label: string;
}

// `::: word rest` → the type word and the rest (trimmed).
const parseParams = (params: string) => {
	const m = /^\s*(\S*)\s*(.*?)\s*$/.exec(params)!;
	return { type: m[1] ?? '', rest: m[2] ?? '' };
};
const isType = (s: string): s is CalloutType => (CALLOUT_TYPES as readonly string[]).includes(s);

/** Add `::: note|tip|warning|danger` callouts. */
export function calloutsPlugin(md: MarkdownIt, options: CalloutsOptions): void {
	const titles = options.words.callouts;
	const labelOf = options.words.calloutLabel;
	const known = [...CALLOUT_TYPES, ...(options.otherContainers ?? [])];

	container(md, 'callout', {
		validate: (params) => isType(parseParams(params).type),
		render: (tokens: Token[], idx: number) => {
			const token = tokens[idx]!;
			if (token.nesting === -1) return '</aside>\n';
			const meta = token.meta as unknown as CalloutMeta;
			return (
				`<aside class="kit-callout kit-callout--${meta.calloutType}" aria-label="${esc(meta.label)}">\n` +
				`<p class="kit-callout__title" aria-hidden="true">${esc(meta.title)}</p>\n`
			);
		},
	});

	md.core.ruler.after('block', 'kit_callouts', (state) => {
		const env = envOf(state);
		const tokens = state.tokens;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.type === 'container_callout_open') {
				// Parse the info once here so the renderer only formats.
				const { type, rest } = parseParams(token.info);
				const calloutType = type as CalloutType;
				const meta: CalloutMeta = {
					calloutType,
					title: rest || titles[calloutType],
					label: rest && rest !== titles[calloutType] ? labelOf(titles[calloutType], rest) : titles[calloutType],
				};
				token.meta = { ...token.meta, ...meta };
			} else if (token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') {
				reportStrayMarkers(env, token, known);
			}
		}
	});
}

// A `:::` line that no container rule took ends up as paragraph text: say why, once per line.
function reportStrayMarkers(env: ReturnType<typeof envOf>, inline: Token, known: string[]): void {
	inline.content.split('\n').forEach((line, n) => {
		const m = /^\s*:{3,}\s*(\S*)/.exec(line);
		if (!m) return;
		const at = lineInBlock(inline.map, n);
		const type = m[1]!;
		const list = `${CALLOUT_TYPES.map((t) => `::: ${t}`).join(', ')}${
			known.length > CALLOUT_TYPES.length
				? `, ${known
						.slice(CALLOUT_TYPES.length)
						.map((t) => `::: ${t}`)
						.join(', ')}`
				: ''
		}`;
		if (type === '') {
			report(
				env,
				at,
				'this ":::" line closes no container',
				`remove it, or open a container before it (${list}); to nest containers, give the outer one more colons (:::: note … ::::)`,
			);
			return;
		}
		if (known.includes(type)) {
			// Known by name, but its plugin was not applied: a renderer setup mistake, not the author's.
			report(
				env,
				at,
				`"::: ${type}" is not handled by this renderer`,
				`apply the plugin for ::: ${type} in the renderer factory (src/markdown/renderer.ts)`,
			);
			return;
		}
		const near = nearest(type, known, 1);
		report(
			env,
			at,
			`unknown container type "::: ${type}"`,
			near.length ? `did you mean "::: ${near[0]}"? The containers are ${list}` : `the containers are ${list}`,
		);
	});
}
