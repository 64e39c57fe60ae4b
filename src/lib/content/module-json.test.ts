import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtinModuleFiles } from '$lib/server/modules/sources';
import { versionHash } from '$lib/server/modules/hash';
import { authorModule } from './authoring';
import { fixtureSource } from './fixtures';
import { parseModuleJson, parseModuleJsonText, serializeModule } from './module-json';
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
