// Illustrated dialogs: a small data model of a client's dialog (fields in the client's own labels,
// values from the settings) and its HTML/CSS in the client's look, for Playwright to capture. Pure.
// Callouts are data: a control with `mark: true` gets the highlight, nothing is drawn by hand.

import { escapeHtml } from '../../src/util/escape.ts';

/** One control of a dialog. */
export type Control =
	| { kind: 'text' | 'password'; label: string; value: string; mark?: boolean; wide?: boolean }
	| { kind: 'check' | 'radio'; label: string; checked: boolean; mark?: boolean }
	| { kind: 'select'; label: string; value: string; mark?: boolean }
	| { kind: 'note'; text: string }
	| { kind: 'list'; label?: string; items: string[]; selected?: number; mark?: boolean }
	| { kind: 'menu'; path: string[]; items: string[]; selected: number; mark?: boolean };

/** A group of controls, optionally under a heading (a frame, a section, a table group). */
export interface Group {
	heading?: string;
	controls: Control[];
}

/** Which client's look to draw. */
export type Theme = 'xp' | 'gtk' | 'tb' | 'ios' | 'win';

/** Everything one illustration shows. */
export interface DialogSpec {
	theme: Theme;
	/** Window or screen title. */
	title: string;
	/** Tabs along the top; `tab` is the one shown. */
	tabs?: string[];
	tab?: string;
	/** A line of explanation under the title (wizard pages). */
	intro?: string;
	groups: Group[];
	/** Buttons at the bottom (xp, gtk, tb) or in the navigation bar (ios: [left, right]). */
	buttons: string[];
	/** A button to highlight. */
	markButton?: string;
	/** Width in CSS pixels. */
	width: number;
	/**
	 * Words of a client whose labels are graded (src/i18n/sourced.ts): `weak` ones (not confirmed on
	 * screen) are drawn with a dotted underline; `unseen` ones (no source shows them) are never drawn
	 * as text, only as a grey bar. Either way the picture carries `legend`, which says so.
	 */
	uncertain?: { weak: string[]; unseen: string[] };
	legend?: string;
}

const mark = (on: boolean | undefined) => (on ? ' mark' : '');

/** Draws one word of a dialog as HTML. */
type Draw = (text: string) => string;

// The words of a dialog as its spec says to draw them: a label nobody has seen is a grey bar (its
// length, not its text), one not confirmed on screen is underlined, any other is escaped text.
function drawer(uncertain: DialogSpec['uncertain']): Draw {
	return (text) => {
		if (uncertain?.unseen.includes(text))
			return `<span class="unseen" style="width:${Math.min(18, Math.max(3, text.length * 0.55))}em"></span>`;
		if (uncertain?.weak.includes(text)) return `<span class="weak">${escapeHtml(text)}</span>`;
		return escapeHtml(text);
	};
}

// One control as HTML.
function control(c: Control, esc: Draw): string {
	switch (c.kind) {
		case 'text':
		case 'password': {
			const value = c.kind === 'password' ? '●'.repeat(8) : escapeHtml(c.value);
			return `<div class="row${mark(c.mark)}${c.wide ? ' wide' : ''}"><label>${esc(c.label)}</label><span class="input">${value}</span></div>`;
		}
		case 'check':
		case 'radio':
			return `<div class="row choice${mark(c.mark)}"><span class="${c.kind}${c.checked ? ' on' : ''}"></span><label>${esc(c.label)}</label></div>`;
		case 'select':
			return `<div class="row${mark(c.mark)}"><label>${esc(c.label)}</label><span class="input select">${esc(c.value)}<i></i></span></div>`;
		case 'note':
			return `<p class="note">${esc(c.text)}</p>`;
		case 'list':
			return (
				`<div class="listbox${mark(c.mark)}">${c.label ? `<div class="listhead">${esc(c.label)}</div>` : ''}` +
				c.items.map((it, i) => `<div class="item${i === c.selected ? ' sel' : ''}">${esc(it)}</div>`).join('') +
				`</div>`
			);
		case 'menu':
			return (
				`<div class="menubar">${c.path.map((p, i) => `<span class="${i === 0 ? 'open' : ''}">${esc(p)}</span>`).join('')}</div>` +
				`<div class="menu${mark(c.mark)}">${c.items.map((it, i) => (it === '-' ? '<hr>' : `<div class="item${i === c.selected ? ' sel' : ''}">${esc(it)}</div>`)).join('')}</div>`
			);
	}
}

