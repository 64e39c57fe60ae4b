/**
 * The story-module format.
 *
 * A module is data: a `ModuleJson` (the JSON `content:export` prints, stored and imported as such),
 * validated and loaded into a `StoryModule`, in which every cited passage is a `{ quote, start, end }`
 * slice of the story text. These types are the single description of the format: the runtime schema in
 * `module-json.ts` is checked against them at compile time. A `ModuleSource` (exact words instead of
 * offsets, beside a story file) is an authoring convenience that `authoring.ts` turns into a `ModuleJson`.
 * Nothing here does I/O; the same types serve the server, the studio, the content checker and the exporter.
 */

export const SKILLS = ['sequence', 'numbers', 'sources'] as const;
export type Skill = (typeof SKILLS)[number];

/** 1 = recall of one stated fact, 2 = combine two facts or read carefully, 3 = infer, compute or untangle. */
export type Difficulty = 1 | 2 | 3;

/**
 * A cited passage, written as its exact words. Where the words occur more than once in the story, the
 * author says which occurrence (1-based) is meant; otherwise loading fails.
 */
export type Cite = string | { quote: string; occurrence: number };

/** A resolved passage: `story.text.slice(start, end) === quote`. */
export type Evidence = { quote: string; start: number; end: number };

/** A half-open range of characters in the story text. */
export type Span = { start: number; end: number };

/**
 * The parts of a news story, in the order a reader meets them: each is a place in the told order. The
 * lead is the first paragraph after its dateline; the body is every paragraph after the lead.
 */
