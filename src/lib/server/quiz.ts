import { canonicalJson } from '$lib/content/canonical';
import { compareHappened, happenedSteps } from '$lib/content/order';
import { partAt } from '$lib/content/story';
import { ATTRIBUTION_FORM_LABELS, SOURCE_KIND_LABELS } from '$lib/content/labels';
import type { Attribution, Evidence, Question, StoryModule } from '$lib/content/types';
import { applyHints, grade, isOneToOne } from '$lib/grading';
import type {
	AnswerKey,
	CheckResult,
	CitedEvidence,
	HintResult,
	PublicQuestion,
	SourceMapEntry,
	TimelineEvent
} from '$lib/quiz/types';

/** The question as the browser may see it before it is answered. */
export function publicQuestion(module: StoryModule, q: Question<Evidence>): PublicQuestion {
	const base = {
		id: q.id,
		skill: q.skill,
		difficulty: q.difficulty,
		stem: q.stem,
		hintCount: q.hints?.length ?? 0,
		number: module.questions.indexOf(q) + 1
	};
	switch (q.kind) {
		case 'single':
		case 'multiple':
			return {
				...base,
				kind: q.kind,
				options: q.options.map(({ id, text }) => ({ id, text })),
				...(q.fixedOrder ? { fixedOrder: true as const } : {})
			};
		case 'ordering':
			return {
				...base,
				kind: 'ordering',
				items: q.items.map((id) => ({ id, label: module.events.find((e) => e.id === id)!.label }))
			};
		case 'numeric':
			return { ...base, kind: 'numeric', format: q.format, units: q.units ?? [] };
		case 'matching':
			return {
				...base,
				kind: 'matching',
				prompts: q.prompts.map(({ id, text }) => ({ id, text })),
				choices: q.choices.map(({ id, text }) => ({ id, text })),
				oneToOne: isOneToOne(q)
			};
		case 'evidence':
			return { ...base, kind: 'evidence', claim: q.claim };
		case 'tfn':
			return { ...base, kind: 'tfn', statement: q.statement };
	}
}

/**
 * Everything an answer to the question means and earns, as one text: the question as stored, as shown
 * (without its place in the module), as revealed once answered (key, explanation, passages with their
 * speakers, pictures), and what grading reads of the story. Where two versions' texts are equal, an
 * answer given on one stands on the other with the same result.
 */
export function questionMeaning(module: StoryModule, q: Question<Evidence>): string {
	const { number: _place, ...shown } = publicQuestion(module, q);
	return canonicalJson({
		question: q,
		shown,
		revealed: revealed(module, q, 1, [], 0),
		toldOrder: toldOrder(module, q),
		// An evidence answer is a span of the story's text, graded by its sentences.
		story: q.kind === 'evidence' ? { text: module.story.text, sentences: module.story.sentences } : null
	});
}

/** A refusal the caller turns into an HTTP status with a message for the learner. */
export type Refusal = { ok: false; status: 400 | 404 | 413; message: string };

const MAX_ID = 100;

function findQuestion(module: StoryModule, id: unknown): Question<Evidence> | Refusal {
	if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID) {
		return { ok: false, status: 400, message: 'The request does not say which question it is for.' };
	}
	return (
		module.questions.find((q) => q.id === id) ?? {
			ok: false,
			status: 404,
			message: 'That question is not part of this module. Reload the page to get the current questions.'
		}
	);
}

function isRefusal(value: unknown): value is Refusal {
	return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

/** Grades one answer and returns everything the learner may now see. */
export function checkAnswer(module: StoryModule, body: unknown): { ok: true; result: CheckResult } | Refusal {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return { ok: false, status: 400, message: 'The answer could not be read. Please try again.' };
	}
	const { questionId, response, hintsUsed } = body as Record<string, unknown>;
	const q = findQuestion(module, questionId);
	if (isRefusal(q)) return q;
	const hintCount = q.hints?.length ?? 0;
	const hints = hintsUsed ?? 0;
	if (typeof hints !== 'number' || !Number.isInteger(hints) || hints < 0 || hints > hintCount) {
		return { ok: false, status: 400, message: `The number of hints used must be a whole number from 0 to ${hintCount}.` };
	}
	const graded = grade(q, response, {
		toldOrder: toldOrder(module, q),
		textLength: module.story.text.length,
		sentences: module.story.sentences
	});
	if (!graded.ok) return { ok: false, status: 400, message: graded.error };
	return { ok: true, result: revealed(module, q, graded.grade.score, graded.grade.feedback, hints, graded.grade.parts) };
}

