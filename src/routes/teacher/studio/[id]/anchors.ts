import type { ContentProblem } from '$lib/content/load';
import { FACT_TABLES } from '$lib/studio/facts';

/** Where on the editor page a part of the module is edited: the anchors the checks' summary links to. */
export const SECTIONS = { details: 'studio-details', story: 'studio-story', facts: 'studio-facts', questions: 'studio-questions' } as const;

/** The anchor of one question's editor. */
export const questionAnchor = (index: number) => `studio-question-${index + 1}`;

/** How the checks name a row of each fact table ("event vote", "time word tw-1"). */
const FACT_NOUNS = FACT_TABLES.map((t) => t.noun);

/**
 * The anchor of the part a problem concerns. A problem names its place as content:check prints it
 * ("question q7", "event vote", "story") or as a JSON path ("questions[3].options[1].text").
 */
export function anchorOf(problem: Pick<ContentProblem, 'where'> & { path?: string }, questionIds: readonly string[]): string {
	const place = problem.path || problem.where;
	const byPath = /^questions\[(\d+)\]/.exec(place);
	if (byPath) return questionAnchor(Number(byPath[1]));
	const byId = /^question "?([^"\s]+)"?/.exec(problem.where);
	if (byId) {
		const i = questionIds.indexOf(byId[1]!);
		return i === -1 ? SECTIONS.questions : questionAnchor(i);
	}
	if (place.startsWith('questions')) return SECTIONS.questions;
	if (place.startsWith('facts') || FACT_NOUNS.some((t) => problem.where.startsWith(t + ' ') || problem.where === t)) return SECTIONS.facts;
	if (place.startsWith('story')) return SECTIONS.story;
	return SECTIONS.details;
}
