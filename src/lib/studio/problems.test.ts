import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '$lib/content/load';
import { namesOf, problemsAt } from './problems';

const p = (where: string, path?: string): ContentProblem => ({ module: 'm', where, message: where, ...(path === undefined ? {} : { path }) });

describe('problemsAt', () => {
	const problems = [
		p('question q1'),
		p('question q10'),
		p('questions[2].options[1].text', 'questions[2].options[1].text'),
		p('question q3', 'questions[2].evidence[0]'),
		p('event "Bad id"'),
		p('relation 2 (a before b)'),
		p('relations')
	];

	it('finds a question’s problems by its id and by its JSON path, and no other question’s', () => {
		expect(problemsAt(problems, namesOf('question', 'questions[0]', 'q1')).map((x) => x.where)).toEqual(['question q1']);
		expect(problemsAt(problems, namesOf('question', 'questions[2]', 'q3')).map((x) => x.where)).toEqual([
			'questions[2].options[1].text',
			'question q3'
		]);
	});

	it('finds a row named with its id in quotes, and a relation by its number', () => {
		expect(problemsAt(problems, namesOf('event', 'facts.events[0]', 'Bad id'))).toHaveLength(1);
		expect(problemsAt(problems, ['relation 2', 'facts.relations[1]']).map((x) => x.where)).toEqual(['relation 2 (a before b)']);
		expect(problemsAt(problems, ['relation 1', 'facts.relations[0]'])).toEqual([]);
	});
});
