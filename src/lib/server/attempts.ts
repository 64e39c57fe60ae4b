import { randomInt, randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { SKILLS, type Evidence, type Question, type Skill, type StoryModule } from '$lib/content/types';
import { readResponse, totalPoints, type Response } from '$lib/grading';
import { pickRound } from '$lib/quiz/select';
import { drawOptionOrder, inOptionOrder, type OptionOrder } from '$lib/quiz/shuffle';
import type { CheckResult, HintResult, RoundOverview, SavedAttempt } from '$lib/quiz/types';
import { assignmentStatus, mayRevealKeys, type AttemptHistory } from './assignments';
import { newAttemptToken, tokenMatches } from './attempt-token';
import { addressSubject } from './auth/rate-limit';
import { writeTransaction, type Db, type Engine } from './db';
import type { Assignment, Attempt, AuditKind, Database, FeedbackRule } from './db/schema';
import { withoutCrossAnswers } from './leaks';
import { loadVersion, type LoadedVersion } from './modules/store';
import { checkAnswer, hintFor, publicQuestion, roundSummary } from './quiz';
import type { Limit } from './throttle';
import { text } from './validate';

/**
 * A student's attempt at an assignment: starting it, saving answers, taking hints, submitting, and what
 * the student may see of it. The server is the only judge: it draws the questions, counts the hints,
 * grades with the one pure `grade()` (through `checkAnswer`) and keeps the score. Every write runs in a
 * transaction that first locks the attempt's row (PostgreSQL; SQLite runs one transaction at a time), so
 * a save, a hint and a submit of the same attempt never interleave.
 */

/** A request the repository refuses, with a status and a message for the student. */
export type Refused = { ok: false; status: 400 | 404 | 409; message: string };

const refuse = (status: Refused['status'], message: string): Refused => ({ ok: false, status, message });

export const UNKNOWN_CODE = "We can't find an assignment with that code. Check it with your teacher.";
export const NOT_OPEN_HERE = 'That attempt is not open on this device.';
export const NOT_IN_ATTEMPT = 'That question is not part of this attempt.';
export const ALREADY_CHECKED = 'This question was answered in another tab or device, and a checked answer is final.';
export const AFTER_SUBMIT = 'This attempt has been submitted, so its answers can no longer change.';
export const AFTER_CLOSE = 'This assignment has closed, so its answers can no longer change.';
export const AFTER_DEADLINE = 'The time for this attempt is up, so its answers can no longer change.';
export const IN_PROGRESS = 'You have an attempt in progress: carry on with it.';
export const FOR_A_CLASS = 'This assignment is for a class: sign in with your class code and personal code to take it.';

// ---------------------------------------------------------------------------------------------------
// Assignments, as an attempt needs them
// ---------------------------------------------------------------------------------------------------

/** Closed by the teacher or by its close time, on the server's clock (the teacher pages' rule). */
function isClosed(a: Assignment, now: number): boolean {
	return assignmentStatus({ opensAt: a.opens_at, closesAt: a.closes_at, closedAt: a.closed_at }, now) === 'closed';
}

/** When an assignment closes (or closed): the teacher's early close if there was one. */
export function effectiveClose(closesAt: number | null, closedAt: number | null): number | null {
	if (closedAt === null) return closesAt;
	return closesAt === null ? closedAt : Math.min(closesAt, closedAt);
}

function parseSkills(json: string): Skill[] {
	try {
		const parsed: unknown = JSON.parse(json);
		return Array.isArray(parsed) ? SKILLS.filter((s) => parsed.includes(s)) : [];
	} catch {
		return [];
	}
}

// ---------------------------------------------------------------------------------------------------
// Starting
// ---------------------------------------------------------------------------------------------------

/** A uniform random whole number from 0 to n − 1. */
export type Random = (n: number) => number;

/**
 * The questions an attempt asks, in the order asked: the first `count` of the chosen skills in authored
 * order, taken in turn from each skill (the self-study rule, `pickRound`); shuffled per attempt when
 * the assignment says so. Questions in `seen` (the student's earlier attempts) come only when the
 * unseen ones of those skills run out, so a retake tests again where the pool allows.
 */
export function drawQuestions(
	module: StoryModule,
	rule: { skills: readonly Skill[]; count: number; shuffle: boolean },
	random: Random = randomInt,
	seen: ReadonlySet<string> = new Set()
): string[] {
	const all = module.questions.map((q) => publicQuestion(module, q));
	const skills = SKILLS.filter((s) => rule.skills.includes(s));
	const fresh = pickRound(
		all.filter((q) => !seen.has(q.id)),
		{ skills, count: rule.count }
	);
	const again = fresh.length < rule.count ? pickRound(all.filter((q) => seen.has(q.id)), { skills, count: rule.count - fresh.length }) : [];
	const picked = [...fresh, ...again];
	if (rule.shuffle) {
		for (let i = picked.length - 1; i > 0; i--) {
			const j = random(i + 1);
			[picked[i], picked[j]] = [picked[j]!, picked[i]!];
		}
	}
	return picked;
}

const NAME_FIELD = text({ label: 'Your name', min: 1, max: 60, required: 'Enter your name.' });

/**
 * The name a student gives, as the teacher will see it: control and text-direction characters become
 * spaces (they could disguise one name as another in the teacher's list), runs of spaces one, trimmed,
 * 1–60 characters.
 */
export function readDisplayName(value: unknown): { ok: true; name: string } | { ok: false; message: string } {
	// Past 1,000 characters it is refused anyway: left as it is, the work stays bounded and the count true.
	const name =
		typeof value === 'string' && value.length <= 1000
			? value.normalize('NFC').replace(/[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069\s]+/gu, ' ')
			: value;
	const checked = NAME_FIELD({ name }, 'name');
	return checked.ok ? { ok: true, name: checked.value } : { ok: false, message: checked.error };
}

/**
 * Anonymous joins (attempts started by code and display name), per 15 minutes: 60 from one address to
 * one assignment — a class of 30 behind one school address, each starting twice — and 300 from one
 * address to any assignment (ten such classes at once). Roster students are not counted here: their
 * attempts are limited per student.
 */
export const JOIN_WINDOW = 15 * 60 * 1000;
export const JOINS_PER_ASSIGNMENT = 60;
export const JOINS_PER_ADDRESS = 300;

export function joinLimits(ip: string, assignmentId: string): Limit[] {
	// One client: an IPv4 address, or an IPv6 one's /64, which a single home or phone is given whole.
	const address = addressSubject(ip);
	return [
		{ key: `join:assignment:${assignmentId}:address:${address}`, max: JOINS_PER_ASSIGNMENT, windowMs: JOIN_WINDOW },
		{ key: `join:address:${address}`, max: JOINS_PER_ADDRESS, windowMs: JOIN_WINDOW }
	];
}

export type StartInput = {
	assignmentId: string;
	deviceId: string;
	/** Already checked: trimmed, 1–60 characters. */
	displayName: string;
	/** The roster student starting it, for an assignment given to a class: limits follow the student. */
	studentId?: string | null;
	now: number;
	random?: Random;
	/** Seeds the attempt's option order (a fresh random one when not given). */
	optionSeed?: string;
};

export type Started = { ok: true; attempt: Attempt; token: string };

/** A name as people tell names apart (joins and rosters alike): case, width, accents' composition and spacing aside. */
export const nameKey = (name: string) => name.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * True when someone on another device has joined the assignment under the same name ("sam" and "Sam"
 * alike), so that two students never reach the teacher's list looking like one. The same device may
 * reuse its name: that is the same student again.
 */
export async function nameTakenElsewhere(db: Db, assignmentId: string, name: string, deviceId: string): Promise<boolean> {
	const rows = await db
		.selectFrom('attempts')
		.select('display_name')
		.where('assignment_id', '=', assignmentId)
		.where('device_id', '!=', deviceId)
		.execute();
	const key = nameKey(name);
	return rows.some((r) => nameKey(r.display_name) === key);
}

/** What a student is told when their name is taken: add an initial, with the name shown as it will read. */
export function sameNameMessage(name: string): string {
	return `Someone has already joined as “${name}”. Add the first letter of your family name, such as “${name} K.”, so your teacher can tell you apart.`;
}

/**
 * Who an attempt belongs to: a roster student (their attempts follow them to any device) or, for an
 * anonymous join, the device.
 */
export type Taker = { studentId: string } | { deviceId: string };

/** The attempts one student or device has made at an assignment, oldest first. */
export async function attemptsBy(db: Db | Trx, assignmentId: string, taker: Taker): Promise<Attempt[]> {
	const all = db.selectFrom('attempts').selectAll().where('assignment_id', '=', assignmentId);
	return ('studentId' in taker ? all.where('student_id', '=', taker.studentId) : all.where('device_id', '=', taker.deviceId))
		.orderBy('started_at')
		.orderBy('id')
		.execute();
}

/**
 * Starts an attempt when the assignment is open and the student (roster) or device (anonymous) has
 * attempts left; a roster student with an attempt in progress is refused with `IN_PROGRESS` (the join
 * page sends them back to it, whatever the device). Counting and inserting happen under a lock on the assignment's row, so two quick clicks
 * cannot both take the last attempt.
 */
export async function startAttempt(db: Db, input: StartInput): Promise<Started | Refused> {
	const { deviceId, displayName, now } = input;
	const studentId = input.studentId ?? null;
	return db.transaction().execute(async (trx) => {
		const assignment = await trx
			.selectFrom('assignments')
			.selectAll()
			.where('id', '=', input.assignmentId)
			.$if(db.engine === 'postgres', (q) => q.forUpdate())
			.executeTakeFirst();
		if (!assignment) return refuse(404, UNKNOWN_CODE);
		// The version the assignment is pinned to: the attempt answers it, whatever is published later.
		const module = (await loadVersion(trx, assignment.module_version_id))?.module;
		if (!module) return refuse(404, "This assignment's module is no longer available. Tell your teacher.");
		const status = assignmentStatus({ opensAt: assignment.opens_at, closesAt: assignment.closes_at, closedAt: assignment.closed_at }, now);
		if (status === 'scheduled') return refuse(409, 'This assignment is not open yet.');
		if (status === 'closed') return refuse(409, 'This assignment has closed.');
		if ((assignment.class_id === null) !== (studentId === null)) {
			return refuse(409, assignment.class_id === null ? UNKNOWN_CODE : FOR_A_CLASS);
		}
		const earlier = await attemptsBy(trx, assignment.id, studentId === null ? { deviceId } : { studentId });
		// One attempt at a time per roster student: the join page sends them back to it.
		if (studentId !== null && earlier.some((a) => a.submitted_at === null)) return refuse(409, IN_PROGRESS);
		if (earlier.length >= assignment.attempts_allowed) {
			return refuse(409, studentId === null ? 'You have used every attempt this assignment allows on this device.' : 'You have used every attempt this assignment allows.');
		}
		const rule = { skills: parseSkills(assignment.skills), count: assignment.question_count, shuffle: assignment.shuffle === 1 };
		// With feedback after each answer, no question drawn may answer another: see withoutCrossAnswers.
		const pool = assignment.feedback === 'each' ? withoutCrossAnswers(module) : module;
		const seen = new Set(earlier.flatMap((a) => parseIds(a.question_ids)));
		const questionIds = drawQuestions(pool, rule, input.random, seen);
		if (questionIds.length === 0) return refuse(409, 'This assignment has no questions to ask. Tell your teacher.');
		const { token, hash } = newAttemptToken();
		// Each attempt its own option order, kept with it: a reload or another tab shows the same, a retake
		// another. Drawn per question (seeded by its id), so only which questions, not their order, matters.
		const optionOrder =
			assignment.shuffle_options === 1
				? drawOptionOrder(
						pool.questions.filter((q) => questionIds.includes(q.id)).map((q) => publicQuestion(module, q)),
						input.optionSeed ?? randomUUID()
					)
				: null;
		const attempt: Attempt = {
			id: randomUUID(),
			assignment_id: assignment.id,
			token_hash: hash,
			device_id: deviceId,
			display_name: displayName,
			question_ids: JSON.stringify(questionIds),
			started_at: now,
			deadline_at: assignment.time_limit_minutes === null ? null : now + assignment.time_limit_minutes * 60_000,
			submitted_at: null,
			score: null,
			student_id: studentId,
			option_order: optionOrder === null ? null : JSON.stringify(optionOrder),
			module_version_id: assignment.module_version_id
		};
		await trx.insertInto('attempts').values(attempt).execute();
		await audit(trx, attempt.id, now, 'attempt-started', {
			displayName,
			questionIds,
			deadlineAt: attempt.deadline_at
		});
		return { ok: true as const, attempt, token };
	});
}

// ---------------------------------------------------------------------------------------------------
// Opening an attempt with its token
// ---------------------------------------------------------------------------------------------------

/** An attempt opened with its token, with what every request about it needs. */
export type OpenAttempt = {
	attempt: Attempt;
	assignment: Assignment;
	module: StoryModule;
	/** The module version the attempt answers (its number is what the teacher's pages show). */
	version: LoadedVersion;
	/** The attempt's questions in the order drawn (those its module still has). */
	questions: Question<Evidence>[];
};

const ATTEMPT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The attempt, when `token` is its token or it is the signed-in roster student's (`studentId`); null
 * otherwise, whether or not the attempt exists (a caller answers both alike, so ids cannot be probed).
 */
export async function openAttempt(
	db: Db,
	id: string,
	token: string | undefined,
	studentId: string | null = null
): Promise<OpenAttempt | null> {
	const attempt = ATTEMPT_ID.test(id)
		? await db.selectFrom('attempts').selectAll().where('id', '=', id).executeTakeFirst()
		: undefined;
	const tokenOk = tokenMatches(token, attempt?.token_hash);
	if (!attempt || !(tokenOk || (studentId !== null && attempt.student_id === studentId))) return null;
	const assignment = await db.selectFrom('assignments').selectAll().where('id', '=', attempt.assignment_id).executeTakeFirst();
	// Graded on the version it started on: never on content published since.
	const version = assignment && (await loadVersion(db, attempt.module_version_id ?? assignment.module_version_id));
	if (!assignment || !version) return null;
	const module = version.module;
	const questions = parseIds(attempt.question_ids).flatMap((qid) => module.questions.find((q) => q.id === qid) ?? []);
	return { attempt, assignment, module, version, questions };
}

/** An attempt's kept option order; none (the module's order) when absent or unreadable. */
function parseOptionOrder(json: string | null): OptionOrder {
	if (json === null) return {};
	try {
		const value: unknown = JSON.parse(json);
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
		return Object.fromEntries(
			Object.entries(value).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((id) => typeof id === 'string'))
		);
	} catch {
		return {};
	}
}

