import { defineConfig, devices } from '@playwright/test';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { chromiumPath } from './scripts/chromium-path.js';
import { freePort } from './scripts/free-port.js';


/** A new database on the test PostgreSQL server, for the server run against PostgreSQL. */
async function freshPostgresDatabase(adminUrl: string, name: string): Promise<string> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	await client.query(`DROP DATABASE IF EXISTS ${name}`);
	await client.query(`CREATE DATABASE ${name}`);
	await client.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

/**
 * Ports and databases are chosen once, in the main process, and handed to workers through the
 * environment (workers load this file again), so servers and tests agree and parallel runs never collide.
 */
if (!process.env.E2E_PORT) {
	process.env.E2E_PORT = String(await freePort());
	process.env.E2E_SQLITE = join(tmpdir(), `sourced-e2e-${process.env.E2E_PORT}.db`);
	process.env.E2E_STUDY_PORT = String(await freePort());
	process.env.E2E_STUDY_SQLITE = join(tmpdir(), `sourced-e2e-${process.env.E2E_STUDY_PORT}.db`);
	for (const db of [process.env.E2E_SQLITE, process.env.E2E_STUDY_SQLITE]) {
		for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
	}
	if (process.env.TEST_DATABASE_URL) {
		process.env.E2E_PG_PORT = String(await freePort());
		process.env.E2E_PG_URL = await freshPostgresDatabase(process.env.TEST_DATABASE_URL, `e2e_${process.env.E2E_PG_PORT}`);
	}
}
const port = Number(process.env.E2E_PORT);
const studyPort = Number(process.env.E2E_STUDY_PORT);
const pgPort = process.env.E2E_PG_PORT ? Number(process.env.E2E_PG_PORT) : null;

const browser = {
	...devices['Desktop Chrome'],
	channel: undefined,
	launchOptions: {
		executablePath: chromiumPath(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	}
};

/**
 * Self-study closes while any assignment of its module is open, and the other specs create assignments
 * all the time: the self-study specs get a server of their own, where no assignment is ever made.
 */
const SELF_STUDY_SPECS = /(quiz|keys|reading)\.e2e\.ts$/;

/** The specs that exercise the server's storage run again against PostgreSQL. */
const SERVER_SPECS = /(teacher|student|security|results|integrity|rosters|admin|offline-tabs|option-order|studio|studio-draft)\.e2e\.ts$/;

const server = (p: number, db: Record<string, string>) => ({
	// `npm run test:e2e` builds first; the servers only start the build.
	command: 'node build',
	url: `http://127.0.0.1:${p}/health`,
	reuseExistingServer: false,
	timeout: 60_000,
	env: { HOST: '127.0.0.1', PORT: String(p), ORIGIN: `http://127.0.0.1:${p}`, ...db }
});

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	// Generous: teachers are made by invitation (an administrator, then scrypt) on a machine shared by parallel runs.
	timeout: 60_000,
	use: { trace: 'retain-on-failure' },
	projects: [
		{ name: 'sqlite', testIgnore: SELF_STUDY_SPECS, use: { ...browser, baseURL: `http://127.0.0.1:${port}` } },
		{ name: 'self-study', testMatch: SELF_STUDY_SPECS, use: { ...browser, baseURL: `http://127.0.0.1:${studyPort}` } },
		...(pgPort ? [{ name: 'postgres', testMatch: SERVER_SPECS, use: { ...browser, baseURL: `http://127.0.0.1:${pgPort}` } }] : [])
	],
	webServer: [
		server(port, { DATABASE_PATH: process.env.E2E_SQLITE! }),
		server(studyPort, { DATABASE_PATH: process.env.E2E_STUDY_SQLITE! }),
		...(pgPort ? [server(pgPort, { DATABASE_URL: process.env.E2E_PG_URL! })] : [])
	]
});
