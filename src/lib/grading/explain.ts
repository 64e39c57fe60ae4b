/**
 * How partial credit is worked out, in words a student understands; the quiz shows these beside a partly
 * right answer. docs/grading.md gives the rules in full.
 */

/** Ordering: the rescaled Kendall tau, (pairs in the right order − pairs in the wrong order) / all pairs. */
export const ORDERING_CREDIT_EXPLAINED =
	'Each pair of events you put in the right order counts for you and each pair in the wrong order counts against you, so a random order earns nothing on average.';

/** Matching: right matches beyond the share random matching gets, (right − right by chance) / (all − right by chance). */
export const MATCHING_CREDIT_EXPLAINED =
	'Each right match counts for you, less the matches a random guess would get, so random matching earns nothing on average.';

/** Every kind: scores are rescaled so that a random answer earns 0 on average; a wrong answer shows as wrong, never as a negative number. */
export const SCORE_EXPLAINED =
	'Your score counts what you got right beyond lucky guesses: answering at random earns nothing on average.';
