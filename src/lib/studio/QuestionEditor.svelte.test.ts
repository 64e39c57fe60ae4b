import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '$lib/content/load';
import { QUESTION_KIND_LABELS, QUESTION_KINDS } from '$lib/content/types';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import type { ModuleJson } from './model';
import QuestionEditor from './QuestionEditor.svelte';
import { fixtureJson, passage } from './testing';
import { pickInStory } from './testing-dom';

function setup(problems: ContentProblem[] = [], module: ModuleJson = fixtureJson()) {
	const user = userEvent.setup();
	const draft = $state(module);
	const view = render(QuestionEditor, { props: { module: draft, problems } });
	return { user, draft, container: view.container };
}

function withoutQuestions(): ModuleJson {
	return { ...fixtureJson(), questions: [] };
}

async function addQuestion(user: ReturnType<typeof userEvent.setup>, kind: string) {
	await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of question' }), kind);
	await user.click(screen.getByRole('button', { name: 'Add a question' }));
}

async function cite(user: ReturnType<typeof userEvent.setup>, toggleName: string, text: string, quote: string) {
	await user.click(screen.getByRole('button', { name: toggleName }));
	await pickInStory(user, text, quote);
}

// The machine these run on is shared and slow; typing through a whole question takes seconds.
describe('QuestionEditor', { timeout: 60_000 }, () => {
	it('lists the questions closed, each with its kind and stem', () => {
		const { draft } = setup();
		const summaries = screen.getAllByText(/^Question \d+$/);
		expect(summaries).toHaveLength(draft.questions.length);
		expect(screen.getByText(draft.questions[0]!.stem.slice(0, 40), { exact: false })).toBeInTheDocument();
	});

	it('adds a question of every kind, open, with focus on its first field', async () => {
		const { user, draft } = setup();
		const before = draft.questions.length;
		for (const kind of QUESTION_KINDS) {
			await addQuestion(user, kind);
			const added = draft.questions.at(-1)!;
			expect(added.kind).toBe(kind);
			expect(screen.getByRole('status')).toHaveTextContent(`Question ${draft.questions.length} added: ${QUESTION_KIND_LABELS[kind]}.`);
			expect(document.activeElement).toHaveAccessibleName('Id');
			expect(document.activeElement).toHaveValue(added.id);
		}
		expect(draft.questions.length).toBe(before + QUESTION_KINDS.length);
		expect(new Set(draft.questions.map((q) => q.id)).size).toBe(draft.questions.length);
	});

	it('builds a single-choice question: stem, options, the right one, feedback and evidence', async () => {
		const { user, draft } = setup([], withoutQuestions());
		await addQuestion(user, 'single');
		await user.type(screen.getByRole('textbox', { name: 'Stem (the question asked)' }), 'Who voted?');
		await user.type(screen.getByRole('textbox', { name: 'Option a: text' }), 'The council');
		await user.type(screen.getByRole('textbox', { name: 'Option b: text' }), 'The mayor');
		await user.type(screen.getByRole('textbox', { name: 'Option b: feedback when chosen' }), 'The mayor spoke.');
		await user.click(screen.getByRole('button', { name: 'Add an option' }));
		await user.type(screen.getByRole('textbox', { name: 'Option c: text' }), 'Engineers');
		await user.click(screen.getByRole('radio', { name: 'Option c is right' }));
		await user.click(screen.getByRole('radio', { name: 'Option a is right' }));
		await user.type(screen.getByRole('textbox', { name: 'Explanation (why the answer is right)' }), 'The story says so.');
		await cite(user, 'Choose words: Evidence 1 (new)', draft.story.text, 'The council voted to close the bridge');
		const q = draft.questions[0]!;
		expect(q).toMatchObject({
			kind: 'single',
			stem: 'Who voted?',
			answer: 'a',
			explanation: 'The story says so.',
			options: [
				{ id: 'a', text: 'The council' },
				{ id: 'b', text: 'The mayor', feedback: 'The mayor spoke.' },
				{ id: 'c', text: 'Engineers', feedback: '' }
			],
			evidence: [passage(draft.story.text, 'The council voted to close the bridge')]
		});
		expect(q.kind === 'single' && q.options[0]!.feedback).toBeUndefined();
	});

	it('builds a multiple-select answer from ticked options', async () => {
		const { user, draft } = setup([], withoutQuestions());
		await addQuestion(user, 'multiple');
		await user.click(screen.getByRole('checkbox', { name: 'Option c is right' }));
		expect(draft.questions[0]!.answer).toEqual(['a', 'c']);
		await user.click(screen.getByRole('checkbox', { name: 'Option a is right' }));
		expect(draft.questions[0]!.answer).toEqual(['c']);
		expect(screen.getByRole('textbox', { name: 'Option a: feedback when chosen' })).toBeInTheDocument();
	});

	it('builds a true/false/not-stated question with feedback for the two wrong choices', async () => {
		const { user, draft } = setup([], withoutQuestions());
		await addQuestion(user, 'tfn');
		await user.type(screen.getByRole('textbox', { name: 'Statement' }), 'The bridge is closed already.');
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.type(screen.getByRole('textbox', { name: 'Feedback for “True”' }), 'It closes on Friday.');
		expect(screen.queryByRole('textbox', { name: 'Feedback for “False”' })).not.toBeInTheDocument();
		expect(draft.questions[0]).toMatchObject({ answer: 'false', statement: 'The bridge is closed already.', feedback: { true: 'It closes on Friday.', 'not-stated': '' } });
	});

	it('builds an ordering from the events, with the answer and the shown order set apart', async () => {
		const { user, draft } = setup([], withoutQuestions());
		await addQuestion(user, 'ordering');
		const add = async (label: string) => {
			await user.selectOptions(screen.getByRole('combobox', { name: 'Event to add' }), label);
			await user.click(screen.getByRole('button', { name: 'Add the event' }));
		};
		await add('The council votes to close the bridge');
		await add('Engineers inspect the bridge');
		await user.click(screen.getByRole('button', { name: 'Move up “Engineers inspect the bridge” in the answer' }));
		const q = draft.questions[0]!;
		expect(q.kind === 'ordering' && [q.answer, q.items]).toEqual([
			['inspect', 'vote'],
			['vote', 'inspect']
		]);
		await user.click(screen.getByRole('button', { name: 'Remove “The council votes to close the bridge” as shown' }));
		expect(q.kind === 'ordering' && [q.answer, q.items]).toEqual([['inspect'], ['inspect']]);
	});

	it('builds a numeric question: value, change, units and a likely wrong value', async () => {
		const { user, draft } = setup([], withoutQuestions());
		await addQuestion(user, 'numeric');
		const value = screen.getByRole('textbox', { name: 'Right value' });
		await user.clear(value);
		await user.type(value, '5');
		await user.selectOptions(screen.getByRole('combobox', { name: 'The figure is' }), 'decrease');
		await user.type(screen.getByRole('textbox', { name: 'Unit words' }), 'votes{Enter}vote');
		await user.click(screen.getByRole('button', { name: 'Add a wrong value' }));
		await user.type(screen.getByRole('textbox', { name: 'Wrong value 1' }), '7');
		await user.type(screen.getByRole('textbox', { name: 'Feedback for wrong value 1' }), 'That is the votes for.');
		expect(draft.questions[0]).toMatchObject({
			answer: { type: 'integer', value: 5, change: 'decrease' },
			units: ['votes', 'vote'],
			wrongValues: [{ value: 7, feedback: 'That is the votes for.' }]
		});
		await user.selectOptions(screen.getByRole('combobox', { name: 'The answer is' }), 'date');
		await user.type(screen.getByRole('textbox', { name: 'Right date' }), '2020-01-03');
		expect(draft.questions[0]).toMatchObject({ answer: { type: 'date', iso: '2020-01-03' } });
	});

	it('builds a matching question: choices, prompts and each prompt’s match', async () => {
		const { user, draft } = setup([], withoutQuestions());
		await addQuestion(user, 'matching');
		await user.type(screen.getByRole('textbox', { name: 'Choice c1' }), 'The mayor');
		await user.type(screen.getByRole('textbox', { name: 'Choice c2' }), 'The reporter');
		await user.type(screen.getByRole('textbox', { name: 'Prompt p1' }), '“It is not safe”');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Prompt p1 matches' }), 'The mayor');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Prompt p2 matches' }), 'The reporter');
		expect(draft.questions[0]!.answer).toEqual({ p1: 'c1', p2: 'c2' });
		await user.click(screen.getByRole('button', { name: 'Delete choice c2' }));
		expect(draft.questions[0]!.answer).toEqual({ p1: 'c1' });
	});

	it('keeps an evidence question’s key the same as its evidence', async () => {
		const { user, draft } = setup([], withoutQuestions());
		await addQuestion(user, 'evidence');
		await user.type(screen.getByRole('textbox', { name: 'Claim to support' }), 'Engineers checked the bridge.');
		await cite(user, 'Choose words: Evidence 1 (new)', draft.story.text, 'Engineers had inspected it twice.');
		const q = draft.questions[0]!;
		expect(q.evidence).toEqual([passage(draft.story.text, 'Engineers had inspected it twice.')]);
		expect(q.answer).toEqual(q.evidence);
	});

	it('reorders and deletes questions, announcing each change', async () => {
		const { user, draft } = setup();
		const ids = draft.questions.map((q) => q.id);
		await user.click(screen.getByText('Question 2'));
		await user.click(screen.getByRole('button', { name: `Move up question ${ids[1]}` }));
		expect(draft.questions.map((q) => q.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
		expect(screen.getByRole('status')).toHaveTextContent(`Question ${ids[1]} moved to place 1 of ${ids.length}.`);
		await user.click(screen.getByRole('button', { name: `Delete question ${ids[1]}` }));
		await user.click(within(screen.getByRole('alert')).getByRole('button', { name: `Delete question ${ids[1]}` }));
		expect(draft.questions.map((q) => q.id)).toEqual([ids[0], ...ids.slice(2)]);
		expect(screen.getByRole('heading', { name: /Questions/ })).toHaveFocus();
	});

	it('shows each problem beside its question, named by id or by JSON path, and describes the fields with it', async () => {
		const module = fixtureJson();
		const [first, second] = module.questions;
		const { user } = setup([
			{ module: module.slug, where: `question ${first!.id}`, message: 'the stem is missing' },
			{ module: module.slug, where: 'questions[1].options[0].text', message: 'option a has no text' }
		]);
		expect(screen.getAllByText('1 problem')).toHaveLength(2);
		await user.click(screen.getByText('Question 1'));
		const stem = screen.getAllByRole('textbox', { name: 'Stem (the question asked)' })[0]!;
		expect(stem).toHaveAccessibleDescription('Problem: the stem is missing');
		await user.click(screen.getByText('Question 2'));
		expect(screen.getByRole('group', { name: `Question 2 (${second!.id})` })).toHaveTextContent('option a has no text');
	});

	it('has no accessibility violations with a question of each kind open', async () => {
		const { user, container } = setup([], withoutQuestions());
		for (const kind of QUESTION_KINDS) await addQuestion(user, kind);
		await expectNoAxeViolations(container);
	}, 180_000);
});
