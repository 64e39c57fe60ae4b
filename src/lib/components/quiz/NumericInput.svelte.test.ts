import { describe, expect, it } from 'vitest';
import type { PublicQuestionOf } from '$lib/quiz/types';
import NumericInput from './NumericInput.svelte';
import { checkResult, expectNoAxeViolations, renderControl } from './testing';
import type { ControlProps } from './types';

const question: PublicQuestionOf<'numeric'> = {
	id: 'q4',
	kind: 'numeric',
	skill: 'numbers',
	difficulty: 1,
	stem: 'How many councillors voted to close the bridge?',
	format: 'a whole number',
	units: ['votes', 'councillors'],
	hintCount: 0
};

function setup(props: Partial<ControlProps<'numeric'>> = {}) {
	const control = renderControl(NumericInput, { question, value: undefined, ...props });
	const { screen } = control;
	return { ...control, input: screen.getByRole('textbox', { name: question.stem }) };
}

describe('NumericInput', () => {
	it('is a text box (words allowed) labelled by the stem and described by the format and units', () => {
		const { input } = setup();
		expect(input).toHaveAttribute('type', 'text');
		expect(input).toHaveAttribute('inputmode', 'text');
		expect(input).toHaveAttribute('autocomplete', 'off');
		expect(input).toHaveAttribute('maxlength', '100');
		expect(input).toHaveAccessibleDescription(
			'Answer format: a whole number Units you may write after it: votes, councillors'
		);
	});

	it('leaves out the units line when there are none', () => {
		const { input } = setup({ question: { ...question, units: [] } });
		expect(input).toHaveAccessibleDescription('Answer format: a whole number');
	});

	it('reports each keystroke as the whole text, words included', async () => {
		const { user, onchange, input } = setup();
		await user.tab();
		expect(input).toHaveFocus();
		await user.keyboard('seven');
		expect(onchange).toHaveBeenCalledTimes(5);
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'numeric', text: 'seven' });
		expect(input).toHaveValue('seven');
	});

	it('shows the value it is given', () => {
		const { input } = setup({ value: { kind: 'numeric', text: '7 votes' } });
		expect(input).toHaveValue('7 votes');
	});

	it('after checking, says the answer was wrong and gives the right one, and locks', () => {
		const { input, screen } = setup({
			value: { kind: 'numeric', text: '2' },
			result: checkResult({ kind: 'numeric', text: '7 votes' })
		});
		expect(input).toBeDisabled();
		expect(input).toHaveAccessibleDescription(expect.stringContaining('Your answer — wrong Correct answer: 7 votes'));
		expect(screen.getByText('Your answer — wrong')).toBeVisible();
	});

	it('after a right answer, says so without repeating the key', () => {
		const { input, screen } = setup({
			value: { kind: 'numeric', text: 'seven' },
			result: checkResult({ kind: 'numeric', text: '7 votes' }, { correct: true, score: 1 })
		});
		expect(input).toHaveAccessibleDescription(expect.stringContaining('Your answer — correct'));
		expect(screen.queryByText(/Correct answer/)).not.toBeInTheDocument();
	});

	it('locks while disabled', () => {
		expect(setup({ disabled: true }).input).toBeDisabled();
	});

	it('has no axe violations, before and after checking', async () => {
		await expectNoAxeViolations(setup().container);
		const checked = setup({ value: { kind: 'numeric', text: '2' }, result: checkResult({ kind: 'numeric', text: '7' }) });
		await expectNoAxeViolations(checked.container);
	});
});
