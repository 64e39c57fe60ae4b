import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Response } from '$lib/grading/types';
import type { PublicQuestion } from '$lib/quiz/types';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import QuestionPanel from './QuestionPanel.svelte';

const ordering: PublicQuestion = {
	id: 'q7',
	kind: 'ordering',
	skill: 'sequence',
	difficulty: 2,
	stem: 'Put the events in the order they happened.',
	hintCount: 0,
	items: [
		{ id: 'expel', label: 'Russia expels NATO staff' },
		{ id: 'cut', label: 'NATO cuts the Russian mission' },
		{ id: 'talks', label: 'Talks resume' }
	]
};

/** The panel as the quiz uses it: each change fed back in as the new draft. */
function setup(feedback: 'each' | 'end' = 'each') {
	const user = userEvent.setup();
	const onsubmit = vi.fn();
	const onchange = vi.fn<(response: Response) => void>();
	const view = render(QuestionPanel, {
		props: {
			question: ordering,
			position: 1,
			total: 3,
			draft: undefined,
			result: null,
			hints: [],
			hintsLeft: 0,
			feedback,
			flagged: false,
			busy: false,
			can: { submit: true, hint: false, skip: true, flag: false, review: false },
			error: null,
			status: null,
			story: { paragraphs: [], sentences: [] } as never,
			onchange,
			onsubmit,
			onhint: vi.fn(),
			onskip: vi.fn(),
			onflag: vi.fn(),
			onreview: vi.fn()
		}
	});
	onchange.mockImplementation((draft) => view.rerender({ draft }));
	return { user, onsubmit, onchange, container: view.container, check: () => screen.getByRole('button', { name: 'Check answer' }) };
}

describe('QuestionPanel with an ordering nobody has touched', () => {
	it('keeps “Check answer” unavailable, saying why, and hands nothing in when pressed', async () => {
		const { user, onsubmit, onchange, check } = setup();
		expect(check()).toHaveAttribute('aria-disabled', 'true');
		expect(check()).toHaveAccessibleDescription('Check answer waits until you move an event, or choose “Keep this order”.');
		await user.click(check());
		expect(onsubmit).not.toHaveBeenCalled();
		expect(onchange).not.toHaveBeenCalled();
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Move at least one event first, or choose “Keep this order” if the order shown is your answer.'
		);
	});

	it('hands the order in once an event has moved', async () => {
		const { user, onsubmit, check } = setup();
		await user.click(await screen.findByRole('button', { name: 'Move “Talks resume” up' }, { timeout: 5000 }));
		expect(check()).toHaveAttribute('aria-disabled', 'false');
		expect(check()).not.toHaveAccessibleDescription();
		await user.click(check());
		expect(onsubmit).toHaveBeenCalledTimes(1);
	});

	it('hands the order in as shown once the learner chooses “Keep this order”', async () => {
		const { user, onsubmit, onchange, check } = setup();
		await user.click(await screen.findByRole('button', { name: 'Keep this order' }, { timeout: 5000 }));
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'ordering', order: ['expel', 'cut', 'talks'] });
		await user.click(check());
		expect(onsubmit).toHaveBeenCalledTimes(1);
	});

	it('says the same when answers are saved for the end, and has no axe violations', async () => {
		const { container } = setup('end');
		expect(screen.getByRole('button', { name: 'Save answer and go on' })).toHaveAccessibleDescription(
			'Save answer waits until you move an event, or choose “Keep this order”.'
		);
		await expectNoAxeViolations(container);
	});
});