function parseIds(json: string): string[] {
	try {
		const ids: unknown = JSON.parse(json);
		return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
	} catch {
		return [];
	}
}

// ---------------------------------------------------------------------------------------------------
// Saving answers
// ---------------------------------------------------------------------------------------------------

const MAX_SEQ = 2 ** 31 - 1;

export type Saved = { ok: true; saved: true; seq: number; duplicate?: true; result?: CheckResult };

/**
 * Saves one answer. The body is `{ response, seq }`; `seq` is the client's counter for the question, so
 * a retried or late save (same or older seq) changes nothing and says so. The score uses the hints the
 * server counted, never a number from the client.
 */
export async function saveAnswer(db: Db, open: OpenAttempt, questionId: string, body: unknown, now: number): Promise<Saved | Refused> {
	const question = open.questions.find((q) => q.id === questionId);
	if (!question) return refuse(404, NOT_IN_ATTEMPT);
	if (!isRecord(body)) return refuse(400, 'The answer could not be read. Please try again.');
	const { seq } = body;
	// PostgreSQL's integer column caps it.
	if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1 || seq > MAX_SEQ) {
		return refuse(400, `The save must be numbered with a whole number from 1 to ${MAX_SEQ} (seq).`);
	}
	const read = readResponse(question.kind, body.response);
	if (!read.ok) return refuse(400, read.error);
	const response = read.response;
	const unhinted = checkAnswer(open.module, { questionId, response, hintsUsed: 0 });
	if (!unhinted.ok) return refuse(400, unhinted.message);
	const each = open.assignment.feedback === 'each';

	// On SQLite, saves that arrive together share one commit (and one sync of the disk).
	return writeTransaction(db, async (trx): Promise<Saved | Refused> => {
		const attempt = await lockAttempt(trx, db.engine, open.attempt.id);
		const stored = await trx
			.selectFrom('answers')
			.selectAll()
			.where('attempt_id', '=', attempt.id)
			.where('question_id', '=', questionId)
			.executeTakeFirst();
		// With feedback after each, a checked answer is final: the same answer again is a repeat, whatever
		// its seq; a different one (another tab or device, whose seqs are its own) is refused below.
		const repeat = each ? sameJson(JSON.parse(stored?.response ?? 'null'), response) : seq <= (stored?.seq ?? 0);
		if (stored && repeat) {
			const result = each ? storedResult(open.module, stored) : undefined;
			return { ok: true, saved: true, seq: stored.seq, duplicate: true, ...(result ? { result } : {}) };
		}
		const refused = writeRefusal(attempt, open.assignment, now) ?? (stored && each ? refuse(409, ALREADY_CHECKED) : null);
		if (refused) {
			// Kept in the trail: a teacher sees what another tab or a late device tried to change.
			await audit(trx, attempt.id, now, 'answer-refused', { questionId, seq, response, reason: refused.message });
			return refused;
		}

		const taken = await hintsTaken(trx, attempt.id, questionId);
		const checked = taken === 0 ? unhinted : checkAnswer(open.module, { questionId, response, hintsUsed: taken });
		if (!checked.ok) return refuse(400, checked.message);
		const row = {
			attempt_id: attempt.id,
			question_id: questionId,
			response: JSON.stringify(response),
			hints_used: taken,
			score: checked.result.score,
			correct: checked.result.correct ? 1 : 0,
			seq,
			saved_at: now
		};
		await trx
			.insertInto('answers')
			.values(row)
			.onConflict((oc) =>
				oc
					.columns(['attempt_id', 'question_id'])
					.doUpdateSet((eb) => ({
						response: eb.ref('excluded.response'),
						hints_used: eb.ref('excluded.hints_used'),
						score: eb.ref('excluded.score'),
						correct: eb.ref('excluded.correct'),
						seq: eb.ref('excluded.seq'),
						saved_at: eb.ref('excluded.saved_at')
					}))
					// The row lock makes this redundant today; it keeps "never overwrite a newer save" true
					// should the lock ever go.
					.where('answers.seq', '<', (eb) => eb.ref('excluded.seq'))
			)
			.execute();
		await audit(trx, attempt.id, now, 'answer-saved', { questionId, seq, response });
		return { ok: true, saved: true, seq, ...(each ? { result: checked.result } : {}) };
	});
}

