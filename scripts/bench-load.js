// npm run bench:load — answer saves under load, end to end over HTTP, with the durability check.
//
//   node scripts/bench-load.js [--engine sqlite|postgres|both] [--students N] [--connections C]
//                              [--class-only] [--build DIR] [--cpu-prof DIR] [--no-pin]
//
// With taskset and two cores or more, the server is pinned to core 0 and this script to the others
// (the budget is per core); --no-pin leaves both to the scheduler.
//
// Builds a private copy of the app (or uses --build DIR), starts `node <build>` on a free loopback port
// with a fresh database, creates a teacher and an assignment (every question, feedback on submit, one
// attempt) with the browser's form posts, then runs a class (30 students, 10 connections) and a school
// (500 students, 50 connections, unless --students/--connections say otherwise): every student joins,
// answers every question and submits. Prints saves/s, save latency, errors, joins/s, then stops the
// server and counts the stored answers against the acknowledged saves. Traffic goes only to 127.0.0.1;
// every loop is bounded by its task count and a deadline.
import Sqlite from 'better-sqlite3';
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { attemptQuestions, client, freePort, join as joinAttempt, percentile, responseFor, startServer, stopServer, teacherAssignment } from './bench/client.js';
import { startPostgres, stopPostgres } from './postgres.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAVES_BUDGET = 1000;
const P99_BUDGET_MS = 100;
const PHASE_DEADLINE_MS = 300_000;

function args(argv) {
	const out = { engine: 'both', students: 500, connections: 50, build: null, classOnly: false, cpuProf: null, pin: true };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const next = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a === '--engine') out.engine = next();
		else if (a === '--students') out.students = Number(next());
		else if (a === '--connections') out.connections = Number(next());
		else if (a === '--build') out.build = resolve(next());
		else if (a === '--class-only') out.classOnly = true;
		else if (a === '--cpu-prof') out.cpuProf = resolve(next());
		else if (a === '--no-pin') out.pin = false;
		else throw new Error(`Unknown argument ${a}`);
	}
	if (!['sqlite', 'postgres', 'both'].includes(out.engine)) throw new Error('--engine is sqlite, postgres or both');
	for (const k of ['students', 'connections']) {
		if (!Number.isInteger(out[k]) || out[k] < 1 || out[k] > 10_000) throw new Error(`--${k} must be a whole number from 1 to 10000`);
	}
	return out;
}

