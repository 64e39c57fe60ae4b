import { randomUUID } from 'node:crypto';
import { SKILLS, type Skill, type StoryModule } from '$lib/content/types';
import type { Db } from './db';
import type { Assignment as AssignmentRow, AuditKind, FeedbackRule, ReviewRule } from './db/schema';
import { generateCode, isValidCode, normaliseCode } from './join-code';
import { loadVersion, teacherVersion, type LoadedVersion } from './modules/store';
import {
	checkbox,
	checkFields,
	datetimeLocal,
	integer,
	isTimeZone,
	oneOf,
	optional,
	someOf,
	text,
	validate,
	type Input,
	type Result
} from './validate';

export type { FeedbackRule, ReviewRule } from './db/schema';

export const FEEDBACK_RULES = ['each', 'submit', 'close'] as const satisfies readonly FeedbackRule[];
export const REVIEW_RULES = ['attempt', 'last', 'close'] as const satisfies readonly ReviewRule[];
/** The form's value for "anyone with the code": anonymous, low-stakes join by code and name. */
export const ANYONE = 'anyone';
export const TITLE_MAX = 120;
export const ATTEMPTS_MAX = 10;
export const TIME_LIMIT_MAX = 300;

/** What a teacher decides when setting an assignment. Times are milliseconds since the epoch. */
export type AssignmentInput = {
	title: string;
	moduleSlug: string;
	/** A non-empty subset of the skills, in `SKILLS` order. */
	skills: Skill[];
	questionCount: number;
	/** Draw the question order anew for each attempt. */
	shuffle: boolean;
	/** Show each attempt the options of its questions in an order of its own (where the question allows); on when not given. */
	shuffleOptions?: boolean;
	/** When students see whether they were right: after each answer, after submitting, after the close date. */
	feedback: FeedbackRule;
	attemptsAllowed: number;
	opensAt: number | null;
	closesAt: number | null;
	timeLimitMinutes: number | null;
	/** The class it is given to (limits and results follow each roster student); null: anyone with the code. */
	classId: string | null;
	/**
	 * When a submitted attempt's keys (score, verdicts, explanations) are released: after each attempt,
	 * after the student's last attempt, or after the close. Feedback after the close date implies 'close'.
	 */
	review: ReviewRule;
};

/** An assignment as stored, with its lists and flags read back into their own types. */
export type Assignment = AssignmentInput & {
	id: string;
	teacherId: string;
	/** The join code, six characters of `CODE_ALPHABET`. */
	code: string;
	/** The stored module version it is pinned to: every attempt at it answers that version. */
	moduleVersionId: string | null;
	/** Set when the teacher closed it early. */
	closedAt: number | null;
	createdAt: number;
	updatedAt: number;
};

export type AssignmentStatus = 'scheduled' | 'open' | 'closed';

/** An assignment in the teacher's list, with how many attempts it has had and how many are in. */
export type AssignmentListItem = Assignment & { attempts: number; submitted: number };

/** Input the rules refuse, by field: thrown by the writers, which never store a broken assignment. */
export class AssignmentInputError extends Error {
	constructor(readonly errors: Record<string, string>) {
		super(`The assignment is not valid: ${Object.values(errors).join(' ')}`);
		this.name = 'AssignmentInputError';
	}
}

// ---------------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------------

/** How many of the module's questions test the chosen skills: the most an assignment can ask. */
export function questionsAvailable(module: StoryModule, skills: readonly Skill[]): number {
	return module.questions.filter((q) => skills.includes(q.skill)).length;
}

/**
 * Whether an assignment is waiting to open, open, or closed. The server's clock decides: closed once the
 * teacher closed it or its close time has come, scheduled before its open time.
 */
export function assignmentStatus(a: Pick<Assignment, 'opensAt' | 'closesAt' | 'closedAt'>, now: number): AssignmentStatus {
	if (a.closedAt !== null || (a.closesAt !== null && a.closesAt <= now)) return 'closed';
	if (a.opensAt !== null && a.opensAt > now) return 'scheduled';
	return 'open';
}

const isWhole = (n: unknown, min: number, max: number): n is number =>
	Number.isSafeInteger(n) && (n as number) >= min && (n as number) <= max;
const isTime = (n: unknown) => n === null || Number.isSafeInteger(n);

/**
 * Everything wrong with an assignment's settings, by field name; empty when it can be stored. The rules
 * that tie fields together live here, so the form and the writers apply the same ones.
 */
