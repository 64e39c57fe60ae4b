import { within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PublicQuestionOf } from '$lib/quiz/types';
import Matching from './Matching.svelte';
import { checkResult, expectNoAxeViolations, renderControl } from './testing';
import type { ControlProps } from './types';

const question: PublicQuestionOf<'matching'> = {
	id: 'q5',
	kind: 'matching',
	skill: 'sources',
	difficulty: 2,
	stem: 'Match each statement to who made it.',
	hintCount: 0,
	prompts: [
		{ id: 'safe', text: '“It is not safe.”' },
		{ id: 'vote', text: 'The vote was 7 to 2.' }
	],
	choices: [
		{ id: 'mayor', text: 'The mayor' },
		{ id: 'wire', text: 'The news agency' }
	],
	oneToOne: true
};

function setup(props: Partial<ControlProps<'matching'>> = {}) {
	const control = renderControl(Matching, { question, value: undefined, ...props });
	const { screen } = control;
	return {
		...control,
		safe: screen.getByRole('combobox', { name: '“It is not safe.”' }),
		vote: screen.getByRole('combobox', { name: 'The vote was 7 to 2.' })
	};
}

describe('Matching', () => {
	it('gives each statement a labelled list of the choices, starting at "Choose…"', () => {
		const { screen, safe, vote } = setup();
		expect(screen.getByRole('group', { name: question.stem })).toBeInTheDocument();
		for (const select of [safe, vote]) {
			expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
				'Choose…',
				'The mayor',
				'The news agency'
			]);
			expect(select).toHaveValue('');
		}
	});

	it('says each choice goes with one statement, marks a choice used elsewhere and announces one used twice', async () => {
		const { screen, user, safe, vote } = setup();
		expect(screen.getByRole('group', { name: question.stem })).toHaveAccessibleDescription(
			'Each choice goes with one statement only.'
		);
		await user.selectOptions(safe, 'The mayor');
		expect(within(vote).getAllByRole('option').map((o) => o.textContent)).toEqual([
			'Choose…',
			'The mayor (already used)',
			'The news agency'
		]);
		expect(screen.getByRole('status')).toHaveTextContent('');
		await user.selectOptions(vote, 'The mayor (already used)');
		expect(screen.getByRole('status')).toHaveTextContent(
			'“The mayor” is used more than once: each choice goes with one statement only.'
		);
		await user.selectOptions(vote, 'The news agency');
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it('lets a choice serve several statements where the key is not one-to-one', async () => {
		const { screen, user, safe, vote } = setup({ question: { ...question, oneToOne: false } });
		expect(screen.queryByText('Each choice goes with one statement only.')).not.toBeInTheDocument();
		await user.selectOptions(safe, 'The mayor');
		await user.selectOptions(vote, 'The mayor');
		expect(vote).toHaveValue('mayor');
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it('reports each match as the whole set of pairs', async () => {
		const { user, onchange, safe, vote } = setup();
		await user.selectOptions(safe, 'The mayor');
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'matching', pairs: { safe: 'mayor' } });
		await user.selectOptions(vote, 'The news agency');
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'matching', pairs: { safe: 'mayor', vote: 'wire' } });
		expect(safe).toHaveValue('mayor');
		expect(vote).toHaveValue('wire');
	});

	it('lists the pairs in the statements’ shown order whatever order they were matched in, so the same matches are the same answer', async () => {
		const { user, onchange, safe, vote } = setup();
		await user.selectOptions(vote, 'The news agency');
		await user.selectOptions(safe, 'The mayor');
		const last = onchange.mock.lastCall![0] as { pairs: Record<string, string> };
		expect(JSON.stringify(last.pairs)).toBe(JSON.stringify({ safe: 'mayor', vote: 'wire' }));
	});

	it('takes a match back when "Choose…" is chosen again', async () => {
		const { user, onchange, safe } = setup({ value: { kind: 'matching', pairs: { safe: 'mayor', vote: 'wire' } } });
		expect(safe).toHaveValue('mayor');
		await user.selectOptions(safe, 'Choose…');
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'matching', pairs: { vote: 'wire' } });
	});

	it('is reached by Tab, one statement after another', async () => {
		const { user, safe, vote } = setup();
		await user.tab();
		expect(safe).toHaveFocus();
		await user.tab();
		expect(vote).toHaveFocus();
	});

	it('after checking, says per statement whether it is right, and the right choice where not', () => {
		const { safe, vote } = setup({
			value: { kind: 'matching', pairs: { safe: 'mayor', vote: 'mayor' } },
			result: checkResult(
				{ kind: 'matching', pairs: { safe: 'mayor', vote: 'wire' } },
				{ parts: { safe: true, vote: false } }
			)
		});
		expect(safe).toHaveAccessibleDescription('Correct');
		expect(vote).toHaveAccessibleDescription('Wrong — the answer is “The news agency”');
		expect(safe).toBeDisabled();
		expect(vote).toBeDisabled();
	});

	it('locks while disabled', () => {
		const { safe, vote } = setup({ disabled: true });
		expect(safe).toBeDisabled();
		expect(vote).toBeDisabled();
	});

	it('has no axe violations, before and after checking', async () => {
		await expectNoAxeViolations(setup().container);
		const checked = setup({
			value: { kind: 'matching', pairs: { safe: 'wire', vote: 'wire' } },
			result: checkResult({ kind: 'matching', pairs: { safe: 'mayor', vote: 'wire' } }, { parts: { safe: false, vote: true } })
		});
		await expectNoAxeViolations(checked.container);
	});
});
