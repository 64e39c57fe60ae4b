import { error } from '@sveltejs/kit';
import type { StoryModule } from '$lib/content/types';
import { database } from '$lib/server/db';
import { findModule } from '$lib/server/modules';
import { practiceClosed, practiceClosedMessage } from '$lib/server/practice';

/**
 * What every self-study endpoint checks first: the module exists, and its practice is not closed by an
 * assessment (the instance's teachers may always practise, as they may always read the key).
 */
export async function practiceModule(event: { params: { slug: string }; locals: App.Locals }): Promise<StoryModule> {
	const module = findModule(event.params.slug);
	if (!module) error(404, 'There is no module with that name.');
	if (!event.locals.teacher) {
		const closed = await practiceClosed(await database(), module.slug, Date.now());
		if (closed) error(403, practiceClosedMessage(closed));
	}
	return module;
}