export function assignmentProblems(input: AssignmentInput, module: StoryModule | undefined): Record<string, string> {
	const problems: Record<string, string> = {};
	const title = typeof input.title === 'string' ? input.title.trim() : '';
	if (title.length < 1 || title.length > TITLE_MAX) problems.title = `Title must be 1 to ${TITLE_MAX} characters.`;
	if (!module || module.slug !== input.moduleSlug) problems.module = 'Choose one of the modules in the library.';
	const skills = Array.isArray(input.skills) ? input.skills : [];
	if (skills.length === 0 || skills.some((s) => !SKILLS.includes(s)) || new Set(skills).size !== skills.length) {
		problems.skills = 'Choose at least one of the skills.';
	} else if (module && !problems.module) {
		const available = questionsAvailable(module, skills);
		if (!isWhole(input.questionCount, 1, available)) {
			const questions = `${available} question${available === 1 ? '' : 's'}`;
			problems.questionCount = `Number of questions must be from 1 to ${available}: the module has ${questions} on ${skillList(skills)}.`;
		}
	}
	if (typeof input.shuffle !== 'boolean') problems.shuffle = 'Say whether to shuffle the questions.';
	if (input.shuffleOptions !== undefined && typeof input.shuffleOptions !== 'boolean') {
		problems.shuffleOptions = 'Say whether to shuffle the options.';
	}
	if (!FEEDBACK_RULES.includes(input.feedback)) problems.feedback = 'Choose when students get feedback.';
	if (!isWhole(input.attemptsAllowed, 1, ATTEMPTS_MAX)) {
		problems.attemptsAllowed = `Attempts allowed must be a whole number from 1 to ${ATTEMPTS_MAX}.`;
	}
	if (!isTime(input.opensAt)) problems.opens = 'Opens must be a date and time.';
	if (!isTime(input.closesAt)) problems.closes = 'Closes must be a date and time.';
	else if (input.closesAt !== null && input.opensAt !== null && input.closesAt <= input.opensAt) {
		problems.closes = 'Closes must be after the time it opens.';
	} else if (input.feedback === 'close' && input.closesAt === null) {
		problems.closes = 'Set a close time: feedback after the close date needs one.';
	}
	if (!REVIEW_RULES.includes(input.review)) problems.review = 'Choose when students can see the answers of attempts they have submitted.';
	else if (input.review === 'close' && input.closesAt === null && !problems.closes) {
		problems.closes = 'Set a close time: answers released after the close need one.';
	}
	if (input.classId !== null && (typeof input.classId !== 'string' || input.classId.length > 64)) problems.class = 'Choose one of your classes.';
	if (input.timeLimitMinutes !== null && !isWhole(input.timeLimitMinutes, 1, TIME_LIMIT_MAX)) {
		problems.timeLimit = `Time limit in minutes must be a whole number from 1 to ${TIME_LIMIT_MAX}.`;
	}
	return problems;
}

function skillList(skills: readonly Skill[]): string {
	return skills.length === 1 ? skills[0]! : `${skills.slice(0, -1).join(', ')} and ${skills.at(-1)}`;
}

/** The module (the version an assignment would use) at a slug, among those the teacher may assign. */
export type ModuleLookup = (slug: string) => StoryModule | undefined;

/**
 * Reads the assignment form (or the same fields as JSON): `title`, `module`, `skills` (repeated),
 * `questionCount`, `shuffle`, `shuffleOptions`, `feedback`, `attemptsAllowed`, `opens`, `closes` (datetime-local text),
 * `timeLimit`, and `timeZone`, the browser's IANA zone the times are read in (UTC when absent).
 * Errors are keyed by those field names. `lookup` finds the module the form names.
 */