/** Why an attempt takes no more writes (answers, new hints), or null while it does. */
function writeRefusal(attempt: Attempt, assignment: Assignment, now: number): Refused | null {
	if (attempt.submitted_at !== null) return refuse(409, AFTER_SUBMIT);
	if (isClosed(assignment, now)) return refuse(409, AFTER_CLOSE);
	if (attempt.deadline_at !== null && attempt.deadline_at <= now) return refuse(409, AFTER_DEADLINE);
	return null;
}

// ---------------------------------------------------------------------------------------------------
// Hints
// ---------------------------------------------------------------------------------------------------

/**
 * One hint, in order. Asking again for a hint already taken returns it without counting it twice. A new
 * hint is refused once the question is checked ('each' feedback) or the attempt takes no more writes; a
 * hint taken after an answer was saved re-scores that answer, so it costs what it would have cost before.
 */
export async function takeHint(
	db: Db,
	open: OpenAttempt,
	questionId: string,
	body: unknown,
	now: number
): Promise<({ ok: true } & HintResult) | Refused> {
	const question = open.questions.find((q) => q.id === questionId);
	if (!question) return refuse(404, NOT_IN_ATTEMPT);
	const index = isRecord(body) ? body.index : undefined;
	if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) {
		return refuse(400, 'Say which hint, counting from 0 (index).');
	}
	const hint = hintFor(open.module, { questionId, index });
	if (!hint.ok) return refuse(404, hint.message);

	return db.transaction().execute(async (trx): Promise<({ ok: true } & HintResult) | Refused> => {
		const attempt = await lockAttempt(trx, db.engine, open.attempt.id);
		const taken = await hintsTaken(trx, attempt.id, questionId);
		if (index < taken) return { ok: true, ...hint.result };
		if (index > taken) return refuse(400, `Hints come one at a time: the next one is hint ${taken + 1}.`);
		const closed = writeRefusal(attempt, open.assignment, now);
		if (closed) return closed;
		const answer = await trx
			.selectFrom('answers')
			.selectAll()
			.where('attempt_id', '=', attempt.id)
			.where('question_id', '=', questionId)
			.executeTakeFirst();
		if (answer && open.assignment.feedback === 'each') {
			return refuse(409, 'This question has been checked, so no more hints can be taken for it.');
		}
		await trx
			.insertInto('hints')
			.values({ attempt_id: attempt.id, question_id: questionId, taken: index + 1 })
			.onConflict((oc) => oc.columns(['attempt_id', 'question_id']).doUpdateSet({ taken: index + 1 }))
			.execute();
		if (answer) {
			const rescored = checkAnswer(open.module, { questionId, response: JSON.parse(answer.response), hintsUsed: index + 1 });
			if (rescored.ok) {
				await trx
					.updateTable('answers')
					.set({ hints_used: index + 1, score: rescored.result.score, correct: rescored.result.correct ? 1 : 0 })
					.where('attempt_id', '=', attempt.id)
					.where('question_id', '=', questionId)
					.execute();
			}
		}
		await audit(trx, attempt.id, now, 'hint-taken', { questionId, index });
		return { ok: true, ...hint.result };
	});
}

