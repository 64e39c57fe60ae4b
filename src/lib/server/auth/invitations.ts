import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '$lib/server/db';
import type { Teacher } from '$lib/server/db/schema';
import { newTeacherRow, normaliseEmail } from './teachers';

const DAY = 24 * 60 * 60 * 1000;
/** How long an invitation link works. */
export const INVITATION_LIFETIME = 7 * DAY;

// 32 random bytes in base64url, unpadded: the shape of every token this app hands out.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The invitation's id in the database: SHA-256 of the link's token, so a leaked table opens nothing. */
export function invitationId(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/**
 * An administrator invites one email: returns the token for the link (shown once, never stored). Any
 * earlier open invitation to the same email stops working, so only the newest link is live.
 */
export async function createInvitation(
	db: Db,
	input: { email: string; createdBy: string },
	now = Date.now()
): Promise<{ token: string; expiresAt: number }> {
	const email = normaliseEmail(input.email);
	const token = randomBytes(32).toString('base64url');
	const expiresAt = now + INVITATION_LIFETIME;
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('invitations').where('email', '=', email).where('used_at', 'is', null).execute();
		await trx
			.insertInto('invitations')
			.values({ id: invitationId(token), email, created_by: input.createdBy, created_at: now, expires_at: expiresAt, used_at: null, used_by: null })
			.execute();
	});
	return { token, expiresAt };
}

/** The invitation a token opens, or undefined when the token is malformed, unknown, used or expired. */
export async function openInvitation(db: Db, token: string, now = Date.now()): Promise<{ email: string; expiresAt: number } | undefined> {
	if (!TOKEN_SHAPE.test(token)) return undefined;
	const row = await db
		.selectFrom('invitations')
		.select(['email', 'expires_at'])
		.where('id', '=', invitationId(token))
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.executeTakeFirst();
	return row && { email: row.email, expiresAt: row.expires_at };
}

export type Acceptance = { ok: true; teacher: Teacher } | { ok: false; reason: 'invalid' | 'email-taken' };

/**
 * Opens the invited account: the invitation is claimed and the teacher created in one transaction, so
 * a link works once however many tabs submit it, and a refused account leaves the link usable.
 * Input must already be checked; the password is hashed before the transaction starts.
 */
export async function acceptInvitation(
	db: Db,
	token: string,
	input: { name: string; password: string },
	now = Date.now()
): Promise<Acceptance> {
	const invitation = await openInvitation(db, token, now);
	if (!invitation) return { ok: false, reason: 'invalid' };
	const row = await newTeacherRow({ ...input, email: invitation.email }, now);
	const taken = new Error('email taken');
	try {
		return await db.transaction().execute(async (trx): Promise<Acceptance> => {
			const claimed = await trx
				.updateTable('invitations')
				.set({ used_at: now })
				.where('id', '=', invitationId(token))
				.where('used_at', 'is', null)
				.where('expires_at', '>', now)
				.returning('email')
				.executeTakeFirst();
			if (!claimed) return { ok: false, reason: 'invalid' };
			const teacher = await trx
				.insertInto('teachers')
				.values(row)
				.onConflict((oc) => oc.doNothing())
				.returningAll()
				.executeTakeFirst();
			if (!teacher) throw taken;
			await trx.updateTable('invitations').set({ used_by: teacher.id }).where('id', '=', invitationId(token)).execute();
			return { ok: true, teacher };
		});
	} catch (e) {
		if (e === taken) return { ok: false, reason: 'email-taken' };
		throw e;
	}
}

/** Invitations not yet used nor expired, newest first, for the administrators' page. */
export async function listOpenInvitations(db: Db, now = Date.now()) {
	return db
		.selectFrom('invitations')
		.innerJoin('teachers', 'teachers.id', 'invitations.created_by')
		.select(['invitations.id', 'invitations.email', 'invitations.created_at', 'invitations.expires_at', 'teachers.name as invitedBy'])
		.where('invitations.used_at', 'is', null)
		.where('invitations.expires_at', '>', now)
		.orderBy('invitations.created_at', 'desc')
		.execute();
}

/** Withdraws an open invitation; true when there was one. */
export async function revokeInvitation(db: Db, id: string): Promise<boolean> {
	const result = await db.deleteFrom('invitations').where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
