import type { ContentProblem } from '$lib/content/load';

const within = (place: string | undefined, name: string) =>
	place !== undefined &&
	(place === name || place.startsWith(name + ' ') || place.startsWith(name + '.') || place.startsWith(name + '['));

/**
 * The problems that concern one item. A problem names its place as `content:check` does ("question q7",
 * "event vote", "relation 2 (a before b)", `event "Bad id"`) and, from the JSON checks, by its path
 * ("questions[3].options[1].text"); an item passes every name it goes by, its JSON path among them.
 */
export function problemsAt(problems: readonly ContentProblem[], names: readonly string[]): ContentProblem[] {
	return problems.filter((p) => names.some((name) => within(p.where, name) || within(p.path, name)));
}

/** The names a fact-table row or a question goes by in problems. */
export function namesOf(table: string, path: string, id?: string): string[] {
	return id === undefined ? [table, path] : [`${table} ${id}`, `${table} "${id}"`, path];
}


/** Words for one problem, as content:check prints them after the place. */
export function problemText(p: ContentProblem): string {
	return p.quote === undefined ? p.message : `${p.message} — “${p.quote}”`;
}
