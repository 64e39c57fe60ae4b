import { render, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Span, Story } from '$lib/content/types';
import type { PublicQuestionOf } from '$lib/quiz/types';
import EvidencePicker from './EvidencePicker.svelte';
import { checkResult, expectNoAxeViolations, renderControl } from './testing';
import type { ControlProps } from './types';

const headline = 'Council closes the bridge';
const body = [
	'The council voted to close the bridge.',
	'"It is not safe," the mayor said.',
	'Engineers had inspected it twice.'
];
const text = `${headline}\n\n${body.join(' ')}`;
const spanOf = (part: string): Span => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const sentences = body.map(spanOf);

const story: Story = {
	text,
	publisher: 'Wire',
	published: '1 Jan 2020, 09:00',
	publishedISO: '2020-01-01T09:00:00Z',
	headline: spanOf(headline),
	standfirst: { start: 0, end: 0 },
	dateline: { start: 0, end: 0 },
	paragraphs: [{ start: sentences[0]!.start, end: sentences[2]!.end }],
	sentences
};

const question: PublicQuestionOf<'evidence'> = {
	id: 'q6',
	kind: 'evidence',
	skill: 'sources',
	difficulty: 1,
	stem: 'Which sentence supports this claim?',
	claim: 'The mayor called the bridge unsafe.',
	hintCount: 0
};

function setup(props: Partial<ControlProps<'evidence'>> = {}) {
	const control = renderControl(EvidencePicker, { question, value: undefined, story, ...props });
	const { screen } = control;
	const [vote, quote, inspect] = body.map((sentence) => screen.getByRole('radio', { name: sentence }));
	return { ...control, vote: vote!, quote: quote!, inspect: inspect! };
}

describe('EvidencePicker', () => {
	it('shows the claim and lists every sentence of the story as a radio', () => {
		const { screen } = setup();
		const group = screen.getByRole('group');
		expect(group).toHaveAccessibleName(`${question.stem} Claim: ${question.claim}`);
		expect(within(group).getAllByRole('radio')).toHaveLength(3);
	});

	it('reports the picked sentence as its span of the story', async () => {
		const { user, onchange, quote } = setup();
		await user.click(quote);
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'evidence', ...sentences[1] });
		expect(quote).toBeChecked();
	});

	it('works by keyboard', async () => {
		const { user, onchange, vote, quote } = setup();
		await user.tab();
		expect(vote).toHaveFocus();
		await user.keyboard('{ArrowDown}');
		expect(quote).toHaveFocus();
		expect(quote).toBeChecked();
		expect(onchange).toHaveBeenLastCalledWith({ kind: 'evidence', ...sentences[1] });
	});

	it('after checking, marks the pick wrong and the supporting sentence, and locks', () => {
		const { vote, quote, inspect } = setup({
			value: { kind: 'evidence', ...sentences[0]! },
			result: checkResult({ kind: 'evidence', passages: [spanOf('"It is not safe,"')] })
		});
		expect(vote).toHaveAccessibleDescription('Your choice — wrong');
		expect(quote).toHaveAccessibleDescription('Correct answer');
		expect(inspect).not.toHaveAccessibleDescription();
		for (const radio of [vote, quote, inspect]) expect(radio).toBeDisabled();
	});

	it('says so, rather than showing an empty list, when it has no story', () => {
		const view = render(EvidencePicker, { props: { question, value: undefined, onchange: vi.fn() } });
		expect(within(view.container).getByRole('alert')).toHaveTextContent(/could not be shown/);
		expect(within(view.container).queryByRole('radio')).not.toBeInTheDocument();
	});

	it('has no axe violations, before and after checking', async () => {
		await expectNoAxeViolations(setup().container);
		const checked = setup({
			value: { kind: 'evidence', ...sentences[1]! },
			result: checkResult({ kind: 'evidence', passages: [sentences[1]!] }, { correct: true })
		});
		expect(checked.quote).toHaveAccessibleDescription('Your choice — correct');
		await expectNoAxeViolations(checked.container);
	});
});
