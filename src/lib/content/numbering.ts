/**
 * A question's one human number: its 1-based place in the module, the same for every student of every
 * assignment of that module version (a module version is immutable), whatever order a student drew the
 * questions in. Every page and export that names a question by number calls these, so "Q7" on the
 * preview, the item analysis, an attempt page and a CSV is the same question.
 */

type Numbered = { questions: readonly { id: string }[] };

/** The number of every question of the module, by id. */
export function questionNumbers(module: Numbered): Map<string, number> {
	return new Map(module.questions.map((q, i) => [q.id, i + 1]));
}

/** A question's number, or null when the module has no question with that id. */
export function questionNumber(module: Numbered, id: string): number | null {
	const i = module.questions.findIndex((q) => q.id === id);
	return i < 0 ? null : i + 1;
}

/** "Q7": the short form a student and a teacher can say to each other. */
export function shortLabel(number: number): string {
	return `Q${number}`;
}

/** "Q7 · seq-lead": the number with the question's id, where a teacher may need to find it in the module. */
export function questionLabel(number: number, id: string): string {
	return `${shortLabel(number)} · ${id}`;
}
