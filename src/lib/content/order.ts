/**
 * The order of happening is a partial order: the relations a story establishes ("in response to",
 * "later") and what follows from them. Two events that no chain of relations connects are of unknown
 * order, and nothing here breaks the tie by guessing.
 */
type Relation = { before: string; after: string };

function successors(relations: readonly Relation[]): Map<string, string[]> {
	const next = new Map<string, string[]>();
	for (const r of relations) next.set(r.before, [...(next.get(r.before) ?? []), r.after]);
	return next;
}

/** True when a chain of established relations leads from `a` to `b`. */
export function happenedBefore(relations: readonly Relation[], a: string, b: string): boolean {
	const next = successors(relations);
	const seen = new Set<string>();
	const stack = [...(next.get(a) ?? [])];
	while (stack.length > 0) {
		const id = stack.pop()!;
		if (id === b) return true;
		if (seen.has(id)) continue;
		seen.add(id);
		stack.push(...(next.get(id) ?? []));
	}
	return false;
}

export type OrderVerdict = 'before' | 'after' | 'unknown';

export function compareHappened(relations: readonly Relation[], a: string, b: string): OrderVerdict {
	if (happenedBefore(relations, a, b)) return 'before';
	if (happenedBefore(relations, b, a)) return 'after';
	return 'unknown';
}

/**
 * A step for each event: one more than the latest step of anything established as before it. Events on
 * the same step are not known to be simultaneous; the story just does not order them.
 */
export function happenedSteps(ids: readonly string[], relations: readonly Relation[]): Map<string, number> {
	const steps = new Map<string, number>();
	const step = (id: string, guard: Set<string>): number => {
		const known = steps.get(id);
		if (known !== undefined) return known;
		if (guard.has(id)) throw new Error(`the order of happening has a cycle through "${id}"`);
		guard.add(id);
		const earlier = relations.filter((r) => r.after === id && ids.includes(r.before));
		const value = earlier.length === 0 ? 0 : Math.max(...earlier.map((r) => step(r.before, guard))) + 1;
		guard.delete(id);
		steps.set(id, value);
		return value;
	};
	// Chains through events left out of `ids` still count: close the relations over them first.
	const closed: Relation[] = [];
	for (const a of ids) for (const b of ids) if (a !== b && happenedBefore(relations, a, b)) closed.push({ before: a, after: b });
	relations = closed;
	for (const id of ids) step(id, new Set());
	return steps;
}
