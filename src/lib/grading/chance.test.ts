import { describe, expect, it } from 'vitest';
import type { Evidence, MatchingQuestion, Question, StoryModule } from '$lib/content/types';
import { modules } from '$lib/server/modules';
import { grade, type GradeContext } from './grade';
import { isOneToOne } from './matching';

/** A small seeded generator (mulberry32), so the simulation is the same on every run. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A random answer, as someone who has not read the story gives it: any option; each box ticked or not;
 * any order; any matching (each choice once where the key is one-to-one); any sentence; for a number, any
 * whole number from 0 to 100; for a date, any day of 2021.
 */
function randomResponse(module: StoryModule, q: Question<Evidence>, rand: () => number): unknown {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	switch (q.kind) {
		case 'single':
			return { kind: 'single', option: pick(q.options).id };
		case 'tfn':
			return { kind: 'tfn', choice: pick(['true', 'false', 'not-stated']) };
		case 'multiple':
			return { kind: 'multiple', options: q.options.filter(() => rand() < 0.5).map((o) => o.id) };
		case 'ordering':
			return { kind: 'ordering', order: shuffled(q.items, rand) };
		case 'matching':
			return { kind: 'matching', pairs: randomMatching(q, rand) };
		case 'evidence': {
			const sentence = pick(module.story.sentences);
			return { kind: 'evidence', start: sentence.start, end: sentence.end };
		}
		case 'numeric': {
			if (q.answer.type === 'integer') return { kind: 'numeric', text: String(Math.floor(rand() * 101)) };
			const day = new Date(Date.UTC(2021, 0, 1 + Math.floor(rand() * 365)));
			return { kind: 'numeric', text: `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} 2021` };
		}
	}
}

function randomMatching(q: MatchingQuestion<Evidence>, rand: () => number): Record<string, string> {
	const ids = q.choices.map((c) => c.id);
	if (isOneToOne(q)) {
		const order = shuffled(ids, rand);
		return Object.fromEntries(q.prompts.map((p, i) => [p.id, order[i]!]));
	}
	return Object.fromEntries(q.prompts.map((p) => [p.id, ids[Math.floor(rand() * ids.length)]!]));
}

const module = modules[0]!;
const RUNS = 10_000;

function context(q: Question<Evidence>): GradeContext {
	return { textLength: module.story.text.length, sentences: module.story.sentences, toldOrder: q.kind === 'ordering' ? [] : undefined };
}

/** The mean score of RUNS random answers to each question of the module. */
function simulate(): { id: string; kind: string; mean: number; refused: number }[] {
	const rand = random(20211018);
	return module.questions.map((q) => {
		let total = 0;
		let refused = 0;
		for (let run = 0; run < RUNS; run++) {
			const result = grade(q, randomResponse(module, q, rand), context(q));
			if (result.ok) total += result.grade.score;
			else refused++;
		}
		return { id: q.id, kind: q.kind, mean: total / RUNS, refused };
	});
}

describe('random answers earn nothing on average', () => {
	const results = simulate();

	it('simulates every question of the module, every kind in use', () => {
		expect(results).toHaveLength(module.questions.length);
		expect(new Set(results.map((r) => r.kind))).toEqual(new Set(['single', 'multiple', 'ordering', 'numeric', 'matching', 'evidence', 'tfn']));
	});

	it.each(results)('$id ($kind): the mean score of 10,000 random answers is within 0.02 of 0', ({ mean, refused }) => {
		expect(refused).toBe(0);
		expect(Math.abs(mean)).toBeLessThanOrEqual(0.02);
	});

	it('prints the mean per kind', () => {
		const byKind = new Map<string, number[]>();
		for (const r of results) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.mean]);
		const lines = [...byKind].map(([kind, means]) => {
			const worst = Math.max(...means.map(Math.abs));
			const avg = means.reduce((a, b) => a + b, 0) / means.length;
			return `${kind}: ${means.length} questions, mean ${avg.toFixed(4)}, largest |mean| ${worst.toFixed(4)}`;
		});
		console.log(`Random answers, ${RUNS} per question:\n${lines.join('\n')}`);
		expect(lines).toHaveLength(byKind.size);
	});
});
