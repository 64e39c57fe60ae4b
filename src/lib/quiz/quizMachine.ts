/**
 * The one machine that owns a learner's way through a quiz: setup, answering (with hints and checks),
 * review, the summary and another round of the missed questions. Components render its snapshot and send
 * its events; the network services are actors the page provides:
 *
 * ```ts
 * const machine = quizMachine.provide({ actors: { checkAnswer, checkAll, fetchHint } });
 * const actor = createActor(machine, { input: { questions }, snapshot: saved });
 * ```
 *
 * An assigned attempt (`input.assessed`) goes through the same flow: it starts with the attempt's own
 * questions (`setup.start` with `ids`, and what the server has saved in `restore`), every finish is the
 * server's submit (`checkAll`), the results may be withheld (`submitted`), and the attempt can end
 * without the learner (`attempt.end`: time is up). An attempt never loses an answer to the network: with
 * feedback after each answer, an answer the server could not be reached for waits (`queued`) and the
 * learner goes on; its result comes with the server's state (`server.sync`, sent on reconnect, focus and
 * when another tab writes), which also brings in what other tabs and devices answered. A submit that
 * could not reach the server waits too (`waitingToSubmit`) and is tried again (`submit.retry`).
 *
 * The context is plain JSON, so `actor.getPersistedSnapshot()` can be saved as it is.
 */
import { and, assertEvent, assign, fromPromise, not, or, setup, stateIn, type SnapshotFrom } from 'xstate';
import type { Response } from '$lib/grading/types';
import {
	allAnswered,
	canAskHint,
	canGoto,
	checkRequest,
	currentId,
	emptyContext,
	hasSomethingToSee,
	idAt,
	isChecked,
	isWaiting,
	missedIds,
	nextPendingIndex,
	startedContext,
	startIds,
	uncheckedRequests,
	withServerState,
	type QuizContext,
	type Restore,
	type ServerState
} from './select';
import type { CheckOutcome, CheckRequest, FinishResult, HintRequest, HintResult, PublicQuestion, QuizSettings } from './types';

export * from './select';

export type QuizInput = { questions: PublicQuestion[]; assessed?: boolean };

/**
 * What a learner does. `at` (ms since the epoch) dates the start and end of a round; it defaults to the
 * time the event is handled. `setup.start` with `ids` asks exactly those questions in that order (an
 * attempt's), with `restore` what was saved of them. `attempt.end` ends an assessed attempt without the
 * learner: time is up, or the server no longer takes answers.
 */
export type QuizEvent =
	| { type: 'setup.start'; settings: QuizSettings; ids?: string[]; restore?: Restore; at?: number; seed?: string }
	| { type: 'answer.change'; response: Response }
	| { type: 'answer.submit' }
	| { type: 'hint.request' }
	| { type: 'question.skip' }
	| { type: 'question.flag' }
	| { type: 'question.goto'; index: number }
	| { type: 'question.next'; at?: number }
	| { type: 'quiz.review' }
	| { type: 'quiz.finish'; at?: number }
	| { type: 'review.open' }
	| { type: 'review.close' }
	| { type: 'round.missed'; at?: number }
	| { type: 'quiz.restart' }
	| { type: 'attempt.end'; at?: number }
	| { type: 'server.sync'; server: ServerState }
	| { type: 'submit.retry'; at?: number };

/**
 * `busy`: a service is working (checking, hinting, finishing); disable the controls.
 * `story-visible`: the story may be shown whatever the book setting (feedback, summary, reviewing). With
 * an open book it is shown throughout the quiz as well: ask `storyVisible(snapshot)`.
 */
export type QuizTag = 'busy' | 'story-visible';

export const MESSAGES = {
	noQuestions: 'No questions match the skills you chose. Choose other skills and start again.',
	hintFailed: 'The hint could not be fetched. Check your connection and try again.',
	checkFailed: 'Your answer was not checked: we could not reach the server. It is still here; try again.',
	checkQueued: 'Answered. It will be checked when you are back online; you can go on meanwhile.',
	submitWaiting:
		'Not submitted yet: we could not reach the server. Your answers are kept on this device and are submitted as soon as the connection returns.',
	finishFailed:
		'Your answers were not checked: we could not reach the server. They are all still here; try again.',
	submitFailed:
		'Your answers were not submitted: we could not reach the server. They are kept on this device; try again.'
} as const;

