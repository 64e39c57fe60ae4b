import { describe, expect, it } from 'vitest';
import { fixtureSource } from './fixtures';
import { checkSource, loadSource } from './authoring';
import { ContentError } from './load';
import { leadOf, partAt } from './story';
import type { ModuleSource, Question } from './types';

/** The problems a broken copy of the fixture produces, as "where: message" lines. */
function problemsAfter(breakIt: (source: ModuleSource) => void): string[] {
	const source = structuredClone(fixtureSource());
	breakIt(source);
	const { module, problems } = checkSource(source);
	expect(module).toBeUndefined();
	return problems.map((p) => `${p.where}: ${p.message}${p.quote ? ` [${p.quote}]` : ''}`);
}

function question<K extends Question['kind']>(source: ModuleSource, kind: K): Extract<Question, { kind: K }> {
	return source.questions.find((q) => q.kind === kind) as Extract<Question, { kind: K }>;
}

describe('checkModule on a valid module', () => {
	it('resolves every passage to offsets into the story text', () => {
		const { module, problems } = checkSource(fixtureSource());
		expect(problems).toEqual([]);
		expect(module!.story.text.startsWith('Council closes the bridge')).toBe(true);
		const cited = [
			...module!.events.map((e) => e.cite),
			...module!.figures.map((f) => f.cite),
			...module!.attributions.map((a) => a.cite),
			...module!.questions.flatMap((q) => q.evidence)
		];
		expect(cited).toHaveLength(4 + 2 + 3 + 4);
		for (const e of cited) expect(module!.story.text.slice(e.start, e.end)).toBe(e.quote);
	});

	it('lays out headline, standfirst, dateline, paragraphs and sentences', () => {
		const { story } = loadSource(fixtureSource());
		const slice = (s: { start: number; end: number }) => story.text.slice(s.start, s.end);
		expect(slice(story.headline)).toBe('Council closes the bridge');
		expect(slice(story.standfirst)).toBe('The mayor said the bridge will close on Friday');
		expect(slice(story.dateline)).toBe('RIVERTON, January 1. /Wire/.');
		expect(slice(leadOf(story))).toBe('The council voted to close the bridge. "It is not safe," the mayor said.');
		expect(story.paragraphs).toHaveLength(2);
		expect(story.sentences.map(slice)).toEqual([
			'The council voted to close the bridge.',
			'"It is not safe," the mayor said.',
			'Engineers had inspected it twice.',
			'The mayor said the vote was 7 to 2.'
		]);
		expect(story.published).toBe('1 Jan 2020, 09:00');
	});

	it('tells which part of the story each passage stands in, from the headline to the body', () => {
		const { story, events } = loadSource(fixtureSource());
		const part = (quote: string) => partAt(story, story.text.indexOf(quote));
		expect(['Council', 'Friday', 'RIVERTON', '/Wire/.', 'The council voted', 'not safe', 'Engineers', '7 to 2'].map(part)).toEqual([
			'headline',
			'standfirst',
			'dateline',
			'dateline',
			'lead',
			'lead',
			'body',
			'body'
		]);
		const vote = events.find((e) => e.id === 'vote')!;
		expect(part(vote.cite.quote)).toBe('headline');
		expect(vote.otherMentions!.map((m) => story.text.slice(m.start, m.end))).toEqual([
			'The council voted to close the bridge',
			'the vote was 7 to 2'
		]);
	});

	it('gives a content version that changes when the content does', () => {
		const a = loadSource(fixtureSource()).version;
		const changed = fixtureSource();
		changed.questions[0]!.stem = 'Who called the bridge unsafe?';
		expect(loadSource(fixtureSource()).version).toBe(a);
		expect(loadSource(changed).version).not.toBe(a);
		expect(a).toMatch(/^[0-9a-f]{8}$/);
	});
});

