import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_FORMS, SOURCE_KINDS } from '../src/lib/content/types';
import { CORPUS_SETS, fillOffsets, locate, occurrences, readCorpus, storyWords, type GoldSpan } from './corpus';

const corpus = CORPUS_SETS.flatMap((set) => readCorpus(set));

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 0-based month of "March", "Sept" or "Nov"; throws on anything else. */
function monthIndex(name: string): number {
	const i = MONTHS.indexOf(name.slice(0, 3));
	if (i === -1) throw new Error(`not a month: ${name}`);
	return i;
}

function isoDay(s: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

describe('locating an annotated text', () => {
	const story = 'In 2012, 12 people left. Then 12 more came, 120 in all.';
	const times = 'At 11.15 p.m., 11 crews and 1,11 buses; 11,';

	it('matches whole words only, so a number inside a longer one does not count', () => {
		expect(occurrences(story, '12')).toEqual([9, 30]);
		expect(occurrences(times, '11')).toEqual([15, 40]);
		expect(locate(story, { text: '12', occurrence: 2 }, 'x')).toEqual({ start: 30, end: 32, text: '12', occurrence: 2 });
	});

	it('refuses a text that repeats without an occurrence, or is missing, or occurs fewer times', () => {
		expect(() => locate(story, { text: '12' }, 'figures[0]')).toThrow('figures[0]: "12" occurs 2 times');
		expect(() => locate(story, { text: '13' }, 'figures[1]')).toThrow('not in the story');
		expect(() => locate(story, { text: '12', occurrence: 3 }, 'figures[2]')).toThrow('only 2 times, not 3');
	});

	it('fills every offset of an annotation, whatever offsets it had before', () => {
		const filled = fillOffsets(story, {
			published: '2025-01-01T00:00:00Z',
			quotes: [],
			figures: [{ text: '120', value: 120, unit: 'person', start: 0, end: 1 }],
			times: [{ text: 'In 2012', date: null, reason: 'a year, not a day' }],
			orderedPairs: [{ before: { text: '12 people left' }, after: { text: 'Then 12 more came' } }]
		});
		expect(filled.figures[0]).toEqual({ start: 44, end: 47, text: '120', value: 120, unit: 'person' });
		expect(filled.times[0]).toMatchObject({ start: 0, end: 7 });
		expect(filled.orderedPairs[0]!.after).toEqual({ start: 25, end: 42, text: 'Then 12 more came' });
	});
});

describe('the gold corpus', () => {
	it('holds 10 development stories and 5 held out, no story in both', () => {
		const dev = readCorpus('dev');
		const heldout = readCorpus('heldout');
		expect(dev.length).toBeGreaterThanOrEqual(10);
		expect(heldout.length).toBeGreaterThanOrEqual(5);
		const devNames = new Set(dev.map((s) => s.name));
		expect(heldout.filter((s) => devNames.has(s.name))).toEqual([]);
	});

	describe.each(corpus.map((s) => [`${s.set}/${s.name}`, s] as const))('%s', (_, { story, gold }) => {
		it('is NFC text with LF line ends, laid out as published line, headline, standfirst, dateline paragraph', () => {
			expect(story.normalize('NFC')).toBe(story);
			expect(story).not.toMatch(/\r/);
			expect(story.endsWith('\n')).toBe(true);
			const blocks = story.trimEnd().split(/\n\n+/);
			expect(blocks[0]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
			expect(blocks.length).toBeGreaterThanOrEqual(5);
			expect(blocks[3]).toMatch(/^[A-Z][A-Z .'-]+, [A-Z][a-z]+ \d{1,2} \([^)]+\) – /);
		});

		it('has between 250 and 900 words', () => {
			const words = storyWords(story);
			expect(words).toBeGreaterThanOrEqual(250);
			expect(words).toBeLessThanOrEqual(900);
		});

		it('gives a published time that matches the published line', () => {
			expect(new Date(gold.published).toISOString()).toBe(gold.published.replace('Z', '.000Z'));
			const day = new Date(gold.published).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
			expect(story.startsWith(day.replace('Sept', 'Sep'))).toBe(true);
		});

		it('cites only exact slices of the story, at the occurrence it names', () => {
			const spans: GoldSpan[] = [...gold.quotes, ...gold.figures, ...gold.times, ...gold.orderedPairs.flatMap((p) => [p.before, p.after])];
			for (const span of spans) {
				expect(story.slice(span.start, span.end), JSON.stringify(span)).toBe(span.text);
				expect(span.text, 'a span stays inside one paragraph and has no outer spaces').toMatch(/^\S(?:[^\n]*\S)?$/);
				expect(span.start, `${span.text} is in the story, not the published line`).toBeGreaterThan(story.indexOf('\n'));
				expect(locate(story, span, 'span')).toMatchObject({ start: span.start, end: span.end });
			}
		});

		it('gives every quote a speaker, a form and a source kind from the content model', () => {
			expect(gold.quotes.length).toBeGreaterThan(0);
			for (const q of gold.quotes) {
				expect(q.speaker.trim(), q.text).not.toBe('');
				expect(ATTRIBUTION_FORMS, q.text).toContain(q.form);
				expect(SOURCE_KINDS, q.text).toContain(q.sourceKind);
				if (q.form === 'direct-quote' || q.form === 'partial-quote') {
					// The words inside the marks, marks left out; a closing comma or full stop left out too; a
					// quotation running on into the next paragraph has no closing mark there.
					expect(story[q.start - 1], `opening mark before ${q.text}`).toMatch(/["“‘']/);
					expect(story.slice(q.end, q.end + 2), `closing mark after ${q.text}`).toMatch(/^[,.;:]?(["”’']|\n)/);
				}
			}
		});

		it('gives every figure a finite value and a unit, a range its top above its bottom', () => {
			for (const f of gold.figures) {
				expect(Number.isFinite(f.value), f.text).toBe(true);
				expect(f.unit, f.text).toMatch(/^(USD|EUR|GBP|percent|percentage point|fraction|times|[a-z][a-zA-Z -]*[a-z])$/);
				if (f.unit !== 'times') expect(f.unit, `${f.text}: units are singular`).not.toMatch(/(?<![su])s$/);
				if (f.max !== undefined) expect(f.max, f.text).toBeGreaterThan(f.value);
			}
		});

		it('resolves each time expression to an ISO day, or says why it cannot', () => {
			for (const t of gold.times) {
				if (t.date === null) expect(t.reason?.trim(), t.text).toBeTruthy();
				else expect(isoDay(t.date), `${t.text}: ${t.date}`).toBe(true);
			}
		});

		it('resolves weekdays, dates and days relative to the dateline to the days they name', () => {
			const dateline = /\n\n[A-Z][A-Z .'-]+, ([A-Z][a-z]+) (\d{1,2}) \(/.exec(story)!;
			const published = new Date(gold.published);
			const filed = new Date(Date.UTC(published.getUTCFullYear(), monthIndex(dateline[1]!), Number(dateline[2])));
			const daysBeforePublication = (published.getTime() - filed.getTime()) / 86_400_000;
			expect(daysBeforePublication).toBeGreaterThanOrEqual(0);
			expect(daysBeforePublication).toBeLessThan(2);
			const day = (offset: number) => new Date(filed.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
			for (const t of gold.times) {
				if (t.date === null) continue;
				const at = new Date(`${t.date}T00:00:00Z`);
				const weekday = WEEKDAYS.find((d) => t.text.includes(d));
				if (weekday) expect(WEEKDAYS[at.getUTCDay()], t.text).toBe(weekday);
				const monthDay = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.? (\d{1,2})\b/.exec(t.text);
				if (monthDay) {
					expect(at.getUTCMonth(), t.text).toBe(monthIndex(monthDay[1]!));
					expect(at.getUTCDate(), t.text).toBe(Number(monthDay[2]));
				}
				if (/\b(today|this morning|this afternoon|tonight|Today)\b/.test(t.text)) expect(t.date, t.text).toBe(day(0));
				if (/\b(yesterday|last night|overnight)\b/.test(t.text)) expect(t.date, t.text).toBe(day(-1));
				if (/\btomorrow\b/.test(t.text)) expect(t.date, t.text).toBe(day(1));
			}
		});

		it('lists every speaker with the ways the story names them, each one found in the story', () => {
			const speakers = gold.speakers ?? {};
			expect(Object.keys(speakers).sort()).toEqual([...new Set(gold.quotes.map((q) => q.speaker))].sort());
			for (const [speaker, mentions] of Object.entries(speakers)) {
				expect(mentions.length, speaker).toBeGreaterThan(0);
				for (const mention of mentions) expect(occurrences(story, mention).length, `${speaker}: ${mention}`).toBeGreaterThan(0);
			}
		});

		it('gives each speaker one kind of source', () => {
			const kinds = new Map<string, string>();
			for (const q of gold.quotes) {
				expect(kinds.get(q.speaker) ?? q.sourceKind, q.speaker).toBe(q.sourceKind);
				kinds.set(q.speaker, q.sourceKind);
			}
		});

		it('orders events without a cycle', () => {
			const key = (s: GoldSpan) => `${s.start}:${s.end}`;
			const next = new Map<string, string[]>();
			for (const p of gold.orderedPairs) {
				expect(key(p.before)).not.toBe(key(p.after));
				next.set(key(p.before), [...(next.get(key(p.before)) ?? []), key(p.after)]);
			}
			const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
				(next.get(from) ?? []).some((n) => n === to || (!seen.has(n) && (seen.add(n), reaches(n, to, seen))));
			for (const p of gold.orderedPairs) expect(reaches(key(p.after), key(p.before)), p.before.text).toBe(false);
		});
	});
});
