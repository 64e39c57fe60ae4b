import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unflatten } from 'devalue';
import pg from 'pg';
import { freePort } from '../scripts/free-port.js';

/*
 * Faults: the server is killed (SIGKILL, no shutdown) in the middle of a burst of answer saves, and every
 * save it acknowledged is still there when it comes back, on SQLite (the same file) and on PostgreSQL
 * (the same database, when TEST_DATABASE_URL is set); a student whose page was open through an outage
 * keeps the answer given meanwhile and it is saved once the server is back; a full disk (a real one: a
 * small tmpfs, mounted when the tests run as root) gives the student "not saved, retrying", names the
 * full disk in the log, and fails /health until space returns. Each test runs its own `node build` (the
 * build `npm run test:e2e` makes) on a free port with a fresh database, so it runs in the sqlite project only.
 */

const SLUG = 'nato-russia-missions-2021';
const QUESTIONS = 10;
const STUDENTS = 20;


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Engine = 'sqlite' | 'postgres';
const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A `node build` on one port and one database (a SQLite file or a PostgreSQL URL), which can be killed and started again. */
class Server {
	child: ChildProcess | null = null;
	readonly base: string;
	/** What the server wrote to its standard error: its log of errors. */
	log = '';
	constructor(
		readonly port: number,
		readonly db: { DATABASE_PATH: string } | { DATABASE_URL: string }
	) {
		this.base = `http://127.0.0.1:${port}`;
	}

	async start() {
		const { DATABASE_PATH: _path, DATABASE_URL: _url, ...env } = process.env;
		const child = spawn(process.execPath, ['build'], {
			env: { ...env, HOST: '127.0.0.1', PORT: String(this.port), ORIGIN: this.base, ...this.db },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		child.stderr!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
		this.child = child;
		const until = Date.now() + 20_000;
		while (Date.now() < until && child.exitCode === null && child.signalCode === null) {
			try {
				if ((await fetch(`${this.base}/health`, { signal: AbortSignal.timeout(2000) })).ok) return;
			} catch {
				// not up yet
			}
			await sleep(100);
		}
		child.kill('SIGKILL');
		throw new Error(`The server on port ${this.port} did not come up.`);
	}

	/** SIGKILL: no shutdown, no flush — what a power cut or an out-of-memory kill does to the process. */
	async kill() {
		const child = this.child;
		this.child = null;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGKILL');
		await exited;
	}
}

/** Cookies by name, as a browser keeps them for this one host. */
class Jar {
	readonly cookies = new Map<string, string>();
	take(response: Response) {
		for (const line of response.headers.getSetCookie()) {
			const pair = line.split(';')[0]!;
			const eq = pair.indexOf('=');
			this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
		}
	}
	header() {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}
}

/** A form post as a browser without JavaScript sends it; the redirect is not followed. */
async function post(base: string, path: string, jar: Jar, fields: [string, string][]): Promise<Response> {
	const response = await fetch(base + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			accept: 'text/html',
			cookie: jar.header()
		},
		body: new URLSearchParams(fields).toString(),
		signal: AbortSignal.timeout(10_000)
	});
	jar.take(response);
	return response;
}

/** A teacher signs up and assigns the module's first questions, in authored order; the join code. */
async function assignment(base: string): Promise<string> {
	const jar = new Jar();
	const email = `faults-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@school.example`;
	const signup = await post(base, '/signup', jar, [
		['name', 'Grace Hopper'],
		['email', email],
		['password', 'a long enough password']
	]);
	expect(signup.status).toBe(303);
	const created = await post(base, '/teacher/assignments/new?/create', jar, [
		['title', 'Faults'],
		['module', SLUG],
		['skills', 'sequence'],
		['skills', 'numbers'],
		['skills', 'sources'],
		['questionCount', String(QUESTIONS)],
		['feedback', 'submit'],
		['attemptsAllowed', '1'],
		['timeZone', 'UTC']
	]);
	expect(created.status, await created.clone().text()).toBe(303);
	const code = findCode(await pageData(base, created.headers.get('location')!, jar));
	expect(code).toBeTruthy();
	return code!;
}

