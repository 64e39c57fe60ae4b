import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import DraftFromStory, { type DraftOutcome } from './DraftFromStory.svelte';

function setup(outcome: () => Promise<DraftOutcome>) {
	const user = userEvent.setup();
	const ondraft = vi.fn(outcome);
	const view = render(DraftFromStory, { props: { ondraft } });
	return { user, ondraft, button: screen.getByRole('button', { name: 'Draft questions from the story' }), container: view.container };
}

describe('DraftFromStory', () => {
	it('drafts once while it works, says so, then announces what was drafted', async () => {
		let finish!: (o: DraftOutcome) => void;
		const { user, ondraft, button, container } = setup(() => new Promise((resolve) => (finish = resolve)));
		expect(button).toHaveAccessibleDescription(/^The drafter reads the story as saved and adds the facts and questions it finds/);
		await user.click(button);
		expect(button).toHaveTextContent('Drafting…');
		expect(button).toHaveAttribute('aria-disabled', 'true');
		expect(screen.getByRole('status')).toHaveTextContent('Drafting questions from the story…');
		await user.click(button);
		expect(ondraft).toHaveBeenCalledTimes(1);
		finish({ ok: true, message: 'Drafted 31 questions and 40 facts; review them below.' });
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Drafted 31 questions and 40 facts; review them below.'));
		expect(button).toHaveTextContent('Draft questions from the story');
		expect(button).toHaveFocus();
		expect(screen.queryByRole('alert')).toBeNull();
		await expectNoAxeViolations(container);
	});

	it('shows a refusal with the drafter’s notes as an alert, and drafts again when asked', async () => {
		const { user, ondraft, button } = setup(async () => ({ ok: false, message: 'The drafter found nothing in this story to ask about.', problems: ['No sentences were found.'] }));
		await user.click(button);
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('The drafter found nothing in this story to ask about.');
		expect(alert).toHaveTextContent('No sentences were found.');
		expect(screen.getByRole('status')).toHaveTextContent('');
		await user.click(button);
		expect(ondraft).toHaveBeenCalledTimes(2);
	});

	it('says nothing was changed when drafting fails outright', async () => {
		const { user, button } = setup(async () => {
			throw new Error('boom');
		});
		await user.click(button);
		expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong while drafting: nothing was changed. Try again.');
	});
});
