// Helpers for the load benchmark and the fault test: a server started from a build on a loopback port,
// a keep-alive HTTP client bounded to C sockets, a per-student cookie jar, and a teacher + assignment
// created over HTTP the way a browser's form posts create them.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { unflatten } from 'devalue';

export { freePort } from '../free-port.js';


const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `node <buildDir>` on 127.0.0.1:port and waits (bounded) for /health. */
export async function startServer({ buildDir, port, env = {}, nodeArgs = [], timeoutMs = 30_000, log = false, cpu = null }) {
	// `cpu`: pin the server (every thread of it) to that one core with taskset, which then execs node.
	const [command, argv] =
		cpu === null ? [process.execPath, [...nodeArgs, buildDir]] : ['taskset', ['-c', String(cpu), process.execPath, ...nodeArgs, buildDir]];
	const child = spawn(command, argv, {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: `http://127.0.0.1:${port}`, ...env },
		stdio: ['ignore', log ? 'inherit' : 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (d) => {
		stderr = (stderr + d).slice(-4000);
	});
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null || child.signalCode !== null) break;
		try {
			const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
			if (res.ok) return { child, exited, stderr: () => stderr };
		} catch {
			// not up yet
		}
		await sleep(100);
	}
	child.kill('SIGKILL');
	throw new Error(`The server on port ${port} did not come up.\n${stderr}`);
}

/** Stops a server: SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export async function stopServer(server, graceMs = 5000) {
	if (!server) return;
	const { child, exited } = server;
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
}

/** Cookies by name, as a browser keeps them for one host. */
export class Jar {
	cookies = new Map();
	take(setCookies) {
		for (const line of setCookies ?? []) {
			const [pair, ...attrs] = line.split(';');
			const eq = pair.indexOf('=');
			const name = pair.slice(0, eq).trim();
			const value = pair.slice(eq + 1).trim();
			const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
			if (expired) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}
	header() {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}
}

/**
 * A client for one server: every request goes through one keep-alive agent of at most `connections`
 * sockets, with a per-request timeout. Resolves { status, headers, body } — never throws on a status;
 * network errors resolve { status: 0, error }.
 */
export function client(base, { connections = 10, timeoutMs = 30_000 } = {}) {
	const url = new URL(base);
	const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
	function request(method, path, { jar, body, form, json, headers = {} } = {}) {
		let payload;
		// The server reads the client's address from this header (ADDRESS_HEADER in bench-load.js), as behind a
		// proxy: each student joins from an address of their own, so the join throttle counts as it would
		// for students at home, and the figures measure saves, not the throttle.
		const h = { 'x-client-address': '127.0.0.1', ...headers };
		if (form) {
			const params = new URLSearchParams();
			for (const [k, v] of Object.entries(form)) for (const item of [].concat(v)) params.append(k, String(item));
			payload = params.toString();
			h['content-type'] = 'application/x-www-form-urlencoded';
			h.origin = url.origin;
			h.accept = 'text/html';
		} else if (json !== undefined) {
			payload = JSON.stringify(json);
			h['content-type'] = 'application/json';
		} else if (body !== undefined) payload = body;
		if (payload !== undefined) h['content-length'] = Buffer.byteLength(payload);
		if (jar && jar.cookies.size) h.cookie = jar.header();
		return new Promise((resolve) => {
			const req = http.request(
				{ host: url.hostname, port: url.port, path, method, headers: h, agent, timeout: timeoutMs },
				(res) => {
					const chunks = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => {
						if (jar) jar.take(res.headers['set-cookie']);
						resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
					});
					res.on('error', (error) => resolve({ status: 0, error }));
				}
			);
			req.on('timeout', () => req.destroy(new Error('timeout')));
			req.on('error', (error) => resolve({ status: 0, error }));
			if (payload !== undefined) req.write(payload);
			req.end();
		});
	}
	return { request, agent, close: () => agent.destroy() };
}

/** A page's server data (`__data.json`), every node unflattened. */
export async function pageData(http, path, jar) {
	const res = await http.request('GET', `${path.replace(/\/$/, '')}/__data.json`, { jar });
	if (res.status !== 200) throw new Error(`GET ${path}/__data.json: ${res.status}`);
	const parsed = JSON.parse(res.body);
	if (parsed.type !== 'data') throw new Error(`GET ${path}/__data.json: ${parsed.type}`);
	return parsed.nodes.filter((n) => n && n.type === 'data').map((n) => unflatten(n.data));
}

const find = (nodes, key) => nodes.find((n) => n && typeof n === 'object' && key in n)?.[key];

