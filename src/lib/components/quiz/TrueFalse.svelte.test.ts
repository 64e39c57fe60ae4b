import { within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PublicQuestionOf } from '$lib/quiz/types';
import TrueFalse from './TrueFalse.svelte';
import { checkResult, expectNoAxeViolations, renderControl } from './testing';
import type { ControlProps } from './types';

const question: PublicQuestionOf<'tfn'> = {
	id: 'q2',
	kind: 'tfn',
	skill: 'numbers',
	difficulty: 2,
	stem: 'According to the story, is this true, false or not stated?',
	statement: 'The council voted 7 to 2.',
	hintCount: 0
};

function setup(props: Partial<ControlProps<'tfn'>> = {}) {
	const control = renderControl(TrueFalse, { question, value: undefined, ...props });
	const { screen } = control;
	return {
		...control,
		yes: screen.getByRole('radio', { name: 'True' }),
		no: screen.getByRole('radio', { name: 'False' }),
		unstated: screen.getByRole('radio', { name: 'Not stated' })
	};
}

describe('TrueFalse', () => {
	it('offers exactly True, False and Not stated, in a group named by the stem and the statement', () => {
		const { screen } = setup();
		const group = screen.getByRole('group');
		expect(group).toHaveAccessibleName(`${question.stem} ${question.statement}`);
		expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
			'true',
			'false',
			'not-stated'
		]);
	});

	it('reports a click', async () => {
		const { user, onchange, unstated } = setup();
		await user.click(unstated);
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'tfn', choice: 'not-stated' });
		expect(unstated).toBeChecked();
	});

	it('works by keyboard: Tab, Space, then arrows', async () => {
		const { user, onchange, yes, no, unstated } = setup();
		await user.tab();
		expect(yes).toHaveFocus();
		await user.keyboard(' ');
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'tfn', choice: 'true' });
		await user.keyboard('{ArrowDown}{ArrowDown}');
		expect(unstated).toHaveFocus();
		expect(unstated).toBeChecked();
		expect(no).not.toBeChecked();
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'tfn', choice: 'not-stated' });
	});

	it('after checking, marks the pick wrong and the answer right, in words, and locks', () => {
		const { yes, no, unstated } = setup({
			value: { kind: 'tfn', choice: 'true' },
			result: checkResult({ kind: 'tfn', choice: 'false' })
		});
		expect(yes).toHaveAccessibleDescription('Your choice — wrong');
		expect(no).toHaveAccessibleDescription('Correct answer');
		expect(unstated).not.toHaveAccessibleDescription();
		for (const radio of [yes, no, unstated]) expect(radio).toBeDisabled();
	});

	it('locks while disabled', () => {
		const { yes, no, unstated } = setup({ disabled: true });
		for (const radio of [yes, no, unstated]) expect(radio).toBeDisabled();
	});

	it('has no axe violations, before and after checking', async () => {
		await expectNoAxeViolations(setup().container);
		const checked = setup({ value: { kind: 'tfn', choice: 'false' }, result: checkResult({ kind: 'tfn', choice: 'false' }, { correct: true }) });
		expect(checked.no).toHaveAccessibleDescription('Your choice — correct');
		await expectNoAxeViolations(checked.container);
	});
});
