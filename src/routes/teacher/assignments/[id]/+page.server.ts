import { fail, redirect } from '@sveltejs/kit';
import { assignmentStatus, assignmentVersion, closeAssignment, deleteAssignment, listAttempts, moveToLatestVersion } from '$lib/server/assignments';
import { teacherVersion } from '$lib/server/modules/store';
import { joinUrl, ownAssignment, qrSvg } from './assignment.server';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { db, teacherId, assignment: a } = await ownAssignment(locals, params.id);
	const attempts = (await listAttempts(db, teacherId, a.id)) ?? [];
	const link = joinUrl(url.origin, a.code);
	const [version, latest] = await Promise.all([assignmentVersion(db, a), teacherVersion(db, { id: teacherId }, a.moduleSlug)]);
	return {
		assignment: {
			id: a.id,
			title: a.title,
			code: a.code,
			moduleSlug: a.moduleSlug,
			moduleTitle: version?.title ?? a.moduleSlug,
			/** The module version it is pinned to, and a newer one the teacher could move it to. */
			moduleVersion: version?.number ?? null,
			newerVersion: latest && version && latest.number > version.number ? latest.number : null,
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
	/** Moves the assignment to its module's latest version; refused once anyone has started. */
	moveVersion: async ({ locals, params }) => {
		const { db, teacherId, assignment } = await ownAssignment(locals, params.id);
		const moved = await moveToLatestVersion(db, teacherId, assignment.id);
		if (!moved.ok) return fail(moved.status, { action: 'moveVersion' as const, message: moved.message });
		return { action: 'moveVersion' as const, done: moved.message };
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
