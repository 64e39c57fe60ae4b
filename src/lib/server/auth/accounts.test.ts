import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, sql, SqliteDialect } from 'kysely';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/server/db';
import { migrations } from '$lib/server/db/migrations';
import type { Database } from '$lib/server/db/schema';
import { freshDatabase, testEngines } from '$lib/server/db/testing';
import { changeAccount, listTeachers } from './admin';
import { acceptInvitation, createInvitation, INVITATION_LIFETIME, invitationId, listOpenInvitations, openInvitation, revokeInvitation } from './invitations';
import * as password from './password';
import { createSession, validateSession } from './session';
import { DISABLED, NOT_RIGHT, PENDING, signIn } from './sign-in';
import { createFounder, createTeacher, findTeacherByEmail, isSetUp, requestAccess } from './teachers';

// Accounts hash passwords with scrypt, slow on purpose and slower still on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const PASSWORD = 'kettle drums in the rain';

describe.each(testEngines)('the first account on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
	});
	afterAll(() => drop());

	it('becomes the administrator, and of many simultaneous first sign-ups exactly one does', async () => {
		expect(await isSetUp(db)).toBe(false);
		const results = await Promise.all(
			Array.from({ length: 4 }, (_, i) => createFounder(db, { name: `First ${i}`, email: `first${i}@school.org`, password: PASSWORD }, T0))
		);
		const won = results.filter((r) => r.ok);
		expect(won).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual(Array(3).fill({ ok: false, reason: 'set-up' }));
		expect(await isSetUp(db)).toBe(true);
		const stored = await db.selectFrom('teachers').select(['email', 'role', 'status', 'founder']).execute();
		expect(stored).toEqual([{ email: won[0]!.ok && won[0]!.teacher.email, role: 'admin', status: 'active', founder: 1 }]);
	});

	it('is not made again once the instance is set up', async () => {
		expect(await createFounder(db, { name: 'Late', email: 'late@school.org', password: PASSWORD })).toEqual({ ok: false, reason: 'set-up' });
		expect(await findTeacherByEmail(db, 'late@school.org')).toBeUndefined();
	});
});

