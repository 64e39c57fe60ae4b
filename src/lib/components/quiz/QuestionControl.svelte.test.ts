import { render, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Story } from '$lib/content/types';
import type { Response } from '$lib/grading/types';
import type { PublicQuestion } from '$lib/quiz/types';
import QuestionControl from './QuestionControl.svelte';
import { checkResult, expectNoAxeViolations } from './testing';

const base = { skill: 'sources', difficulty: 1, hintCount: 0 } as const;

const text = 'Bridge shut\n\nThe council voted. The mayor spoke.';
const story: Story = {
	text,
	publisher: 'Wire',
	published: '1 Jan 2020',
	publishedISO: '2020-01-01T00:00:00Z',
	headline: { start: 0, end: 11 },
	standfirst: { start: 0, end: 0 },
	dateline: { start: 0, end: 0 },
	paragraphs: [{ start: 13, end: text.length }],
	sentences: [
		{ start: 13, end: 31 },
		{ start: 32, end: text.length }
	]
};

/** One question of each kind, with the role and name by which its control is found. */
const cases: { question: PublicQuestion; role: string; name: string }[] = [
	{
		question: { ...base, id: 's', kind: 'single', stem: 'Who spoke?', options: [{ id: 'a', text: 'The mayor' }] },
		role: 'radio',
		name: 'The mayor'
	},
	{
		question: { ...base, id: 'm', kind: 'multiple', stem: 'Who acted?', options: [{ id: 'a', text: 'The council' }] },
		role: 'checkbox',
		name: 'The council'
	},
	{
		question: { ...base, id: 'o', kind: 'ordering', stem: 'Order them.', items: [{ id: 'x', label: 'Vote' }, { id: 'y', label: 'Speech' }] },
		role: 'button',
		name: 'Move “Vote” down'
	},
	{
		question: { ...base, id: 'n', kind: 'numeric', stem: 'How many votes?', format: 'a whole number', units: [] },
		role: 'textbox',
		name: 'How many votes?'
	},
	{
		question: {
			...base,
			id: 'x',
			kind: 'matching',
			stem: 'Match them.',
			prompts: [{ id: 'p', text: 'The mayor spoke.' }],
			choices: [{ id: 'c', text: 'The mayor' }],
			oneToOne: true
		},
		role: 'combobox',
		name: 'The mayor spoke.'
	},
	{
		question: { ...base, id: 'e', kind: 'evidence', stem: 'Which sentence?', claim: 'There was a vote.' },
		role: 'radio',
		name: 'The council voted.'
	},
	{
		question: { ...base, id: 't', kind: 'tfn', stem: 'True?', statement: 'The mayor spoke.' },
		role: 'radio',
		name: 'Not stated'
	}
];

function setup(question: PublicQuestion, value?: Response) {
	const user = userEvent.setup();
	const onchange = vi.fn<(response: Response) => void>();
	const view = render(QuestionControl, { props: { question, value, onchange, story } });
	return { user, onchange, view, screen: within(view.container), container: view.container };
}

describe('QuestionControl', () => {
	// First in the file: the module keeps each control it has fetched, and this test needs one not fetched yet.
	it('shows the stem, quietly, while the control loads', async () => {
		const { screen } = setup(cases[0]!.question);
		expect(screen.getByText('Who spoke?')).toBeInTheDocument();
		expect(screen.queryByRole('radio')).not.toBeInTheDocument();
		expect(await screen.findByRole('radio', { name: 'The mayor' })).toBeInTheDocument();
	});

	it.each(cases)('loads the $question.kind control', async ({ question, role, name }) => {
		const { screen } = setup(question);
		expect(await screen.findByRole(role, { name })).toBeInTheDocument();
	});

	it('shows a control fetched before at once, never its stem alone (the page must not shrink under the reader)', async () => {
		const first = setup(cases[1]!.question);
		await first.screen.findByRole('checkbox', { name: 'The council' });
		first.view.unmount();
		const { screen } = setup(cases[1]!.question);
		expect(screen.getByRole('checkbox', { name: 'The council' })).toBeInTheDocument();
	});

	it('passes the learner’s changes through as responses', async () => {
		const { user, onchange, screen } = setup(cases[6]!.question);
		await user.click(await screen.findByRole('radio', { name: 'False' }));
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'tfn', choice: 'false' });
	});

	it('ignores a value meant for another kind of question', async () => {
		const { screen } = setup(cases[3]!.question, { kind: 'single', option: 'a' });
		expect(await screen.findByRole('textbox', { name: 'How many votes?' })).toHaveValue('');
	});

	it('switches control when the question changes kind', async () => {
		const { screen, view } = setup(cases[0]!.question);
		await screen.findByRole('radio', { name: 'The mayor' });
		view.rerender({ question: cases[3]!.question, value: undefined });
		expect(await screen.findByRole('textbox', { name: 'How many votes?' })).toBeInTheDocument();
		expect(screen.queryByRole('radio')).not.toBeInTheDocument();
	});

	it('passes the result on, locking the control', async () => {
		const { view, screen } = setup(cases[0]!.question, { kind: 'single', option: 'a' });
		view.rerender({ result: checkResult({ kind: 'single', option: 'a' }, { correct: true }) });
		const radio = await screen.findByRole('radio', { name: 'The mayor' });
		expect(radio).toBeDisabled();
		expect(radio).toHaveAccessibleDescription('Your choice — correct');
	});

	it('has no axe violations once loaded', async () => {
		const { screen, container } = setup(cases[2]!.question);
		await screen.findByRole('button', { name: 'Move “Vote” down' });
		await expectNoAxeViolations(container);
	});
});
