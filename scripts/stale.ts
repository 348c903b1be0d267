// List every walkthrough whose check is due again (npm run stale): older than the limit kept in
// src/content/checked.ts (STALE_AFTER_MONTHS), or never made, with page, client, version, platform and
// age. The build prints the same list as a warning. Reads front matter only (fast, no build).
// Usage: node scripts/stale.ts [--dir content] [--today YYYY-MM-DD]   (KIT_BUILD_DATE works too)
// Exit status 0 whatever is due (it is a to-do list); 1 when a page's front matter cannot be read.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { dueChecks, formatDue, walkthroughs } from '../src/content/checked.ts';
import { parseFrontmatter } from '../src/content/frontmatter.ts';
import { isNoticeFile } from '../src/content/notices.ts';
import { fileToId, idToUrl } from '../src/content/pages.ts';
import { formatProblems } from '../src/shared/problems.ts';
import { localeOf } from '../src/i18n/index.ts';
import { BUILD_DATE_VARIABLE, buildDate } from '../src/util/dates.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content' }, today: { type: 'string' } } });
const dir = values.dir;
let today: string;
try {
	today = buildDate(values.today ? { [BUILD_DATE_VARIABLE]: values.today } : process.env);
} catch (e) {
	console.error(`stale: ${(e as Error).message.replace(BUILD_DATE_VARIABLE, '--today')}`);
	process.exit(2);
}

const files = (readdirSync(dir, { recursive: true }) as string[])
	.filter((f) => f.endsWith('.md'))
	.map((f) => `${dir}/${f.split(sep).join('/')}`)
	.filter((f) => !isNoticeFile(f, dir))
	.sort();
const pages = [];
const problems = [];
for (const file of files) {
	const fm = parseFrontmatter(readFileSync(join(file), 'utf8'), file);
	problems.push(...fm.problems);
	const id = fileToId(file, dir);
	if (fm.data) pages.push({ file, url: idToUrl(id), locale: localeOf(id), data: fm.data });
}
console.log(formatDue(dueChecks(walkthroughs(pages), today), today));
if (problems.length) {
	console.error(`\nThese pages' front matter cannot be read, so their checks are not listed:\n${formatProblems(problems)}`);
	process.exit(1);
}
