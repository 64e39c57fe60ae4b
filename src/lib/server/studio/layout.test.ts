import { describe, expect, it } from 'vitest';
import { PASTED_STORY } from './fixtures';
import { MAX_STORY_CHARS, moduleFromText, slugFrom } from './layout';

const meta = { publisher: 'Coastal Post', publishedISO: '2025-11-12T18:30:00+00:00', url: 'https://example.org/sea-wall', licence: 'Written for Sourced' };

describe('moduleFromText', () => {
	it('lays a pasted story out as headline, standfirst, dateline and paragraphs, with every span a slice', () => {
		const started = moduleFromText(PASTED_STORY, meta);
		if (!started.ok) throw new Error(started.problems.join('\n'));
		const { story, title, slug, facts, questions } = started.json;
		const slice = (s: { start: number; end: number }) => story.text.slice(s.start, s.end);
		expect(slice(story.headline)).toBe('Harbour town votes to rebuild its sea wall before winter');
		expect(slice(story.standfirst)).toMatch(/^Councillors in Westmere .* October$/);
		expect(slice(story.dateline)).toBe('WESTMERE, November 12 (Coastal Post) —');
		expect(story.paragraphs.map(slice).map((p) => p.slice(0, 12))).toEqual(['WESTMERE, No', '"We cannot a', 'Two councill']);
		expect(slice(story.sentences[0]!)).toMatch(/^The town council voted 9 to 2/);
		expect(story.sentences.map(slice)).toContain('Work is due to start in January and to end by the following October.');
		expect(story.published).toBe('12 November 2025, 18:30');
		expect(story).toMatchObject({ publisher: 'Coastal Post', url: meta.url, licence: meta.licence, publishedISO: meta.publishedISO });
		expect(title).toBe('Harbour town votes to rebuild its sea wall before winter');
		expect(slug).toBe('harbour-town-votes-to-rebuild-its-sea-wall');
		expect(questions).toEqual([]);
		expect(Object.values(facts).every((rows) => Array.isArray(rows) && rows.length === 0)).toBe(true);
	});

	it('takes a publication line above the headline as printed, and reads Windows line endings and single line breaks', () => {
		const pasted = '12 Nov 2025, 18:30\r\n' + PASTED_STORY.replace(/\n\n/g, '\n').replace(/\n/g, '\r\n');
		const started = moduleFromText(pasted, meta);
		if (!started.ok) throw new Error(started.problems.join('\n'));
		expect(started.json.story.published).toBe('12 Nov 2025, 18:30');
		expect(started.json.story.text.startsWith('Harbour town')).toBe(true);
		expect(started.json.story.paragraphs).toHaveLength(3);
		expect(started.json.story.text).not.toContain('\r');
	});

	it('reads the datelines and publication lines the drafter reads: a region after the place, an abbreviated month, an offset', () => {
		const pasted = PASTED_STORY.replace('WESTMERE, November 12 (Coastal Post) —', 'WESTMERE, Cornwall —');
		const started = moduleFromText('Updated: Tue 12 Nov 2025 at 18.30 +00:00\n\n' + pasted, meta);
		if (!started.ok) throw new Error(started.problems.join('\n'));
		const { story } = started.json;
		expect(story.published).toBe('Updated: Tue 12 Nov 2025 at 18.30 +00:00');
		expect(story.text.slice(story.dateline.start, story.dateline.end)).toBe('WESTMERE, Cornwall —');
		const other = moduleFromText(PASTED_STORY.replace('WESTMERE, November 12 (Coastal Post) —', 'WESTMERE, Sept. 10 (Coastal Post) –'), meta);
		if (!other.ok) throw new Error(other.problems.join('\n'));
		expect(other.json.story.text.slice(other.json.story.dateline.start, other.json.story.dateline.end)).toBe('WESTMERE, Sept. 10 (Coastal Post) –');
	});

	it('stores the text in NFC, so a quote typed later matches it', () => {
		const started = moduleFromText(PASTED_STORY.replace('Ana Ruiz', 'Ana Rui\u0301z'), meta);
		if (!started.ok) throw new Error(started.problems.join('\n'));
		expect(started.json.story.text).toContain('Ruíz');
		expect(started.json.story.text).toBe(started.json.story.text.normalize('NFC'));
	});

	it('refuses a story over the size limit with its size, before reading it', () => {
		const started = moduleFromText('word '.repeat(MAX_STORY_CHARS / 2), meta);
		expect(started).toEqual({ ok: false, problems: [expect.stringMatching(/^The story is too long: 250,000 characters/)] });
	});

	it('refuses script and markup in the story and in every field, naming each', () => {
		const started = moduleFromText(PASTED_STORY.replace('Two councillors', '<script>alert(1)</script> Two councillors'), {
			publisher: '<script>x</script>',
			publishedISO: meta.publishedISO,
			url: 'javascript:alert(1)',
			licence: '<img src=x onerror=alert(1)>'
		});
		expect(started.ok).toBe(false);
		if (started.ok) return;
		expect(started.problems).toEqual([
			'The web address must start with http:// or https://.',
			'The publisher contains HTML or script: write it as plain text.',
			'The web address contains HTML or script: write it as plain text.',
			'The licence or permission note contains HTML or script: write it as plain text.',
			'The story contains HTML or script: paste the story’s text as you read it, not the page’s source.'
		]);
	});

	it('asks for a headline, a standfirst and a paragraph, and for the publisher and time', () => {
		const started = moduleFromText('Just one line', { publisher: ' ', publishedISO: 'yesterday' });
		expect(started).toEqual({
			ok: false,
			problems: [
				'Give the publisher: the newspaper, agency or site the story is from.',
				'Give the date and time the story was published.',
				expect.stringMatching(/^A story needs a headline, a standfirst/)
			]
		});
	});
});

describe('slugFrom', () => {
	it('keeps lowercase ASCII words, at most 48 characters', () => {
		expect(slugFrom('Café owners’ “fury” at 2 new rules!')).toBe('cafe-owners-fury-at-2-new-rules');
		expect(slugFrom('¿?')).toBe('story');
		expect(slugFrom('a'.repeat(60))).toBe('story');
	});
});
