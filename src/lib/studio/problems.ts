import type { ContentProblem } from '$lib/content/load';

/**
 * The problems that concern one item. A problem names its place either as `content:check` does
 * ("question q7", "event vote", "relation 2 (a before b)", `event "Bad id"`) or as a JSON path
 * ("questions[3].options[1].text"); an item passes every name it goes by.
 */
export function problemsAt(problems: readonly ContentProblem[], names: readonly string[]): ContentProblem[] {
	return problems.filter((p) =>
		names.some(
			(name) =>
				p.where === name ||
				p.where.startsWith(name + ' ') ||
				p.where.startsWith(name + '.') ||
				p.where.startsWith(name + '[')
		)
	);
}

/** The names a fact-table row or a question goes by in problems. */
export function namesOf(table: string, path: string, id?: string): string[] {
	return id === undefined ? [table, path] : [`${table} ${id}`, `${table} "${id}"`, path];
}

/** The problems whose JSON path names one field of an item exactly ("questions[3].stem"). */
export function fieldProblems(problems: readonly ContentProblem[], path: string): ContentProblem[] {
	return problems.filter((p) => p.where === path || p.where.startsWith(path + '.') || p.where.startsWith(path + '['));
}

/** Words for one problem, as content:check prints them after the place. */
export function problemText(p: ContentProblem): string {
	return p.quote === undefined ? p.message : `${p.message} — “${p.quote}”`;
}
