import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	AssignmentInputError,
	assignmentProblems,
	attemptsWithoutRepeats,
	mayRevealKeys,
	type ReviewSettings,
	assignmentStatus,
	closeAssignment,
	createAssignment,
	deleteAssignment,
	getAssignment,
	getAssignmentByCode,
	getAttemptDetail,
	listAssignments,
	listAttempts,
	readAssignmentForm,
	updateAssignment,
	type AssignmentInput
} from './assignments';
import type { Db } from './db';
import { freshDatabase, testEngines } from './db/testing';
import { isValidCode } from './join-code';
import { findModule, modules } from './modules';
import { publicVersion, seedBuiltIns, type LoadedVersion } from './modules/store';

const SLUG = 'nato-russia-missions-2021';
const module = findModule(SLUG)!;
const lookup = (slug: string) => (slug === SLUG ? module : undefined);
const problemsOf = (i: AssignmentInput) => assignmentProblems(i, lookup(i.moduleSlug));
const perSkill = (skill: string) => module.questions.filter((q) => q.skill === skill).length;

const input = (overrides: Partial<AssignmentInput> = {}): AssignmentInput => ({
	title: 'Week 3: reading the NATO story',
	moduleSlug: SLUG,
	skills: ['sequence', 'sources'],
	questionCount: 10,
	shuffle: true,
	feedback: 'submit',
	attemptsAllowed: 2,
	opensAt: null,
	closesAt: null,
	timeLimitMinutes: null,
	classId: null,
	review: 'attempt',
	...overrides
});

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 27, 9, 0);

