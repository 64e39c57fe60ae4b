import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SCRIPT_TAG, scriptedFixtureJson } from '$lib/content/fixtures';
import { parseModuleJson } from '$lib/content/module-json';
import { publicQuestion } from '$lib/server/quiz';
import Page from './+page.svelte';
// The quiz fetches its panels and answer controls ahead of need once a round starts: load them here, so
// none is still loading when the test ends.
import '$lib/components/quiz-flow/FeedbackPanel.svelte';
import '$lib/components/quiz-flow/ReviewPanel.svelte';
import '$lib/components/quiz-flow/SummaryPanel.svelte';
import '$lib/components/quiz/SingleChoice.svelte';
import '$lib/components/quiz/MultipleSelect.svelte';
import '$lib/components/quiz/Ordering.svelte';
import '$lib/components/quiz/NumericInput.svelte';
import '$lib/components/quiz/Matching.svelte';
import '$lib/components/quiz/EvidencePicker.svelte';
import '$lib/components/quiz/TrueFalse.svelte';

/** A module with a script tag in its headline and every text field, as the quiz page's load gives it. */
function pageData() {
	const { module, problems } = parseModuleJson(scriptedFixtureJson());
	if (!module) throw new Error(problems.map((p) => p.message).join('\n'));
	return {
		slug: module.slug,
		title: module.title,
		version: module.version,
		story: module.story,
		closed: null,
		questions: module.questions.map((q) => publicQuestion(module, q))
	};
}

describe('the quiz page with a module whose every text holds a script tag', () => {
	it('shows each script tag as text, and runs none', async () => {
		const user = userEvent.setup();
		const data = pageData();
		const { container } = render(Page, { props: { data } as never });

		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`A fixture ${SCRIPT_TAG}`);
		await user.click(await screen.findByRole('button', { name: 'Start the quiz' }));
		const story = await screen.findByRole('heading', { name: new RegExp(`Council closes the bridge ${escape(SCRIPT_TAG)}`) });
		expect(story).toBeInTheDocument();
		const shown = await waitFor(() => {
			const q = data.questions.find((q) => screen.queryByText(q.stem));
			if (!q) throw new Error('no question is shown');
			return q;
		});
		expect(shown.stem).toContain(SCRIPT_TAG);
		// Its options, whatever its kind, are shown as text too.
		if ('options' in shown && Array.isArray(shown.options)) {
			for (const o of shown.options) expect(within(container).getAllByText(o.text, { exact: false }).length).toBeGreaterThan(0);
		}

		expect(container.querySelector('script')).toBeNull();
		expect(container.innerHTML).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(container.innerHTML).not.toContain(SCRIPT_TAG);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
