// A throwaway PostgreSQL cluster on loopback for the tests: Debian's postgresql package, a fresh data
// folder, a free port. `node scripts/postgres.js start` prints the URL and leaves it running;
// `node scripts/postgres.js stop <dir>` stops it and removes the folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

const isRoot = process.getuid?.() === 0;

function binDir() {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return null;
	const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb')));
	versions.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(base, versions[0], 'bin') : null;
}

/** Installs Debian's postgresql when it is missing and we may (root with apt-get). */
export function ensurePostgres() {
	let bin = binDir();
	if (bin) return bin;
	if (!isRoot || !existsSync('/usr/bin/apt-get')) {
		throw new Error("PostgreSQL is not installed. Install Debian's package: sudo apt-get install -y postgresql");
	}
	console.log("PostgreSQL is missing; installing Debian's postgresql package with apt-get…");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
	bin = binDir();
	if (!bin) throw new Error('apt-get finished but initdb is still missing.');
	return bin;
}


/** Runs a PostgreSQL binary, as the postgres user when we are root (PostgreSQL refuses to run as root). */
function run(bin, args) {
	const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
	execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function startPostgres() {
	const bin = ensurePostgres();
	const dir = mkdtempSync(join(tmpdir(), 'sourced-pg-'));
	const data = join(dir, 'data');
	if (isRoot) {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		chownSync(dir, uid, gid);
	}
	const port = await freePort();
	run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
	run(join(bin, 'pg_ctl'), [
		'-D', data, '-l', join(dir, 'log'), '-w', '-o',
		`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
		'start'
	]);
	writeFileSync(join(dir, 'port'), String(port));
	return { dir, url: `postgres://postgres@127.0.0.1:${port}/postgres` };
}

export function stopPostgres(dir) {
	const bin = binDir();
	if (bin && existsSync(join(dir, 'data'))) {
		try {
			run(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
		} catch {
			// already stopped
		}
	}
	rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [command, dir] = process.argv.slice(2);
	if (command === 'start') {
		const { dir: d, url } = await startPostgres();
		console.log(`${d} ${url}`);
	} else if (command === 'stop' && dir) stopPostgres(dir);
	else {
		console.error('Usage: node scripts/postgres.js start | stop <dir>');
		process.exit(2);
	}
}
