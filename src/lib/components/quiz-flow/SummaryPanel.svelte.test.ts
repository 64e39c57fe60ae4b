import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import { SCORE_EXPLAINED } from '$lib/grading/explain';
import type { PublicQuestion } from '$lib/quiz/types';
import SummaryPanel from './SummaryPanel.svelte';

const question: PublicQuestion = {
	id: 'q1',
	kind: 'tfn',
	skill: 'sources',
	difficulty: 1,
	stem: 'True, false or not stated?',
	statement: 'The mayor spoke.',
	hintCount: 0
};

function setup() {
	const user = userEvent.setup();
	const view = render(SummaryPanel, {
		props: {
			round: 1,
			questions: [question],
			results: {},
			score: { overall: { score: 5.5, max: 12 }, bySkill: { sources: { score: 5.5, max: 12 } } },
			elapsed: null,
			missed: ['q1'],
			best: null,
			overview: null,
			overviewError: null,
			onmissed: vi.fn(),
			onreview: vi.fn(),
			onrestart: vi.fn()
		}
	});
	return { user, container: view.container };
}

// axe in jsdom is slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

describe('SummaryPanel', () => {
	it('says, next to the score, that lucky guesses earn nothing', async () => {
		const { user, container } = setup();
		const score = screen.getByText(/^You scored about/);
		const disclosure = screen.getByText('How is this scored?');
		// Right after the sentence with the score, before the table by skill.
		expect(score.compareDocumentPosition(disclosure) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(disclosure.compareDocumentPosition(screen.getByRole('table', { name: 'Score by skill' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(screen.getByText(SCORE_EXPLAINED)).not.toBeVisible();
		await user.click(disclosure);
		expect(screen.getByText(SCORE_EXPLAINED)).toBeVisible();
		await expectNoAxeViolations(container);
	});
});
