import { describe, expect, it } from 'vitest';
import {
	createActor,
	fromPromise,
	transition,
	waitFor,
	type AnyEventObject,
	type AnyTransitionDefinition,
	type StateValue
} from 'xstate';
import { getShortestPaths, getStateNodes, type StatePath } from 'xstate/graph';
import type { Response } from '$lib/grading/types';
import {
	MESSAGES,
	checkRequest,
	currentQuestion,
	fraction,
	missedIds,
	quizMachine,
	reviewLists,
	roundScore,
	storyVisible,
	uncheckedRequests,
	type QuizEvent,
	type QuizSnapshot
} from './quizMachine';
import type {
	CheckRequest,
	CheckResult,
	FinishResult,
	HintRequest,
	HintResult,
	PublicQuestion,
	QuizSettings
} from './types';

function question(id: string, skill: PublicQuestion['skill'], hintCount = 0): PublicQuestion {
	return {
		id,
		skill,
		difficulty: 1,
		stem: `Question ${id}?`,
		hintCount,
		kind: 'single',
		options: [
			{ id: 'a', text: 'A' },
			{ id: 'b', text: 'B' }
		]
	};
}

/** The key says option `a` is right for every question. */
function result(questionId: string, correct: boolean, hintsUsed = 0): CheckResult {
	return {
		questionId,
		score: correct ? 1 - hintsUsed * 0.25 : 0,
		correct,
		hintsUsed,
		key: { kind: 'single', option: 'a' },
		explanation: `Why ${questionId}`,
		evidence: [],
		feedback: []
	};
}

/** Grades like the server would for these questions: option `a` is right. */
function grade({ questionId, response, hintsUsed }: CheckRequest): CheckResult {
	return result(questionId, response.kind === 'single' && response.option === 'a', hintsUsed);
}

const right: Response = { kind: 'single', option: 'a' };
const wrong: Response = { kind: 'single', option: 'b' };

function settings(overrides: Partial<QuizSettings> = {}): QuizSettings {
	return { skills: ['sequence', 'numbers', 'sources'], count: 10, feedback: 'each', book: 'closed', ...overrides };
}

