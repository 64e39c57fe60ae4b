import type { VersionHistory } from '$lib/quiz/carry';
import type { Db } from '../db';
import { questionMeaning } from '../quiz';
import { loadVersion, type LoadedVersion } from './store';

const histories = new Map<string, VersionHistory>();
/** One history per version served; the oldest computed is dropped past this. */
const CACHED_HISTORIES = 200;

/**
 * What self-study needs to carry a learner's saved answers onto `version` from an earlier one: each
 * earlier version's content version (what saved progress names) with its number, and for each question
 * the earliest version from which it has meant the same through this one (`questionMeaning`). Computed
 * once per version and kept: published versions never change.
 */
export async function versionHistory(db: Db, version: LoadedVersion): Promise<VersionHistory> {
	const hit = histories.get(version.id);
	if (hit) return hit;
	const rows = await db
		.selectFrom('module_versions')
		.select(['id', 'number'])
		.where('module_id', '=', version.moduleId)
		.where('number', '<', version.number)
		.orderBy('number', 'desc')
		.execute();
	const meanings = new Map(version.module.questions.map((q) => [q.id, questionMeaning(version.module, q)]));
	const sameSince: Record<string, number> = Object.fromEntries(version.module.questions.map((q) => [q.id, version.number]));
	const versions: Record<string, number> = { [version.module.version]: version.number };
	const alive = new Set(meanings.keys());
	for (const row of rows) {
		// A version that no longer loads breaks the chain: nothing older is compared through it.
		const earlier = await loadVersion(db, row.id).catch(() => null);
		if (!earlier) break;
		// Newest first: a content seen again later (a change undone) names its latest number.
		versions[earlier.module.version] ??= earlier.number;
		for (const id of [...alive]) {
			const q = earlier.module.questions.find((e) => e.id === id);
			if (q && questionMeaning(earlier.module, q) === meanings.get(id)) sameSince[id] = earlier.number;
			else alive.delete(id);
		}
	}
	const history = { versions, sameSince };
	if (histories.size >= CACHED_HISTORIES) histories.delete(histories.keys().next().value!);
	histories.set(version.id, history);
	return history;
}