// ---------------------------------------------------------------------------------------------------
// Submitting
// ---------------------------------------------------------------------------------------------------

export type Submission = {
	submittedAt: number;
	/** Whether the score and the results may be shown now. */
	released: boolean;
	score?: number;
	results?: CheckResult[];
};

/**
 * Submits the attempt once: however many submits arrive, one sets the time and the score (the mean over
 * the attempt's questions of the saved scores, unanswered counting 0) and one 'submitted' is audited.
 * Works after the deadline and the close: it records what was saved while saving was open.
 */
export async function submitAttempt(db: Db, open: OpenAttempt, now: number): Promise<Submission> {
	const attempt = await db.transaction().execute(async (trx) => {
		const locked = await lockAttempt(trx, db.engine, open.attempt.id);
		if (locked.submitted_at !== null) return locked;
		const answers = await trx.selectFrom('answers').select(['question_id', 'score']).where('attempt_id', '=', locked.id).execute();
		const score = attemptScore(parseIds(locked.question_ids), answers);
		const updated = await trx
			.updateTable('attempts')
			.set({ submitted_at: now, score })
			.where('id', '=', locked.id)
			.where('submitted_at', 'is', null)
			.executeTakeFirst();
		if (updated.numUpdatedRows === 1n) await audit(trx, locked.id, now, 'submitted', { score });
		return trx.selectFrom('attempts').selectAll().where('id', '=', locked.id).executeTakeFirstOrThrow();
	});
	const released = await keysReleased(db, open.assignment, attempt, now);
	if (!released) return { submittedAt: attempt.submitted_at!, released };
	const answers = await storedAnswers(db, attempt.id);
	return {
		submittedAt: attempt.submitted_at!,
		released,
		score: attempt.score ?? 0,
		results: open.questions.flatMap((q) => {
			const a = answers.get(q.id);
			return a ? (storedResult(open.module, a) ?? []) : [];
		})
	};
}

