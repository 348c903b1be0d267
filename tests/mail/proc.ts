// Process helpers for the real-client suite: run a program with a timeout, optionally answering a
// prompt it prints (through a pty from `script`), and quote words for `sh -c` / `script -c`.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Answer {
	prompt: RegExp;
	text: string;
	enter?: boolean;
}

export interface RunResult {
	code: number | null;
	signal: string | null;
	output: string;
	timedOut: boolean;
}

export interface RunOptions {
	env?: Record<string, string>;
	cwd?: string;
	/** Written to stdin at once, then stdin is closed (unless `answer` is given). */
	input?: string;
	/**
	 * When the output matches `prompt`, write `text` and a newline (for password prompts on a pty);
	 * several answers are given in turn, each once the output since the previous one matches its
	 * prompt. `enter: false` writes the text alone (keys for a full-screen program).
	 */
	answer?: Answer | Answer[];
	timeoutMs?: number;
}

/** Quote one word for a POSIX shell. */
export function sh(word: string): string {
	return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The programs `run` started that have not ended yet. */
const running = new Set<ChildProcess>();

/** Kill every program `run` started that is still running (the suite is being stopped). */
export function killRunning(): void {
	for (const child of running) killGroup(child);
}

/** Run argv to completion (or timeout, then kill it by PID); collect stdout and stderr together. */
export function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
	return new Promise((resolve) => {
		const child = spawn(argv[0]!, argv.slice(1), {
			cwd: options.cwd,
			env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', ...options.env },
			stdio: ['pipe', 'pipe', 'pipe'],
			detached: true, // own process group, so a timeout kills the whole tree
		});
		running.add(child);
		let output = '';
		const answers = options.answer === undefined ? [] : Array.isArray(options.answer) ? [...options.answer] : [options.answer];
		let since = 0;
		let timedOut = false;
		const onData = (chunk: Buffer) => {
			output += chunk.toString('utf8');
			const next = answers[0];
			if (next && next.prompt.test(output.slice(since))) {
				answers.shift();
				since = output.length;
				child.stdin.write(next.enter === false ? next.text : `${next.text}\n`);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.stdin.on('error', () => {});
		if (options.input !== undefined) child.stdin.write(options.input);
		if (!options.answer) child.stdin.end();
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child);
		}, options.timeoutMs ?? 20_000);
		child.on('error', (e) => {
			output += `\n[spawn error: ${e.message}]`;
		});
		child.on('close', (code, signal) => {
			running.delete(child);
			clearTimeout(timer);
			resolve({ code, signal, output, timedOut });
		});
	});
}

/** Kill a child we spawned (detached) together with its process group, by PID. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}
