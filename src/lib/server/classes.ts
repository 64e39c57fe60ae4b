import { createHash, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { nameKey, readDisplayName } from './attempts';
import { addressSubject } from './auth/rate-limit';
import type { Db } from './db';
import { CODE_ALPHABET, generateCode, isValidCode, normaliseCode, randomCode } from './join-code';
import { release, take, type Limit } from './throttle';

/**
 * Classes and their rosters. A teacher makes a class and lists its students; each student gets a card
 * with the class code and a personal code, and signs in with the two, without email or password.
 *
 * Personal codes: 8 characters of the join-code alphabet (24^8, about 1.1 × 10^11 codes, 36.6 bits),
 * stored only as an scrypt hash salted with the class id, so a sign-in is one hash and one lookup and a
 * copy of the database shows no code. A code is shown once, on the cards printed when it is issued;
 * a lost card is replaced by issuing a new code, which ends the old one and its sessions at once.
 */

export const CLASS_NAME_MAX = 80;
/** Students on one roster. */
export const ROSTER_MAX = 200;
/** An uploaded roster file: 200 names of 60 characters fit many times over. */
export const ROSTER_FILE_MAX = 64 * 1024;
export const PERSONAL_CODE_LENGTH = 8;
/** A student stays signed in for a school day on the device they signed in on. */
export const STUDENT_SESSION_MS = 12 * 60 * 60 * 1000;
export const STUDENT_COOKIE = 'sourced_student';

/**
 * Failed sign-ins: 60 per address and 200 per class in 15 minutes. A class of 30 behind one school
 * address can each mistype twice; someone guessing, from any number of addresses, gets 200 tries per
 * 15 minutes at a class of 30 codes in 1.1 × 10^11: about one chance in 500 in a whole year.
 */
export const SIGN_IN_WINDOW = 15 * 60 * 1000;
export const SIGN_IN_ADDRESS_MAX = 60;
export const SIGN_IN_CLASS_MAX = 200;

export type ClassSummary = { id: string; name: string; code: string; createdAt: number; students: number };
export type RosterStudent = { id: string; name: string; cardIssuedAt: number | null; createdAt: number };
export type ClassDetail = { id: string; teacherId: string; name: string; code: string; createdAt: number; students: RosterStudent[] };
/** A freshly issued card: the only time the personal code exists outside the student's hands. */
export type Card = { studentId: string; name: string; classCode: string; personalCode: string };
/** The signed-in student, as requests see them. */
export type SessionStudent = { id: string; name: string; classId: string; className: string; classCode: string };

// ---------------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------------

const PERSONAL = new RegExp(`^[${CODE_ALPHABET}]{${PERSONAL_CODE_LENGTH}}$`);

export function newPersonalCode(): string {
	return randomCode(PERSONAL_CODE_LENGTH);
}

/** As printed: two groups of four, easier to copy ("K7PA-4QXC"). */
export function formatPersonalCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function isPersonalCode(code: string): boolean {
	return PERSONAL.test(code);
}

/** scrypt with a cost (N = 2^14) that keeps a sign-in near 30 ms, salted with the class. */
export function hashPersonalCode(classId: string, code: string): Promise<string> {
	return new Promise((resolve, reject) => {
		scrypt(code, `sourced-student-code:${classId}`, 32, { N: 2 ** 14, r: 8, p: 1 }, (e, key) =>
			e ? reject(e) : resolve(key.toString('base64'))
		);
	});
}

// ---------------------------------------------------------------------------------------------------
// Reading a roster
// ---------------------------------------------------------------------------------------------------

export type RosterRead = { ok: true; names: string[] } | { ok: false; problems: string[] };

/** RFC 4180 records; a lone CR or LF also ends a record. Pure. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === ',' || ch === ';') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	if (cell !== '' || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

const NAME_HEADER = /^(name|names|full name|student|student name|pupil|pupil name|display name)$/;
const FIRST_HEADER = /^(first name|first|given name|forename|first names)$/;
const LAST_HEADER = /^(last name|last|surname|family name)$/;

/** The names in a CSV file's rows: one column, or a header row naming `name` or first and last name. */
function csvNames(rows: string[][]): { line: number; raw: string }[] | { problems: string[] } {
	const header = (rows[0] ?? []).map((c) => c.trim().toLowerCase());
	const nameCol = header.findIndex((h) => NAME_HEADER.test(h));
	const firstCol = header.findIndex((h) => FIRST_HEADER.test(h));
	const lastCol = header.findIndex((h) => LAST_HEADER.test(h));
	if (nameCol >= 0 || firstCol >= 0 || lastCol >= 0) {
		return rows.slice(1).map((r, i) => ({
			line: i + 2,
			raw: nameCol >= 0 ? (r[nameCol] ?? '') : [r[firstCol] ?? '', r[lastCol] ?? ''].join(' ')
		}));
	}
	const problems: string[] = [];
	const names = rows.map((r, i) => {
		const cells = r.filter((c) => c.trim() !== '');
		if (cells.length > 1) {
			problems.push(
				`Row ${i + 1} has ${cells.length} columns. Put one name per row, or start the file with a header row: “name”, or “first name” and “last name”.`
			);
		}
		return { line: i + 1, raw: cells[0] ?? '' };
	});
	return problems.length > 0 ? { problems } : names;
}

/**
 * The names of a roster, pasted (one per line) or from a CSV file, checked together: each 1 to 60
 * characters as a join name is, none twice (in the list or already on the roster), at most
 * `ROSTER_MAX` in the class. Every problem is named with its row; with any problem, no name is taken.
 */
export function readRoster(
	input: { text: string; csv?: boolean },
	existing: readonly string[] = []
): RosterRead {
	if (input.text.length > ROSTER_FILE_MAX) {
		return { ok: false, problems: [`The list is ${Math.ceil(input.text.length / 1024)} kB; the most is ${ROSTER_FILE_MAX / 1024} kB (${ROSTER_MAX} students).`] };
	}
	const text = input.text.replace(/^\uFEFF/, '');
	const lines = input.csv
		? csvNames(parseCsv(text))
		: text.split(/\r\n|\r|\n/).map((raw, i) => ({ line: i + 1, raw }));
	if ('problems' in lines) return { ok: false, problems: lines.problems.slice(0, 20) };
	const problems: string[] = [];
	const names: string[] = [];
	const seen = new Map(existing.map((n) => [nameKey(n), 0]));
	for (const { line, raw } of lines) {
		if (raw.trim() === '') continue;
		const read = readDisplayName(raw);
		if (!read.ok) {
			problems.push(`Row ${line}: ${read.message.replace(/^Your name/, 'A name').replace(/^Enter your name\.$/, 'The name is empty.')}`);
			continue;
		}
		const key = nameKey(read.name);
		const before = seen.get(key);
		if (before !== undefined) {
			problems.push(
				before === 0
					? `Row ${line}: “${read.name}” is already on the roster. Add something to tell them apart, such as an initial.`
					: `Row ${line}: “${read.name}” is also on row ${before}. Add something to tell them apart, such as an initial.`
			);
			continue;
		}
		seen.set(key, line);
		names.push(read.name);
	}
	if (problems.length === 0 && names.length === 0) return { ok: false, problems: ['The list has no names. Put one name per line.'] };
	if (problems.length === 0 && existing.length + names.length > ROSTER_MAX) {
		problems.push(`A class has at most ${ROSTER_MAX} students; this would make ${existing.length + names.length}.`);
	}
	if (problems.length > 20) return { ok: false, problems: [...problems.slice(0, 20), `… and ${problems.length - 20} more.`] };
	return problems.length > 0 ? { ok: false, problems } : { ok: true, names };
}

/** A class name: 1 to 80 characters, spaces tidied. */
export function readClassName(value: unknown): { ok: true; name: string } | { ok: false; message: string } {
	const name = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
	if (name.length === 0) return { ok: false, message: 'Enter a name for the class, such as “9B English”.' };
	if (name.length > CLASS_NAME_MAX) return { ok: false, message: `Class name must be at most ${CLASS_NAME_MAX} characters (it is ${name.length}).` };
	return { ok: true, name };
}

// ---------------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------------

/** Stores a class and its students (names already read by `readRoster`), with a fresh class code. */
export async function createClass(
	db: Db,
	teacherId: string,
	name: string,
	students: readonly string[],
	options: { now?: number; newCode?: () => string } = {}
): Promise<ClassDetail> {
	const { now = Date.now(), newCode = generateCode } = options;
	const id = randomUUID();
	for (let i = 0; i < 20; i++) {
		const code = newCode();
		const stored = await db.transaction().execute(async (trx) => {
			const inserted = await trx
				.insertInto('classes')
				.values({ id, teacher_id: teacherId, name, code, created_at: now })
				.onConflict((oc) => oc.column('code').doNothing())
				.executeTakeFirst();
			if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
			if (students.length > 0) {
				await trx
					.insertInto('students')
					.values(students.map((n, j) => ({ id: randomUUID(), class_id: id, name: n, code_hash: null, code_issued_at: null, created_at: now + j })))
					.execute();
			}
			return true;
		});
		if (stored) return (await getClass(db, teacherId, id))!;
	}
	throw new Error('No free class code after 20 tries.');
}

export async function listClasses(db: Db, teacherId: string): Promise<ClassSummary[]> {
	const rows = await db
		.selectFrom('classes as c')
		.leftJoin('students as s', 's.class_id', 'c.id')
		.where('c.teacher_id', '=', teacherId)
		.groupBy(['c.id', 'c.name', 'c.code', 'c.created_at'])
		.select(['c.id', 'c.name', 'c.code', 'c.created_at', (eb) => eb.fn.count<number | string>('s.id').as('students')])
		.orderBy('c.created_at', 'desc')
		.orderBy('c.id')
		.execute();
	return rows.map((r) => ({ id: r.id, name: r.name, code: r.code, createdAt: r.created_at, students: Number(r.students) }));
}

/** One of the teacher's classes with its roster in the order added; null when it is not theirs. */
export async function getClass(db: Db, teacherId: string, id: string): Promise<ClassDetail | null> {
	const c = await db.selectFrom('classes').selectAll().where('id', '=', id).where('teacher_id', '=', teacherId).executeTakeFirst();
	if (!c) return null;
	const students = await db
		.selectFrom('students')
		.select(['id', 'name', 'code_issued_at', 'created_at'])
		.where('class_id', '=', id)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return {
		id: c.id,
		teacherId: c.teacher_id,
		name: c.name,
		code: c.code,
		createdAt: c.created_at,
		students: students.map((s) => ({ id: s.id, name: s.name, cardIssuedAt: s.code_issued_at, createdAt: s.created_at }))
	};
}

/**
 * Adds students to the teacher's class. The roster is read again inside the transaction, so two
 * additions at once cannot both add the same name; null when the class is not theirs.
 */
export async function addStudents(
	db: Db,
	teacherId: string,
	classId: string,
	input: { text: string; csv?: boolean },
	now = Date.now()
): Promise<RosterRead | null> {
	return db.transaction().execute(async (trx) => {
		const c = await trx
			.selectFrom('classes')
			.select('id')
			.where('id', '=', classId)
			.where('teacher_id', '=', teacherId)
			.$if(db.engine === 'postgres', (q) => q.forUpdate())
			.executeTakeFirst();
		if (!c) return null;
		const existing = await trx.selectFrom('students').select('name').where('class_id', '=', classId).execute();
		const read = readRoster(input, existing.map((s) => s.name));
		if (!read.ok) return read;
		await trx
			.insertInto('students')
			.values(read.names.map((n, j) => ({ id: randomUUID(), class_id: classId, name: n, code_hash: null, code_issued_at: null, created_at: now + j })))
			.execute();
		return read;
	});
}

/** Takes a student off the teacher's roster; their attempts stay in the results under the name they had. */
export async function removeStudent(db: Db, teacherId: string, classId: string, studentId: string): Promise<boolean> {
	const owned = await db.selectFrom('classes').select('id').where('id', '=', classId).where('teacher_id', '=', teacherId).executeTakeFirst();
	if (!owned) return false;
	const result = await db.deleteFrom('students').where('id', '=', studentId).where('class_id', '=', classId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/**
 * Issues new personal codes (cards) to students of the teacher's class: those named, every student
 * without a card (`'new'`) or everyone (`'all'`). A student's old code and every session it opened
 * stop working at once. Returns the cards to print, in roster order; null when the class is not theirs.
 */
export async function issueCards(
	db: Db,
	teacherId: string,
	classId: string,
	which: 'new' | 'all' | readonly string[],
	now = Date.now()
): Promise<Card[] | null> {
	const c = await getClass(db, teacherId, classId);
	if (!c) return null;
	const chosen = c.students.filter((s) =>
		which === 'all' ? true : which === 'new' ? s.cardIssuedAt === null : which.includes(s.id)
	);
	// Hashed before the transaction: scrypt takes a while and needs no lock.
	const cards = await Promise.all(
		chosen.map(async (s) => {
			const personalCode = newPersonalCode();
			return { card: { studentId: s.id, name: s.name, classCode: c.code, personalCode }, hash: await hashPersonalCode(c.id, personalCode) };
		})
	);
	await db.transaction().execute(async (trx) => {
		for (const { card, hash } of cards) {
			await trx.updateTable('students').set({ code_hash: hash, code_issued_at: now }).where('id', '=', card.studentId).where('class_id', '=', c.id).execute();
		}
		if (cards.length > 0) {
			await trx.deleteFrom('student_sessions').where('student_id', 'in', cards.map((x) => x.card.studentId)).execute();
		}
	});
	return cards.map((x) => x.card);
}

// ---------------------------------------------------------------------------------------------------
// Signing in
// ---------------------------------------------------------------------------------------------------

export const SIGN_IN_WRONG = 'That class code and personal code do not match. Check both on your card.';
export const SIGN_IN_LIMITED = 'Too many codes that do not match. Wait a few minutes, or ask your teacher.';

export type StudentSignIn =
	| { ok: true; token: string; expiresAt: number; student: SessionStudent }
	| { ok: false; reason: 'malformed' | 'wrong' | 'limited'; retryAfterMs?: number };

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The throttles a sign-in counts against: its address (an IPv6 one by its /64, as `addressSubject` says) and its class. */
export function signInLimits(address: string, classCode: string): Limit[] {
	return [
		{ key: `student-sign-in:address:${addressSubject(address)}`, max: SIGN_IN_ADDRESS_MAX, windowMs: SIGN_IN_WINDOW },
		{ key: `student-sign-in:class:${classCode}`, max: SIGN_IN_CLASS_MAX, windowMs: SIGN_IN_WINDOW }
	];
}

/**
 * Signs a student in with their class code and personal code (typed in any case, with or without the
 * hyphen). Every try counts against the address and the class first; a right pair takes its count back.
 */
export async function signInStudent(
	db: Db,
	input: { classCode: string; personalCode: string; address: string },
	now = Date.now()
): Promise<StudentSignIn> {
	const classCode = normaliseCode(input.classCode);
	const personal = normaliseCode(input.personalCode);
	if (!isValidCode(classCode) || !isPersonalCode(personal)) return { ok: false, reason: 'malformed' };
	const taken = await take(db, signInLimits(input.address, classCode), now);
	if (!taken.ok) return { ok: false, reason: 'limited', retryAfterMs: taken.retryAfterMs };
	const c = await db.selectFrom('classes').select(['id', 'name', 'code']).where('code', '=', classCode).executeTakeFirst();
	// An unknown class costs a hash too, so timing does not tell which class codes exist.
	const hash = await hashPersonalCode(c?.id ?? 'none', personal);
	const s = c
		? await db.selectFrom('students').select(['id', 'name']).where('class_id', '=', c.id).where('code_hash', '=', hash).executeTakeFirst()
		: undefined;
	if (!c || !s) return { ok: false, reason: 'wrong' };
	await release(db, taken.ids);
	const token = randomBytes(32).toString('base64url');
	const expiresAt = now + STUDENT_SESSION_MS;
	await db.deleteFrom('student_sessions').where('expires_at', '<=', now).execute();
	await db.insertInto('student_sessions').values({ id: sessionId(token), student_id: s.id, expires_at: expiresAt, created_at: now }).execute();
	return { ok: true, token, expiresAt, student: { id: s.id, name: s.name, classId: c.id, className: c.name, classCode: c.code } };
}

/** The student a session token signs in, or null (malformed, unknown, expired, or the code was reset). */
export async function validateStudentSession(db: Db, token: string, now = Date.now()): Promise<SessionStudent | null> {
	if (!TOKEN.test(token)) return null;
	const row = await db
		.selectFrom('student_sessions as ss')
		.innerJoin('students as s', 's.id', 'ss.student_id')
		.innerJoin('classes as c', 'c.id', 's.class_id')
		.select(['ss.expires_at', 's.id', 's.name', 'c.id as class_id', 'c.name as class_name', 'c.code as class_code'])
		.where('ss.id', '=', sessionId(token))
		.executeTakeFirst();
	if (!row || row.expires_at <= now) return null;
	return { id: row.id, name: row.name, classId: row.class_id, className: row.class_name, classCode: row.class_code };
}

export async function endStudentSession(db: Db, token: string): Promise<void> {
	await db.deleteFrom('student_sessions').where('id', '=', sessionId(token)).execute();
}