/** The mean over the questions of the saved scores; a question without an answer scores 0. */
export function attemptScore(questionIds: string[], answers: { question_id: string; score: number }[]): number {
	if (questionIds.length === 0) return 0;
	const byQuestion = new Map(answers.map((a) => [a.question_id, a.score]));
	const total = totalPoints(questionIds.map((id) => byQuestion.get(id) ?? 0));
	return Math.round((total / questionIds.length) * 1e4) / 1e4;
}

/** The attempts made by the same roster student, or for an anonymous join the same device. */
export async function attemptHistory(db: Db, attempt: Attempt): Promise<AttemptHistory> {
	const row = await db
		.selectFrom('attempts')
		.select((eb) => [eb.fn.countAll<number | string>().as('started'), eb.fn.count<number | string>('submitted_at').as('submitted')])
		.where('assignment_id', '=', attempt.assignment_id)
		.$if(attempt.student_id === null, (q) => q.where('device_id', '=', attempt.device_id).where('student_id', 'is', null))
		.$if(attempt.student_id !== null, (q) => q.where('student_id', '=', attempt.student_id))
		.executeTakeFirstOrThrow();
	return { started: Number(row.started), inProgress: Number(row.started) - Number(row.submitted) };
}

/**
 * Whether this submitted attempt's score and keys may be shown now: the assignment's review rule, as
 * `mayRevealKeys` decides it, with the student's (or device's) attempts read from the database.
 */
