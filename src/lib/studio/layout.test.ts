import { describe, expect, it } from 'vitest';
import { layoutText, tidyText } from './layout';
import { fixtureJson } from './testing';

describe('layoutText', () => {
	it('lays the fixture out exactly as the loader did', () => {
		const m = fixtureJson();
		const datelineText = m.story.text.slice(m.story.dateline.start, m.story.dateline.end);
		const { headline, standfirst, dateline, paragraphs, sentences } = m.story;
		expect(layoutText(m.story.text, datelineText)).toEqual({ layout: { headline, standfirst, dateline, paragraphs, sentences } });
	});

	it('accepts a story without a dateline', () => {
		const result = layoutText('Head\n\nStand first.\n\nOne. Two.', '');
		expect(result).toEqual({
			layout: {
				headline: { start: 0, end: 4 },
				standfirst: { start: 6, end: 18 },
				dateline: { start: 20, end: 20 },
				paragraphs: [{ start: 20, end: 29 }],
				sentences: [
					{ start: 20, end: 24 },
					{ start: 25, end: 29 }
				]
			}
		});
	});

	it('names what is missing', () => {
		expect(layoutText('Head\n\nStand first.', '')).toHaveProperty('problem', expect.stringContaining('at least one paragraph'));
		expect(layoutText('Head\n\nStand.\n\nBody.', 'PARIS —')).toHaveProperty('problem', expect.stringContaining('“PARIS —”'));
	});

	it('tidyText keeps the format’s line endings and trims the ends', () => {
		expect(tidyText('\n\nHead\r\n\r\nBody  \n')).toBe('Head\n\nBody');
	});
});
