import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinModuleFiles } from '$lib/server/modules/sources';
import { versionHash } from '$lib/server/modules/hash';
import { draftModule } from '$lib/drafting/draft';
import { authorModule } from './authoring';
import { fixtureSource, SCRIPT_TAG, scriptedFixtureJson } from './fixtures';
import { LIMITS, parseModuleJson, parseModuleJsonText, serializeModule } from './module-json';
import { MODULE_SCHEMA_VERSION, type ModuleJson } from './types';

/** Every `{ quote, start, end }` object anywhere in a JSON value. */
function evidenceIn(value: unknown, found: { quote: string; start: number; end: number }[] = []) {
	if (Array.isArray(value)) for (const v of value) evidenceIn(v, found);
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.quote === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
			found.push(o as { quote: string; start: number; end: number });
		}
		for (const v of Object.values(o)) evidenceIn(v, found);
	}
	return found;
}

/** The fixture module as JSON. */
function fixtureJson(): ModuleJson {
	const { json, problems } = authorModule(fixtureSource());
	if (!json) throw new Error(problems.map((p) => p.message).join('\n'));
	return json;
}

/** Export → import → export, and the texts and hashes met on the way. */
function roundTrip(input: unknown) {
	const first = parseModuleJson(input);
	expect(first.problems).toEqual([]);
	const exported = serializeModule(first.module!);
	const again = parseModuleJsonText(exported);
	expect(again.problems).toEqual([]);
	return { exported, reexported: serializeModule(again.module!) };
}

describe('the JSON export', () => {
	for (const { file, text } of builtinModuleFiles) {
		it(`keeps the offset rule for every evidence object in ${file}`, () => {
			const exported = JSON.parse(serializeModule(parseModuleJsonText(text).module!));
			expect(exported.schemaVersion).toBe(MODULE_SCHEMA_VERSION);
			const evidence = evidenceIn(exported);
			expect(evidence.length).toBeGreaterThan(exported.questions.length);
			for (const e of evidence) expect(exported.story.text.slice(e.start, e.end)).toBe(e.quote);
			for (const q of exported.questions) {
				expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'skill', 'kind', 'answer', 'evidence']));
			}
		});

		it(`round-trips ${file} byte for byte, to the same version hash`, () => {
			const { exported, reexported } = roundTrip(JSON.parse(text));
			expect(reexported).toBe(exported);
			expect(exported).toBe(text);
			expect(versionHash(reexported)).toBe(versionHash(text));
		});
	}

	it('exports schema 2: sources in two dimensions, the wording table and the time words', () => {
		const exported = JSON.parse(builtinModuleFiles[0]!.text);
		expect(exported.schemaVersion).toBe(2);
		for (const a of exported.facts.attributions) {
			expect(Object.keys(a)).not.toContain('kind');
			expect(a.form).toMatch(/^(direct-quote|partial-quote|paraphrase|mention|declined|reporter-voice)$/);
			expect(a.form === 'reporter-voice', a.id).toBe(a.source === undefined);
		}
		for (const s of exported.facts.sources) expect(s.kind).toMatch(/^(named-person|named-institution|anonymous-person)$/);
		expect(exported.facts.wording.length).toBeGreaterThan(0);
		expect(exported.facts.timeWords.length).toBeGreaterThan(0);
	});

	it('round-trips the fixture byte for byte, whatever order its keys came in', () => {
		const json = fixtureJson();
		const { exported, reexported } = roundTrip(json);
		expect(reexported).toBe(exported);
		/** The same value with every object's keys reversed. */
		const reversed = (value: unknown): unknown =>
			Array.isArray(value)
				? value.map(reversed)
				: value && typeof value === 'object'
					? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
					: value;
		expect(roundTrip(reversed(json)).exported).toBe(exported);
	});

	it('round-trips modules drafted from the development corpus, drafted marks and all', () => {
		const stories = readdirSync('corpus/dev').filter((f) => f.endsWith('.txt')).sort().slice(0, 4);
		expect(stories.length).toBeGreaterThan(0);
		for (const file of stories) {
			const draft = draftModule(readFileSync(join('corpus/dev', file), 'utf8'));
			expect(draft.json, file).toBeDefined();
			const { exported, reexported } = roundTrip(JSON.parse(JSON.stringify(draft.json)));
			expect(reexported, file).toBe(exported);
			expect(versionHash(reexported)).toBe(versionHash(exported));
			expect(exported, file).toContain('"draft": {');
		}
	});

	it('is what `npm run content:export -- <slug>` prints', () => {
		const { file, text } = builtinModuleFiles[0]!;
		const slug = JSON.parse(text).slug;
		const out = execFileSync('npx', ['vite-node', '--config', 'scripts/vite.config.ts', 'scripts/content-export.ts', slug], {
			encoding: 'utf8'
		});
		expect(out, file).toBe(text);
	}, 60_000);

	it('names the modules when the slug is unknown', () => {
		let status = 0;
		let stderr = '';
		try {
			execFileSync('npx', ['vite-node', '--config', 'scripts/vite.config.ts', 'scripts/content-export.ts', 'nope'], {
				encoding: 'utf8',
				stdio: 'pipe'
			});
		} catch (e) {
			const err = e as { status: number; stderr: string };
			status = err.status;
			stderr = err.stderr;
		}
		expect(status).toBe(2);
		expect(stderr).toContain('Usage: npm run content:export -- <slug>');
		expect(stderr).toContain(JSON.parse(builtinModuleFiles[0]!.text).slug);
	}, 60_000);
});

