import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS } from '$lib/content/types';
import { pickRound } from '$lib/quiz/select';
import { hashAttemptToken, newAttemptToken } from './attempt-token';
import {
	AFTER_CLOSE,
	AFTER_DEADLINE,
	AFTER_SUBMIT,
	ALREADY_CHECKED,
	attemptAudit,
	attemptPage,
	attemptScore,
	drawQuestions,
	nameTakenElsewhere,
	sameNameMessage,
	attemptsWithAnswers,
	FOR_A_CLASS,
	IN_PROGRESS,
	joinLimits,
	keysReleased,
	NOT_IN_ATTEMPT,
	openAttempt,
	readDisplayName,
	saveAnswer,
	savedState,
	startAttempt,
	submitAttempt,
	takeHint,
	type OpenAttempt,
	type Random
} from './attempts';
import type { Db } from './db';
import type { Assignment } from './db/schema';
import { freshDatabase, testEngines } from './db/testing';
import { findModule, modules } from './modules';
import { publicVersion, seedBuiltIns } from './modules/store';
import { publicQuestion } from './quiz';
import { drawOptionOrder } from '$lib/quiz/shuffle';

const module = findModule('nato-russia-missions-2021')!;
const NOW = Date.UTC(2026, 10, 27, 9, 0);
const MINUTE = 60_000;

/** seq-lead: single choice, answer 'reply', one hint. First of the sequence questions. */
const LEAD = 'seq-lead';
const right = { kind: 'single', option: 'reply' };
const wrong = { kind: 'single', option: 'cut' };

function orderingItems(id: string): string[] {
	const q = module.questions.find((x) => x.id === id)!;
	return q.kind === 'ordering' ? q.items : [];
}

/** A seeded generator, so a shuffled order is the same on every run. */
function seeded(seed: number): Random {
	let s = seed >>> 0;
	return (n) => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s % n;
	};
}

/**
 * Stores an assignment of the built-in module (pinned to its stored version `versionId`) by teacher t1:
 * `id` names it and its code; the settings are the defaults below but for `overrides`.
 */
async function storeAssignment(db: Db, id: string, versionId: string, overrides: Partial<Assignment>): Promise<Assignment> {
	const row: Assignment = {
		id,
		teacher_id: 't1',
		code: id.toUpperCase().padStart(6, 'C'),
		title: `Assignment ${id}`,
		module_slug: module.slug,
		module_version: module.version,
		module_version_id: versionId,
		skills: JSON.stringify(['sequence']),
		question_count: 3,
		shuffle: 0,
		feedback: 'submit',
		attempts_allowed: 10,
		class_id: null,
		review: 'attempt',
		shuffle_options: 0,
		opens_at: null,
		closes_at: null,
		time_limit_minutes: null,
		closed_at: null,
		created_at: NOW - 60 * MINUTE,
		updated_at: NOW - 60 * MINUTE,
		...overrides
	};
	await db.insertInto('assignments').values(row).execute();
	return row;
}

describe('drawing the questions', () => {
	const all = module.questions.map((q) => publicQuestion(module, q));

	it('takes the first of the chosen skills in authored order, in turn by skill, without shuffling', () => {
		const ids = drawQuestions(module, { skills: ['sources', 'numbers'], count: 5, shuffle: false });
		expect(ids).toEqual(pickRound(all, { skills: ['numbers', 'sources'], count: 5 }));
		expect(ids.map((id) => module.questions.find((q) => q.id === id)!.skill)).toEqual([
			'numbers',
			'sources',
			'numbers',
			'sources',
			'numbers'
		]);
	});

	it('shuffles the same selection when the assignment says so, the same way for the same seed', () => {
		const a = { skills: SKILLS, count: 12, shuffle: true };
		const plain = drawQuestions(module, { ...a, shuffle: false });
		const one = drawQuestions(module, a, seeded(7));
		expect(one).not.toEqual(plain);
		expect([...one].sort()).toEqual([...plain].sort());
		expect(drawQuestions(module, a, seeded(7))).toEqual(one);
		expect(drawQuestions(module, a, seeded(8))).not.toEqual(one);
	});

});

describe('join throttles', () => {
	const keys = (address: string) => joinLimits(address, 'a1').map((l) => l.key);

	it('count one client per IPv4 address (mapped or not) and per IPv6 /64, so stepping through a /64 does not escape them', () => {
		expect(keys('2001:db8:1:2::7')).toEqual(keys('2001:db8:1:2:ffff:1:2:3'));
		expect(keys('2001:db8:1:3::7')).not.toEqual(keys('2001:db8:1:2::7'));
		expect(keys('::ffff:192.0.2.1')).toEqual(keys('192.0.2.1'));
		expect(keys('192.0.2.2')).not.toEqual(keys('192.0.2.1'));
	});
});

