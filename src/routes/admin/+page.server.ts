import { fail } from '@sveltejs/kit';
import { ACCOUNT_CHANGES, changeAccount, listTeachers, type AccountChange } from '$lib/server/auth/admin';
import { requireAdmin } from '$lib/server/auth/guard';
import { createInvitation, listOpenInvitations, revokeInvitation } from '$lib/server/auth/invitations';
import { emailProblem, findTeacherByEmail, normaliseEmail } from '$lib/server/auth/teachers';
import { database } from '$lib/server/db';
import { publicModulesAllowed, setPublicModulesAllowed } from '$lib/server/modules/store';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const admin = requireAdmin(locals);
	const db = await database();
	const [teachers, invitations, publicModules] = await Promise.all([listTeachers(db), listOpenInvitations(db), publicModulesAllowed(db)]);
	return {
		you: admin.id,
		/** Whether teachers may put modules in the public self-study library (off unless turned on here). */
		publicModules,
		teachers: teachers.map((t) => ({ id: t.id, name: t.name, email: t.email, role: t.role, status: t.status, since: t.created_at })),
		invitations: invitations.map((i) => ({ id: i.id, email: i.email, invitedBy: i.invitedBy, expiresAt: i.expires_at }))
	};
}) satisfies PageServerLoad;

/** What each change did, said back to the administrator. */
const DONE: Record<AccountChange, (name: string) => string> = {
	disable: (name) => `${name}’s account is disabled: they are signed out everywhere and cannot sign in.`,
	enable: (name) => `${name}’s account is enabled again: they can sign in.`,
	approve: (name) => `${name} can now sign in and teach here.`,
	decline: (name) => `${name}’s request is declined and removed.`,
	'make-admin': (name) => `${name} is now an administrator.`,
	'remove-admin': (name) => `${name} is no longer an administrator.`
};

function text(form: FormData, key: string): string {
	const value = form.get(key);
	return typeof value === 'string' ? value : '';
}

export const actions = {
	/** Makes a single-use invitation link for one email; the link is shown once, only its hash is kept. */
	invite: async (event) => {
		const admin = requireAdmin(event.locals, event.url);
		const email = normaliseEmail(text(await event.request.formData(), 'email'));
		const problem = emailProblem(email);
		if (problem) return fail(400, { action: 'invite' as const, message: problem, email });
		const db = await database();
		const existing = await findTeacherByEmail(db, email);
		if (existing) {
			const message =
				existing.status === 'pending'
					? `${email} has asked for access: approve the request under Requests instead.`
					: `${email} already has an account here.`;
			return fail(409, { action: 'invite' as const, message, email });
		}
		const { token, expiresAt } = await createInvitation(db, { email, createdBy: admin.id });
		return { action: 'invite' as const, invited: { email, link: new URL(`/invite/${token}`, event.url.origin).href, expiresAt } };
	},

	/** Withdraws an open invitation: its link stops working. */
	withdraw: async (event) => {
		requireAdmin(event.locals, event.url);
		const id = text(await event.request.formData(), 'id');
		const withdrawn = await revokeInvitation(await database(), id);
		if (!withdrawn) return fail(404, { action: 'withdraw' as const, message: 'That invitation was already used, withdrawn or expired.' });
		return { action: 'withdraw' as const, done: 'Invitation withdrawn: its link no longer works.' };
	},

	/** Lets teachers make modules public in the self-study library, or stops it (their public modules leave the library at once). */
	publicModules: async (event) => {
		const admin = requireAdmin(event.locals, event.url);
		const allow = text(await event.request.formData(), 'allow');
		if (allow !== 'yes' && allow !== 'no') return fail(400, { action: 'publicModules' as const, message: 'Say whether teachers may make modules public.' });
		await setPublicModulesAllowed(await database(), admin, allow === 'yes');
		return {
			action: 'publicModules' as const,
			done:
				allow === 'yes'
					? 'Teachers may now put their modules in the public self-study library.'
					: 'Teachers can no longer make modules public; the modules they had made public are now shared with the teachers here only.'
		};
	},

	/** Approves or declines a request, disables or enables an account, gives or takes the administrator role. */
	change: async (event) => {
		const admin = requireAdmin(event.locals, event.url);
		const form = await event.request.formData();
		const change = text(form, 'change') as AccountChange;
		const id = text(form, 'id');
		if (!ACCOUNT_CHANGES.includes(change)) return fail(400, { action: 'change' as const, message: 'That change is not one this page offers.' });
		const outcome = await changeAccount(await database(), admin.id, id, change);
		if (!outcome.ok) return fail(outcome.status, { action: 'change' as const, message: outcome.message });
		return { action: 'change' as const, done: DONE[change](outcome.name) };
	}
} satisfies Actions;
