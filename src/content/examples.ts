// Which configuration examples a page shows, read from its Markdown before anything is rendered
// (the supported-mailers table on another page needs them): each ```config CLIENT METHOD``` block
// (mutt's ```config mutt RECEIVE SEND``` shows both), each method a `::: config-files CLIENT
// METHOD …` list offers for download, and each link to a generated file (/downloads/CLIENT-METHOD/…,
// mutt's /downloads/mutt-RECEIVE-SEND/…), with the section they are in (the nearest ## or ### heading
// above with an explicit {#id}). The table links there, so it can only promise what a page shows.
// Pure; a light line scan, not a Markdown parse (the renderer reports malformed blocks itself).

export interface Example {
	client: string;
	method: string;
	/** The id of the section that shows it (its heading's {#id}); none before the first such heading. */
	anchor?: string;
	/** A block on the page (a field table or a whole file), or a file offered in a list of downloads. */
	kind: 'block' | 'file';
}

const FENCE = /^\s*(`{3,}|~{3,})\s*(.*)$/;
const HEADING = /^#{2,3}\s(?:.*\{#([A-Za-z][\w-]*)\}\s*$)?/;
const CONFIG = /^config\s+(\S+)\s+(\S+)(?:\s+(\S+))?\s*$/;
const FILES = /^\s*:::\s*config-files\s+(\S+)((?:\s+\S+)+)\s*$/;
// A link to a generated file: the command-line clients' ids have no hyphen, so the folder reads CLIENT-METHOD[-SEND].
const DOWNLOAD = /\]\((?:\/en)?\/downloads\/([a-z0-9]+)-([a-z0-9]+)(?:-([a-z0-9]+))?\//g;

/** The examples `body` shows, in page order. */
export function examplesOf(body: string): Example[] {
	const out: Example[] = [];
	let anchor: string | undefined;
	let fence: string | undefined;
	for (const line of body.split(/\r?\n/)) {
		const f = FENCE.exec(line);
		if (fence !== undefined) {
			// A fence closes with at least as many of the same characters and nothing after them.
			if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && !f[2]) fence = undefined;
			continue;
		}
		if (f) {
			fence = f[1]!;
			const c = CONFIG.exec(f[2]!);
			if (c) {
				const [, client, method, send] = c;
				out.push({ client: client!, method: method!, ...(anchor ? { anchor } : {}), kind: 'block' });
				// mutt's combined file sends by a method too; with msmtp, msmtp sends (its own blocks say so).
				if (send && send !== 'msmtp') out.push({ client: client!, method: send, ...(anchor ? { anchor } : {}), kind: 'block' });
			}
			continue;
		}
		const h = HEADING.exec(line);
		// A heading without an {#id}: its examples link to the page (the id is made from text not expanded yet).
		if (h) anchor = h[1];
		const files = FILES.exec(line);
		if (files)
			for (const method of files[2]!.trim().split(/\s+/)) out.push({ client: files[1]!, method, ...(anchor ? { anchor } : {}), kind: 'file' });
		for (const [, client, method, send] of line.matchAll(DOWNLOAD))
			for (const m of [method!, ...(send && send !== 'msmtp' ? [send] : [])]) out.push({ client: client!, method: m, ...(anchor ? { anchor } : {}), kind: 'file' });
	}
	return out;
}