describe('the name a student gives', () => {
	it('is trimmed, with runs of spaces and control characters made one space', () => {
		expect(readDisplayName('  Ada   Lovelace ')).toEqual({ ok: true, name: 'Ada Lovelace' });
		expect(readDisplayName('Ada\u202Eecalevol\n\tL')).toEqual({ ok: true, name: 'Ada ecalevol L' });
		expect(readDisplayName('<b>x</b>')).toEqual({ ok: true, name: '<b>x</b>' });
		expect(readDisplayName('x'.repeat(60))).toMatchObject({ ok: true });
	});

	it('is refused when empty or longer than 60 characters, saying why', () => {
		expect(readDisplayName('   ')).toEqual({ ok: false, message: 'Enter your name.' });
		expect(readDisplayName(undefined)).toEqual({ ok: false, message: 'Enter your name.' });
		expect(readDisplayName('x'.repeat(61))).toEqual({
			ok: false,
			message: 'Your name must be 60 characters or fewer; this one has 61.'
		});
		expect(readDisplayName('x'.repeat(100_000))).toEqual({
			ok: false,
			message: 'Your name must be 60 characters or fewer; this one has 100,000.'
		});
	});
});

describe('the score of an attempt', () => {
	it('is the mean over its questions, an unanswered one counting 0', () => {
		expect(attemptScore(['a', 'b', 'c', 'd'], [{ question_id: 'a', score: 1 }, { question_id: 'b', score: 0.5 }])).toBe(0.375);
		expect(attemptScore(['a'], [{ question_id: 'other', score: 1 }])).toBe(0);
		expect(attemptScore([], [])).toBe(0);
	});

	it('counts an answer below chance against the others, and is never below zero', () => {
		expect(attemptScore(['a', 'b'], [{ question_id: 'a', score: 1 }, { question_id: 'b', score: -1 / 3 }])).toBeCloseTo(1 / 3, 3);
		expect(attemptScore(['a', 'b'], [{ question_id: 'a', score: -1 / 3 }, { question_id: 'b', score: -0.5 }])).toBe(0);
	});
});