describe('each check fires on a broken module', () => {
	it('names the module, the question and the quote that does not occur', () => {
		const source = fixtureSource();
		source.questions[0]!.evidence = ['"It is unsafe," the mayor said.'];
		expect(() => loadSource(source)).toThrowError(ContentError);
		expect(() => loadSource(source)).toThrowError(
			'fixture-story: question q1: the quote does not occur in the story — ""It is unsafe," the mayor said."'
		);
	});

	it('refuses a quote that occurs twice unless the occurrence is named', () => {
		expect(problemsAfter((s) => (s.questions[0]!.evidence = ['The mayor said']))).toEqual([
			'question q1: the quote occurs 2 times; say which with { quote, occurrence: 1..2 } [The mayor said]'
		]);
		const named = fixtureSource();
		named.questions[0]!.evidence = [{ quote: 'The mayor said', occurrence: 2 }];
		const { module } = checkSource(named);
		const e = module!.questions[0]!.evidence[0]!;
		expect(e.start).toBe(module!.story.text.lastIndexOf('The mayor said'));
		expect(problemsAfter((s) => (s.questions[0]!.evidence = [{ quote: 'The mayor said', occurrence: 3 }]))).toEqual([
			'question q1: occurrence 3 asked for, but the quote occurs 2 time(s) [The mayor said]'
		]);
	});

	it('refuses quotes with padding and empty quotes', () => {
		expect(problemsAfter((s) => (s.events[0]!.cite = ' Engineers had inspected'))).toEqual([
			'event inspect: the quote starts or ends with white space [ Engineers had inspected]'
		]);
		expect(problemsAfter((s) => (s.figures[0]!.cite = ''))).toEqual(['figure for: the quote is empty']);
	});

	it('refuses a story whose layout differs from the one declared', () => {
		expect(problemsAfter((s) => (s.story.chrome = ['All news']))).toEqual(['story: expected the chrome line "All news"']);
		expect(problemsAfter((s) => (s.story.dateline = 'LONDON, January 1.'))).toEqual([
			'story: expected the first paragraph to open with the dateline "LONDON, January 1."'
		]);
		expect(problemsAfter((s) => (s.story.published = '2 Jan 2020'))).toEqual([
			'story: expected the publication time "2 Jan 2020" after the chrome'
		]);
	});

	it('checks references between the tables', () => {
		expect(problemsAfter((s) => (s.attributions[0]!.source = 'engineers'))).toEqual([
			'attribution not-safe: there is no source "engineers"'
		]);
		expect(problemsAfter((s) => (s.relations[0]!.after = 'collapse'))).toEqual([
			'relation 1 (inspect before collapse): there is no event "collapse"',
			'question q2: the story does not establish that "inspect" happened before "vote"'
		]);
		expect(problemsAfter((s) => (s.questions[0]!.facts = ['nope']))).toEqual(['question q1: refers to an unknown fact "nope"']);
		expect(problemsAfter((s) => s.events.push({ ...s.events[0]! }))).toContain('event inspect: the id is used twice');
	});

	it('holds every event to its first telling, wherever in the story that is', () => {
		// Cited in the lead, though the headline (declared as another mention) tells it first.
		expect(
			problemsAfter((s) => {
				const vote = s.events.find((e) => e.id === 'vote')!;
				vote.cite = 'The council voted to close the bridge';
				vote.otherMentions = ['Council closes the bridge'];
			})
		).toEqual(['event vote: a declared mention comes before the cite, in the headline: cite the first telling [Council closes the bridge]']);
		// The cited words themselves occur earlier: in the standfirst.
		expect(problemsAfter((s) => (s.events.find((e) => e.id === 'quote')!.cite = { quote: 'The mayor said', occurrence: 2 }))).toEqual([
			'event quote: these words occur earlier, in the standfirst: cite the event where the story first tells it [The mayor said]'
		]);
		// A mention's words occur before the cite, undeclared there.
		expect(
			problemsAfter((s) => {
				const vote = s.events.find((e) => e.id === 'vote')!;
				vote.cite = 'the vote was 7 to 2';
				vote.otherMentions = ['The council voted to close the bridge'];
			})
		).toEqual(['event vote: a declared mention comes before the cite, in the lead: cite the first telling [The council voted to close the bridge]']);
		expect(problemsAfter((s) => (s.events.find((e) => e.id === 'vote')!.otherMentions = ['Council closes the bridge']))).toEqual([
			'event vote: a declared mention repeats the cite [Council closes the bridge]'
		]);
		expect(problemsAfter((s) => (s.events.find((e) => e.id === 'vote')!.otherMentions = ['The council voted to open']))).toEqual([
			'event vote: the quote does not occur in the story [The council voted to open]'
		]);
	});

	it('keeps the source and the form of words apart, and holds each to the story', () => {
		const attribution = (s: ModuleSource, id: string) => s.attributions.find((a) => a.id === id)!;
		expect(problemsAfter((s) => (attribution(s, 'twice').source = 'mayor'))).toEqual([
			'attribution twice: words in the reporter’s own voice have no source: leave the source out'
		]);
		expect(problemsAfter((s) => delete attribution(s, 'closing').source)).toEqual([
			'attribution closing: name the source, or give the form as reporter-voice'
		]);
		expect(problemsAfter((s) => ((s.sources[1] as { kind: string }).kind = 'no-source'))).toEqual([
			'source council: kind must be "named-person", "named-institution" or "anonymous-person"'
		]);
		// A quote must stand in quotation marks, and a paraphrase must not.
		expect(problemsAfter((s) => (attribution(s, 'closing').form = 'direct-quote'))).toEqual([
			'attribution closing: a quote must stand in quotation marks in the story [The mayor said the bridge will close on Friday]'
		]);
		expect(problemsAfter((s) => (attribution(s, 'not-safe').form = 'paraphrase'))).toEqual([
			'attribution not-safe: a paraphrase cannot stand inside quotation marks ["It is not safe,"]'
		]);
	});

	it('records every editor’s insertion and distancing word in the wording table, beside what it frames', () => {
		const withParagraph = (s: ModuleSource) =>
			(s.storyFile += '\n\n"It [the span] will reopen in spring," the mayor said. The council claimed it was old.');
		expect(problemsAfter(withParagraph)).toEqual([
			'wording: square brackets in the story are an editor’s insertion: record them [[the span]]',
			'wording: a distancing word the wording table does not record [claimed]'
		]);
		const recorded = (s: ModuleSource) => {
			withParagraph(s);
			s.attributions.push({
				id: 'reopen',
				source: 'mayor',
				claim: 'It reopens in spring',
				form: 'direct-quote',
				cite: 'will reopen in spring'
			});
			s.wording.push(
				{ id: 'span', cite: '[the span]', kind: 'insertion', frames: 'reopen', effect: 'Says what “it” is.' },
				{ id: 'claimed', cite: 'claimed', kind: 'distancing', effect: 'Keeps the council’s word at arm’s length.' }
			);
		};
		const valid = fixtureSource();
		recorded(valid);
		expect(checkSource(valid).problems).toEqual([]);
		/** The problems once the insertion and the distancing word are recorded and `then` breaks one thing. */
		const after = (then: (s: ModuleSource) => void) =>
			problemsAfter((s) => {
				recorded(s);
				then(s);
			});
		expect(after((s) => (s.attributions.at(-1)!.cite = '"It [the span] will reopen in spring,"'))).toEqual([
			'attribution reopen: square brackets hold an editor’s words: cite the quote around them ["It [the span] will reopen in spring,"]'
		]);
		expect(after((s) => (s.wording[0]!.frames = 'not-safe'))).toEqual([
			'wording span: the words stand apart from the attribution they frame (not-safe) [[the span]]'
		]);
		expect(after((s) => (s.wording[1]!.kind = 'insertion'))).toEqual([
			'wording claimed: an insertion is the words in square brackets, brackets included [claimed]'
		]);
		expect(after((s) => (s.wording[1]!.frames = 'nobody'))).toEqual([
			'wording claimed: there is no attribution "nobody"'
		]);
	});

	it('anchors every relative time word to the dateline, or to the events it follows, or says why not', () => {
		expect(problemsAfter((s) => (s.timeWords = []))).toEqual([
			'time words: a relative time word the time-word table does not anchor [Friday]'
		]);
		expect(problemsAfter((s) => (s.timeWords[0]!.date = '2020-01-04'))).toEqual([
			'time word on-friday: 2020-01-04 is a Saturday, not a Friday [on Friday]'
		]);
		expect(problemsAfter((s) => (s.timeWords[0]!.date = '2020-01-10'))).toEqual([
			'time word on-friday: a weekday names a day within a week of the dateline [on Friday]'
		]);
		expect(problemsAfter((s) => (s.timeWords[0]!.date = '--01-03'))).toEqual([
			'time word on-friday: an anchored date is YYYY-MM-DD, with its year'
		]);
		expect(problemsAfter((s) => (s.timeWords[0]!.after = ['inspect']))).toEqual([
			'time word on-friday: no relation puts "inspect" before "close": add the one these words establish'
		]);
		expect(problemsAfter((s) => (s.timeWords[0]!.reason = ' '))).toEqual([
			'time word on-friday: say how the words are anchored, or why they cannot be'
		]);
		// Without a date, a reason alone is enough: the words cannot always be pinned down.
		const unanchored = fixtureSource();
		delete unanchored.timeWords[0]!.date;
		expect(checkSource(unanchored).problems).toEqual([]);
	});

	it('refuses an order of happening that goes round in a circle', () => {
		const lines = problemsAfter((s) =>
			s.relations.push({ before: 'vote', after: 'inspect', cite: 'had inspected', reason: 'wrong' })
		);
		expect(lines.some((l) => l.startsWith('relations: the order of happening goes round in a circle'))).toBe(true);
	});

	it('checks single-choice keys: a real option, and feedback on every wrong one', () => {
		expect(problemsAfter((s) => (question(s, 'single').answer = 'z'))).toEqual([
			'question q1: the answer "z" is not one of the options',
			'question q1: wrong option a has no feedback'
		]);
		expect(problemsAfter((s) => delete question(s, 'single').options[1]!.feedback)).toEqual([
			'question q1: wrong option b has no feedback'
		]);
		expect(problemsAfter((s) => (question(s, 'single').options[1]!.id = 'a'))).toContain(
			'question q1: the option id "a" is used twice'
		);
	});

	it('checks ordering keys: a permutation, and only orders the story establishes', () => {
		expect(problemsAfter((s) => (question(s, 'ordering').answer = ['inspect', 'inspect']))).toEqual([
			'question q2: the answer must be a permutation of the items'
		]);
		expect(problemsAfter((s) => (question(s, 'ordering').answer = ['vote', 'inspect']))).toEqual([
			'question q2: the story does not establish that "vote" happened before "inspect"',
			'question q2: the items are listed in the answer order: shuffle them'
		]);
		expect(
			problemsAfter((s) => {
				const q = question(s, 'ordering');
				q.items = ['quote', 'inspect'];
				q.answer = ['inspect', 'quote'];
			})
		).toEqual(['question q2: the story does not establish that "inspect" happened before "quote"']);
		expect(problemsAfter((s) => (question(s, 'ordering').items = ['inspect', 'vote']))).toEqual([
			'question q2: the items are listed in the answer order: shuffle them'
		]);
		expect(problemsAfter((s) => (question(s, 'ordering').items = ['vote', 'bridge']))).toContain(
			'question q2: "bridge" is not an event'
		);
	});

	it('checks numeric keys', () => {
		expect(problemsAfter((s) => (question(s, 'numeric').answer = { type: 'integer', value: 7.5 }))).toEqual([
			'question q3: an integer answer must be a whole number'
		]);
		expect(problemsAfter((s) => (question(s, 'numeric').wrongValues = [{ value: 7, feedback: 'x' }]))).toEqual([
			'question q3: a wrong value equals the answer'
		]);
		const withUnits = structuredClone(fixtureSource());
		question(withUnits, 'numeric').wrongValues = [{ value: 7, units: ['mayors'], feedback: 'Seven votes, not seven mayors.' }];
		expect(checkSource(withUnits).problems).toEqual([]);
		expect(problemsAfter((s) => (question(s, 'numeric').wrongValues = [{ value: 7, units: ['votes'], feedback: 'x' }]))).toEqual([
			'question q3: the wrong value 7 names "votes", a unit the answer takes'
		]);
		expect(problemsAfter((s) => (question(s, 'numeric').answer = { type: 'date', iso: '2021-02-30' }))).toEqual([
			'question q3: a date answer is YYYY-MM-DD or --MM-DD'
		]);
	});

	it('checks true/false/not-stated keys and their feedback', () => {
		expect(problemsAfter((s) => delete question(s, 'tfn').feedback.false)).toEqual([
			'question q4: feedback for the wrong choice "false" is missing'
		]);
		expect(problemsAfter((s) => ((question(s, 'tfn') as { answer: string }).answer = 'maybe'))).toContain(
			'question q4: the answer must be true, false or not-stated'
		);
	});

	it('checks matching and multiple-select keys', () => {
		const matching = (s: ModuleSource) =>
			s.questions.push({
				id: 'q5',
				kind: 'matching',
				skill: 'sources',
				difficulty: 2,
				stem: 'Match each statement to who made it.',
				prompts: [
					{ id: 'p1', text: 'It is not safe' },
					{ id: 'p2', text: 'The vote was 7 to 2' }
				],
				choices: [
					{ id: 'mayor', text: 'The mayor' },
					{ id: 'wire', text: 'The reporter' }
				],
				answer: { p1: 'mayor', p2: 'council' },
				wrongFeedback: 'Look at who each sentence names.',
				explanation: 'Both are the mayor’s.',
				evidence: ['the mayor said']
			});
		expect(problemsAfter(matching)).toEqual(['question q5: prompt p2 is matched to an unknown choice "council"']);
		const multiple = (s: ModuleSource) =>
			s.questions.push({
				id: 'q6',
				kind: 'multiple',
				skill: 'sources',
				difficulty: 2,
				stem: 'Which are quoted?',
				options: [
					{ id: 'a', text: 'The mayor' },
					{ id: 'b', text: 'The engineers' }
				],
				answer: ['a', 'b'],
				explanation: 'x',
				evidence: ['"It is not safe,"']
			});
		expect(problemsAfter(multiple)).toEqual(['question q6: at least one option must be wrong']);
	});

	it('checks the parts every question needs', () => {
		expect(
			problemsAfter((s) => {
				const q = s.questions[0]!;
				q.evidence = [];
				q.explanation = ' ';
				(q as { skill: string }).skill = 'grammar';
				(q as { difficulty: number }).difficulty = 4;
			})
		).toEqual([
			'question q1: unknown skill "grammar"',
			'question q1: difficulty must be 1, 2 or 3',
			'question q1: the explanation is missing',
			'question q1: cite at least one passage as evidence'
		]);
	});
});
