import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/server/db';
import { freshDatabase, testEngines } from '$lib/server/db/testing';
import { verifyPassword } from './password';
import { createTeacher, emailProblem, findTeacherByEmail, findTeacherById, nameProblem, normaliseEmail } from './teachers';

describe('teacher details', () => {
	it('normalises emails by trimming and lower-casing', () => {
		expect(normaliseEmail('  Ada.Lovelace@School.ORG \n')).toBe('ada.lovelace@school.org');
	});

	it('refuses emails and names it cannot use', () => {
		expect(emailProblem('')).toBe('Enter your email address.');
		expect(emailProblem('ada')).toBe('Enter an email address like name@school.org.');
		expect(emailProblem('ada@school')).not.toBeNull();
		expect(emailProblem(`${'a'.repeat(250)}@b.co`)).not.toBeNull();
		expect(emailProblem('ada@school.org')).toBeNull();
		expect(nameProblem('')).toBe('Enter your name.');
		expect(nameProblem('A')).toBeNull();
		expect(nameProblem('a'.repeat(100))).toBeNull();
		expect(nameProblem('a'.repeat(101))).toBe('Use at most 100 characters for your name.');
	});
});

describe.each(testEngines)('teachers on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
	});
	afterAll(() => drop());

	it('creates a teacher with a normalised email and a hashed password', async () => {
		const created = await createTeacher(db, { email: ' Ada@School.ORG ', name: ' Ada ', password: 'analytical engine' });
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect(created.teacher).toMatchObject({ email: 'ada@school.org', name: 'Ada' });
		expect(created.teacher.password_hash).not.toContain('analytical');
		expect(await verifyPassword('analytical engine', created.teacher.password_hash)).toBe(true);

		expect(await findTeacherByEmail(db, 'ADA@school.org ')).toEqual(created.teacher);
		expect(await findTeacherById(db, created.teacher.id)).toEqual(created.teacher);
		expect(await findTeacherByEmail(db, 'nobody@school.org')).toBeUndefined();
		expect(await findTeacherById(db, 'nobody')).toBeUndefined();
	});

	it('refuses a second account for the same email, however it is typed, and keeps the first', async () => {
		const first = await createTeacher(db, { email: 'grace@school.org', name: 'Grace', password: 'first password' });
		const second = await createTeacher(db, { email: 'GRACE@school.org  ', name: 'Impostor', password: 'second password' });
		expect(first.ok).toBe(true);
		expect(second).toEqual({ ok: false, reason: 'email-taken' });
		const stored = await findTeacherByEmail(db, 'grace@school.org');
		expect(stored?.name).toBe('Grace');
		expect(await verifyPassword('first password', stored!.password_hash)).toBe(true);
	});
});