export async function keysReleased(db: Db, assignment: Assignment, attempt: Attempt, now: number): Promise<boolean> {
	if (attempt.submitted_at === null) return false;
	const settings = {
		feedback: assignment.feedback,
		review: assignment.review,
		attemptsAllowed: assignment.attempts_allowed,
		opensAt: assignment.opens_at,
		closesAt: assignment.closes_at,
		closedAt: assignment.closed_at
	};
	return mayRevealKeys(settings, { submittedAt: attempt.submitted_at }, now, await attemptHistory(db, attempt));
}

// ---------------------------------------------------------------------------------------------------
// What the student sees
// ---------------------------------------------------------------------------------------------------

export const SUMMARY_WITHHELD = 'The timeline and the source map come with the results, once they are released.';

/** The timeline and source map of the attempt's questions: only once its results are released. */
export async function attemptSummary(db: Db, open: OpenAttempt, now: number): Promise<{ ok: true; result: RoundOverview } | Refused> {
	const attempt = await db.selectFrom('attempts').selectAll().where('id', '=', open.attempt.id).executeTakeFirstOrThrow();
	if (!(await keysReleased(db, open.assignment, attempt, now))) return refuse(409, SUMMARY_WITHHELD);
	const summary = roundSummary(open.module, { questionIds: open.questions.map((q) => q.id) });
	return summary.ok ? summary : refuse(400, summary.message);
}