const BENCH_TEACHER = { name: 'Bench Teacher', email: 'bench@school.example', password: 'a long enough password' };

/**
 * The bench teacher, signed in: on the fresh database the first call makes the site's first account
 * (its administrator, the only account anyone can open without an invitation); later calls sign in.
 */
async function benchTeacher(http) {
	const jar = new Jar();
	const setUp = await http.request('POST', '/signup', { jar, form: { intent: 'setup', ...BENCH_TEACHER } });
	if (setUp.status === 303) return jar;
	const signIn = await http.request('POST', '/signin', { jar, form: { email: BENCH_TEACHER.email, password: BENCH_TEACHER.password } });
	if (signIn.status !== 303) throw new Error(`sign-in: ${signIn.status} ${signIn.body.slice(0, 200)}`);
	return jar;
}

/** The bench teacher creates an assignment of every question with feedback on submit; its code. */
export async function teacherAssignment(http, { attempts = 1, feedback = 'submit', title = 'Load test' } = {}) {
	const jar = await benchTeacher(http);
	const nodes = await pageData(http, '/teacher/assignments/new', jar);
	const modules = find(nodes, 'modules');
	const module = modules[0];
	const all = Object.values(module.perSkill).reduce((a, b) => a + b, 0);
	const created = await http.request('POST', '/teacher/assignments/new?/create', {
		jar,
		form: {
			title,
			module: module.slug,
			skills: Object.keys(module.perSkill),
			questionCount: all,
			feedback,
			attemptsAllowed: attempts,
			timeZone: 'UTC'
		}
	});
	const location = created.headers.location ?? '';
	if (created.status !== 303 || !/\/teacher\/assignments\/[0-9a-f-]{36}$/.test(location)) {
		throw new Error(`create assignment: ${created.status} ${created.body.slice(0, 300)}`);
	}
	const view = await pageData(http, location, jar);
	const code = findCode(view);
	if (!code) throw new Error('No join code in the assignment page data.');
	return { code, questionCount: all, moduleSlug: module.slug };
}

function findCode(value, depth = 0) {
	if (depth > 6 || !value || typeof value !== 'object') return null;
	if (typeof value.code === 'string' && value.code.length >= 4) return value.code;
	for (const v of Object.values(value)) {
		const c = findCode(v, depth + 1);
		if (c) return c;
	}
	return null;
}

/** A student joins on a new device: { jar, id } or { status } when refused. */
export async function join(http, code, name) {
	const jar = new Jar();
	const n = [...name].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) % 16_777_216, 7);
	const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
	const res = await http.request('POST', `/join/${code}`, { jar, form: { name }, headers: { 'x-client-address': address } });
	const m = /\/attempt\/([0-9a-f-]{36})$/.exec(res.headers.location ?? '');
	if (res.status !== 303 || !m) return { status: res.status };
	return { jar, id: m[1], status: res.status };
}

/** The attempt's public questions, from its page data; an evidence question carries a sentence of the story to pick. */
export async function attemptQuestions(http, id, jar) {
	const nodes = await pageData(http, `/attempt/${id}`, jar);
	const sentence = find(nodes, 'story')?.sentences?.[0];
	return find(nodes, 'questions').map((q) => (q.kind === 'evidence' ? { ...q, sentence } : q));
}

/** A response the server accepts for a public question (right or wrong does not matter). */
export function responseFor(q, variant = 0) {
	switch (q.kind) {
		case 'single':
			return { kind: 'single', option: q.options[variant % q.options.length].id };
		case 'multiple':
			return { kind: 'multiple', options: [q.options[variant % q.options.length].id] };
		case 'ordering':
			return { kind: 'ordering', order: q.items.map((i) => i.id) };
		case 'numeric':
			return { kind: 'numeric', text: /date/i.test(q.format) ? `${1 + (variant % 28)} November` : String(1 + variant) };
		case 'matching':
			// A different choice for each prompt: where the key is one-to-one, the server refuses a choice used twice.
			return { kind: 'matching', pairs: Object.fromEntries(q.prompts.map((p, i) => [p.id, q.choices[(variant + i) % q.choices.length].id])) };
		case 'evidence':
			// A pick must be whole sentences of the story.
			return { kind: 'evidence', start: q.sentence.start, end: q.sentence.end };
		case 'tfn':
			return { kind: 'tfn', choice: ['true', 'false', 'not-stated'][variant % 3] };
		default:
			throw new Error(`Unknown question kind ${q.kind}`);
	}
}

/** Percentile (nearest rank) of a sorted array. */
export function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