describe.each(testEngines)('attempts on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let counter = 0;
	let versionId: string;

	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
		await db.insertInto('teachers').values({ id: 't1', email: 't@school.test', name: 'T', password_hash: 'x', created_at: NOW }).execute();
		await seedBuiltIns(db, modules, NOW);
		versionId = (await publicVersion(db, module.slug))!.id;
	});
	afterAll(() => drop());

	async function assignment(overrides: Partial<Assignment> = {}): Promise<Assignment> {
		return storeAssignment(db, `a${++counter}`, versionId, overrides);
	}

	async function start(a: Assignment, options: { device?: string; name?: string; now?: number; random?: Random; optionSeed?: string } = {}) {
		const started = await startAttempt(db, {
			assignmentId: a.id,
			deviceId: options.device ?? 'device-1',
			displayName: options.name ?? 'Ada',
			now: options.now ?? NOW,
			random: options.random,
			optionSeed: options.optionSeed
		});
		if (!started.ok) throw new Error(started.message);
		const open = await openAttempt(db, started.attempt.id, started.token);
		if (!open) throw new Error('the new attempt does not open with its token');
		return { ...started, open };
	}

	/** The attempt as a later request sees it. */
	async function reopen(open: OpenAttempt, token: string) {
		return (await openAttempt(db, open.attempt.id, token))!;
	}

	async function answerRow(attemptId: string, questionId: string) {
		return db.selectFrom('answers').selectAll().where('attempt_id', '=', attemptId).where('question_id', '=', questionId).executeTakeFirst();
	}

	describe('starting', () => {
		it('tells when a name is taken on another device, whatever its case or spacing', async () => {
			const a = await assignment();
			await start(a, { device: 'sam-1', name: 'Sam' });
			expect(await nameTakenElsewhere(db, a.id, 'sam', 'sam-2')).toBe(true);
			expect(await nameTakenElsewhere(db, a.id, ' SAM ', 'sam-2')).toBe(true);
			expect(await nameTakenElsewhere(db, a.id, 'Sam K.', 'sam-2')).toBe(false);
			// The same device is the same student again, and another assignment is another list.
			expect(await nameTakenElsewhere(db, a.id, 'Sam', 'sam-1')).toBe(false);
			expect(await nameTakenElsewhere(db, (await assignment()).id, 'Sam', 'sam-2')).toBe(false);
			expect(sameNameMessage('Sam')).toContain('“Sam K.”');
		});

		it('draws the questions, sets the deadline, keeps only the hash of the token and audits the start', async () => {
			const a = await assignment({ time_limit_minutes: 20 });
			const { attempt, token, open } = await start(a, { name: 'Ada' });
			const row = await db.selectFrom('attempts').selectAll().where('id', '=', attempt.id).executeTakeFirstOrThrow();
			expect(row.token_hash).toBe(hashAttemptToken(token));
			expect(JSON.stringify(row)).not.toContain(token);
			expect(JSON.parse(row.question_ids)).toEqual([LEAD, 'seq-order-response', 'seq-order-reply']);
			expect(open.questions.map((q) => q.id)).toEqual([LEAD, 'seq-order-response', 'seq-order-reply']);
			expect(row).toMatchObject({ display_name: 'Ada', started_at: NOW, deadline_at: NOW + 20 * MINUTE, submitted_at: null, score: null });
			const events = await attemptAudit(db, attempt.id);
			expect(events.map((e) => e.kind)).toEqual(['attempt-started']);
			expect(events[0]!.detail).toMatchObject({ displayName: 'Ada', deadlineAt: NOW + 20 * MINUTE });
		});

		it('draws a new order for each attempt when the assignment shuffles', async () => {
			const a = await assignment({ skills: JSON.stringify(['sequence', 'numbers', 'sources']), question_count: 12, shuffle: 1 });
			const seededOrders = [];
			for (const seed of [1, 2]) {
				const { attempt } = await start(a, { device: `seed-${seed}`, random: seeded(seed) });
				const row = await db.selectFrom('attempts').select('question_ids').where('id', '=', attempt.id).executeTakeFirstOrThrow();
				seededOrders.push(row.question_ids);
			}
			expect(seededOrders[0]).not.toEqual(seededOrders[1]);
			const rule = { skills: SKILLS, count: 12, shuffle: true };
			expect(JSON.parse(seededOrders[0]!)).toEqual(drawQuestions(module, rule, seeded(1)));
			// With the server's own cryptographic draws: 12! orders, so five equal ones would mean no shuffle.
			const orders = new Set<string>();
			for (let i = 0; i < 5; i++) orders.add((await start(a, { device: `crypto-${i}` })).attempt.question_ids);
			expect(orders.size).toBeGreaterThan(1);
			for (const order of orders) expect([...JSON.parse(order)].sort()).toEqual(drawQuestions(module, { ...rule, shuffle: false }).sort());
		});

		it('keeps each attempt’s option order: the page shows it on every load, another attempt has its own, grading goes by id', async () => {
			const a = await assignment({ skills: JSON.stringify(['sequence', 'numbers', 'sources']), question_count: 51, shuffle_options: 1 });
			const one = await start(a, { device: 'options-1', optionSeed: 'one' });
			const two = await start(a, { device: 'options-2', optionSeed: 'two' });
			const stored = async (id: string) =>
				JSON.parse((await db.selectFrom('attempts').select('option_order').where('id', '=', id).executeTakeFirstOrThrow()).option_order!) as Record<string, string[]>;
			const questions = one.open.questions.map((q) => publicQuestion(one.open.module, q));
			expect(await stored(one.attempt.id)).toEqual(drawOptionOrder(questions, 'one'));
			expect(await stored(two.attempt.id)).not.toEqual(await stored(one.attempt.id));

			const shown = async (open: OpenAttempt, token: string) => {
				const page = await attemptPage(db, await reopen(open, token), NOW);
				return Object.fromEntries(page.questions.flatMap((q) => (q.kind === 'single' || q.kind === 'multiple' ? [[q.id, q.options.map((o) => o.id)]] : [])));
			};
			const first = await shown(one.open, one.token);
			// Every single and multiple choice question of the module is shown in the stored order, on every load.
			expect(Object.keys(first)).toHaveLength(module.questions.filter((q) => q.kind === 'single' || q.kind === 'multiple').length);
			for (const [id, order] of Object.entries(first)) expect(order).toEqual((await stored(one.attempt.id))[id]);
			expect(await shown(one.open, one.token)).toEqual(first);
			expect(await shown(two.open, two.token)).not.toEqual(first);

			// The key is an option's id, wherever it stands.
			const saved = await saveAnswer(db, await reopen(one.open, one.token), LEAD, { response: right, seq: 1 }, NOW);
			expect(saved.ok).toBe(true);
			expect((await answerRow(one.attempt.id, LEAD))?.correct).toBe(1);

			// Turned off by the teacher: nothing stored, the module's order.
			const plain = await assignment({ question_count: 3, shuffle_options: 0 });
			const three = await start(plain, { device: 'options-3' });
			expect(three.attempt.option_order).toBeNull();
			const page = await attemptPage(db, three.open, NOW);
			expect(page.questions).toEqual(three.open.questions.map((q) => publicQuestion(three.open.module, q)));
		});

		it('counts attempts per device against the number allowed, even when they start at once', async () => {
			const a = await assignment({ attempts_allowed: 2 });
			const results = await Promise.all(
				Array.from({ length: 6 }, () => startAttempt(db, { assignmentId: a.id, deviceId: 'busy', displayName: 'B', now: NOW }))
			);
			expect(results.filter((r) => r.ok)).toHaveLength(2);
			expect(results.find((r) => !r.ok)).toEqual({
				ok: false,
				status: 409,
				message: 'You have used every attempt this assignment allows on this device.'
			});
			expect((await start(a, { device: 'another' })).ok).toBe(true);
		});

		it('is refused before the assignment opens and after it closes', async () => {
			const early = await assignment({ opens_at: NOW + MINUTE });
			expect(await startAttempt(db, { assignmentId: early.id, deviceId: 'd', displayName: 'A', now: NOW })).toMatchObject({ ok: false, status: 409 });
			const late = await assignment({ closes_at: NOW - MINUTE });
			expect(await startAttempt(db, { assignmentId: late.id, deviceId: 'd', displayName: 'A', now: NOW })).toMatchObject({
				ok: false,
				message: 'This assignment has closed.'
			});
			const closed = await assignment({ closed_at: NOW - MINUTE, closes_at: NOW + 60 * MINUTE });
			expect(await startAttempt(db, { assignmentId: closed.id, deviceId: 'd', displayName: 'A', now: NOW })).toMatchObject({ ok: false });
			expect(await db.selectFrom('attempts').select('id').where('assignment_id', 'in', [early.id, late.id, closed.id]).execute()).toEqual([]);
		});
	});

	describe('opening', () => {
		it('needs the attempt’s own token', async () => {
			const a = await assignment();
			const first = await start(a);
			const second = await start(a);
			expect(await openAttempt(db, first.attempt.id, second.token)).toBeNull();
			expect(await openAttempt(db, first.attempt.id, undefined)).toBeNull();
			expect(await openAttempt(db, first.attempt.id, first.attempt.token_hash)).toBeNull();
			expect(await openAttempt(db, crypto.randomUUID(), first.token)).toBeNull();
			expect(await openAttempt(db, "' OR 1=1 --", first.token)).toBeNull();
			expect((await openAttempt(db, first.attempt.id, first.token))?.attempt.id).toBe(first.attempt.id);
		});
	});

	describe('saving answers', () => {
		it('stores the graded answer and is idempotent by seq: the same or an older seq changes nothing', async () => {
			const { open } = await start(await assignment());
			expect(await saveAnswer(db, open, LEAD, { response: wrong, seq: 1 }, NOW + 1)).toEqual({ ok: true, saved: true, seq: 1 });
			expect(await saveAnswer(db, open, LEAD, { response: right, seq: 3 }, NOW + 2)).toEqual({ ok: true, saved: true, seq: 3 });
			const stored = await answerRow(open.attempt.id, LEAD);
			expect(stored).toMatchObject({ seq: 3, score: 1, correct: 1, hints_used: 0, saved_at: NOW + 2 });

			expect(await saveAnswer(db, open, LEAD, { response: right, seq: 3 }, NOW + 3)).toEqual({ ok: true, saved: true, seq: 3, duplicate: true });
			expect(await saveAnswer(db, open, LEAD, { response: wrong, seq: 2 }, NOW + 4)).toEqual({ ok: true, saved: true, seq: 3, duplicate: true });
			expect(await answerRow(open.attempt.id, LEAD)).toEqual(stored);
			const saves = (await attemptAudit(db, open.attempt.id)).filter((e) => e.kind === 'answer-saved');
			expect(saves.map((e) => e.detail)).toEqual([
				{ questionId: LEAD, seq: 1, response: wrong },
				{ questionId: LEAD, seq: 3, response: right }
			]);
		});

		it('refuses what is not an answer to this attempt’s question, storing nothing', async () => {
			const { open } = await start(await assignment());
			expect(await saveAnswer(db, open, 'num-eight', { response: right, seq: 1 }, NOW)).toEqual({ ok: false, status: 404, message: NOT_IN_ATTEMPT });
			expect(await saveAnswer(db, open, 'nope', { response: right, seq: 1 }, NOW)).toMatchObject({ status: 404 });
			expect(await saveAnswer(db, open, LEAD, { response: { kind: 'single', option: 'zz' }, seq: 1 }, NOW)).toEqual({
				ok: false,
				status: 400,
				message: expect.stringMatching(/\S/)
			});
			expect(await saveAnswer(db, open, LEAD, { response: { kind: 'tfn', choice: 'true' }, seq: 1 }, NOW)).toEqual({
				ok: false,
				status: 400,
				message: 'This answer is for a different kind of question.'
			});
			const badSeqs = [0, 1.5, '2', 2 ** 31].map((seq) => ({ response: right, seq }));
			for (const body of [null, 'x', [], { response: right }, ...badSeqs]) {
				expect(await saveAnswer(db, open, LEAD, body, NOW), JSON.stringify(body)).toMatchObject({ ok: false, status: 400 });
			}
			expect(await answerRow(open.attempt.id, LEAD)).toBeUndefined();
			expect((await attemptAudit(db, open.attempt.id)).map((e) => e.kind)).toEqual(['attempt-started']);
		});

		it('stores only the fields grading reads', async () => {
			const { open } = await start(await assignment());
			await saveAnswer(db, open, LEAD, { response: { ...right, extra: 'x'.repeat(1000), hintsUsed: 0 }, seq: 1, hintsUsed: 0 }, NOW);
			expect(JSON.parse((await answerRow(open.attempt.id, LEAD))!.response)).toEqual(right);
		});

		it('returns the result only under feedback after each answer, and then keeps the answer checked', async () => {
			const each = await start(await assignment({ feedback: 'each' }));
			const saved = await saveAnswer(db, each.open, LEAD, { response: wrong, seq: 1 }, NOW);
			expect(saved).toMatchObject({
				ok: true,
				seq: 1,
				// One of four options, wrong: below chance, (0 − 1/4) / (1 − 1/4).
				result: { questionId: LEAD, correct: false, score: -0.3333, key: { kind: 'single', option: 'reply' } }
			});
			expect(await saveAnswer(db, each.open, LEAD, { response: right, seq: 2 }, NOW)).toEqual({ ok: false, status: 409, message: ALREADY_CHECKED });
			expect(await saveAnswer(db, each.open, LEAD, { response: wrong, seq: 2 }, NOW)).toMatchObject({
				ok: true,
				seq: 1,
				duplicate: true,
				result: { correct: false }
			});
			expect(await answerRow(each.attempt.id, LEAD)).toMatchObject({ seq: 1, correct: 0 });
			// The refused change is in the trail, with what was tried and why it was refused.
			const refusedEvents = (await attemptAudit(db, each.attempt.id)).filter((e) => e.kind === 'answer-refused');
			expect(refusedEvents.map((e) => e.detail)).toEqual([{ questionId: LEAD, seq: 2, response: right, reason: ALREADY_CHECKED }]);

			for (const feedback of ['submit', 'close'] as const) {
				const { open } = await start(await assignment({ feedback }));
				expect(await saveAnswer(db, open, LEAD, { response: wrong, seq: 1 }, NOW)).toEqual({ ok: true, saved: true, seq: 1 });
				expect(await saveAnswer(db, open, LEAD, { response: right, seq: 2 }, NOW)).toEqual({ ok: true, saved: true, seq: 2 });
			}
		});

		it('is refused after submission, after the close and after the deadline', async () => {
			const submitted = await start(await assignment());
			await saveAnswer(db, submitted.open, LEAD, { response: wrong, seq: 1 }, NOW);
			await submitAttempt(db, submitted.open, NOW + MINUTE);
			const afterSubmit = await reopen(submitted.open, submitted.token);
			expect(await saveAnswer(db, afterSubmit, LEAD, { response: right, seq: 2 }, NOW + 2 * MINUTE)).toEqual({ ok: false, status: 409, message: AFTER_SUBMIT });
			// Under feedback after each answer too, the submission is the reason given.
			const each = await start(await assignment({ feedback: 'each' }));
			await saveAnswer(db, each.open, LEAD, { response: wrong, seq: 1 }, NOW);
			await submitAttempt(db, each.open, NOW);
			expect(await saveAnswer(db, each.open, LEAD, { response: right, seq: 2 }, NOW)).toEqual({ ok: false, status: 409, message: AFTER_SUBMIT });
			// The request that opened the attempt before the submit landed is refused as well.
			expect(await saveAnswer(db, submitted.open, LEAD, { response: right, seq: 2 }, NOW + 2 * MINUTE)).toMatchObject({ status: 409 });
			expect(await answerRow(submitted.attempt.id, LEAD)).toMatchObject({ seq: 1, correct: 0 });

			const closing = await start(await assignment({ closes_at: NOW + 10 * MINUTE }));
			expect(await saveAnswer(db, closing.open, LEAD, { response: right, seq: 1 }, NOW + 10 * MINUTE)).toEqual({ ok: false, status: 409, message: AFTER_CLOSE });
			const closedEarly = await assignment();
			const early = await start(closedEarly);
			await db.updateTable('assignments').set({ closed_at: NOW + MINUTE }).where('id', '=', closedEarly.id).execute();
			expect(await saveAnswer(db, await reopen(early.open, early.token), LEAD, { response: right, seq: 1 }, NOW + 2 * MINUTE)).toMatchObject({
				status: 409,
				message: AFTER_CLOSE
			});

			// An attempt whose deadline has passed, as if started long ago.
			const timed = await start(await assignment({ time_limit_minutes: 5 }), { now: NOW - 6 * MINUTE });
			expect(timed.open.attempt.deadline_at).toBe(NOW - MINUTE);
			expect(await saveAnswer(db, timed.open, LEAD, { response: right, seq: 1 }, NOW)).toEqual({ ok: false, status: 409, message: AFTER_DEADLINE });
			expect(await takeHint(db, timed.open, LEAD, { index: 0 }, NOW)).toMatchObject({ status: 409, message: AFTER_DEADLINE });
			expect(await answerRow(timed.attempt.id, LEAD)).toBeUndefined();
		});

		it('accepts a save just before the deadline, and a submit after it records that save', async () => {
			const timed = await start(await assignment({ time_limit_minutes: 5 }));
			expect(await saveAnswer(db, timed.open, LEAD, { response: right, seq: 1 }, NOW + 5 * MINUTE - 1)).toMatchObject({ ok: true });
			const ordering = { response: { kind: 'ordering', order: orderingItems('seq-order-response') }, seq: 1 };
			expect(await saveAnswer(db, timed.open, 'seq-order-response', ordering, NOW + 5 * MINUTE)).toMatchObject({ status: 409 });
			const submission = await submitAttempt(db, timed.open, NOW + 30 * MINUTE);
			expect(submission).toMatchObject({ submittedAt: NOW + 30 * MINUTE, released: true, score: 0.3333 });
		});
	});

	describe('hints', () => {
		it('are counted by the server and cost their share of the score', async () => {
			const { open } = await start(await assignment());
			const hint = module.questions.find((q) => q.id === LEAD)!.hints![0]!;
			expect(await takeHint(db, open, LEAD, { index: 0 }, NOW)).toEqual({ ok: true, questionId: LEAD, index: 0, hint });
			// Asking again returns the same hint without counting it twice.
			expect(await takeHint(db, open, LEAD, { index: 0 }, NOW)).toEqual({ ok: true, questionId: LEAD, index: 0, hint });
			expect(await takeHint(db, open, LEAD, { index: 1 }, NOW)).toMatchObject({ ok: false, status: 404 });
			// The client's claim of hints used is ignored.
			await saveAnswer(db, open, LEAD, { response: right, seq: 1, hintsUsed: 0 }, NOW);
			expect(await answerRow(open.attempt.id, LEAD)).toMatchObject({ hints_used: 1, score: 0.75, correct: 1 });
			expect(await submitAttempt(db, open, NOW)).toMatchObject({ score: 0.25, results: [{ questionId: LEAD, score: 0.75, hintsUsed: 1 }] });
			const kinds = (await attemptAudit(db, open.attempt.id)).map((e) => e.kind);
			expect(kinds).toEqual(['attempt-started', 'hint-taken', 'answer-saved', 'submitted']);
		});

		it('come in order, and only for the attempt’s questions', async () => {
			const { open } = await start(await assignment());
			expect(await takeHint(db, open, 'seq-order-response', { index: 1 }, NOW)).toMatchObject({ ok: false, status: 400 });
			expect(await takeHint(db, open, 'seq-order-response', { index: 0 }, NOW)).toMatchObject({ ok: true, index: 0 });
			expect(await takeHint(db, open, 'seq-order-response', { index: 1 }, NOW)).toMatchObject({ ok: true, index: 1 });
			for (const body of [{}, { index: -1 }, { index: '0' }, { index: 0.5 }, null]) {
				expect(await takeHint(db, open, LEAD, body, NOW)).toMatchObject({ ok: false, status: 400 });
			}
			expect(await takeHint(db, open, 'num-eight', { index: 0 }, NOW)).toEqual({ ok: false, status: 404, message: NOT_IN_ATTEMPT });
			expect((await savedState(db, open, NOW)).hints).toEqual({
				'seq-order-response': module.questions.find((q) => q.id === 'seq-order-response')!.hints!.slice(0, 2)
			});
		});

		it('taken after an answer was saved re-score it; under feedback after each answer they close with the answer', async () => {
			const { open } = await start(await assignment({ feedback: 'submit' }));
			await saveAnswer(db, open, LEAD, { response: right, seq: 1 }, NOW);
			expect(await answerRow(open.attempt.id, LEAD)).toMatchObject({ score: 1, hints_used: 0 });
			await takeHint(db, open, LEAD, { index: 0 }, NOW);
			expect(await answerRow(open.attempt.id, LEAD)).toMatchObject({ score: 0.75, hints_used: 1 });

			const each = await start(await assignment({ feedback: 'each' }));
			await saveAnswer(db, each.open, LEAD, { response: right, seq: 1 }, NOW);
			expect(await takeHint(db, each.open, LEAD, { index: 0 }, NOW)).toMatchObject({ ok: false, status: 409 });
			expect(await answerRow(each.attempt.id, LEAD)).toMatchObject({ score: 1, hints_used: 0 });
		});

		it('taken before submitting can be read again afterwards, but no new one is given', async () => {
			const { open, token } = await start(await assignment());
			await takeHint(db, open, 'seq-order-response', { index: 0 }, NOW);
			await submitAttempt(db, open, NOW);
			const after = await reopen(open, token);
			expect(await takeHint(db, after, 'seq-order-response', { index: 0 }, NOW)).toMatchObject({ ok: true, index: 0 });
			expect(await takeHint(db, after, 'seq-order-response', { index: 1 }, NOW)).toEqual({ ok: false, status: 409, message: AFTER_SUBMIT });
			expect(await takeHint(db, after, LEAD, { index: 0 }, NOW)).toMatchObject({ status: 409 });
		});
	});

	describe('submitting', () => {
		it('twenty at once make one submission, one score and one audit entry', async () => {
			const { open } = await start(await assignment());
			await saveAnswer(db, open, LEAD, { response: right, seq: 1 }, NOW);
			const results = await Promise.all(Array.from({ length: 20 }, (_, i) => submitAttempt(db, open, NOW + i)));
			const first = results[0]!;
			expect(first).toMatchObject({ released: true, score: 0.3333 });
			for (const r of results) expect(r).toEqual(first);
			const row = await db.selectFrom('attempts').selectAll().where('id', '=', open.attempt.id).executeTakeFirstOrThrow();
			expect(row).toMatchObject({ submitted_at: first.submittedAt, score: 0.3333 });
			const submitted = (await attemptAudit(db, open.attempt.id)).filter((e) => e.kind === 'submitted');
			expect(submitted).toHaveLength(1);
			expect(submitted[0]!.detail).toEqual({ score: 0.3333 });
		});

		it('releases results by the assignment’s rule', async () => {
			const each = await start(await assignment({ feedback: 'each' }));
			await saveAnswer(db, each.open, LEAD, { response: right, seq: 1 }, NOW);
			expect((await savedState(db, each.open, NOW)).results).toMatchObject({ [LEAD]: { correct: true } });
			expect(await submitAttempt(db, each.open, NOW)).toMatchObject({ released: true, score: 0.3333, results: [{ questionId: LEAD }] });

			const submit = await start(await assignment({ feedback: 'submit' }));
			await saveAnswer(db, submit.open, LEAD, { response: right, seq: 1 }, NOW);
			expect((await savedState(db, submit.open, NOW)).results).toBeUndefined();
			expect(await submitAttempt(db, submit.open, NOW)).toMatchObject({ released: true, score: 0.3333 });
			expect(await savedState(db, await reopen(submit.open, submit.token), NOW)).toMatchObject({ score: 0.3333, results: { [LEAD]: { correct: true } } });

			const a = await assignment({ feedback: 'close', closes_at: NOW + 60 * MINUTE });
			const close = await start(a);
			await saveAnswer(db, close.open, LEAD, { response: right, seq: 1 }, NOW);
			const submission = await submitAttempt(db, close.open, NOW);
			expect(submission).toEqual({ submittedAt: NOW, released: false });
			const later = await reopen(close.open, close.token);
			const before = await savedState(db, later, NOW + MINUTE);
			expect(before.results).toBeUndefined();
			expect(before.score).toBeUndefined();
			expect(JSON.stringify(before)).not.toContain('"key"');
			const after = await savedState(db, later, NOW + 60 * MINUTE);
			expect(after).toMatchObject({ score: 0.3333, results: { [LEAD]: { correct: true, key: { option: 'reply' } } } });
		});
	});

	describe('what the student and the teacher see', () => {
		it('the saved state has the answers with their seq, and the hint texts', async () => {
			const { open } = await start(await assignment({ time_limit_minutes: 30 }));
			await takeHint(db, open, LEAD, { index: 0 }, NOW);
			await saveAnswer(db, open, LEAD, { response: wrong, seq: 4 }, NOW);
			expect(await savedState(db, open, NOW)).toEqual({
				id: open.attempt.id,
				submittedAt: null,
				deadlineAt: NOW + 30 * MINUTE,
				answers: { [LEAD]: { response: wrong, seq: 4 } },
				hints: { [LEAD]: module.questions.find((q) => q.id === LEAD)!.hints }
			});
		});

		it('the teacher lists attempts with their answers, never tokens or devices, and reads each one’s audit in order', async () => {
			const a = await assignment();
			const one = await start(a, { name: 'One', now: NOW });
			const two = await start(a, { name: 'Two', device: 'device-2', now: NOW + 1 });
			await saveAnswer(db, one.open, LEAD, { response: right, seq: 1 }, NOW + 2);
			await takeHint(db, two.open, LEAD, { index: 0 }, NOW + 3);
			await saveAnswer(db, two.open, LEAD, { response: wrong, seq: 1 }, NOW + 4);
			await submitAttempt(db, one.open, NOW + 5);
			const list = await attemptsWithAnswers(db, a.id);
			expect(list.map((s) => s.displayName)).toEqual(['One', 'Two']);
			expect(list[0]).toMatchObject({
				submittedAt: NOW + 5,
				score: 0.3333,
				answers: { [LEAD]: { response: right, correct: true, score: 1, hintsUsed: 0 } }
			});
			expect(list[1]).toMatchObject({ submittedAt: null, score: null, hints: { [LEAD]: 1 }, answers: { [LEAD]: { correct: false, hintsUsed: 1 } } });
			expect(JSON.stringify(list)).not.toContain(one.attempt.token_hash);
			expect(JSON.stringify(list)).not.toContain('device-1');
			const audit = await attemptAudit(db, two.attempt.id);
			expect(audit.map((e) => [e.kind, e.at])).toEqual([
				['attempt-started', NOW + 1],
				['hint-taken', NOW + 3],
				['answer-saved', NOW + 4]
			]);
			expect(audit[1]!.detail).toEqual({ questionId: LEAD, index: 0 });
		});
	});

	it('a token made elsewhere opens nothing', async () => {
		const { attempt } = await start(await assignment());
		expect(await openAttempt(db, attempt.id, newAttemptToken().token)).toBeNull();
	});
});