/** An attempt's saved state, for resuming it: the type the attempt page reads. */
export type SavedState = SavedAttempt;

export async function savedState(db: Db, open: OpenAttempt, now: number): Promise<SavedState> {
	const { attempt } = open;
	const [answers, hints] = await Promise.all([
		storedAnswers(db, attempt.id),
		db.selectFrom('hints').select(['question_id', 'taken']).where('attempt_id', '=', attempt.id).execute()
	]);
	const released = await keysReleased(db, open.assignment, attempt, now);
	// In "after each answer" mode an attempt in progress shows its own checked answers; once submitted,
	// the review rule decides.
	const showResults = released || (open.assignment.feedback === 'each' && attempt.submitted_at === null);
	const state: SavedState = { id: attempt.id, submittedAt: attempt.submitted_at, deadlineAt: attempt.deadline_at, answers: {}, hints: {} };
	const results: Record<string, CheckResult> = {};
	for (const q of open.questions) {
		const a = answers.get(q.id);
		if (a) {
			state.answers[q.id] = { response: JSON.parse(a.response) as Response, seq: a.seq };
			const result = showResults ? storedResult(open.module, a) : undefined;
			if (result) results[q.id] = result;
		}
		const taken = hints.find((h) => h.question_id === q.id)?.taken ?? 0;
		if (taken > 0) state.hints[q.id] = (q.hints ?? []).slice(0, taken);
	}
	if (showResults) state.results = results;
	if (released && attempt.submitted_at !== null && attempt.score !== null) state.score = attempt.score;
	return state;
}

/** The attempt as its page shows it: its rules and questions (public parts only) and its saved state. */
export async function attemptPage(db: Db, open: OpenAttempt, now: number) {
	const { attempt, assignment, module } = open;
	const saved = await savedState(db, open, now);
	const optionOrder = parseOptionOrder(attempt.option_order);
	return {
		attempt: {
			id: attempt.id,
			displayName: attempt.display_name,
			title: assignment.title,
			moduleTitle: module.title,
			version: module.version,
			feedback: assignment.feedback as FeedbackRule,
			review: assignment.review,
			attemptsAllowed: assignment.attempts_allowed,
			roster: attempt.student_id !== null,
			closesAt: effectiveClose(assignment.closes_at, assignment.closed_at),
			deadlineAt: attempt.deadline_at,
			submittedAt: saved.submittedAt,
			now
		},
		story: module.story,
		questions: open.questions.map((q) => inOptionOrder(publicQuestion(module, q), optionOrder[q.id])),
		saved
	};
}

// ---------------------------------------------------------------------------------------------------
// For the teacher's pages
// ---------------------------------------------------------------------------------------------------

