import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import type { ModuleJson } from './model';
import StoryEditor from './StoryEditor.svelte';
import { fixtureJson, passage } from './testing';

function setup(module: ModuleJson = fixtureJson()) {
	const user = userEvent.setup();
	const draft = $state(module);
	const view = render(StoryEditor, { props: { module: draft } });
	return { user, draft, container: view.container };
}

/** The fixture with nothing cited: no facts, no questions. */
function uncited(): ModuleJson {
	const m = fixtureJson();
	return { ...m, facts: { events: [], relations: [], figures: [], sources: [], attributions: [], wording: [], timeWords: [] }, questions: [] };
}

async function editText(user: ReturnType<typeof userEvent.setup>, change: (text: string) => string) {
	await user.click(screen.getByRole('button', { name: 'Edit the story text' }));
	const box = screen.getByRole('textbox', { name: 'Story text' }) as HTMLTextAreaElement;
	expect(box).toHaveFocus();
	const original = box.value;
	await user.clear(box);
	await user.paste(change(original));
	return box;
}

describe('StoryEditor', { timeout: 60_000 }, () => {
	it('shows the story’s parts, the dateline and numbered sentences', () => {
		const { draft } = setup();
		expect(screen.getByText('Council closes the bridge')).toBeInTheDocument();
		expect(screen.getByText('Paragraph 1')).toBeInTheDocument();
		expect(screen.getByText('RIVERTON, January 1. /Wire/.')).toBeInTheDocument();
		expect(screen.getAllByText(/./, { selector: '.sentence' })).toHaveLength(draft.story.sentences.length);
		expect(screen.getByText(/passages are cited: an edit may not remove cited words/)).toBeInTheDocument();
	});

	it('edits the text freely while nothing is cited, and lays it out again', async () => {
		const { user, draft } = setup(uncited());
		const old = draft.story.text;
		await editText(user, () => old + '\n\nA new last paragraph. It has two sentences.');
		await user.click(screen.getByRole('button', { name: 'Apply the changes' }));
		expect(draft.story.text).toBe(old + '\n\nA new last paragraph. It has two sentences.');
		expect(draft.story.paragraphs).toHaveLength(3);
		expect(draft.story.sentences.slice(-2).map((s) => draft.story.text.slice(s.start, s.end))).toEqual(['A new last paragraph.', 'It has two sentences.']);
		expect(screen.getByRole('button', { name: 'Edit the story text' })).toHaveFocus();
		expect(screen.getByText('Paragraph 3')).toBeInTheDocument();
	});

	it('refuses an edit that removes cited words, lists the citations, and keeps what was typed', async () => {
		const { user, draft } = setup();
		const old = draft.story.text;
		const box = await editText(user, (t) => t.replace('inspected it twice', 'inspected it once'));
		await user.click(screen.getByRole('button', { name: 'Apply the changes' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Not applied');
		expect(alert).toHaveTextContent('event inspect, passage: “Engineers had inspected it twice”');
		expect(draft.story.text).toBe(old);
		expect(box).toHaveValue(old.replace('inspected it twice', 'inspected it once'));
	});

	it('moves citations after an edit with the text', async () => {
		const { user, draft } = setup();
		await editText(user, (t) => t.replace('RIVERTON,', 'OLD RIVERTON,'));
		await user.clear(screen.getByRole('textbox', { name: 'Dateline (opens the first paragraph)' }));
		await user.type(screen.getByRole('textbox', { name: 'Dateline (opens the first paragraph)' }), 'OLD RIVERTON, January 1. /Wire/.');
		await user.click(screen.getByRole('button', { name: 'Apply the changes' }));
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		const inspect = draft.facts.events.find((e) => e.id === 'inspect')!;
		expect(inspect.cite).toEqual(passage(draft.story.text, 'Engineers had inspected it twice'));
		expect(draft.story.text.slice(draft.story.dateline.start, draft.story.dateline.end)).toBe('OLD RIVERTON, January 1. /Wire/.');
	});

	it('finds touched cited words again and warns, listing the citations that moved', async () => {
		const { user, draft } = setup();
		const sentence = 'Engineers had inspected it twice. ';
		await editText(user, (t) => t.replace(sentence, '') + ' ' + sentence.trim());
		await user.click(screen.getByRole('button', { name: 'Apply the changes' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('the same words were found at another place');
		expect(alert).toHaveTextContent('event inspect, passage: “Engineers had inspected it twice”');
		expect(draft.facts.events.find((e) => e.id === 'inspect')!.cite).toEqual(passage(draft.story.text, 'Engineers had inspected it twice'));
		await user.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
	});

	it('refuses a text without its parts, saying what is missing', async () => {
		const { user, draft } = setup(uncited());
		const old = draft.story.text;
		await editText(user, () => 'Only a headline');
		await user.click(screen.getByRole('button', { name: 'Apply the changes' }));
		expect(screen.getByRole('alert')).toHaveTextContent('A story needs a headline, a standfirst and at least one paragraph');
		expect(draft.story.text).toBe(old);
	});

	it('has no accessibility violations, shown or edited', async () => {
		const { user, container } = setup();
		await expectNoAxeViolations(container);
		await user.click(screen.getByRole('button', { name: 'Edit the story text' }));
		await expectNoAxeViolations(container);
	});
});
