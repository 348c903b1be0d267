// A minimal Marionette client (the remote protocol built into Gecko, so into Thunderbird): enough
// to run chrome-privileged JavaScript in a running Thunderbird and wait for its result. Messages are
// `length:json`; commands are [0, id, name, params], replies [1, id, error, result].
import { connect, type Socket } from 'node:net';

export class Marionette {
	#socket: Socket;
	#buffer = Buffer.alloc(0);
	#next = 1;
	#waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
	#hello: Promise<void>;

	private constructor(socket: Socket) {
		this.#socket = socket;
		let greet: () => void;
		this.#hello = new Promise((r) => (greet = r));
		socket.on('data', (chunk) => {
			this.#buffer = Buffer.concat([this.#buffer, chunk]);
			for (;;) {
				const colon = this.#buffer.indexOf(0x3a);
				if (colon < 0) return;
				const length = Number(this.#buffer.subarray(0, colon).toString());
				if (this.#buffer.length < colon + 1 + length) return;
				const message = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
				this.#buffer = this.#buffer.subarray(colon + 1 + length);
				if (!Array.isArray(message)) {
					greet();
					continue;
				}
				const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
				const waiter = this.#waiting.get(id);
				this.#waiting.delete(id);
				if (error) waiter?.reject(new Error(`marionette: ${error.error}: ${error.message}`));
				else waiter?.resolve(result);
			}
		});
		socket.on('error', (e) => {
			for (const w of this.#waiting.values()) w.reject(e);
		});
	}

	/** Connect to a Thunderbird started with --marionette, retrying until it listens or the deadline passes. */
	static async connect(port: number, timeoutMs = 60_000): Promise<Marionette> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			let socket: Socket;
			try {
				socket = await new Promise<Socket>((resolve, reject) => {
					const s = connect(port, '127.0.0.1', () => resolve(s));
					s.once('error', reject);
				});
			} catch (e) {
				if (Date.now() > deadline) throw new Error(`marionette: nothing listens on port ${port} (${(e as Error).message})`, { cause: e });
				await new Promise((r) => setTimeout(r, 250));
				continue;
			}
			const m = new Marionette(socket);
			await m.#hello;
			await m.command('WebDriver:NewSession', { capabilities: {} });
			await m.command('Marionette:SetContext', { value: 'chrome' });
			return m;
		}
	}

	command(name: string, params: Record<string, unknown> = {}): Promise<unknown> {
		const id = this.#next++;
		const text = JSON.stringify([0, id, name, params]);
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject });
			this.#socket.write(`${Buffer.byteLength(text)}:${text}`);
		});
	}

	/** Run an async chrome script (its body may `await`; `arguments` holds args); returns its value. */
	async run<T>(body: string, args: unknown[] = [], timeoutMs = 30_000): Promise<T> {
		const script = `const [resolve, ...rest] = [arguments[arguments.length - 1], ...Array.from(arguments).slice(0, -1)]; (async (...arguments) => { ${body} })(...rest).then(resolve, (e) => resolve({ __error: String(e) + '\\n' + e.stack }));`;
		const r = (await this.command('WebDriver:ExecuteAsyncScript', { script, args, scriptTimeout: timeoutMs })) as {
			value: T | { __error: string };
		};
		const v = r.value as { __error?: string } | null;
		if (v && typeof v === 'object' && '__error' in v) throw new Error(`thunderbird script: ${v.__error}`);
		return r.value as T;
	}

	close(): void {
		this.#socket.destroy();
	}
}
