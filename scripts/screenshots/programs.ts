// Which of the programs a picture needs this machine has: looked up on PATH, as the shell would, so
// a PATH without them (tests/integration/screenshots.test.ts) is a machine without them. Each
// program comes with the Debian package that installs it, for the message that says what to install.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A program a capture runs, and the Debian package that provides it. */
export interface Program {
	name: string;
	debian: string;
}

/** The full path of `name` on `path` (default: this process's PATH), or undefined. */
export function findProgram(name: string, path = process.env['PATH'] ?? ''): string | undefined {
	for (const dir of path.split(delimiter).filter(Boolean)) {
		const file = join(dir, name);
		try {
			accessSync(file, constants.X_OK);
			return file;
		} catch {
			// not here
		}
	}
	return undefined;
}

/** The programs of `needed` that cannot be found. */
export function missingPrograms(needed: readonly Program[], path?: string): Program[] {
	return needed.filter((p) => findProgram(p.name, path) === undefined);
}