type Pending = { src: string; input: unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * The machine with its services swapped for fakes that wait until the test settles them, so a test can
 * look at the busy states and decide what each call returns.
 */
function deferredMachine() {
	const pending: Pending[] = [];
	const defer = <T>(src: string, input: unknown) =>
		new Promise<T>((resolve, reject) => {
			pending.push({ src, input, resolve: resolve as (value: unknown) => void, reject });
		});
	const machine = quizMachine.provide({
		actors: {
			checkAnswer: fromPromise<CheckResult, CheckRequest>(({ input }) => defer('checkAnswer', input)),
			checkAll: fromPromise<FinishResult, CheckRequest[]>(({ input }) => defer('checkAll', input)),
			fetchHint: fromPromise<HintResult, HintRequest>(({ input }) => defer('fetchHint', input))
		}
	});
	/** Takes the one call waiting on `src`. */
	const take = (src: string): Pending => {
		const index = pending.findIndex((p) => p.src === src);
		expect(index, `a call to ${src} is waiting`).toBeGreaterThanOrEqual(0);
		return pending.splice(index, 1)[0]!;
	};
	return { machine, pending, take };
}

/** The machine with services that answer at once: graded checks, numbered hints; everything recorded. */
function instantMachine(fail: { check?: number; hint?: number; all?: number } = {}) {
	const calls = { checkAnswer: [] as CheckRequest[], checkAll: [] as CheckRequest[][], fetchHint: [] as HintRequest[] };
	const failures = { check: fail.check ?? 0, hint: fail.hint ?? 0, all: fail.all ?? 0 };
	const machine = quizMachine.provide({
		actors: {
			checkAnswer: fromPromise<CheckResult, CheckRequest>(async ({ input }) => {
				calls.checkAnswer.push(input);
				if (failures.check-- > 0) throw new Error('offline');
				return grade(input);
			}),
			checkAll: fromPromise<FinishResult, CheckRequest[]>(async ({ input }) => {
				calls.checkAll.push(input);
				if (failures.all-- > 0) throw new Error('offline');
				return { results: input.map(grade), released: true };
			}),
			fetchHint: fromPromise<HintResult, HintRequest>(async ({ input }) => {
				calls.fetchHint.push(input);
				if (failures.hint-- > 0) throw new Error('offline');
				return { ...input, hint: `Hint ${input.index + 1} for ${input.questionId}` };
			})
		}
	});
	return { machine, calls };
}

const settled = (actor: { getSnapshot(): QuizSnapshot }) =>
	waitFor(actor as Parameters<typeof waitFor>[0], (s) => !(s as QuizSnapshot).hasTag('busy'), { timeout: 1000 });

// ---------------------------------------------------------------------------------------------------
// Model-based: every state and every transition of the machine, reached and replayed on a real actor.

const modelQuestions = [question('q1', 'sequence', 1), question('q2', 'numbers')];
const practiceInput = { questions: modelQuestions };
const assessedInput = { questions: modelQuestions, assessed: true };
type ModelInput = typeof practiceInput | typeof assessedInput;

const currentIdOf = (s: QuizSnapshot) => s.context.round.ids[s.context.index]!;

const modelSkills: QuizSettings['skills'] = ['sequence', 'numbers'];

/** Self-study starts: both feedback timings, and a setup that matches no question. */
const practiceStarts: AnyEventObject[] = [
	{ type: 'setup.start', at: 1, settings: { skills: modelSkills, count: 2, feedback: 'each', book: 'closed' } },
	{ type: 'setup.start', at: 1, settings: { skills: modelSkills, count: 2, feedback: 'end', book: 'open' } },
	{ type: 'setup.start', at: 1, settings: { skills: ['sources'], count: 2, feedback: 'each', book: 'open' } }
];

/**
 * An attempt's starts: feedback after each with the second question already checked (resumed from the
 * server), feedback at the end with every answer already saved (resumed into the review), and ids that
 * are not the quiz's.
 */
const assessedStarts: AnyEventObject[] = [
	{
		type: 'setup.start',
		at: 1,
		settings: { skills: modelSkills, count: 2, feedback: 'each', book: 'closed' },
		ids: ['q2', 'q1'],
		restore: { answers: { q1: wrong }, hints: {}, results: { q1: result('q1', false) } }
	},
	{
		type: 'setup.start',
		at: 1,
		settings: { skills: modelSkills, count: 2, feedback: 'end', book: 'open' },
		ids: ['q1', 'q2'],
		restore: { answers: { q1: right, q2: wrong }, hints: { q1: ['Hint for q1'] }, results: {} }
	},
	{ type: 'setup.start', at: 1, settings: { skills: modelSkills, count: 2, feedback: 'each', book: 'open' }, ids: ['q9'] },
	// Feedback after each from the start, so an answer given offline can be followed by another question.
	{ type: 'setup.start', at: 1, settings: { skills: modelSkills, count: 2, feedback: 'each', book: 'open' }, ids: ['q1', 'q2'] }
];

/**
 * The events tried in every state, with fixed payloads: the starts, one answer, jumps to both questions.
 * The services' done and error events are offered while they run, with the output a server would give
 * (q1 graded right, q2 wrong); an attempt's submit either releases the results or withholds them.
 */
function modelEvents(s: QuizSnapshot): AnyEventObject[] {
	const events: AnyEventObject[] = [
		...(s.context.assessed ? assessedStarts : practiceStarts),
		{ type: 'answer.change', response: right },
		{ type: 'answer.submit' },
		{ type: 'hint.request' },
		{ type: 'question.skip' },
		{ type: 'question.flag' },
		{ type: 'question.goto', index: 0 },
		{ type: 'question.goto', index: 1 },
		{ type: 'question.next', at: 2 },
		{ type: 'quiz.review' },
		{ type: 'quiz.finish', at: 2 },
		{ type: 'review.open' },
		{ type: 'review.close' },
		{ type: 'round.missed', at: 3 },
		{ type: 'quiz.restart' },
		{ type: 'attempt.end', at: 4 },
		{ type: 'submit.retry', at: 5 },
		// The server's state: q1 answered right (as this device would), q2 wrong (as only another would).
		{
			type: 'server.sync',
			server: { answers: { q1: right, q2: wrong }, results: { q1: result('q1', true), q2: result('q2', false) } }
		}
	];
	// No reply (the connection), and a refusal with the server's words.
	const error = 'offline';
	const refusal = { status: 409, message: 'Refused' };
	if (s.matches({ quiz: 'checking' })) {
		const id = currentIdOf(s);
		const output = result(id, id === 'q1', s.context.hints[id]?.length ?? 0);
		events.push(
			{ type: 'xstate.done.actor.checkAnswer', output },
			{ type: 'xstate.error.actor.checkAnswer', error },
			{ type: 'xstate.error.actor.checkAnswer', error: refusal }
		);
	}
	if (s.matches({ quiz: 'hinting' })) {
		const id = currentIdOf(s);
		const output = { questionId: id, index: s.context.hints[id]?.length ?? 0, hint: `Hint for ${id}` };
		events.push({ type: 'xstate.done.actor.fetchHint', output }, { type: 'xstate.error.actor.fetchHint', error });
	}
	if (s.matches({ quiz: 'finishing' })) {
		const results = (s.context.assessed ? Object.entries(s.context.answers) : uncheckedRequests(s.context).map((r) => [r.questionId]))
			.map(([id]) => result(id as string, id === 'q1', s.context.hints[id as string]?.length ?? 0));
		events.push(
			{ type: 'xstate.done.actor.checkAll', output: { results, released: true } },
			{ type: 'xstate.error.actor.checkAll', error },
			{ type: 'xstate.error.actor.checkAll', error: refusal }
		);
		if (s.context.assessed) events.push({ type: 'xstate.done.actor.checkAll', output: { results: [], released: false } });
	}
	return events;
}

/** A transition definition, named by its state, its event and its place among that event's branches. */
function transitionKey(t: AnyTransitionDefinition): string {
	const branches = t.source.transitions.get(t.eventType) ?? [];
	return `${t.source.path.join('.') || '(root)'} ${t.eventType} #${branches.indexOf(t)}`;
}

function allTransitionKeys(): string[] {
	return [quizMachine.root, ...getStateNodes(quizMachine.root)].flatMap((node) =>
		[...node.transitions.values()].flat().map(transitionKey)
	);
}

function allStatePaths(): string[] {
	return getStateNodes(quizMachine.root).map((node) => node.path.join('.'));
}

/** 'quiz.answering' and its ancestors for a state value. */
function statePaths(value: StateValue, prefix = ''): string[] {
	if (typeof value === 'string') return [prefix + value];
	return Object.entries(value).flatMap(([key, child]) => [
		prefix + key,
		...(child ? statePaths(child, `${prefix}${key}.`) : [])
	]);
}

type ModelPath = StatePath<QuizSnapshot, AnyEventObject>;

/** The input the machine should hand a service it starts from `before`. */
function expectedInput(src: string, before: QuizSnapshot): unknown {
	if (src === 'checkAnswer') return checkRequest(before.context);
	if (src === 'checkAll') return uncheckedRequests(before.context);
	const id = currentIdOf(before);
	return { questionId: id, index: before.context.hints[id]?.length ?? 0 };
}

/**
 * Replays a model path on a real actor whose services are deferred fakes: a learner's event is sent; a
 * service's done or error event settles the fake the actor really started (after checking its input).
 * After each step the real snapshot must equal the model's.
 */
async function replay(steps: { event: AnyEventObject; state: QuizSnapshot }[], input: ModelInput) {
	const { machine, take } = deferredMachine();
	const taken = new Set<string>();
	const visited = new Set<string>();
	const actor = createActor(machine, {
		input,
		inspect: (inspection) => {
			if (inspection.type === '@xstate.microstep' && inspection.actorRef === actor) {
				for (const t of inspection._transitions) taken.add(transitionKey(t));
			}
		}
	});
	actor.start();
	let before = actor.getSnapshot();
	for (const { event, state } of steps) {
		const service = /^xstate\.(done|error)\.actor\.(.+)$/.exec(event.type);
		if (event.type === 'xstate.init') {
			// The initial state: nothing to do.
		} else if (service) {
			const call = take(service[2]!);
			expect(call.input).toEqual(expectedInput(service[2]!, before));
			const { output, error } = event as AnyEventObject & { output?: unknown; error?: unknown };
			if (service[1] === 'done') call.resolve(output);
			else call.reject(typeof error === 'object' && error !== null ? Object.assign(new Error(), error) : new Error(String(error)));
			await settled(actor);
		} else {
			actor.send(event as QuizEvent);
		}
		const snapshot = actor.getSnapshot();
		expect(snapshot.value).toEqual(state.value);
		expect(snapshot.context).toEqual(state.context);
		statePaths(snapshot.value).forEach((p) => visited.add(p));
		before = snapshot;
	}
	actor.stop();
	return { taken, visited };
}

// `createTestModel` refuses machines that invoke actors ('Invocations on test machines are not supported'
// in xstate 5.33), so the paths come from `getShortestPaths` and are replayed here, services included.
describe('quizMachine, model-based', () => {
	// Full context is part of the state, so every distinct situation is its own vertex. A second round
	// would repeat the first, so the traversal stops there. Self-study and an assigned attempt are two
	// traversals: the machine's input decides which.
	const traverse = (input: ModelInput) => {
		const found = getShortestPaths(quizMachine, {
			input,
			events: modelEvents as (s: QuizSnapshot) => QuizEvent[],
			// Once the server's state came in (answers from elsewhere, results unread) what follows repeats
			// the paths without it; stopping there keeps the traversal to seconds.
			stopWhen: (s) => s.context.round.number > 1 || s.context.elsewhere.length > 0 || s.context.unread.length > 0
		}) as unknown as ModelPath[];
		return found.sort((a, b) => a.steps.length - b.steps.length);
	};
	const practicePaths = traverse(practiceInput);
	const assessedPaths = traverse(assessedInput);
	const paths = [...practicePaths, ...assessedPaths];
	const inputOf = (path: ModelPath): ModelInput => (path.state.context.assessed ? assessedInput : practiceInput);

	// For each transition of the machine, the shortest path to a state where one of the model's events
	// takes it, plus that event.
	const byTransition = new Map<string, { path: ModelPath; event: AnyEventObject }>();
	for (const path of paths) {
		for (const event of modelEvents(path.state)) {
			for (const t of quizMachine.getTransitionData(path.state, event as QuizEvent)) {
				const key = transitionKey(t);
				const known = byTransition.get(key);
				if (!known || known.path.steps.length > path.steps.length) byTransition.set(key, { path, event });
			}
		}
	}

	it('reaches every state of the machine', () => {
		const reached = new Set(paths.flatMap((p) => statePaths(p.state.value)));
		expect([...reached].sort()).toEqual(allStatePaths().sort());
	});

	it('takes every transition of the machine (every guarded branch)', () => {
		expect([...byTransition.keys()].sort()).toEqual(allTransitionKeys().sort());
		expect(byTransition.size).toBe(allTransitionKeys().length);
	});

	it('never lets an attempt start over, practise again or skip the server; self-study never submits', { timeout: 120_000 }, () => {
		for (const { state: s } of assessedPaths) {
			expect(s.can({ type: 'quiz.restart' })).toBe(false);
			expect(s.can({ type: 'round.missed' })).toBe(false);
			expect(s.context.round.number).toBeLessThanOrEqual(1);
		}
		// Every way into the summary of an attempt goes through the submit.
		const intoSummary = assessedPaths.filter((p) => p.state.matches('summary') || p.state.matches('submitted'));
		expect(intoSummary.length).toBeGreaterThan(0);
		for (const p of intoSummary) expect(p.steps.some((step) => step.event.type === 'xstate.done.actor.checkAll')).toBe(true);
		expect(practicePaths.some((p) => p.state.matches('submitted'))).toBe(false);
		expect(practicePaths.every((p) => !p.steps.some((step) => step.event.type === 'attempt.end' && step.state.matches({ quiz: 'finishing' })))).toBe(true);
	});

	it('keeps its promises in every state it can reach', () => {
		expect(practicePaths.length).toBeGreaterThan(1000);
		expect(assessedPaths.length).toBeGreaterThan(100);
		for (const { state: s } of paths) {
			const c = s.context;
			const where = `${JSON.stringify(s.value)} ${JSON.stringify(c)}`;
			const busy = s.matches({ quiz: 'hinting' }) || s.matches({ quiz: 'checking' }) || s.matches({ quiz: 'finishing' });
			expect(s.hasTag('busy'), where).toBe(busy);
			if (s.matches('quiz')) {
				expect(c.index >= 0 && c.index < c.round.ids.length, where).toBe(true);
				expect(c.finishedAt === null, where).toBe(!s.matches({ quiz: 'finishing' }));
			}
			if (s.matches('summary') || s.matches('submitted')) expect(c.finishedAt, where).not.toBeNull();
			if (s.matches('submitted')) expect(c.assessed, where).toBe(true);
			// A result always has its answer; with feedback after each, an answer always has its result, except
			// an attempt's answer given offline, which waits to be checked.
			for (const id of Object.keys(c.results)) expect(c.answers[id], where).toBeDefined();
			if (c.settings?.feedback === 'each' && !c.assessed) expect(Object.keys(c.answers).sort(), where).toEqual(Object.keys(c.results).sort());
			if (s.matches({ quiz: 'queued' })) {
				expect(c.answers[currentIdOf(s)], where).toBeDefined();
				expect(c.results[currentIdOf(s)], where).toBeUndefined();
			}
			// What the learner has not read is a result, never the question on screen in its feedback.
			for (const id of c.unread) expect(c.results[id], where).toBeDefined();
			if (s.matches({ quiz: 'feedback' })) expect(c.unread, where).not.toContain(currentIdOf(s));
			// Only an attempt hears of other tabs and devices.
			if (!c.assessed) expect([c.elsewhere, c.unread], where).toEqual([[], []]);
			// Nothing is both handed in and skipped.
			for (const id of c.skipped) expect(c.answers[id], where).toBeUndefined();
			for (const [id, taken] of Object.entries(c.hints)) {
				expect(taken.length, where).toBeLessThanOrEqual(modelQuestions.find((m) => m.id === id)!.hintCount);
			}
			if (s.matches({ quiz: 'feedback' })) expect(c.results[currentIdOf(s)], where).toBeDefined();
			if (s.matches({ quiz: 'answering' }) && c.settings?.feedback === 'each') {
				expect(c.results[currentIdOf(s)], where).toBeUndefined();
			}
			// A closed book stays closed until there is feedback to show.
			if (s.matches({ quiz: 'answering' }) && c.settings?.book === 'closed') expect(storyVisible(s), where).toBe(false);
		}
	}, 120_000);

	it('replays a path to every transition on a real actor with faked services, state by state', async () => {
		const taken = new Set<string>();
		const visited = new Set<string>();
		for (const { path, event } of byTransition.values()) {
			const [next] = transition(quizMachine, path.state, event as QuizEvent);
			const run = await replay([...path.steps, { event, state: next }], inputOf(path));
			run.taken.forEach((k) => taken.add(k));
			run.visited.forEach((v) => visited.add(v));
		}
		expect([...visited].sort()).toEqual(allStatePaths().sort());
		expect([...taken].filter((k) => allTransitionKeys().includes(k)).sort()).toEqual(allTransitionKeys().sort());
	}, 120_000);

	it('replays whole paths to a spread of distinct states on a real actor, state by state', async () => {
		// All several thousand would take seconds; every 97th by length samples both timings and all states.
		const sample = [...practicePaths.filter((_, i) => i % 97 === 0), ...assessedPaths.filter((_, i) => i % 29 === 0)];
		expect(new Set(sample.map((p) => p.state.context.settings?.feedback))).toEqual(new Set([undefined, 'each', 'end']));
		expect(new Set(sample.map((p) => p.state.context.assessed))).toEqual(new Set([false, true]));
		for (const path of sample) await replay(path.steps, inputOf(path));
	}, 120_000);
});

// ---------------------------------------------------------------------------------------------------
// Scenarios.

const three = [question('s1', 'sequence', 2), question('n1', 'numbers', 1), question('c1', 'sources')];

describe('quizMachine, scenarios', () => {
	it('a round with feedback after each, all right, ends in the summary with full marks', async () => {
		const { machine, take } = deferredMachine();
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings({ count: 3 }), at: 1000 });
		expect(actor.getSnapshot().matches({ quiz: 'answering' })).toBe(true);
		expect(actor.getSnapshot().context.round).toEqual({ number: 1, ids: ['s1', 'n1', 'c1'] });
		expect(actor.getSnapshot().context.startedAt).toBe(1000);
		expect(storyVisible(actor.getSnapshot())).toBe(false);

		for (const id of ['s1', 'n1', 'c1']) {
			expect(currentQuestion(actor.getSnapshot().context)?.id).toBe(id);
			expect(actor.getSnapshot().can({ type: 'answer.submit' })).toBe(false);
			actor.send({ type: 'answer.change', response: right });
			actor.send({ type: 'answer.submit' });
			expect(actor.getSnapshot().hasTag('busy')).toBe(true);
			const call = take('checkAnswer');
			expect(call.input).toEqual({ questionId: id, response: right, hintsUsed: 0 });
			call.resolve(result(id, true));
			await settled(actor);
			expect(actor.getSnapshot().matches({ quiz: 'feedback' })).toBe(true);
			expect(storyVisible(actor.getSnapshot())).toBe(true);
			actor.send({ type: 'question.next', at: 5000 });
		}

		const done = actor.getSnapshot();
		expect(done.value).toBe('summary');
		expect(done.context.finishedAt).toBe(5000);
		const score = roundScore(done.context);
		expect(score.overall).toEqual({ score: 3, max: 3 });
		expect(fraction(score.overall)).toBe(1);
		expect(score.bySkill).toEqual({
			sequence: { score: 1, max: 1 },
			numbers: { score: 1, max: 1 },
			sources: { score: 1, max: 1 }
		});
		expect(done.can({ type: 'round.missed' })).toBe(false);
	});

	it('keeps the answer and says so when the check fails; submitting again retries', async () => {
		const { machine, calls } = instantMachine({ check: 1 });
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings(), at: 1 });
		actor.send({ type: 'answer.change', response: wrong });
		actor.send({ type: 'answer.submit' });
		await settled(actor);

		let s = actor.getSnapshot();
		expect(s.matches({ quiz: 'answering' })).toBe(true);
		expect(s.context.error).toBe(MESSAGES.checkFailed);
		expect(s.context.drafts).toEqual({ s1: wrong });
		expect(s.context.results).toEqual({});
		expect(s.can({ type: 'answer.submit' })).toBe(true);

		actor.send({ type: 'answer.submit' });
		await settled(actor);
		s = actor.getSnapshot();
		expect(s.matches({ quiz: 'feedback' })).toBe(true);
		expect(s.context.error).toBeNull();
		expect(s.context.results.s1?.correct).toBe(false);
		expect(calls.checkAnswer).toEqual([
			{ questionId: 's1', response: wrong, hintsUsed: 0 },
			{ questionId: 's1', response: wrong, hintsUsed: 0 }
		]);
	});

	it('test-yourself: skip and flag show in the review, and finishing checks every recorded answer', async () => {
		const { machine, take } = deferredMachine();
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings({ feedback: 'end', book: 'open' }), at: 1 });
		expect(storyVisible(actor.getSnapshot())).toBe(true);

		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		expect(actor.getSnapshot().matches({ quiz: 'answering' })).toBe(true);
		expect(actor.getSnapshot().context.index).toBe(1);
		actor.send({ type: 'answer.change', response: wrong });
		actor.send({ type: 'question.flag' });
		actor.send({ type: 'question.skip' });
		expect(currentQuestion(actor.getSnapshot().context)?.id).toBe('c1');
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });

		let s = actor.getSnapshot();
		expect(s.matches({ quiz: 'review' })).toBe(true);
		expect(s.context.results).toEqual({});
		expect(reviewLists(s.context)).toEqual({
			answered: ['s1', 'c1'],
			skipped: ['n1'],
			flagged: ['n1'],
			unanswered: [],
			waiting: [],
			unread: []
		});

		// Back to the skipped one: its draft is still there.
		actor.send({ type: 'question.goto', index: 1 });
		s = actor.getSnapshot();
		expect(s.matches({ quiz: 'answering' })).toBe(true);
		expect(s.context.drafts.n1).toEqual(wrong);
		actor.send({ type: 'answer.submit' });
		expect(actor.getSnapshot().matches({ quiz: 'review' })).toBe(true);
		expect(reviewLists(actor.getSnapshot().context).skipped).toEqual([]);

		// The service fails once: back to the review, everything kept.
		actor.send({ type: 'quiz.finish', at: 9000 });
		expect(actor.getSnapshot().hasTag('busy')).toBe(true);
		take('checkAll').reject(new Error('offline'));
		await settled(actor);
		s = actor.getSnapshot();
		expect(s.matches({ quiz: 'review' })).toBe(true);
		expect(s.context.error).toBe(MESSAGES.finishFailed);
		expect(s.context.finishedAt).toBeNull();
		expect(Object.keys(s.context.answers)).toHaveLength(3);

		actor.send({ type: 'quiz.finish', at: 9500 });
		const call = take('checkAll');
		expect(call.input).toEqual([
			{ questionId: 's1', response: right, hintsUsed: 0 },
			{ questionId: 'n1', response: wrong, hintsUsed: 0 },
			{ questionId: 'c1', response: right, hintsUsed: 0 }
		]);
		call.resolve({ results: [result('s1', true), result('n1', false), result('c1', true)], released: true });
		await settled(actor);
		s = actor.getSnapshot();
		expect(s.value).toBe('summary');
		expect(s.context.finishedAt).toBe(9500);
		expect(s.context.error).toBeNull();
		expect(roundScore(s.context).overall).toEqual({ score: 2, max: 3 });
	});

	it('test-yourself: finishing with every question skipped goes straight to the summary', () => {
		const { machine, calls } = instantMachine();
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings({ feedback: 'end', count: 2 }), at: 1 });
		actor.send({ type: 'question.skip' });
		actor.send({ type: 'question.skip' });
		expect(actor.getSnapshot().matches({ quiz: 'review' })).toBe(true);
		actor.send({ type: 'quiz.finish', at: 2 });
		expect(actor.getSnapshot().value).toBe('summary');
		expect(calls.checkAll).toEqual([]);
		expect(roundScore(actor.getSnapshot().context).overall).toEqual({ score: 0, max: 2 });
	});

	it('another round asks only the missed questions, with their answers, hints and flags cleared', async () => {
		const { machine } = instantMachine();
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings(), at: 1 });
		// s1 right, n1 wrong after a hint, c1 skipped.
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		await settled(actor);
		actor.send({ type: 'question.flag' });
		actor.send({ type: 'question.next', at: 2 });
		actor.send({ type: 'hint.request' });
		await settled(actor);
		actor.send({ type: 'answer.change', response: wrong });
		actor.send({ type: 'question.flag' });
		actor.send({ type: 'answer.submit' });
		await settled(actor);
		actor.send({ type: 'question.next', at: 3 });
		actor.send({ type: 'question.skip' });
		expect(actor.getSnapshot().matches({ quiz: 'review' })).toBe(true);
		expect(actor.getSnapshot().can({ type: 'quiz.review' })).toBe(false);
		actor.send({ type: 'quiz.finish', at: 4 });

		let s = actor.getSnapshot();
		expect(s.value).toBe('summary');
		expect(missedIds(s.context)).toEqual(['n1', 'c1']);

		actor.send({ type: 'round.missed', at: 10 });
		s = actor.getSnapshot();
		expect(s.matches({ quiz: 'answering' })).toBe(true);
		expect(s.context.round).toEqual({ number: 2, ids: ['n1', 'c1'] });
		expect(s.context.index).toBe(0);
		expect(currentQuestion(s.context)?.id).toBe('n1');
		expect(s.context.drafts).toEqual({ s1: right });
		expect(Object.keys(s.context.answers)).toEqual(['s1']);
		expect(Object.keys(s.context.results)).toEqual(['s1']);
		expect(s.context.hints).toEqual({});
		expect(s.context.skipped).toEqual([]);
		expect(s.context.flagged).toEqual(['s1']);
		expect(s.context.startedAt).toBe(10);
		expect(s.context.finishedAt).toBeNull();
		expect(roundScore(s.context).overall).toEqual({ score: 0, max: 2 });
		expect(s.can({ type: 'hint.request' })).toBe(true);
	});

	it('resumes from a persisted snapshot on the same question with the same drafts and hints', async () => {
		const { machine, calls } = instantMachine();
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings({ feedback: 'end' }), at: 1 });
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		actor.send({ type: 'hint.request' });
		await settled(actor);
		actor.send({ type: 'answer.change', response: { kind: 'numeric', text: '4' } });
		actor.send({ type: 'question.flag' });
		const stored = JSON.stringify(actor.getPersistedSnapshot());
		actor.stop();

		const restored = createActor(machine, { snapshot: JSON.parse(stored), input: { questions: three } }).start();
		const s = restored.getSnapshot();
		expect(s.matches({ quiz: 'answering' })).toBe(true);
		expect(currentQuestion(s.context)?.id).toBe('n1');
		expect(s.context.drafts).toEqual({ s1: right, n1: { kind: 'numeric', text: '4' } });
		expect(s.context.answers).toEqual({ s1: right });
		expect(s.context.hints).toEqual({ n1: ['Hint 1 for n1'] });
		expect(s.context.flagged).toEqual(['n1']);
		expect(s.context.settings?.feedback).toBe('end');
		expect(s.can({ type: 'hint.request' })).toBe(false);

		// And it goes on from there.
		restored.send({ type: 'answer.submit' });
		restored.send({ type: 'answer.change', response: right });
		restored.send({ type: 'answer.submit' });
		restored.send({ type: 'quiz.finish', at: 2 });
		await settled(restored);
		expect(restored.getSnapshot().value).toBe('summary');
		expect(calls.checkAll.at(-1)?.map((r) => [r.questionId, r.hintsUsed])).toEqual([
			['s1', 0],
			['n1', 1],
			['c1', 0]
		]);
	});

	it('counts hints, stops at the question’s number, and sends them as hintsUsed', async () => {
		const { machine, calls } = instantMachine({ hint: 1 });
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings(), at: 1 });

		actor.send({ type: 'hint.request' });
		expect(actor.getSnapshot().matches({ quiz: 'hinting' })).toBe(true);
		await settled(actor);
		expect(actor.getSnapshot().context.error).toBe(MESSAGES.hintFailed);
		expect(actor.getSnapshot().context.hints).toEqual({});

		actor.send({ type: 'hint.request' });
		await settled(actor);
		expect(actor.getSnapshot().context.error).toBeNull();
		actor.send({ type: 'hint.request' });
		await settled(actor);
		expect(actor.getSnapshot().context.hints).toEqual({ s1: ['Hint 1 for s1', 'Hint 2 for s1'] });
		expect(actor.getSnapshot().can({ type: 'hint.request' })).toBe(false);
		expect(calls.fetchHint).toEqual([
			{ questionId: 's1', index: 0 },
			{ questionId: 's1', index: 0 },
			{ questionId: 's1', index: 1 }
		]);

		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		await settled(actor);
		expect(calls.checkAnswer).toEqual([{ questionId: 's1', response: right, hintsUsed: 2 }]);
		expect(actor.getSnapshot().context.results.s1?.score).toBe(0.5);
	});

	it('refuses a setup that matches no question, then starts with one that does', () => {
		const actor = createActor(quizMachine, { input: { questions: three.slice(0, 2) } }).start();
		actor.send({ type: 'setup.start', settings: settings({ skills: ['sources'] }), at: 1 });
		expect(actor.getSnapshot().value).toBe('setup');
		expect(actor.getSnapshot().context.error).toBe(MESSAGES.noQuestions);
		actor.send({ type: 'setup.start', settings: settings({ skills: ['numbers'] }), at: 1 });
		expect(actor.getSnapshot().matches('quiz')).toBe(true);
		expect(actor.getSnapshot().context.error).toBeNull();
		expect(actor.getSnapshot().context.round.ids).toEqual(['n1']);
	});

	it('with feedback after each, a checked question cannot be opened again to change it', async () => {
		const { machine } = instantMachine();
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings(), at: 1 });
		expect(actor.getSnapshot().can({ type: 'question.goto', index: 2 })).toBe(true);
		expect(actor.getSnapshot().can({ type: 'question.goto', index: 3 })).toBe(false);
		expect(actor.getSnapshot().can({ type: 'quiz.review' })).toBe(false);
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		await settled(actor);
		actor.send({ type: 'question.next', at: 2 });
		expect(actor.getSnapshot().can({ type: 'question.goto', index: 0 })).toBe(false);
		expect(actor.getSnapshot().can({ type: 'question.goto', index: 2 })).toBe(true);
	});

	it('without services provided, a check fails with the learner-facing message', async () => {
		const actor = createActor(quizMachine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings(), at: 1 });
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		await settled(actor);
		expect(actor.getSnapshot().matches({ quiz: 'answering' })).toBe(true);
		expect(actor.getSnapshot().context.error).toBe(MESSAGES.checkFailed);
	});

	it('browses the finished round, and starting again clears everything', async () => {
		const { machine } = instantMachine();
		const actor = createActor(machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings({ count: 1 }), at: 1 });
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		await settled(actor);
		actor.send({ type: 'question.next', at: 2 });
		actor.send({ type: 'review.open' });
		expect(actor.getSnapshot().value).toBe('reviewing');
		expect(storyVisible(actor.getSnapshot())).toBe(true);
		expect(actor.getSnapshot().can({ type: 'question.goto', index: 1 })).toBe(false);
		actor.send({ type: 'review.close' });
		actor.send({ type: 'quiz.restart' });
		const s = actor.getSnapshot();
		expect(s.value).toBe('setup');
		expect(s.context).toEqual({
			questions: three,
			assessed: false,
			settings: null,
			round: { number: 0, ids: [] },
			index: 0,
			drafts: {},
			answers: {},
			results: {},
			hints: {},
			flagged: [],
			skipped: [],
			startedAt: null,
			finishedAt: null,
			elsewhere: [],
			unread: [],
			error: null
		});
	});
});

