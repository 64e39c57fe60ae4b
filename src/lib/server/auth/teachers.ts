import { randomUUID } from 'node:crypto';
import type { Db } from '$lib/server/db';
import type { Teacher, TeacherRole, TeacherStatus } from '$lib/server/db/schema';
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

export type NewTeacherInput = {
	email: string;
	name: string;
	password: string;
	/** Defaults to an active teacher. */
	role?: TeacherRole;
	status?: TeacherStatus;
};

/** The row for a new account; the password is hashed here, before any query runs. */
export async function newTeacherRow(input: NewTeacherInput, now: number) {
	return {
		id: randomUUID(),
		email: normaliseEmail(input.email),
		name: input.name.trim(),
		password_hash: await hashPassword(input.password),
		created_at: now,
		role: input.role ?? 'teacher',
		status: input.status ?? 'active',
		founder: null
	};
}

/**
 * Creates a teacher with a hashed password, or returns `{ ok: false }` when the email is taken (the
 * password is hashed first either way, so both answers take as long). Input must already be checked.
 */
export async function createTeacher(
	db: Db,
	input: NewTeacherInput,
	now = Date.now()
): Promise<{ ok: true; teacher: Teacher } | { ok: false; reason: 'email-taken' }> {
	const row = await newTeacherRow(input, now);
	const teacher = await db
		.insertInto('teachers')
		.values(row)
		.onConflict((oc) => oc.column('email').doNothing())
		.returningAll()
		.executeTakeFirst();
	return teacher ? { ok: true, teacher } : { ok: false, reason: 'email-taken' };
}

/** True once the instance's first account (its founding administrator) exists. */
export async function isSetUp(db: Db): Promise<boolean> {
	const founder = await db.selectFrom('teachers').select('id').where('founder', '=', 1).executeTakeFirst();
	return founder !== undefined;
}

/**
 * Creates the instance's first account, an administrator, or returns `{ ok: false }` when the instance
 * already has one. The row carries `founder = 1`, which a unique index allows once: of two first
 * sign-ups at the same moment, on either engine, exactly one is inserted.
 */
export async function createFounder(
	db: Db,
	input: Omit<NewTeacherInput, 'role' | 'status'>,
	now = Date.now()
): Promise<{ ok: true; teacher: Teacher } | { ok: false; reason: 'set-up' }> {
	const row = { ...(await newTeacherRow({ ...input, role: 'admin' }, now)), founder: 1 };
	const teacher = await db
		.insertInto('teachers')
		.values(row)
		.onConflict((oc) => oc.doNothing())
		.returningAll()
		.executeTakeFirst();
	return teacher ? { ok: true, teacher } : { ok: false, reason: 'set-up' };
}

/**
 * Records a request for access: a pending account that signs in only once an administrator approves
 * it. When the email already has an account (or a request), nothing changes, and the caller cannot
 * tell: the password is hashed and the same nothing is returned either way.
 */
export async function requestAccess(db: Db, input: Omit<NewTeacherInput, 'role' | 'status'>, now = Date.now()): Promise<void> {
	const row = await newTeacherRow({ ...input, status: 'pending' }, now);
	await db
		.insertInto('teachers')
		.values(row)
		.onConflict((oc) => oc.doNothing())
		.execute();
}

/** The teacher with this email (normalised here), if any. */
export async function findTeacherByEmail(db: Db, email: string): Promise<Teacher | undefined> {
	return db.selectFrom('teachers').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

/** The teacher with this id, if any. */
export async function findTeacherById(db: Db, id: string): Promise<Teacher | undefined> {
	return db.selectFrom('teachers').selectAll().where('id', '=', id).executeTakeFirst();
}
