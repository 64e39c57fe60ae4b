import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import CitationList from './CitationList.svelte';
import { listCitations } from './citations';
import FactTables from './FactTables.svelte';
import QuestionEditor from './QuestionEditor.svelte';
import { fixtureJson } from './testing';

describe('CitationList', { timeout: 60_000 }, () => {
	it('lists every cited passage once, in story order, with its context and who cites it', () => {
		const module = fixtureJson();
		render(CitationList, { props: { module } });
		const spans = new Set(listCitations(module).map((c) => `${c.evidence.start}:${c.evidence.end}`));
		const items = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(items).toHaveLength(spans.size);
		expect(screen.getByRole('heading', { name: `Citations (${spans.size})` })).toBeInTheDocument();
		const inStoryOrder = [...spans]
			.map((s) => s.split(':').map(Number) as [number, number])
			.sort((a, b) => a[0] - b[0] || a[1] - b[1])
			.map(([start, end]) => module.story.text.slice(start, end));
		expect(items.map((li) => li.querySelector('mark')?.textContent)).toEqual(inStoryOrder);
		const twice = items.find((li) => li.querySelector('mark')?.textContent === 'Engineers had inspected it twice')!;
		expect(twice).toHaveTextContent('Paragraph 2');
		expect(twice).toHaveTextContent('Engineers had inspected it twice. The mayor said');
		expect(within(twice).getByRole('link', { name: 'event inspect (passage)' })).toHaveAttribute('href', '#events-0-cite');
		expect(within(twice).getByRole('link', { name: 'attribution twice (passage)' })).toBeInTheDocument();
	});

	it('says when nothing is cited', () => {
		const module = { ...fixtureJson(), facts: { events: [], relations: [], figures: [], sources: [], attributions: [], wording: [], timeWords: [] }, questions: [] };
		render(CitationList, { props: { module } });
		expect(screen.getByText(/Nothing is cited yet/)).toBeInTheDocument();
	});

	it('opens the item a link names and puts the focus on the cited field', async () => {
		const user = userEvent.setup();
		const draft = $state(fixtureJson());
		render(FactTables, { props: { module: draft } });
		render(QuestionEditor, { props: { module: draft } });
		const view = render(CitationList, { props: { module: draft } });
		const q = draft.questions[0]!;
		await user.click(within(view.container).getAllByRole('link', { name: `question ${q.id} (evidence 1)` })[0]!);
		await expect.poll(() => document.activeElement?.id).toBe('question-0-evidence-0');
		expect(document.activeElement).toHaveTextContent(q.evidence[0]!.quote);
		await expectNoAxeViolations(view.container);
	});
});
