import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { SCRIPT_TAG, scriptedFixtureJson } from '$lib/content/fixtures';
import { parseModuleJson } from '$lib/content/module-json';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import { modules } from '$lib/server/modules';
import { publicQuestion } from '$lib/server/quiz';
import { quizMachine } from '$lib/quiz/quizMachine';
import type { PublicQuestion } from '$lib/quiz/types';
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

describe('the quiz page after the module was updated', () => {
	const module = modules[0]!;
	const questions = module.questions.map((q) => publicQuestion(module, q));
	const singles = questions.filter((q): q is Extract<PublicQuestion, { kind: 'single' }> => q.kind === 'single').slice(0, 3);
	const [kept, changed, inProgress] = singles as [(typeof singles)[0], (typeof singles)[0], (typeof singles)[0]];
	const pick = (q: (typeof singles)[0]) => ({ kind: 'single' as const, option: q.options[1]!.id });

	afterEach(() => localStorage.clear());

	/** Progress saved on version 1: three questions with feedback at the end, two answered, the third in progress. */
	function saveOnVersion1() {
		const actor = createActor(quizMachine, { input: { questions } }).start();
		actor.send({ type: 'setup.start', settings: { skills: ['sources', 'numbers', 'sequence'], count: 3, feedback: 'end', book: 'open' }, ids: [kept.id, changed.id, inProgress.id] });
		for (const q of [kept, changed]) {
			actor.send({ type: 'answer.change', response: pick(q) });
			actor.send({ type: 'answer.submit' });
		}
		actor.send({ type: 'answer.change', response: pick(inProgress) });
		localStorage.setItem(`sourced:quiz:${module.slug}`, JSON.stringify({ version: 'version-1', snapshot: actor.getPersistedSnapshot(), savedAt: 1 }));
		actor.stop();
	}

	it('keeps the answers that still fit, says which it could not keep, and goes on where the learner was', async () => {
		saveOnVersion1();
		// Version 2: `changed` was edited; every other question means what it meant in version 1.
		const history = {
			versions: { 'version-1': 1, [module.version]: 2 },
			sameSince: { ...Object.fromEntries(questions.map((q) => [q.id, 1])), [changed.id]: 2 }
		};
		const user = userEvent.setup();
		const { container } = render(Page, {
			props: { data: { slug: module.slug, title: module.title, version: module.version, versionNumber: 2, story: module.story, closed: null, questions, history } } as never
		});

		const update = (await screen.findByText(/This module was updated/, {}, { timeout: 10_000 })).closest('[role="status"]')!;
		expect(update).toHaveTextContent('This module was updated since you last worked on it. Your answers to 2 questions still fit it and are kept, but not all:');
		const list = within(update as HTMLElement).getByRole('list', { name: 'Changed, so your answers were not kept: answer them again' });
		expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`Q${changed.number}: ${changed.stem}`]);
		// The round goes on at the question whose answer was not kept.
		expect(await screen.findByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
		await expectNoAxeViolations(container);

		// Stored again on version 2, with every answer that fits: the kept one handed in, the other still in progress.
		await waitFor(() => expect(JSON.parse(localStorage.getItem(`sourced:quiz:${module.slug}`)!).version).toBe(module.version));
		const context = JSON.parse(localStorage.getItem(`sourced:quiz:${module.slug}`)!).snapshot.context;
		expect(context.answers).toEqual({ [kept.id]: pick(kept) });
		expect(context.drafts).toEqual({ [kept.id]: pick(kept), [inProgress.id]: pick(inProgress) });

		// The list stays while the learner answers, until they hide it.
		await user.click(screen.getAllByRole('radio')[0]!);
		await user.click(screen.getByRole('button', { name: 'Save answer and go on' }));
		expect(await screen.findByRole('heading', { name: 'Question 3 of 3' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: inProgress.options[1]!.text })).toBeChecked();
		expect(screen.getByText(/This module was updated/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Hide this message' }));
		expect(screen.queryByText(/This module was updated/)).toBeNull();
	}, 60_000);
});
