import type { Cookies } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/server/db';
import { freshDatabase, testEngines } from '$lib/server/db/testing';
import {
	createSession,
	deleteSessionCookie,
	invalidateSession,
	SESSION_COOKIE,
	SESSION_LIFETIME,
	sessionId,
	setSessionCookie,
	validateSession
} from './session';
import { createTeacher } from './teachers';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

describe.each(testEngines)('sessions on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let teacherId: string;
	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
		const created = await createTeacher(db, { email: 'ada@school.org', name: 'Ada', password: 'analytical engine' });
		if (!created.ok) throw new Error('teacher not created');
		teacherId = created.teacher.id;
	});
	afterAll(() => drop());

	const row = (token: string) => db.selectFrom('sessions').selectAll().where('id', '=', sessionId(token)).executeTakeFirst();

	it('gives out a 32-byte base64url token and stores only its SHA-256', async () => {
		const { token, expiresAt } = await createSession(db, teacherId, T0);
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(Buffer.from(token, 'base64url')).toHaveLength(32);
		expect(expiresAt).toBe(T0 + 30 * DAY);

		const rows = await db.selectFrom('sessions').selectAll().where('teacher_id', '=', teacherId).execute();
		expect(rows.map((r) => r.id)).not.toContain(token);
		const stored = await row(token);
		expect(stored).toMatchObject({ teacher_id: teacherId, expires_at: T0 + 30 * DAY, created_at: T0 });
		expect(stored!.id).toMatch(/^[0-9a-f]{64}$/);
		expect(stored!.id).not.toContain(token);
	});

	it('signs the teacher in with the token, and nobody in with its stored hash or a made-up token', async () => {
		const { token } = await createSession(db, teacherId, T0);
		expect(await validateSession(db, token, T0 + DAY)).toEqual({
			teacher: { id: teacherId, email: 'ada@school.org', name: 'Ada', role: 'teacher' },
			expiresAt: T0 + 30 * DAY,
			renewed: false
		});
		expect(await validateSession(db, sessionId(token), T0 + DAY)).toBeNull();
		expect(await validateSession(db, 'A'.repeat(43), T0 + DAY)).toBeNull();
		expect(await validateSession(db, '', T0 + DAY)).toBeNull();
		expect(await validateSession(db, "' or 1=1 --", T0 + DAY)).toBeNull();
	});

	it('ends at its expiry and deletes the expired row', async () => {
		const { token } = await createSession(db, teacherId, T0);
		expect(await validateSession(db, token, T0 + 30 * DAY - 1)).not.toBeNull();
		const renewedOnce = await row(token);
		const expiry = renewedOnce!.expires_at;
		expect(await validateSession(db, token, expiry)).toBeNull();
		expect(await row(token)).toBeUndefined();
	});

	it('extends a session used with less than 15 days left, and only then', async () => {
		const { token } = await createSession(db, teacherId, T0);
		const early = await validateSession(db, token, T0 + 15 * DAY);
		expect(early).toMatchObject({ renewed: false, expiresAt: T0 + 30 * DAY });

		const late = T0 + 15 * DAY + 1;
		const renewed = await validateSession(db, token, late);
		expect(renewed).toMatchObject({ renewed: true, expiresAt: late + SESSION_LIFETIME });
		expect((await row(token))!.expires_at).toBe(late + SESSION_LIFETIME);

		// Still valid after the original expiry, because it was renewed.
		expect(await validateSession(db, token, T0 + 30 * DAY)).toMatchObject({ renewed: false });
	});

	it('ends on invalidation, leaving the teacher’s other sessions alone', async () => {
		const one = await createSession(db, teacherId, T0);
		const two = await createSession(db, teacherId, T0);
		await invalidateSession(db, one.token);
		expect(await validateSession(db, one.token, T0 + DAY)).toBeNull();
		expect(await row(one.token)).toBeUndefined();
		expect(await validateSession(db, two.token, T0 + DAY)).not.toBeNull();
	});

	it('ends when the teacher is deleted', async () => {
		const created = await createTeacher(db, { email: 'gone@school.org', name: 'Gone', password: 'going, going' });
		if (!created.ok) throw new Error('teacher not created');
		const { token } = await createSession(db, created.teacher.id, T0);
		await db.deleteFrom('teachers').where('id', '=', created.teacher.id).execute();
		expect(await validateSession(db, token, T0 + DAY)).toBeNull();
	});

	it('ends when the account is disabled or waiting for approval, and works again once active', async () => {
		const { token } = await createSession(db, teacherId, T0);
		for (const status of ['disabled', 'pending'] as const) {
			await db.updateTable('teachers').set({ status }).where('id', '=', teacherId).execute();
			expect(await validateSession(db, token, T0 + DAY), status).toBeNull();
		}
		await db.updateTable('teachers').set({ status: 'active' }).where('id', '=', teacherId).execute();
		expect(await validateSession(db, token, T0 + DAY)).not.toBeNull();
	});

	it('clears the teacher’s expired sessions when a new one starts', async () => {
		const old = await createSession(db, teacherId, T0);
		await createSession(db, teacherId, T0 + 31 * DAY);
		expect(await row(old.token)).toBeUndefined();
	});
});

describe('the session cookie', () => {
	function fakeEvent(url: string) {
		const cookies = { set: vi.fn(), delete: vi.fn() } as unknown as Cookies & {
			set: ReturnType<typeof vi.fn>;
			delete: ReturnType<typeof vi.fn>;
		};
		return { cookies, url: new URL(url) };
	}

	it('is HttpOnly, SameSite=Lax, site-wide, and expires with the session', () => {
		const event = fakeEvent('http://localhost/signin');
		setSessionCookie(event, 'token', T0);
		expect(event.cookies.set).toHaveBeenCalledWith(SESSION_COOKIE, 'token', {
			httpOnly: true,
			sameSite: 'lax',
			secure: false,
			path: '/',
			expires: new Date(T0)
		});
		expect(SESSION_COOKIE).toBe('sourced_session');
	});

	it('is Secure when the site is served over https', () => {
		const event = fakeEvent('https://sourced.example/signin');
		setSessionCookie(event, 'token', T0);
		deleteSessionCookie(event);
		expect(event.cookies.set.mock.calls[0]![2]).toMatchObject({ secure: true });
		expect(event.cookies.delete).toHaveBeenCalledWith(SESSION_COOKIE, expect.objectContaining({ path: '/', secure: true }));
	});
});
