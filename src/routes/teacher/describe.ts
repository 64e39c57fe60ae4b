import { percent } from '$lib/format';
import { QUESTION_KIND_LABELS, type Evidence, type Question, type StoryModule, type TfnChoice } from '$lib/content/types';
import { readResponse } from '$lib/grading';
import { questionLabel, questionNumber } from '$lib/content/numbering';
import type { AuditKind } from '$lib/server/db/schema';

/**
 * Plain-text descriptions of questions, keys, responses and audit events for the teacher's pages.
 * Everything returned is text for `{…}` interpolation, never markup: student input passes through here.
 */

const TFN_LABELS: Record<TfnChoice, string> = { true: 'True', false: 'False', 'not-stated': 'Not stated' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Long student text is cut here: enough to read, not enough to flood the page. */
const MAX_TEXT = 300;

function cut(text: string, max = MAX_TEXT): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function optionText(q: Question<Evidence>, id: string): string {
	return 'options' in q ? (q.options.find((o) => o.id === id)?.text ?? `an option not in the question (${cut(id, 40)})`) : cut(id, 40);
}

function eventLabel(module: StoryModule, id: string): string {
	return module.events.find((e) => e.id === id)?.label ?? `an event not in the question (${cut(id, 40)})`;
}

/** What the question asks, beyond its stem: the statement to judge or the claim to support. */
export function questionPrompt(q: Question<Evidence>): string | null {
	if (q.kind === 'tfn') return q.statement;
	if (q.kind === 'evidence') return q.claim;
	return null;
}

export function kindLabel(q: Question<Evidence>): string {
	return QUESTION_KIND_LABELS[q.kind];
}

/** The right answer, one line per part. */
export function answerKey(module: StoryModule, q: Question<Evidence>): string[] {
	switch (q.kind) {
		case 'single':
			return [optionText(q, q.answer)];
		case 'multiple':
			return q.answer.map((id) => optionText(q, id));
		case 'ordering':
			return q.answer.map((id, i) => `${i + 1}. ${eventLabel(module, id)}`);
		case 'numeric': {
			if (q.answer.type === 'integer') {
				const unit = q.units?.[0] ? ` ${q.units[0]}` : '';
				const tolerance = q.answer.tolerance ? ` (± ${q.answer.tolerance})` : '';
				return [`${q.answer.value}${unit}${tolerance}`];
			}
			const [year, month, day] = q.answer.iso.replace(/^--/, '-').split('-').map(Number) as [number, number, number];
			return [`${day} ${MONTHS[month - 1]}${q.answer.iso.startsWith('--') ? '' : ` ${year}`}`];
		}
		case 'matching':
			return q.prompts.map((p) => `${p.text} → ${q.choices.find((c) => c.id === q.answer[p.id])?.text ?? '?'}`);
		case 'evidence':
			return q.evidence.map((e) => `“${e.quote}”`);
		case 'tfn':
			return [TFN_LABELS[q.answer]];
	}
}

/** A learner's response in words; a response that cannot be read says so rather than failing the page. */
export function describeResponse(module: StoryModule, q: Question<Evidence>, response: unknown): string {
	const read = readResponse(q.kind, response);
	if (!read.ok) return 'An answer that could not be read.';
	const r = read.response;
	switch (r.kind) {
		case 'single':
			return optionText(q, r.option);
		case 'multiple':
			return r.options.length === 0 ? 'Nothing chosen' : r.options.slice(0, 20).map((id) => optionText(q, id)).join('; ');
		case 'ordering':
			return r.order.slice(0, 20).map((id, i) => `${i + 1}. ${eventLabel(module, id)}`).join(' → ');
		case 'numeric':
			return `“${cut(r.text)}”`;
		case 'matching': {
			if (q.kind !== 'matching') return 'An answer that could not be read.';
			const prompt = (id: string) => q.prompts.find((x) => x.id === id)?.text ?? cut(id, 40);
			const choice = (id: string) => q.choices.find((x) => x.id === id)?.text ?? cut(id, 40);
			return Object.entries(r.pairs)
				.slice(0, 20)
				.map(([p, c]) => `${prompt(p)} → ${choice(c)}`)
				.join('; ');
		}
		case 'evidence': {
			const text = module.story.text;
			if (r.end > text.length) return 'A passage outside the story.';
			return `“${cut(text.slice(r.start, r.end))}”`;
		}
		case 'tfn':
			return TFN_LABELS[r.choice];
	}
}

export const AUDIT_LABELS: Record<AuditKind, string> = {
	'attempt-started': 'Attempt started',
	'answer-saved': 'Answer saved',
	'answer-refused': 'Answer refused',
	'hint-taken': 'Hint taken',
	submitted: 'Submitted'
};

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One line of detail for an audit event: the question by its number in the module, the answer, the
 * hint, the score. Fields it does not know are left out rather than shown raw.
 */
export function describeEvent(
	module: StoryModule,
	questionIds: string[],
	kind: AuditKind,
	detail: unknown
): string {
	if (!isRecord(detail)) return '';
	const parts: string[] = [];
	const questionId = typeof detail.questionId === 'string' ? detail.questionId : null;
	const q = questionId ? module.questions.find((x) => x.id === questionId) : undefined;
	if (questionId) {
		const n = questionIds.includes(questionId) ? questionNumber(module, questionId) : null;
		parts.push(n !== null ? questionLabel(n, questionId) : 'A question not in this attempt');
	}
	if ((kind === 'answer-saved' || kind === 'answer-refused') && q && 'response' in detail) {
		parts.push(describeResponse(module, q, detail.response));
	}
	if (kind === 'answer-refused' && typeof detail.reason === 'string') parts.push(detail.reason);
	if (kind === 'hint-taken' && typeof detail.index === 'number') {
		const hint = q?.hints?.[detail.index];
		parts.push(hint ? `hint ${detail.index + 1}: ${hint}` : `hint ${detail.index + 1}`);
	}
	if (kind === 'attempt-started' && Array.isArray(detail.questionIds)) {
		parts.push(`${detail.questionIds.length} question${detail.questionIds.length === 1 ? '' : 's'}`);
	}
	if (kind === 'submitted' && typeof detail.score === 'number') parts.push(`score ${percent(detail.score)}`);
	return parts.join(' — ');
}

