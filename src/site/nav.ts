// Site navigation as pure functions: the page tree from ids and front matter, the sidebar for one
// page (only the branches on the current path are expanded, so a page's sidebar grows with the
// depth of the tree, not the number of pages), prev/next, and breadcrumbs.

export interface NavPage {
	id: string;
	url: string;
	title: string;
	label?: string | undefined;
	order: number;
	historical?: boolean | undefined;
	hidden?: boolean | undefined;
}

export interface NavNode {
	/** Page id of this node ('' is the home page); a folder without index.md has no page. */
	id: string;
	label: string;
	url?: string | undefined;
	order: number;
	historical?: boolean | undefined;
	children: NavNode[];
}

export interface SidebarItem {
	label: string;
	url?: string | undefined;
	current: boolean;
	historical?: boolean | undefined;
	/** Section with children: open (on the current path) or collapsed (children not rendered). */
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

/** Is `id` the node itself or inside it? */
const within = (id: string, node: NavNode) => node.id === '' || id === node.id || id.startsWith(`${node.id}/`);

/** The sidebar for the page `currentId`: top level always, children only along the current path. */
export function sidebar(root: NavNode, currentId: string): SidebarItem[] {
	const item = (n: NavNode): SidebarItem => {
		const open = within(currentId, n);
		return {
			label: n.label,
			url: n.url,
			current: n.id === currentId && n.url !== undefined,
			historical: n.historical,
			section: n.children.length
				? { open, count: n.children.length, items: open ? n.children.map(item) : [] }
				: undefined,
		};
	};
	const home: SidebarItem[] = root.url ? [{ label: root.label, url: root.url, current: currentId === '' }] : [];
	return [...home, ...root.children.map(item)];
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
