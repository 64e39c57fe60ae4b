import { randomUUID } from 'node:crypto';
import type { Db } from '$lib/server/db';
import type { Teacher } from '$lib/server/db/schema';
import { hashPassword } from './password';

export const NAME_MAX = 100;
/** The longest address SMTP allows. */
export const EMAIL_MAX = 254;

/** Emails are stored and compared trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** Why a (normalised) email cannot be used, or null when it can. */
export function emailProblem(email: string): string | null {
	if (email === '') return 'Enter your email address.';
	if (email.length > EMAIL_MAX || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		return 'Enter an email address like name@school.org.';
	}
	return null;
}

/** Why a (trimmed) name cannot be used, or null when it can. */
export function nameProblem(name: string): string | null {
	if (name === '') return 'Enter your name.';
	if ([...name].length > NAME_MAX) return `Use at most ${NAME_MAX} characters for your name.`;
	return null;
}

export type NewTeacherInput = { email: string; name: string; password: string };

/**
 * Creates a teacher with a hashed password, or returns `{ ok: false }` when the email is taken (the
 * password is hashed first either way, so both answers take as long). Input must already be checked.
 */
export async function createTeacher(
	db: Db,
	input: NewTeacherInput,
	now = Date.now()
): Promise<{ ok: true; teacher: Teacher } | { ok: false; reason: 'email-taken' }> {
	const password_hash = await hashPassword(input.password);
	const teacher = await db
		.insertInto('teachers')
		.values({ id: randomUUID(), email: normaliseEmail(input.email), name: input.name.trim(), password_hash, created_at: now })
		.onConflict((oc) => oc.column('email').doNothing())
		.returningAll()
		.executeTakeFirst();
	return teacher ? { ok: true, teacher } : { ok: false, reason: 'email-taken' };
}

/** The teacher with this email (normalised here), if any. */
export async function findTeacherByEmail(db: Db, email: string): Promise<Teacher | undefined> {
	return db.selectFrom('teachers').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

/** The teacher with this id, if any. */
export async function findTeacherById(db: Db, id: string): Promise<Teacher | undefined> {
	return db.selectFrom('teachers').selectAll().where('id', '=', id).executeTakeFirst();
}