describe('retakes draw what the student has not seen', () => {
	it('takes unseen questions first, then the seen ones, in the usual turn of skills', () => {
		const rule = { skills: ['sequence' as const], count: 4, shuffle: false };
		const first = drawQuestions(module, rule);
		const second = drawQuestions(module, rule, undefined, new Set(first));
		expect(second.filter((id) => first.includes(id))).toEqual([]);
		const all = module.questions.filter((q) => q.skill === 'sequence').map((q) => q.id);
		const seenAllButOne = new Set(all.slice(1));
		const third = drawQuestions(module, rule, undefined, seenAllButOne);
		expect(third[0]).toBe(all[0]);
		expect(third).toHaveLength(4);
		expect(new Set(third).size).toBe(4);
	});
});

describe.each(testEngines)('roster students’ attempts on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let n = 0;
	let versionId: string;

	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
		await db.insertInto('teachers').values({ id: 't1', email: 't@school.test', name: 'T', password_hash: 'x', created_at: NOW }).execute();
		await seedBuiltIns(db, modules, NOW);
		versionId = (await publicVersion(db, module.slug))!.id;
		await db.insertInto('classes').values({ id: 'c1', teacher_id: 't1', name: '9B', code: 'CCCCCC', created_at: NOW }).execute();
		for (const id of ['ada', 'grace']) {
			await db.insertInto('students').values({ id, class_id: 'c1', name: id, code_hash: null, code_issued_at: null, created_at: NOW }).execute();
		}
	});
	afterAll(() => drop());

	async function classAssignment(overrides: Partial<Assignment> = {}): Promise<Assignment> {
		const roster = { question_count: 4, attempts_allowed: 2, class_id: 'c1', closes_at: NOW + 60 * MINUTE, time_limit_minutes: 20 };
		return storeAssignment(db, `ra${++n}`, versionId, { ...roster, ...overrides });
	}

	const begin = (a: Assignment, studentId: string | null, device: string, now = NOW) =>
		startAttempt(db, { assignmentId: a.id, deviceId: device, displayName: studentId ?? 'Anon', studentId, now });

	it('a class’s assignment takes only its signed-in students, and an anonymous one none', async () => {
		const a = await classAssignment();
		expect(await begin(a, null, 'd1')).toEqual({ ok: false, status: 409, message: FOR_A_CLASS });
		const anon = await classAssignment({ class_id: null });
		expect((await begin(anon, 'ada', 'd1')).ok).toBe(false);
	});

	it('follows the student from device to device: one attempt in progress, the limit and deadline per student', async () => {
		const a = await classAssignment();
		const first = await begin(a, 'ada', 'laptop');
		if (!first.ok) throw new Error(first.message);
		expect(first.attempt).toMatchObject({ student_id: 'ada', deadline_at: NOW + 20 * MINUTE });
		// A second device: no second attempt while the first is going; the student's session opens the same one.
		expect(await begin(a, 'ada', 'phone', NOW + MINUTE)).toEqual({ ok: false, status: 409, message: IN_PROGRESS });
		const onPhone = await openAttempt(db, first.attempt.id, undefined, 'ada');
		expect(onPhone?.attempt.id).toBe(first.attempt.id);
		expect(await openAttempt(db, first.attempt.id, undefined, 'grace')).toBeNull();
		expect(await openAttempt(db, first.attempt.id, undefined, null)).toBeNull();

		await submitAttempt(db, onPhone!, NOW + 2 * MINUTE);
		// Cookies cleared, a third device: the count is the student's.
		const second = await begin(a, 'ada', 'library-pc', NOW + 3 * MINUTE);
		if (!second.ok) throw new Error(second.message);
		const firstIds: string[] = JSON.parse(first.attempt.question_ids);
		const secondIds: string[] = JSON.parse(second.attempt.question_ids);
		expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
		await submitAttempt(db, (await openAttempt(db, second.attempt.id, undefined, 'ada'))!, NOW + 4 * MINUTE);
		expect(await begin(a, 'ada', 'another', NOW + 5 * MINUTE)).toEqual({
			ok: false,
			status: 409,
			message: 'You have used every attempt this assignment allows.'
		});
		// Grace has her own attempts.
		expect((await begin(a, 'grace', 'laptop', NOW + 5 * MINUTE)).ok).toBe(true);
	});

	it('withholds the keys of earlier attempts until the review rule releases them', async () => {
		const last = await classAssignment({ review: 'last' });
		const one = await begin(last, 'ada', 'd1');
		if (!one.ok) throw new Error(one.message);
		const open1 = (await openAttempt(db, one.attempt.id, undefined, 'ada'))!;
		await saveAnswer(db, open1, open1.questions[0]!.id, { response: { kind: 'single', option: 'reply' }, seq: 1 }, NOW + 1);
		const sub1 = await submitAttempt(db, open1, NOW + 2);
		expect(sub1).toEqual({ submittedAt: NOW + 2, released: false });
		const state1 = await savedState(db, await reopenBy(one.attempt.id), NOW + 3);
		expect(state1.results).toBeUndefined();
		expect(state1.score).toBeUndefined();

		const two = await begin(last, 'ada', 'd2', NOW + 4);
		if (!two.ok) throw new Error(two.message);
		// Attempt 2 in progress: attempt 1 stays withheld.
		expect(await keysReleased(db, open1.assignment, (await reopenBy(one.attempt.id)).attempt, NOW + 5)).toBe(false);
		const sub2 = await submitAttempt(db, await reopenBy(two.attempt.id), NOW + 6);
		expect(sub2.released).toBe(true);
		const after = await savedState(db, await reopenBy(one.attempt.id), NOW + 7);
		expect(Object.keys(after.results ?? {})).toEqual([open1.questions[0]!.id]);
		expect(after.score).toBeTypeOf('number');

		// After close: nothing until the close, whatever the attempts; everything after.
		const close = await classAssignment({ review: 'close' });
		const c1 = await begin(close, 'grace', 'd1');
		if (!c1.ok) throw new Error(c1.message);
		expect((await submitAttempt(db, await reopenBy(c1.attempt.id, 'grace'), NOW + 1)).released).toBe(false);
		const atClose = await reopenBy(c1.attempt.id, 'grace');
		expect(await keysReleased(db, atClose.assignment, atClose.attempt, NOW + 60 * MINUTE)).toBe(true);
		expect((await savedState(db, atClose, NOW + 60 * MINUTE)).results).toEqual({});
	});

	async function reopenBy(id: string, student = 'ada') {
		return (await openAttempt(db, id, undefined, student))!;
	}
});