export function readAssignmentForm(input: Input, lookup: ModuleLookup): Result<AssignmentInput> {
	const zone = validate({ timeZone: optional(text({ label: 'Time zone', max: 64 })) }, input);
	const timeZone = zone.ok && zone.value.timeZone && isTimeZone(zone.value.timeZone) ? zone.value.timeZone : 'UTC';
	const fields = checkFields(
		{
			title: text({ label: 'Title', min: 1, max: TITLE_MAX }),
			module: text({ label: 'Module', min: 1, max: 100, required: 'Choose a module.' }),
			skills: someOf({ label: 'Skills', values: SKILLS, min: 1 }),
			// The upper bound depends on the module and skills; the rules below give the exact one.
			questionCount: integer({ label: 'Number of questions', min: 1, max: 1000 }),
			shuffle: checkbox({ label: 'Shuffle the question order' }),
			shuffleOptions: checkbox({ label: 'Options in an order of their own' }),
			feedback: oneOf({ label: 'Feedback', values: FEEDBACK_RULES, required: 'Choose when students get feedback.' }),
			attemptsAllowed: integer({ label: 'Attempts allowed', min: 1, max: ATTEMPTS_MAX }),
			opens: optional(datetimeLocal({ label: 'Opens', timeZone })),
			closes: optional(datetimeLocal({ label: 'Closes', timeZone })),
			timeLimit: optional(integer({ label: 'Time limit in minutes', min: 1, max: TIME_LIMIT_MAX })),
			class: optional(text({ label: 'Who takes it', max: 64 })),
			review: optional(oneOf({ label: 'Answers of submitted attempts', values: REVIEW_RULES, required: 'Choose when students see the answers.' }))
		},
		input
	);
	const v = fields.value;
	const value: AssignmentInput = {
		title: v.title ?? '',
		moduleSlug: v.module ?? '',
		skills: v.skills ?? [],
		questionCount: v.questionCount ?? 0,
		shuffle: v.shuffle ?? false,
		shuffleOptions: v.shuffleOptions ?? false,
		feedback: v.feedback ?? 'each',
		attemptsAllowed: v.attemptsAllowed ?? 1,
		opensAt: v.opens ?? null,
		closesAt: v.closes ?? null,
		timeLimitMinutes: v.timeLimit ?? null,
		classId: v.class && v.class !== ANYONE ? v.class : null,
		review: v.review ?? 'attempt'
	};
	// The rules that tie fields together apply where the fields they read are sound, so a teacher sees
	// every problem at once rather than one round at a time.
	const problems = assignmentProblems(value, lookup(value.moduleSlug));
	const errors = { ...fields.errors };
	for (const [key, needs] of Object.entries(CROSS_FIELD)) {
		if (problems[key] && !errors[key] && needs.every((n) => n in v)) errors[key] = problems[key];
	}
	if (Object.keys(fields.errors).length === 0) Object.assign(errors, problems);
	// The field's own bound (1,000) only guards the parser. The limit a teacher meets is the pool of the
	// module and skills chosen, so every message about the count names that pool, as the form's hint does.
	if (errors.questionCount) {
		errors.questionCount = problems.questionCount && 'module' in v && 'skills' in v ? problems.questionCount : COUNT_WITHOUT_POOL;
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

const COUNT_WITHOUT_POOL = 'Number of questions must be a whole number from 1 to the number the module has on the skills chosen.';

/** The form fields each cross-field rule reads. */
const CROSS_FIELD: Record<string, string[]> = {
	module: ['module'],
	questionCount: ['module', 'skills', 'questionCount'],
	closes: ['opens', 'closes', 'feedback', 'review'],
	review: ['review']
};

// ---------------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------------

function fromRow(row: AssignmentRow): Assignment {
	return {
		id: row.id,
		teacherId: row.teacher_id,
		code: row.code,
		title: row.title,
		moduleSlug: row.module_slug,
		moduleVersionId: row.module_version_id,
		skills: parseSkills(row.skills),
		questionCount: row.question_count,
		shuffle: row.shuffle === 1,
		shuffleOptions: row.shuffle_options === 1,
		feedback: row.feedback,
		attemptsAllowed: row.attempts_allowed,
		opensAt: row.opens_at,
		closesAt: row.closes_at,
		timeLimitMinutes: row.time_limit_minutes,
		closedAt: row.closed_at,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		classId: row.class_id,
		review: row.review
	};
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}

function parseSkills(text: string): Skill[] {
	const value = parseJson(text);
	return Array.isArray(value) ? SKILLS.filter((s) => value.includes(s)) : [];
}

function settingsColumns(input: AssignmentInput) {
	return {
		title: input.title.trim(),
		module_slug: input.moduleSlug,
		skills: JSON.stringify(SKILLS.filter((s) => input.skills.includes(s))),
		question_count: input.questionCount,
		shuffle: input.shuffle ? 1 : 0,
		shuffle_options: input.shuffleOptions === false ? 0 : 1,
		feedback: input.feedback,
		attempts_allowed: input.attemptsAllowed,
		opens_at: input.opensAt,
		closes_at: input.closesAt,
		time_limit_minutes: input.timeLimitMinutes,
		class_id: input.classId,
		review: input.review
	};
}

function check(input: AssignmentInput, module: StoryModule | undefined): void {
	const problems = assignmentProblems(input, module);
	if (Object.keys(problems).length > 0) throw new AssignmentInputError(problems);
}

/** Refuses a class that is not one of the teacher's (the form lists only theirs; a forged post is refused). */
async function checkClass(db: Db, teacherId: string, classId: string | null): Promise<void> {
	if (classId === null) return;
	const row = await db.selectFrom('classes').select('id').where('id', '=', classId).where('teacher_id', '=', teacherId).executeTakeFirst();
	if (!row) throw new AssignmentInputError({ class: 'Choose one of your classes.' });
}

/** How many times `createAssignment` draws a new code when the one drawn is taken. */
const CODE_TRIES = 20;

/**
 * Stores a new assignment with a fresh join code, drawing again when the code is already taken (the
 * unique index decides, so two teachers creating at once cannot get the same code).
 */
export async function createAssignment(
	db: Db,
	teacherId: string,
	input: AssignmentInput,
	options: { now?: number; newCode?: () => string } = {}
): Promise<Assignment> {
	// Pinned to the latest version of a module the teacher may assign.
	const version = await teacherVersion(db, { id: teacherId }, input.moduleSlug);
	check(input, version?.module);
	await checkClass(db, teacherId, input.classId);
	const { now = Date.now(), newCode = generateCode } = options;
	const id = randomUUID();
	for (let i = 0; i < CODE_TRIES; i++) {
		const code = newCode();
		const result = await db
			.insertInto('assignments')
			.values({
				id,
				teacher_id: teacherId,
				code,
				module_version: version!.module.version,
				module_version_id: version!.id,
				closed_at: null,
				created_at: now,
				updated_at: now,
				...settingsColumns(input)
			})
			.onConflict((oc) => oc.column('code').doNothing())
			.executeTakeFirst();
		if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) {
			return (await getAssignment(db, teacherId, id))!;
		}
	}
	throw new Error(`No free join code after ${CODE_TRIES} tries.`);
}

/** The teacher's assignments, newest first, each with its attempt counts. */
export async function listAssignments(db: Db, teacherId: string): Promise<AssignmentListItem[]> {
	const rows = await db
		.selectFrom('assignments as a')
		.leftJoin('attempts as t', 't.assignment_id', 'a.id')
		.where('a.teacher_id', '=', teacherId)
		.groupBy('a.id')
		.selectAll('a')
		.select((eb) => [eb.fn.count<number>('t.id').as('attempt_count'), eb.fn.count<number>('t.submitted_at').as('submitted_count')])
		.orderBy('a.created_at', 'desc')
		.orderBy('a.id')
		.execute();
	return rows.map(({ attempt_count, submitted_count, ...row }) => ({
		...fromRow(row),
		attempts: Number(attempt_count),
		submitted: Number(submitted_count)
	}));
}

/** One of the teacher's assignments; null when there is none with that id, or it is another teacher's. */
export async function getAssignment(db: Db, teacherId: string, id: string): Promise<Assignment | null> {
	const row = await db
		.selectFrom('assignments')
		.selectAll()
		.where('id', '=', id)
		.where('teacher_id', '=', teacherId)
		.executeTakeFirst();
	return row ? fromRow(row) : null;
}

/** The assignment a join code opens, as a student types it (any case, spaces or hyphens); null if none. */
export async function getAssignmentByCode(db: Db, code: string): Promise<Assignment | null> {
	const normal = normaliseCode(code);
	if (!isValidCode(normal)) return null;
	const row = await db.selectFrom('assignments').selectAll().where('code', '=', normal).executeTakeFirst();
	return row ? fromRow(row) : null;
}

/**
 * Changes an assignment's settings; null when it is not the teacher's. The module cannot change once a
 * student has started, since their attempts hold that module's questions.
 */
export async function updateAssignment(
	db: Db,
	teacherId: string,
	id: string,
	input: AssignmentInput,
	options: { now?: number } = {}
): Promise<Assignment | null> {
	const existing = await getAssignment(db, teacherId, id);
	if (!existing) return null;
	// The same module keeps its pinned version (moving to a newer one is `moveToLatestVersion`); another
	// module is pinned to its latest.
	const sameModule = existing.moduleSlug === input.moduleSlug;
	const version = sameModule ? await loadVersion(db, existing.moduleVersionId) : await teacherVersion(db, { id: teacherId }, input.moduleSlug);
	check(input, version?.module);
	await checkClass(db, teacherId, input.classId);
	if (existing.moduleSlug !== input.moduleSlug || existing.classId !== input.classId) {
		const started = await db
			.selectFrom('attempts')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('assignment_id', '=', id)
			.executeTakeFirstOrThrow();
		if (Number(started.n) > 0) {
			throw new AssignmentInputError(
				existing.moduleSlug !== input.moduleSlug
					? { module: 'The module cannot change once students have started. Make a new assignment for another module.' }
					: { class: 'Who takes it cannot change once students have started. Make a new assignment for another class.' }
			);
		}
	}
	await db
		.updateTable('assignments')
		.set({
			...settingsColumns(input),
			module_version: version!.module.version,
			module_version_id: version!.id,
			updated_at: options.now ?? Date.now()
		})
		.where('id', '=', id)
		.where('teacher_id', '=', teacherId)
		.execute();
	return getAssignment(db, teacherId, id);
}

/** What moving an assignment to its module's latest version did, or why it was refused. */
export type VersionMove = { ok: true; assignment: Assignment; message: string } | { ok: false; status: 404 | 409; message: string };

/**
 * Moves an assignment to the latest version of its module, which only happens before anyone has started
 * it: an attempt is graded on the version it answered, and every attempt at an assignment answers the same
 * one. The assignment's row is locked while this is decided, so a student starting at that moment either
 * starts on the old version (and the move is refused) or on the new one.
 */
export async function moveToLatestVersion(db: Db, teacherId: string, id: string, options: { now?: number } = {}): Promise<VersionMove> {
	const existing = await getAssignment(db, teacherId, id);
	if (!existing) return { ok: false, status: 404, message: 'There is no assignment with that id.' };
	const [current, latest] = await Promise.all([
		loadVersion(db, existing.moduleVersionId),
		teacherVersion(db, { id: teacherId }, existing.moduleSlug)
	]);
	if (!latest) return { ok: false, status: 409, message: 'Its module is no longer shared with you, so it stays on the version it has.' };
	if (current && latest.number <= current.number) {
		return { ok: false, status: 409, message: `It already uses the latest version of its module (version ${current.number}).` };
	}
	const problems = assignmentProblems(existing, latest.module);
	if (problems.questionCount) {
		return { ok: false, status: 409, message: `Version ${latest.number} cannot serve its settings: ${problems.questionCount} Lower the number of questions first.` };
	}
	const outcome = await db.transaction().execute(async (trx) => {
		await trx
			.selectFrom('assignments')
			.select('id')
			.where('id', '=', id)
			.$if(db.engine === 'postgres', (q) => q.forUpdate())
			.executeTakeFirst();
		const started = await trx
			.selectFrom('attempts')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('assignment_id', '=', id)
			.executeTakeFirstOrThrow();
		if (Number(started.n) > 0) return 'started' as const;
		await trx
			.updateTable('assignments')
			.set({ module_version_id: latest.id, module_version: latest.module.version, updated_at: options.now ?? Date.now() })
			.where('id', '=', id)
			.where('teacher_id', '=', teacherId)
			.execute();
		return 'moved' as const;
	});
	if (outcome === 'started') {
		const on = current ? `version ${current.number}` : 'the version it has';
		return {
			ok: false,
			status: 409,
			message: `Students have started this assignment on ${on}, so it stays on ${on}: their answers are graded on it. Make a new assignment to use version ${latest.number}.`
		};
	}
	return { ok: true, assignment: (await getAssignment(db, teacherId, id))!, message: `It now uses version ${latest.number} of its module.` };
}

/** The version an assignment is pinned to, loaded (cached); null only for a row made before modules were stored and not yet pinned. */
export function assignmentVersion(db: Db, assignment: Pick<Assignment, 'moduleVersionId'>): Promise<LoadedVersion | null> {
	return loadVersion(db, assignment.moduleVersionId);
}

/** Closes the assignment now (a second close keeps the first time); null when it is not the teacher's. */
export async function closeAssignment(db: Db, teacherId: string, id: string, now = Date.now()): Promise<Assignment | null> {
	await db
		.updateTable('assignments')
		.set({ closed_at: now, updated_at: now })
		.where('id', '=', id)
		.where('teacher_id', '=', teacherId)
		.where('closed_at', 'is', null)
		.execute();
	return getAssignment(db, teacherId, id);
}

/** Deletes the assignment with every attempt, answer, hint and audit event; false when it is not the teacher's. */
export async function deleteAssignment(db: Db, teacherId: string, id: string): Promise<boolean> {
	// The foreign keys cascade from assignments to attempts and on to their answers, hints and events.
	const result = await db.deleteFrom('assignments').where('id', '=', id).where('teacher_id', '=', teacherId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

// ---------------------------------------------------------------------------------------------------
// Attempts, as the teacher reads them
// ---------------------------------------------------------------------------------------------------

export type AttemptSummary = {
	id: string;
	/** As the student typed it: show it as text, never as markup. */
	displayName: string;
	status: 'in-progress' | 'submitted';
	/** 0..1, once submitted. */
	score: number | null;
	startedAt: number;
	submittedAt: number | null;
	deadlineAt: number | null;
	/** Questions answered so far, of `questionIds.length`. */
	answered: number;
	questionIds: string[];
	/** The module version the attempt answered. */
	moduleVersionId: string | null;
};

export type AnswerRecord = {
	questionId: string;
	/** The stored response, parsed; null when it cannot be read. Untrusted: summarise, never render as markup. */
	response: unknown;
	hintsUsed: number;
	score: number;
	correct: boolean;
	savedAt: number;
};

export type AuditRecord = { id: number; at: number; kind: AuditKind; detail: unknown };

export type AttemptDetail = {
	attempt: AttemptSummary;
	answers: AnswerRecord[];
	/** Hints taken per question, answered or not. */
	hints: { questionId: string; taken: number }[];
	/** Oldest first. */
	events: AuditRecord[];
};

function parseIds(text: string): string[] {
	const value = parseJson(text);
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

async function owns(db: Db, teacherId: string, assignmentId: string): Promise<boolean> {
	const row = await db
		.selectFrom('assignments')
		.select('id')
		.where('id', '=', assignmentId)
		.where('teacher_id', '=', teacherId)
		.executeTakeFirst();
	return row !== undefined;
}

function attemptsQuery(db: Db, assignmentId: string) {
	return db
		.selectFrom('attempts as t')
		.leftJoin('answers as ans', 'ans.attempt_id', 't.id')
		.where('t.assignment_id', '=', assignmentId)
		.groupBy('t.id')
		.select([
			't.id',
			't.display_name',
			't.question_ids',
			't.started_at',
			't.submitted_at',
			't.deadline_at',
			't.score',
			't.module_version_id'
		])
		.select((eb) => eb.fn.count<number>('ans.question_id').as('answered'));
}

type AttemptRow = Awaited<ReturnType<ReturnType<typeof attemptsQuery>['executeTakeFirstOrThrow']>>;

function summary(row: AttemptRow): AttemptSummary {
	return {
		id: row.id,
		displayName: row.display_name,
		status: row.submitted_at === null ? 'in-progress' : 'submitted',
		score: row.submitted_at === null ? null : row.score,
		startedAt: row.started_at,
		submittedAt: row.submitted_at,
		deadlineAt: row.deadline_at,
		answered: Number(row.answered),
		questionIds: parseIds(row.question_ids),
		moduleVersionId: row.module_version_id
	};
}

/** The attempts at one of the teacher's assignments, oldest first; null when it is not the teacher's. */
export async function listAttempts(db: Db, teacherId: string, assignmentId: string): Promise<AttemptSummary[] | null> {
	if (!(await owns(db, teacherId, assignmentId))) return null;
	const rows = await attemptsQuery(db, assignmentId).orderBy('t.started_at').orderBy('t.id').execute();
	return rows.map(summary);
}

/**
 * One attempt with its answers, hints and audit trail; null unless the attempt belongs to the
 * assignment and the assignment to the teacher.
 */
export async function getAttemptDetail(
	db: Db,
	teacherId: string,
	assignmentId: string,
	attemptId: string
): Promise<AttemptDetail | null> {
	if (!(await owns(db, teacherId, assignmentId))) return null;
	const row = await attemptsQuery(db, assignmentId).where('t.id', '=', attemptId).executeTakeFirst();
	if (!row) return null;
	const [answers, hints, events] = await Promise.all([
		db.selectFrom('answers').selectAll().where('attempt_id', '=', attemptId).orderBy('saved_at').execute(),
		db.selectFrom('hints').select(['question_id', 'taken']).where('attempt_id', '=', attemptId).execute(),
		db.selectFrom('audit_events').selectAll().where('attempt_id', '=', attemptId).orderBy('at').orderBy('id').execute()
	]);
	return {
		attempt: summary(row),
		answers: answers.map((a) => ({
			questionId: a.question_id,
			response: parseJson(a.response),
			hintsUsed: a.hints_used,
			score: a.score,
			correct: a.correct === 1,
			savedAt: a.saved_at
		})),
		hints: hints.map((h) => ({ questionId: h.question_id, taken: h.taken })),
		events: events.map((e) => ({ id: Number(e.id), at: e.at, kind: e.kind, detail: parseJson(e.detail) }))
	};
}

// ---------------------------------------------------------------------------------------------------
// Classes, retakes and the review rule
// ---------------------------------------------------------------------------------------------------

/** What a class's student sees of an assignment given to their class, with their own attempts. */
export type ClassAssignment = Pick<Assignment, 'id' | 'title' | 'code' | 'opensAt' | 'closesAt' | 'closedAt' | 'attemptsAllowed'> & {
	attemptsUsed: number;
	inProgress: boolean;
};

/** The assignments given to a class, newest first, with the student's attempt counts. */
export async function classAssignments(db: Db, classId: string, studentId: string): Promise<ClassAssignment[]> {
	const rows = await db
		.selectFrom('assignments as a')
		.leftJoin('attempts as t', (join) => join.onRef('t.assignment_id', '=', 'a.id').on('t.student_id', '=', studentId))
		.where('a.class_id', '=', classId)
		.groupBy('a.id')
		.selectAll('a')
		.select((eb) => [
			eb.fn.count<number | string>('t.id').as('used'),
			eb.fn.count<number | string>('t.submitted_at').as('submitted')
		])
		.orderBy('a.created_at', 'desc')
		.orderBy('a.id')
		.execute();
	return rows.map(({ used, submitted, ...row }) => {
		const a = fromRow(row);
		return {
			id: a.id,
			title: a.title,
			code: a.code,
			opensAt: a.opensAt,
			closesAt: a.closesAt,
			closedAt: a.closedAt,
			attemptsAllowed: a.attemptsAllowed,
			attemptsUsed: Number(used),
			inProgress: Number(used) > Number(submitted)
		};
	});
}

/** How many attempts the pool of questions can serve before a student meets a question again. */
export function attemptsWithoutRepeats(pool: number, questionCount: number): number {
	return questionCount > 0 ? Math.floor(pool / questionCount) : 0;
}

/** The student's (or, for an anonymous join, the device's) attempts at the assignment. */
export type AttemptHistory = {
	/** Attempts started, submitted or not. */
	started: number;
	/** Attempts started and not submitted. */
	inProgress: number;
};

/** The assignment fields the review rule reads. */
export type ReviewSettings = Pick<Assignment, 'feedback' | 'review' | 'attemptsAllowed' | 'opensAt' | 'closesAt' | 'closedAt'>;

/**
 * Whether a submitted attempt's keys — its score, its verdicts, the explanations and evidence of its
 * questions — may be shown to the student, on the server's clock. The one place the review rule is
 * decided: every route that shows a submitted attempt asks here.
 *
 * - Nothing before the attempt is submitted (in "after each answer" mode the answer's own check is
 *   the feedback rule's, not a release of the attempt).
 * - Everything once the assignment has closed.
 * - Before that: never under feedback "after the close date" or review "after close"; under review
 *   "after the last attempt" once the student has started every attempt allowed and submitted them all;
 *   under review "after each attempt" at once.
 */
export function mayRevealKeys(
	assignment: ReviewSettings,
	attempt: { submittedAt: number | null },
	now: number,
	history: AttemptHistory
): boolean {
	if (attempt.submittedAt === null) return false;
	if (assignmentStatus(assignment, now) === 'closed') return true;
	if (assignment.feedback === 'close') return false;
	switch (assignment.review) {
		case 'attempt':
			return true;
		case 'last':
			return history.started >= assignment.attemptsAllowed && history.inProgress === 0;
		default:
			return false;
	}
}
