import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '$lib/content/load';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import FactTables from './FactTables.svelte';
import { fixtureJson, passage } from './testing';
import { pickInStory } from './testing-dom';

function setup(problems: ContentProblem[] = []) {
	const user = userEvent.setup();
	const draft = $state(fixtureJson());
	const view = render(FactTables, { props: { module: draft, problems } });
	return { user, draft, container: view.container };
}

describe('FactTables', { timeout: 60_000 }, () => {
	it('shows every table with its rows', () => {
		const { draft } = setup();
		for (const [name, count] of [
			['Events', draft.facts.events.length],
			['Order of events', draft.facts.relations.length],
			['Figures', draft.facts.figures.length],
			['Sources', draft.facts.sources.length],
			['Attributions', draft.facts.attributions.length],
			['Wording', draft.facts.wording.length],
			['Time words', draft.facts.timeWords.length]
		] as const) {
			expect(screen.getByRole('heading', { name: `${name} (${count})` })).toBeInTheDocument();
		}
		expect(screen.getByText('Engineers inspect the bridge')).toBeInTheDocument();
	});

	it('adds an event whose id follows its label, cited by picking words', async () => {
		const { user, draft } = setup();
		await user.click(screen.getByRole('button', { name: 'Add an event to Events' }));
		const label = screen.getByRole('textbox', { name: 'Label (a learner orders these)' });
		expect(label).toHaveFocus();
		await user.type(label, 'The mayor speaks out');
		await user.tab();
		const row = draft.facts.events.at(-1)!;
		expect(row.id).toBe('the-mayor-speaks-out');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'planned');
		await user.click(screen.getByRole('button', { name: 'Choose words: Where the story first tells it' }));
		await pickInStory(user, draft.story.text, 'the mayor said.');
		expect(row).toMatchObject({ label: 'The mayor speaks out', status: 'planned', cite: passage(draft.story.text, 'the mayor said.') });
	});

	it('keeps an id the author typed, and renames every reference with it', async () => {
		const { user, draft } = setup();
		await user.click(screen.getByText('The mayor', { selector: '.title' }));
		const group = screen.getByRole('group', { name: 'source mayor' });
		const id = within(group).getByRole('textbox', { name: 'Id' });
		await user.clear(id);
		await user.type(id, 'riverton-mayor{Enter}');
		expect(draft.facts.sources.find((s) => s.name === 'The mayor')!.id).toBe('riverton-mayor');
		expect(draft.facts.attributions.filter((a) => a.source === 'riverton-mayor')).toHaveLength(2);
	});

	it('warns before deleting a row that others refer to, listing them', async () => {
		const { user, draft } = setup();
		await user.click(screen.getByText('The mayor', { selector: '.title' }));
		await user.click(screen.getByRole('button', { name: 'Delete source mayor' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('attribution not-safe');
		expect(alert).toHaveTextContent('attribution closing');
		expect(draft.facts.sources.map((s) => s.id)).toContain('mayor');
		await user.click(within(alert).getByRole('button', { name: 'Keep it' }));
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Delete source mayor' }));
		await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Delete source mayor' }));
		expect(draft.facts.sources.map((s) => s.id)).toEqual(['council']);
		expect(screen.getByRole('status')).toHaveTextContent('Source “The mayor” deleted.');
	});

	it('deletes a row nothing refers to at once', async () => {
		const { user, draft } = setup();
		await user.click(screen.getByText('The council', { selector: '.title' }));
		await user.click(screen.getByRole('button', { name: 'Delete source council' }));
		expect(draft.facts.sources.map((s) => s.id)).toEqual(['mayor']);
	});

	it('adds a relation between two events chosen by label', async () => {
		const { user, draft } = setup();
		await user.click(screen.getByRole('button', { name: 'Add a relation to Order of events' }));
		await user.selectOptions(screen.getByRole('combobox', { name: 'This event' }), 'The council votes to close the bridge');
		await user.selectOptions(screen.getByRole('combobox', { name: 'happened before this event' }), 'The bridge closes');
		await user.type(screen.getByRole('textbox', { name: 'Why the words establish it' }), 'The vote decides the closing.');
		expect(draft.facts.relations.at(-1)).toMatchObject({ before: 'vote', after: 'close', reason: 'The vote decides the closing.' });
	});

	it('takes the source away when an attribution becomes the reporter’s own voice', async () => {
		const { user, draft } = setup();
		await user.click(screen.getByText('The bridge is not safe', { selector: '.title' }));
		await user.selectOptions(screen.getByRole('combobox', { name: 'Form of words' }), 'reporter-voice');
		expect(draft.facts.attributions[0]).not.toHaveProperty('source');
		expect(screen.getByRole('combobox', { name: 'Source' })).toHaveValue('');
	});

	it('shows problems beside their row and the table they concern', async () => {
		const { user } = setup([
			{ module: 'fixture-story', where: 'figure for', message: 'a count is a finite number' },
			{ module: 'fixture-story', where: 'relations', message: 'the order of happening goes round in a circle: a → b → a' }
		]);
		expect(screen.getByRole('heading', { name: /Order of events/ }).parentElement).toHaveTextContent('goes round in a circle');
		await user.click(screen.getByText('votes for closing', { selector: '.title' }));
		expect(screen.getByRole('group', { name: 'figure for' })).toHaveAccessibleDescription('Problem: a count is a finite number');
	});

	it('has no accessibility violations with a row of every table open', async () => {
		const { user, container } = setup();
		for (const title of ['Engineers inspect the bridge', 'inspect before vote', 'votes for closing', 'The mayor', 'The bridge is not safe', 'on Friday']) {
			await user.click(screen.getAllByText(title, { selector: '.title' })[0]!);
		}
		await expectNoAxeViolations(container);
	});
});
