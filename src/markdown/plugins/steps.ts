// Steps: `::: steps` … `:::` around exactly one numbered list → <ol class="kit-steps"> (its `start`
// kept). Depends on markdown-it-container (block rule); the container itself renders nothing.
import type { MarkdownIt, Token } from 'markdown-it';
import container from 'markdown-it-container';
import { report } from '../env.ts';
import { envOf } from './shared.ts';

export interface StepsOptions {
	/** Class added to the steps list (default "kit-steps"). */
	className?: string;
}

/** What this plugin stores on container_steps_open tokens' meta. */
export interface StepsMeta {
	/** True when the container holds exactly one ordered list (and nothing else). */
	valid: boolean;
}

const MESSAGE = '::: steps must contain one numbered list';
const HINT = 'write the steps as "1. …", "2. …" directly inside ::: steps and nothing else; put notes, code and images inside a step';

/** Add `::: steps` numbered-step lists. */
export function stepsPlugin(md: MarkdownIt, options: StepsOptions = {}): void {
	const className = options.className ?? 'kit-steps';

	container(md, 'steps', {
		validate: (params) => params.trim().split(/\s+/, 1)[0] === 'steps',
		// The list is the steps element; the container leaves no trace in the HTML.
		render: () => '',
	});

	md.core.ruler.after('block', 'kit_steps', (state) => {
		const env = envOf(state);
		const tokens = state.tokens;
		for (let i = 0; i < tokens.length; i++) {
			const open = tokens[i]!;
			if (open.type !== 'container_steps_open') continue;
			if (open.info.trim() !== 'steps') {
				report(
					env,
					open.map,
					`"::: steps" takes no title: "${open.info.trim()}"`,
					'write the heading above the ::: steps line, or put the text in the first step',
				);
			}
			const children = directChildren(tokens, i);
			const lists = children.filter((t) => t.type === 'ordered_list_open');
			const other = children.find((t) => t.type !== 'ordered_list_open');
			const valid = lists.length === 1 && !other;
			open.meta = { ...open.meta, valid } satisfies StepsMeta;
			if (valid) lists[0]!.attrJoin('class', className);
			else if (children.length === 0) report(env, open.map, `${MESSAGE}, but it is empty`, HINT);
			else if (other) report(env, other.map ?? open.map, `${MESSAGE}, but it also holds ${describe(other)}`, HINT);
			else report(env, lists[1]!.map, `${MESSAGE}, but it holds ${lists.length}`, 'join the lists into one, or use one ::: steps per list');
		}
	});
}

// The opening tokens directly inside the container that starts at tokens[start].
function directChildren(tokens: Token[], start: number): Token[] {
	const out: Token[] = [];
	let depth = 0;
	for (let i = start + 1; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (depth === 0 && t.type === 'container_steps_close') break;
		if (depth === 0 && t.nesting !== -1) out.push(t);
		depth += t.nesting;
	}
	return out;
}

// A few words naming what a block token is, for the error message.
function describe(token: Token): string {
	const names: Record<string, string> = {
		paragraph_open: 'a paragraph',
		bullet_list_open: 'a bulleted list (use "1." instead of "-")',
		heading_open: 'a heading',
		fence: 'a code block',
		code_block: 'a code block',
		table_open: 'a table',
		blockquote_open: 'a quote',
		hr: 'a horizontal rule',
		html_block: 'raw HTML',
	};
	return (
		names[token.type] ??
		(token.type.startsWith('container_') ? `a "::: ${token.type.slice(10, -5)}" block` : `a ${token.type.replace(/_open$/, '')}`)
	);
}
