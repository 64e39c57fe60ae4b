import { describe, expect, it } from 'vitest';
import { anchorOf } from './anchors';

const ids = ['q-vote', 'q-cost'];
describe('anchorOf', () => {
	it.each([
		[{ where: 'questions[1].options[0].text', path: 'questions[1].options[0].text' }, 'studio-question-2'],
		[{ where: 'question q-cost' }, 'studio-question-2'],
		[{ where: 'question "q-vote"' }, 'studio-question-1'],
		[{ where: 'question q-gone' }, 'studio-questions'],
		[{ where: 'event vote' }, 'studio-facts'],
		[{ where: 'relation 2 (a before b)' }, 'studio-facts'],
		[{ where: 'time word tw-then' }, 'studio-facts'],
		[{ where: 'attribution a-1' }, 'studio-facts'],
		[{ where: 'facts.figures[0].cite', path: 'facts.figures[0].cite' }, 'studio-facts'],
		[{ where: 'story' }, 'studio-story'],
		[{ where: 'story.dateline', path: 'story.dateline' }, 'studio-story'],
		[{ where: 'module' }, 'studio-details'],
		[{ where: 'title', path: 'title' }, 'studio-details']
	])('%o → %s', (problem, anchor) => expect(anchorOf(problem, ids)).toBe(anchor));
});
