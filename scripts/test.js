// npm test: every test, in order — types, content, unit and component tests, end-to-end tests — with
// the browser and a throwaway PostgreSQL cluster they need (installed with apt-get when missing and
// allowed), so the storage and server tests run against both engines.
import { spawnSync } from 'node:child_process';
import { startPostgres, stopPostgres } from './postgres.js';

function step(command, args, env) {
	console.log(`\n▶ ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
}

const env = { ...process.env };
let cluster = null;
let failed = false;
try {
	step('node', ['scripts/ensure-chromium.js'], env);
	if (!env.TEST_DATABASE_URL) {
		cluster = await startPostgres();
		env.TEST_DATABASE_URL = cluster.url;
		console.log(`PostgreSQL for the tests: ${cluster.url}`);
	}
	step('npm', ['run', '-s', 'check'], env);
	step('npm', ['run', '-s', 'content:check'], env);
	step('npx', ['vitest', 'run'], env);
	step('npm', ['run', '-s', 'test:e2e'], env);
} catch (e) {
	failed = true;
	console.error(`\n✗ ${e instanceof Error ? e.message : e}`);
} finally {
	if (cluster) stopPostgres(cluster.dir);
}
process.exit(failed ? 1 : 0);