/** The problems a broken copy of the fixture's JSON gets, as "path: message" lines; nothing else is returned. */
function problemsAfter(breakIt: (json: Record<string, any>) => void): string[] {
	const json = structuredClone(fixtureJson()) as Record<string, any>;
	breakIt(json);
	const result = parseModuleJson(json);
	expect(result.module).toBeUndefined();
	expect(result.json).toBeUndefined();
	expect(result.problems.length).toBeGreaterThan(0);
	return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parseModuleJson names the path of every problem in the shape', () => {
	it('accepts the valid fixture, returning the module and its JSON', () => {
		const result = parseModuleJson(fixtureJson());
		expect(result.problems).toEqual([]);
		expect(result.module!.slug).toBe('fixture-story');
		expect(result.json!.schemaVersion).toBe(2);
	});

	it('reports wrong types, missing fields and unknown kinds where they are, all at once', () => {
		expect(
			problemsAfter((j) => {
				j.questions[0].options[1].text = 5;
				delete j.questions[1].stem;
				j.questions[2].kind = 'essay';
				j.facts.events = {};
			})
		).toEqual([
			'facts.events: expected a list, not an object',
			'questions[0].options[1].text: expected text, not the number 5',
			'questions[1].stem: this field is missing',
			'questions[2].kind: expected one of "single", "multiple", "ordering", "numeric", "matching", "evidence", "tfn", not the text "essay"'
		]);
		expect(problemsAfter((j) => (j.questions[2].answer = { type: 'float', value: 1 }))).toEqual([
			'questions[2].answer.type: expected one of "integer", "date", not the text "float"'
		]);
		expect(problemsAfter((j) => (j.story = null))).toEqual(['story: expected an object, not null']);
		expect(problemsAfter((j) => (j.questions[0].evidence[0].start = 1.5))).toEqual([
			'questions[0].evidence[0].start: expected a whole number, not the number 1.5'
		]);
	});

	it('refuses unknown fields, at any depth, rather than drop what they hold', () => {
		expect(
			problemsAfter((j) => {
				j.extra = 1;
				j.questions[0].explantion = 'A typo would lose this.';
				j.questions[3].feedback.maybe = 'Not a choice.';
			})
		).toEqual([
			'questions[0].explantion: a field the format does not have: remove it (or check its spelling)',
			'questions[3].feedback.maybe: a field the format does not have: remove it (or check its spelling)',
			'extra: a field the format does not have: remove it (or check its spelling)'
		]);
	});

	it('refuses what is not a module object, and text that is not JSON', () => {
		for (const input of [null, [], 'module', 7]) {
			expect(parseModuleJson(input).problems.map((p) => p.message)[0]).toMatch(/^a module is a JSON object, not /);
		}
		const notJson = parseModuleJsonText('{"schemaVersion": 2,');
		expect(notJson.module).toBeUndefined();
		expect(notJson.problems).toHaveLength(1);
		expect(notJson.problems[0]!.message).toMatch(/^this is not JSON: /);
	});
});

