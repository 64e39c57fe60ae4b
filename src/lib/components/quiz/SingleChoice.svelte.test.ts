import { describe, expect, it } from 'vitest';
import type { PublicQuestionOf } from '$lib/quiz/types';
import SingleChoice from './SingleChoice.svelte';
import { checkResult, expectNoAxeViolations, renderControl } from './testing';
import type { ControlProps } from './types';

const question: PublicQuestionOf<'single'> = {
	id: 'q1',
	kind: 'single',
	skill: 'sources',
	difficulty: 1,
	stem: 'Who said the bridge is not safe?',
	hintCount: 0,
	options: [
		{ id: 'a', text: 'The mayor' },
		{ id: 'b', text: 'The engineers' },
		{ id: 'c', text: 'The council' }
	]
};

function setup(props: Partial<ControlProps<'single'>> = {}) {
	const control = renderControl(SingleChoice, { question, value: undefined, ...props });
	const { screen } = control;
	return {
		...control,
		group: screen.getByRole('group', { name: question.stem }),
		mayor: screen.getByRole('radio', { name: 'The mayor' }),
		engineers: screen.getByRole('radio', { name: 'The engineers' }),
		council: screen.getByRole('radio', { name: 'The council' })
	};
}

describe('SingleChoice', () => {
	it('names the radio group by the stem and starts with nothing chosen', () => {
		const { group, mayor, engineers, council } = setup();
		expect(group).toBeInTheDocument();
		for (const radio of [mayor, engineers, council]) expect(radio).not.toBeChecked();
	});

	it('reports a click as a whole response', async () => {
		const { user, onchange, engineers } = setup();
		await user.click(engineers);
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'single', option: 'b' });
		expect(engineers).toBeChecked();
	});

	it('works by keyboard alone: Tab in, Space to choose, arrows to change', async () => {
		const { user, onchange, mayor, engineers } = setup();
		await user.tab();
		expect(mayor).toHaveFocus();
		await user.keyboard(' ');
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'single', option: 'a' });
		await user.keyboard('{ArrowDown}');
		expect(engineers).toHaveFocus();
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'single', option: 'b' });
		expect(engineers).toBeChecked();
		expect(mayor).not.toBeChecked();
	});

	it('shows the value it is given', () => {
		const { council } = setup({ value: { kind: 'single', option: 'c' } });
		expect(council).toBeChecked();
	});

	it('locks every option while disabled', async () => {
		const { user, onchange, mayor, engineers, council } = setup({ disabled: true });
		for (const radio of [mayor, engineers, council]) expect(radio).toBeDisabled();
		await user.click(mayor);
		expect(onchange).not.toHaveBeenCalled();
	});

	it('after checking, says in words which choice was wrong and which was right', () => {
		const { screen, mayor, engineers, council } = setup({
			value: { kind: 'single', option: 'b' },
			result: checkResult({ kind: 'single', option: 'a' })
		});
		expect(engineers).toHaveAccessibleDescription('Your choice — wrong');
		expect(mayor).toHaveAccessibleDescription('Correct answer');
		expect(council).not.toHaveAccessibleDescription();
		for (const radio of [mayor, engineers, council]) expect(radio).toBeDisabled();
		expect(screen.getByText('Your choice — wrong')).toBeVisible();
	});

	it('marks a right choice as right', () => {
		const { mayor } = setup({
			value: { kind: 'single', option: 'a' },
			result: checkResult({ kind: 'single', option: 'a' }, { correct: true, score: 1 })
		});
		expect(mayor).toHaveAccessibleDescription('Your choice — correct');
	});

	it('has no axe violations, before and after checking', async () => {
		const { container } = setup();
		await expectNoAxeViolations(container);
		const checked = setup({ value: { kind: 'single', option: 'b' }, result: checkResult({ kind: 'single', option: 'a' }) });
		await expectNoAxeViolations(checked.container);
	});
});