/** The server's own message when it refused a request (4xx): the learner can act on it; null otherwise. */
export function refusalMessage(error: unknown): string | null {
	if (!(error instanceof Error) || !('status' in error)) return null;
	const status = (error as { status: unknown }).status;
	return typeof status === 'number' && status >= 400 && status < 500 && error.message ? error.message : null;
}

function notProvided(): Promise<never> {
	return Promise.reject(new Error('not provided'));
}

function initialContext({ input }: { input: QuizInput }): QuizContext {
	return emptyContext(input.questions, input.assessed ?? false);
}

function checkInput({ context }: { context: QuizContext }): CheckRequest {
	const request = checkRequest(context);
	// The `hasDraft` guard lets no check start without one.
	if (request === null) throw new Error('There is no answer to check.');
	return request;
}

function hintInput({ context }: { context: QuizContext }): HintRequest {
	const questionId = currentId(context) ?? '';
	return { questionId, index: context.hints[questionId]?.length ?? 0 };
}

function checkAllInput({ context }: { context: QuizContext }): CheckRequest[] {
	return uncheckedRequests(context);
}

/** Hands a done event's output to a parameterised action or guard. */
function doneOutput<T>({ event }: { event: { output: T } }): T {
	return event.output;
}

/** Hands an error event's error to a parameterised action. */
function errorOf({ event }: { event: { error: unknown } }): unknown {
	return event.error;
}

function without<T>(record: Record<string, T>, ids: readonly string[]): Record<string, T> {
	return Object.fromEntries(Object.entries(record).filter(([id]) => !ids.includes(id)));
}

