// Write schema/settings.schema.json from the zod schema (npm run schema). A unit test fails when
// the committed file differs from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { JSON_SCHEMA_PATH, settingsJsonSchema } from '../src/settings/json-schema.ts';

mkdirSync(dirname(JSON_SCHEMA_PATH), { recursive: true });
writeFileSync(JSON_SCHEMA_PATH, settingsJsonSchema());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
