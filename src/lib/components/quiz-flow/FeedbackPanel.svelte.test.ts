import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkResult, expectNoAxeViolations } from '$lib/components/quiz/testing';
import { MATCHING_CREDIT_EXPLAINED, ORDERING_CREDIT_EXPLAINED } from '$lib/grading/explain';
import type { AnswerKey, CheckResult, TimelineEvent } from '$lib/quiz/types';
import FeedbackPanel from './FeedbackPanel.svelte';

const ORDERING: AnswerKey = { kind: 'ordering', order: ['a', 'b', 'c'] };
const MATCHING: AnswerKey = { kind: 'matching', pairs: { p: 'x', q: 'y', r: 'z' } };

function setup(result: CheckResult) {
	const user = userEvent.setup();
	const view = render(FeedbackPanel, { props: { result, onshow: vi.fn() } });
	return { user, container: view.container };
}

// axe in jsdom is slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

describe('FeedbackPanel: how partial credit is worked out', () => {
	it('says how an ordering partly right earns its credit, behind a disclosure', async () => {
		const { user, container } = setup(checkResult(ORDERING, { score: 1 / 3, parts: { a: true, b: false, c: false } }));
		expect(screen.getByRole('heading', { name: /Partly right: 33% credit/ })).toBeInTheDocument();
		const sentence = screen.getByText(ORDERING_CREDIT_EXPLAINED);
		expect(sentence).not.toBeVisible();
		await user.click(screen.getByText('How is this scored?'));
		expect(sentence).toBeVisible();
		await expectNoAxeViolations(container);
	});

	it('says how matching earns its credit', async () => {
		const { user } = setup(checkResult(MATCHING, { score: 0.25, parts: { p: true, q: true, r: false } }));
		await user.click(screen.getByText('How is this scored?'));
		expect(screen.getByText(MATCHING_CREDIT_EXPLAINED)).toBeVisible();
		expect(screen.queryByText(ORDERING_CREDIT_EXPLAINED)).not.toBeInTheDocument();
	});

	it('says it too when rows are in place but the credit is nothing', () => {
		setup(checkResult(ORDERING, { score: 0, parts: { a: true, b: false, c: false } }));
		expect(screen.getByRole('heading', { name: /Not quite/ })).toBeInTheDocument();
		expect(screen.getByText(ORDERING_CREDIT_EXPLAINED)).toBeInTheDocument();
	});

	it('says nothing of the rule on a fully right answer, or on kinds without partial order or matching', () => {
		const { container } = setup(checkResult(ORDERING, { score: 1, correct: true }));
		expect(screen.queryByText('How is this scored?')).not.toBeInTheDocument();
		container.remove();
		setup(checkResult({ kind: 'multiple', options: ['a', 'b'] }, { score: 0.5 }));
		expect(screen.getByRole('heading', { name: /Partly right: 50% credit/ })).toBeInTheDocument();
		expect(screen.queryByText('How is this scored?')).not.toBeInTheDocument();
	});
});

describe('FeedbackPanel: the story pictures, loaded with the result', () => {
	const event = (id: string, told: number, step: number): TimelineEvent => ({
		id,
		label: `Event ${id}`,
		told,
		part: 'body',
		step,
		status: 'past',
		passage: { start: told * 10, end: told * 10 + 5 }
	});

	it('draws the timeline an ordering result carries, once its code has loaded', async () => {
		setup({ ...checkResult(ORDERING, { score: 1, correct: true }), timeline: [event('a', 0, 1), event('b', 1, 0)] });
		expect(await screen.findByRole('heading', { name: 'As told, and as it happened' }, { timeout: 10_000 })).toBeInTheDocument();
	});
});

describe('FeedbackPanel: showing a passage in the story', () => {
	const short = { start: 0, end: 24, quote: 'The council voted on it.' };
	const long = { start: 30, end: 111, quote: 'Engineers had inspected the bridge twice before the council closed it to traffic.' };

	it('names each button by the passage it shows, the colon right after the visible words', async () => {
		const onshow = vi.fn();
		const user = userEvent.setup();
		render(FeedbackPanel, { props: { result: checkResult({ kind: 'single', option: 'a' }, { evidence: [short, long] }), onshow } });
		const buttons = screen.getAllByRole('button', { name: /^Show in story/ });
		expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Show in story', 'Show in story']);
		expect(buttons[0]).toHaveAccessibleName('Show in story: “The council voted on it.”');
		// A long passage is named by its first 60 characters.
		expect(buttons[1]).toHaveAccessibleName(`Show in story: “${long.quote.slice(0, 60)}…”`);
		await user.click(buttons[0]!);
		expect(onshow).toHaveBeenCalledWith({ start: 0, end: 24 }, short.quote);
	});
});