/** The join code in the assignment page's data. */
function findCode(value: unknown, depth = 0): string | null {
	if (depth > 6 || !value || typeof value !== 'object') return null;
	const code = (value as { code?: unknown }).code;
	if (typeof code === 'string' && /^[A-Z0-9]{4,}$/.test(code)) return code;
	for (const v of Object.values(value)) {
		const found = findCode(v, depth + 1);
		if (found) return found;
	}
	return null;
}

async function pageData(base: string, path: string, jar: Jar): Promise<unknown[]> {
	const response = await fetch(`${base}${path}/__data.json`, { headers: { cookie: jar.header() }, signal: AbortSignal.timeout(10_000) });
	expect(response.status).toBe(200);
	const parsed = (await response.json()) as { nodes: ({ type: string; data: unknown[] } | null)[] };
	return parsed.nodes.flatMap((n) => (n?.type === 'data' ? [unflatten(n.data)] : []));
}

type PublicQuestion = {
	id: string;
	kind: string;
	format?: string;
	options?: { id: string }[];
	items?: { id: string }[];
	prompts?: { id: string }[];
	choices?: { id: string }[];
};

type Span = { start: number; end: number };

type Student = { jar: Jar; id: string; questions: PublicQuestion[]; /** An evidence pick: the story's first sentence. */ sentence: Span };

async function joinAs(base: string, code: string, name: string): Promise<Student> {
	const jar = new Jar();
	const joined = await post(base, `/join/${code}`, jar, [['name', name]]);
	expect(joined.status).toBe(303);
	const id = /\/attempt\/([0-9a-f-]{36})$/.exec(joined.headers.get('location') ?? '')?.[1];
	expect(id).toBeTruthy();
	const data = (await pageData(base, `/attempt/${id}`, jar)) as { questions?: PublicQuestion[]; story?: { sentences: Span[] } }[];
	const questions = data.find((n) => n?.questions)?.questions ?? [];
	expect(questions).toHaveLength(QUESTIONS);
	const sentence = data.find((n) => n?.story)?.story?.sentences[0];
	expect(sentence).toBeTruthy();
	return { jar, id: id!, questions, sentence: sentence! };
}

/** A response the server accepts for the question; right or wrong does not matter here. */
function responseFor(q: PublicQuestion, n: number, sentence: Span): unknown {
	const pick = <T>(list: T[] | undefined) => list![n % list!.length]!;
	switch (q.kind) {
		case 'single':
			return { kind: 'single', option: pick(q.options).id };
		case 'multiple':
			return { kind: 'multiple', options: [pick(q.options).id] };
		case 'ordering':
			return { kind: 'ordering', order: q.items!.map((i) => i.id) };
		case 'numeric':
			return { kind: 'numeric', text: /date/i.test(q.format ?? '') ? `${1 + (n % 28)} November` : String(1 + n) };
		case 'matching':
			// A different choice for each prompt: where the key is one-to-one, the server refuses a choice used twice.
			return { kind: 'matching', pairs: Object.fromEntries(q.prompts!.map((p, i) => [p.id, q.choices![(n + i) % q.choices!.length]!.id])) };
		case 'evidence':
			return { kind: 'evidence', ...sentence };
		default:
			return { kind: 'tfn', choice: ['true', 'false', 'not-stated'][n % 3] };
	}
}

type SavedState = { answers: Record<string, { response: unknown; seq: number }> };

async function savedState(base: string, s: Student): Promise<SavedState> {
	const response = await fetch(`${base}/api/attempts/${s.id}`, { headers: { cookie: s.jar.header() }, signal: AbortSignal.timeout(10_000) });
	expect(response.status).toBe(200);
	return (await response.json()) as SavedState;
}

