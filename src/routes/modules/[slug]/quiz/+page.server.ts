import { database } from '$lib/server/db';
import { versionHistory } from '$lib/server/modules/history';
import { publicQuestion } from '$lib/server/quiz';
import { practiceVersion } from '../../../api/modules/[slug]/practice.server';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { version, closed } = await practiceVersion(event);
	const module = version.module;
	return {
		slug: module.slug,
		title: module.title,
		version: module.version,
		/** Sent with every check, hint and summary: the round is graded on the version it was loaded on. */
		versionNumber: version.number,
		story: module.story,
		// While a class is assessed on the module, no questions: the page says why instead.
		closed,
		// Questions and options only: keys, explanations, hints and feedback come from the check endpoint.
		questions: closed ? [] : module.questions.map((q) => publicQuestion(module, q)),
		/** Which questions mean the same as on earlier versions: saved progress carries over their answers. None while closed. */
		...(closed ? {} : { history: await versionHistory(await database(), version) })
	};
}) satisfies PageServerLoad;
