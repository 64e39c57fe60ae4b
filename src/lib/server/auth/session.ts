import type { Cookies } from '@sveltejs/kit';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '$lib/server/db';
import type { TeacherRole } from '$lib/server/db/schema';

/** The cookie that carries a teacher's session token. */
export const SESSION_COOKIE = 'sourced_session';

const DAY = 24 * 60 * 60 * 1000;
/** How long a session lasts from its creation or its last renewal. */
export const SESSION_LIFETIME = 30 * DAY;
/** A session used with less than this left is extended to a full lifetime. */
export const SESSION_RENEW_WITHIN = 15 * DAY;

/** The signed-in teacher, as handlers see it: never the password hash. Always an active account. */
export type SessionTeacher = { id: string; email: string; name: string; role: TeacherRole };

export type ValidSession = {
	teacher: SessionTeacher;
	expiresAt: number;
	/** True when this check extended the session: the cookie must be sent again with the new expiry. */
	renewed: boolean;
};

/** What the session cookie helpers need from a request event. */
export type CookieEvent = { cookies: Cookies; url: URL };

// 32 random bytes in base64url, unpadded.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The session's id in the database: SHA-256 of the token, hex, so a leaked table opens no session. */
export function sessionId(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for the teacher and returns the token for the cookie; only its hash is stored. */
export async function createSession(
	db: Db,
	teacherId: string,
	now = Date.now()
): Promise<{ token: string; expiresAt: number }> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = now + SESSION_LIFETIME;
	await db.deleteFrom('sessions').where('teacher_id', '=', teacherId).where('expires_at', '<=', now).execute();
	await db.insertInto('sessions').values({ id: sessionId(token), teacher_id: teacherId, expires_at: expiresAt, created_at: now }).execute();
	return { token, expiresAt };
}

/**
 * The teacher a token signs in, or null when the token is malformed, unknown or expired (an expired
 * session is deleted), or its account is no longer active. Extends the session when less than 15 days
 * are left.
 */
export async function validateSession(db: Db, token: string, now = Date.now()): Promise<ValidSession | null> {
	if (!TOKEN_SHAPE.test(token)) return null;
	const id = sessionId(token);
	const row = await db
		.selectFrom('sessions')
		.innerJoin('teachers', 'teachers.id', 'sessions.teacher_id')
		.select(['sessions.expires_at', 'teachers.id', 'teachers.email', 'teachers.name', 'teachers.role'])
		.where('sessions.id', '=', id)
		.where('teachers.status', '=', 'active')
		.executeTakeFirst();
	if (!row) return null;
	if (row.expires_at <= now) {
		await db.deleteFrom('sessions').where('id', '=', id).execute();
		return null;
	}
	const teacher = { id: row.id, email: row.email, name: row.name, role: row.role };
	if (row.expires_at - now >= SESSION_RENEW_WITHIN) return { teacher, expiresAt: row.expires_at, renewed: false };
	const expiresAt = now + SESSION_LIFETIME;
	await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
	return { teacher, expiresAt, renewed: true };
}

/** Ends the session the token belongs to, if any. */
export async function invalidateSession(db: Db, token: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId(token)).execute();
}

/** Sends the session cookie: HttpOnly, SameSite=Lax, Secure over https, for the whole site. */
export function setSessionCookie(event: CookieEvent, token: string, expiresAt: number): void {
	event.cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		path: '/',
		expires: new Date(expiresAt)
	});
}

/** Tells the browser to forget the session cookie. */
export function deleteSessionCookie(event: CookieEvent): void {
	event.cookies.delete(SESSION_COOKIE, {
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		path: '/'
	});
}

/**
 * Signs the teacher in on this browser: ends the session the browser had, if any, and starts a new one
 * with a new token, so a token planted before sign-in never becomes a session.
 */
export async function startSession(event: CookieEvent, db: Db, teacherId: string): Promise<void> {
	const previous = event.cookies.get(SESSION_COOKIE);
	if (previous) await invalidateSession(db, previous);
	const session = await createSession(db, teacherId);
	setSessionCookie(event, session.token, session.expiresAt);
}
