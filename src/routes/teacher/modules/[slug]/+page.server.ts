import { error } from '@sveltejs/kit';
import { questionLabel, questionNumbers } from '$lib/content/numbering';
import { SKILLS } from '$lib/content/types';
import { requireTeacher } from '$lib/server/auth/guard';
import { database } from '$lib/server/db';
import { teacherVersion } from '$lib/server/modules/store';
import { versionParam } from '../../../api/modules/[slug]/practice.server';
import { answerKey, kindLabel, questionPrompt } from '../../describe';
import type { PageServerLoad } from './$types';

// The preview is read, not used: it ships no JavaScript.
export const csr = false;

export const load = (async ({ locals, params, url }) => {
	const teacher = requireTeacher(locals);
	// The latest version, or `?version=N` (an assignment's page links to the version it is pinned to).
	// Another teacher's private module is answered as one that does not exist.
	const version = await teacherVersion(await database(), teacher, params.slug, versionParam(url));
	if (!version) error(404, 'There is no module with that name.');
	const module = version.module;
	const numbers = questionNumbers(module);
	// Keys, explanations and hints go to this page only because a signed-in teacher asked for it.
	return {
		slug: module.slug,
		title: module.title,
		version: version.number,
		summary: module.summary,
		story: module.story,
		skills: SKILLS.map((skill) => ({
			skill,
			questions: module.questions
				.filter((q) => q.skill === skill)
				.map((q) => ({
					id: q.id,
					label: questionLabel(numbers.get(q.id)!, q.id),
					kind: kindLabel(q),
					difficulty: q.difficulty,
					stem: q.stem,
					prompt: questionPrompt(q),
					options:
						q.kind === 'single' || q.kind === 'multiple'
							? q.options.map((o) => ({
									text: o.text,
									feedback: o.feedback ?? null,
									correct: q.kind === 'single' ? q.answer === o.id : q.answer.includes(o.id)
								}))
							: null,
					key: answerKey(module, q),
					explanation: q.explanation,
					evidence: q.evidence.map((e) => e.quote),
					hints: q.hints ?? []
				}))
		}))
	};
}) satisfies PageServerLoad;
