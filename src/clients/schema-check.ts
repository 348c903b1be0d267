// A tiny structural schema for the XML we emit: element names in order, counts, attributes and
// text patterns. Used by the autoconfig and profile checkers. Pure; depends on ./xml.
import type { XmlElement } from './xml.ts';

export interface ElementSpec {
	name: string;
	/** Required attributes and the pattern each value must match; other attributes are refused. */
	attrs?: Record<string, RegExp>;
	/** Pattern for the text of a leaf element (elements with children may hold only whitespace). */
	text?: RegExp;
	/** Allowed children, in this order, each with how many times it may repeat. */
	children?: { spec: ElementSpec; min: number; max: number }[];
}

/** Check an element against a spec; return problems as "path: what" lines (empty when valid). */
export function checkElement(el: XmlElement, spec: ElementSpec, path = ''): string[] {
	const here = `${path}/${el.name}`;
	if (el.name !== spec.name) return [`${here} (line ${el.line}): expected <${spec.name}>`];
	const problems: string[] = [];
	const attrs = spec.attrs ?? {};
	for (const [key, pattern] of Object.entries(attrs)) {
		const value = el.attrs[key];
		if (value === undefined) problems.push(`${here}: missing attribute ${key}`);
		else if (!pattern.test(value)) problems.push(`${here}: attribute ${key}=${JSON.stringify(value)} does not match ${pattern}`);
	}
	for (const key of Object.keys(el.attrs)) if (!(key in attrs)) problems.push(`${here}: unexpected attribute ${key}`);
	const children = spec.children ?? [];
	if (children.length === 0) {
		if (el.children.length > 0) problems.push(`${here}: unexpected child <${el.children[0]!.name}>`);
		if (spec.text && !spec.text.test(el.text)) problems.push(`${here}: text ${JSON.stringify(el.text)} does not match ${spec.text}`);
		return problems;
	}
	if (el.text.trim() !== '') problems.push(`${here}: unexpected text ${JSON.stringify(el.text.trim())}`);
	let i = 0;
	for (const { spec: child, min, max } of children) {
		let count = 0;
		while (i < el.children.length && el.children[i]!.name === child.name) {
			if (count < max) problems.push(...checkElement(el.children[i]!, child, here));
			count++;
			i++;
		}
		if (count < min) problems.push(`${here}: expected at least ${min} <${child.name}>, found ${count}`);
		if (count > max) problems.push(`${here}: expected at most ${max} <${child.name}>, found ${count}`);
	}
	if (i < el.children.length) problems.push(`${here}: unexpected <${el.children[i]!.name}> (line ${el.children[i]!.line}) here`);
	return problems;
}

/** The direct children of `el` named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
	return el.children.filter((c) => c.name === name);
}
