import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { carriedMessage, carryOver, type VersionHistory } from './carry';
import { quizMachine } from './quizMachine';
import type { CheckRequest, CheckResult, HintRequest, PublicQuestion, QuizSettings } from './types';

function question(id: string, number: number, stem = `Question ${id}?`): PublicQuestion {
	return {
		id,
		number,
		skill: 'sources',
		difficulty: 1,
		stem,
		hintCount: 1,
		kind: 'single',
		options: [
			{ id: 'a', text: 'A' },
			{ id: 'b', text: 'B' },
			{ id: 'c', text: 'C' }
		]
	};
}

function result(questionId: string): CheckResult {
	return { questionId, score: 1, correct: true, hintsUsed: 0, key: { kind: 'single', option: 'a' }, explanation: 'Why', evidence: [], feedback: [] };
}

const machine = quizMachine.provide({
	actors: {
		checkAnswer: fromPromise(async ({ input }: { input: CheckRequest }) => result(input.questionId)),
		fetchHint: fromPromise(async ({ input }: { input: HintRequest }) => ({ questionId: input.questionId, index: input.index, hint: 'Look again.' }))
	}
});

const SETTINGS: QuizSettings = { skills: ['sources'], count: 4, feedback: 'each', book: 'open' };
const V1 = [question('q1', 1), question('q2', 2), question('q3', 3), question('q4', 4)];

/** A round on version 1: q1 answered and checked, q2 with a hint and an answer in progress, q3 flagged with an answer in progress, q4 answered. */
async function savedOnV1(settings = SETTINGS) {
	const actor = createActor(machine, { input: { questions: V1 } }).start();
	actor.send({ type: 'setup.start', settings, seed: 'seed-1', at: 1_000 });
	const at = (id: string) => actor.send({ type: 'question.goto', index: actor.getSnapshot().context.round.ids.indexOf(id) });
	actor.send({ type: 'answer.change', response: { kind: 'single', option: 'a' } });
	actor.send({ type: 'answer.submit' });
	await new Promise((r) => setTimeout(r, 0));
	actor.send({ type: 'question.next' });
	at('q2');
	actor.send({ type: 'hint.request' });
	await new Promise((r) => setTimeout(r, 0));
	actor.send({ type: 'answer.change', response: { kind: 'single', option: 'b' } });
	at('q3');
	actor.send({ type: 'answer.change', response: { kind: 'single', option: 'c' } });
	actor.send({ type: 'question.flag' });
	at('q4');
	actor.send({ type: 'answer.change', response: { kind: 'single', option: 'a' } });
	actor.send({ type: 'answer.submit' });
	await new Promise((r) => setTimeout(r, 0));
	const snapshot = actor.getPersistedSnapshot();
	actor.stop();
	return JSON.parse(JSON.stringify(snapshot)) as { context: { questions: PublicQuestion[]; round: { number: number; ids: string[] } } };
}

// Version 2: q1 and q2 mean the same since version 1, q3 changed in version 2, q4 is gone, q5 is new.
const V2 = [question('q1', 1), question('q2', 2), question('q3', 3, 'Question q3, reworded?'), question('q5', 4)];
const HISTORY: VersionHistory = { versions: { 'hash-1': 1, 'hash-2': 2 }, sameSince: { q1: 1, q2: 1, q3: 2, q5: 2 } };

function resume(carried: NonNullable<ReturnType<typeof carryOver>>, questions = V2) {
	const actor = createActor(machine, { input: { questions } });
	actor.send({ type: 'setup.start', ...carried.start! });
	return actor.start();
}

