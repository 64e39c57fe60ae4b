import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, startServer, stopServer } from '../scripts/bench/client.js';
import { expectNoAxeViolations } from './helpers';

/*
 * Accounts on a site of their own: a fresh database (so the first account is still to be made) behind a
 * proxy that reports the client's address in X-Forwarded-For, as adapter-node reads it with
 * ADDRESS_HEADER, so each test can pose as the addresses it needs. Runs on SQLite, and on PostgreSQL
 * when TEST_DATABASE_URL is set.
 */

const PASSWORD = 'a long enough password';
const ADMIN = { name: 'First Administrator', email: 'first@school.example', password: 'the first account’s password' };
const SLOW = 20_000;

type Site = { base: string; stop: () => Promise<void> };

async function startSite(engine: 'sqlite' | 'postgres'): Promise<Site> {
	const port = await freePort();
	let db: Record<string, string>;
	let cleanUp: () => Promise<void>;
	if (engine === 'sqlite') {
		const path = join(tmpdir(), `sourced-accounts-${port}.db`);
		db = { DATABASE_PATH: path };
		cleanUp = async () => {
			for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
		};
	} else {
		const name = `accounts_${port}`;
		const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
		await admin.connect();
		await admin.query(`DROP DATABASE IF EXISTS ${name}`);
		await admin.query(`CREATE DATABASE ${name}`);
		await admin.end();
		const url = new URL(process.env.TEST_DATABASE_URL!);
		url.pathname = `/${name}`;
		db = { DATABASE_URL: url.toString() };
		cleanUp = async () => {
			const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name}`);
			await client.end();
		};
	}
	const server = await startServer({ buildDir: 'build', port, env: { ...db, ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' } });
	return {
		base: `http://127.0.0.1:${port}`,
		stop: async () => {
			await stopServer(server);
			await cleanUp();
		}
	};
}

/** A browser's request: from `address`, with the session cookie if any, the redirect not followed. */
async function send(site: Site, method: 'GET' | 'POST', path: string, options: { address: string; session?: string; form?: Record<string, string> }) {
	const headers: Record<string, string> = { 'x-forwarded-for': options.address, accept: 'text/html' };
	if (options.session) headers.cookie = `sourced_session=${options.session}`;
	if (options.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.origin = site.base;
	}
	const response = await fetch(site.base + path, {
		method,
		headers,
		body: options.form ? new URLSearchParams(options.form).toString() : undefined,
		redirect: 'manual',
		signal: AbortSignal.timeout(SLOW)
	});
	const session = /sourced_session=([A-Za-z0-9_-]{43})/.exec(response.headers.get('set-cookie') ?? '')?.[1];
	return { status: response.status, body: await response.text(), headers: response.headers, session };
}

const engines = ['sqlite' as const, ...(process.env.TEST_DATABASE_URL ? ['postgres' as const] : [])];

