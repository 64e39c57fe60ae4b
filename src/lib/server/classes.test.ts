import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	addStudents,
	createClass,
	formatPersonalCode,
	getClass,
	issueCards,
	listClasses,
	parseCsv,
	readClassName,
	readRoster,
	removeStudent,
	ROSTER_FILE_MAX,
	ROSTER_MAX,
	SIGN_IN_ADDRESS_MAX,
	SIGN_IN_CLASS_MAX,
	signInLimits,
	signInStudent,
	validateStudentSession
} from './classes';
import { take } from './throttle';
import type { Db } from './db';
import { freshDatabase, testEngines } from './db/testing';

describe('reading a roster', () => {
	it('takes pasted names one per line, tidying spaces and skipping blank lines', () => {
		expect(readRoster({ text: '  Ada  Lovelace \n\nGrace\tHopper\r\nAlan Turing\n' })).toEqual({
			ok: true,
			names: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']
		});
	});

	it('reads a CSV file with one column, a name header, or first and last name headers', () => {
		expect(readRoster({ text: 'Ada Lovelace\r\n"Hopper, Grace"\r\n', csv: true })).toEqual({ ok: true, names: ['Ada Lovelace', 'Hopper, Grace'] });
		expect(readRoster({ text: '\uFEFFNumber,Name,Year\n1,Ada Lovelace,9\n2,Grace Hopper,9\n', csv: true })).toEqual({
			ok: true,
			names: ['Ada Lovelace', 'Grace Hopper']
		});
		expect(readRoster({ text: 'First name;Last name\nAda;Lovelace\nGrace;Hopper', csv: true })).toEqual({
			ok: true,
			names: ['Ada Lovelace', 'Grace Hopper']
		});
	});

	it('refuses rows with several columns and no header, naming the row', () => {
		const read = readRoster({ text: 'Ada Lovelace\nGrace,Hopper\n', csv: true });
		expect(read).toEqual({ ok: false, problems: [expect.stringMatching(/^Row 2 has 2 columns\./)] });
	});

	it('names every duplicate, in the list and against the roster, ignoring case and spacing', () => {
		const read = readRoster({ text: 'Ada Lovelace\nGrace Hopper\nada  LOVELACE\nAlan Turing' }, ['Alan Turing']);
		expect(read).toEqual({
			ok: false,
			problems: [
				'Row 3: “ada LOVELACE” is also on row 1. Add something to tell them apart, such as an initial.',
				'Row 4: “Alan Turing” is already on the roster. Add something to tell them apart, such as an initial.'
			]
		});
	});

	it('refuses names too long, an empty list, too many students and an oversized text', () => {
		const long = readRoster({ text: `Ada\n${'x'.repeat(61)}` });
		expect(long.ok).toBe(false);
		expect(!long.ok && long.problems[0]).toMatch(/^Row 2: /);
		expect(readRoster({ text: '\n \n' })).toEqual({ ok: false, problems: ['The list has no names. Put one name per line.'] });
		const many = Array.from({ length: ROSTER_MAX - 1 }, (_, i) => `Student ${i}`).join('\n');
		expect(readRoster({ text: many }, ['A', 'B'])).toEqual({ ok: false, problems: [`A class has at most ${ROSTER_MAX} students; this would make ${ROSTER_MAX + 1}.`] });
		const big = readRoster({ text: 'x'.repeat(ROSTER_FILE_MAX + 1) });
		expect(big.ok).toBe(false);
		expect(!big.ok && big.problems[0]).toMatch(/the most is 64 kB/);
	});

	it('parses quoted CSV fields with commas, quotes and line breaks', () => {
		expect(parseCsv('a,"b, c","d ""e"""\r\n"f\ng",h')).toEqual([
			['a', 'b, c', 'd "e"'],
			['f\ng', 'h']
		]);
	});

	it('checks a class name', () => {
		expect(readClassName('  9B   English ')).toEqual({ ok: true, name: '9B English' });
		expect(readClassName('').ok).toBe(false);
		expect(readClassName('x'.repeat(81)).ok).toBe(false);
	});
});

