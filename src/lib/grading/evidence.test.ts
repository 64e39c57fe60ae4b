import { describe, expect, it } from 'vitest';
import type { Evidence, EvidenceQuestion, Span } from '$lib/content/types';
import { modules } from '$lib/server/modules';
import { grade } from './grade';
import { gradeEvidence, NOT_WHOLE_SENTENCES, TOO_BROAD } from './evidence';

// Five sentences of a 300-character story body; the key is sentence 2, or sentences 3 and 4 together.
const sentences: Span[] = [
	{ start: 0, end: 50 },
	{ start: 51, end: 100 },
	{ start: 101, end: 150 },
	{ start: 151, end: 200 },
	{ start: 201, end: 300 }
];
const question: EvidenceQuestion<Evidence> = {
	id: 'q-evidence',
	skill: 'sources',
	difficulty: 1,
	stem: 'Which sentence supports the claim?',
	explanation: 'Because.',
	kind: 'evidence',
	claim: 'NATO cut the mission.',
	evidence: [
		{ quote: 'x'.repeat(20), start: 60, end: 80 },
		{ quote: 'y'.repeat(80), start: 110, end: 190 }
	],
	wrongFeedback: 'That sentence does not say so.'
};
const run = (first: number, last: number) => ({ kind: 'evidence' as const, start: sentences[first]!.start, end: sentences[last]!.end });
const context = { textLength: 300, sentences };
// The credit rule itself; `grade` then rescales it against chance (see chance.test.ts).
const check = (response: { kind: 'evidence'; start: number; end: number }) => {
	const result = gradeEvidence(question, response, context);
	if (!result.ok) throw new Error(result.error);
	return result.grade;
};

describe('evidence, graded by whole sentences', () => {
	it('gives full credit for exactly a key passage’s sentences, and for nothing else', () => {
		expect(check(run(1, 1))).toEqual({ score: 1, correct: true, feedback: [] });
		expect(check(run(2, 3))).toEqual({ score: 1, correct: true, feedback: [] });
		expect(check(run(0, 0))).toEqual({ score: 0, correct: false, feedback: ['That sentence does not say so.'] });
	});

	it('costs credit for every extra sentence, so picking more never beats the key', () => {
		// The two-sentence key plus one other: (2 − 1) / 2.
		expect(check(run(2, 4))).toEqual({ score: 0.5, correct: false, feedback: [TOO_BROAD] });
		// One key sentence of two: 1 / 2.
		expect(check(run(2, 2))).toEqual({ score: 0.5, correct: false, feedback: ['That sentence does not say so.'] });
		// The one-sentence key and its neighbour: (1 − 1) / 1.
		expect(check(run(0, 1))).toEqual({ score: 0, correct: false, feedback: [TOO_BROAD] });
		expect(check(run(0, 4)).score).toBe(0);
		for (let a = 0; a < sentences.length; a++) {
			for (let b = a; b < sentences.length; b++) {
				const g = check(run(a, b));
				expect(g.score, `${a}–${b}`).toBeLessThanOrEqual(1);
				if (g.correct) expect([`${a}-${b}`]).toContain(a === 1 ? '1-1' : '2-3');
				else expect(g.score).toBeLessThan(1);
			}
		}
	});

	it('refuses a span that cuts a sentence, or lies between them, with a clear message', () => {
		for (const [start, end] of [
			[60, 80],
			[51, 99],
			[52, 100],
			[0, 120],
			[50, 51],
			[100, 150]
		]) {
			const result = grade(question, { kind: 'evidence', start, end }, context);
			expect(result, `${start}–${end}`).toEqual({ ok: false, error: NOT_WHOLE_SENTENCES });
		}
		expect(grade(question, { kind: 'evidence', start: 201, end: 301 }, context)).toEqual({
			ok: false,
			error: 'The picked passage runs past the end of the story.'
		});
	});
});

describe('evidence guessing, simulated on the built-in module', () => {
	const module = modules.find((m) => m.slug === 'nato-russia-missions-2021')!;
	const units = module.story.sentences;
	const evidenceQuestions = module.questions.filter((q) => q.kind === 'evidence');
	const score = (q: (typeof evidenceQuestions)[number], a: number, b: number) => {
		const result = grade(q, { kind: 'evidence', start: units[a]!.start, end: units[b]!.end }, {
			textLength: module.story.text.length,
			sentences: units
		});
		if (!result.ok) throw new Error(result.error);
		return result.grade.score;
	};

	it('a run of sentences drawn at random earns about nothing on average', () => {
		expect(evidenceQuestions.length).toBeGreaterThan(0);
		for (const q of evidenceQuestions) {
			let total = 0;
			let runs = 0;
			for (let a = 0; a < units.length; a++) {
				for (let b = a; b < units.length; b++) {
					total += score(q, a, b);
					runs++;
				}
			}
			// Exactly the expectation over every run, equally likely.
			expect(total / runs, q.id).toBeLessThan(0.05);
		}
	});

	it('one sentence drawn at random earns nothing on average, once rescaled against chance as every kind is', () => {
		for (const q of evidenceQuestions) {
			const mean = units.reduce((sum, _, i) => sum + score(q, i, i), 0) / units.length;
			expect(mean, q.id).toBeCloseTo(0, 3);
		}
	});

	it('every key passage of the module is made of whole sentences a learner can pick', () => {
		for (const q of evidenceQuestions) {
			for (const p of q.evidence) {
				const first = units.findIndex((s) => s.start < p.end && p.start < s.end);
				expect(first, `${q.id} ${p.start}–${p.end}`).toBeGreaterThanOrEqual(0);
			}
		}
	});
});
