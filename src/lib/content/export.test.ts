import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { moduleSources } from '$lib/server/modules/sources';
import { EXPORT_SCHEMA_VERSION, exportModule } from './export';
import { loadModule } from './load';

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

describe('the JSON export', () => {
	for (const source of moduleSources) {
		it(`keeps the offset rule for every evidence object in ${source.slug}`, () => {
			const exported = JSON.parse(JSON.stringify(exportModule(loadModule(source))));
			expect(exported.schemaVersion).toBe(EXPORT_SCHEMA_VERSION);
			expect(exported.slug).toBe(source.slug);
			const evidence = evidenceIn(exported);
			expect(evidence.length).toBeGreaterThan(exported.questions.length);
			for (const e of evidence) expect(exported.story.text.slice(e.start, e.end)).toBe(e.quote);
			for (const q of exported.questions) {
				expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'skill', 'kind', 'answer', 'evidence']));
			}
		});
	}

	it('exports schema 2: sources in two dimensions, the wording table and the time words', () => {
		const exported = JSON.parse(JSON.stringify(exportModule(loadModule(moduleSources[0]!))));
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

	it('is what `npm run content:export -- <slug>` prints', () => {
		const slug = moduleSources[0]!.slug;
		const out = execFileSync('npx', ['vite-node', '--config', 'scripts/vite.config.ts', 'scripts/content-export.ts', slug], {
			encoding: 'utf8'
		});
		expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(exportModule(loadModule(moduleSources[0]!)))));
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
		expect(stderr).toContain(moduleSources[0]!.slug);
	}, 60_000);
});