for (const engine of engines) {
	test.describe(`accounts on a site of their own (${engine})`, () => {
		test.describe.configure({ mode: 'serial', timeout: 90_000 });
		let site: Site;
		let admin: string;
		test.beforeAll(async () => {
			site = await startSite(engine);
		});
		test.afterAll(async () => {
			await site?.stop();
		});

		/** The administrator invites the email; the teacher accepts from `address`. */
		async function invitedTeacher(email: string, address: string) {
			const invited = await send(site, 'POST', '/admin?/invite', { address: '10.0.0.1', session: admin, form: { email } });
			expect(invited.status).toBe(200);
			const path = /\/invite\/[A-Za-z0-9_-]{43}/.exec(invited.body)![0];
			const accepted = await send(site, 'POST', path, { address, form: { name: 'Owner', password: PASSWORD } });
			expect(accepted.status).toBe(303);
		}

		test('the first account becomes the administrator, and of two sent at once only one does', async ({ page }) => {
			await page.goto(`${site.base}/signup`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up Sourced');
			await expectNoAxeViolations(page, 'on a new site’s /signup');

			const [a, b] = await Promise.all([
				send(site, 'POST', '/signup', { address: '10.0.0.1', form: { intent: 'setup', ...ADMIN } }),
				send(site, 'POST', '/signup', { address: '10.0.0.2', form: { intent: 'setup', name: 'Second', email: 'second@school.example', password: PASSWORD } })
			]);
			expect([a.status, b.status].sort()).toEqual([303, 409]);
			const [won, lost] = a.status === 303 ? [a, b] : [b, a];
			expect(lost.body).toContain('This site already has an administrator, so accounts are now by invitation.');
			expect(lost.session).toBeUndefined();
			// Whichever won, the test carries on as the administrator.
			admin = won.session!;
			expect((await send(site, 'GET', '/admin', { address: '10.0.0.1', session: admin })).status).toBe(200);

			await page.reload();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request a teacher account');
			// Posting the first-account form again makes nobody an administrator.
			const late = await send(site, 'POST', '/signup', { address: '10.0.0.3', form: { intent: 'setup', name: 'Late', email: 'late@school.example', password: PASSWORD } });
			expect(late.status).toBe(409);
			expect(late.session).toBeUndefined();
		});

		test('wrong passwords from elsewhere never lock the owner out for longer than a short back-off', async () => {
			const email = 'owner@school.example';
			await invitedTeacher(email, '192.0.2.1');
			const signIn = (password: string, address: string) => send(site, 'POST', '/signin', { address, form: { email, password } });

			// A guesser at one address is stopped after 5 tries...
			for (let i = 1; i <= 5; i++) expect((await signIn(`wrong password ${i}`, '203.0.113.9')).status).toBe(400);
			const stopped = await signIn('wrong password 6', '203.0.113.9');
			expect(stopped.status).toBe(429);
			expect(stopped.body).toContain('Too many sign-in attempts. Wait 15 minutes and try again.');
			expect(Number(stopped.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
			// ...and the owner, at home, is not.
			const home = await signIn(PASSWORD, '198.51.100.20');
			expect(home.status).toBe(303);
			expect(home.session).toBeDefined();

			// Seven more guessers, each from its own address: from the tenth failure, each try waits a back-off.
			const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
			let backedOff = 0;
			for (let i = 1; i <= 7; i++) {
				let guess = await signIn(`spread guess ${i}`, `203.0.113.${20 + i}`);
				while (guess.status === 429) {
					backedOff++;
					expect(guess.body).toMatch(/Too many sign-in attempts for this email\. Wait \d+ seconds? and try again\./);
					await sleep(Number(guess.headers.get('retry-after')) * 1000);
					guess = await signIn(`spread guess ${i}`, `203.0.113.${20 + i}`);
				}
				expect(guess.status).toBe(400);
			}
			// The owner, from a new address: in at once, or after a wait of at most 30 s.
			let owner = await signIn(PASSWORD, '198.51.100.30');
			if (owner.status === 429) {
				backedOff++;
				const wait = Number(owner.headers.get('retry-after'));
				expect(wait).toBeGreaterThan(0);
				expect(wait).toBeLessThanOrEqual(30);
				await sleep(wait * 1000 + 100);
				owner = await signIn(PASSWORD, '198.51.100.30');
			}
			expect(owner.status).toBe(303);
			// The machine may be slow enough for a back-off to pass between two tries, but not every time.
			expect(backedOff).toBeGreaterThan(0);
		});

		test('sign-ups and requests for access are throttled per address', async () => {
			const request = (i: number, address: string) =>
				send(site, 'POST', '/signup', { address, form: { intent: 'request', name: `Asker ${i}`, email: `asker${i}@school.example`, password: PASSWORD } });
			for (let i = 0; i < 10; i++) expect((await request(i, '203.0.113.50')).status, `request ${i}`).toBe(200);
			const refused = await request(10, '203.0.113.50');
			expect(refused.status).toBe(429);
			expect(refused.body).toContain('Too many tries from this network. Wait 60 minutes and try again.');
			expect((await request(11, '203.0.113.51')).status).toBe(200);
		});

		test('invitation links that open nothing are throttled per address, and accepted ones are not', async () => {
			for (let i = 0; i < 10; i++) {
				const guess = await send(site, 'GET', `/invite/${'A'.repeat(42)}${i}`, { address: '203.0.113.70' });
				expect(guess.status).toBe(404);
				expect(guess.body).toContain('This invitation link does not work');
			}
			expect((await send(site, 'GET', `/invite/${'B'.repeat(43)}`, { address: '203.0.113.70' })).status).toBe(429);

			// Twelve teachers of one school accept their invitations from the school's one address.
			for (let i = 0; i < 12; i++) await invitedTeacher(`staff${i}@school.example`, '203.0.113.80');
		});
	});
}
