import { fail, redirect } from '@sveltejs/kit';
import { assignmentStatus, closeAssignment, deleteAssignment, listAttempts } from '$lib/server/assignments';
import { findModule } from '$lib/server/modules';
import { joinUrl, ownAssignment, qrSvg } from './assignment.server';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { db, teacherId, assignment: a } = await ownAssignment(locals, params.id);
	const attempts = (await listAttempts(db, teacherId, a.id)) ?? [];
	const link = joinUrl(url.origin, a.code);
	return {
		assignment: {
			id: a.id,
			title: a.title,
			code: a.code,
			moduleSlug: a.moduleSlug,
			moduleTitle: findModule(a.moduleSlug)?.title ?? a.moduleSlug,
			skills: a.skills,
			questionCount: a.questionCount,
			shuffle: a.shuffle,
			shuffleOptions: a.shuffleOptions !== false,
			feedback: a.feedback,
			attemptsAllowed: a.attemptsAllowed,
			opensAt: a.opensAt,
			closesAt: a.closesAt,
			closedAt: a.closedAt,
			timeLimitMinutes: a.timeLimitMinutes,
			review: a.review,
			status: assignmentStatus(a, Date.now())
		},
		rosterClass: a.classId
			? ((await db.selectFrom('classes').select(['id', 'name']).where('id', '=', a.classId).executeTakeFirst()) ?? null)
			: null,
		joinUrl: link,
		qr: qrSvg(link),
		attempts: attempts.map((t) => ({
			id: t.id,
			displayName: t.displayName,
			status: t.status,
			score: t.score,
			answered: t.answered,
			questions: t.questionIds.length,
			startedAt: t.startedAt,
			submittedAt: t.submittedAt
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Asks first; closes only when the second button ("Yes, close it") sends `confirm=yes`. */
	close: async ({ locals, params, request }) => {
		const { db, teacherId, assignment } = await ownAssignment(locals, params.id);
		const data = await request.formData();
		if (data.get('confirm') !== 'yes') return { confirmClose: true };
		await closeAssignment(db, teacherId, assignment.id);
		redirect(303, `/teacher/assignments/${assignment.id}`);
	},
	delete: async ({ locals, params, request }) => {
		const { db, teacherId, assignment } = await ownAssignment(locals, params.id);
		const data = await request.formData();
		if (!data.has('confirm')) {
			return fail(400, {
				action: 'delete' as const,
				message: 'Tick “I understand this deletes every student’s attempt” to delete the assignment.'
			});
		}
		await deleteAssignment(db, teacherId, assignment.id);
		redirect(303, '/teacher');
	}
} satisfies Actions;