/** A copy of the repository (without node_modules, whose folder is linked) built in a temporary folder. */
function privateBuild() {
	const dir = mkdtempSync(join(tmpdir(), 'sourced-bench-'));
	const skip = new Set(['node_modules', 'build', '.svelte-kit', 'test-results', 'data', '.git']);
	for (const entry of readdirSync(ROOT)) {
		if (!skip.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	console.log(`Building a private copy in ${dir}…`);
	try {
		execSync('npx vite build', { cwd: dir, stdio: 'pipe' });
	} catch (e) {
		process.stderr.write(String(e.stderr ?? ''));
		throw new Error(`The build in ${dir} failed.`);
	}
	return { buildDir: join(dir, 'build'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `tasks` through `width` workers, each task an async function; bounded by the list and a deadline. */
async function pool(tasks, width, deadline) {
	let next = 0;
	const worker = async () => {
		while (next < tasks.length && Date.now() < deadline) await tasks[next++]();
	};
	await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
	if (next < tasks.length) throw new Error(`Deadline passed with ${tasks.length - next} tasks left.`);
}

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const countBy = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const fmtErrors = (m) => (m.size ? [...m].map(([k, v]) => `${k}×${v}`).join(', ') : 'none');

/** The server process's CPU time so far (user + system), in seconds, from /proc; null elsewhere. */
function cpuSeconds(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return null;
	}
}

/** One run: a class or a school on a server that is already up. */
async function run(base, { label, students, connections, pid }) {
	const http = client(base, { connections });
	try {
		const assignment = await teacherAssignment(http, { title: `${label} load test` });
		const deadline = () => Date.now() + PHASE_DEADLINE_MS;

		// Joining: every student a new device, with its own cookies.
		const joined = [];
		const joinErrors = new Map();
		let t0 = performance.now();
		await pool(
			Array.from({ length: students }, (_, i) => async () => {
				const r = await joinAttempt(http, assignment.code, `Student ${i + 1}`);
				if (r.jar) joined.push(r);
				else countBy(joinErrors, r.status);
			}),
			connections,
			deadline()
		);
		const joinSeconds = (performance.now() - t0) / 1000;

		// Each student's page data: the public questions to answer.
		await pool(
			joined.map((s) => async () => {
				s.questions = await attemptQuestions(http, s.id, s.jar);
			}),
			connections,
			deadline()
		);

		// Answering: each worker takes the next student and answers every question in turn, as a class does.
		const latencies = [];
		const saveErrors = new Map();
		const acked = new Set();
		let firstError = null;
		const cpu0 = cpuSeconds(pid);
		t0 = performance.now();
		await pool(
			joined.map((s, si) => async () => {
				for (const [qi, q] of s.questions.entries()) {
					const start = performance.now();
					const r = await http.request('PUT', `/api/attempts/${s.id}/answers/${encodeURIComponent(q.id)}`, {
						jar: s.jar,
						json: { response: responseFor(q, si + qi), seq: 1 }
					});
					latencies.push(performance.now() - start);
					if (r.status === 200 && !JSON.parse(r.body).duplicate) acked.add(`${s.id}/${q.id}`);
					else {
						countBy(saveErrors, r.status || String(r.error?.message ?? 'network'));
						firstError ??= `${r.status} ${r.body ?? r.error}`.slice(0, 200);
					}
				}
			}),
			connections,
			deadline()
		);
		const saveSeconds = (performance.now() - t0) / 1000;
		const cpu1 = cpuSeconds(pid);
		const serverCpu = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;

		// Submitting.
		let submitted = 0;
		const submitErrors = new Map();
		t0 = performance.now();
		await pool(
			joined.map((s) => async () => {
				const r = await http.request('POST', `/api/attempts/${s.id}/submit`, { jar: s.jar, json: {} });
				if (r.status === 200) submitted++;
				else countBy(submitErrors, r.status);
			}),
			connections,
			deadline()
		);
		const submitSeconds = (performance.now() - t0) / 1000;

		latencies.sort((a, b) => a - b);
		const result = {
			label,
			students,
			connections,
			questions: assignment.questionCount,
			joined: joined.length,
			joinsPerSecond: joined.length / joinSeconds,
			joinErrors,
			saves: latencies.length,
			acked: acked.size,
			savesPerSecond: acked.size / saveSeconds,
			p50: percentile(latencies, 50),
			p95: percentile(latencies, 95),
			p99: percentile(latencies, 99),
			max: latencies.at(-1),
			saveErrors,
			firstError,
			serverCpu,
			savesPerCpuSecond: serverCpu ? acked.size / serverCpu : null,
			submitted,
			submitsPerSecond: submitted / submitSeconds,
			submitErrors
		};
		console.log(
			[
				`  ${label}: ${students} students × ${assignment.questionCount} questions, ${connections} connections`,
				`    joins:   ${joined.length} in ${joinSeconds.toFixed(2)} s = ${result.joinsPerSecond.toFixed(0)}/s; errors: ${fmtErrors(joinErrors)}`,
				`    saves:   ${acked.size} acknowledged of ${latencies.length} in ${saveSeconds.toFixed(2)} s = ${result.savesPerSecond.toFixed(0)} saves/s`,
				`    server:  ${serverCpu === null ? 'CPU n/a' : `${serverCpu.toFixed(2)} s CPU = ${(serverCpu / saveSeconds * 100).toFixed(0)}% of a core, ${((serverCpu * 1e6) / Math.max(1, acked.size)).toFixed(0)} µs CPU per save (${result.savesPerCpuSecond?.toFixed(0)} saves per CPU-second)`}`,
				`    latency: p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, max ${ms(result.max)}`,
				`    errors:  ${fmtErrors(saveErrors)}${firstError ? ` (first: ${firstError})` : ''}`,
				`    submits: ${submitted} in ${submitSeconds.toFixed(2)} s = ${result.submitsPerSecond.toFixed(0)}/s; errors: ${fmtErrors(submitErrors)}`
			].join('\n')
		);
		return result;
	} finally {
		http.close();
	}
}

async function countAnswers(engine, where) {
	if (engine === 'sqlite') {
		const db = new Sqlite(where, { readonly: true, fileMustExist: true });
		try {
			return db.prepare('SELECT count(*) AS n FROM answers').get().n;
		} finally {
			db.close();
		}
	}
	const c = new pg.Client({ connectionString: where });
	await c.connect();
	try {
		return Number((await c.query('SELECT count(*) AS n FROM answers')).rows[0].n);
	} finally {
		await c.end();
	}
}

async function benchEngine(engine, buildDir, opts) {
	console.log(`\n▶ ${engine === 'sqlite' ? 'SQLite (WAL, synchronous=FULL)' : 'PostgreSQL'}`);
	let cluster = null;
	let tmp = null;
	let server = null;
	const onExit = () => server?.child.kill('SIGKILL');
	// Interrupted: the server and the cluster go too.
	const onSignal = () => {
		onExit();
		if (cluster) stopPostgres(cluster.dir);
		if (tmp) rmSync(tmp, { recursive: true, force: true });
		process.exit(130);
	};
	process.once('exit', onExit);
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		let env;
		let where;
		if (engine === 'sqlite') {
			tmp = mkdtempSync(join(tmpdir(), 'sourced-load-'));
			where = join(tmp, 'bench.db');
			env = { DATABASE_PATH: where };
		} else {
			cluster = await startPostgres();
			const admin = new pg.Client({ connectionString: cluster.url });
			await admin.connect();
			await admin.query('CREATE DATABASE bench');
			await admin.end();
			const url = new URL(cluster.url);
			url.pathname = '/bench';
			where = url.toString();
			env = { DATABASE_URL: where };
		}
		const port = await freePort();
		const nodeArgs = [];
		if (opts.cpuProf) {
			mkdirSync(opts.cpuProf, { recursive: true });
			nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${opts.cpuProf}`);
		}
		// Client addresses come from a header the load generator sets (see client.js), as behind a proxy.
		env.ADDRESS_HEADER = 'x-client-address';
		server = await startServer({ buildDir, port, env, nodeArgs, cpu: opts.serverCpu });
		const base = `http://127.0.0.1:${port}`;
		const runs = [await run(base, { label: 'class', students: 30, connections: 10, pid: server.child.pid })];
		if (!opts.classOnly) runs.push(await run(base, { label: 'school', students: opts.students, connections: opts.connections, pid: server.child.pid }));
		await stopServer(server, 15_000);
		server = null;
		const acked = runs.reduce((n, r) => n + r.acked, 0);
		const stored = await countAnswers(engine, where);
		const lost = acked - stored;
		console.log(`  durability: ${acked} acknowledged, ${stored} stored after the server stopped — lost: ${lost}`);
		return { engine, runs, acked, stored, lost };
	} finally {
		if (server) await stopServer(server);
		process.removeListener('exit', onExit);
		process.removeListener('SIGINT', onSignal);
		process.removeListener('SIGTERM', onSignal);
		if (cluster) stopPostgres(cluster.dir);
		if (tmp) rmSync(tmp, { recursive: true, force: true });
	}
}

const opts = args(process.argv.slice(2));
let built = null;
let failed = false;
try {
	let buildDir = opts.build;
	if (buildDir) {
		if (!existsSync(join(buildDir, 'index.js'))) throw new Error(`${buildDir} holds no adapter-node build (index.js).`);
	} else {
		built = privateBuild();
		buildDir = built.buildDir;
	}
	opts.serverCpu = null;
	const cores = availableParallelism();
	if (opts.pin && cores >= 2) {
		try {
			const rest = cores === 2 ? '1' : `1-${cores - 1}`;
			execSync(`taskset -a -p -c ${rest} ${process.pid}`, { stdio: 'ignore' });
			opts.serverCpu = 0;
			console.log(`The server runs on core 0 alone; this load generator on core ${rest}.`);
		} catch {
			console.log('taskset is not available: the server and this load generator share every core.');
		}
	}
	const engines = opts.engine === 'both' ? ['sqlite', 'postgres'] : [opts.engine];
	const results = [];
	for (const engine of engines) results.push(await benchEngine(engine, buildDir, opts));
	console.log('\nBudgets (the embedded database, school run):');
	for (const r of results) {
		const school = r.runs.at(-1);
		const lines = [
			`saves/s ${school.savesPerSecond.toFixed(0)} (budget ≥ ${SAVES_BUDGET})`,
			`${school.savesPerCpuSecond ? `${school.savesPerCpuSecond.toFixed(0)} per server CPU-second, ` : ''}p99 ${ms(school.p99)} at ${school.connections} connections (budget < ${P99_BUDGET_MS} ms)`,
			`lost ${r.lost}`
		];
		const ok = school.savesPerSecond >= SAVES_BUDGET && school.p99 < P99_BUDGET_MS && r.lost === 0;
		console.log(`  ${r.engine}: ${lines.join('; ')}${r.engine === 'sqlite' ? (ok ? ' — within budget' : ' — OVER BUDGET') : ''}`);
		if (r.lost !== 0) failed = true;
		if (r.engine === 'sqlite' && !ok) failed = true;
	}
} catch (e) {
	failed = true;
	console.error(`\n✗ ${e instanceof Error ? e.stack : e}`);
} finally {
	built?.cleanup();
}
process.exit(failed ? 1 : 0);
