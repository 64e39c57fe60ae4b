import { ATTRIBUTION_FORM_LABELS, SOURCE_KIND_LABELS } from '$lib/content/labels';
import type { Evidence, Question, StoryModule } from '$lib/content/types';
import type { Response } from '$lib/grading';
import { sentencesOf } from '$lib/grading/evidence';
import type { CheckResult } from '$lib/quiz/types';
import { checkAnswer, publicQuestion } from './quiz';

/**
 * A hostile student's best effort: read what one question's feedback revealed (its key, its evidence,
 * its timeline and source map, the speakers and channels it names) and answer another question of the
 * same attempt with it alone. `revealsAnswer(module, a, b)` is true when that answer to `b` grades as
 * right, so answering `a` first would hand over `b`.
 *
 * What the reader uses, per kind of the question it answers:
 * - ordering: the happened step of each item from the revealed timeline, or the revealed key's order;
 * - evidence: every passage the feedback cites (evidence, timeline, source map, key), as the sentences
 *   that hold it, the best of them;
 * - single and multiple: the options the revealed key names by id (same options), else the options whose
 *   text the feedback quotes;
 * - matching: the revealed key's pairs where they use the same prompts and choices, else for each prompt
 *   the choice named beside the prompt's words in the source map (speaker or how);
 * - numeric: the revealed key's figure.
 * True-or-false statements and the prose of explanations are not read: the reader checks the facts the
 * feedback carries, and the explanations are written to answer only their own question.
 */
export function revealsAnswer(module: StoryModule, a: Question<Evidence>, b: Question<Evidence>): boolean {
	const revealed = feedbackOf(module, a);
	if (!revealed) return false;
	return candidates(module, revealed, b).some((response) => {
		const checked = checkAnswer(module, { questionId: b.id, response, hintsUsed: 0 });
		return checked.ok && checked.result.correct;
	});
}

/** The feedback a learner sees after answering `q` (a wrong answer: the feedback is the same but for the verdict). */
export function feedbackOf(module: StoryModule, q: Question<Evidence>): CheckResult | null {
	const response = anyResponse(module, q);
	const checked = checkAnswer(module, { questionId: q.id, response, hintsUsed: 0 });
	return checked.ok ? checked.result : null;
}

function anyResponse(module: StoryModule, q: Question<Evidence>): Response {
	const p = publicQuestion(module, q);
	switch (p.kind) {
		case 'single':
			return { kind: 'single', option: p.options[0]!.id };
		case 'multiple':
			return { kind: 'multiple', options: [p.options[0]!.id] };
		case 'ordering':
			return { kind: 'ordering', order: p.items.map((i) => i.id) };
		case 'numeric':
			return { kind: 'numeric', text: '1' };
		case 'matching':
			// A different choice per prompt: where the key is one-to-one, a choice used twice is refused.
			return { kind: 'matching', pairs: Object.fromEntries(p.prompts.map((pr, i) => [pr.id, p.choices[i % p.choices.length]!.id])) };
		case 'evidence': {
			const s = module.story.sentences[0]!;
			return { kind: 'evidence', start: s.start, end: s.end };
		}
		case 'tfn':
			return { kind: 'tfn', choice: 'true' };
	}
}

const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');

