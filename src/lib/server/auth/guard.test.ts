import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { requireAdmin, requireTeacher, requireTeacherApi, safeNext } from './guard';

const ada = { id: 't1', email: 'ada@school.org', name: 'Ada', role: 'teacher' as const };
const grace = { id: 't2', email: 'grace@school.org', name: 'Grace', role: 'admin' as const };

function thrown(f: () => unknown): unknown {
	try {
		f();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

describe('the teacher guard', () => {
	it('returns the signed-in teacher', () => {
		expect(requireTeacher({ teacher: ada }, new URL('http://x/teacher'))).toBe(ada);
		expect(requireTeacherApi({ teacher: ada })).toBe(ada);
	});

	it('sends a visitor to sign in, and back to the page afterwards', () => {
		const r = thrown(() => requireTeacher({ teacher: null }, new URL('http://x/teacher/a1?tab=results')));
		expect(isRedirect(r) && r.status === 303 && r.location).toBe('/signin?next=%2Fteacher%2Fa1%3Ftab%3Dresults');
		const fromAction = thrown(() => requireTeacher({ teacher: null }, new URL('http://x/teacher?/create')));
		expect(isRedirect(fromAction) && fromAction.location).toBe('/signin?next=%2Fteacher');
	});

	it('lets only an administrator through to the administrators’ pages', () => {
		const url = new URL('http://x/admin');
		expect(requireAdmin({ teacher: grace }, url)).toBe(grace);
		expect(isHttpError(thrown(() => requireAdmin({ teacher: ada }, url)), 403)).toBe(true);
		const visitor = thrown(() => requireAdmin({ teacher: null }, url));
		expect(isRedirect(visitor) && visitor.location).toBe('/signin?next=%2Fadmin');
	});

	it('answers 401 to an endpoint', () => {
		const e = thrown(() => requireTeacherApi({ teacher: null }));
		expect(isHttpError(e, 401)).toBe(true);
	});
});

describe('the after-sign-in destination', () => {
	it('keeps paths on this site', () => {
		expect(safeNext('/teacher/a1?tab=results#top')).toBe('/teacher/a1?tab=results#top');
		expect(safeNext('/modules/nato-russia-missions-2021')).toBe('/modules/nato-russia-missions-2021');
	});

	it('refuses anything that could lead elsewhere', () => {
		for (const next of [
			null,
			'',
			'teacher',
			'https://evil.example/',
			'//evil.example/',
			'/\\evil.example/',
			'/\t/evil.example/',
			'javascript:alert(1)',
			' /teacher'
		]) {
			expect(safeNext(next), String(next)).toBe('/teacher');
		}
	});
});
