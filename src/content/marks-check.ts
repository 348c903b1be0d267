// Marks over a picture (src/markdown/marks.ts) are placed on a stated size; the picture itself may
// be a new capture at another scale (they scale with it) but not of another shape, where they would
// point at the wrong things. Checked against the file's real size, at the ```marks block's page line.
import { join } from 'node:path';
import sharp from 'sharp';
import type { Problem } from '../shared/problems.ts';
import type { Marks } from '../markdown/marks.ts';

/** A picture with marks, used by a page at a line. */
export interface MarkedUse {
	path: string;
	file: string;
	line: number;
	marks: Marks;
}

/** How far the picture's shape may differ from the marks' (a pixel of rounding in a scaled capture). */
const TOLERANCE = 0.01;

/** One problem per marked picture whose shape is not the one its marks were placed on. */
export async function checkMarkSizes(uses: readonly MarkedUse[], root: string): Promise<Problem[]> {
	const problems: Problem[] = [];
	for (const use of uses) {
		let width: number | undefined;
		let height: number | undefined;
		try {
			({ width, height } = await sharp(join(root, use.path)).metadata());
		} catch {
			continue; // the image check reports a picture that cannot be read
		}
		if (!width || !height) continue;
		const { width: w, height: h } = use.marks;
		if (Math.abs(width / height - w / h) / (w / h) <= TOLERANCE) continue;
		problems.push({
			file: use.file,
			line: use.line,
			message: `the marks on ${use.path} were placed on a ${w}x${h} picture, but the picture is ${width}x${height}, another shape`,
			hint: `place the marks again on this picture and write its size: \`\`\`marks ${width}x${height} (a new capture of the same window at another scale needs nothing: the marks scale with it)`,
		});
	}
	return problems;
}