describe.each(testEngines)('accounts on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let admin: string;
	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
		const founder = await createFounder(db, { name: 'Grace Hopper', email: 'grace@school.org', password: PASSWORD }, T0);
		if (!founder.ok) throw new Error('no founder');
		admin = founder.teacher.id;
	});
	afterAll(() => drop());

	async function teacher(email: string, name = 'Ada Lovelace') {
		const created = await createTeacher(db, { email, name, password: PASSWORD }, T0);
		if (!created.ok) throw new Error(`${email} not created`);
		return created.teacher.id;
	}

	describe('invitations', () => {
		it('store only the token’s hash, for one email, for 7 days', async () => {
			const { token, expiresAt } = await createInvitation(db, { email: ' New@School.org ', createdBy: admin }, T0);
			expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(expiresAt).toBe(T0 + INVITATION_LIFETIME);
			const rows = await db.selectFrom('invitations').selectAll().execute();
			expect(rows.map((r) => r.id)).not.toContain(token);
			expect(rows.find((r) => r.id === invitationId(token))).toMatchObject({ email: 'new@school.org', created_by: admin, used_at: null });
			expect(await openInvitation(db, token, T0 + INVITATION_LIFETIME - 1)).toEqual({ email: 'new@school.org', expiresAt });
			expect(await openInvitation(db, token, T0 + INVITATION_LIFETIME)).toBeUndefined();
			expect(await openInvitation(db, invitationId(token), T0)).toBeUndefined();
			expect(await openInvitation(db, 'A'.repeat(43), T0)).toBeUndefined();
		});

		it('open an active teacher account for the invited email, once', async () => {
			const { token } = await createInvitation(db, { email: 'once@school.org', createdBy: admin }, T0);
			const accepted = await acceptInvitation(db, token, { name: ' Once ', password: PASSWORD }, T0 + 1);
			expect(accepted.ok && accepted.teacher).toMatchObject({ email: 'once@school.org', name: 'Once', role: 'teacher', status: 'active' });
			expect(await acceptInvitation(db, token, { name: 'Twice', password: PASSWORD }, T0 + 2)).toEqual({ ok: false, reason: 'invalid' });
			expect(await openInvitation(db, token, T0 + 2)).toBeUndefined();
			expect((await listTeachers(db)).filter((t) => t.email === 'once@school.org')).toHaveLength(1);
		});

		it('work once even when several tabs accept at the same moment', async () => {
			const { token } = await createInvitation(db, { email: 'tabs@school.org', createdBy: admin }, T0);
			const results = await Promise.all(Array.from({ length: 4 }, (_, i) => acceptInvitation(db, token, { name: `Tab ${i}`, password: PASSWORD }, T0 + 1)));
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.filter((r) => !r.ok)).toEqual(Array(3).fill({ ok: false, reason: 'invalid' }));
		});

		it('do not work after they expire, and stay usable when the email turned out to be taken', async () => {
			const late = await createInvitation(db, { email: 'late@school.org', createdBy: admin }, T0);
			expect(await acceptInvitation(db, late.token, { name: 'Late', password: PASSWORD }, T0 + INVITATION_LIFETIME)).toEqual({
				ok: false,
				reason: 'invalid'
			});
			const taken = await createInvitation(db, { email: 'taken@school.org', createdBy: admin }, T0);
			await teacher('taken@school.org', 'First Taken');
			expect(await acceptInvitation(db, taken.token, { name: 'Second', password: PASSWORD }, T0 + 1)).toEqual({ ok: false, reason: 'email-taken' });
			expect(await openInvitation(db, taken.token, T0 + 1)).toEqual({ email: 'taken@school.org', expiresAt: taken.expiresAt });
			expect((await findTeacherByEmail(db, 'taken@school.org'))?.name).toBe('First Taken');
		});

		it('replace an earlier open link to the same email, and can be withdrawn', async () => {
			const first = await createInvitation(db, { email: 'twice@school.org', createdBy: admin }, T0);
			const second = await createInvitation(db, { email: 'twice@school.org', createdBy: admin }, T0 + 1);
			expect(await openInvitation(db, first.token, T0 + 2)).toBeUndefined();
			expect(await openInvitation(db, second.token, T0 + 2)).toEqual({ email: 'twice@school.org', expiresAt: second.expiresAt });
			const open = await listOpenInvitations(db, T0 + 2);
			expect(open.filter((i) => i.email === 'twice@school.org')).toEqual([
				{ id: invitationId(second.token), email: 'twice@school.org', created_at: T0 + 1, expires_at: second.expiresAt, invitedBy: 'Grace Hopper' }
			]);
			expect(await revokeInvitation(db, invitationId(second.token))).toBe(true);
			expect(await revokeInvitation(db, invitationId(second.token))).toBe(false);
			expect(await openInvitation(db, second.token, T0 + 3)).toBeUndefined();
		});
	});

	describe('access requests', () => {
		it('make a pending account that signs in only once an administrator approves it', async () => {
			await requestAccess(db, { name: 'Requester', email: 'asks@school.org', password: PASSWORD }, T0);
			const pending = await findTeacherByEmail(db, 'asks@school.org');
			expect(pending).toMatchObject({ status: 'pending', role: 'teacher' });
			expect(await signIn(db, { email: 'asks@school.org', password: PASSWORD, address: '10.5.0.1' })).toEqual({ ok: false, status: 403, message: PENDING });
			expect(await changeAccount(db, admin, pending!.id, 'approve')).toEqual({ ok: true, name: 'Requester' });
			const signedIn = await signIn(db, { email: 'asks@school.org', password: PASSWORD, address: '10.5.0.1' });
			expect(signedIn.ok).toBe(true);
		});

		it('change nothing for an email that already has an account, and return the same', async () => {
			const before = await findTeacherByEmail(db, 'grace@school.org');
			expect(await requestAccess(db, { name: 'Impostor', email: 'GRACE@school.org', password: 'another password entirely' }, T0)).toBeUndefined();
			expect(await findTeacherByEmail(db, 'grace@school.org')).toEqual(before);
		});

		it('can be declined, which removes them', async () => {
			await requestAccess(db, { name: 'Stranger', email: 'stranger@school.org', password: PASSWORD }, T0);
			const pending = await findTeacherByEmail(db, 'stranger@school.org');
			expect(await changeAccount(db, admin, pending!.id, 'decline')).toEqual({ ok: true, name: 'Stranger' });
			expect(await findTeacherByEmail(db, 'stranger@school.org')).toBeUndefined();
		});
	});

	describe('disabling', () => {
		it('ends every session of the account at once, refuses its sign-in, and enabling undoes it', async () => {
			const id = await teacher('disabled@school.org');
			const phone = await createSession(db, id);
			const laptop = await createSession(db, id);
			expect(await changeAccount(db, admin, id, 'disable')).toEqual({ ok: true, name: 'Ada Lovelace' });
			expect(await validateSession(db, phone.token)).toBeNull();
			expect(await validateSession(db, laptop.token)).toBeNull();
			expect(await db.selectFrom('sessions').select('id').where('teacher_id', '=', id).execute()).toEqual([]);
			expect(await signIn(db, { email: 'disabled@school.org', password: PASSWORD, address: '10.5.1.1' })).toEqual({
				ok: false,
				status: 403,
				message: DISABLED
			});
			// Only the right password learns that the account is disabled.
			expect(await signIn(db, { email: 'disabled@school.org', password: 'not the right one', address: '10.5.1.1' })).toEqual({
				ok: false,
				status: 400,
				message: NOT_RIGHT
			});
			expect(await changeAccount(db, admin, id, 'enable')).toEqual({ ok: true, name: 'Ada Lovelace' });
			expect((await signIn(db, { email: 'disabled@school.org', password: PASSWORD, address: '10.5.1.1' })).ok).toBe(true);
		});

		it('never leaves the instance without an active administrator', async () => {
			expect(await changeAccount(db, admin, admin, 'disable')).toMatchObject({ ok: false, status: 409 });
			expect(await changeAccount(db, admin, admin, 'remove-admin')).toMatchObject({
				ok: false,
				message: 'Grace Hopper is the last active administrator. Make another teacher an administrator first.'
			});
			const second = await teacher('second-admin@school.org', 'Second Admin');
			expect(await changeAccount(db, admin, second, 'make-admin')).toMatchObject({ ok: true });
			// Two administrators disable each other at the same moment: one of them stays.
			const both = await Promise.all([changeAccount(db, admin, second, 'disable'), changeAccount(db, second, admin, 'disable')]);
			expect(both.filter((r) => r.ok)).toHaveLength(1);
			const active = (await listTeachers(db)).filter((t) => t.role === 'admin' && t.status === 'active');
			expect(active).toHaveLength(1);
			const survivor = active[0]!.id;
			const other = survivor === admin ? second : admin;
			await changeAccount(db, survivor, other, 'enable');
			expect(await changeAccount(db, survivor, other, 'remove-admin')).toMatchObject({ ok: true });
			if (survivor !== admin) {
				await changeAccount(db, survivor, admin, 'make-admin');
				await changeAccount(db, admin, survivor, 'remove-admin');
			}
		});

		it('refuses changes by a teacher who is not an administrator, and changes that no longer apply', async () => {
			const plain = await teacher('plain@school.org', 'Plain Teacher');
			expect(await changeAccount(db, plain, admin, 'disable')).toMatchObject({ ok: false, status: 403 });
			expect(await changeAccount(db, admin, plain, 'enable')).toMatchObject({ ok: false, status: 409 });
			expect(await changeAccount(db, admin, 'no-such-id', 'disable')).toMatchObject({ ok: false, status: 404 });
		});
	});

	describe('sign-in', () => {
		it('gives one message, and does the same hashing work, whether the email has no account or the password is wrong', async () => {
			const verify = vi.spyOn(password, 'verifyPassword');
			const unknown = await signIn(db, { email: 'nobody@school.org', password: PASSWORD, address: '10.5.2.1' });
			const wrong = await signIn(db, { email: 'grace@school.org', password: 'not the right one', address: '10.5.2.1' });
			expect(unknown).toEqual({ ok: false, status: 400, message: NOT_RIGHT });
			expect(wrong).toEqual(unknown);
			expect(verify).toHaveBeenCalledTimes(2);
			// Both ran scrypt at the stored cost: the unknown email against a dummy hash of the same parameters.
			expect(verify.mock.calls[0]![1]).toBe(password.DUMMY_HASH);
			expect(password.DUMMY_HASH.split('$').slice(0, 4)).toEqual((await findTeacherByEmail(db, 'grace@school.org'))!.password_hash.split('$').slice(0, 4));
			verify.mockRestore();
		});
	});
});

describe('an instance made before accounts had roles', () => {
	it('gets its earliest teacher as administrator when it upgrades, and the others stay teachers', async () => {
		const path = join(tmpdir(), `sourced-upgrade-${process.pid}-${Date.now()}.db`);
		const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(path) }) });
		try {
			const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations('sqlite') } });
			expect((await migrator.migrateTo('0001_initial')).error).toBeUndefined();
			const old = { password_hash: 'scrypt$x', name: 'Old' };
			await sql`insert into teachers (id, email, name, password_hash, created_at) values
				('b', 'second@school.org', ${old.name}, ${old.password_hash}, 2000),
				('a', 'first@school.org', ${old.name}, ${old.password_hash}, 1000)`.execute(db);
			expect((await migrator.migrateToLatest()).error).toBeUndefined();
			const rows = await db.selectFrom('teachers').select(['id', 'role', 'status', 'founder']).orderBy('id').execute();
			expect(rows).toEqual([
				{ id: 'a', role: 'admin', status: 'active', founder: 1 },
				{ id: 'b', role: 'teacher', status: 'active', founder: null }
			]);
		} finally {
			await db.destroy();
			for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
		}
	});
});