describe('student sign-in throttles', () => {
	it('throttles sign-ins per IPv4 address and per IPv6 /64, the class apart', () => {
		const addressKey = (address: string, code = 'CLASS1') => signInLimits(address, code)[0]!.key;
		expect(addressKey('2001:db8:0:5::1')).toBe(addressKey('2001:db8:0:5:abcd::9'));
		expect(addressKey('2001:db8:0:6::1')).not.toBe(addressKey('2001:db8:0:5::1'));
		expect(addressKey('::ffff:198.51.100.4')).toBe(addressKey('198.51.100.4'));
		expect(signInLimits('198.51.100.4', 'CLASS1')[1]!.key).not.toBe(signInLimits('198.51.100.4', 'CLASS2')[1]!.key);
	});
});

describe.each(testEngines)('classes on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	const NOW = Date.UTC(2026, 10, 30, 9, 0);

	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
		for (const id of ['t1', 't2']) {
			await db.insertInto('teachers').values({ id, email: `${id}@school.test`, name: id, password_hash: 'x', created_at: NOW }).execute();
		}
	});
	afterAll(() => drop());

	it('stores a class with its roster, for its teacher only', async () => {
		const c = await createClass(db, 't1', '9B English', ['Ada Lovelace', 'Grace Hopper'], { now: NOW });
		expect(c.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY3467]{6}$/);
		expect(c.students.map((s) => [s.name, s.cardIssuedAt])).toEqual([
			['Ada Lovelace', null],
			['Grace Hopper', null]
		]);
		expect(await getClass(db, 't2', c.id)).toBeNull();
		expect((await listClasses(db, 't1')).find((x) => x.id === c.id)).toMatchObject({ name: '9B English', students: 2 });
		expect((await listClasses(db, 't2')).some((x) => x.id === c.id)).toBe(false);
	});

	it('adds students all or nothing, and never for another teacher', async () => {
		const c = await createClass(db, 't1', '9C', ['Ada Lovelace'], { now: NOW });
		const refused = await addStudents(db, 't1', c.id, { text: 'Alan Turing\nADA LOVELACE' }, NOW + 1);
		expect(refused).toEqual({ ok: false, problems: [expect.stringContaining('already on the roster')] });
		expect((await getClass(db, 't1', c.id))!.students).toHaveLength(1);
		expect(await addStudents(db, 't2', c.id, { text: 'Mallory' })).toBeNull();
		expect(await addStudents(db, 't1', c.id, { text: 'Alan Turing\nKatherine Johnson' }, NOW + 2)).toEqual({
			ok: true,
			names: ['Alan Turing', 'Katherine Johnson']
		});
		expect((await getClass(db, 't1', c.id))!.students.map((s) => s.name)).toEqual(['Ada Lovelace', 'Alan Turing', 'Katherine Johnson']);
	});

	it('signs a student in with the codes on their card, stores no code, and ends old codes on reset', async () => {
		const c = await createClass(db, 't1', '10A', ['Ada Lovelace', 'Grace Hopper'], { now: NOW });
		const cards = (await issueCards(db, 't1', c.id, 'new', NOW))!;
		expect(cards.map((x) => x.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
		const ada = cards[0]!;
		expect(ada.personalCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXY3467]{8}$/);
		const rows = await db.selectFrom('students').selectAll().where('class_id', '=', c.id).execute();
		expect(JSON.stringify(rows)).not.toContain(ada.personalCode);
		expect(rows.every((r) => r.code_issued_at === NOW && r.code_hash !== null)).toBe(true);
		// Every student already has a card: 'new' issues none.
		expect(await issueCards(db, 't1', c.id, 'new', NOW)).toEqual([]);
		expect(await issueCards(db, 't2', c.id, 'all', NOW)).toBeNull();

		// Typed as a person might: lower case, with a hyphen and spaces.
		const typed = formatPersonalCode(ada.personalCode).toLowerCase();
		const signedIn = await signInStudent(db, { classCode: ` ${c.code.toLowerCase()} `, personalCode: typed, address: '10.0.0.1' }, NOW);
		expect(signedIn).toMatchObject({ ok: true, student: { name: 'Ada Lovelace', classId: c.id, className: '10A', classCode: c.code } });
		const token = signedIn.ok ? signedIn.token : '';
		expect(await validateStudentSession(db, token, NOW + 1)).toMatchObject({ name: 'Ada Lovelace' });
		expect(await validateStudentSession(db, token, NOW + 13 * 3_600_000)).toBeNull();

		// Grace's code does not open Ada's class seat, and a wrong code is refused alike.
		const wrong = await signInStudent(db, { classCode: c.code, personalCode: 'AAAA-AAAA', address: '10.0.0.1' }, NOW);
		expect(wrong).toEqual({ ok: false, reason: 'wrong' });
		expect(await signInStudent(db, { classCode: c.code, personalCode: 'short', address: '10.0.0.1' }, NOW)).toEqual({ ok: false, reason: 'malformed' });

		// A new card: the old code and the session it opened stop at once.
		const [fresh] = (await issueCards(db, 't1', c.id, [ada.studentId], NOW + 5))!;
		expect(fresh!.personalCode).not.toBe(ada.personalCode);
		expect(await validateStudentSession(db, token, NOW + 6)).toBeNull();
		expect(await signInStudent(db, { classCode: c.code, personalCode: ada.personalCode, address: '10.0.0.1' }, NOW + 6)).toEqual({ ok: false, reason: 'wrong' });
		expect((await signInStudent(db, { classCode: c.code, personalCode: fresh!.personalCode, address: '10.0.0.1' }, NOW + 6)).ok).toBe(true);
	});

	it('removes a student: their card and sessions stop working', async () => {
		const c = await createClass(db, 't1', '10B', ['Ada Lovelace'], { now: NOW });
		const [card] = (await issueCards(db, 't1', c.id, 'all', NOW))!;
		const signedIn = await signInStudent(db, { classCode: c.code, personalCode: card!.personalCode, address: '10.0.0.2' }, NOW);
		expect(await removeStudent(db, 't2', c.id, card!.studentId)).toBe(false);
		expect(await removeStudent(db, 't1', c.id, card!.studentId)).toBe(true);
		expect(await validateStudentSession(db, signedIn.ok ? signedIn.token : '', NOW + 1)).toBeNull();
		expect((await signInStudent(db, { classCode: c.code, personalCode: card!.personalCode, address: '10.0.0.2' }, NOW + 1)).ok).toBe(false);
	});

	it('throttles wrong codes per address and per class, even for the right code, and forgets after 15 minutes', async () => {
		const c = await createClass(db, 't1', '11A', ['Ada Lovelace'], { now: NOW });
		const [card] = (await issueCards(db, 't1', c.id, 'all', NOW))!;
		const T = NOW + 3_600_000;
		// Wrong codes are counted without hashing each one (scrypt is slow on purpose); the last is a real one.
		for (let i = 0; i < SIGN_IN_ADDRESS_MAX - 1; i++) expect((await take(db, signInLimits('192.0.2.1', 'OTHER1'), T)).ok).toBe(true);
		expect(await signInStudent(db, { classCode: c.code, personalCode: 'AAAA-AAAA', address: '192.0.2.1' }, T)).toEqual({ ok: false, reason: 'wrong' });
		const right = { classCode: c.code, personalCode: card!.personalCode };
		expect(await signInStudent(db, { ...right, address: '192.0.2.1' }, T)).toMatchObject({ ok: false, reason: 'limited' });
		// Another address still signs in: the class is not locked by one address's mistakes.
		expect((await signInStudent(db, { ...right, address: '192.0.2.2' }, T)).ok).toBe(true);
		expect((await signInStudent(db, { ...right, address: '192.0.2.1' }, T + 15 * 60_000 + 1)).ok).toBe(true);

		// From many addresses (counted as failures are, without hashing 200 wrong codes), the class's own limit stops the guessing.
		const T2 = T + 2 * 3_600_000;
		for (let i = 0; i < SIGN_IN_CLASS_MAX; i++) {
			expect((await take(db, signInLimits(`198.51.100.${i}`, c.code), T2)).ok).toBe(true);
		}
		expect(await signInStudent(db, { ...right, address: '203.0.113.9' }, T2)).toMatchObject({ ok: false, reason: 'limited' });
	}, 120_000);
});
