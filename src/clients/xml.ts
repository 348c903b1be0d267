// XML for the generated files: a small strict parser (well-formedness of the subset we emit: prolog,
// DOCTYPE, comments, elements, attributes, text, character references). Escaping for output is
// escapeXml in ../util/escape.ts. Pure; no dependencies.

export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	children: XmlElement[];
	/** Concatenated character data directly inside this element. */
	text: string;
	/** 1-based line of the start tag. */
	line: number;
}

export interface XmlDocument {
	root: XmlElement;
	/** The DOCTYPE's text between "<!DOCTYPE" and ">", trimmed, if any. */
	doctype?: string;
}

const NAME = /[A-Za-z_][A-Za-z0-9_.:-]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parse an XML document, throwing an Error with the line number on anything not well-formed. */
export function parseXml(source: string): XmlDocument {
	let pos = 0;
	const line = () => source.slice(0, pos).split('\n').length;
	const fail = (what: string): never => {
		throw new Error(`XML line ${line()}: ${what}`);
	};
	const skipSpace = () => {
		while (pos < source.length && /\s/.test(source[pos]!)) pos++;
	};
	const name = (): string => {
		NAME.lastIndex = pos;
		const m = NAME.exec(source);
		if (!m) return fail('expected a name');
		pos += m[0].length;
		return m[0];
	};
	const decode = (raw: string): string => {
		if (/[<]/.test(raw)) fail('"<" in text or attribute value');
		return raw.replace(/&([^;\s&]*);?/g, (all, ref: string) => {
			if (!all.endsWith(';')) return fail(`"&" not starting a reference: ${JSON.stringify(all)}`);
			if (ref in ENTITIES) return ENTITIES[ref]!;
			const num = /^#x([0-9a-f]+)$/i.exec(ref) ?? /^#([0-9]+)$/.exec(ref);
			if (num) return String.fromCodePoint(parseInt(num[1]!, ref[1] === 'x' || ref[1] === 'X' ? 16 : 10));
			return fail(`unknown entity &${ref};`);
		});
	};
	// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters: finding them is the point
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(source)) {
		// eslint-disable-next-line no-control-regex -- as above
		pos = source.search(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
		fail('control character');
	}
	if (source.startsWith('\ufeff')) pos = 1;
	if (source.startsWith('<?xml', pos)) {
		const end = source.indexOf('?>', pos);
		if (end < 0) fail('unterminated XML declaration');
		const decl = source.slice(pos, end);
		if (!/^<\?xml\s+version="1\.[0-9]"(\s+encoding="UTF-8")?(\s+standalone="(yes|no)")?\s*$/i.test(decl))
			fail(`unexpected XML declaration ${decl}?>`);
		pos = end + 2;
	}
	let doctype: string | undefined;
	// Misc before and after the root: spaces, comments, one DOCTYPE before it.
	const misc = (beforeRoot: boolean) => {
		for (;;) {
			skipSpace();
			if (source.startsWith('<!--', pos)) {
				const end = source.indexOf('-->', pos + 4);
				if (end < 0) fail('unterminated comment');
				if (source.slice(pos + 4, end).includes('--')) fail('"--" inside a comment');
				pos = end + 3;
			} else if (beforeRoot && source.startsWith('<!DOCTYPE', pos)) {
				if (doctype !== undefined) fail('second DOCTYPE');
				const end = source.indexOf('>', pos);
				if (end < 0 || source.slice(pos, end).includes('[')) fail('unsupported DOCTYPE (internal subsets are not allowed)');
				doctype = source.slice(pos + 9, end).trim();
				pos = end + 1;
			} else return;
		}
	};
	const element = (): XmlElement => {
		const start = line();
		pos++; // "<"
		const el: XmlElement = { name: name(), attrs: {}, children: [], text: '', line: start };
		for (;;) {
			const before = pos;
			skipSpace();
			if (source.startsWith('/>', pos)) {
				pos += 2;
				return el;
			}
			if (source[pos] === '>') {
				pos++;
				break;
			}
			if (before === pos) fail(`expected whitespace, ">" or "/>" in <${el.name}>`);
			const attr = name();
			skipSpace();
			if (source[pos] !== '=') fail(`expected "=" after attribute ${attr}`);
			pos++;
			skipSpace();
			const quote = source[pos];
			if (quote !== '"' && quote !== "'") return fail(`attribute ${attr} needs a quoted value`);
			const end = source.indexOf(quote, pos + 1);
			if (end < 0) fail(`unterminated value of attribute ${attr}`);
			if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
			el.attrs[attr] = decode(source.slice(pos + 1, end));
			pos = end + 1;
		}
		for (;;) {
			const next = source.indexOf('<', pos);
			if (next < 0) fail(`<${el.name}> (line ${start}) is never closed`);
			const raw = source.slice(pos, next);
			if (raw.includes(']]>')) fail('"]]>" in text');
			el.text += decode(raw);
			pos = next;
			if (source.startsWith('</', pos)) {
				pos += 2;
				const closing = name();
				if (closing !== el.name) fail(`</${closing}> closes <${el.name}> of line ${start}`);
				skipSpace();
				if (source[pos] !== '>') fail(`expected ">" after </${closing}`);
				pos++;
				return el;
			}
			if (source.startsWith('<!--', pos)) {
				const end = source.indexOf('-->', pos + 4);
				if (end < 0) fail('unterminated comment');
				pos = end + 3;
				continue;
			}
			if (source.startsWith('<![CDATA[', pos) || source.startsWith('<!', pos) || source.startsWith('<?', pos)) {
				fail('CDATA sections, declarations and processing instructions are not used in our files');
			}
			el.children.push(element());
		}
	};
	misc(true);
	if (source[pos] !== '<') fail('expected the root element');
	const root = element();
	misc(false);
	if (pos < source.length) fail('content after the root element');
	return doctype === undefined ? { root } : { root, doctype };
}