/** One hint, in order: asking for hint n reveals hints 0..n. */
export function hintFor(module: StoryModule, body: unknown): { ok: true; result: HintResult } | Refusal {
	if (typeof body !== 'object' || body === null) return { ok: false, status: 400, message: 'The request could not be read.' };
	const { questionId, index } = body as Record<string, unknown>;
	const q = findQuestion(module, questionId);
	if (isRefusal(q)) return q;
	const hint = typeof index === 'number' && Number.isInteger(index) ? q.hints?.[index] : undefined;
	if (hint === undefined) return { ok: false, status: 404, message: 'There is no further hint for this question.' };
	return { ok: true, result: { questionId: q.id, index: index as number, hint } };
}

function revealed(
	module: StoryModule,
	q: Question<Evidence>,
	rawScore: number,
	feedback: string[],
	hintsUsed: number,
	parts?: Record<string, boolean>
): CheckResult {
	const score = applyHints(rawScore, hintsUsed);
	return {
		questionId: q.id,
		score,
		correct: rawScore === 1,
		hintsUsed,
		key: answerKey(q),
		explanation: q.explanation,
		evidence: q.evidence.map((e) => citedEvidence(module, e)),
		feedback,
		...(parts ? { parts } : {}),
		...(q.skill === 'sequence' ? { timeline: timeline(module, q) } : {}),
		// Only the question's own facts: the full picture comes with the round's summary (roundSummary).
		...(q.skill === 'sources' ? { sources: sourceMap(module, q, 'own') } : {})
	};
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function answerKey(q: Question<Evidence>): AnswerKey {
	switch (q.kind) {
		case 'single':
			return { kind: 'single', option: q.answer };
		case 'multiple':
			return { kind: 'multiple', options: q.answer };
		case 'ordering':
			return { kind: 'ordering', order: q.answer };
		case 'numeric': {
			if (q.answer.type === 'integer') {
				const unit = q.units?.[0];
				return { kind: 'numeric', text: unit ? `${q.answer.value} ${unit}` : String(q.answer.value) };
			}
			const [year, month, day] = q.answer.iso.replace(/^--/, '-').split('-').map(Number) as [number, number, number];
			const yearText = q.answer.iso.startsWith('--') ? '' : ` ${year}`;
			return { kind: 'numeric', text: `${day} ${MONTHS[month - 1]}${yearText}` };
		}
		case 'matching':
			return { kind: 'matching', pairs: q.answer };
		case 'evidence':
			return { kind: 'evidence', passages: q.evidence.map(({ start, end }) => ({ start, end })) };
		case 'tfn':
			return { kind: 'tfn', choice: q.answer };
	}
}

/** A cited passage, with its source and the form of its words where an attribution covers it. */
function citedEvidence(module: StoryModule, e: Evidence): CitedEvidence {
	// The closest fit: "expelled" is the reporter's word inside NATO's claim.
	const attribution = module.attributions
		.filter((a) => a.cite.start <= e.start && e.end <= a.cite.end)
		.sort((a, b) => a.cite.end - a.cite.start - (b.cite.end - b.cite.start))[0];
	if (!attribution) return e;
	const { name, kind } = sourceOf(module, attribution);
	const how = [ATTRIBUTION_FORM_LABELS[attribution.form], attribution.channel].filter(Boolean).join(', ');
	return { ...e, speaker: `${name} (${SOURCE_KIND_LABELS[kind].toLowerCase()})`, how };
}

/** Who stands behind an attribution; the reporter's own voice has no source. */
function sourceOf(module: StoryModule, a: Attribution<Evidence>): Omit<SourceMapEntry, 'claims'> {
	const source = module.sources.find((s) => s.id === a.source);
	if (!source) {
		return { source: 'No source', name: 'No source', role: `${module.story.publisher}, in the reporter’s own voice`, kind: 'no-source' };
	}
	return { source: source.id, name: source.name, role: source.role, kind: source.kind };
}

/**
 * The summary's picture of a round: the told and happened order of every event its sequence questions
 * drew on, and who said what in its sources questions. Asked for once the round's answers are checked.
 */
export function roundSummary(
	module: StoryModule,
	body: unknown
): { ok: true; result: { timeline: TimelineEvent[]; sources: SourceMapEntry[] } } | Refusal {
	const ids = (body as { questionIds?: unknown } | null)?.questionIds;
	if (!Array.isArray(ids) || ids.length > module.questions.length || ids.some((id) => typeof id !== 'string')) {
		return { ok: false, status: 400, message: 'The request must list the questions of the round.' };
	}
	const questions = module.questions.filter((q) => ids.includes(q.id));
	const eventIds = [...new Set(questions.filter((q) => q.skill === 'sequence').flatMap((q) => eventsOf(module, q)))];
	const sources = mergeSourceMaps(questions.filter((q) => q.skill === 'sources').map((q) => sourceMap(module, q)));
	return { ok: true, result: { timeline: timelineOf(module, eventIds), sources } };
}

function mergeSourceMaps(maps: SourceMapEntry[][]): SourceMapEntry[] {
	const merged = new Map<string, SourceMapEntry>();
	for (const entry of maps.flat()) {
		const into = merged.get(entry.source) ?? { ...entry, claims: [] };
		for (const claim of entry.claims) {
			if (!into.claims.some((c) => c.passage.start === claim.passage.start && c.passage.end === claim.passage.end)) {
				into.claims.push(claim);
			}
		}
		merged.set(entry.source, into);
	}
	for (const entry of merged.values()) entry.claims.sort((a, b) => a.passage.start - b.passage.start);
	return [...merged.values()];
}

function eventsOf(module: StoryModule, q: Question<Evidence>): string[] {
	if (q.kind === 'ordering') return q.items;
	const facts = new Set(q.facts ?? []);
	return module.events.filter((e) => facts.has(e.id)).map((e) => e.id);
}

/** The question's events in the order the story tells them: by where their passage stands. */
function toldOrder(module: StoryModule, q: Question<Evidence>): string[] {
	return byToldOrder(module, eventsOf(module, q));
}

function byToldOrder(module: StoryModule, ids: string[]): string[] {
	return ids
		.map((id) => module.events.find((e) => e.id === id)!)
		.sort((a, b) => a.cite.start - b.cite.start)
		.map((e) => e.id);
}

function timeline(module: StoryModule, q: Question<Evidence>): TimelineEvent[] {
	return timelineOf(module, eventsOf(module, q));
}

function timelineOf(module: StoryModule, ids: string[]): TimelineEvent[] {
	const told = byToldOrder(module, ids);
	const steps = happenedSteps(told, module.relations);
	// An event the story orders against none of the others is not part of the chain: it is drawn apart.
	const linked = (id: string) => told.some((other) => other !== id && compareHappened(module.relations, id, other) !== 'unknown');
	return told.map((id, i) => {
		const e = module.events.find((ev) => ev.id === id)!;
		return {
			id,
			label: e.label,
			told: i,
			part: partAt(module.story, e.cite.start),
			step: steps.get(id) ?? 0,
			...(told.length > 1 && !linked(id) ? { unordered: true as const } : {}),
			...(e.when ? { when: e.when } : {}),
			status: e.status,
			passage: { start: e.cite.start, end: e.cite.end }
		};
	});
}

/**
 * Who said what in a sources question: its own attributions ('own', for its feedback), or also every
 * attribution its evidence overlaps ('cited', for the summary after the round).
 */
function sourceMap(module: StoryModule, q: Question<Evidence>, scope: 'own' | 'cited' = 'cited'): SourceMapEntry[] {
	const facts = new Set(q.facts ?? []);
	const framedByFacts = new Set(module.wording.filter((w) => facts.has(w.id)).map((w) => w.frames));
	const cited = module.attributions.filter(
		(a) =>
			facts.has(a.id) ||
			(scope === 'cited' &&
				(framedByFacts.has(a.id) || q.evidence.some((e) => a.cite.start < e.end && e.start < a.cite.end)))
	);
	const entries = new Map<string, SourceMapEntry>();
	for (const a of cited) {
		const source = sourceOf(module, a);
		const entry = entries.get(source.source) ?? { ...source, claims: [] };
		entry.claims.push({
			claim: a.claim,
			form: a.form,
			...(a.channel ? { channel: a.channel } : {}),
			...(a.note ? { note: a.note } : {}),
			passage: a.cite,
			wording: module.wording
				.filter((w) => w.frames === a.id)
				.map((w) => ({ quote: w.cite.quote, kind: w.kind, effect: w.effect }))
		});
		entries.set(source.source, entry);
	}
	return [...entries.values()];
}
