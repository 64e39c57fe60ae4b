import type { QuestionKind, Skill } from '$lib/content/types';
import { uniqueId } from './ids';
import type { ModuleJson, StudioQuestion } from './model';

const SKILL_OF: Record<QuestionKind, Skill> = {
	single: 'sequence',
	multiple: 'sources',
	ordering: 'sequence',
	numeric: 'numbers',
	matching: 'sources',
	evidence: 'sources',
	tfn: 'sources'
};

/**
 * A new question of a kind, with the fields its kind needs and nothing filled in that the author must
 * decide: the checks then list what is still missing.
 */
export function newQuestion(kind: QuestionKind, module: Pick<ModuleJson, 'questions'>): StudioQuestion {
	const id = uniqueId(`q${module.questions.length + 1}`, module.questions.map((q) => q.id));
	const base = { id, skill: SKILL_OF[kind], difficulty: 1 as const, stem: '', explanation: '', evidence: [], hints: [] };
	switch (kind) {
		case 'single':
			return { ...base, kind, options: [{ id: 'a', text: '' }, { id: 'b', text: '', feedback: '' }], answer: 'a' };
		case 'multiple':
			return {
				...base,
				kind,
				options: [{ id: 'a', text: '' }, { id: 'b', text: '', feedback: '' }, { id: 'c', text: '', feedback: '' }],
				answer: ['a']
			};
		case 'ordering':
			return { ...base, kind, items: [], answer: [], wrongFeedback: '' };
		case 'numeric':
			return { ...base, kind, answer: { type: 'integer', value: 0 }, units: [], wrongFeedback: '', format: 'a whole number' };
		case 'matching':
			return {
				...base,
				kind,
				prompts: [{ id: 'p1', text: '' }, { id: 'p2', text: '' }],
				choices: [{ id: 'c1', text: '' }, { id: 'c2', text: '' }],
				answer: {},
				wrongFeedback: ''
			};
		case 'evidence':
			return { ...base, kind, claim: '', wrongFeedback: '', answer: [] };
		case 'tfn':
			return { ...base, kind, statement: '', answer: 'true', feedback: { false: '', 'not-stated': '' } };
	}
}

/** A one-line summary of a question for its list entry: its stem, or what it still lacks. */
export function questionTitle(q: StudioQuestion): string {
	const stem = q.stem.trim().replace(/\s+/g, ' ');
	if (!stem) return 'No stem yet';
	return stem.length > 90 ? `${stem.slice(0, 89)}…` : stem;
}

/** The next option or row id: `a`, `b` … for options, `p1`, `p2` … for a prefix. */
export function nextId(taken: string[], prefix?: string): string {
	if (prefix) return uniqueId(`${prefix}${taken.length + 1}`, taken);
	for (const letter of 'abcdefghijklmnopqrstuvwxyz') if (!taken.includes(letter)) return letter;
	return uniqueId('option', taken);
}
