// Site navigation as pure functions: the page tree from ids and front matter, the sidebar for one
// page (the branches on the current path open, other sections expandable in place within a fixed
// budget of links, so a page's sidebar grows with the depth of the tree, not the number of pages),
// prev/next, and breadcrumbs.

export interface NavPage {
	id: string;
	url: string;
	title: string;
	label?: string | undefined;
	order: number;
	historical?: number | undefined;
	hidden?: boolean | undefined;
}

export interface NavNode {
	/** Page id of this node ('' is the home page); a folder without index.md has no page. */
	id: string;
	label: string;
	url?: string | undefined;
	order: number;
	historical?: number | undefined;
	children: NavNode[];
}

export interface SidebarItem {
	label: string;
	url?: string | undefined;
	current: boolean;
	historical?: number | undefined;
	/**
	 * Section with children: open (on the current path) or closed. Its items are rendered when open,
	 * and when closed if they fit the sidebar's budget (expandable in place); else `items` is empty.
	 */
	section?: { open: boolean; count: number; items: SidebarItem[] } | undefined;
}

const byOrder = (a: NavNode, b: NavNode) => a.order - b.order || a.label.localeCompare(b.label, 'ja');

/** Build the tree of pages from their ids ("mail/clients/thunderbird"); the home page is the root. */
export function buildTree(pages: NavPage[]): NavNode {
	const root: NavNode = { id: '', label: '', order: 0, children: [] };
	const nodes = new Map<string, NavNode>([['', root]]);
	const ensure = (id: string): NavNode => {
		const found = nodes.get(id);
		if (found) return found;
		const parentId = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '';
		const node: NavNode = { id, label: id.slice(id.lastIndexOf('/') + 1), order: Number.MAX_SAFE_INTEGER, children: [] };
		nodes.set(id, node);
		ensure(parentId).children.push(node);
		return node;
	};
	for (const p of pages) {
		if (p.hidden) continue;
		const node = ensure(p.id);
		Object.assign(node, { label: p.label ?? p.title, url: p.url, order: p.order, historical: p.historical });
	}
	const sort = (n: NavNode) => {
		n.children.sort(byOrder);
		n.children.forEach(sort);
	};
	sort(root);
	return root;
}

/**
 * How many links beyond the current path a page's sidebar may carry so that closed sections expand
 * in place. The manual itself has ~25 pages a language, so every section is expandable; so is every
 * section of the 1,000-page bench corpus (its whole tree is ~6.4 KB of the 50 KB gzip budget per
 * page, ~98 KB raw). A larger manual gets its shallowest sections expandable and the others linked,
 * so a page's sidebar never grows past this however many pages there are.
 */
export const SIDEBAR_LINKS = 1000;

/** Is `id` the node itself or inside it? */
const within = (id: string, node: NavNode) => node.id === '' || id === node.id || id.startsWith(`${node.id}/`);

/**
 * The sidebar for the page `currentId`: the top level always, and the children of every section on
 * the current path (those sections open). Then, nearest the top first, the children of closed
 * sections too (so a reader can expand them in place) while they fit in `limit` more links; a closed
 * section whose children do not fit keeps `items: []` (the view links it to its own page). So a
 * page's sidebar is bounded by the depth of the current path plus `limit`, however large the site.
 */
export function sidebar(root: NavNode, currentId: string, limit = 0): SidebarItem[] {
	const closed: { node: NavNode; item: SidebarItem; depth: number }[] = [];
	const item = (n: NavNode, depth: number): SidebarItem => {
		const open = within(currentId, n);
		const it: SidebarItem = {
			label: n.label,
			url: n.url,
			current: n.id === currentId && n.url !== undefined,
			historical: n.historical,
			section: n.children.length ? { open, count: n.children.length, items: [] } : undefined,
		};
		if (it.section && open) it.section.items = n.children.map((c) => item(c, depth + 1));
		else if (it.section) closed.push({ node: n, item: it, depth });
		return it;
	};
	const home: SidebarItem[] = root.url ? [{ label: root.label, url: root.url, current: currentId === '' }] : [];
	const top = root.children.map((c) => item(c, 0));
	// Closed sections, shallowest first; expanding one queues its own closed sections behind.
	closed.sort((a, b) => a.depth - b.depth);
	let budget = limit;
	for (let i = 0; i < closed.length; i++) {
		const { node, item: it, depth } = closed[i]!;
		if (node.children.length > budget) continue;
		budget -= node.children.length;
		it.section!.items = node.children.map((c) => item(c, depth + 1));
	}
	return [...home, ...top];
}

/** Pages in reading order (depth first, by order), the home page first. */
export function readingOrder(root: NavNode): NavNode[] {
	const out: NavNode[] = [];
	const walk = (n: NavNode) => {
		if (n.url) out.push(n);
		n.children.forEach(walk);
	};
	walk(root);
	return out;
}

// Reading order and each page's place in it, per tree: every page asks, so a build walks each tree
// once instead of once per page (that made a build O(pages²)). Trees are not changed after buildTree.
const positions = new WeakMap<NavNode, { order: NavNode[]; index: Map<string, number> }>();

/** The pages before and after `currentId` in reading order. */
export function prevNext(root: NavNode, currentId: string): { prev?: NavNode | undefined; next?: NavNode | undefined } {
	let pos = positions.get(root);
	if (!pos) {
		const order = readingOrder(root);
		pos = { order, index: new Map(order.map((n, i) => [n.id, i])) };
		positions.set(root, pos);
	}
	const i = pos.index.get(currentId);
	if (i === undefined) return {};
	return { prev: pos.order[i - 1], next: pos.order[i + 1] };
}

/** Ancestors of `currentId` that have pages, outermost first (home included), not the page itself. */
export function breadcrumbs(root: NavNode, currentId: string): { label: string; url: string }[] {
	const out: { label: string; url: string }[] = [];
	let node: NavNode | undefined = root;
	while (node) {
		if (node.url && node.id !== currentId) out.push({ label: node.label, url: node.url });
		node = node.children.find((c) => within(currentId, c) && c.id !== '');
		if (node?.id === currentId) break;
	}
	return out;
}
