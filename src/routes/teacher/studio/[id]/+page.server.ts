import { fail } from '@sveltejs/kit';
import { parseModuleJson } from '$lib/content/module-json';
import { requireTeacher } from '$lib/server/auth/guard';
import { mine, publicAllowed, publish, setVisibility, type Visibility } from '../studio.server';
import type { Actions, PageServerLoad } from './$types';

const VISIBILITIES: readonly Visibility[] = ['private', 'teachers', 'public'];

export const load = (async ({ locals, params }) => {
	const teacher = requireTeacher(locals);
	const m = await mine(teacher.id, params.id);
	return {
		id: m.id,
		slug: m.slug,
		visibility: m.visibility,
		publicAllowed: await publicAllowed(),
		draft: m.draft,
		revision: m.revision,
		published: m.published,
		versions: m.versions.map((v) => ({ number: v.number, hash: v.hash, publishedAt: v.publishedAt })),
		// The checks as the page opens (the browser runs them again as the teacher types).
		problems: parseModuleJson(m.draft).problems
	};
}) satisfies PageServerLoad;

export const actions = {
	publish: async ({ locals, params, request }) => {
		const teacher = requireTeacher(locals);
		const data = await request.formData();
		const m = await mine(teacher.id, params.id);
		// Publish what the teacher sees: a draft saved since (in another tab) is not published unseen.
		if (Number(data.get('revision')) !== m.revision) {
			return fail(409, { publish: { message: 'The draft changed since this page last saved it. Wait until it says “Saved”, then publish.' } });
		}
		const published = await publish(teacher.id, params.id);
		if (!published.ok) {
			return fail(400, { publish: { message: published.message } });
		}
		const { number, hash } = published.version;
		return { publish: { number, hash, created: published.created } };
	},
	visibility: async ({ locals, params, request }) => {
		const teacher = requireTeacher(locals);
		const value = String((await request.formData()).get('visibility') ?? '');
		await mine(teacher.id, params.id);
		if (!(VISIBILITIES as string[]).includes(value)) return fail(400, { visibility: { message: 'Choose who can see the module.' } });
		const changed = await setVisibility(teacher.id, params.id, value as Visibility);
		if (!changed.ok) return fail(403, { visibility: { message: changed.message } });
		return { visibility: { saved: value as Visibility } };
	}
} satisfies Actions;