/** The whole page Playwright captures: the dialog, its theme's CSS and the 「イラスト」 label. */
export function dialogHtml(spec: DialogSpec, illustrationLabel: string): string {
	const esc = drawer(spec.uncertain);
	const tabs = spec.tabs
		? `<div class="tabs">${spec.tabs.map((t) => `<span class="${t === spec.tab ? 'on' : ''}">${esc(t)}</span>`).join('')}</div>`
		: '';
	const groups = spec.groups
		.map(
			(g) =>
				`<section class="group">${g.heading ? `<h2>${esc(g.heading)}</h2>` : ''}${g.controls.map((c) => control(c, esc)).join('')}</section>`,
		)
		.join('');
	const buttons = spec.buttons.map((b) => `<span class="button${b === spec.markButton ? ' mark' : ''}">${esc(b)}</span>`).join('');
	const body =
		spec.theme === 'ios'
			? `<div class="nav"><span>${esc(spec.buttons[0] ?? '')}</span><b>${esc(spec.title)}</b><span class="${spec.buttons[1] === spec.markButton ? 'mark' : ''}">${esc(spec.buttons[1] ?? '')}</span></div>${spec.intro ? `<p class="intro">${esc(spec.intro)}</p>` : ''}${tabs}<div class="content">${groups}</div>`
			: `<div class="titlebar"><span>${esc(spec.title)}</span><i></i></div><div class="body">${spec.intro ? `<p class="intro">${esc(spec.intro)}</p>` : ''}${tabs}<div class="content${spec.tabs ? ' tabbed' : ''}">${groups}</div><div class="buttons">${buttons}</div></div>`;
	const legend = spec.legend ? `<p class="legend">${escapeHtml(spec.legend)}</p>` : '';
	return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>${BASE_CSS}${THEMES[spec.theme]}</style></head>
<body><div id="shot" class="${spec.theme}" style="width:${spec.width}px">${body}${legend}<div class="illustration">${escapeHtml(illustrationLabel)}</div></div></body></html>`;
}

const BASE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;background:#fff}
body{padding:8px;font-family:'Noto Sans CJK JP','Noto Sans JP',sans-serif;font-size:13px;line-height:1.35;-webkit-font-smoothing:antialiased}
#shot{position:relative;overflow:hidden;padding-bottom:22px}
.row{display:flex;align-items:center;gap:8px;margin:6px 0;padding:2px 4px;border-radius:3px}
.row>label{flex:0 0 auto;min-width:9em}
.row .input{flex:1;min-height:22px;padding:2px 6px;border:1px solid #7f9db9;background:#fff;white-space:nowrap;overflow:hidden}
.row.choice{gap:6px}.row.choice>label{min-width:0}
.check,.radio{display:inline-block;width:13px;height:13px;border:1px solid #1c5180;background:#fff;position:relative;flex:0 0 auto}
.radio{border-radius:50%}
.check.on::after{content:'';position:absolute;left:3px;top:0;width:4px;height:8px;border:solid #21a121;border-width:0 2px 2px 0;transform:rotate(45deg)}
.radio.on::after{content:'';position:absolute;inset:3px;border-radius:50%;background:#21a121}
.select{position:relative;padding-right:22px!important}
.select i{position:absolute;right:0;top:0;bottom:0;width:18px;border-left:1px solid #7f9db9;background:linear-gradient(#fff,#dde6f7)}
.select i::after{content:'';position:absolute;left:5px;top:8px;border:4px solid transparent;border-top-color:#4d6185}
.note{margin:6px 4px;color:#333}
.mark{outline:3px solid #e8590c;outline-offset:1px;background:rgba(255,200,120,.28)}
.listbox{border:1px solid #7f9db9;background:#fff;min-height:90px;margin:6px 0}
.listhead{background:#ece9d8;border-bottom:1px solid #aca899;padding:2px 6px}
.listbox .item{padding:2px 6px}.listbox .item.sel{background:#316ac5;color:#fff}
.menubar{display:flex;gap:2px;background:#ece9d8;border-bottom:1px solid #aca899;padding:2px}
.menubar span{padding:2px 8px}.menubar span.open{background:#316ac5;color:#fff}
.menubar span:not(.open){color:#555}
.menu{width:max-content;min-width:240px;margin-left:6px;border:1px solid #7f7f7f;background:#fff;box-shadow:2px 2px 3px rgba(0,0,0,.3);padding:2px}
.menu .item{padding:3px 24px}.menu .item.sel{background:#316ac5;color:#fff}
.menu hr{border:0;border-top:1px solid #c5c5c5;margin:3px 2px}
.weak{text-decoration:underline dotted #c2410c 2px;text-underline-offset:3px}
.unseen{display:inline-block;height:.8em;vertical-align:middle;border-radius:3px;background:#b8b8c0}
.legend{margin:6px 8px 0;padding-right:70px;font-size:11px;color:#444}
.illustration{position:absolute;right:0;bottom:0;background:#5c2d91;color:#fff;font-weight:700;font-size:12px;padding:3px 10px;border-top-left-radius:8px;letter-spacing:.05em}
`;

const THEMES: Record<Theme, string> = {
	// Windows XP (Luna): Outlook Express, Becky!.
	xp: `
.xp{background:#ece9d8;border:1px solid #0831d9;border-radius:8px 8px 0 0}
.xp .titlebar{height:28px;display:flex;align-items:center;justify-content:space-between;padding:0 6px 0 10px;color:#fff;font-weight:700;background:linear-gradient(#0997ff,#0053ee 12%,#0050ee 50%,#06f 88%,#0047d6);border-radius:7px 7px 0 0;text-shadow:1px 1px #0a1883}
.xp .titlebar i{width:21px;height:21px;border:1px solid #fff;border-radius:3px;background:linear-gradient(#e97e5b,#c23c13)}
.xp .body{padding:10px 12px 12px}
.xp .intro{margin:0 0 10px;padding:8px 10px;background:#fff;border-bottom:1px solid #aca899;margin:-10px -12px 10px}
.xp .tabs{display:flex;gap:0;margin-top:2px}
.xp .tabs span{padding:3px 10px;border:1px solid #919b9c;border-bottom:0;background:linear-gradient(#fff,#ecebe6);margin-right:-1px;border-radius:3px 3px 0 0;position:relative;top:1px}
.xp .tabs span.on{background:#fcfcfe;border-top:2px solid #ffc83c;padding-top:2px;z-index:1}
.xp .content.tabbed{border:1px solid #919b9c;background:#fcfcfe;padding:8px 10px}
.xp .group{border:1px solid #d0d0bf;border-radius:4px;padding:6px 10px;margin:8px 0;position:relative}
.xp .group h2{font-size:13px;font-weight:400;margin:-14px 0 2px;background:inherit;display:inline-block;padding:0 3px;color:#0046d5;background:#fcfcfe}
.xp .content:not(.tabbed) .group h2{background:#ece9d8}
.xp .buttons{display:flex;justify-content:flex-end;gap:8px;margin-top:12px}
.xp .button{min-width:75px;text-align:center;padding:3px 10px;border:1px solid #003c74;border-radius:3px;background:linear-gradient(#fff,#f0f0ea 80%,#d6d0c5)}
`,
	// GTK 2 (Sylpheed on Linux).
	gtk: `
.gtk{background:#dcdad5;border:1px solid #7b7b7b}
.gtk .titlebar{height:26px;display:flex;align-items:center;justify-content:center;background:linear-gradient(#eeedeb,#cfccc6);border-bottom:1px solid #9d9c9b;font-weight:700;position:relative}
.gtk .titlebar i{position:absolute;right:6px;width:16px;height:16px;border-radius:50%;background:#b9b6b0}
.gtk .body{padding:8px 10px 10px}
.gtk .tabs{display:flex;flex-wrap:wrap}
.gtk .tabs span{padding:3px 8px;border:1px solid #9d9c9b;border-bottom:0;background:#cfccc6;margin-right:2px;border-radius:3px 3px 0 0;position:relative;top:1px}
.gtk .tabs span.on{background:#dcdad5;font-weight:700;z-index:1}
.gtk .content.tabbed{border:1px solid #9d9c9b;padding:6px 10px}
.gtk .group{border:1px solid #b3b0a9;padding:6px 8px;margin:10px 0 6px;position:relative}
.gtk .group h2{font-size:13px;font-weight:700;margin:-16px 0 0;background:#dcdad5;display:inline-block;padding:0 4px}
.gtk .row .input{border-color:#8b8983;background:#fff}
.gtk .check,.gtk .radio{border-color:#7b7b7b}
.gtk .check.on::after{border-color:#1a1a1a}.gtk .radio.on::after{background:#1a1a1a}
.gtk .menubar,.gtk .listhead{background:#dcdad5}
.gtk .menubar span.open,.gtk .menu .item.sel,.gtk .listbox .item.sel{background:#4b6983}
.gtk .buttons{display:flex;justify-content:flex-end;gap:8px;margin-top:10px}
.gtk .button{min-width:80px;text-align:center;padding:4px 10px;border:1px solid #7b7b7b;border-radius:3px;background:linear-gradient(#f4f3f1,#dcdad5)}
`,
	// Thunderbird 128+ account hub / setup (light theme).
	tb: `
.tb{background:#f9f9fb;border:1px solid #cfcfd8;border-radius:8px;color:#15141a}
.tb .titlebar{padding:14px 20px 4px;font-size:19px;font-weight:700}
.tb .titlebar i{display:none}
.tb .body{padding:4px 20px 18px}
.tb .intro{margin:0 0 8px;color:#5b5b66}
.tb .group{background:#fff;border:1px solid #e0e0e6;border-radius:6px;padding:8px 14px;margin:10px 0}
.tb .group h2{font-size:14px;margin:2px 0 6px}
.tb .row>label{min-width:10em;text-align:right;color:#3a3944}
.tb .row .input{border:1px solid #8f8f9d;border-radius:4px;min-height:28px;padding:4px 8px}
.tb .select i{border-left:0;background:none}
.tb .check.on,.tb .radio.on{background:#0061e0;border-color:#0061e0}
.tb .check.on::after{border-color:#fff}.tb .radio.on::after{background:#fff}
.tb .buttons{display:flex;justify-content:flex-end;gap:8px;margin-top:12px}
.tb .button{padding:6px 16px;border-radius:4px;background:#e9e9ed;border:1px solid #cfcfd8}
.tb .button:last-child{background:#0061e0;color:#fff;border-color:#0061e0}
`,
	// Windows 11 (Outlook for Windows, classic and new): light, flat, Segoe-like.
	win: `
.win{background:#f3f3f3;border:1px solid #c8c8c8;border-radius:8px;color:#1b1b1b}
.win .titlebar{height:32px;display:flex;align-items:center;justify-content:space-between;padding:0 10px 0 12px;background:#fff;border-bottom:1px solid #e1e1e1;border-radius:8px 8px 0 0;font-size:12px}
.win .titlebar i{width:10px;height:10px;border-top:1px solid #1b1b1b;transform:rotate(45deg);border-left:1px solid #1b1b1b;opacity:.0}
.win .body{padding:12px 16px 14px}
.win .intro{margin:0 0 10px;font-size:15px;font-weight:600}
.win .tabs{display:flex;gap:2px;border-bottom:1px solid #d1d1d1}
.win .tabs span{padding:5px 12px;color:#444}
.win .tabs span.on{color:#1b1b1b;font-weight:600;border-bottom:2px solid #0f6cbd}
.win .content.tabbed{background:#fff;border:1px solid #e1e1e1;border-top:0;padding:8px 12px}
.win .group{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:6px 12px;margin:8px 0}
.win .group h2{font-size:13px;font-weight:600;margin:2px 0 4px}
.win .row>label{min-width:10em}
.win .row .input{border:1px solid #8a8a8a;border-bottom-color:#616161;border-radius:4px;min-height:26px;padding:3px 8px}
.win .select i{border-left:0;background:none}
.win .check,.win .radio{border-color:#616161}
.win .check.on{background:#0f6cbd;border-color:#0f6cbd}.win .check.on::after{border-color:#fff}
.win .radio.on::after{background:#0f6cbd}
.win .buttons{display:flex;justify-content:flex-end;gap:8px;margin-top:12px}
.win .button{min-width:80px;text-align:center;padding:5px 14px;border:1px solid #c8c8c8;border-radius:4px;background:#fff}
.win .button.mark{background:#0f6cbd;border-color:#0f6cbd;color:#fff}
.win .note{color:#0f6cbd}
`,
	// iOS Settings (grouped table).
	ios: `
.ios{background:#f2f2f7;border-radius:18px;border:1px solid #d1d1d6;padding-bottom:14px;font-size:15px}
.ios .nav{display:grid;grid-template-columns:1fr auto 1fr;align-items:center;padding:14px 14px 8px}
.ios .nav span{color:#0a63d6}.ios .nav span:last-child{text-align:right;font-weight:600}
.ios .nav b{font-size:16px}
.ios .intro{margin:0 16px 6px;color:#6c6c70;font-size:13px}
.ios .tabs{display:flex;margin:6px 16px;background:#e3e3e8;border-radius:8px;padding:2px}
.ios .tabs span{flex:1;text-align:center;padding:4px;border-radius:7px;font-size:13px}
.ios .tabs span.on{background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.15);font-weight:600}
.ios .group{margin:12px 14px 0}
.ios .group h2{font-size:12px;font-weight:400;color:#6c6c70;margin:0 0 5px 14px}
.ios .group>.row,.ios .group>.note{background:#fff;margin:0;padding:10px 14px;border-radius:0;border-bottom:1px solid #e5e5ea}
.ios .group>:first-of-type{border-top-left-radius:10px;border-top-right-radius:10px}
.ios .group>:last-child{border-bottom-left-radius:10px;border-bottom-right-radius:10px;border-bottom:0}
.ios .row>label{min-width:7.5em}
.ios .row .input{border:0;padding:0;min-height:0;color:#3c3c43}
.ios .row.choice{justify-content:space-between;flex-direction:row-reverse}
.ios .check{width:44px;height:26px;border-radius:13px;border:0;background:#e9e9eb}
.ios .check.on{background:#34c759}
.ios .check::after,.ios .check.on::after{content:'';position:absolute;top:2px;left:2px;width:22px;height:22px;border:0;border-radius:50%;background:#fff;transform:none;box-shadow:0 1px 2px rgba(0,0,0,.25)}
.ios .check.on::after{left:20px}
.ios .mark{outline-offset:-3px}
`,
};
