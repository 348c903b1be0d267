// Rewrite the generated parts of docs/maintainers.md (npm run guide): the clients with a generator
// and the sidebar's order, from the code and the pages' front matter (src/docs/guide.ts). A unit
// test fails when the committed guide differs from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { GUIDE, fillGuide, guideParts } from '../src/docs/guide.ts';

const { parts, problems } = guideParts();
const before = readFileSync(GUIDE, 'utf8');
const { text, unknown, missing } = fillGuide(before, parts);
for (const p of problems) console.error(`${p}\n    → fix the page (npm run build says more), then run npm run guide again`);
for (const n of unknown) console.error(`${GUIDE}: <!-- generated: ${n} --> names no part; the parts are ${Object.keys(parts).join(', ')}`);
for (const n of missing)
	console.error(`${GUIDE}: no <!-- generated: ${n} --> … <!-- /generated --> holds the part "${n}"; put the markers back`);
if (text !== before) writeFileSync(GUIDE, text);
console.log(text === before ? `${GUIDE} is up to date` : `wrote the generated parts of ${GUIDE}`);
if (problems.length || unknown.length || missing.length) process.exitCode = 1;
