import { MAX_JSON_BYTES } from '$lib/content/story-limits';
import { formatProblem } from '$lib/content/load';
import * as v from 'valibot';
import { moduleJsonSchema, parseModuleJson } from '$lib/content/module-json';
import { MODULE_SCHEMA_VERSION, type ModuleJson } from '$lib/content/types';
import { articleFromHtml } from './html';
import { MARKUP, moduleFromText, type Started, type StoryMeta } from './layout';

/** How a module is started: a pasted story, a saved web page, or a module file. */
export const START_SOURCES = ['paste', 'html', 'json'] as const;
export type StartSource = (typeof START_SOURCES)[number];

/** What the teacher typed, to give back with the problems (never the file, which a browser cannot refill). */
export type StartValues = { source: StartSource; text: string; publisher: string; published: string; offset: string; url: string; licence: string };

const field = (data: FormData, name: string) => {
	const v = data.get(name);
	return typeof v === 'string' ? v : '';
};

export function startValues(data: FormData): StartValues {
	const source = field(data, 'source');
	return {
		source: (START_SOURCES as readonly string[]).includes(source) ? (source as StartSource) : 'paste',
		text: field(data, 'text'),
		publisher: field(data, 'publisher').trim(),
		published: field(data, 'published').trim(),
		offset: field(data, 'offset').trim() || '+00:00',
		url: field(data, 'url').trim(),
		licence: field(data, 'licence').trim()
	};
}

/** "2025-03-04T10:00" and "+01:00" → "2025-03-04T10:00:00+01:00"; '' when either is missing or malformed. */
export function isoFrom(local: string, offset: string): string {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return '';
	const zone = offset === 'Z' || offset === '+00:00' || offset === '-00:00' ? '+00:00' : offset;
	if (!/^[+-](?:0\d|1[0-4]):[0-5]\d$/.test(zone)) return '';
	return `${local}:00${zone}`;
}

/** Every piece of markup anywhere in a module file, named by its path. */
function markupIn(value: unknown, path: string, into: string[]): void {
	if (typeof value === 'string') {
		if (MARKUP.test(value)) into.push(`${path}: contains HTML or script; write it as plain text`);
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => markupIn(v, `${path}[${i}]`, into));
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) markupIn(v, path ? `${path}.${k}` : k, into);
	}
}

/**
 * Reads a module file: every problem with its place when it is not of the format; otherwise the module,
 * which may still fail the content checks (a draft may: the studio lists them beside what they concern).
 */
export function moduleFromJsonText(text: string): Started {
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch (e) {
		return { ok: false, problems: [`This file is not valid JSON (${e instanceof Error ? e.message : 'unreadable'}). Export a module again and upload that file.`] };
	}
	const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
	if (typeof input === 'object' && input !== null && version !== MODULE_SCHEMA_VERSION) {
		return {
			ok: false,
			problems: [
				version === undefined
					? 'This file is not a Sourced module: it has no schemaVersion.'
					: `This module file is in format version ${JSON.stringify(version)}; this site reads version ${MODULE_SCHEMA_VERSION}. Export it again from a site that is up to date.`
			]
		};
	}
	const markup: string[] = [];
	markupIn(input, '', markup);
	if (markup.length) return { ok: false, problems: markup };
	if (v.is(moduleJsonSchema, input)) return { ok: true, json: input };
	return { ok: false, problems: parseModuleJson(input).problems.map(formatProblem) };
}

/**
 * Starts a module from the new-module form: the pasted text, the uploaded page or the uploaded module
 * file, with what the teacher recorded about the story's origin. Nothing is stored here.
 */
export async function startModule(data: FormData): Promise<Started> {
	const values = startValues(data);
	const meta: StoryMeta = {
		publisher: values.publisher,
		publishedISO: isoFrom(values.published, values.offset),
		url: values.url || undefined,
		licence: values.licence || undefined
	};
	if (values.source === 'paste') return moduleFromText(values.text, meta);

	const file = data.get('file');
	if (!(file instanceof File) || file.size === 0) {
		return { ok: false, problems: [values.source === 'html' ? 'Choose the saved web page (.html) to upload.' : 'Choose the module file (.json) to upload.'] };
	}
	if (values.source === 'json') {
		if (file.size > MAX_JSON_BYTES) return { ok: false, problems: [`The module file is too large: at most ${MAX_JSON_BYTES / 1024 / 1024} MB.`] };
		const bytes = new Uint8Array(await file.arrayBuffer());
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			return { ok: false, problems: ['This file is not a module file: it is not text. Upload the .json file a Sourced export made.'] };
		}
		return moduleFromJsonText(text);
	}
	const extracted = articleFromHtml(new Uint8Array(await file.arrayBuffer()));
	if (!extracted.ok) return { ok: false, problems: [extracted.problem] };
	// What the teacher typed wins; the page fills what they left blank.
	const { article } = extracted;
	return moduleFromText(article.text, {
		publisher: meta.publisher || article.publisher || '',
		publishedISO: meta.publishedISO || article.publishedISO || '',
		url: meta.url ?? article.url,
		licence: meta.licence
	});
}

