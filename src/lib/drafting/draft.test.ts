import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource } from '$lib/content/authoring';
import { QUESTION_KINDS, SKILLS, type StoryModule } from '$lib/content/types';
import { LIMITS, parseModuleJson } from '$lib/content/module-json';
import { articleFromHtml } from '$lib/server/studio/html';
import { draftModule, MAX_STORY_CHARS } from './draft';

const ferry = readFileSync(new URL('./fixtures/ferry-story.txt', import.meta.url), 'utf8');

/** Every passage the module cites, anywhere. */
function citations(m: StoryModule) {
	return [
		...m.events.flatMap((e) => [e.cite, ...(e.otherMentions ?? [])]),
		...m.relations.map((r) => r.cite),
		...m.figures.map((f) => f.cite),
		...m.attributions.map((a) => a.cite),
		...m.wording.map((w) => w.cite),
		...m.timeWords.map((t) => t.cite),
		...m.questions.flatMap((q) => q.evidence)
	];
}
function expectSlices(m: StoryModule) {
	for (const c of citations(m)) expect(m.story.text.slice(c.start, c.end)).toBe(c.quote);
}

describe('draftModule on a 400-word story', () => {
	const result = draftModule(ferry);
	const m = result.module!;

	it('drafts a module that passes the content checks, with every citation a slice of the text', () => {
		expect(result.problems).toEqual([]);
		expect(m).toBeDefined();
		expect(m.story.text).toBe(ferry.normalize('NFC').split('\n').slice(2).join('\n').trim());
		expectSlices(m);
		// The stored format accepts it as it stands: runtime schema, limits and content rules.
		expect(parseModuleJson(JSON.parse(result.text!)).problems).toEqual([]);
		// Round trip: the exported JSON's passages are exact slices too.
		for (const q of result.json!.questions) for (const e of q.evidence) expect(result.json!.story.text.slice(e.start, e.end)).toBe(e.quote);
	});

	it('drafts at least 24 questions, at least 6 per skill, of all seven kinds', () => {
		expect(m.questions.length).toBeGreaterThanOrEqual(24);
		for (const skill of SKILLS) expect(m.questions.filter((q) => q.skill === skill).length, skill).toBeGreaterThanOrEqual(6);
		expect(new Set(m.questions.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
	});

	it('never asks the same open question twice: a date per event, a sentence per figure and unit', () => {
		// A numeric or evidence question is its stem alone; two with one stem would read the same and could want different answers.
		const stems = m.questions.filter((q) => q.kind === 'numeric' || q.kind === 'evidence').map((q) => q.stem);
		expect(stems.filter((s, i) => stems.indexOf(s) !== i)).toEqual([]);
		const page = draftModule('10 Sep 2025, 14:30\n\nFerry cut\n\nFewer sailings\n\nPORTHAVEN, Sept. 10 (Coastline News) – The ferry will run 8 sailings a day instead of 12 from Monday, its operator said on Wednesday.');
		// Two events, each with its own date: the sailings cut from Monday, and the operator's statement on Wednesday.
		const dates = page.module!.questions.filter((q) => q.kind === 'numeric' && q.answer.type === 'date');
		expect(dates.map((q) => q.kind === 'numeric' && q.answer.type === 'date' && q.answer.iso)).toEqual(['2025-09-15', '2025-09-10']);
		expect(new Set(dates.map((q) => q.stem)).size).toBe(dates.length);
	});

	it('marks every fact and question as drafted, with its rule and a confidence', () => {
		const rows = [...m.events, ...m.relations, ...m.figures, ...m.sources, ...m.attributions, ...m.wording, ...m.timeWords, ...m.questions];
		for (const row of rows) {
			expect(row.draft?.rule).toMatch(/^[a-z-]+$/);
			expect(row.draft!.confidence).toBeGreaterThan(0);
			expect(row.draft!.confidence).toBeLessThanOrEqual(1);
		}
	});

	it('asks for numbers the text prints and orders the relations establish', () => {
		for (const q of m.questions) {
			if (q.kind === 'numeric' && q.answer.type === 'integer' && !q.answer.change) {
				const figure = m.figures.find((f) => f.id === q.facts![0])!;
				expect(figure.value).toBe(q.answer.value);
				expect(q.evidence[0]!.quote).toContain(figure.cite.quote);
			}
		}
		const ordering = m.questions.filter((q) => q.kind === 'ordering');
		expect(ordering.length).toBeGreaterThan(0);
		// checkModule refuses an ordering the relations do not establish; re-checking the draft as data proves it.
		expect(checkSource({ ...asSource(m) }).problems).toEqual([]);
	});

	it('finds the figures, the change, the quotes and the speakers of the story', () => {
		const x = result.extraction!;
		expect(x.changes.map((c) => [c.text, c.by])).toContainEqual(['from 12 to 8', 4]);
		const speakers = new Set(x.quotes.filter((q) => q.form === 'direct-quote').map((q) => q.speaker?.name));
		expect(speakers).toEqual(new Set(['Helen Marsh', 'Tom Riley', 'Anna Price']));
		expect(x.quotes.find((q) => q.form === 'declined')?.speaker?.name).toBe('Bayline Ferries');
		expect(m.wording.map((w) => w.cite.quote)).toContain('allegedly');
		const gannet = m.timeWords.find((t) => t.cite.quote === 'on Sept. 2');
		expect(gannet?.date).toBe('2025-09-02');
	});
});

/** A loaded module back to the authored shape, cites as {quote, occurrence}. */
function asSource(m: StoryModule) {
	const occ = (c: { quote: string; start: number }) => {
		let n = 0;
		for (let at = m.story.text.indexOf(c.quote); at !== -1 && at <= c.start; at = m.story.text.indexOf(c.quote, at + 1)) n++;
		return { quote: c.quote, occurrence: n };
	};
	return {
		slug: m.slug,
		title: m.title,
		summary: m.summary,
		storyFile: `${m.story.published}\n\n${m.story.text}\n`,
		story: { publisher: m.story.publisher, chrome: [], published: m.story.published, publishedISO: m.story.publishedISO, dateline: m.story.text.slice(m.story.dateline.start, m.story.dateline.end) },
		events: m.events.map((e) => ({ ...e, cite: occ(e.cite), otherMentions: (e.otherMentions ?? []).map(occ) })),
		relations: m.relations.map((r) => ({ ...r, cite: occ(r.cite) })),
		figures: m.figures.map((f) => ({ ...f, cite: occ(f.cite) })),
		sources: m.sources,
		attributions: m.attributions.map((a) => ({ ...a, cite: occ(a.cite) })),
		wording: m.wording.map((w) => ({ ...w, cite: occ(w.cite) })),
		timeWords: m.timeWords.map((t) => ({ ...t, cite: occ(t.cite) })),
		questions: m.questions.map((q) => ({ ...q, evidence: q.evidence.map(occ) }))
	};
}

describe('draftModule on bad input', () => {
	it('says the story is empty', () => {
		for (const empty of ['', '   \n\n  ']) {
			const r = draftModule(empty);
			expect(r.module).toBeUndefined();
			expect(r.messages[0]).toMatch(/empty/);
		}
	});
	it('refuses a megabyte of text with a clear message', () => {
		const r = draftModule('word '.repeat(210_000));
		expect(r.messages[0]).toMatch(/1050 thousand characters/);
		expect(r.module).toBeUndefined();
		expect(r.messages[0]).toMatch(new RegExp(`up to ${MAX_STORY_CHARS / 1000} thousand`));
	});
	it('says what is missing when the text has no blocks to lay out', () => {
		const r = draftModule('Just one line with no layout');
		expect(r.module).toBeUndefined();
		expect(r.messages[0]).toMatch(/headline, a standfirst and at least one paragraph/);
	});
	it('drafts something smaller, never a broken citation, from text with no sentences or no quotes', () => {
		for (const text of ['2 Jan 2025, 10:00\n\n***\n\n---\n\n...', '2 Jan 2025, 10:00\n\nRain\n\nMore rain\n\nIt rained on Monday. The river rose from 2 to 5 metres. Then it fell.']) {
			const r = draftModule(text);
			expect(r.problems).toEqual([]);
			if (r.module) expectSlices(r.module);
			expect(r.messages.join(' ')).toMatch(/No quotes|No (?:sequence|numbers|sources) questions/);
		}
	});
	it('drafts from a story made only of quotes', () => {
		const r = draftModule('2 Jan 2025, 10:00\n\n"We won"\n\n"It was hard," she said.\n\n"We will go on," said Kim Lee. "Always."\n\n"Never again," Lee added.');
		expect(r.problems).toEqual([]);
		expectSlices(r.module!);
		expect(r.module!.attributions.every((a) => a.form === 'direct-quote')).toBe(true);
	});
	it('reads a story in another language without crashing, and says what it could not find', () => {
		const r = draftModule('3 mars 2025, 10:00\n\nLe conseil ferme l’école\n\nLes parents protestent\n\nLILLE, 3 mars (AFP) – Le conseil municipal a voté lundi la fermeture de l’école. « C’est une honte », a déclaré Marie Dupont. 北京的学校也关闭了。');
		expect(r.problems).toEqual([]);
		expectSlices(r.module!);
		// French quotation marks and verbs are not read: the teacher is told what is missing, not given a guess.
		expect(r.messages).toEqual(expect.arrayContaining(['No quotes or attributed statements found.', expect.stringMatching(/^No sources questions/)]));
	});
	it('drafts from a story just under the length limit, within every table limit, every citation a slice', { timeout: 120_000 }, () => {
		// Hundreds of figures in different sentences: more than a module's table holds.
		const sentence = (i: number) => `Boat ${'ABCDEFGHIJ'[i % 10]}${i} carried ${i + 40} people and ${i % 50 + 2} tonnes of grain, the port said. `;
		let body = '';
		for (let i = 0; body.length < MAX_STORY_CHARS - 200; i++) body += (i % 8 === 7 ? '\n\n' : '') + sentence(i);
		const r = draftModule(`2 Jan 2025, 10:00\n\nGrain boats\n\nThe port counts its boats\n\n${body.slice(0, MAX_STORY_CHARS - 200)}`);
		expect(r.problems).toEqual([]);
		const m = r.module!;
		expect(m.figures).toHaveLength(LIMITS.factRows);
		for (const table of [m.events, m.relations, m.sources, m.attributions, m.wording, m.timeWords]) expect(table.length).toBeLessThanOrEqual(LIMITS.factRows);
		expectSlices(m);
	});
	it('drafts from a paragraph with no full stop in it, or thousands of quotes, without choking', { timeout: 120_000 }, () => {
		for (const run of ['the river rose 12 centimetres and "the man said" it would fall soon, ', '"We won," she said. ']) {
			const r = draftModule(`2 Jan 2025, 10:00\n\nFlood\n\nRiver rises\n\n${run.repeat(Math.floor((MAX_STORY_CHARS - 100) / run.length))}`);
			expect(r.problems).toEqual([]);
			expectSlices(r.module!);
		}
	});
	it('says a story is too long to draft when it has more time words than a module holds', { timeout: 120_000 }, () => {
		const run = 'the river rose 12 centimetres and "the man said" it would fall by Monday, ';
		const r = draftModule(`2 Jan 2025, 10:00\n\nFlood\n\nRiver rises\n\n${run.repeat(Math.floor((MAX_STORY_CHARS - 100) / run.length))}`);
		expect(r.module).toBeUndefined();
		expect(r.messages).toContainEqual(expect.stringMatching(new RegExp(`^The story is too long to draft as one module: it has [\\d,]+ time words, and a module holds at most ${LIMITS.factRows}\\. Draft from a shorter part of it\\.$`)));
	});
	it('drafts from a story that tells a sentence twice (a standfirst repeated as the lead)', () => {
		const r = draftModule(`2 Jan 2025, 10:00\n\nBridge shut after cracks found\n\nThe river bridge shut on Monday after engineers found cracks.\n\nLONDON, Jan 2 (Wire) – The river bridge shut on Monday after engineers found cracks. About 4,000 drivers a day use it, the council said. "We had no choice," said Ann Lee, the council's engineer.\n\nThe river bridge shut on Monday after engineers found cracks. A ferry will run from Friday.`);
		expect(r.problems).toEqual([]);
		const m = r.module!;
		expectSlices(m);
		// Each telling of "Monday" is in the time-word table, each dated to the same day.
		const mondays = m.timeWords.filter((t) => t.cite.quote === 'Monday' || t.cite.quote.includes('Monday'));
		expect(mondays).toHaveLength(3);
		expect(new Set(mondays.map((t) => t.date))).toEqual(new Set(['2024-12-30']));
	});
	it('reads Chinese text, whose sentences end without a space, without crashing', () => {
		const r = draftModule('2 Jan 2025, 10:00\n\n学校关闭\n\n家长抗议\n\n北京的学校周一关闭了。家长们很生气！“这是耻辱，”一位母亲说。'.repeat(1));
		expect(r.problems).toEqual([]);
		if (r.module) expectSlices(r.module);
		else expect(r.messages.length).toBeGreaterThan(0);
	});
	it('rejects a published time that is not a date', () => {
		const r = draftModule(ferry, { published: 'yesterday-ish' });
		expect(r.module).toBeUndefined();
		expect(r.messages[0]).toMatch(/not an ISO date-time/);
	});
	it('takes the article out of a page with scripts, and none of the script', () => {
		const html = `<!doctype html><html><head><title>Ferry cut</title><meta property="article:published_time" content="2025-09-10T14:30:00Z"><script>var secret = "do not read me";</script></head>
			<body><nav>Home | News</nav><article><h1>Island ferry service cut</h1><p>Operator blames a shortage of parts; residents say the cut will strand workers.</p>
			<p>PORTHAVEN, Sept. 10 (Coastline News) – The ferry will run 8 sailings a day instead of 12 from Monday, its operator said on Wednesday.</p>
			<script>document.write("injected text")</script>
			<p>"We cannot sail boats we do not trust," said Helen Marsh, the chief executive. About 1,900 people live on the island, and 350 of them commute each weekday.</p></article></body></html>`;
		const page = articleFromHtml(new TextEncoder().encode(html));
		if (!page.ok) throw new Error(page.problem);
		expect(page.article.text).not.toMatch(/secret|injected|Home \| News/);
		expect(page.article.publishedISO).toBe('2025-09-10T14:30:00Z');
		const r = draftModule(page.article.text, { published: page.article.publishedISO! });
		expect(r.problems).toEqual([]);
		expectSlices(r.module!);
		expect(r.module!.story.text.startsWith('Ferry cut') || r.module!.story.text.startsWith('Island ferry service cut')).toBe(true);
	});
});
