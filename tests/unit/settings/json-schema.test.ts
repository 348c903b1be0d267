import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, settingsJsonSchema } from '../../../src/settings/json-schema.ts';

describe('the exported JSON Schema', () => {
	it('is committed up to date (run `npm run schema` after changing src/settings/schema.ts)', () => {
		expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(settingsJsonSchema());
	});

	it('is what the settings file points editors at', () => {
		expect(readFileSync('content/settings.yaml', 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=../${JSON_SCHEMA_PATH}`);
	});

	it('is strict like the zod schema: unknown keys and bad values are refused', () => {
		const schema = JSON.parse(settingsJsonSchema());
		expect(schema.additionalProperties).toBe(false);
		const pop3s = schema.properties.incoming.properties.pop3s;
		expect(pop3s.additionalProperties).toBe(false);
		expect(pop3s.properties.port).toMatchObject({ type: 'integer', minimum: 1, maximum: 65535 });
		expect(pop3s.properties.tls.enum).toEqual(['implicit', 'starttls', 'none']);
		expect(new RegExp(pop3s.properties.host.pattern, 'i').test('pop3 club.example')).toBe(false);
		expect(new RegExp(pop3s.properties.host.pattern).test('pop3.club.kyutech.ac.jp')).toBe(true);
		expect(pop3s.properties.port.description).toBe('The TCP port.');
	});
});
