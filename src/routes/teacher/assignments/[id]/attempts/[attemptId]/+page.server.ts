import { error } from '@sveltejs/kit';
import { SKILL_LABELS } from '$lib/content/labels';
import { questionLabel, questionNumbers } from '$lib/content/numbering';
import { getAttemptDetail } from '$lib/server/assignments';
import { loadVersion } from '$lib/server/modules/store';
import { answerKey, AUDIT_LABELS, describeEvent, describeResponse, questionPrompt } from '../../../../describe';
import { ownAssignment } from '../../assignment.server';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const { db, teacherId, assignment } = await ownAssignment(locals, params.id);
	const detail = params.attemptId.length <= 64 ? await getAttemptDetail(db, teacherId, assignment.id, params.attemptId) : null;
	if (!detail) error(404, 'There is no attempt at this address in your account.');
	const { attempt } = detail;
	// The version this attempt answered, whatever has been published since.
	const version = await loadVersion(db, attempt.moduleVersionId ?? assignment.moduleVersionId);
	const module = version?.module;
	const numbers = module ? questionNumbers(module) : new Map<string, number>();
	// In the order the student saw them, each under its one number in the module.
	const questions = attempt.questionIds.map((id, i) => {
		const q = module?.questions.find((x) => x.id === id);
		const answer = detail.answers.find((x) => x.questionId === id);
		const taken = detail.hints.find((h) => h.questionId === id)?.taken ?? answer?.hintsUsed ?? 0;
		return {
			id,
			label: numbers.has(id) ? questionLabel(numbers.get(id)!, id) : id,
			shown: i + 1,
			skill: q ? SKILL_LABELS[q.skill] : null,
			stem: q?.stem ?? 'A question no longer in the module.',
			prompt: q ? questionPrompt(q) : null,
			response: answer && q && module ? describeResponse(module, q, answer.response) : null,
			verdict: !answer ? null : answer.correct ? 'Right' : answer.score > 0 ? 'Partly right' : 'Wrong',
			score: answer?.score ?? null,
			hintsTaken: taken,
			hintCount: q?.hints?.length ?? 0,
			key: q && module ? answerKey(module, q) : []
		};
	});
	return {
		assignment: { id: assignment.id, title: assignment.title },
		/** The number of the module version answered. */
		version: version?.number ?? null,
		attempt: {
			displayName: attempt.displayName,
			status: attempt.status,
			score: attempt.score,
			answered: attempt.answered,
			startedAt: attempt.startedAt,
			submittedAt: attempt.submittedAt,
			deadlineAt: attempt.deadlineAt
		},
		questions,
		events: detail.events.map((e) => ({
			id: e.id,
			at: e.at,
			event: AUDIT_LABELS[e.kind] ?? e.kind,
			detail: module ? describeEvent(module, attempt.questionIds, e.kind, e.detail) : ''
		}))
	};
}) satisfies PageServerLoad;
