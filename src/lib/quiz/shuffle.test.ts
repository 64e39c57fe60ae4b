import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { quizMachine } from './quizMachine';
import { drawOptionOrder, inOptionOrder, seededRandom, shuffleOptions } from './shuffle';
import type { PublicQuestion } from './types';

const base = { skill: 'sources', difficulty: 1, stem: 'Which?', hintCount: 0 } as const;
const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, text: `Option ${i}` }));

const single: PublicQuestion = { ...base, id: 'single', kind: 'single', options: options(6) };
const multiple: PublicQuestion = { ...base, id: 'multiple', kind: 'multiple', options: options(6) };
const fixed: PublicQuestion = { ...base, id: 'fixed', kind: 'single', options: options(4), fixedOrder: true };
const tfn: PublicQuestion = { ...base, id: 'tfn', kind: 'tfn', statement: 'It rained.' };
const ordering: PublicQuestion = { ...base, id: 'ordering', kind: 'ordering', items: options(4).map(({ id, text }) => ({ id, label: text })) };
const matching: PublicQuestion = {
	...base,
	id: 'matching',
	kind: 'matching',
	prompts: options(5),
	choices: [
		{ id: 'quote', text: 'Direct quote' },
		{ id: 'para', text: 'Paraphrase' },
		{ id: 'none', text: 'Mention only' }
	],
	oneToOne: false
};
const questions = [single, multiple, fixed, tfn, ordering, matching];

const ids = (q: PublicQuestion) =>
	q.kind === 'single' || q.kind === 'multiple' ? q.options.map((o) => o.id) : q.kind === 'matching' ? q.prompts.map((p) => p.id) : [];

describe('option order per attempt', () => {
	it('a seed gives the same numbers every time, another seed others', () => {
		const run = (seed: string) => {
			const random = seededRandom(seed);
			return Array.from({ length: 20 }, () => random(1000));
		};
		expect(run('attempt-1')).toEqual(run('attempt-1'));
		expect(run('attempt-1')).not.toEqual(run('attempt-2'));
		expect(run('x').every((n) => Number.isInteger(n) && n >= 0 && n < 1000)).toBe(true);
	});

	it('is the same for the same seed (a reload, another tab) and differs across attempts', () => {
		const first = drawOptionOrder(questions, 'seed-a');
		expect(drawOptionOrder(questions, 'seed-a')).toEqual(first);
		// Over 20 attempts, the six options of one question come in many orders.
		const orders = new Set(Array.from({ length: 20 }, (_, i) => drawOptionOrder(questions, `attempt-${i}`).single!.join()));
		expect(orders.size).toBeGreaterThan(15);
	});

	it('moves single and multiple choice options and matching prompts; keeps true/false, fixed options, ordering and matching choices', () => {
		const order = drawOptionOrder(questions, 'seed-b');
		expect(Object.keys(order).sort()).toEqual(['matching', 'multiple', 'single']);
		for (const q of [single, multiple, matching]) expect([...order[q.id]!].sort()).toEqual(ids(q).sort());
		const shown = shuffleOptions(questions, 'seed-b');
		expect(shown.map(ids)).toEqual([order.single, order.multiple, ids(fixed), [], [], order.matching]);
		expect(shown[2]).toBe(fixed);
		expect(shown[3]).toBe(tfn);
		expect(shown[4]).toBe(ordering);
		expect(shown[5]!.kind === 'matching' && shown[5]!.choices).toEqual(matching.kind === 'matching' && matching.choices);
	});

	it('every option and its text stay: only the places change', () => {
		const shown = inOptionOrder(single, ['o3', 'o1', 'o5', 'o0', 'o4', 'o2']);
		expect(shown.kind === 'single' && shown.options).toEqual([3, 1, 5, 0, 4, 2].map((i) => ({ id: `o${i}`, text: `Option ${i}` })));
	});

	it('a kept order that no longer fits the question (an option added or gone) still shows every option once', () => {
		const shown = inOptionOrder(single, ['o5', 'gone', 'o2']);
		expect(ids(shown)).toEqual(['o5', 'o2', 'o0', 'o1', 'o3', 'o4']);
		expect(inOptionOrder(single, undefined)).toBe(single);
	});

	it('does not depend on which other questions were drawn', () => {
		expect(drawOptionOrder([single], 'seed-c').single).toEqual(drawOptionOrder(questions, 'seed-c').single);
	});
});

describe('self-study rounds', () => {
	const settings = { skills: ['sources' as const], count: 6, feedback: 'end' as const, book: 'open' as const };
	const shownSingle = (actor: { getSnapshot(): { context: { questions: PublicQuestion[] } } }) =>
		ids(actor.getSnapshot().context.questions.find((q) => q.id === 'single')!);

	it('a round shows the order drawn from its seed, a reload of the kept progress the same, a new round another', () => {
		const actor = createActor(quizMachine, { input: { questions } }).start();
		actor.send({ type: 'setup.start', settings, seed: 'round-1' });
		const first = shownSingle(actor);
		expect(first).toEqual(drawOptionOrder(questions, 'round-1').single);

		const reloaded = createActor(quizMachine, { input: { questions }, snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) }).start();
		expect(shownSingle(reloaded)).toEqual(first);

		const seen = new Set([first.join()]);
		for (let round = 2; round <= 6; round++) {
			actor.send({ type: 'quiz.restart' });
			actor.send({ type: 'setup.start', settings, seed: `round-${round}` });
			seen.add(shownSingle(actor).join());
		}
		expect(seen.size).toBeGreaterThan(3);
		// Fixed options never move, whatever the round.
		expect(ids(actor.getSnapshot().context.questions.find((q) => q.id === 'fixed')!)).toEqual(ids(fixed));
	});

	it('without a seed (an attempt, whose order comes from the server) the questions are shown as given', () => {
		const actor = createActor(quizMachine, { input: { questions } }).start();
		actor.send({ type: 'setup.start', settings });
		expect(actor.getSnapshot().context.questions).toBe(questions);
	});
});
