import { fail } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { formatPersonalCode, issueCards } from '$lib/server/classes';
import { ownClass } from '../../class.server';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const { cls } = await ownClass(locals, params.id);
	return {
		cls: {
			id: cls.id,
			name: cls.name,
			students: cls.students.length,
			withoutCard: cls.students.filter((s) => s.cardIssuedAt === null).length
		}
	};
}) satisfies PageServerLoad;

/** Where a card's QR code leads: the sign-in page, with both codes after `#` (never sent to a server). */
function cardLink(origin: string, classCode: string, personalCode: string): string {
	return `${origin}/student#c=${classCode}&p=${personalCode}`;
}

export const actions = {
	/**
	 * Issues new codes and shows their cards, this once: the codes are stored only as hashes. `scope` is
	 * `new` (students without a card) or `all`; `student` names one student (a lost card).
	 */
	issue: async ({ locals, params, request, url, setHeaders }) => {
		const { db, teacherId, cls } = await ownClass(locals, params.id);
		const data = await request.formData();
		const student = data.get('student');
		const scope = data.get('scope');
		let which: 'new' | 'all' | string[];
		if (typeof student === 'string' && student !== '') {
			if (!cls.students.some((s) => s.id === student)) return fail(404, { message: 'That student is not on this class’s roster.' });
			which = [student];
		} else if (scope === 'new' || scope === 'all') which = scope;
		else return fail(400, { message: 'Choose which cards to print.' });
		const cards = (await issueCards(db, teacherId, cls.id, which)) ?? [];
		if (cards.length === 0) return fail(400, { message: 'Every student already has a card. To replace one, choose “New code” beside their name.' });
		// The codes exist nowhere else: keep this page out of every cache.
		setHeaders({ 'cache-control': 'no-store' });
		return {
			cards: cards.map((c) => ({
				id: c.studentId,
				name: c.name,
				classCode: c.classCode,
				personalCode: formatPersonalCode(c.personalCode),
				// Built from the codes alone: no user text reaches this markup.
				qr: renderSVG(cardLink(url.origin, c.classCode, c.personalCode), { ecc: 'M', border: 1 }).replace('<svg ', '<svg aria-hidden="true" ')
			})),
			signInUrl: `${url.origin}/student`,
			replaced: Array.isArray(which)
		};
	}
} satisfies Actions;
