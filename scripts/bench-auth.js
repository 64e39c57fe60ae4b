// npm run bench:auth — does the time an account answer takes tell whether an email has an account?
//
//   node scripts/bench-auth.js [--tries N] [--build DIR]
//
// Starts `node <build>` (default: ./build, made by `vite build`) on a free loopback port with a fresh
// SQLite database, reading client addresses from X-Forwarded-For so that every try comes from its own
// address and no throttle interferes. Makes the first account and 20 invited teachers, then times, in
// alternation: sign-in with an email that has no account against sign-in with a wrong password for one
// that has; and a request for access with a new email against one with a taken email. Prints the
// median, mean and 95th percentile of each and the difference of the medians. Traffic goes only to
// 127.0.0.1; every loop is bounded by its count.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { client, freePort, Jar, percentile, startServer, stopServer } from './bench/client.js';

const PASSWORD = 'a long enough password';
const TEACHERS = 20;

function args(argv) {
	const out = { tries: 100, build: resolve('build') };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--tries') out.tries = Number(argv[++i]);
		else if (a === '--build') out.build = resolve(argv[++i]);
		else throw new Error(`Unknown argument ${a}`);
	}
	// Each teacher takes at most 5 wrong passwords, under both sign-in limits that count per email.
	if (!Number.isInteger(out.tries) || out.tries < 10 || out.tries > TEACHERS * 5) throw new Error(`--tries must be a whole number from 10 to ${TEACHERS * 5}`);
	return out;
}

let addresses = 0;
/** A new client address for every request, from the documentation ranges. */
const nextAddress = () => {
	addresses++;
	return `198.18.${Math.floor(addresses / 250)}.${addresses % 250}`;
};

async function timed(http, path, form) {
	const start = performance.now();
	const res = await http.request('POST', path, { form, headers: { 'x-forwarded-for': nextAddress() } });
	return { ms: performance.now() - start, status: res.status, body: res.body };
}

function summary(label, samples) {
	const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
	const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
	const statuses = [...new Set(samples.map((s) => s.status))].join('/');
	return { label, n: sorted.length, median: percentile(sorted, 50), mean, p95: percentile(sorted, 95), statuses };
}

function print(rows) {
	console.log('| answer | n | status | median ms | mean ms | p95 ms |');
	console.log('| --- | --- | --- | --- | --- | --- |');
	for (const r of rows) console.log(`| ${r.label} | ${r.n} | ${r.statuses} | ${r.median.toFixed(1)} | ${r.mean.toFixed(1)} | ${r.p95.toFixed(1)} |`);
}

const opts = args(process.argv.slice(2));
const port = await freePort();
const dbPath = join(tmpdir(), `sourced-bench-auth-${port}.db`);
const server = await startServer({ buildDir: opts.build, port, env: { DATABASE_PATH: dbPath, ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' } });
const http = client(`http://127.0.0.1:${port}`, { connections: 1 });
try {
	const admin = new Jar();
	const setUp = await http.request('POST', '/signup', {
		jar: admin,
		form: { intent: 'setup', name: 'Bench Admin', email: 'admin@school.example', password: 'the administrator password' },
		headers: { 'x-forwarded-for': nextAddress() }
	});
	if (setUp.status !== 303) throw new Error(`set-up: ${setUp.status}`);
	const emails = [];
	for (let i = 0; i < TEACHERS; i++) {
		const email = `teacher${i}@school.example`;
		const invited = await http.request('POST', '/admin?/invite', { jar: admin, form: { email } });
		const path = /\/invite\/[A-Za-z0-9_-]{43}/.exec(invited.body)?.[0];
		if (!path) throw new Error(`invitation ${i}: ${invited.status}`);
		const accepted = await http.request('POST', path, { form: { name: `Teacher ${i}`, password: PASSWORD }, headers: { 'x-forwarded-for': nextAddress() } });
		if (accepted.status !== 303) throw new Error(`acceptance ${i}: ${accepted.status}`);
		emails.push(email);
	}

	const unknown = [];
	const wrong = [];
	for (let i = 0; i < opts.tries; i++) {
		unknown.push(await timed(http, '/signin', { email: `nobody${i}@school.example`, password: PASSWORD }));
		wrong.push(await timed(http, '/signin', { email: emails[i % TEACHERS], password: `not the password ${i}` }));
	}
	const fresh = [];
	const taken = [];
	for (let i = 0; i < Math.min(opts.tries, 50); i++) {
		fresh.push(await timed(http, '/signup', { intent: 'request', name: 'Asker', email: `asker${i}@school.example`, password: PASSWORD }));
		taken.push(await timed(http, '/signup', { intent: 'request', name: 'Asker', email: emails[i % TEACHERS], password: PASSWORD }));
	}

	const rows = [
		summary('sign-in, email with no account', unknown),
		summary('sign-in, wrong password', wrong),
		summary('request, new email', fresh),
		summary('request, taken email', taken)
	];
	print(rows);
	// The page, with the email typed and each response's CSP nonce set aside.
	const plain = (body) => body.replace(/(asker|nobody|teacher)\d+@school\.example/g, 'EMAIL').replace(/nonce="[^"]*"|'nonce-[^']*'/g, 'NONCE');
	const same = (a, b) => plain(a.body) === plain(b.body);
	console.log(`\nDifference of medians: sign-in ${(rows[1].median - rows[0].median).toFixed(1)} ms, request ${(rows[3].median - rows[2].median).toFixed(1)} ms.`);
	console.log(`Same page, email aside: sign-in ${same(unknown[0], wrong[0]) ? 'yes' : 'NO'}, request ${same(fresh[0], taken[0]) ? 'yes' : 'NO'}.`);
} finally {
	http.close();
	await stopServer(server);
	for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
}
