import { describe, expect, it } from 'vitest';
import { PASTED_STORY } from './fixtures';
import { isoFrom, moduleFromJsonText, startModule } from './start';

function form(fields: Record<string, string | File>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
}
const origin = { publisher: 'Coastal Post', published: '2025-11-12T18:30', offset: '+01:00', url: 'https://coastal.example/sea-wall', licence: 'Used with permission' };

describe('startModule', () => {
	it('starts from a pasted story with the origin the teacher recorded', async () => {
		const started = await startModule(form({ source: 'paste', text: PASTED_STORY, ...origin }));
		if (!started.ok) throw new Error(started.problems.join('\n'));
		expect(started.json.story).toMatchObject({ publisher: 'Coastal Post', publishedISO: '2025-11-12T18:30:00+01:00', url: origin.url, licence: origin.licence });
	});

	it('starts from a saved page, filling what the teacher left blank from the page', async () => {
		const [headline, standfirst, ...paragraphs] = PASTED_STORY.trim().split('\n\n');
		const html = `<!doctype html><html><head><title>${headline}</title><meta name="description" content="${standfirst}"><meta property="og:site_name" content="Coastal Post"><meta property="article:published_time" content="2025-11-12T18:30:00Z"></head><body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
		const file = new File([html], 'story.html', { type: 'text/html' });
		const started = await startModule(form({ source: 'html', file, publisher: '', published: '', offset: '', url: '', licence: 'Fair dealing for teaching' }));
		if (!started.ok) throw new Error(started.problems.join('\n'));
		expect(started.json.title).toBe(headline);
		expect(started.json.story).toMatchObject({ publisher: 'Coastal Post', publishedISO: '2025-11-12T18:30:00Z', licence: 'Fair dealing for teaching' });
	});

	it('asks for the file when none was chosen', async () => {
		expect(await startModule(form({ source: 'html', ...origin }))).toEqual({ ok: false, problems: ['Choose the saved web page (.html) to upload.'] });
		expect(await startModule(form({ source: 'json', ...origin }))).toEqual({ ok: false, problems: ['Choose the module file (.json) to upload.'] });
	});

	it('refuses a binary file uploaded as a module file', async () => {
		const file = new File([new Uint8Array([0xff, 0xfe, 0x00, 0x81])], 'module.json');
		expect(await startModule(form({ source: 'json', file }))).toEqual({ ok: false, problems: [expect.stringMatching(/^This file is not a module file/)] });
	});
});

describe('moduleFromJsonText', () => {
	it('names malformed JSON', () => {
		expect(moduleFromJsonText('{"schemaVersion": 2,')).toEqual({ ok: false, problems: [expect.stringMatching(/^This file is not valid JSON/)] });
	});

	it('names another schema version, and a file that is not a module', () => {
		expect(moduleFromJsonText('{"schemaVersion": 1, "slug": "x"}')).toEqual({
			ok: false,
			problems: ['This module file is in format version 1; this site reads version 2. Export it again from a site that is up to date.']
		});
		expect(moduleFromJsonText('{"name": "package"}')).toEqual({ ok: false, problems: ['This file is not a Sourced module: it has no schemaVersion.'] });
	});

	it('lists script in every field by its path', () => {
		const file = { schemaVersion: 2, slug: 'x', title: '<script>alert(1)</script>', questions: [{ stem: 'ok' }, { stem: '<iframe src=x>' }] };
		expect(moduleFromJsonText(JSON.stringify(file))).toEqual({
			ok: false,
			problems: ['title: contains HTML or script; write it as plain text', 'questions[1].stem: contains HTML or script; write it as plain text']
		});
	});
});

describe('isoFrom', () => {
	it('joins the local time and its offset, refusing anything malformed', () => {
		expect(isoFrom('2025-03-04T10:00', '+01:00')).toBe('2025-03-04T10:00:00+01:00');
		expect(isoFrom('2025-03-04T10:00', 'Z')).toBe('2025-03-04T10:00:00+00:00');
		expect(isoFrom('2025-03-04', '+01:00')).toBe('');
		expect(isoFrom('2025-03-04T10:00', '+25:00')).toBe('');
	});
});
