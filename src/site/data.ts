// Build-time data shared by the Astro views: the settings (loaded once) and the navigation tree.
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSettings } from '../settings/load.ts';
import type { Settings } from '../settings/schema.ts';
import { buildTree, type NavNode } from './nav.ts';

let settings: Settings | undefined;
/** The validated settings (content/settings.yaml). */
export function getSettings(): Settings {
	settings ??= loadSettings();
	return settings;
}

let tree: Promise<{ root: NavNode; pages: CollectionEntry<'manual'>[] }> | undefined;
/** All pages and the navigation tree, computed once per build. */
export function getSite() {
	tree ??= getCollection('manual').then((pages) => ({
		pages,
		root: buildTree(
			pages.map((p) => ({
				id: p.id === 'index' ? '' : p.id,
				url: p.data.url,
				title: p.data.title,
				label: p.data.sidebarLabel,
				order: p.data.order,
				historical: p.data.historical,
				hidden: p.data.hidden,
			})),
		),
	}));
	return tree;
}
