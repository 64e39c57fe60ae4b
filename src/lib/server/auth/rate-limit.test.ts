import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/server/db';
import { freshDatabase, testEngines } from '$lib/server/db/testing';
import {
	ADDRESS_FAILURE_LIMIT,
	addressSubject,
	countAgainst,
	EMAIL_BACKOFF_AFTER,
	EMAIL_BACKOFF_MAX,
	emailBackoff,
	FAILURE_WINDOW,
	isLimited,
	PAIR_FAILURE_LIMIT,
	pruneThrottles,
	recordSignInFailure,
	signInLimited,
	signInSucceeded,
	SIGN_UP_THROTTLE,
	startSignIn,
	takeFromThrottle,
	throttled,
	type Throttle
} from './rate-limit';

// Hundreds of rows are written one by one: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('client addresses', () => {
	it('counts an IPv6 /64 as one client, and an IPv4-mapped address as its IPv4 one', () => {
		expect(addressSubject('2001:db8:1:2:aaaa::1')).toBe(addressSubject('2001:db8:1:2:bbbb:cccc:dddd:9'));
		expect(addressSubject('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
		expect(addressSubject('2001:db8:1:3::1')).not.toBe(addressSubject('2001:db8:1:2::1'));
		expect(addressSubject('::1')).toBe('0:0:0:0::/64');
		expect(addressSubject('::ffff:192.0.2.7')).toBe('192.0.2.7');
		expect(addressSubject('192.0.2.7')).toBe('192.0.2.7');
	});

	it('backs off 1 s at the 10th failure for an email, doubling up to 30 s', () => {
		expect(emailBackoff(EMAIL_BACKOFF_AFTER - 1)).toBe(0);
		expect([10, 11, 12, 13, 14, 15, 16, 1000].map(emailBackoff)).toEqual([1, 2, 4, 8, 16, 30, 30, 30].map((s) => s * SECOND));
	});
});

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
	const allowed = async (email: string, address: string, now = T0) => (await signInLimited(db, { email, address }, now)) === null;

	it('closes an email to one address after 5 failures from it, and to that address only', async () => {
		const email = 'ada@school.org';
		await fail(PAIR_FAILURE_LIMIT - 1, email, '10.0.0.1');
		expect(await allowed(email, '10.0.0.1')).toBe(true);
		await fail(1, email, '10.0.0.1');
		expect(PAIR_FAILURE_LIMIT).toBe(5);
		expect(await signInLimited(db, { email, address: '10.0.0.1' }, T0)).toEqual({
			message: 'Too many sign-in attempts. Wait 15 minutes and try again.',
			retryAfter: 15 * 60
		});
		// The owner, from anywhere else, is not held up by the guesses made at 10.0.0.1.
		expect(await allowed(email, '10.0.0.99')).toBe(true);
		// Nor is another teacher on the same address (a school's network).
		expect(await allowed('grace@school.org', '10.0.0.1')).toBe(true);
	});

	it('reopens the pair once the failures are 15 minutes old, saying how long is left meanwhile', async () => {
		const email = 'later@school.org';
		await fail(PAIR_FAILURE_LIMIT, email, '10.0.1.1');
		const left = await signInLimited(db, { email, address: '10.0.1.1' }, T0 + 14 * MINUTE + 30 * SECOND);
		expect(left).toEqual({ message: 'Too many sign-in attempts. Wait 1 minute and try again.', retryAfter: 30 });
		expect(await allowed(email, '10.0.1.1', T0 + FAILURE_WINDOW)).toBe(true);
	});

	it('forgets the pair’s failures after a right password, but not the failures from elsewhere', async () => {
		const email = 'cleared@school.org';
		await fail(PAIR_FAILURE_LIMIT - 1, email, '10.0.2.1');
		for (let i = 0; i < EMAIL_BACKOFF_AFTER; i++) await fail(1, email, `10.0.20.${i}`);
		const attempt = { email, address: '10.0.2.1' };
		const signedInAt = T0 + EMAIL_BACKOFF_MAX;
		const pending = await startSignIn(db, attempt, signedInAt);
		if (isLimited(pending)) throw new Error(`refused: ${pending.message}`);
		await signInSucceeded(db, attempt, pending);
		// The owner's 4 mistakes are forgotten: 4 more from the usual address leave it open.
		for (let i = 0; i < PAIR_FAILURE_LIMIT - 1; i++) await fail(1, email, '10.0.2.1', signedInAt + SECOND);
		expect(await allowed(email, '10.0.2.1', signedInAt + 2 * EMAIL_BACKOFF_MAX)).toBe(true);
		// The guesser's count is untouched: one more guess elsewhere makes the 19th failure and a 30 s back-off.
		await fail(1, email, '10.0.21.1', signedInAt + 2 * EMAIL_BACKOFF_MAX);
		expect(await allowed(email, '10.0.21.2', signedInAt + 2 * EMAIL_BACKOFF_MAX + 20 * SECOND)).toBe(false);
	});

	it('closes an address after 30 failures across any emails, and no other address', async () => {
		const address = '10.0.3.1';
		for (let i = 0; i < ADDRESS_FAILURE_LIMIT - 1; i++) await fail(1, `guess${i}@school.org`, address);
		expect(await allowed('fresh@school.org', address)).toBe(true);
		await fail(1, 'guess-last@school.org', address);
		expect(ADDRESS_FAILURE_LIMIT).toBe(30);
		expect(await signInLimited(db, { email: 'fresh@school.org', address }, T0)).toEqual({
			message: 'Too many sign-in attempts from this network. Wait 15 minutes and try again.',
			retryAfter: 15 * 60
		});
		expect(await allowed('fresh@school.org', '10.0.3.2')).toBe(true);
	});

	it('never keeps the owner, at a new address, waiting longer than 30 s, however many guesses come from elsewhere', async () => {
		const email = 'target@school.org';
		// 60 wrong passwords in a minute from 60 addresses, none of them past its own limits.
		for (let i = 0; i < 60; i++) await fail(1, email, `10.1.0.${i}`, T0 + i * SECOND);
		const last = T0 + 59 * SECOND;
		const owner = { email, address: '192.0.2.200' };
		const refused = await signInLimited(db, owner, last + SECOND);
		expect(refused).toEqual({ message: 'Too many sign-in attempts for this email. Wait 29 seconds and try again.', retryAfter: 29 });
		expect(await signInLimited(db, owner, last + EMAIL_BACKOFF_MAX)).toBeNull();
		const pending = await startSignIn(db, owner, last + EMAIL_BACKOFF_MAX);
		expect(isLimited(pending)).toBe(false);
	});

	it('lets a guesser elsewhere at most one try per back-off on an email under attack', async () => {
		const email = 'slowed@school.org';
		for (let i = 0; i < EMAIL_BACKOFF_AFTER; i++) await fail(1, email, `10.2.0.${i}`);
		// The 10th failure started a 1 s back-off; a new address must wait it out too.
		expect(await allowed(email, '10.2.1.1', T0 + 500)).toBe(false);
		expect(isLimited(await startSignIn(db, { email, address: '10.2.1.1' }, T0 + SECOND))).toBe(false);
		// That try was the 11th failure: 2 s now.
		expect(await allowed(email, '10.2.1.2', T0 + 2 * SECOND)).toBe(false);
		expect(await allowed(email, '10.2.1.2', T0 + 3 * SECOND)).toBe(true);
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
		if (isLimited(pending)) throw new Error('refused');
		expect((await allFailures()).length).toBe(before + 3);
		await signInSucceeded(db, attempt, pending);
		expect((await allFailures()).length).toBe(before);
	});

	it('refuses the sixth attempt after five failures from one address, and a right password with it', async () => {
		const attempt = { email: 'sixth@school.org', address: '10.0.6.1' };
		for (let i = 0; i < PAIR_FAILURE_LIMIT; i++) expect(isLimited(await startSignIn(db, attempt, T0))).toBe(false);
		expect(isLimited(await startSignIn(db, attempt, T0))).toBe(true);
		expect(isLimited(await startSignIn(db, { ...attempt, address: '10.0.6.2' }, T0))).toBe(false);
	});

	it('does not count refused attempts, so retrying does not extend the wait', async () => {
		const attempt = { email: 'retry@school.org', address: '10.0.7.1' };
		await fail(PAIR_FAILURE_LIMIT, attempt.email, attempt.address, T0);
		for (let minute = 1; minute < 15; minute += 3) {
			expect(isLimited(await startSignIn(db, attempt, T0 + minute * MINUTE))).toBe(true);
		}
		expect(isLimited(await startSignIn(db, attempt, T0 + FAILURE_WINDOW))).toBe(false);
	});

	it('lets no more than 5 guesses through from one address when they arrive all at once', async () => {
		const attempt = { email: 'burst@school.org', address: '10.0.8.1' };
		const results = await Promise.all(Array.from({ length: 30 }, () => startSignIn(db, attempt, T0)));
		let through = results.filter((r) => !isLimited(r)).length;
		expect(through).toBeLessThanOrEqual(PAIR_FAILURE_LIMIT);
		// However the burst fell out, no more than 5 guesses in all are let through before the limit.
		while (!isLimited(await startSignIn(db, attempt, T0))) through++;
		expect(through).toBe(PAIR_FAILURE_LIMIT);
	});

	it('lets at most one guess through a back-off when many addresses try at once', async () => {
		const email = 'swarm@school.org';
		for (let i = 0; i < EMAIL_BACKOFF_AFTER; i++) await fail(1, email, `10.3.0.${i}`);
		const at = T0 + EMAIL_BACKOFF_MAX;
		const results = await Promise.all(Array.from({ length: 20 }, (_, i) => startSignIn(db, { email, address: `10.3.1.${i}` }, at)));
		expect(results.filter((r) => !isLimited(r)).length).toBeLessThanOrEqual(1);
	});

	it('prunes rows that no longer count under any rule, as new ones are recorded', async () => {
		await pruneThrottles(db, T0 + 10 * FAILURE_WINDOW);
		expect(await db.selectFrom('auth_failures').selectAll().execute()).toEqual([]);
		await fail(1, 'old@school.org', '10.0.4.1', T0);
		await fail(1, 'new@school.org', '10.0.4.2', T0 + 61 * MINUTE);
		const left = await db.selectFrom('auth_failures').select('at').execute();
		expect(left.map((r) => r.at)).toEqual([T0 + 61 * MINUTE, T0 + 61 * MINUTE, T0 + 61 * MINUTE]);
	});
});

