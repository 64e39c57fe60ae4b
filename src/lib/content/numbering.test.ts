import { describe, expect, it } from 'vitest';
import { questionLabel, questionNumber, questionNumbers, shortLabel } from './numbering';

const module = { questions: [{ id: 'seq-lead' }, { id: 'seq-order' }, { id: 'num-eight' }] };

describe('question numbering', () => {
	it('numbers questions by their place in the module, from 1', () => {
		expect([...questionNumbers(module)]).toEqual([
			['seq-lead', 1],
			['seq-order', 2],
			['num-eight', 3]
		]);
		expect(questionNumber(module, 'num-eight')).toBe(3);
	});

	it('has no number for a question the module does not hold', () => {
		expect(questionNumber(module, 'gone')).toBeNull();
		expect(questionNumbers(module).get('gone')).toBeUndefined();
	});

	it('writes the short and the long label', () => {
		expect(shortLabel(7)).toBe('Q7');
		expect(questionLabel(7, 'seq-lead')).toBe('Q7 · seq-lead');
	});
});
