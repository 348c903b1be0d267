// UI strings of the search (src/components/Search.astro), one object per language with the same
// keys. `{n}` and `{q}` are filled in by the search script.
export const search = {
	ja: {
		button: '検索',
		dialog: 'マニュアルを検索',
		input: '検索する言葉',
		placeholder: '例：証明書、送信サーバー、popauth',
		close: '閉じる',
		hint: '↑↓ で結果を選び、Enter で開きます。Esc で閉じます。',
		loading: '検索しています…',
		count: '「{q}」の検索結果：{n} ページ',
		none: '「{q}」に一致するページはありません。言葉を短くするか、別の言い方で探してください。',
		error: '検索を読み込めませんでした。ページを再読み込みしてください。',
		sections: 'このページの該当箇所',
	},
	en: {
		button: 'Search',
		dialog: 'Search the manual',
		input: 'Search terms',
		placeholder: 'e.g. certificate, outgoing server, popauth',
		close: 'Close',
		hint: 'Use ↑↓ to pick a result and Enter to open it. Esc closes.',
		loading: 'Searching…',
		count: '{n} pages found for “{q}”',
		none: 'No page matches “{q}”. Try a shorter or different word.',
		error: 'Search could not be loaded. Please reload the page.',
		sections: 'Matching sections of this page',
	},
} as const;

export type SearchLocale = keyof typeof search;
export type SearchStrings = { [K in keyof (typeof search)['ja']]: string };