// ---------------------------------------------------------------------------------------------------
// An assigned attempt: the same flow, with the attempt's questions, the server's submit and its rules.

describe('quizMachine, an assigned attempt', () => {
	const drawn = ['c1', 's1', 'n1'];
	const attemptSettings = (feedback: QuizSettings['feedback']) =>
		settings({ skills: ['sequence', 'numbers', 'sources'], count: 3, feedback, book: 'open' });
	const assessed = { questions: three, assessed: true };

	it('feedback after each: asks the drawn questions in order, each check is the save, and the end submits', async () => {
		const { machine, take } = deferredMachine();
		const actor = createActor(machine, { input: assessed }).start();
		actor.send({ type: 'setup.start', settings: attemptSettings('each'), ids: drawn, at: 1 });
		expect(actor.getSnapshot().context.round).toEqual({ number: 1, ids: drawn });
		expect(currentQuestion(actor.getSnapshot().context)?.id).toBe('c1');
		expect(actor.getSnapshot().can({ type: 'quiz.restart' })).toBe(false);

		for (const id of drawn) {
			actor.send({ type: 'answer.change', response: id === 's1' ? wrong : right });
			actor.send({ type: 'answer.submit' });
			const call = take('checkAnswer');
			expect(call.input).toMatchObject({ questionId: id });
			call.resolve(result(id, id !== 's1'));
			await settled(actor);
			expect(actor.getSnapshot().matches({ quiz: 'feedback' })).toBe(true);
			actor.send({ type: 'question.next', at: 7 });
		}

		// The last "next" submits: nothing is left unchecked, but the attempt still goes through the server.
		let s = actor.getSnapshot();
		expect(s.matches({ quiz: 'finishing' })).toBe(true);
		const submit = take('checkAll');
		expect(submit.input).toEqual([]);
		submit.resolve({ results: drawn.map((id) => result(id, id !== 's1')), released: true });
		await settled(actor);
		s = actor.getSnapshot();
		expect(s.value).toBe('summary');
		expect(s.context.finishedAt).toBe(7);
		expect(roundScore(s.context).overall).toEqual({ score: 2, max: 3 });
		expect(missedIds(s.context)).toEqual(['s1']);
		// No other round and no start over: the teacher's record is final.
		expect(s.can({ type: 'round.missed' })).toBe(false);
		expect(s.can({ type: 'quiz.restart' })).toBe(false);
		expect(s.can({ type: 'review.open' })).toBe(true);
	});

	it('results after the close date: answers are recorded, submitted, and the summary is withheld', async () => {
		const { machine, take } = deferredMachine();
		const actor = createActor(machine, { input: assessed }).start();
		actor.send({ type: 'setup.start', settings: attemptSettings('end'), ids: drawn, at: 1 });
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		actor.send({ type: 'question.skip' });
		actor.send({ type: 'answer.change', response: wrong });
		actor.send({ type: 'answer.submit' });
		let s = actor.getSnapshot();
		expect(s.matches({ quiz: 'review' })).toBe(true);
		expect(reviewLists(actor.getSnapshot().context).skipped).toEqual(['s1']);

		actor.send({ type: 'quiz.finish', at: 9 });
		const call = take('checkAll');
		expect(call.input).toEqual([
			{ questionId: 'c1', response: right, hintsUsed: 0 },
			{ questionId: 'n1', response: wrong, hintsUsed: 0 }
		]);
		call.resolve({ results: [], released: false });
		await settled(actor);
		s = actor.getSnapshot();
		expect(s.value).toBe('submitted');
		expect(s.context.results).toEqual({});
		expect(s.context.finishedAt).toBe(9);
		expect(storyVisible(s)).toBe(true);
		for (const type of ['review.open', 'round.missed', 'quiz.restart', 'quiz.finish', 'attempt.end'] as const) {
			expect(s.can({ type } as QuizEvent), type).toBe(false);
		}

		// A reload while submitted comes back submitted.
		const restored = createActor(machine, { input: assessed, snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) }).start();
		expect(restored.getSnapshot().value).toBe('submitted');
	});

	it('a submit that fails keeps every answer and says they were not submitted; a refusal shows the server’s words', async () => {
		const { machine, take } = deferredMachine();
		const actor = createActor(machine, { input: assessed }).start();
		actor.send({ type: 'setup.start', settings: attemptSettings('each'), ids: drawn, at: 1 });
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		take('checkAnswer').reject(Object.assign(new Error('The time for this attempt is up, so its answers can no longer change.'), { status: 409 }));
		await settled(actor);
		let s = actor.getSnapshot();
		expect(s.matches({ quiz: 'answering' })).toBe(true);
		expect(s.context.error).toBe('The time for this attempt is up, so its answers can no longer change.');
		expect(s.context.drafts.c1).toEqual(right);

		// No reply: the answer waits on the device, handed in, and the learner may go on.
		actor.send({ type: 'answer.submit' });
		take('checkAnswer').reject(Object.assign(new Error('no reply'), { status: 0 }));
		await settled(actor);
		s = actor.getSnapshot();
		expect(s.matches({ quiz: 'queued' })).toBe(true);
		expect(s.context.error).toBeNull();
		expect(s.context.answers.c1).toEqual(right);
		expect(reviewLists(s.context).waiting).toEqual(['c1']);

		actor.send({ type: 'question.next' });
		actor.send({ type: 'question.skip' });
		actor.send({ type: 'question.skip' });
		expect(actor.getSnapshot().matches({ quiz: 'review' })).toBe(true);
		// The waiting answer goes with the submit.
		actor.send({ type: 'quiz.finish', at: 3 });
		const call = take('checkAll');
		expect(call.input).toEqual([{ questionId: 'c1', response: right, hintsUsed: 0 }]);
		call.reject(new Error('offline'));
		await settled(actor);
		s = actor.getSnapshot();
		// The submit waits for the connection, nothing lost; a refusal would show the server's words.
		expect(s.matches({ quiz: 'waitingToSubmit' })).toBe(true);
		expect(s.context.finishedAt).toBeNull();
		expect(s.context.answers.c1).toEqual(right);
		actor.send({ type: 'submit.retry', at: 4 });
		take('checkAll').reject(Object.assign(new Error('This assignment has closed, so its answers can no longer change.'), { status: 409 }));
		await settled(actor);
		s = actor.getSnapshot();
		expect(s.matches({ quiz: 'review' })).toBe(true);
		expect(s.context.error).toBe('This assignment has closed, so its answers can no longer change.');

		// Submitting again is safe: the server submits once.
		actor.send({ type: 'quiz.finish', at: 4 });
		take('checkAll').resolve({ results: [], released: true });
		await settled(actor);
		expect(actor.getSnapshot().value).toBe('summary');
		expect(roundScore(actor.getSnapshot().context).overall).toEqual({ score: 0, max: 3 });
	});

	it('ends without the learner when time is up, from any step of the round, cancelling a check on its way', async () => {
		const { machine, take, pending } = deferredMachine();
		const actor = createActor(machine, { input: assessed }).start();
		expect(actor.getSnapshot().can({ type: 'attempt.end' })).toBe(false);
		actor.send({ type: 'setup.start', settings: attemptSettings('each'), ids: drawn, at: 1 });
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'answer.submit' });
		expect(actor.getSnapshot().matches({ quiz: 'checking' })).toBe(true);
		actor.send({ type: 'attempt.end', at: 60_000 });
		const s = actor.getSnapshot();
		expect(s.matches({ quiz: 'finishing' })).toBe(true);
		expect(s.context.finishedAt).toBe(60_000);
		expect(s.can({ type: 'attempt.end' })).toBe(false);
		// The check's call is left to settle on its own; its result no longer matters.
		expect(pending.map((p) => p.src).sort()).toEqual(['checkAll', 'checkAnswer']);
		take('checkAnswer').resolve(result('c1', true));
		take('checkAll').resolve({ results: [], released: true });
		await settled(actor);
		expect(actor.getSnapshot().value).toBe('summary');
		expect(actor.getSnapshot().context.results).toEqual({});
	});

	it('self-study ignores the end of an attempt', () => {
		const actor = createActor(quizMachine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings(), at: 1 });
		expect(actor.getSnapshot().can({ type: 'attempt.end' })).toBe(false);
		actor.send({ type: 'attempt.end' });
		expect(actor.getSnapshot().matches({ quiz: 'answering' })).toBe(true);
	});

	it('rebuilt from the server: answers, hints and results restored, at the first unanswered question', async () => {
		const { machine, calls } = instantMachine();
		const actor = createActor(machine, { input: assessed }).start();
		actor.send({
			type: 'setup.start',
			settings: attemptSettings('end'),
			ids: drawn,
			restore: { answers: { c1: right }, hints: { s1: ['Hint 1 for s1'] }, results: {} },
			at: 1
		});
		let s = actor.getSnapshot();
		expect(s.matches({ quiz: 'answering' })).toBe(true);
		expect(currentQuestion(s.context)?.id).toBe('s1');
		expect(s.context.answers).toEqual({ c1: right });
		expect(s.context.hints).toEqual({ s1: ['Hint 1 for s1'] });
		actor.send({ type: 'hint.request' });
		await settled(actor);
		expect(calls.fetchHint).toEqual([{ questionId: 's1', index: 1 }]);

		// Everything saved already: straight to the review, ready to submit.
		const done = createActor(machine, { input: assessed }).start();
		done.send({
			type: 'setup.start',
			settings: attemptSettings('each'),
			ids: drawn,
			restore: {
				answers: { c1: right, s1: right, n1: wrong },
				hints: {},
				results: { c1: result('c1', true), s1: result('s1', true), n1: result('n1', false) }
			},
			at: 1
		});
		s = done.getSnapshot();
		expect(s.matches({ quiz: 'review' })).toBe(true);
		expect(roundScore(s.context).overall).toEqual({ score: 2, max: 3 });
		done.send({ type: 'quiz.finish', at: 2 });
		await settled(done);
		expect(calls.checkAll.at(-1)).toEqual([]);
		expect(done.getSnapshot().value).toBe('summary');
	});

	it('after the submit, the answers the server graded are the record, even those another tab gave', async () => {
		const { machine, take } = deferredMachine();
		const actor = createActor(machine, { input: assessed }).start();
		actor.send({ type: 'setup.start', settings: attemptSettings('end'), ids: drawn, at: 1 });
		actor.send({ type: 'answer.change', response: wrong });
		actor.send({ type: 'answer.submit' });
		actor.send({ type: 'question.skip' });
		actor.send({ type: 'question.skip' });
		actor.send({ type: 'quiz.finish', at: 2 });
		take('checkAll').resolve({
			results: [result('c1', true), result('s1', true), result('zz', true)],
			released: true,
			answers: { c1: right, s1: right, zz: right }
		});
		await settled(actor);
		const s = actor.getSnapshot();
		expect(s.value).toBe('summary');
		expect(s.context.answers).toEqual({ c1: right, s1: right });
		expect(s.context.drafts).toMatchObject({ c1: right, s1: right });
		expect(s.context.skipped).toEqual(['n1']);
		expect(Object.keys(s.context.results).sort()).toEqual(['c1', 's1']);
		expect(roundScore(s.context).overall).toEqual({ score: 2, max: 3 });
	});

	it('refuses ids that are not the quiz’s questions', () => {
		const actor = createActor(quizMachine, { input: assessed }).start();
		actor.send({ type: 'setup.start', settings: attemptSettings('end'), ids: ['c1', 'gone'], at: 1 });
		expect(actor.getSnapshot().value).toBe('setup');
		expect(actor.getSnapshot().context.error).toBe(MESSAGES.noQuestions);
	});
});