describe('parseModuleJson on bad input', () => {
	it('refuses another schema version, saying which it reads', () => {
		expect(problemsAfter((j) => (j.schemaVersion = 1))).toEqual(['schemaVersion: schema version 1 is not one this app reads (it reads 2)']);
		expect(problemsAfter((j) => (j.schemaVersion = '3'))).toEqual([
			'schemaVersion: schema version "3" is not one this app reads (it reads 2)'
		]);
		expect(problemsAfter((j) => delete j.schemaVersion)).toEqual([
			'schemaVersion: the schema version is missing: this app reads schemaVersion 2'
		]);
	});

	it('refuses 10,000 questions with one message, before checking any of them', () => {
		const problems = problemsAfter((j) => {
			// Broken questions: had the check gone on, each would have a problem of its own.
			j.questions = Array.from({ length: 10_000 }, (_, i) => ({ id: `q${i}`, kind: 'essay' }));
		});
		expect(problems).toEqual([`questions: 10,000 questions; a module has at most ${LIMITS.questions}: split it into several modules`]);
	});

	it('refuses a 2 MB story, and JSON text over the limit before parsing it', () => {
		expect(problemsAfter((j) => (j.story.text = 'word '.repeat(400_000)))).toEqual([
			'story.text: the story is 2,000,000 characters long; a module’s story is at most 100,000 (about 15,000 words)'
		]);
		const huge = JSON.stringify({ ...fixtureJson(), summary: 'x'.repeat(LIMITS.jsonCharacters) });
		const result = parseModuleJsonText(huge);
		expect(result.module).toBeUndefined();
		expect(result.problems.map((p) => p.message)).toEqual([
			`the JSON is ${huge.length.toLocaleString('en-GB')} characters long; a module is at most 1,000,000`
		]);
	});

	it('refuses an oversized field or list, naming it', () => {
		expect(problemsAfter((j) => (j.questions[0].stem = 'x'.repeat(5000)))).toEqual([
			'questions[0].stem: 5,000 characters; at most 4,000 allowed here'
		]);
		expect(problemsAfter((j) => (j.questions[0].hints = Array.from({ length: 60 }, () => 'Look again.')))).toEqual([
			'questions[0].hints: 60 entries; at most 50 allowed here'
		]);
		expect(problemsAfter((j) => (j.facts.figures = Array.from({ length: 600 }, () => j.facts.figures[0])))).toEqual([
			'facts.figures: 600 rows; a fact table has at most 500'
		]);
	});

	it('refuses passages outside the text or not matching its slice, saying where the words are', () => {
		const text = fixtureJson().story.text;
		const at = text.indexOf('"It is not safe," the mayor said.');
		expect(problemsAfter((j) => (j.questions[0].evidence[0] = { quote: 'x', start: 9000, end: 9001 }))).toEqual([
			`questions[0].evidence[0]: the passage 9000–9001 lies outside the story text (${text.length} characters)`
		]);
		expect(problemsAfter((j) => ((j.questions[0].evidence[0].start += 1), (j.questions[0].evidence[0].end += 1)))).toEqual([
			`questions[0].evidence[0]: the story has other words at ${at + 1}–${at + 34}; the quote occurs at ${at}`
		]);
		expect(problemsAfter((j) => (j.facts.events[0].cite.end += 3))).toEqual([
			`facts.events[0].cite: the passage ${j0().facts.events[0]!.cite.start}–${j0().facts.events[0]!.cite.end + 3} is 35 characters long, its quote 32`
		]);
		expect(problemsAfter((j) => (j.facts.figures[0].cite.quote = '9 to 0'))).toEqual([
			'facts.figures[0].cite: the quote does not occur in the story'
		]);
		expect(problemsAfter((j) => (j.questions[0].evidence[0].start = -1))).toEqual([
			'questions[0].evidence[0].start: expected 0 or more, not the number -1'
		]);
	});

	it('refuses duplicate ids in every table', () => {
		expect(problemsAfter((j) => (j.questions[1].id = 'q1'))).toEqual(['questions[1].id: the id is used twice']);
		expect(problemsAfter((j) => (j.facts.sources[1].id = 'mayor'))).toContain('facts.sources[1].id: the id is used twice');
	});

	it('refuses an evidence question whose answer is not its evidence, and a story address that is not a web address', () => {
		expect(
			problemsAfter((j) => {
				const q1 = j.questions[0];
				j.questions.push({ id: 'q5', kind: 'evidence', skill: 'sources', difficulty: 1, stem: 'Pick the sentence.', claim: 'The mayor spoke.', wrongFeedback: 'Look for the quote.', explanation: 'The mayor is quoted.', evidence: q1.evidence, answer: [] });
			})
		).toEqual(['questions[4].answer: an evidence question’s answer repeats its evidence, passage for passage']);
		expect(problemsAfter((j) => (j.story.url = 'javascript:alert(1)'))).toEqual([
			'story.url: the address is a web address starting with https:// or http://'
		]);
	});

	it('keeps script tags in every field as the text they are, and round-trips them', () => {
		const json = scriptedFixtureJson();
		const result = parseModuleJson(json);
		expect(result.problems).toEqual([]);
		const m = result.module!;
		for (const text of [m.title, m.summary, m.story.publisher, m.story.text, m.events[0]!.label, m.sources[0]!.name, m.questions[0]!.stem]) {
			expect(text).toContain(SCRIPT_TAG);
		}
		const exported = serializeModule(m);
		expect(serializeModule(parseModuleJsonText(exported).module!)).toBe(exported);
		expect(JSON.parse(exported).title).toBe(json.title);
	});
});