export const quizMachine = setup({
	types: {
		context: {} as QuizContext,
		events: {} as QuizEvent,
		input: {} as QuizInput,
		tags: {} as QuizTag
	},
	actors: {
		checkAnswer: fromPromise<CheckOutcome, CheckRequest>(notProvided),
		checkAll: fromPromise<FinishResult, CheckRequest[]>(notProvided),
		fetchHint: fromPromise<HintResult, HintRequest>(notProvided)
	},
	guards: {
		hasMatchingQuestions: ({ context, event }) => {
			assertEvent(event, 'setup.start');
			return startIds(context.questions, event).length > 0;
		},
		restoresEveryAnswer: ({ context, event }) => {
			assertEvent(event, 'setup.start');
			return allAnswered(startedContext(context, event, 0));
		},
		isAssessed: ({ context }) => context.assessed,
		// No reply, a timeout or a server error: worth trying again, unlike a refusal (4xx).
		isConnectionLost: (_, error: unknown) => refusalMessage(error) === null,
		isCurrentChecked: ({ context }) => {
			const id = currentId(context);
			return id !== null && isChecked(context, id);
		},
		isGotoChecked: ({ context, event }) => {
			assertEvent(event, 'question.goto');
			const id = idAt(context, event.index);
			return context.settings?.feedback === 'each' && id !== null && isChecked(context, id);
		},
		isGotoWaiting: ({ context, event }) => {
			assertEvent(event, 'question.goto');
			const id = idAt(context, event.index);
			return id !== null && isWaiting(context, id);
		},
		canOpenReview: ({ context }) =>
			context.settings?.feedback === 'end' || uncheckedRequests(context).length > 0 || context.unread.length > 0,
		isReleased: (_, output: FinishResult) => output.released,
		isFeedbackEach: ({ context }) => context.settings?.feedback === 'each',
		isFeedbackEnd: ({ context }) => context.settings?.feedback === 'end',
		hasDraft: ({ context }) => {
			const id = currentId(context);
			return id !== null && id in context.drafts;
		},
		isCurrentAnswered: ({ context }) => {
			const id = currentId(context);
			return id !== null && id in context.answers;
		},
		hasOtherPending: ({ context }) => nextPendingIndex(context) !== null,
		hasUncheckedAnswers: ({ context }) => uncheckedRequests(context).length > 0,
		canAskHint: ({ context }) => canAskHint(context),
		canGoto: ({ context, event }) => {
			assertEvent(event, 'question.goto');
			return canGoto(context, event.index);
		},
		isInRound: ({ context, event }) => {
			assertEvent(event, 'question.goto');
			return Number.isInteger(event.index) && event.index >= 0 && event.index < context.round.ids.length;
		},
		hasMissed: ({ context }) => missedIds(context).length > 0,
		hasSomethingToSee: ({ context }) => hasSomethingToSee(context)
	},
	actions: {
		startRound: assign(({ context, event }) => {
			assertEvent(event, 'setup.start');
			return startedContext(context, event, Date.now());
		}),
		reportNoQuestions: assign({ error: MESSAGES.noQuestions }),
		clearError: assign({ error: null }),
		storeDraft: assign(({ context, event }) => {
			assertEvent(event, 'answer.change');
			const id = currentId(context);
			return id === null ? {} : { drafts: { ...context.drafts, [id]: event.response } };
		}),
		recordAnswer: assign(({ context }) => {
			const id = currentId(context);
			const draft = id === null ? undefined : context.drafts[id];
			if (id === null || draft === undefined) return {};
			return {
				answers: { ...context.answers, [id]: draft },
				skipped: context.skipped.filter((s) => s !== id),
				error: null
			};
		}),
		skipCurrent: assign(({ context }) => {
			const id = currentId(context);
			if (id === null || context.skipped.includes(id)) return { error: null };
			return { skipped: [...context.skipped, id], error: null };
		}),
		toggleFlag: assign(({ context }) => {
			const id = currentId(context);
			if (id === null) return {};
			const flagged = context.flagged.includes(id)
				? context.flagged.filter((f) => f !== id)
				: [...context.flagged, id];
			return { flagged };
		}),
		moveToNextPending: assign(({ context }) => ({
			index: nextPendingIndex(context) ?? context.index,
			error: null
		})),
		goTo: assign(({ event }) => {
			assertEvent(event, 'question.goto');
			return { index: event.index, error: null };
		}),
		storeHint: assign(({ context }, hint: HintResult) => {
			const taken = (context.hints[hint.questionId] ?? []).slice(0, hint.index);
			return { hints: { ...context.hints, [hint.questionId]: [...taken, hint.hint] }, error: null };
		}),
		reportHintFailed: assign({ error: MESSAGES.hintFailed }),
		storeResult: assign(({ context }, { storedResponse, ...result }: CheckOutcome) => {
			const id = result.questionId;
			// Answered in another tab or device first: its answer is the record, shown with its result.
			const response = storedResponse ?? context.drafts[id];
			const elsewhere = storedResponse !== undefined && !context.elsewhere.includes(id);
			return {
				answers: response === undefined ? context.answers : { ...context.answers, [id]: response },
				drafts: response === undefined ? context.drafts : { ...context.drafts, [id]: response },
				results: { ...context.results, [id]: result },
				skipped: context.skipped.filter((s) => s !== id),
				elsewhere: elsewhere ? [...context.elsewhere, id] : context.elsewhere,
				error: null
			};
		}),
		queueAnswer: assign(({ context }) => {
			const id = currentId(context);
			const draft = id === null ? undefined : context.drafts[id];
			if (id === null || draft === undefined) return {};
			return { answers: { ...context.answers, [id]: draft }, skipped: context.skipped.filter((s) => s !== id), error: null };
		}),
		applyServerState: assign(({ context, event }) => {
			assertEvent(event, 'server.sync');
			return withServerState(context, event.server);
		}),
		markRead: assign(({ context }) => {
			const id = currentId(context);
			return id !== null && context.unread.includes(id) ? { unread: context.unread.filter((u) => u !== id) } : {};
		}),
		reportCheckFailed: assign((_, error: unknown) => ({ error: refusalMessage(error) ?? MESSAGES.checkFailed })),
		// The server's answers, when it sends them, are the record; a result always has its answer.
		storeResults: assign(({ context }, { results, answers }: FinishResult) => {
			const given = answers
				? Object.fromEntries(Object.entries(answers).filter(([id]) => context.round.ids.includes(id)))
				: context.answers;
			const kept = Object.entries(context.results).filter(([id]) => id in given);
			return {
				answers: given,
				drafts: { ...context.drafts, ...given },
				skipped: context.skipped.filter((id) => !(id in given)),
				results: Object.fromEntries([...kept, ...results.filter((r) => r.questionId in given).map((r) => [r.questionId, r] as const)]),
				error: null
			};
		}),
		reportFinishFailed: assign(({ context }, error: unknown) => ({
			error: refusalMessage(error) ?? (context.assessed ? MESSAGES.submitFailed : MESSAGES.finishFailed),
			finishedAt: null
		})),
		reportSubmitWaiting: assign({ error: null, finishedAt: null }),
		markFinished: assign(({ event }) => {
			assertEvent(event, ['question.next', 'quiz.finish', 'attempt.end', 'submit.retry']);
			return { finishedAt: event.at ?? Date.now(), error: null };
		}),
		openReview: assign({ index: 0, error: null }),
		startMissedRound: assign(({ context, event }) => {
			assertEvent(event, 'round.missed');
			const ids = missedIds(context);
			return {
				round: { number: context.round.number + 1, ids },
				index: 0,
				drafts: without(context.drafts, ids),
				answers: without(context.answers, ids),
				results: without(context.results, ids),
				hints: without(context.hints, ids),
				skipped: context.skipped.filter((id) => !ids.includes(id)),
				flagged: context.flagged.filter((id) => !ids.includes(id)),
				elsewhere: context.elsewhere.filter((id) => !ids.includes(id)),
				unread: context.unread.filter((id) => !ids.includes(id)),
				startedAt: event.at ?? Date.now(),
				finishedAt: null,
				error: null
			};
		}),
		resetQuiz: assign(({ context }) => emptyContext(context.questions, context.assessed))
	}
}).createMachine({
	id: 'quiz',
	context: initialContext,
	initial: 'setup',
	states: {
		setup: {
			on: {
				'setup.start': [
					// A restored attempt with every question answered goes on from the review.
					{ guard: and(['hasMatchingQuestions', 'restoresEveryAnswer']), target: 'quiz.review', actions: 'startRound' },
					{ guard: 'hasMatchingQuestions', target: 'quiz', actions: 'startRound' },
					{ actions: 'reportNoQuestions' }
				]
			}
		},
		quiz: {
			initial: 'answering',
			on: {
				// "Start over" from anywhere in a round: the page clears the saved progress too.
				'quiz.restart': { guard: not('isAssessed'), target: 'setup', actions: 'resetQuiz' },
				// A service at work is cancelled: the server takes no more answers anyway.
				'attempt.end': {
					guard: and(['isAssessed', not(stateIn({ quiz: 'finishing' }))]),
					target: '.finishing',
					actions: 'markFinished'
				},
				// What the server holds: other tabs' and devices' answers, and results of answers checked on reconnect.
				// Not while a service works: its own reply settles that question, and the next read brings the rest.
				'server.sync': {
					guard: and([
						'isAssessed',
						not(or([stateIn({ quiz: 'checking' }), stateIn({ quiz: 'hinting' }), stateIn({ quiz: 'finishing' })]))
					]),
					actions: 'applyServerState'
				}
			},
			states: {
				answering: {
					on: {
						'answer.change': { actions: 'storeDraft' },
						'answer.submit': [
							{ guard: and(['isFeedbackEach', 'hasDraft']), target: 'checking', actions: 'clearError' },
							{
								guard: and(['isFeedbackEnd', 'hasDraft', 'hasOtherPending']),
								actions: ['recordAnswer', 'moveToNextPending']
							},
							{ guard: and(['isFeedbackEnd', 'hasDraft']), target: 'review', actions: 'recordAnswer' }
						],
						'hint.request': { guard: 'canAskHint', target: 'hinting', actions: 'clearError' },
						'question.skip': [
							{
								guard: and([not('isCurrentAnswered'), 'hasOtherPending']),
								actions: ['skipCurrent', 'moveToNextPending']
							},
							{ guard: not('isCurrentAnswered'), target: 'review', actions: 'skipCurrent' }
						],
						'question.flag': { actions: 'toggleFlag' },
						'question.goto': { guard: 'canGoto', actions: 'goTo' },
						'quiz.review': { guard: 'canOpenReview', target: 'review', actions: 'clearError' }
					},
					// The question on screen was answered in another tab or on another device: its answer and result.
					always: { guard: and(['isFeedbackEach', 'isCurrentChecked']), target: 'feedback', actions: 'markRead' }
				},
				hinting: {
					tags: 'busy',
					invoke: {
						id: 'fetchHint',
						src: 'fetchHint',
						input: hintInput,
						onDone: { target: 'answering', actions: { type: 'storeHint', params: doneOutput } },
						onError: { target: 'answering', actions: 'reportHintFailed' }
					}
				},
				checking: {
					tags: 'busy',
					invoke: {
						id: 'checkAnswer',
						src: 'checkAnswer',
						input: checkInput,
						onDone: { target: 'feedback', actions: { type: 'storeResult', params: doneOutput } },
						onError: [
							// An attempt keeps the answer on the device and lets the learner go on.
							{
								guard: and(['isAssessed', { type: 'isConnectionLost', params: errorOf }]),
								target: 'queued',
								actions: 'queueAnswer'
							},
							{ target: 'answering', actions: { type: 'reportCheckFailed', params: errorOf } }
						]
					}
				},
				// Feedback after each, offline: answered, to be checked when the connection returns.
				queued: {
					on: {
						'question.next': [
							{ guard: 'hasOtherPending', target: 'answering', actions: 'moveToNextPending' },
							{ target: 'review', actions: 'clearError' }
						],
						'question.flag': { actions: 'toggleFlag' },
						'quiz.review': { target: 'review', actions: 'clearError' }
					},
					// Checked meanwhile (the connection came back while it was on screen): its feedback, at once.
					always: { guard: 'isCurrentChecked', target: 'feedback', actions: 'markRead' }
				},
				feedback: {
					tags: 'story-visible',
					on: {
						'question.next': [
							{ guard: 'hasOtherPending', target: 'answering', actions: 'moveToNextPending' },
							// Something still to see before the end: skipped, flagged, waiting to be checked or unread.
							{
								guard: 'hasSomethingToSee',
								target: 'review',
								actions: 'clearError'
							},
							{ guard: 'isAssessed', target: 'finishing', actions: 'markFinished' },
							{ target: '#quiz.summary', actions: 'markFinished' }
						],
						'question.flag': { actions: 'toggleFlag' },
						'quiz.review': { guard: 'canOpenReview', target: 'review', actions: 'clearError' },
						// The result on screen is read, whatever the server's state brought with it.
						'server.sync': { guard: 'isAssessed', actions: ['applyServerState', 'markRead'] }
					}
				},
				review: {
					on: {
						'question.goto': [
							{ guard: 'isGotoChecked', target: 'feedback', actions: ['goTo', 'markRead'] },
							{ guard: 'isGotoWaiting', target: 'queued', actions: 'goTo' },
							{ guard: 'canGoto', target: 'answering', actions: 'goTo' }
						],
						'quiz.finish': [
							{ guard: or(['isAssessed', 'hasUncheckedAnswers']), target: 'finishing', actions: 'markFinished' },
							{ target: '#quiz.summary', actions: 'markFinished' }
						]
					}
				},
				finishing: {
					tags: 'busy',
					invoke: {
						id: 'checkAll',
						src: 'checkAll',
						input: checkAllInput,
						onDone: [
							{
								guard: { type: 'isReleased', params: doneOutput },
								target: '#quiz.summary',
								actions: { type: 'storeResults', params: doneOutput }
							},
							{ target: '#quiz.submitted', actions: { type: 'storeResults', params: doneOutput } }
						],
						onError: [
							// An attempt's submit waits for the connection and is tried again; nothing is lost meanwhile.
							{
								guard: and(['isAssessed', { type: 'isConnectionLost', params: errorOf }]),
								target: 'waitingToSubmit',
								actions: 'reportSubmitWaiting'
							},
							{ target: 'review', actions: { type: 'reportFinishFailed', params: errorOf } }
						]
					}
				},
				waitingToSubmit: {
					on: {
						'submit.retry': { target: 'finishing', actions: 'markFinished' },
						'quiz.finish': { target: 'finishing', actions: 'markFinished' },
						'question.goto': [
							{ guard: 'isGotoChecked', target: 'feedback', actions: ['goTo', 'markRead'] },
							{ guard: 'isGotoWaiting', target: 'queued', actions: 'goTo' },
							{ guard: 'canGoto', target: 'answering', actions: 'goTo' }
						]
					}
				}
			}
		},
		summary: {
			tags: 'story-visible',
			on: {
				'review.open': { target: 'reviewing', actions: 'openReview' },
				'round.missed': { guard: and(['hasMissed', not('isAssessed')]), target: 'quiz', actions: 'startMissedRound' },
				'quiz.restart': { guard: not('isAssessed'), target: 'setup', actions: 'resetQuiz' }
			}
		},
		// Submitted, with the results withheld until the teacher releases them: nothing more to do here.
		submitted: {
			tags: 'story-visible'
		},
		reviewing: {
			tags: 'story-visible',
			on: {
				'question.goto': { guard: 'isInRound', actions: 'goTo' },
				'review.close': { target: 'summary', actions: 'clearError' }
			}
		}
	}
});

export type QuizMachine = typeof quizMachine;
export type QuizSnapshot = SnapshotFrom<typeof quizMachine>;

/** Whether to show the story now: with an open book throughout the quiz, with a closed one from feedback on. */
export function storyVisible(snapshot: QuizSnapshot): boolean {
	return (
		snapshot.hasTag('story-visible') ||
		(snapshot.matches('quiz') && snapshot.context.settings?.book === 'open')
	);
}