describe('carrying self-study progress onto a newer version', () => {
	it('keeps the answers, results, hints and flags of the questions that mean the same, and names the answers it cannot keep', async () => {
		const saved = await savedOnV1();
		expect(saved.context.round.ids).toEqual(['q1', 'q2', 'q3', 'q4']);
		const carried = carryOver('hash-1', saved, V2, HISTORY)!;

		expect(carried.start).toMatchObject({ settings: SETTINGS, ids: ['q1', 'q2', 'q3'], round: 1, at: 1_000 });
		expect(carried.kept).toBe(2);
		expect(carried.notKept).toEqual([
			{ id: 'q3', number: 3, stem: 'Question q3, reworded?', why: 'changed' },
			{ id: 'q4', number: 4, stem: 'Question q4?', why: 'removed' }
		]);

		const context = resume(carried).getSnapshot().context;
		expect(context.answers).toEqual({ q1: { kind: 'single', option: 'a' } });
		expect(context.results).toEqual({ q1: result('q1') });
		expect(context.drafts).toEqual({ q1: { kind: 'single', option: 'a' }, q2: { kind: 'single', option: 'b' } });
		expect(context.hints).toEqual({ q2: ['Look again.'] });
		// The flag stays on the question still in the round; its old answer does not.
		expect(context.flagged).toEqual(['q3']);
		expect(context.round).toEqual({ number: 1, ids: ['q1', 'q2', 'q3'] });
		expect(context.startedAt).toBe(1_000);
		// On at the first question still to answer.
		expect(context.round.ids[context.index]).toBe('q2');
	});

	it('keeps a practice round a practice round', async () => {
		const saved = await savedOnV1();
		saved.context.round.number = 2;
		expect(carryOver('hash-1', saved, V2, HISTORY)!.start).toMatchObject({ round: 2 });
	});

	it('keeps nothing from a version the history does not know, and says so for each answer', async () => {
		const saved = await savedOnV1();
		const carried = carryOver('hash-unknown', saved, V2, HISTORY)!;
		expect(carried.kept).toBe(0);
		expect(carried.notKept.map((n) => [n.id, n.why])).toEqual([
			['q1', 'changed'],
			['q2', 'changed'],
			['q3', 'changed'],
			['q4', 'removed']
		]);
		const context = resume(carried).getSnapshot().context;
		expect(context.answers).toEqual({});
		expect(context.drafts).toEqual({});
		expect(context.hints).toEqual({});
	});

	it('has no round to go on with when every question of it is gone', async () => {
		const saved = await savedOnV1();
		const carried = carryOver('hash-1', saved, [question('q9', 1)], { versions: { 'hash-1': 1 }, sameSince: { q9: 2 } })!;
		expect(carried.start).toBeNull();
		expect(carried.notKept.map((n) => n.why)).toEqual(['removed', 'removed', 'removed', 'removed']);
	});

	it('carries a round with feedback at the end: answers handed in stay handed in, answers in progress stay in progress', async () => {
		const actor = createActor(machine, { input: { questions: V1 } }).start();
		actor.send({ type: 'setup.start', settings: { ...SETTINGS, feedback: 'end' }, at: 5 });
		actor.send({ type: 'answer.change', response: { kind: 'single', option: 'b' } });
		actor.send({ type: 'answer.submit' });
		actor.send({ type: 'answer.change', response: { kind: 'single', option: 'c' } });
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		actor.stop();
		const [first, second] = saved.context.round.ids as string[];
		const history = { versions: { 'hash-1': 1 }, sameSince: Object.fromEntries(V1.map((q) => [q.id, 1])) };
		const context = resume(carryOver('hash-1', saved, V1, history)!, V1).getSnapshot().context;
		expect(context.answers).toEqual({ [first!]: { kind: 'single', option: 'b' } });
		expect(context.drafts).toEqual({ [first!]: { kind: 'single', option: 'b' }, [second!]: { kind: 'single', option: 'c' } });
		expect(context.round.ids[context.index]).toBe(second);
	});

	it('reads nothing from progress that is no round under way', () => {
		expect(carryOver('hash-1', null, V2, HISTORY)).toBeNull();
		expect(carryOver('hash-1', { status: 'active', value: 'setup', context: { settings: null, round: { number: 0, ids: [] } } }, V2, HISTORY)).toBeNull();
		expect(carryOver('hash-1', { status: 'active', context: 7 }, V2, HISTORY)).toBeNull();
		expect(carryOver('hash-1', { status: 'active', context: { settings: SETTINGS, round: { number: 1, ids: ['q1'] }, questions: 'x' } }, V2, HISTORY)).toBeNull();
	});
});

describe('what the learner is told of it', () => {
	const some = { start: { settings: SETTINGS }, kept: 2, notKept: [{ id: 'q3', stem: 'x', why: 'changed' as const }] };
	it('says what was kept and leads to the list of what was not', () => {
		expect(carriedMessage(some)).toBe('This module was updated since you last worked on it. Your answers to 2 questions still fit it and are kept, but not all:');
		expect(carriedMessage({ ...some, kept: 1 })).toBe('This module was updated since you last worked on it. Your answer to 1 question still fits it and is kept, but not all:');
		expect(carriedMessage({ ...some, kept: 0 })).toBe('This module was updated since you last worked on it. None of your answers fit its questions now:');
		expect(carriedMessage({ ...some, notKept: [] })).toBe('This module was updated since you last worked on it. Your answers to 2 questions still fit it and are kept: you are where you left off.');
		expect(carriedMessage({ ...some, start: null })).toBe(
			'This module was updated since you last worked on it. None of the questions of your round are in it any more, so you are starting a new round.'
		);
	});
});