export const STORY_PARTS = ['headline', 'standfirst', 'dateline', 'lead', 'body'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

/**
 * Set on a fact or question a machine drafted and no person has yet reviewed: the rule that produced it
 * and how sure the rule is (0–1). Optional everywhere; a reviewer's edit removes it.
 */
export type Drafted = { draft?: { rule: string; confidence: number } };

// ---------------------------------------------------------------------------------------------------
// Fact tables
// ---------------------------------------------------------------------------------------------------

/** Something that happened (or is planned to happen), as the story tells it. */
export type StoryEvent<C = Cite> = Drafted & {
	id: string;
	/** A short label a learner can order, e.g. "NATO cuts the Russian mission from 20 to 10 posts". */
	label: string;
	/**
	 * The passage where the story first tells it, whatever the part (headline, standfirst, lead, body): its
	 * position gives the event's place in the *told* order.
	 */
	cite: C;
	/** Later passages that tell the same event again, each after `cite`. */
	otherMentions?: C[];
	/** When it happened, in the story's own terms ("Monday", "before the end of October"), if it says. */
	when?: string;
	/** `planned`: announced for the future at the time of writing. */
	status: 'past' | 'planned';
};

/**
 * "`before` happened before `after`", established by the cited words. The order of happening is the
 * partial order these relations generate; where neither event is reachable from the other the order is
 * unknown and the module must not pretend otherwise.
 */
export type EventRelation<C = Cite> = Drafted & {
	before: string;
	after: string;
	cite: C;
	/** Why the cited words establish the order. */
	reason: string;
};

export type FigureKind = 'count' | 'date' | 'time' | 'year';

/** A number the story gives: a count, a date or a time. */
export type Figure<C = Cite> = Drafted & {
	id: string;
	kind: FigureKind;
	/** Counts as numbers; dates as ISO `YYYY-MM-DD` (or `--MM-DD` where the story gives no year); times as `HH:MM`. */
	value: number | string;
	/** The unit for counts ("people", "positions"). */
	unit?: string;
	/** What the figure counts or marks, in a learner's words. */
	counts: string;
	cite: C;
	/** Set when the figure is not printed as such but follows from printed ones (e.g. 20 − 10). */
	derivedFrom?: string[];
};

/**
 * Who stands behind a claim, as the story lets a reader see it. "No source" is the reporter's own voice:
 * the story asserts it without giving it to anyone.
 */
export const SOURCE_KINDS = ['named-person', 'named-institution', 'anonymous-person', 'no-source'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type Source = Drafted & {
	id: string;
	/** As the story names it; for an anonymous person, the story's description ("a diplomatic source"). */
	name: string;
	role: string;
	kind: Exclude<SourceKind, 'no-source'>;
};

/** How the story gives a source's words: the form of words, whoever the source is. */
export const ATTRIBUTION_FORMS = ['direct-quote', 'partial-quote', 'paraphrase', 'mention', 'declined', 'reporter-voice'] as const;
export type AttributionForm = (typeof ATTRIBUTION_FORMS)[number];

/**
 * Who is said to have said what (the source), and in what form of words: two separate dimensions. A
 * claim in the reporter's own voice has no source.
 */
export type Attribution<C = Cite> = Drafted & {
	id: string;
	/** A source id; absent exactly when `form` is `reporter-voice`. */
	source?: string;
	/** The claim, in a learner's words. */
	claim: string;
	form: AttributionForm;
	/** How it reached the reporter, where the story says: "press conference", "reply to TASS". */
	channel?: string;
	/** A judgement call about this attribution, in plain words, where the text leaves room for doubt. */
	note?: string;
	cite: C;
};

/**
 * The reporter's own words around a claim that shift how a reader takes it: a distancing word
 * ("claimed", "allegedly"), a verb that endorses ("explained"), a loaded word ("mutual"), or an editor's
 * insertion in square brackets.
 */
export const WORDING_KINDS = ['distancing', 'endorsing', 'loaded', 'insertion'] as const;
export type WordingKind = (typeof WORDING_KINDS)[number];

export type Wording<C = Cite> = Drafted & {
	id: string;
	cite: C;
	kind: WordingKind;
	/** The attribution whose words it frames; it stands in the same headline, standfirst or paragraph. */
	frames?: string;
	/** What the word does to the claim, in plain words. */
	effect: string;
};

/**
 * A relative time word ("on Monday", "today", "later") anchored to the calendar, counted from the
 * dateline, or to the events it follows; or, where neither can be done, the reason why not.
 */
export type TimeWord<C = Cite> = Drafted & {
	id: string;
	cite: C;
	/** The event the words date or order. */
	event: string;
	/** The calendar date the words stand for, `YYYY-MM-DD`; absent when the story does not fix it. */
	date?: string;
	/** Events the words place this one after ("later" than what). */
	after?: string[];
	/** How the words are anchored, or why they cannot be. */
	reason: string;
};

// ---------------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------------

export type Option = {
	id: string;
	text: string;
	/** Shown when this option is chosen and it is wrong; required for every wrong option. */
	feedback?: string;
};

type QuestionBase<C> = Drafted & {
	id: string;
	skill: Skill;
	difficulty: Difficulty;
	stem: string;
	/** Why the answer is right, in plain words; the evidence shows the story's own. */
	explanation: string;
	evidence: C[];
	/** Ordered from gentlest to most telling. Each one taken costs `HINT_COST` of the question's credit. */
	hints?: string[];
	/** Ids in the fact tables the question draws on (events, figures, sources, attributions, wording, time words). */
	facts?: string[];
};

export type SingleQuestion<C = Cite> = QuestionBase<C> & {
	kind: 'single';
	options: Option[];
	answer: string;
	/** The options must stay in the order given (e.g. "all of the above" last): they are never shuffled. */
	fixedOrder?: boolean;
};

export type MultipleQuestion<C = Cite> = QuestionBase<C> & {
	kind: 'multiple';
	options: Option[];
	answer: string[];
	/** The options must stay in the order given: they are never shuffled. */
	fixedOrder?: boolean;
};

/** Put events into the order they happened. `items` are event ids; `answer` is their happened order. */
export type OrderingQuestion<C = Cite> = QuestionBase<C> & {
	kind: 'ordering';
	items: string[];
	answer: string[];
	/** Shown for a wrong order. */
	wrongFeedback: string;
	/** Shown when the learner's order is the order the story tells them in. */
	toldOrderFeedback?: string;
};

export type NumericAnswer =
	| {
			type: 'integer';
			value: number;
			tolerance?: number;
			/**
			 * Set when the figure is a change ("by how many did it shrink?"): then "10", "-10" and "10 fewer"
			 * all read as a decrease of 10, and a change the wrong way ("10 more") is wrong. Without it, words
			 * of change ("10 fewer") are wrong for a plain count.
			 */
			change?: 'decrease' | 'increase';
	  }
	| { type: 'date'; iso: string };

export type NumericQuestion<C = Cite> = QuestionBase<C> & {
	kind: 'numeric';
	answer: NumericAnswer;
	/**
	 * The unit words the story uses for this figure, with their synonyms ("mission employees", "diplomats",
	 * "officials"); singular and plural both read, the first is the one the key is shown with. A unit of time
	 * ("days") lets the learner write the span in weeks or fortnights. A unit a learner writes must be one of
	 * these, or one a wrong value names (the answer is then wrong); any other word is refused as unreadable.
	 */
	units?: string[];
	/** Whole answers accepted as written, besides the parsed value (e.g. "1 November"). Matched case-insensitively. */
	accept?: string[];
	/**
	 * Feedback for likely wrong values, usually the story's other numbers, matched after the answer is read
	 * ("ten", "10 fewer" and "10 diplomats" all match 10). With `units`, an entry matches only an answer
	 * written with one of those units, and may then equal the key: "10 people" for a cut of 10 posts.
	 */
	wrongValues?: { value: number | string; units?: string[]; feedback: string }[];
	wrongFeedback: string;
	/** Shown next to the input, e.g. "a whole number" or "a date such as 5 March". */
	format: string;
};

/** Match each prompt (a statement or quote) to one of the choices (usually sources). */
export type MatchingQuestion<C = Cite> = QuestionBase<C> & {
	kind: 'matching';
	prompts: { id: string; text: string }[];
	choices: { id: string; text: string }[];
	answer: Record<string, string>;
	wrongFeedback: string;
};

/** Pick the sentence of the story that supports a claim. `evidence` doubles as the key passages. */
export type EvidenceQuestion<C = Cite> = QuestionBase<C> & {
	kind: 'evidence';
	claim: string;
	wrongFeedback: string;
};

export const TFN_CHOICES = ['true', 'false', 'not-stated'] as const;
export type TfnChoice = (typeof TFN_CHOICES)[number];

export type TrueFalseQuestion<C = Cite> = QuestionBase<C> & {
	kind: 'tfn';
	statement: string;
	answer: TfnChoice;
	/** Feedback for each of the two wrong choices. */
	feedback: Partial<Record<TfnChoice, string>>;
};

export type Question<C = Cite> =
	| SingleQuestion<C>
	| MultipleQuestion<C>
	| OrderingQuestion<C>
	| NumericQuestion<C>
	| MatchingQuestion<C>
	| EvidenceQuestion<C>
	| TrueFalseQuestion<C>;

export type QuestionKind = Question['kind'];
export const QUESTION_KINDS: readonly QuestionKind[] = [
	'single',
	'multiple',
	'ordering',
	'numeric',
	'matching',
	'evidence',
	'tfn'
];

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
	single: 'Single choice',
	multiple: 'Multiple select',
	ordering: 'Ordering',
	numeric: 'Number or date',
	matching: 'Matching',
	evidence: 'Find the evidence',
	tfn: 'True, false or not stated'
};

// ---------------------------------------------------------------------------------------------------
// Modules
// ---------------------------------------------------------------------------------------------------

/** What an author may write by hand: passages as exact words, beside the story's file (see `authoring.ts`). */
export type ModuleSource = {
	slug: string;
	title: string;
	/** One or two sentences for the library. */
	summary: string;
	/** The story file's text, verbatim. */
	storyFile: string;
	story: {
		publisher: string;
		/** Leading lines of the file that are page chrome, not story ("All news"). */
		chrome: string[];
		/** The publication time as printed, the line after the chrome. */
		published: string;
		/** The publication time as ISO 8601, for sorting and machines. */
		publishedISO: string;
		/** The dateline as printed at the start of the first body paragraph. */
		dateline: string;
	};
	events: StoryEvent[];
	relations: EventRelation[];
	figures: Figure[];
	sources: Source[];
	attributions: Attribution[];
	wording: Wording[];
	timeWords: TimeWord[];
	questions: Question[];
};

/** The story, laid out as spans of its text. */
export type Story = {
	/** From the headline to the end of the last paragraph, verbatim. Every offset indexes this. */
	text: string;
	publisher: string;
	published: string;
	publishedISO: string;
	/** Where the story was published, an http(s) address. */
	url?: string;
	/** The permission to use the story: a licence or a note of who allowed it. */
	licence?: string;
	headline: Span;
	standfirst: Span;
	dateline: Span;
	/** Body paragraphs: the first is the dateline and the lead (see `partAt`), the rest the body. */
	paragraphs: Span[];
	/** Sentences of the body, the units a learner picks in evidence questions (the dateline excluded). */
	sentences: Span[];
};

/** The version of the JSON format's shape; see `module-json.ts`. */
export const MODULE_SCHEMA_VERSION = 2;

/** The fact tables of a module, every passage resolved. */
export type ModuleFacts = Pick<StoryModule, 'events' | 'relations' | 'figures' | 'sources' | 'attributions' | 'wording' | 'timeWords'>;

/** A question as the JSON gives it: an evidence question carries its key passages as `answer` too. */
export type QuestionJson =
	| Exclude<Question<Evidence>, EvidenceQuestion<Evidence>>
	| (EvidenceQuestion<Evidence> & { answer: Evidence[] });

/**
 * A module as JSON: what `content:export` prints, what the studio edits and imports, what is stored.
 * Every passage is a `{ quote, start, end }` with `story.text.slice(start, end) === quote`.
 */
export type ModuleJson = {
	schemaVersion: typeof MODULE_SCHEMA_VERSION;
	slug: string;
	title: string;
	summary: string;
	/** A short hash of the content, written on export; recomputed (never trusted) on import. */
	version?: string;
	story: Story;
	facts: ModuleFacts;
	questions: QuestionJson[];
};

/** A module with every passage resolved. */
export type StoryModule = {
	slug: string;
	title: string;
	summary: string;
	/** A short hash of the module's content: saved progress from another version is not resumed. */
	version: string;
	story: Story;
	events: StoryEvent<Evidence>[];
	relations: EventRelation<Evidence>[];
	figures: Figure<Evidence>[];
	sources: Source[];
	attributions: Attribution<Evidence>[];
	wording: Wording<Evidence>[];
	timeWords: TimeWord<Evidence>[];
	questions: Question<Evidence>[];
};
