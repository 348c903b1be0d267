// Where the manual's sources are. The content loader is given these (src/content.config.ts) and the
// views load the same settings file (src/site/data.ts): the pages and the header, menu and generated
// files around them always show the same settings.
import { DEFAULT_SETTINGS_PATH } from '../settings/load.ts';
import type { ManualLoaderOptions } from '../loaders/manual.ts';

export const manualSources = { dir: 'content', settings: DEFAULT_SETTINGS_PATH } as const satisfies Required<ManualLoaderOptions>;
