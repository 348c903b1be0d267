// The JSON Schema of the settings file, exported from the zod schema so that editors (YAML language
// server) validate and autocomplete content/settings.yaml. Pure.
import { z } from 'zod';
import { settingsSchema } from './schema.ts';

/** Where the exported schema is committed (the YAML file's first line points at it). */
export const JSON_SCHEMA_PATH = 'schema/settings.schema.json';

/** The JSON Schema text, as committed. */
export function settingsJsonSchema(): string {
	const schema = z.toJSONSchema(settingsSchema, { target: 'draft-2020-12', io: 'input' });
	return `${JSON.stringify({ ...schema, title: 'Mail manual server settings (content/settings.yaml)' }, null, '\t')}\n`;
}