describe('assignment rules', () => {
	it('accept a sound assignment', () => {
		expect(problemsOf(input())).toEqual({});
		expect(problemsOf(input({ feedback: 'close', closesAt: T0, opensAt: T0 - HOUR, timeLimitMinutes: 300 }))).toEqual({});
	});

	it('refuse each broken setting under its own field', () => {
		const available = perSkill('sequence') + perSkill('sources');
		expect(problemsOf(input({ title: ' ' }))).toHaveProperty('title');
		expect(problemsOf(input({ title: 'x'.repeat(121) }))).toHaveProperty('title');
		expect(problemsOf(input({ moduleSlug: 'no-such-module' }))).toEqual({ module: 'Choose one of the modules in the library.' });
		expect(problemsOf(input({ skills: [] }))).toEqual({ skills: 'Choose at least one of the skills.' });
		expect(problemsOf(input({ skills: ['grammar' as never] }))).toHaveProperty('skills');
		expect(problemsOf(input({ questionCount: 0 }))).toHaveProperty('questionCount');
		expect(problemsOf(input({ questionCount: available }))).toEqual({});
		expect(problemsOf(input({ questionCount: available + 1 }))).toEqual({
			questionCount: `Number of questions must be from 1 to ${available}: the module has ${available} questions on sequence and sources.`
		});
		expect(problemsOf(input({ feedback: 'later' as never }))).toHaveProperty('feedback');
		expect(problemsOf(input({ attemptsAllowed: 0 }))).toHaveProperty('attemptsAllowed');
		expect(problemsOf(input({ attemptsAllowed: 11 }))).toHaveProperty('attemptsAllowed');
		expect(problemsOf(input({ timeLimitMinutes: 0 }))).toHaveProperty('timeLimit');
		expect(problemsOf(input({ timeLimitMinutes: 301 }))).toHaveProperty('timeLimit');
		expect(problemsOf(input({ opensAt: T0, closesAt: T0 }))).toEqual({ closes: 'Closes must be after the time it opens.' });
		expect(problemsOf(input({ feedback: 'close' }))).toEqual({
			closes: 'Set a close time: feedback after the close date needs one.'
		});
	});

	it('read the form, with times in the browser’s zone', () => {
		const form = new FormData();
		for (const [k, v] of Object.entries({
			title: '  Week 3  ',
			module: SLUG,
			questionCount: '5',
			feedback: 'close',
			attemptsAllowed: '1',
			opens: '2026-07-01T08:00',
			closes: '2026-07-08T17:30',
			timeLimit: '',
			timeZone: 'Europe/Berlin'
		})) {
			form.append(k, v);
		}
		form.append('skills', 'numbers');
		expect(readAssignmentForm(form, lookup)).toEqual({
			ok: true,
			value: {
				title: 'Week 3',
				moduleSlug: SLUG,
				skills: ['numbers'],
				questionCount: 5,
				shuffle: false,
				// An unticked box sends nothing: the teacher turned option shuffling off.
				shuffleOptions: false,
				feedback: 'close',
				attemptsAllowed: 1,
				opensAt: Date.UTC(2026, 6, 1, 6, 0),
				closesAt: Date.UTC(2026, 6, 8, 15, 30),
				timeLimitMinutes: null,
				classId: null,
				review: 'attempt'
			}
		});
	});

	it('read times as UTC when the browser sent no zone, or one it does not know', () => {
		for (const timeZone of [undefined, 'Mars/Olympus', 'x'.repeat(100_000)]) {
			const result = readAssignmentForm({
				title: 'T',
				module: SLUG,
				skills: ['numbers'],
				questionCount: '1',
				feedback: 'each',
				attemptsAllowed: '1',
				opens: '2026-07-01T08:00',
				...(timeZone ? { timeZone } : {})
			}, lookup);
			expect(result).toMatchObject({ ok: true, value: { opensAt: Date.UTC(2026, 6, 1, 8, 0) } });
		}
	});

	it('report field errors from the form, and the cross-field rules once the fields are sound', () => {
		expect(readAssignmentForm({ title: 'x'.repeat(100 * 1024), module: SLUG, skills: [], questionCount: 'ten', attemptsAllowed: '0' }, lookup)).toEqual({
			ok: false,
			errors: {
				title: 'Title must be 120 characters or fewer; this one has 102,400.',
				skills: 'Choose at least one of the skills.',
				// No skills, so no pool to name yet: never the parser's bound of 1,000.
				questionCount: 'Number of questions must be a whole number from 1 to the number the module has on the skills chosen.',
				feedback: 'Choose when students get feedback.',
				attemptsAllowed: 'Attempts allowed must be a whole number from 1 to 10.'
			}
		});
		expect(
			readAssignmentForm({ title: 'T', module: SLUG, skills: ['numbers'], questionCount: '99', feedback: 'close', attemptsAllowed: '1' }, lookup)
		).toMatchObject({ ok: false, errors: { questionCount: expect.stringContaining('from 1 to'), closes: expect.any(String) } });
		// Not a number, with the module and skills sound: the message names the pool, as the hint does.
		expect(readAssignmentForm({ title: 'T', module: SLUG, skills: ['numbers'], questionCount: '1001', feedback: 'each', attemptsAllowed: '1' }, lookup)).toEqual({
			ok: false,
			errors: {
				questionCount: `Number of questions must be from 1 to ${perSkill('numbers')}: the module has ${perSkill('numbers')} questions on numbers.`
			}
		});
	});

	it('report the rules that tie fields together beside the field errors, where those fields are sound', () => {
		const result = readAssignmentForm({
			title: '',
			module: SLUG,
			skills: ['numbers'],
			questionCount: '99',
			feedback: 'close',
			attemptsAllowed: '11',
			opens: '2026-07-02T08:00',
			closes: '2026-07-01T08:00'
		}, lookup);
		expect(result).toEqual({
			ok: false,
			errors: {
				title: 'Enter a title.',
				attemptsAllowed: 'Attempts allowed must be a whole number from 1 to 10.',
				questionCount: `Number of questions must be from 1 to ${perSkill('numbers')}: the module has ${perSkill('numbers')} questions on numbers.`,
				closes: 'Closes must be after the time it opens.'
			}
		});
		// A rule whose fields are wrong themselves stays quiet: the field error says it.
		expect(readAssignmentForm({ module: 'nope', skills: ['numbers'], questionCount: '99', closes: 'soon', feedback: 'close' }, lookup)).toMatchObject({
			ok: false,
			errors: { module: 'Choose one of the modules in the library.', closes: 'Closes must be a date and time, such as 2026-11-27 14:30.' }
		});
	});
});

