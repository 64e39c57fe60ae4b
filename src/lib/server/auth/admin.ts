import type { Db } from '$lib/server/db';
import type { TeacherRole, TeacherStatus } from '$lib/server/db/schema';

/** A teacher as the administrators' page lists them: never the password hash. */
export type TeacherListing = {
	id: string;
	name: string;
	email: string;
	role: TeacherRole;
	status: TeacherStatus;
	created_at: number;
};

/** Every account of the instance, requests included: administrators first, then by name. */
export async function listTeachers(db: Db): Promise<TeacherListing[]> {
	const rows = await db.selectFrom('teachers').select(['id', 'name', 'email', 'role', 'status', 'created_at']).execute();
	const rank = (t: TeacherListing) => (t.status === 'pending' ? 2 : t.role === 'admin' ? 0 : 1);
	return rows.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

/** What an administrator can do to an account. */
export type AccountChange = 'disable' | 'enable' | 'approve' | 'decline' | 'make-admin' | 'remove-admin';

export const ACCOUNT_CHANGES: readonly AccountChange[] = ['disable', 'enable', 'approve', 'decline', 'make-admin', 'remove-admin'];

/** The state an account must be in for each change. */
const FROM: Record<AccountChange, { status: TeacherStatus; role?: TeacherRole }> = {
	disable: { status: 'active' },
	enable: { status: 'disabled' },
	approve: { status: 'pending' },
	decline: { status: 'pending' },
	'make-admin': { status: 'active', role: 'teacher' },
	'remove-admin': { status: 'active', role: 'admin' }
};

export type ChangeOutcome = { ok: true; name: string } | { ok: false; status: 403 | 404 | 409; message: string };

/**
 * Applies an administrator's change to an account. The instance always keeps at least one active
 * administrator: on PostgreSQL the active administrators' rows are locked first, so two administrators
 * disabling each other at the same moment cannot both succeed (SQLite runs one write transaction at a
 * time). Disabling an account ends its sessions in the same transaction.
 */
export async function changeAccount(db: Db, actorId: string, targetId: string, change: AccountChange): Promise<ChangeOutcome> {
	return db.transaction().execute(async (trx): Promise<ChangeOutcome> => {
		let admins = trx.selectFrom('teachers').select('id').where('role', '=', 'admin').where('status', '=', 'active');
		if (db.engine === 'postgres') admins = admins.forUpdate();
		const activeAdmins = (await admins.execute()).map((r) => r.id);
		if (!activeAdmins.includes(actorId)) return { ok: false, status: 403, message: 'Only an active administrator can change accounts.' };

		const target = await trx.selectFrom('teachers').select(['id', 'name', 'role', 'status']).where('id', '=', targetId).executeTakeFirst();
		if (!target) return { ok: false, status: 404, message: 'There is no such account.' };
		const from = FROM[change];
		if (target.status !== from.status || (from.role && target.role !== from.role)) {
			return { ok: false, status: 409, message: `${target.name}’s account has changed since this page was loaded. Here is how it stands now.` };
		}
		if (change === 'disable' && target.id === actorId) {
			return { ok: false, status: 409, message: 'You cannot disable your own account. Another administrator can.' };
		}
		const losesAdmin = (change === 'disable' || change === 'remove-admin') && target.role === 'admin';
		if (losesAdmin && activeAdmins.every((id) => id === target.id)) {
			return {
				ok: false,
				status: 409,
				message: `${target.name} is the last active administrator. Make another teacher an administrator first.`
			};
		}

		const row = trx.updateTable('teachers').where('id', '=', target.id);
		if (change === 'disable') {
			await row.set({ status: 'disabled' }).execute();
			await trx.deleteFrom('sessions').where('teacher_id', '=', target.id).execute();
		} else if (change === 'enable' || change === 'approve') {
			await row.set({ status: 'active' }).execute();
		} else if (change === 'decline') {
			await trx.deleteFrom('teachers').where('id', '=', target.id).execute();
		} else {
			await row.set({ role: change === 'make-admin' ? 'admin' : 'teacher' }).execute();
		}
		return { ok: true, name: target.name };
	});
}