describe('quizMachine, one truth across tabs and devices', () => {
	const drawn = ['c1', 's1', 'n1'];
	const attemptSettings = (feedback: QuizSettings['feedback']) =>
		settings({ skills: ['sequence', 'numbers', 'sources'], count: 3, feedback, book: 'open' });
	const assessed = { questions: three, assessed: true };

	it('feedback after each: the question on screen answered elsewhere shows the answer on record and its feedback', () => {
		const actor = createActor(instantMachine().machine, { input: assessed }).start();
		actor.send({ type: 'setup.start', settings: attemptSettings('each'), ids: drawn, at: 1 });
		actor.send({ type: 'answer.change', response: wrong });
		actor.send({ type: 'server.sync', server: { answers: { c1: right, n1: wrong }, results: { c1: result('c1', true), n1: result('n1', false) } } });
		const s = actor.getSnapshot();
		expect(s.matches({ quiz: 'feedback' })).toBe(true);
		expect(s.context.answers.c1).toEqual(right);
		expect(s.context.drafts.c1).toEqual(right);
		expect(s.context.elsewhere).toEqual(['c1', 'n1']);
		// n1's feedback waits in the question list; c1's is on screen, so read.
		expect(s.context.unread).toEqual(['n1']);
		actor.send({ type: 'question.next' });
		expect(currentQuestion(actor.getSnapshot().context)?.id).toBe('s1');
	});

	it('a check refused because another tab answered first takes the stored answer with its result', async () => {
		const { machine, take } = deferredMachine();
		const actor = createActor(machine, { input: assessed }).start();
		actor.send({ type: 'setup.start', settings: attemptSettings('each'), ids: drawn, at: 1 });
		actor.send({ type: 'answer.change', response: wrong });
		actor.send({ type: 'answer.submit' });
		take('checkAnswer').resolve({ ...result('c1', true), storedResponse: right });
		await settled(actor);
		const s = actor.getSnapshot();
		expect(s.matches({ quiz: 'feedback' })).toBe(true);
		expect(s.context.answers.c1).toEqual(right);
		expect(s.context.results.c1).toEqual(result('c1', true));
		expect(s.context.elsewhere).toEqual(['c1']);
	});

	it('results after submitting: an answer handed in is replaced by the server’s; a draft never handed in is kept', () => {
		const actor = createActor(instantMachine().machine, { input: assessed }).start();
		actor.send({ type: 'setup.start', settings: attemptSettings('end'), ids: drawn, at: 1 });
		actor.send({ type: 'answer.change', response: wrong });
		actor.send({ type: 'answer.submit' });
		actor.send({ type: 'answer.change', response: right });
		actor.send({ type: 'server.sync', server: { answers: { c1: right, s1: wrong }, results: {} } });
		const s = actor.getSnapshot();
		expect(s.context.answers).toEqual({ c1: right });
		expect(s.context.drafts).toEqual({ c1: right, s1: right });
		expect(s.context.elsewhere).toEqual(['c1']);
		// Self-study hears of no server.
		const alone = createActor(instantMachine().machine, { input: { questions: three } }).start();
		alone.send({ type: 'setup.start', settings: settings(), at: 1 });
		alone.send({ type: 'server.sync', server: { answers: { s1: right }, results: { s1: result('s1', true) } } });
		expect(alone.getSnapshot().context.answers).toEqual({});
	});

	it('"next" on the last open question goes to the list while a question is flagged, not to the score', async () => {
		const actor = createActor(instantMachine().machine, { input: { questions: three } }).start();
		actor.send({ type: 'setup.start', settings: settings({ count: 3 }), at: 1 });
		actor.send({ type: 'question.flag' });
		for (let i = 0; i < 3; i++) {
			actor.send({ type: 'answer.change', response: right });
			actor.send({ type: 'answer.submit' });
			await settled(actor);
			actor.send({ type: 'question.next', at: 9 });
		}
		let s = actor.getSnapshot();
		expect(s.matches({ quiz: 'review' })).toBe(true);
		expect(reviewLists(s.context).flagged).toEqual(['s1']);
		// The flagged one, checked, opens on its feedback.
		actor.send({ type: 'question.goto', index: 0 });
		expect(actor.getSnapshot().matches({ quiz: 'feedback' })).toBe(true);
		actor.send({ type: 'question.flag' });
		actor.send({ type: 'question.next', at: 10 });
		s = actor.getSnapshot();
		expect(s.value).toBe('summary');
	});
});