describe('the review rule', () => {
	const settings = (overrides: Partial<ReviewSettings> = {}): ReviewSettings => ({
		feedback: 'submit',
		review: 'attempt',
		attemptsAllowed: 3,
		opensAt: null,
		closesAt: T0 + HOUR,
		closedAt: null,
		...overrides
	});
	const submitted = { submittedAt: T0 - 1 };
	const oneOfThree = { started: 1, inProgress: 0 };
	const allThree = { started: 3, inProgress: 0 };

	it('never releases an attempt not yet submitted, whatever the rule', () => {
		for (const review of ['attempt', 'last', 'close'] as const) {
			expect(mayRevealKeys(settings({ review }), { submittedAt: null }, T0 + 2 * HOUR, allThree)).toBe(false);
		}
	});

	it('after each attempt: at once', () => {
		expect(mayRevealKeys(settings(), submitted, T0, oneOfThree)).toBe(true);
	});

	it('after the last attempt: once every attempt is started and none is in progress, or at the close', () => {
		const last = settings({ review: 'last' });
		expect(mayRevealKeys(last, submitted, T0, oneOfThree)).toBe(false);
		expect(mayRevealKeys(last, submitted, T0, { started: 3, inProgress: 1 })).toBe(false);
		expect(mayRevealKeys(last, submitted, T0, allThree)).toBe(true);
		expect(mayRevealKeys(last, submitted, T0 + HOUR, oneOfThree)).toBe(true);
	});

	it('after the close, and always when feedback waits for the close: only once closed (by time or by hand)', () => {
		for (const s of [settings({ review: 'close' }), settings({ feedback: 'close', review: 'attempt' })]) {
			expect(mayRevealKeys(s, submitted, T0, allThree)).toBe(false);
			expect(mayRevealKeys(s, submitted, T0 + HOUR, allThree)).toBe(true);
			expect(mayRevealKeys({ ...s, closedAt: T0 - 5 }, submitted, T0, oneOfThree)).toBe(true);
		}
	});

	it('counts the attempts a pool serves without repeats', () => {
		expect(attemptsWithoutRepeats(12, 5)).toBe(2);
		expect(attemptsWithoutRepeats(12, 12)).toBe(1);
		expect(attemptsWithoutRepeats(12, 0)).toBe(0);
	});

	it('is read from the form with who takes it', () => {
		const form = (fields: Record<string, string>) => {
			const f = new FormData();
			for (const [k, v] of Object.entries({ title: 'T', module: SLUG, questionCount: '3', feedback: 'submit', attemptsAllowed: '2', ...fields })) {
				f.append(k, v);
			}
			f.append('skills', 'numbers');
			return readAssignmentForm(f, lookup);
		};
		expect(form({ review: 'last', class: 'class-1' })).toMatchObject({ ok: true, value: { review: 'last', classId: 'class-1' } });
		expect(form({ class: 'anyone' })).toMatchObject({ ok: true, value: { review: 'attempt', classId: null } });
		expect(form({ review: 'sometimes' })).toMatchObject({ ok: false, errors: { review: expect.any(String) } });
		expect(form({ review: 'close' })).toEqual({ ok: false, errors: { closes: 'Set a close time: answers released after the close need one.' } });
	});
});

