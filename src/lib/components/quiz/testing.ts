import axe from 'axe-core';
import { expect } from 'vitest';
import type { AnswerKey, CheckResult } from '$lib/quiz/types';

/** Runs axe on a rendered control. jsdom lays nothing out, so colour contrast is left to the e2e run. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
	const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

/** A check result with only what the controls read filled in. */
export function checkResult(key: AnswerKey, fields: Partial<CheckResult> = {}): CheckResult {
	return {
		questionId: 'q',
		score: 0,
		correct: false,
		hintsUsed: 0,
		key,
		explanation: '',
		evidence: [],
		feedback: [],
		...fields
	};
}