describe('content problems name the field they concern', () => {
	it('gives the path of the answer, the option or the feedback a rule is about', () => {
		const at = (breakIt: (j: Record<string, any>) => void) => {
			const json = structuredClone(fixtureJson()) as Record<string, any>;
			breakIt(json);
			return parseModuleJson(json).problems.map((p) => `${p.path}: ${p.message}`);
		};
		expect(at((j) => (j.questions[0].answer = 'z'))).toEqual([
			'questions[0].answer: the answer "z" is not one of the options',
			'questions[0].options[0].feedback: wrong option a has no feedback'
		]);
		expect(at((j) => delete j.questions[0].options[1].feedback)).toEqual(['questions[0].options[1].feedback: wrong option b has no feedback']);
		expect(at((j) => (j.questions[3].feedback['not-stated'] = ' ') && (j.questions[3].answer = 'true'))).toEqual([
			'questions[3].feedback["not-stated"]: feedback for the wrong choice "not-stated" is missing'
		]);
		expect(at((j) => (j.questions[2].wrongValues[0].value = 7))).toEqual(['questions[2].wrongValues[0]: a wrong value equals the answer']);
		expect(at((j) => (j.facts.relations[0].after = 'collapse'))).toEqual([
			'facts.relations[0].after: there is no event "collapse"',
			'questions[1].answer: the story does not establish that "inspect" happened before "vote"'
		]);
	});
});

describe('the story layout in the JSON', () => {
	it('holds the spans to the text: in order, inside it, the dateline opening the first paragraph', () => {
		const { story } = fixtureJson();
		expect(problemsAfter((j) => (j.story.headline.start = 1))).toEqual(['story.headline: text before it belongs to no part of the story']);
		expect(problemsAfter((j) => (j.story.paragraphs[1].end = story.text.length + 5))).toEqual([
			`story.paragraphs[1]: ${story.paragraphs[1]!.start}–${story.text.length + 5} is not a passage of the story text (${story.text.length} characters)`
		]);
		expect(problemsAfter((j) => (j.story.dateline = { start: 0, end: 4 }))).toEqual(['story.dateline: the dateline opens the first paragraph']);
		expect(
			problemsAfter((j) => {
				const [a, b] = j.story.paragraphs;
				j.story.sentences.push({ start: a.end - 3, end: b.start + 3 });
			})
		).toEqual([`story.sentences[4]: overlaps the sentence before it, or the dateline`]);
		expect(problemsAfter((j) => (j.story.publishedISO = '1 January 2020'))).toEqual([
			'story.publishedISO: the publication time is ISO 8601 with its time zone, e.g. 2021-10-18T16:46:00+03:00'
		]);
	});

	it('takes a story without a dateline or a known publication time, and the optional address and licence', () => {
		const json = fixtureJson();
		const first = json.story.paragraphs[0]!;
		json.story.dateline = { start: first.start, end: first.start };
		json.story.sentences = json.story.sentences.map((s, i) => (i === 0 ? { ...s, start: first.start } : s));
		json.story.publishedISO = '';
		json.story.url = 'https://example.org/news/bridge';
		json.story.licence = 'Reproduced with the permission of the Riverton Wire.';
		const result = parseModuleJson(json);
		expect(result.problems).toEqual([]);
		expect(result.module!.story).toMatchObject({ url: 'https://example.org/news/bridge', publishedISO: '' });
		expect(JSON.parse(serializeModule(result.module!)).story.licence).toBe('Reproduced with the permission of the Riverton Wire.');
	});
});

describe('the version hash', () => {
	it('is the SHA-256 of the canonical text: the same after re-import, another for other content', () => {
		const exported = serializeModule(parseModuleJson(fixtureJson()).module!);
		const hash = versionHash(exported);
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(versionHash(serializeModule(parseModuleJsonText(exported).module!))).toBe(hash);
		const changed = fixtureJson();
		changed.questions[0]!.stem = 'Who called the bridge unsafe?';
		expect(versionHash(serializeModule(parseModuleJson(changed).module!))).not.toBe(hash);
	});

	it('does not trust the version written in the file: it is recomputed from the content', () => {
		const exported = JSON.parse(serializeModule(parseModuleJson(fixtureJson()).module!));
		const version = exported.version;
		expect(parseModuleJson({ ...exported, version: 'deadbeef' }).module!.version).toBe(version);
		expect(parseModuleJson({ ...exported, version: undefined }).module!.version).toBe(version);
	});
});

/** The fixture's JSON, unbroken, for the figures a broken copy's message names. */
function j0() {
	return fixtureJson();
}

describe('text is text', () => {
	it('no component renders a string as HTML, but the QR codes the server draws', () => {
		const svelteFiles = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []
			);
		const html = svelteFiles('src').flatMap((file) => (readFileSync(file, 'utf8').match(/\{@html [^}]*\}/g) ?? []).map((m) => `${file}: ${m}`));
		expect(html.length).toBeGreaterThan(0);
		for (const use of html) expect(use).toMatch(/: \{@html (?:card\.qr|data\.qr)\}$/);
	});
});