describe.each(testEngines)('throttles on other doors on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
	});
	afterAll(() => drop());

	const HOUR = 60 * MINUTE;
	const small: Throttle = { name: 'test', limit: 3, window: HOUR };

	it('allows 10 sign-ups or access requests an hour from one address', async () => {
		expect(SIGN_UP_THROTTLE).toMatchObject({ limit: 10, window: HOUR });
		for (let i = 0; i < 10; i++) expect(await takeFromThrottle(db, SIGN_UP_THROTTLE, '10.9.0.1', T0 + i * MINUTE)).toBeNull();
		expect(await takeFromThrottle(db, SIGN_UP_THROTTLE, '10.9.0.1', T0 + 10 * MINUTE)).toEqual({
			message: 'Too many tries from this network. Wait 50 minutes and try again.',
			retryAfter: 50 * 60
		});
		expect(await takeFromThrottle(db, SIGN_UP_THROTTLE, '10.9.0.2', T0 + 10 * MINUTE)).toBeNull();
		expect(await takeFromThrottle(db, SIGN_UP_THROTTLE, '10.9.0.1', T0 + HOUR)).toBeNull();
	});

	it('counts events without limiting them, and limits when asked', async () => {
		for (let i = 0; i < small.limit; i++) await countAgainst(db, small, '10.9.1.1', T0);
		expect(await throttled(db, small, '10.9.1.1', T0)).not.toBeNull();
		expect(await throttled(db, small, '10.9.1.2', T0)).toBeNull();
	});

	it('lets no more than the limit through a burst, and keeps a count only for those let through', async () => {
		// Past the earlier tests' window, so this burst's events are the only ones counted at this time.
		const at = T0 + 2 * HOUR;
		const results = await Promise.all(Array.from({ length: 12 }, () => takeFromThrottle(db, small, '10.9.2.1', at)));
		const through = results.filter((r) => r === null).length;
		// Counted first and checked after: in a burst, all may step back at once, but never too many get through.
		expect(through).toBeLessThanOrEqual(small.limit);
		// Each one turned away is told to wait, with a Retry-After of at least a second.
		for (const refused of results.filter((r) => r !== null)) {
			expect(refused.message).toMatch(/^Too many tries from this network\. Wait \d+ minutes? and try again\.$/);
			expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
		}
		const counted = await db.selectFrom('throttle_events').select('id').where('at', '=', at).execute();
		expect(counted).toHaveLength(through);
	});
});