/** The answers to `b` the reader builds from the revealed feedback `r`. */
function candidates(module: StoryModule, r: CheckResult, b: Question<Evidence>): Response[] {
	const p = publicQuestion(module, b);
	const text = norm(JSON.stringify({ ...r, key: undefined, questionId: undefined }));
	const quoted = (s: string) => s.length >= 4 && text.includes(norm(s));
	switch (p.kind) {
		case 'ordering': {
			const step = new Map((r.timeline ?? []).map((e) => [e.id, e.step]));
			if (r.key.kind === 'ordering') r.key.order.forEach((id, i) => step.has(id) || step.set(id, i));
			if (!p.items.every((i) => step.has(i.id))) return [];
			return [{ kind: 'ordering', order: [...p.items].sort((x, y) => step.get(x.id)! - step.get(y.id)!).map((i) => i.id) }];
		}
		case 'evidence': {
			const spans = [
				...r.evidence,
				...(r.timeline ?? []).map((e) => e.passage),
				...(r.sources ?? []).flatMap((s) => s.claims.map((c) => c.passage)),
				...(r.key.kind === 'evidence' ? r.key.passages : [])
			];
			// Each passage as the learner would pick it: the run of whole sentences it touches.
			return spans.flatMap((span) => {
				const touched = sentencesOf(module.story.sentences, span);
				return touched.length > 0 ? [{ kind: 'evidence' as const, start: touched[0]!.start, end: touched.at(-1)!.end }] : [];
			});
		}
		case 'single': {
			const ids = p.options.map((o) => o.id);
			if (r.key.kind === 'single' && ids.includes(r.key.option)) return [{ kind: 'single', option: r.key.option }];
			return p.options.filter((o) => quoted(o.text)).map((o) => ({ kind: 'single', option: o.id }));
		}
		case 'multiple': {
			const ids = p.options.map((o) => o.id);
			if (r.key.kind === 'multiple' && r.key.options.every((o) => ids.includes(o))) {
				return [{ kind: 'multiple', options: r.key.options }];
			}
			const named = p.options.filter((o) => quoted(o.text)).map((o) => o.id);
			return named.length > 0 ? [{ kind: 'multiple', options: named }] : [];
		}
		case 'matching': {
			const pairs: Record<string, string> = {};
			const key = r.key.kind === 'matching' ? r.key.pairs : {};
			const story = module.story.text;
			for (const prompt of p.prompts) {
				const known = key[prompt.id];
				if (known && p.choices.some((c) => c.id === known)) {
					pairs[prompt.id] = known;
					continue;
				}
				// The source map's claims whose passage holds the prompt's words, and what it says of them.
				const said = (r.sources ?? []).flatMap((s) =>
					s.claims
						.filter((c) => norm(story.slice(c.passage.start, c.passage.end)).includes(norm(prompt.text)))
						.flatMap((c) => [s.name, SOURCE_KIND_LABELS[s.kind], ATTRIBUTION_FORM_LABELS[c.form], c.channel ?? ''])
				);
				const cited = r.evidence
					.filter((e) => norm(story.slice(e.start, e.end)).includes(norm(prompt.text)))
					.flatMap((e) => [e.speaker ?? '', e.how ?? '']);
				const names = [...said, ...cited].map(norm).filter((n) => n.length > 0);
				const choice = p.choices.find((c) => names.some((n) => n.includes(norm(c.text)) || norm(c.text).includes(n)));
				if (choice) pairs[prompt.id] = choice.id;
			}
			return Object.keys(pairs).length === p.prompts.length ? [{ kind: 'matching', pairs }] : [];
		}
		case 'numeric':
			return r.key.kind === 'numeric' ? [{ kind: 'numeric', text: r.key.text }] : [];
		case 'tfn':
			return [];
	}
}

const separated = new WeakMap<StoryModule, StoryModule>();

/**
 * The module as an attempt with feedback after each answer may draw from it: its questions in authored
 * order, leaving out any question whose feedback answers an earlier one kept, or is answered by it. So
 * no question of such an attempt gives away another. Computed once per module (it grades every pair).
 */
export function withoutCrossAnswers(module: StoryModule): StoryModule {
	const known = separated.get(module);
	if (known) return known;
	const kept: Question<Evidence>[] = [];
	for (const q of module.questions) {
		if (kept.every((k) => !revealsAnswer(module, k, q) && !revealsAnswer(module, q, k))) kept.push(q);
	}
	const result = Object.freeze({ ...module, questions: kept });
	separated.set(module, result);
	return result;
}
