// No imports: the quiz in the browser totals a round with this, and must not pull in the graders.

/**
 * The points a set of answers earns: the sum of their scores, never below zero, rounded to 4 decimals.
 * A question's score is negative below chance, so a total may be too; shown to a learner or a teacher it
 * is floored, and a random answer sheet earns next to nothing rather than a negative grade.
 */
export function totalPoints(scores: Iterable<number>): number {
	let sum = 0;
	for (const score of scores) if (Number.isFinite(score)) sum += score;
	return Math.max(0, Math.round(sum * 1e4) / 1e4);
}
