import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/server/db';
import { freshDatabase, testEngines } from '$lib/server/db/testing';
import {
	ADDRESS_FAILURE_LIMIT,
	clearSignInFailures,
	EMAIL_FAILURE_LIMIT,
	FAILURE_WINDOW,
	isSignInLimited,
	pruneSignInFailures,
	recordSignInFailure,
	signInSucceeded,
	startSignIn
} from './rate-limit';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MINUTE = 60 * 1000;

describe.each(testEngines)('sign-in throttling on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
	});
	afterAll(() => drop());

	async function fail(times: number, email: string, address: string, now = T0) {
		for (let i = 0; i < times; i++) await recordSignInFailure(db, { email, address }, now);
	}

	it('limits an email after 5 failures in 15 minutes, from any address', async () => {
		const email = 'ada@school.org';
		await fail(EMAIL_FAILURE_LIMIT - 1, email, '10.0.0.1');
		expect(await isSignInLimited(db, { email, address: '10.0.0.1' }, T0)).toBe(false);
		await fail(1, email, '10.0.0.1');
		expect(EMAIL_FAILURE_LIMIT).toBe(5);
		expect(await isSignInLimited(db, { email, address: '10.0.0.1' }, T0)).toBe(true);
		expect(await isSignInLimited(db, { email, address: '10.0.0.99' }, T0)).toBe(true);
		// Another teacher on the same address (a school's network) is not held up by Ada's failures.
		expect(await isSignInLimited(db, { email: 'grace@school.org', address: '10.0.0.1' }, T0)).toBe(false);
	});

	it('lets the email try again once the failures are 15 minutes old', async () => {
		const email = 'later@school.org';
		await fail(EMAIL_FAILURE_LIMIT, email, '10.0.1.1');
		expect(await isSignInLimited(db, { email, address: '10.0.1.1' }, T0 + FAILURE_WINDOW - 1)).toBe(true);
		expect(await isSignInLimited(db, { email, address: '10.0.1.1' }, T0 + FAILURE_WINDOW)).toBe(false);
	});

	it('clears the email’s failures after a successful sign-in', async () => {
		const email = 'cleared@school.org';
		await fail(EMAIL_FAILURE_LIMIT, email, '10.0.2.1');
		expect(await isSignInLimited(db, { email, address: '10.0.2.1' }, T0)).toBe(true);
		await clearSignInFailures(db, email);
		expect(await isSignInLimited(db, { email, address: '10.0.2.1' }, T0)).toBe(false);
	});

	it('limits an address after 20 failures across any emails', async () => {
		const address = '10.0.3.1';
		for (let i = 0; i < ADDRESS_FAILURE_LIMIT - 1; i++) await fail(1, `guess${i}@school.org`, address);
		expect(await isSignInLimited(db, { email: 'fresh@school.org', address }, T0)).toBe(false);
		await fail(1, 'guess-last@school.org', address);
		expect(ADDRESS_FAILURE_LIMIT).toBe(20);
		expect(await isSignInLimited(db, { email: 'fresh@school.org', address }, T0)).toBe(true);
		expect(await isSignInLimited(db, { email: 'fresh@school.org', address: '10.0.3.2' }, T0)).toBe(false);
	});

	it('stores neither the email nor the address as typed', async () => {
		await fail(1, 'private@school.org', '192.0.2.44');
		const keys = (await db.selectFrom('auth_failures').select('key').execute()).map((r) => r.key);
		expect(keys.some((k) => k.includes('private') || k.includes('192.0.2.44'))).toBe(false);
	});

	it('counts an attempt before the password is checked, and a right password takes it back', async () => {
		const attempt = { email: 'pending@school.org', address: '10.0.5.1' };
		const allFailures = () => db.selectFrom('auth_failures').select('id').execute();
		const before = (await allFailures()).length;
		const pending = await startSignIn(db, attempt, T0);
		expect(pending).not.toBe('limited');
		expect((await allFailures()).length).toBe(before + 2);
		if (pending === 'limited') return;
		await signInSucceeded(db, attempt, pending);
		expect((await allFailures()).length).toBe(before);
	});

	it('refuses the sixth attempt after five failures, and a right password with it', async () => {
		const attempt = { email: 'sixth@school.org', address: '10.0.6.1' };
		for (let i = 0; i < EMAIL_FAILURE_LIMIT; i++) expect(await startSignIn(db, attempt, T0)).not.toBe('limited');
		expect(await startSignIn(db, attempt, T0)).toBe('limited');
		expect(await startSignIn(db, { ...attempt, address: '10.0.6.2' }, T0)).toBe('limited');
	});

	it('does not count refused attempts, so retrying does not extend the wait', async () => {
		const attempt = { email: 'retry@school.org', address: '10.0.7.1' };
		await fail(EMAIL_FAILURE_LIMIT, attempt.email, attempt.address, T0);
		for (let minute = 1; minute < 15; minute += 3) {
			expect(await startSignIn(db, attempt, T0 + minute * MINUTE)).toBe('limited');
		}
		expect(await startSignIn(db, attempt, T0 + FAILURE_WINDOW)).not.toBe('limited');
	});

	it('lets no more than 5 guesses through when they arrive all at once', async () => {
		const attempt = { email: 'burst@school.org', address: '10.0.8.1' };
		const results = await Promise.all(Array.from({ length: 30 }, () => startSignIn(db, attempt, T0)));
		expect(results.filter((r) => r !== 'limited').length).toBeLessThanOrEqual(EMAIL_FAILURE_LIMIT);
		// However the burst fell out, no more than 5 guesses in all are let through before the limit.
		let allowed = results.filter((r) => r !== 'limited').length;
		while ((await startSignIn(db, attempt, T0)) !== 'limited') allowed++;
		expect(allowed).toBe(EMAIL_FAILURE_LIMIT);
	});

	it('prunes failures that no longer count, as new ones are recorded', async () => {
		await pruneSignInFailures(db, T0 + 2 * FAILURE_WINDOW);
		expect(await db.selectFrom('auth_failures').selectAll().execute()).toEqual([]);
		await fail(1, 'old@school.org', '10.0.4.1', T0);
		await fail(1, 'new@school.org', '10.0.4.2', T0 + 20 * MINUTE);
		const left = await db.selectFrom('auth_failures').select('at').execute();
		expect(left.map((r) => r.at)).toEqual([T0 + 20 * MINUTE, T0 + 20 * MINUTE]);
	});
});
