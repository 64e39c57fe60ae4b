/** An id made from a label: lowercase words joined by hyphens, as the checks require, short, and unique. */
export function idFromLabel(label: string, taken: Iterable<string>, fallback = 'item'): string {
	const words = label
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let base = '';
	for (const w of words) {
		if (base && base.length + w.length + 1 > 32) break;
		base = base ? `${base}-${w}` : w.slice(0, 32);
	}
	return uniqueId(base || fallback, taken);
}

/** `base`, or `base-2`, `base-3` … whichever is not taken yet. */
export function uniqueId(base: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Moves the item at `from` by `delta` places, in place; returns the new index (unchanged at an end). */
export function moveItem<T>(list: T[], from: number, delta: number): number {
	const to = from + delta;
	if (from < 0 || from >= list.length || to < 0 || to >= list.length) return from;
	const [item] = list.splice(from, 1);
	list.splice(to, 0, item!);
	return to;
}
