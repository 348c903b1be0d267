// Create the one Shiki highlighter the site uses: an explicit language list and dual themes.
// Loaded once before rendering so markdown-it rules stay synchronous.
import { createHighlighter, type HighlighterGeneric } from 'shiki';

/** Languages code blocks may use; anything else is an error naming this list. */
export const LANGUAGES = ['console', 'shellsession', 'sh', 'bash', 'ini', 'yaml', 'xml', 'properties', 'toml', 'json', 'ts'] as const;
/** Plain-text aliases that are not highlighted. */
export const PLAIN = ['text', 'txt', 'plain', ''] as const;
// The -default GitHub themes keep comments at WCAG AA contrast on our code background.
export const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

// Language names → Shiki ids for the names authors are likely to write.
export const ALIASES: Record<string, string> = { shell: 'sh', zsh: 'sh', conf: 'ini', cfg: 'ini', rc: 'ini', yml: 'yaml' };

export type Highlighter = HighlighterGeneric<string, string>;

let shared: Promise<Highlighter> | undefined;

/** Return the site's highlighter, creating it on first use. */
export function getHighlighter(): Promise<Highlighter> {
	shared ??= createHighlighter({ themes: Object.values(THEMES), langs: [...LANGUAGES] }) as Promise<Highlighter>;
	return shared;
}
