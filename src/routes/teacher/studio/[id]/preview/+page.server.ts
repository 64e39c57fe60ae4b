import { requireTeacher } from '$lib/server/auth/guard';
import { publicQuestion } from '$lib/server/quiz';
import { mine } from '../../studio.server';
import { previewModule } from './preview.server';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const teacher = requireTeacher(locals);
	const preview = await previewModule(teacher.id, params.id);
	const { title } = (await mine(teacher.id, params.id)).draft;
	if ('problems' in preview) return { id: params.id, title, problems: preview.problems, revision: preview.revision, story: null, questions: [] };
	const { module } = preview;
	return {
		id: params.id,
		title,
		problems: 0,
		revision: preview.revision,
		story: module.story,
		// As a student gets them: keys, explanations and hints come from the preview's check endpoint.
		questions: module.questions.map((q) => publicQuestion(module, q))
	};
}) satisfies PageServerLoad;
