import { within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PublicQuestionOf } from '$lib/quiz/types';
import Ordering from './Ordering.svelte';
import { checkResult, expectNoAxeViolations, renderControl } from './testing';
import type { ControlProps } from './types';

const question: PublicQuestionOf<'ordering'> = {
	id: 'q7',
	kind: 'ordering',
	skill: 'sequence',
	difficulty: 2,
	stem: 'Put the events in the order they happened.',
	hintCount: 0,
	items: [
		{ id: 'expel', label: 'Russia expels NATO staff' },
		{ id: 'cut', label: 'NATO cuts the Russian mission' },
		{ id: 'leak', label: 'A report leaks' },
		{ id: 'talks', label: 'Talks resume' }
	]
};
const labels = question.items.map((item) => item.label);

function setup(props: Partial<ControlProps<'ordering'>> = {}) {
	const control = renderControl(Ordering, { question, value: undefined, ...props });
	const { screen } = control;
	return {
		...control,
		status: screen.getByRole('status'),
		/** Each item's position and label as shown (its move buttons left out), first to last. */
		shown: () =>
			within(screen.getByRole('list'))
				.getAllByRole('listitem')
				.map((li) => {
					const copy = li.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('button').forEach((button) => button.remove());
					return copy.textContent?.replace(/\s+/g, ' ').trim();
				}),
		up: (label: string) => screen.getByRole('button', { name: `Move “${label}” up` }),
		down: (label: string) => screen.getByRole('button', { name: `Move “${label}” down` })
	};
}

describe('Ordering', () => {
	it('lists the items in the question’s order, numbered, in a group named by the stem', () => {
		const { screen, shown } = setup();
		expect(screen.getByRole('group', { name: question.stem })).toBeInTheDocument();
		expect(shown()).toEqual(labels.map((label, i) => `${i + 1}. ${label}`));
	});

	it('names each move button after its item and disables the moves off either end', () => {
		const { up, down } = setup();
		expect(up(labels[0]!)).toBeDisabled();
		expect(down(labels[0]!)).toBeEnabled();
		expect(up(labels[3]!)).toBeEnabled();
		expect(down(labels[3]!)).toBeDisabled();
	});

	it('on a first move, reports the whole order starting from the question’s order', async () => {
		const { user, onchange, down, shown } = setup();
		await user.click(down('NATO cuts the Russian mission'));
		expect(onchange).toHaveBeenCalledTimes(1);
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'ordering', order: ['expel', 'leak', 'cut', 'talks'] });
		expect(shown()[2]).toBe('3. NATO cuts the Russian mission');
	});

	it('does not report anything until the learner moves something', () => {
		const { onchange } = setup();
		expect(onchange).not.toHaveBeenCalled();
	});

	it('reports the order as shown when the learner chooses “Keep this order”, and announces it', async () => {
		const { screen, user, onchange, status } = setup();
		await user.click(screen.getByRole('button', { name: 'Keep this order' }));
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'ordering', order: ['expel', 'cut', 'leak', 'talks'] });
		expect(status).toHaveTextContent('Order kept as shown. You can still move events before checking.');
	});

	it('offers “Keep this order” only while the order can still change', () => {
		const { screen } = setup({ disabled: true });
		expect(screen.queryByRole('button', { name: 'Keep this order' })).not.toBeInTheDocument();
	});

	it('announces each move politely and keeps focus on the moved item’s button', async () => {
		const { user, status, up, down, shown } = setup();
		expect(status).toHaveAttribute('aria-live', 'polite');
		expect(status).toHaveTextContent('');
		const button = up('NATO cuts the Russian mission');
		await user.click(button);
		expect(status).toHaveTextContent('“NATO cuts the Russian mission” moved to position 1 of 4.');
		expect(shown()[0]).toBe('1. NATO cuts the Russian mission');
		// At the top, "Move up" is disabled, so focus goes to the same item's "Move down".
		expect(button).toBeDisabled();
		expect(down('NATO cuts the Russian mission')).toHaveFocus();
	});

	it('works by keyboard alone: Tab to a move button, Enter or Space to move; focus follows the item', async () => {
		const { user, onchange, status, up, down, shown } = setup();
		const first = labels[0]!;
		await user.tab();
		// The first item's "Move up" is disabled, so Tab lands on its "Move down".
		expect(down(first)).toHaveFocus();

		await user.keyboard('{Enter}');
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'ordering', order: ['cut', 'expel', 'leak', 'talks'] });
		expect(status).toHaveTextContent(`“${first}” moved to position 2 of 4.`);
		expect(down(first)).toHaveFocus();

		await user.keyboard(' ');
		expect(status).toHaveTextContent(`“${first}” moved to position 3 of 4.`);
		expect(down(first)).toHaveFocus();

		await user.keyboard('{Enter}');
		expect(status).toHaveTextContent(`“${first}” moved to position 4 of 4.`);
		expect(shown()[3]).toBe(`4. ${first}`);
		// At the bottom edge "Move down" is disabled: focus moves to the item's "Move up".
		expect(down(first)).toBeDisabled();
		expect(up(first)).toHaveFocus();

		await user.keyboard('{Enter}');
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'ordering', order: ['cut', 'leak', 'expel', 'talks'] });
		expect(status).toHaveTextContent(`“${first}” moved to position 3 of 4.`);
		expect(up(first)).toHaveFocus();
	});

	it('moving up to the top hands focus to the item’s "Move down"', async () => {
		const { user, up, down } = setup();
		await user.click(up(labels[1]!));
		expect(down(labels[1]!)).toHaveFocus();
	});

	it('shows the order it is given, and repairs one that leaves items out', () => {
		const { shown } = setup({ value: { kind: 'ordering', order: ['talks', 'leak', 'unknown'] } });
		expect(shown()).toEqual([
			'1. Talks resume',
			'2. A report leaks',
			'3. Russia expels NATO staff',
			'4. NATO cuts the Russian mission'
		]);
	});

	it('after checking, says per item whether it is in place or where it belongs, and locks', () => {
		const { shown, up, down } = setup({
			value: { kind: 'ordering', order: ['cut', 'expel', 'leak', 'talks'] },
			result: checkResult(
				{ kind: 'ordering', order: ['expel', 'cut', 'leak', 'talks'] },
				{ parts: { cut: false, expel: false, leak: true, talks: true } }
			)
		});
		expect(shown()).toEqual([
			'1. NATO cuts the Russian mission ✗Belongs at position 2',
			'2. Russia expels NATO staff ✗Belongs at position 1',
			'3. A report leaks ✓In the right place',
			'4. Talks resume ✓In the right place'
		]);
		for (const label of labels) {
			expect(up(label)).toBeDisabled();
			expect(down(label)).toBeDisabled();
		}
	});

	it('locks every move while disabled', () => {
		const { screen } = setup({ disabled: true });
		for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
	});

	it('has no axe violations, before and after checking', async () => {
		await expectNoAxeViolations(setup().container);
		const checked = setup({
			value: { kind: 'ordering', order: ['cut', 'expel', 'leak', 'talks'] },
			result: checkResult({ kind: 'ordering', order: ['expel', 'cut', 'leak', 'talks'] })
		});
		await expectNoAxeViolations(checked.container);
	});
});
