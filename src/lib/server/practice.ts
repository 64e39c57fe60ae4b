import type { Db } from './db';

/**
 * Self-study practice of a module is closed while a class is being assessed on it. Self-study answers
 * every question with its key, explanation, evidence and hints, and it needs no account, so while any
 * assignment of the module is scheduled or open (whatever its feedback rule: even "after each answer"
 * withholds a question's key until it is answered in the attempt) the self-study pages and endpoints
 * refuse everyone but the instance's teachers. Practice opens again when the last such assignment closes.
 */
export type PracticeClosed = {
	/** When practice opens again: the latest close time of the assignments using the module; null when one has none. */
	until: number | null;
};

export const PRACTICE_CLOSED =
	'Practice of this module is paused while a class is being assessed on it, so that its answers stay secret until the assessment closes.';

/**
 * Whether self-study of the module (by its stored id: every version of it, whichever version each
 * assignment is pinned to) is closed now, and until when; null while it is open.
 */
export async function practiceClosed(db: Db, moduleId: string, now: number): Promise<PracticeClosed | null> {
	const rows = await db
		.selectFrom('assignments as a')
		.innerJoin('module_versions as v', 'v.id', 'a.module_version_id')
		.select(['a.closes_at'])
		.where('v.module_id', '=', moduleId)
		.where('a.closed_at', 'is', null)
		.where((eb) => eb.or([eb('a.closes_at', 'is', null), eb('a.closes_at', '>', now)]))
		.execute();
	if (rows.length === 0) return null;
	const closes = rows.map((r) => r.closes_at);
	return { until: closes.some((c) => c === null) ? null : Math.max(...(closes as number[])) };
}

/** The sentence a learner reads about when practice opens again. */
export function practiceClosedMessage(closed: PracticeClosed): string {
	if (closed.until === null) return `${PRACTICE_CLOSED} It opens again when the teacher closes the assessment.`;
	const when = new Date(closed.until).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
	return `${PRACTICE_CLOSED} It opens again after ${when} (UTC).`;
}