describe('assignment status', () => {
	const a = { opensAt: null, closesAt: null, closedAt: null };

	it('follows the clock', () => {
		expect(assignmentStatus(a, T0)).toBe('open');
		expect(assignmentStatus({ ...a, opensAt: T0 + 1 }, T0)).toBe('scheduled');
		expect(assignmentStatus({ ...a, opensAt: T0 }, T0)).toBe('open');
		expect(assignmentStatus({ ...a, closesAt: T0 + 1 }, T0)).toBe('open');
		expect(assignmentStatus({ ...a, closesAt: T0 }, T0)).toBe('closed');
		expect(assignmentStatus({ ...a, opensAt: T0 - HOUR, closesAt: T0 + HOUR }, T0 + 2 * HOUR)).toBe('closed');
	});

	it('is closed once the teacher closed it, whatever the dates say', () => {
		expect(assignmentStatus({ ...a, closesAt: T0 + HOUR, closedAt: T0 - 1 }, T0)).toBe('closed');
		expect(assignmentStatus({ ...a, opensAt: T0 + HOUR, closedAt: T0 - 1 }, T0)).toBe('closed');
	});
});

describe.each(testEngines)('assignments on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	const alice = 'teacher-alice';
	const bob = 'teacher-bob';

	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
		for (const [id, name] of [
			[alice, 'Alice'],
			[bob, 'Bob']
		]) {
			await db.insertInto('teachers').values({ id: id!, email: `${name}@school.test`, name: name!, password_hash: 'x', created_at: T0 }).execute();
		}
		await seedBuiltIns(db, modules, T0);
		v1 = (await publicVersion(db, SLUG))!;
	});
	afterAll(() => drop());

	let v1: LoadedVersion;
	let attemptNo = 0;
	async function addAttempt(assignmentId: string, fields: { name?: string; submittedAt?: number | null; score?: number | null; startedAt?: number } = {}) {
		const id = `attempt-${++attemptNo}`;
		await db
			.insertInto('attempts')
			.values({
				id,
				assignment_id: assignmentId,
				token_hash: `hash-${id}`,
				device_id: `device-${id}`,
				display_name: fields.name ?? 'Sam',
				question_ids: JSON.stringify(['q-a', 'q-b', 'q-c']),
				started_at: fields.startedAt ?? T0 + attemptNo,
				deadline_at: null,
				submitted_at: fields.submittedAt ?? null,
				score: fields.score ?? null
			})
			.execute();
		return id;
	}

	it('creates an assignment with a join code and the module’s version, and reads it back', async () => {
		const a = await createAssignment(db, alice, input(), { now: T0 });
		expect(isValidCode(a.code)).toBe(true);
		expect(a).toMatchObject({
			teacherId: alice,
			title: 'Week 3: reading the NATO story',
			moduleSlug: SLUG,
			moduleVersionId: v1.id,
			skills: ['sequence', 'sources'],
			questionCount: 10,
			shuffle: true,
			feedback: 'submit',
			attemptsAllowed: 2,
			opensAt: null,
			closesAt: null,
			timeLimitMinutes: null,
			closedAt: null,
			createdAt: T0,
			updatedAt: T0
		});
		expect(await getAssignment(db, alice, a.id)).toEqual(a);
		expect(await getAssignmentByCode(db, a.code)).toEqual(a);
		expect(await getAssignmentByCode(db, `${a.code.slice(0, 3).toLowerCase()}-${a.code.slice(3)}`)).toEqual(a);
		expect(await getAssignmentByCode(db, 'OOOOOO')).toBeNull();
		expect(await getAssignmentByCode(db, '')).toBeNull();
	});

	it('stores times, limits and the skill order as given', async () => {
		const a = await createAssignment(
			db,
			alice,
			input({ skills: ['sources', 'sequence'], shuffle: false, feedback: 'close', opensAt: T0, closesAt: T0 + 48 * HOUR, timeLimitMinutes: 45 }),
			{ now: T0 }
		);
		const back = (await getAssignment(db, alice, a.id))!;
		expect(back).toMatchObject({ skills: ['sequence', 'sources'], shuffle: false, feedback: 'close', opensAt: T0, closesAt: T0 + 48 * HOUR, timeLimitMinutes: 45 });
		expect(typeof back.opensAt).toBe('number');
	});

	it('refuses to store a broken assignment', async () => {
		await expect(createAssignment(db, alice, input({ title: '' }))).rejects.toBeInstanceOf(AssignmentInputError);
		await expect(createAssignment(db, alice, input({ moduleSlug: 'nope' }))).rejects.toThrow('Choose one of the modules');
	});

	it('draws another code when the one drawn is taken', async () => {
		const first = await createAssignment(db, alice, input({ title: 'First' }), { newCode: () => 'K7P4QX' });
		expect(first.code).toBe('K7P4QX');
		const drawn = ['K7P4QX', 'K7P4QX', 'TWR6MA'];
		const second = await createAssignment(db, bob, input({ title: 'Second' }), { newCode: () => drawn.shift()! });
		expect(second.code).toBe('TWR6MA');
		expect(drawn).toEqual([]);
		expect((await getAssignmentByCode(db, 'K7P4QX'))!.id).toBe(first.id);
	});

	it('gives up, storing nothing, when every code drawn is taken', async () => {
		const before = (await listAssignments(db, bob)).length;
		await expect(createAssignment(db, bob, input(), { newCode: () => 'K7P4QX' })).rejects.toThrow('No free join code');
		expect(await listAssignments(db, bob)).toHaveLength(before);
	});

	it('lists only the teacher’s own assignments, newest first, with attempt counts', async () => {
		const older = await createAssignment(db, bob, input({ title: 'Older' }), { now: T0 + HOUR });
		const newer = await createAssignment(db, bob, input({ title: 'Newer' }), { now: T0 + 2 * HOUR });
		await addAttempt(newer.id, { submittedAt: T0 + 3 * HOUR, score: 0.5 });
		await addAttempt(newer.id);
		await addAttempt(newer.id, { submittedAt: T0 + 4 * HOUR, score: 1 });
		const list = await listAssignments(db, bob);
		expect(list.every((a) => a.teacherId === bob)).toBe(true);
		const ours = list.filter((a) => a.id === older.id || a.id === newer.id);
		expect(ours.map((a) => [a.title, a.attempts, a.submitted])).toEqual([
			['Newer', 3, 2],
			['Older', 0, 0]
		]);
		expect((await listAssignments(db, alice)).some((a) => a.teacherId !== alice)).toBe(false);
		expect(await listAssignments(db, 'nobody')).toEqual([]);
	});

	it('keeps one teacher out of another’s assignment: read, change, close, delete, attempts', async () => {
		const a = await createAssignment(db, alice, input({ title: 'Alice only' }));
		const attempt = await addAttempt(a.id);
		expect(await getAssignment(db, bob, a.id)).toBeNull();
		expect(await updateAssignment(db, bob, a.id, input({ title: 'Taken over' }))).toBeNull();
		expect(await closeAssignment(db, bob, a.id)).toBeNull();
		expect(await deleteAssignment(db, bob, a.id)).toBe(false);
		expect(await listAttempts(db, bob, a.id)).toBeNull();
		expect(await getAttemptDetail(db, bob, a.id, attempt)).toBeNull();
		expect(await getAssignment(db, alice, a.id)).toMatchObject({ title: 'Alice only', closedAt: null });
		expect(await listAttempts(db, alice, a.id)).toHaveLength(1);
	});

	it('updates the settings and keeps the code and module version', async () => {
		const a = await createAssignment(db, alice, input(), { now: T0 });
		const changed = await updateAssignment(
			db,
			alice,
			a.id,
			input({ title: 'Renamed', skills: ['numbers'], questionCount: 3, feedback: 'each', attemptsAllowed: 5, timeLimitMinutes: 20 }),
			{ now: T0 + HOUR }
		);
		expect(changed).toMatchObject({
			id: a.id,
			code: a.code,
			title: 'Renamed',
			skills: ['numbers'],
			questionCount: 3,
			feedback: 'each',
			attemptsAllowed: 5,
			timeLimitMinutes: 20,
			moduleVersionId: v1.id,
			createdAt: T0,
			updatedAt: T0 + HOUR
		});
		expect(await getAssignment(db, alice, a.id)).toEqual(changed);
		await expect(updateAssignment(db, alice, a.id, input({ questionCount: 1000 }))).rejects.toBeInstanceOf(AssignmentInputError);
		expect(await getAssignment(db, alice, a.id)).toEqual(changed);
	});

	it('closes now, once, and the status follows', async () => {
		const a = await createAssignment(db, alice, input({ closesAt: T0 + 10 * HOUR }), { now: T0 });
		expect(assignmentStatus(a, T0 + HOUR)).toBe('open');
		const closed = (await closeAssignment(db, alice, a.id, T0 + 2 * HOUR))!;
		expect(closed.closedAt).toBe(T0 + 2 * HOUR);
		expect(assignmentStatus(closed, T0 + 2 * HOUR)).toBe('closed');
		expect((await closeAssignment(db, alice, a.id, T0 + 3 * HOUR))!.closedAt).toBe(T0 + 2 * HOUR);
	});

	it('deletes the assignment with every attempt, answer, hint and audit event', async () => {
		const a = await createAssignment(db, alice, input({ title: 'Doomed' }));
		const keep = await createAssignment(db, alice, input({ title: 'Kept' }));
		const attempt = await addAttempt(a.id);
		const kept = await addAttempt(keep.id);
		for (const id of [attempt, kept]) {
			await db.insertInto('answers').values({ attempt_id: id, question_id: 'q-a', response: '{}', hints_used: 0, score: 1, correct: 1, seq: 1, saved_at: T0 }).execute();
			await db.insertInto('hints').values({ attempt_id: id, question_id: 'q-a', taken: 1 }).execute();
			await db.insertInto('audit_events').values({ attempt_id: id, at: T0, kind: 'attempt-started', detail: '{}' }).execute();
		}
		expect(await deleteAssignment(db, alice, a.id)).toBe(true);
		expect(await getAssignment(db, alice, a.id)).toBeNull();
		expect(await deleteAssignment(db, alice, a.id)).toBe(false);
		for (const table of ['answers', 'hints', 'audit_events'] as const) {
			const rows = await db.selectFrom(table).select('attempt_id').execute();
			expect(rows.map((r) => r.attempt_id)).not.toContain(attempt);
			expect(rows.map((r) => r.attempt_id)).toContain(kept);
		}
		expect(await db.selectFrom('attempts').select('id').where('id', '=', attempt).execute()).toEqual([]);
		expect(await getAssignment(db, alice, keep.id)).not.toBeNull();
	});

	it('is given only to one of the teacher’s own classes, and keeps its class once students have started', async () => {
		await db.insertInto('classes').values({ id: 'class-bob', teacher_id: bob, name: 'Bob’s', code: 'CCCCCC', created_at: T0 }).execute();
		await db.insertInto('classes').values({ id: 'class-alice', teacher_id: alice, name: '9B', code: 'DDDDDD', created_at: T0 }).execute();
		await expect(createAssignment(db, alice, input({ classId: 'class-bob' }))).rejects.toEqual(new AssignmentInputError({ class: 'Choose one of your classes.' }));
		const a = await createAssignment(db, alice, input({ classId: 'class-alice', review: 'last' }));
		expect(a).toMatchObject({ classId: 'class-alice', review: 'last' });
		await expect(updateAssignment(db, alice, a.id, input({ classId: 'class-bob' }))).rejects.toBeInstanceOf(AssignmentInputError);
		await addAttempt(a.id);
		await expect(updateAssignment(db, alice, a.id, input({ classId: null }))).rejects.toEqual(
			new AssignmentInputError({ class: 'Who takes it cannot change once students have started. Make a new assignment for another class.' })
		);
		expect(await updateAssignment(db, alice, a.id, input({ classId: 'class-alice', review: 'close', closesAt: T0 + HOUR }))).toMatchObject({ review: 'close' });
	});

	it('will not move an assignment to another module once students have started', async () => {
		const a = await createAssignment(db, alice, input());
		await addAttempt(a.id);
		// Only one module is built in: pretend the stored one is another, as if it had since changed.
		await db.updateTable('assignments').set({ module_slug: 'old-module' }).where('id', '=', a.id).execute();
		await expect(updateAssignment(db, alice, a.id, input())).rejects.toThrow('cannot change once students have started');
	});

	it('lists attempts with their status and score, and shows one in detail', async () => {
		const a = await createAssignment(db, alice, input({ title: 'With attempts' }));
		const done = await addAttempt(a.id, { name: '<b>Sam</b>', submittedAt: T0 + HOUR, score: 0.75, startedAt: T0 });
		const going = await addAttempt(a.id, { name: 'Kim', startedAt: T0 + 1 });
		await db
			.insertInto('answers')
			.values([
				{ attempt_id: done, question_id: 'q-b', response: '{"kind":"tfn","choice":"true"}', hints_used: 1, score: 0.75, correct: 1, seq: 2, saved_at: T0 + 20 },
				{ attempt_id: done, question_id: 'q-a', response: 'not json', hints_used: 0, score: 0, correct: 0, seq: 1, saved_at: T0 + 10 }
			])
			.execute();
		await db.insertInto('hints').values({ attempt_id: done, question_id: 'q-b', taken: 1 }).execute();
		await db
			.insertInto('audit_events')
			.values([
				{ attempt_id: done, at: T0 + 30, kind: 'submitted', detail: '{"score":0.75}' },
				{ attempt_id: done, at: T0, kind: 'attempt-started', detail: '{}' },
				{ attempt_id: done, at: T0 + 15, kind: 'hint-taken', detail: '{"questionId":"q-b","index":0}' }
			])
			.execute();

		const list = (await listAttempts(db, alice, a.id))!;
		expect(list.map((t) => [t.displayName, t.status, t.score, t.answered])).toEqual([
			['<b>Sam</b>', 'submitted', 0.75, 2],
			['Kim', 'in-progress', null, 0]
		]);
		expect(list[0]!.questionIds).toEqual(['q-a', 'q-b', 'q-c']);

		const detail = (await getAttemptDetail(db, alice, a.id, done))!;
		expect(detail.attempt).toMatchObject({ id: done, displayName: '<b>Sam</b>', status: 'submitted', submittedAt: T0 + HOUR });
		expect(detail.answers).toEqual([
			{ questionId: 'q-a', response: null, hintsUsed: 0, score: 0, correct: false, savedAt: T0 + 10 },
			{ questionId: 'q-b', response: { kind: 'tfn', choice: 'true' }, hintsUsed: 1, score: 0.75, correct: true, savedAt: T0 + 20 }
		]);
		expect(detail.hints).toEqual([{ questionId: 'q-b', taken: 1 }]);
		expect(detail.events.map((e) => [e.kind, e.detail])).toEqual([
			['attempt-started', {}],
			['hint-taken', { questionId: 'q-b', index: 0 }],
			['submitted', { score: 0.75 }]
		]);

		// An attempt at another assignment is not found under this one.
		const other = await createAssignment(db, alice, input());
		expect(await getAttemptDetail(db, alice, other.id, done)).toBeNull();
		expect(await getAttemptDetail(db, alice, a.id, 'no-such-attempt')).toBeNull();
		expect(await listAttempts(db, alice, other.id)).toEqual([]);
	});
});
