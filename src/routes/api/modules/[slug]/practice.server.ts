import { error } from '@sveltejs/kit';
import type { StoryModule } from '$lib/content/types';
import { database } from '$lib/server/db';
import { publicVersion, type LoadedVersion } from '$lib/server/modules/store';
import { practiceClosed, practiceClosedMessage } from '$lib/server/practice';

export const NO_MODULE = 'There is no module with that name.';

/**
 * The version number a self-study request names (`?version=N`): the quiz sends the version it was loaded
 * on, so a round started before a newer version was published is graded on its own. Absent: the latest.
 */
export function versionParam(url: URL): number | undefined {
	const raw = url.searchParams.get('version');
	if (raw === null) return undefined;
	const n = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : NaN;
	if (Number.isNaN(n)) error(400, 'The version must be a whole number from 1.');
	return n;
}

/**
 * The public version self-study serves at the address (the latest, or the one asked for), and whether its
 * practice is closed by an assessment of the module (any of its versions). The instance's teachers may
 * always practise, as they may always read the key. Drafts and modules that are not public: 404.
 */
export async function practiceVersion(event: { params: { slug: string }; locals: App.Locals; url: URL }): Promise<{ version: LoadedVersion; closed: string | null }> {
	const db = await database();
	const version = await publicVersion(db, event.params.slug, versionParam(event.url));
	if (!version) error(404, NO_MODULE);
	const closed = event.locals.teacher ? null : await practiceClosed(db, version.moduleId, Date.now());
	return { version, closed: closed ? practiceClosedMessage(closed) : null };
}

/** What every self-study endpoint checks first: the module is public, and its practice is not closed by an assessment. */
export async function practiceModule(event: { params: { slug: string }; locals: App.Locals; url: URL }): Promise<StoryModule> {
	const { version, closed } = await practiceVersion(event);
	if (closed) error(403, closed);
	return version.module;
}
