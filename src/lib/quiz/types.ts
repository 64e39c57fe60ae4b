import type { AttributionForm, Difficulty, Evidence, QuestionKind, Skill, SourceKind, Span, StoryPart, TfnChoice, WordingKind } from '$lib/content/types';
import type { Response } from '$lib/grading/types';

/**
 * What the browser may know of a question before it is answered: the stem and the choices, never the
 * key, the explanation, the hints or the feedback.
 */
type PublicBase = {
	id: string;
	skill: Skill;
	difficulty: Difficulty;
	stem: string;
	/** How many hints can be asked for; their text comes from the server one at a time. */
	hintCount: number;
	/** Its one number in the module ("Q7"), the same on the teacher's pages and exports (`numbering.ts`). */
	number?: number;
};

export type PublicQuestion = PublicBase &
	(
		/** `fixedOrder`: the options stay in this order (never shuffled). */
		| { kind: 'single'; options: { id: string; text: string }[]; fixedOrder?: true }
		| { kind: 'multiple'; options: { id: string; text: string }[]; fixedOrder?: true }
		/** Items in an order that is not the answer. */
		| { kind: 'ordering'; items: { id: string; label: string }[] }
		| { kind: 'numeric'; format: string; units: string[] }
		| {
				kind: 'matching';
				prompts: { id: string; text: string }[];
				choices: { id: string; text: string }[];
				/** Each choice goes with one prompt at most (the server refuses a choice used twice). */
				oneToOne: boolean;
		  }
		/** The learner picks one of the story's sentences. */
		| { kind: 'evidence'; claim: string }
		| { kind: 'tfn'; statement: string }
	);

export type PublicQuestionOf<K extends QuestionKind> = Extract<PublicQuestion, { kind: K }>;

export type FeedbackTiming = 'each' | 'end';
export type Book = 'open' | 'closed';

export type QuizSettings = {
	/** The skills to practise; all three when the learner chose "all". */
	skills: Skill[];
	/** How many questions, at most; the module may have fewer of the chosen skills. */
	count: number;
	/** Feedback after each answer, or at the end ("test yourself"). */
	feedback: FeedbackTiming;
	/** Open book: the story beside the questions. Closed: hidden until feedback. */
	book: Book;
};

/** A cited passage with who said it, where the passage is an attribution. */
export type CitedEvidence = Evidence & { speaker?: string; how?: string };

/** An event as told and as it happened, for the told-order / happened-order picture. */
export type TimelineEvent = {
	id: string;
	label: string;
	/** 0-based place in the order the story tells it. */
	told: number;
	/** The part of the story that first tells it: headline, standfirst, dateline, lead or body. */
	part: StoryPart;
	/** Step in the order of happening; events sharing a step are of unknown order between them. */
	step: number;
	/** The story orders this event against none of the others: it may fall anywhere in the chain. */
	unordered?: true;
	when?: string;
	status: 'past' | 'planned';
	passage: Span;
};

/**
 * One source and what the story gives it, in two separate dimensions: the kind of source (named person,
 * named institution, anonymous person, no source) and, per claim, the form of words.
 */
export type SourceMapEntry = {
	/** The source's id; "No source" for the reporter's own voice. */
	source: string;
	name: string;
	role: string;
	kind: SourceKind;
	claims: {
		claim: string;
		form: AttributionForm;
		/** How it reached the reporter, where the story says. */
		channel?: string;
		/** A judgement call about this attribution. */
		note?: string;
		passage: Evidence;
		/** The reporter's words around it that shift how it reads. */
		wording: { quote: string; kind: WordingKind; effect: string }[];
	}[];
};

/** The correct answer, in the shape the question kind shows it. */
export type AnswerKey =
	| { kind: 'single'; option: string }
	| { kind: 'multiple'; options: string[] }
	| { kind: 'ordering'; order: string[] }
	| { kind: 'numeric'; text: string }
	| { kind: 'matching'; pairs: Record<string, string> }
	| { kind: 'evidence'; passages: Span[] }
	| { kind: 'tfn'; choice: TfnChoice };

/** What the server returns once a question is answered. */
export type CheckResult = {
	questionId: string;
	/** Credit from 0 to 1 after the cost of hints taken. */
	score: number;
	correct: boolean;
	hintsUsed: number;
	key: AnswerKey;
	explanation: string;
	evidence: CitedEvidence[];
	/** Feedback for the learner's own answer, most specific first. */
	feedback: string[];
	parts?: Record<string, boolean>;
	/** For sequence questions: the events involved, as told and as happened. */
	timeline?: TimelineEvent[];
	/** For sources questions: the attributions involved, by source. */
	sources?: SourceMapEntry[];
};

/**
 * What finishing a round gives back. Self-study: the results of the answers checked at the end. An
 * attempt: the server's results once released; none (and `released: false`) when the teacher releases
 * them after the close date.
 */
export type FinishResult = {
	results: CheckResult[];
	released: boolean;
	/** An attempt: the answers the server holds, which are the ones graded (another tab may have changed some). */
	answers?: Record<string, Response>;
};

/** The told/happened picture and the source map of a finished round. */
export type RoundOverview = { timeline: TimelineEvent[]; sources: SourceMapEntry[] };

/**
 * A check's outcome: the result, and when the question had been answered in another tab or on another
 * device first, the answer the server holds (which the result is for).
 */
export type CheckOutcome = CheckResult & { storedResponse?: Response };

export type CheckRequest = { questionId: string; response: Response; hintsUsed: number };
export type HintRequest = { questionId: string; index: number };
export type HintResult = { questionId: string; index: number; hint: string };

/** An attempt's saved state, as the server sends it for resuming (`savedState`) and the attempt page reads it. */
export type SavedAttempt = {
	id: string;
	submittedAt: number | null;
	deadlineAt: number | null;
	answers: Record<string, { response: Response; seq: number }>;
	/** The hint texts taken, in order. */
	hints: Record<string, string[]>;
	/** For answered questions: under 'each' feedback at once, otherwise once released. */
	results?: Record<string, CheckResult>;
	/** Once released and submitted. */
	score?: number;
};
