/**
 * Options shown in an order of the learner's own: the order is drawn from a seed (one per attempt, or per
 * self-study round), so a reload or a second tab shows the same order and a new attempt another. Only the
 * display moves: answers name options by id, so grading never depends on where an option stood.
 *
 * What moves: the options of single and multiple choice questions (unless the question fixes them, e.g.
 * "all of the above" last) and the prompts of a matching question. What stays: true/false/not stated
 * (a fixed scale), a matching question's choices (a list of categories read in its own order), and an
 * ordering question's starting order (authored so that it is never the answer; a drawn one could be).
 */
import type { PublicQuestion } from './types';

/** Each question's shown order: the ids of its options (or matching prompts), by question id. */
export type OptionOrder = Record<string, string[]>;

/** 32-bit FNV-1a of a string. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A generator of whole numbers from 0 to n − 1 that gives the same run for the same seed (mulberry32). */
export function seededRandom(seed: string): (n: number) => number {
	let state = hash(seed);
	return (n) => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		return Math.floor(unit * n);
	};
}

/** The ids of the list the learner sees in a drawn order; null when the question's order stays. */
function movable(q: PublicQuestion): string[] | null {
	if ((q.kind === 'single' || q.kind === 'multiple') && !q.fixedOrder) return q.options.map((o) => o.id);
	if (q.kind === 'matching') return q.prompts.map((p) => p.id);
	return null;
}

/**
 * The shown order of every question whose options may move, drawn from `seed`. Each question draws from
 * the seed and its own id, so one question's order does not depend on which others were drawn.
 */
export function drawOptionOrder(questions: readonly PublicQuestion[], seed: string): OptionOrder {
	const order: OptionOrder = {};
	for (const q of questions) {
		const ids = movable(q);
		if (ids === null || ids.length < 2) continue;
		const random = seededRandom(`${seed}:${q.id}`);
		for (let i = ids.length - 1; i > 0; i--) {
			const j = random(i + 1);
			[ids[i], ids[j]] = [ids[j]!, ids[i]!];
		}
		order[q.id] = ids;
	}
	return order;
}

/** Items sorted by where their id stands in `ids`; any not named keep their place after those that are. */
function arrange<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
	const at = (id: string) => {
		const i = ids.indexOf(id);
		return i === -1 ? ids.length : i;
	};
	return items
		.map((item, i) => ({ item, i }))
		.sort((a, b) => at(a.item.id) - at(b.item.id) || a.i - b.i)
		.map(({ item }) => item);
}

/** The question with its options (or matching prompts) shown in `order`; as it is without one. */
export function inOptionOrder(q: PublicQuestion, order: readonly string[] | undefined): PublicQuestion {
	if (!order) return q;
	if ((q.kind === 'single' || q.kind === 'multiple') && !q.fixedOrder) return { ...q, options: arrange(q.options, order) };
	if (q.kind === 'matching') return { ...q, prompts: arrange(q.prompts, order) };
	return q;
}

/** Every question in the order drawn from `seed`. */
export function shuffleOptions(questions: readonly PublicQuestion[], seed: string): PublicQuestion[] {
	const order = drawOptionOrder(questions, seed);
	return questions.map((q) => inOptionOrder(q, order[q.id]));
}