/** A new database on the test PostgreSQL server; its URL. */
async function freshPostgres(): Promise<string> {
	const name = `faults_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
	const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
	await client.connect();
	await client.query(`CREATE DATABASE ${name}`);
	await client.end();
	const url = new URL(process.env.TEST_DATABASE_URL!);
	url.pathname = `/${name}`;
	return url.toString();
}

let server: Server | null = null;
let dir: string | null = null;

async function startServer(engine: Engine): Promise<Server> {
	dir = mkdtempSync(join(tmpdir(), 'sourced-faults-'));
	const db = engine === 'sqlite' ? { DATABASE_PATH: join(dir, 'faults.db') } : { DATABASE_URL: await freshPostgres() };
	server = new Server(await freePort(), db);
	await server.start();
	return server;
}

test.afterEach(async () => {
	await server?.kill();
	server = null;
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = null;
});

test.describe('faults', () => {
	for (const engine of ENGINES) {
		test(`the server is killed in a burst of saves: every save it acknowledged is there after the restart (${engine})`, async () => {
			test.setTimeout(120_000);
			const s = await startServer(engine);
			const code = await assignment(s.base);
			const students: Student[] = [];
			for (let i = 0; i < STUDENTS; i++) students.push(await joinAs(s.base, code, `Student ${i + 1}`));

			// Every student answers every question, 20 saves in flight at a time; the server is killed once a
			// third of them are acknowledged, while the rest are still on their way.
			const saves = students.flatMap((st, si) => st.questions.map((q, qi) => ({ st, q, response: responseFor(q, si + qi, st.sentence) })));
			const killAfter = Math.floor(saves.length / 3);
			const acknowledged: typeof saves = [];
			const failed: number[] = [];
			let killing: Promise<void> | null = null;
			let next = 0;
			const worker = async () => {
				while (next < saves.length) {
					const save = saves[next++]!;
					try {
						const response = await fetch(`${s.base}/api/attempts/${save.st.id}/answers/${save.q.id}`, {
							method: 'PUT',
							headers: { 'content-type': 'application/json', cookie: save.st.jar.header() },
							body: JSON.stringify({ response: save.response, seq: 1 }),
							signal: AbortSignal.timeout(5000)
						});
						if (response.status === 200) acknowledged.push(save);
						else failed.push(response.status);
					} catch {
						failed.push(0);
					}
					if (acknowledged.length >= killAfter) killing ??= s.kill();
				}
			};
			await Promise.all(Array.from({ length: 20 }, worker));
			await killing;
			expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
			expect(acknowledged.length, 'some saves were cut off by the kill').toBeLessThan(saves.length);
			expect(failed.length).toBe(saves.length - acknowledged.length);

			// The same file, the same port: every acknowledged answer is stored, as it was sent.
			await s.start();
			const states = new Map<string, SavedState>();
			for (const st of students) states.set(st.id, await savedState(s.base, st));
			const missing = acknowledged.filter(({ st, q, response }) => {
				const stored = states.get(st.id)!.answers[q.id];
				return !stored || stored.seq !== 1 || JSON.stringify(stored.response) !== JSON.stringify(response);
			});
			expect(missing.map(({ st, q }) => `${st.id}/${q.id}`)).toEqual([]);
		});
	}

	test('a page open through an outage keeps the answer given meanwhile and saves it when the server is back', async ({ browser }) => {
		test.setTimeout(90_000);
		const s = await startServer('sqlite');
		const code = await assignment(s.base);
		const student = await joinAs(s.base, code, 'Ada Lovelace');
		const context = await browser.newContext();
		await context.addCookies([...student.jar.cookies].map(([name, value]) => ({ name, value, url: s.base })));
		const page: Page = await context.newPage();
		await page.goto(`${s.base}/attempt/${student.id}`);
		await expect(page.getByRole('heading', { name: `Question 1 of ${QUESTIONS}` })).toBeVisible();
		const status = page.locator('.save-status');
		// A round fetches every control it needs as it starts; the outage begins once they have arrived.
		await page.waitForLoadState('networkidle');

		await s.kill();
		const first = student.questions[0]!;
		expect(first.kind).toBe('single');
		await page.locator('section.question input[type="radio"]').first().check();
		await page.getByRole('button', { name: 'Save answer and go on' }).click();
		await expect(page.getByRole('heading', { name: `Question 2 of ${QUESTIONS}` })).toBeVisible();
		// The next question can still be answered while the server is away.
		await expect(page.locator('section.question').locator('input, select').first()).toBeVisible();
		await expect(page.getByText('The answer control could not be loaded', { exact: false })).toHaveCount(0);
		await expect(status).toHaveText(/^Not saved, retrying \(1 waiting\)$/);

		// Back on the same file and port: the page's next retry (the backoff is 1 s, 2 s, 4 s, 8 s …) saves it.
		await s.start();
		await expect(status).toHaveText('Saved', { timeout: 35_000 });
		const stored = (await savedState(s.base, student)).answers[first.id];
		expect(stored?.seq).toBe(1);
		expect(stored?.response).toEqual({ kind: 'single', option: first.options![0]!.id });
		await context.close();
	});

	test('a full disk: the student is told the answer is not saved and will be retried, the log names the full disk, /health fails until space returns', async ({ browser }) => {
		test.setTimeout(120_000);
		test.skip(process.getuid?.() !== 0, 'mounting a small filesystem to fill needs root');
		// A real filesystem, small enough to fill: the database lives on it, and a filler file takes the rest.
		dir = mkdtempSync(join(tmpdir(), 'sourced-full-'));
		const disk = join(dir, 'disk');
		mkdirSync(disk);
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', disk]);
		try {
			const s = new Server(await freePort(), { DATABASE_PATH: join(disk, 'full.db') });
			server = s;
			await s.start();
			const code = await assignment(s.base);
			const student = await joinAs(s.base, code, 'Ada Lovelace');
			const filler = join(disk, 'filler');
			const fill = () => {
				const fd = openSync(filler, 'a');
				const block = Buffer.alloc(64 * 1024, 1);
				try {
					for (;;) writeSync(fd, block);
				} catch (e) {
					expect((e as { code?: string }).code).toBe('ENOSPC');
				} finally {
					closeSync(fd);
				}
			};
			const save = (q: PublicQuestion, seq: number) =>
				fetch(`${s.base}/api/attempts/${student.id}/answers/${q.id}`, {
					method: 'PUT',
					headers: { 'content-type': 'application/json', accept: 'application/json', cookie: student.jar.header() },
					body: JSON.stringify({ response: responseFor(q, seq, student.sentence), seq }),
					signal: AbortSignal.timeout(10_000)
				});
			// The student's page is open on the first question; the other questions are saved from outside it.
			const context = await browser.newContext();
			await context.addCookies([...student.jar.cookies].map(([name, value]) => ({ name, value, url: s.base })));
			const page: Page = await context.newPage();
			await page.goto(`${s.base}/attempt/${student.id}`);
			await expect(page.getByRole('heading', { name: `Question 1 of ${QUESTIONS}` })).toBeVisible();
			await page.waitForLoadState('networkidle');
			const others = student.questions.slice(1);
			expect((await save(others[0]!, 1)).status).toBe(200);
			expect(await (await fetch(`${s.base}/health`)).text()).toBe('ok');

			// The disk fills up. Saves fail with a message for the learner, the log says why, /health says the database fails.
			fill();
			let refused: Response | null = null;
			for (let seq = 2; seq < 200 && !refused; seq++) {
				const response = await save(others[seq % others.length]!, seq);
				if (response.status !== 200) refused = response;
				else fill();
			}
			expect(refused, 'a write failed on the full disk').not.toBeNull();
			expect(refused!.status).toBe(500);
			expect(await refused!.json()).toEqual({
				message: 'Not saved: the server cannot write to its storage just now. Your answer is kept and will be sent again.'
			});
			expect(s.log).toMatch(/Storage failure on PUT \/api\/attempts\/[0-9a-f-]+\/answers\/[\w-]+: the disk is full \(SQLITE_FULL/);
			expect(s.log).not.toContain('cannot rollback');
			const health = await fetch(`${s.base}/health`);
			expect(health.status).toBe(503);
			expect(await health.text()).toMatch(/^database failing: the disk is full/);

			// On the page: the answer is kept, and the status says it is not saved and being retried.
			await page.locator('section.question input[type="radio"]').nth(1).check();
			await page.getByRole('button', { name: 'Save answer and go on' }).click();
			await expect(page.locator('.save-status')).toHaveText(/^Not saved, retrying/, { timeout: 20_000 });

			// Space returns: the page's retry saves the answer, and /health is well again.
			rmSync(filler);
			await expect(page.locator('.save-status')).toHaveText('Saved', { timeout: 40_000 });
			await expect.poll(async () => (await fetch(`${s.base}/health`)).status).toBe(200);
			await context.close();
		} finally {
			await server?.kill();
			server = null;
			execFileSync('umount', ['-l', disk]);
		}
	});
});
