import { toModuleJson } from '$lib/content/module-json';
import { loadSource } from '$lib/content/authoring';
import { fixtureSource } from '$lib/content/fixtures';
import type { Evidence } from '$lib/content/types';
import type { ModuleJson } from './model';

/** The content fixture as the studio's draft JSON: small, and every check passes on it. */
export function fixtureJson(): ModuleJson {
	return JSON.parse(JSON.stringify(toModuleJson(loadSource(fixtureSource()))));
}

/** The passage of `text` with these words (their first occurrence, or the `nth`). */
export function passage(text: string, quote: string, nth = 1): Evidence {
	let start = -1;
	for (let i = 0; i < nth; i++) start = text.indexOf(quote, start + 1);
	if (start === -1) throw new Error(`"${quote}" is not in the text`);
	return { quote, start, end: start + quote.length };
}
