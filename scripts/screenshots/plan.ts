// What one `npm run screenshots` does to each file, decided before anything is written (pure, so
// tests/unit/screenshots/plan.test.ts checks every rule):
// - a file is the script's own when the previous manifest lists it with the very bytes it has now;
//   only such a file is ever overwritten or removed. A file in the walkthroughs' folders that the
//   manifest does not list (a maintainer's own capture) is never touched, and neither is a generated
//   picture changed since (it is reported);
// - every illustration is made; a real capture is made when its programs are installed, else kept
//   while it still shows the current settings (same bytes as the real client would give), else not
//   made, and the run says so and fails;
// - a picture the previous run made and no walkthrough shows any more is removed.

/** One picture the shot list makes now. */
export interface PlannedShot {
	/** Project-relative path of the PNG. */
	file: string;
	/** The manifest's key for it (path relative to the pictures' folder). */
	key: string;
	/** A capture of the real client (needs its programs), not an illustration. */
	real: boolean;
	/** Hash of what it draws now (labels and values). */
	inputHash: string;
}

/** What the previous run recorded about a picture (the manifest's entry). */
export interface PreviousRecord {
	inputHash: string;
	sha256: string;
}

export interface PlanInput {
	shots: readonly PlannedShot[];
	/** The previous manifest's entries, by key. */
	previous: Readonly<Record<string, PreviousRecord>>;
	/** sha256 of every PNG now in the pictures' folder, by key. */
	onDisk: ReadonlyMap<string, string>;
	/** Can the real client run here (its programs are on PATH)? */
	canCaptureReal: boolean;
}

export interface Plan {
	/** Pictures to draw or capture now. */
	make: PlannedShot[];
	/** Real captures kept as they are: the client cannot run here, and they still show the current settings. */
	keep: PlannedShot[];
	/** Real captures that cannot be made here and no longer show the settings (or are missing). */
	cannot: PlannedShot[];
	/** Pictures whose file is not the script's own (hand-made, or changed since): not overwritten, not made. */
	foreign: PlannedShot[];
	/** Keys of the previous run's pictures no walkthrough shows any more, unchanged since: removed. */
	remove: string[];
	/** Keys of the previous run's pictures no walkthrough shows any more, changed since: left as they are. */
	leave: string[];
}

/** Decide what to do with each picture (see the file header). */
export function plan({ shots, previous, onDisk, canCaptureReal }: PlanInput): Plan {
	const out: Plan = { make: [], keep: [], cannot: [], foreign: [], remove: [], leave: [] };
	// The script's own file: the previous run wrote these bytes.
	const own = (key: string) => previous[key] !== undefined && onDisk.get(key) === previous[key].sha256;
	for (const shot of shots) {
		const exists = onDisk.has(shot.key);
		if (exists && !own(shot.key)) out.foreign.push(shot);
		else if (!shot.real || canCaptureReal) out.make.push(shot);
		else if (exists && previous[shot.key]!.inputHash === shot.inputHash) out.keep.push(shot);
		else out.cannot.push(shot);
	}
	const made = new Set(shots.map((s) => s.key));
	for (const key of Object.keys(previous).sort()) {
		if (made.has(key) || !onDisk.has(key)) continue;
		(own(key) ? out.remove : out.leave).push(key);
	}
	return out;
}
