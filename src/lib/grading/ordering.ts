import type { Evidence, OrderingQuestion } from '$lib/content/types';
import type { ResponseOf } from './response';
import { graded, refuse } from './result';
import { quoteForMessage } from './text';
import type { GradeResult } from './types';

/**
 * Kendall-tau concordance: the share of pairs of items that `order` puts in the same relative order
 * as `key`. Both must be permutations of the same ids; fewer than two items count as fully in order.
 */
export function pairConcordance(order: readonly string[], key: readonly string[]): number {
	const rank = new Map(key.map((id, i) => [id, i]));
	const n = order.length;
	if (n < 2) return 1;
	let concordant = 0;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			if ((rank.get(order[i]!) ?? -1) < (rank.get(order[j]!) ?? -1)) concordant++;
		}
	}
	return concordant / ((n * (n - 1)) / 2);
}

/**
 * Credit is `pairConcordance` against the key, which `grade` rescales against chance (a random order puts
 * half the pairs right) into Kendall's tau: (right pairs − wrong pairs) / all pairs. Only the identical
 * order is correct.
 */
export function gradeOrdering(
	question: OrderingQuestion<Evidence>,
	response: ResponseOf<'ordering'>,
	context: { toldOrder?: readonly string[] } = {}
): GradeResult {
	const items = new Set(question.items);
	const seen = new Set<string>();
	for (const id of response.order) {
		if (!items.has(id)) return refuse(`${quoteForMessage(id)} is not one of the items to put in order.`);
		if (seen.has(id)) return refuse(`${quoteForMessage(id)} appears more than once in the order.`);
		seen.add(id);
	}
	const missing = question.items.find((id) => !seen.has(id));
	if (missing !== undefined) {
		return refuse(`The order leaves out ${quoteForMessage(missing)}: put every item in the order.`);
	}

	const order = response.order;
	const parts: Record<string, boolean> = {};
	order.forEach((id, i) => (parts[id] = question.answer[i] === id));
	const correct = order.length === question.answer.length && Object.values(parts).every(Boolean);
	if (correct) return graded({ score: 1, correct, feedback: [], parts });

	const told = context.toldOrder;
	const isTold = Array.isArray(told) && told.length === order.length && told.every((id, i) => id === order[i]);
	const feedback = isTold && question.toldOrderFeedback ? question.toldOrderFeedback : question.wrongFeedback;
	return graded({ score: pairConcordance(order, question.answer), correct, feedback: [feedback], parts });
}
