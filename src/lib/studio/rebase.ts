import type { Evidence } from '$lib/content/types';
import { occurrences } from '$lib/content/story';
import { listCitations } from './citations';
import { syncEvidenceAnswer, type ModuleJson } from './model';

/** A citation an edit of the story touched: found again elsewhere (`to`), or gone. */
export type CitationChange = { owner: string; field: string; quote: string; from: number; to?: number };

export type Rebased = {
	/** A copy of the module with every passage that survived at its new offsets (the story itself unchanged). */
	module: ModuleJson;
	/** Passages the edit touched whose words were found again, at another place. */
	moved: CitationChange[];
	/** Passages whose words are no longer in the text. */
	broken: CitationChange[];
};

/** The changed stretch between two texts: the common start and end left out. */
export function editBetween(oldText: string, newText: string): { start: number; oldEnd: number; newEnd: number } {
	let start = 0;
	const shortest = Math.min(oldText.length, newText.length);
	while (start < shortest && oldText[start] === newText[start]) start++;
	let tail = 0;
	while (tail < shortest - start && oldText[oldText.length - 1 - tail] === newText[newText.length - 1 - tail]) tail++;
	return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

/**
 * Carries every citation over an edit of the story text. A passage wholly before the edit keeps its
 * offsets and one wholly after moves with the text; a passage the edit touches is found again (the same
 * words, the occurrence nearest its old place) and reported as moved, or reported as broken when the
 * words are gone. Nothing is changed in `module`.
 */
export function rebaseCitations(oldText: string, newText: string, module: ModuleJson): Rebased {
	const copy: ModuleJson = structuredClone($stateSnapshot(module));
	const edit = editBetween(oldText, newText);
	const delta = edit.newEnd - edit.oldEnd;
	const moved: CitationChange[] = [];
	const broken: CitationChange[] = [];
	for (const c of listCitations(copy)) {
		const e: Evidence = c.evidence;
		if (e.end <= edit.start && !(e.end === edit.start && edit.oldEnd === edit.start && e.start === e.end)) continue;
		if (e.start >= edit.oldEnd) {
			e.start += delta;
			e.end += delta;
			continue;
		}
		const found = occurrences(newText, e.quote);
		if (found.length === 0) {
			broken.push({ owner: c.owner, field: c.field, quote: e.quote, from: e.start });
			continue;
		}
		const nearest = found.reduce((best, at) => (Math.abs(at - e.start) < Math.abs(best - e.start) ? at : best));
		if (nearest !== e.start) moved.push({ owner: c.owner, field: c.field, quote: e.quote, from: e.start, to: nearest });
		e.start = nearest;
		e.end = nearest + e.quote.length;
	}
	for (const q of copy.questions) syncEvidenceAnswer(q);
	return { module: copy, moved, broken };
}

/** A plain copy of a value that may be a Svelte state proxy (structuredClone refuses proxies). */
function $stateSnapshot<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