export type AttemptWithAnswers = {
	id: string;
	displayName: string;
	startedAt: number;
	deadlineAt: number | null;
	submittedAt: number | null;
	/** 0..1 once submitted. */
	score: number | null;
	/** In the order drawn for this attempt. */
	questionIds: string[];
	answers: Record<string, { response: Response; score: number; correct: boolean; hintsUsed: number; savedAt: number }>;
	/** Hints taken, by question, answered or not. */
	hints: Record<string, number>;
};

/** Every attempt at an assignment with its answers, oldest first. No tokens, no device ids. */
export async function attemptsWithAnswers(db: Db, assignmentId: string): Promise<AttemptWithAnswers[]> {
	const [attempts, answers, hints] = await Promise.all([
		db.selectFrom('attempts').selectAll().where('assignment_id', '=', assignmentId).orderBy('started_at').orderBy('id').execute(),
		db
			.selectFrom('answers')
			.innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
			.selectAll('answers')
			.where('attempts.assignment_id', '=', assignmentId)
			.execute(),
		db
			.selectFrom('hints')
			.innerJoin('attempts', 'attempts.id', 'hints.attempt_id')
			.selectAll('hints')
			.where('attempts.assignment_id', '=', assignmentId)
			.execute()
	]);
	const summaries = new Map<string, AttemptWithAnswers>(
		attempts.map((a) => [
			a.id,
			{
				id: a.id,
				displayName: a.display_name,
				startedAt: a.started_at,
				deadlineAt: a.deadline_at,
				submittedAt: a.submitted_at,
				score: a.score,
				questionIds: parseIds(a.question_ids),
				answers: {},
				hints: {}
			}
		])
	);
	for (const a of answers) {
		const s = summaries.get(a.attempt_id);
		if (s) {
			s.answers[a.question_id] = {
				response: JSON.parse(a.response) as Response,
				score: a.score,
				correct: a.correct === 1,
				hintsUsed: a.hints_used,
				savedAt: a.saved_at
			};
		}
	}
	for (const h of hints) {
		const s = summaries.get(h.attempt_id);
		if (s) s.hints[h.question_id] = h.taken;
	}
	return [...summaries.values()];
}

export type AuditEntry = { id: number; at: number; kind: AuditKind; detail: Record<string, unknown> };

/** The attempt's audit trail, in the order it happened. */
export async function attemptAudit(db: Db, attemptId: string): Promise<AuditEntry[]> {
	const rows = await db.selectFrom('audit_events').selectAll().where('attempt_id', '=', attemptId).orderBy('id').execute();
	return rows.map((r) => ({ id: Number(r.id), at: r.at, kind: r.kind, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

type Trx = Transaction<Database>;

/** The attempt's row, locked for the rest of the transaction on PostgreSQL. */
async function lockAttempt(trx: Trx, engine: Engine, id: string): Promise<Attempt> {
	return trx
		.selectFrom('attempts')
		.selectAll()
		.where('id', '=', id)
		.$if(engine === 'postgres', (q) => q.forUpdate())
		.executeTakeFirstOrThrow();
}

async function hintsTaken(trx: Trx, attemptId: string, questionId: string): Promise<number> {
	const row = await trx
		.selectFrom('hints')
		.select('taken')
		.where('attempt_id', '=', attemptId)
		.where('question_id', '=', questionId)
		.executeTakeFirst();
	return row?.taken ?? 0;
}

async function storedAnswers(db: Db, attemptId: string) {
	const rows = await db.selectFrom('answers').selectAll().where('attempt_id', '=', attemptId).execute();
	return new Map(rows.map((r) => [r.question_id, r]));
}

function storedResult(module: StoryModule, a: { question_id: string; response: string; hints_used: number }): CheckResult | undefined {
	const checked = checkAnswer(module, { questionId: a.question_id, response: JSON.parse(a.response), hintsUsed: a.hints_used });
	return checked.ok ? checked.result : undefined;
}

async function audit(trx: Trx, attemptId: string, at: number, kind: AuditKind, detail: Record<string, unknown>) {
	await trx.insertInto('audit_events').values({ attempt_id: attemptId, at, kind, detail: JSON.stringify(detail) }).execute();
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equal as JSON, whatever the order of object keys (a matching answer's pairs). */
function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sorted);
	if (isRecord(value)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]));
	return value;
}
