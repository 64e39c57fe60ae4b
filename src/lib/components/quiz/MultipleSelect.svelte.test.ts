import { describe, expect, it } from 'vitest';
import type { PublicQuestionOf } from '$lib/quiz/types';
import MultipleSelect from './MultipleSelect.svelte';
import { checkResult, expectNoAxeViolations, renderControl } from './testing';
import type { ControlProps } from './types';

const question: PublicQuestionOf<'multiple'> = {
	id: 'q3',
	kind: 'multiple',
	skill: 'sources',
	difficulty: 2,
	stem: 'Whom does the story quote or paraphrase?',
	hintCount: 1,
	options: [
		{ id: 'mayor', text: 'The mayor' },
		{ id: 'engineers', text: 'The engineers' },
		{ id: 'council', text: 'The council' }
	]
};

function setup(props: Partial<ControlProps<'multiple'>> = {}) {
	const control = renderControl(MultipleSelect, { question, value: undefined, ...props });
	const { screen } = control;
	return {
		...control,
		mayor: screen.getByRole('checkbox', { name: 'The mayor' }),
		engineers: screen.getByRole('checkbox', { name: 'The engineers' }),
		council: screen.getByRole('checkbox', { name: 'The council' })
	};
}

describe('MultipleSelect', () => {
	it('is a group named by the stem, with a hint to choose all that apply', () => {
		const { screen } = setup();
		const group = screen.getByRole('group', { name: question.stem });
		expect(group).toHaveAccessibleDescription('Choose all that apply.');
	});

	it('reports every tick and untick as the whole set, in the question’s order', async () => {
		const { user, onchange, mayor, council } = setup();
		await user.click(council);
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'multiple', options: ['council'] });
		await user.click(mayor);
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'multiple', options: ['mayor', 'council'] });
		await user.click(council);
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'multiple', options: ['mayor'] });
		expect(mayor).toBeChecked();
		expect(council).not.toBeChecked();
	});

	it('works by keyboard: Tab between boxes, Space to tick', async () => {
		const { user, onchange, mayor, engineers } = setup();
		await user.tab();
		expect(mayor).toHaveFocus();
		await user.tab();
		expect(engineers).toHaveFocus();
		await user.keyboard(' ');
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'multiple', options: ['engineers'] });
		expect(engineers).toBeChecked();
	});

	it('after checking, says of each option whether it was rightly chosen, wrongly chosen or missed', () => {
		const { mayor, engineers, council } = setup({
			value: { kind: 'multiple', options: ['mayor', 'engineers'] },
			result: checkResult(
				{ kind: 'multiple', options: ['mayor', 'council'] },
				{ parts: { mayor: true, engineers: false, council: false } }
			)
		});
		expect(mayor).toHaveAccessibleDescription('Your choice — correct');
		expect(engineers).toHaveAccessibleDescription('Your choice — wrong');
		expect(council).toHaveAccessibleDescription('Correct answer — you did not choose it');
		for (const box of [mayor, engineers, council]) expect(box).toBeDisabled();
	});

	it('has no axe violations, before and after checking', async () => {
		await expectNoAxeViolations(setup().container);
		const checked = setup({
			value: { kind: 'multiple', options: ['engineers'] },
			result: checkResult({ kind: 'multiple', options: ['mayor'] })
		});
		await expectNoAxeViolations(checked.container);
	});
});
