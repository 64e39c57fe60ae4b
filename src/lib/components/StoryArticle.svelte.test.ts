import { describe, expect, it } from 'vitest';
import { markPieces } from './StoryArticle.svelte';

const text = 'The council voted 9 to 2 on Tuesday to rebuild the sea wall.';
const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const whole = { start: 0, end: text.length };
const marked = (pieces: ReturnType<typeof markPieces>) => pieces.filter((p) => p.marked).map((p) => p.text);

describe('markPieces', () => {
	it('gives the span as one unmarked piece when nothing is highlighted in it', () => {
		expect(markPieces(text, whole, [])).toEqual([{ text, marked: false, start: 0 }]);
		expect(markPieces(text, at('The council'), [at('sea wall')])).toEqual([{ text: 'The council', marked: false, start: 0 }]);
	});

	it('marks each highlighted passage, every piece a slice of the text at its start', () => {
		const pieces = markPieces(text, whole, [at('sea wall'), at('9 to 2')]);
		expect(marked(pieces)).toEqual(['9 to 2', 'sea wall']);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
		for (const p of pieces) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
	});

	it('joins passages that overlap or touch into one mark, and cuts a passage at the span’s edges', () => {
		expect(marked(markPieces(text, whole, [at('voted 9'), at('9 to 2'), at(' on Tuesday')]))).toEqual(['voted 9 to 2 on Tuesday']);
		const span = at('council voted');
		expect(markPieces(text, span, [at('The council')])).toEqual([
			{ text: 'council', marked: true, start: span.start },
			{ text: ' voted', marked: false, start: span.start + 7 }
		]);
		// A passage inside another adds nothing.
		expect(marked(markPieces(text, whole, [at('rebuild the sea wall'), at('sea')]))).toEqual(['rebuild the sea wall']);
	});
});
