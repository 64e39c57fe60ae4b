import { describe, expect, it } from 'vitest';
import type { Evidence, Question } from '$lib/content/types';
import { findModule } from '$lib/server/modules';
import { answerKey, describeEvent, describeResponse } from './describe';

const module = findModule('nato-russia-missions-2021')!;
const byId = (id: string) => module.questions.find((q) => q.id === id)!;
const ofKind = <K extends Question['kind']>(kind: K) =>
	module.questions.find((q) => q.kind === kind)! as Extract<Question<Evidence>, { kind: K }>;

describe('answer keys for the teacher', () => {
	it('say the right answer in words for every question', () => {
		for (const q of module.questions) {
			const key = answerKey(module, q);
			expect(key.length, q.id).toBeGreaterThan(0);
			for (const line of key) expect(line, q.id).not.toMatch(/undefined|\?$/);
		}
		expect(answerKey(module, byId('seq-lead'))).toEqual(['NATO’s reply that it has received no official notification from Russia']);
		expect(answerKey(module, byId('seq-tfn-response'))).toEqual(['True']);
		const ordering = ofKind('ordering');
		expect(answerKey(module, ordering)[0]).toBe(`1. ${module.events.find((e) => e.id === ordering.answer[0])!.label}`);
	});
});

describe('responses for the teacher', () => {
	it('read each kind back in words', () => {
		expect(describeResponse(module, byId('seq-lead'), { kind: 'single', option: 'cut' })).toBe(
			'NATO’s decision to cut the Russian mission from 20 to 10 people'
		);
		expect(describeResponse(module, byId('seq-tfn-response'), { kind: 'tfn', choice: 'not-stated' })).toBe('Not stated');
		expect(describeResponse(module, ofKind('numeric'), { kind: 'numeric', text: '8 diplomats' })).toBe('“8 diplomats”');
		const sentence = module.story.sentences[0]!;
		expect(describeResponse(module, ofKind('evidence'), { kind: 'evidence', ...sentence })).toBe(
			`“${module.story.text.slice(sentence.start, sentence.end)}”`
		);
		const matching = ofKind('matching');
		const [prompt] = matching.prompts;
		const [choice] = matching.choices;
		expect(describeResponse(module, matching, { kind: 'matching', pairs: { [prompt!.id]: choice!.id } })).toBe(`${prompt!.text} → ${choice!.text}`);
	});

	it('say so, without failing, when a stored response is unreadable or hostile', () => {
		const q = byId('seq-lead');
		for (const bad of [null, 'text', { kind: 'tfn', choice: 'true' }, { kind: 'single', option: 42 }]) {
			expect(describeResponse(module, q, bad)).toBe('An answer that could not be read.');
		}
		expect(describeResponse(module, q, { kind: 'single', option: '<script>x</script>' })).toBe(
			'an option not in the question (<script>x</script>)'
		);
		expect(describeResponse(module, ofKind('numeric'), { kind: 'numeric', text: 'x'.repeat(200) }).length).toBeLessThanOrEqual(302);
		expect(describeResponse(module, ofKind('evidence'), { kind: 'evidence', start: 0, end: 10 ** 9 })).toBe('A passage outside the story.');
	});
});

describe('audit events for the teacher', () => {
	const ids = ['seq-lead', 'seq-tfn-response'];

	const n = (id: string) => module.questions.findIndex((q) => q.id === id) + 1;

	it('name the question by its number in the module and say what happened', () => {
		expect(describeEvent(module, ids, 'answer-saved', { questionId: 'seq-tfn-response', response: { kind: 'tfn', choice: 'false' } })).toBe(
			`Q${n('seq-tfn-response')} · seq-tfn-response — False`
		);
		expect(describeEvent(module, ids, 'hint-taken', { questionId: 'seq-lead', index: 0 })).toBe(
			`Q${n('seq-lead')} · seq-lead — hint 1: ${byId('seq-lead').hints![0]}`
		);
		expect(describeEvent(module, ids, 'attempt-started', { questionIds: ids })).toBe('2 questions');
		expect(describeEvent(module, ids, 'submitted', { score: 0.5 })).toBe('score 50%');
	});

	it('leave out what they cannot read', () => {
		expect(describeEvent(module, ids, 'submitted', 'junk')).toBe('');
		expect(describeEvent(module, ids, 'answer-saved', { questionId: 'elsewhere' })).toBe('A question not in this attempt');
	});
});
