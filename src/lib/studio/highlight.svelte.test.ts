import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import FactTables from './FactTables.svelte';
import { highlightContext, StoryHighlight } from './highlight.svelte';
import type { ModuleJson } from './model';
import QuestionEditor from './QuestionEditor.svelte';
import StoryEditor from './StoryEditor.svelte';
import { fixtureJson } from './testing';

/** The story view and the items as the editor has them: sharing one highlight. */
function setup(module: ModuleJson = fixtureJson()) {
	const user = userEvent.setup();
	const draft = $state(module);
	const highlight = new StoryHighlight();
	const context = highlightContext(highlight);
	const story = render(StoryEditor, { props: { module: draft }, context });
	render(QuestionEditor, { props: { module: draft, problems: [] }, context });
	render(FactTables, { props: { module: draft, problems: [] }, context });
	return { user, draft, highlight, story: story.container };
}

const marks = (root: HTMLElement) => [...root.querySelectorAll('mark')];

describe('Show in story', { timeout: 60_000 }, () => {
	it('highlights the passage a question cites in the story, moves the focus to it and says what is highlighted', async () => {
		const { user, draft, story } = setup();
		const q = draft.questions.find((x) => x.id === 'q1')!;
		await user.click(screen.getByText('Question 1'));
		expect(marks(story)).toHaveLength(0);
		const show = screen.getByRole('button', { name: 'Show in story: the passage question q1 cites' });
		await user.click(show);

		const marked = marks(story);
		expect(marked.map((m) => m.textContent)).toEqual([q.evidence[0]!.quote]);
		expect(draft.story.text.slice(q.evidence[0]!.start, q.evidence[0]!.end)).toBe(marked[0]!.textContent);
		expect(marked[0]).toHaveFocus();
		expect(within(story).getByRole('status')).toHaveTextContent(`Highlighted in the story, cited by question q1: “${q.evidence[0]!.quote}”.`);
		expect(within(story).getByText(/^Highlighted: the passage\s+question q1 cites\.$/)).toBeInTheDocument();
		await expectNoAxeViolations(story);

		// The way back: to the button that asked, the highlight gone.
		await user.click(screen.getByRole('button', { name: 'Back to question q1' }));
		expect(show).toHaveFocus();
		expect(marks(story)).toHaveLength(0);
	});

	it('marks each passage of a fact with later mentions, works from the keyboard, and is cleared', async () => {
		const { user, draft, story } = setup();
		const vote = draft.facts.events.find((e) => e.id === 'vote')!;
		const quotes = [vote.cite, ...(vote.otherMentions ?? [])].map((e) => e.quote);
		await user.click(screen.getByText(vote.label));
		const show = screen.getByRole('button', { name: 'Show in story: the 3 passages event vote cites' });
		show.focus();
		await user.keyboard('{Enter}');
		// Each passage is marked as it stands in the story (in reading order).
		expect(marks(story).map((m) => m.textContent)).toEqual(quotes.slice().sort((a, b) => draft.story.text.indexOf(a) - draft.story.text.indexOf(b)));
		expect(marks(story)[0]).toHaveFocus();
		expect(within(story).getByText(/the 3 passages\s+event vote cites/)).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Clear the highlight' }));
		expect(marks(story)).toHaveLength(0);
		expect(screen.queryByRole('button', { name: 'Clear the highlight' })).toBeNull();
	});

	it('goes when the item whose passages are highlighted is deleted', async () => {
		const { user, story } = setup();
		await user.click(screen.getByText('Question 3'));
		await user.click(screen.getByRole('button', { name: 'Show in story: the passage question q3 cites' }));
		expect(marks(story)).toHaveLength(1);
		await user.click(screen.getByRole('button', { name: 'Delete question q3' }));
		await user.click(screen.getByRole('alert').querySelector('button.danger')!);
		expect(screen.queryByText('Question 4')).toBeNull();
		expect(marks(story)).toHaveLength(0);
		expect(screen.queryByRole('button', { name: 'Back to question q3' })).toBeNull();
	});

	it('highlights nothing while the story is being edited, and says why', async () => {
		const { user, highlight, story } = setup();
		await user.click(screen.getByRole('button', { name: 'Edit the story text' }));
		await user.click(screen.getByText('Question 3'));
		await user.click(screen.getByRole('button', { name: 'Show in story: the passage question q3 cites' }));
		expect(marks(story)).toHaveLength(0);
		expect(highlight.owner).toBe('question q3');
		expect(within(story).getByRole('status')).toHaveTextContent('The story is being edited: apply or cancel the edit to see the highlighted passages.');
	});

	it('offers no button where the item has no passage, nor outside the editor', async () => {
		const user = userEvent.setup();
		const draft = $state(fixtureJson());
		draft.questions[0]!.evidence = [];
		render(QuestionEditor, { props: { module: draft, problems: [] } });
		await user.click(screen.getByText('Question 2'));
		expect(screen.queryByRole('button', { name: /^Show in story/ })).toBeNull();
	});
});
