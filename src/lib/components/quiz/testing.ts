import { render, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { Component } from 'svelte';
import { expect, vi } from 'vitest';
import type { QuestionKind } from '$lib/content/types';
import type { ResponseOf } from '$lib/grading/response';
import type { AnswerKey, CheckResult } from '$lib/quiz/types';
import type { ControlProps } from './types';

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

/**
 * Renders a control the way the quiz page uses it: controlled, each change fed back in as its new
 * value. Returns the `onchange` spy, a user-event session and queries scoped to the control.
 */
export function renderControl<K extends QuestionKind>(
	Control: Component<ControlProps<K>>,
	props: Omit<ControlProps<K>, 'onchange'>
) {
	const user = userEvent.setup();
	const onchange = vi.fn<(response: ResponseOf<K>) => void>();
	const view = render(Control, { props: { ...props, onchange } as ControlProps<K> });
	onchange.mockImplementation((response) => view.rerender({ value: response } as Partial<ControlProps<K>>));
	return { user, onchange, screen: within(view.container), container: view.container };
}
