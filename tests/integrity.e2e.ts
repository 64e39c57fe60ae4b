import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unflatten } from 'devalue';
import { teacherRequest } from './helpers';
import { moduleKey, SLUG } from './quiz-helpers';

/*
 * The integrity probe. A hostile student holds an attempt at an open assignment whose results are
 * withheld until it closes, and tries every route the app has: pages, their data, every API endpoint,
 * with their own cookie, a classmate's attempt, and no cookie at all. Nothing that comes back may carry
 * a key, an explanation, an evidence passage, a verdict, or a hint text the student was not charged for.
 * Every JSON reply is checked against the exact public shape its route may send (an allowlist of paths);
 * every reply, JSON or HTML, is searched for the module's secret texts. The routes come from src/routes,
 * so a new route fails this test until it is probed here.
 */

type Ctx = {
	api: APIRequestContext;
	attemptId: string;
	classmateId: string;
	assignmentId: string;
	code: string;
	questionIds: string[];
	/** A question of the module the attempt did not draw. */
	otherQuestion: string;
};

/** One request a route is probed with, and the statuses it may answer. */
type Probe = {
	method: 'GET' | 'POST' | 'PUT';
	path: string;
	data?: unknown;
	form?: Record<string, string>;
	statuses: number[];
	/** The route whose shape the reply must have, when the path is another route's. */
	as?: string;
};

/** Which JSON paths each route may send; `*` stands for an id (question, option, attempt). */
const PUBLIC_QUESTION = [
	'id', 'skill', 'difficulty', 'stem', 'hintCount', 'number', 'kind', 'options[].id', 'options[].text', 'items[].id',
	'items[].label', 'format', 'units[]', 'prompts[].id', 'prompts[].text', 'choices[].id', 'choices[].text', 'claim', 'statement',
	// Whether each choice of a matching question may be used once: a rule the control states, not a key.
	'oneToOne'
];
const RESPONSE = ['kind', 'option', 'options[]', 'order[]', 'text', 'pairs.*', 'start', 'end', 'choice', 'sentences[]', 'sentences[].start', 'sentences[].end'];
const SAVED = ['id', 'submittedAt', 'deadlineAt', ...RESPONSE.map((p) => `answers.*.response.${p}`), 'answers.*.seq', 'hints.*[]'];
const ERROR = ['message'];
const SHAPES: Record<string, string[]> = {
	'/api/attempts/[id]': [...SAVED, ...ERROR],
	'/api/attempts/[id]/answers/[questionId]': ['saved', 'seq', 'duplicate', ...ERROR],
	'/api/attempts/[id]/hints/[questionId]': ['questionId', 'index', 'hint', ...ERROR],
	'/api/attempts/[id]/submit': ['submittedAt', 'released', ...ERROR],
	'/api/attempts/[id]/summary': ERROR,
	'/api/modules/[slug]/check': ERROR,
	'/api/modules/[slug]/hint': ERROR,
	'/api/modules/[slug]/summary': ERROR,
	'/attempt/[id]': [
		...['id', 'displayName', 'title', 'moduleTitle', 'version', 'feedback', 'review', 'attemptsAllowed', 'roster', 'closesAt', 'deadlineAt', 'submittedAt', 'now'].map(
			(p) => `attempt.${p}`
		),
		'story.**',
		...PUBLIC_QUESTION.map((p) => `questions[].${p}`),
		...SAVED.map((p) => `saved.${p}`),
		'teacher',
		'student'
	],
	'/student': ['teacher', 'student', 'assignments[]'],
	// `history`: content versions and question ids with version numbers only (what carries saved progress over).
	'/modules/[slug]/quiz': ['teacher', 'student', 'slug', 'title', 'version', 'versionNumber', 'story.**', 'closed', 'questions[]', 'history.versions.**', 'history.sameSince.*']
};

/** Every route of the app, as SvelteKit names it, from the files under src/routes. */
function appRoutes(dir = 'src/routes'): string[] {
	const here = readdirSync(dir, { withFileTypes: true });
	const own = here.some((e) => e.isFile() && /^\+(page\.svelte|server\.ts)$/.test(e.name));
	const id = '/' + relative('src/routes', dir).split(sep).join('/');
	return [...(own ? [id === '/' ? '/' : id.replace(/\/$/, '')] : []), ...here.filter((e) => e.isDirectory()).flatMap((e) => appRoutes(join(dir, e.name)))];
}

const TEACHER_ROUTES = (c: Ctx): Probe[] => [{ method: 'GET', path: `/teacher/assignments/${c.assignmentId}`, statuses: [303] }];

/** The probes, by route. Teacher pages must send the student to sign in; the rest must keep the secrets. */
const PROBES: Record<string, (c: Ctx) => Probe[]> = {
	'/': () => [{ method: 'GET', path: '/', statuses: [200] }],
	'/health': () => [{ method: 'GET', path: '/health', statuses: [200] }],
	'/join': () => [{ method: 'GET', path: '/join', statuses: [200] }],
	'/join/[code]': (c) => [
		{ method: 'GET', path: `/join/${c.code}`, statuses: [200] },
		{ method: 'GET', path: `/join/${c.code}/__data.json`, statuses: [200] }
	],
	'/signin': () => [{ method: 'GET', path: '/signin', statuses: [200] }],
	'/signup': () => [{ method: 'GET', path: '/signup', statuses: [200, 303] }],
	'/invite/[token]': () => [{ method: 'GET', path: `/invite/${'A'.repeat(43)}`, statuses: [404] }],
	'/admin': () => [{ method: 'GET', path: '/admin', statuses: [303] }],
	'/signout': () => [{ method: 'GET', path: '/signout', statuses: [200, 303, 404, 405] }],
	'/modules/[slug]': () => [{ method: 'GET', path: `/modules/${SLUG}`, statuses: [200] }],
	'/modules/[slug]/quiz': () => [
		{ method: 'GET', path: `/modules/${SLUG}/quiz`, statuses: [200] },
		{ method: 'GET', path: `/modules/${SLUG}/quiz/__data.json`, statuses: [200] }
	],
	'/api/modules/[slug]/check': (c) =>
		c.questionIds.concat(c.otherQuestion).map((questionId) => ({
			method: 'POST' as const,
			path: `/api/modules/${SLUG}/check`,
			data: { questionId, response: { kind: 'single', option: 'reply' }, hintsUsed: 0 },
			statuses: [403]
		})),
	'/api/modules/[slug]/hint': (c) =>
		c.questionIds.map((questionId) => ({ method: 'POST' as const, path: `/api/modules/${SLUG}/hint`, data: { questionId, index: 0 }, statuses: [403] })),
	'/api/modules/[slug]/summary': (c) => [
		{ method: 'POST', path: `/api/modules/${SLUG}/summary`, data: { questionIds: c.questionIds }, statuses: [403] }
	],
	'/attempt/[id]': (c) => [
		{ method: 'GET', path: `/attempt/${c.attemptId}`, statuses: [200] },
		{ method: 'GET', path: `/attempt/${c.attemptId}/__data.json`, statuses: [200] },
		{ method: 'GET', path: `/attempt/${c.classmateId}/__data.json`, statuses: [404] }
	],
	'/api/attempts/[id]': (c) => [
		{ method: 'GET', path: `/api/attempts/${c.attemptId}`, statuses: [200] },
		{ method: 'GET', path: `/api/attempts/${c.classmateId}`, statuses: [404] }
	],
	'/api/attempts/[id]/answers/[questionId]': (c) => [
		...c.questionIds.map((q, i) => ({
			method: 'PUT' as const,
			path: `/api/attempts/${c.attemptId}/answers/${q}`,
			data: { response: { kind: 'single', option: 'reply' }, seq: 100 + i },
			statuses: [200, 400]
		})),
		{ method: 'PUT', path: `/api/attempts/${c.attemptId}/answers/${c.otherQuestion}`, data: { response: { kind: 'single', option: 'reply' }, seq: 1 }, statuses: [404] },
		{ method: 'PUT', path: `/api/attempts/${c.classmateId}/answers/${c.questionIds[0]}`, data: { response: { kind: 'single', option: 'reply' }, seq: 1 }, statuses: [404] }
	],
	'/api/attempts/[id]/hints/[questionId]': (c) => [
		// Only a hint of the attempt's own question, one at a time, and never a classmate's.
		{ method: 'POST', path: `/api/attempts/${c.attemptId}/hints/${c.otherQuestion}`, data: { index: 0 }, statuses: [404] },
		{ method: 'POST', path: `/api/attempts/${c.attemptId}/hints/${c.questionIds[0]}`, data: { index: 5 }, statuses: [400, 404] },
		{ method: 'POST', path: `/api/attempts/${c.classmateId}/hints/${c.questionIds[0]}`, data: { index: 0 }, statuses: [404] }
	],
	'/api/attempts/[id]/submit': (c) => [
		{ method: 'POST', path: `/api/attempts/${c.classmateId}/submit`, data: {}, statuses: [404] },
		{ method: 'POST', path: `/api/attempts/${c.attemptId}/submit`, data: {}, statuses: [200] },
		// After submitting, the attempt and its page still carry no results.
		{ method: 'GET', path: `/api/attempts/${c.attemptId}`, statuses: [200], as: '/api/attempts/[id]' },
		{ method: 'GET', path: `/attempt/${c.attemptId}/__data.json`, statuses: [200], as: '/attempt/[id]' }
	],
	'/api/attempts/[id]/summary': (c) => [
		{ method: 'GET', path: `/api/attempts/${c.attemptId}/summary`, statuses: [409] },
		{ method: 'GET', path: `/api/attempts/${c.classmateId}/summary`, statuses: [404] }
	],
	'/teacher': () => [{ method: 'GET', path: '/teacher', statuses: [303] }],
	'/student': () => [
		{ method: 'GET', path: '/student', statuses: [200] },
		{ method: 'GET', path: '/student/__data.json', statuses: [200] }
	],
	'/teacher/classes': () => [{ method: 'GET', path: '/teacher/classes', statuses: [303] }],
	'/teacher/classes/[id]': () => [{ method: 'GET', path: `/teacher/classes/${randomUUID()}`, statuses: [303] }],
	'/teacher/classes/[id]/cards': () => [{ method: 'GET', path: `/teacher/classes/${randomUUID()}/cards`, statuses: [303] }],
	'/teacher/assignments/new': () => [{ method: 'GET', path: '/teacher/assignments/new', statuses: [303] }],
	'/teacher/assignments/[id]': TEACHER_ROUTES,
	'/teacher/assignments/[id]/edit': (c) => [{ method: 'GET', path: `/teacher/assignments/${c.assignmentId}/edit`, statuses: [303] }],
	'/teacher/assignments/[id]/qr': (c) => [{ method: 'GET', path: `/teacher/assignments/${c.assignmentId}/qr`, statuses: [303] }],
	'/teacher/assignments/[id]/results': (c) => [{ method: 'GET', path: `/teacher/assignments/${c.assignmentId}/results`, statuses: [303] }],
	'/teacher/assignments/[id]/results/data': (c) => [
		{ method: 'GET', path: `/teacher/assignments/${c.assignmentId}/results/data`, statuses: [303, 401, 403] }
	],
	'/teacher/assignments/[id]/results/questions.csv': (c) => [
		{ method: 'GET', path: `/teacher/assignments/${c.assignmentId}/results/questions.csv`, statuses: [303, 401, 403] }
	],
	'/teacher/assignments/[id]/results/students.csv': (c) => [
		{ method: 'GET', path: `/teacher/assignments/${c.assignmentId}/results/students.csv`, statuses: [303, 401, 403] }
	],
	'/teacher/assignments/[id]/attempts/[attemptId]': (c) => [
		{ method: 'GET', path: `/teacher/assignments/${c.assignmentId}/attempts/${c.attemptId}`, statuses: [303] }
	],
	'/teacher/modules/[slug]': () => [{ method: 'GET', path: `/teacher/modules/${SLUG}`, statuses: [303] }],
	// The studio: its pages send a student to sign in; its endpoints refuse without a teacher's session.
	'/teacher/studio': () => [{ method: 'GET', path: '/teacher/studio', statuses: [303] }],
	'/teacher/studio/new': () => [{ method: 'GET', path: '/teacher/studio/new', statuses: [303] }],
	'/teacher/studio/[id]': () => [{ method: 'GET', path: `/teacher/studio/${SLUG}`, statuses: [303] }],
	'/teacher/studio/[id]/preview': () => [{ method: 'GET', path: `/teacher/studio/${SLUG}/preview`, statuses: [303] }],
	'/teacher/studio/[id]/draft': () => [{ method: 'PUT', path: `/teacher/studio/${SLUG}/draft`, data: { baseRevision: 1, draft: {} }, statuses: [401, 403] }],
	'/teacher/studio/[id]/copy': () => [{ method: 'POST', path: `/teacher/studio/${SLUG}/copy`, data: {}, statuses: [401, 403] }],
	'/teacher/studio/[id]/draft-questions': () => [{ method: 'POST', path: `/teacher/studio/${SLUG}/draft-questions`, data: { baseRevision: 1 }, statuses: [401, 403] }],
	'/teacher/studio/[id]/preview/check': (c) =>
		c.questionIds.map((questionId) => ({
			method: 'POST' as const,
			path: `/teacher/studio/${SLUG}/preview/check`,
			data: { questionId, response: null },
			statuses: [401, 403]
		})),
	'/teacher/studio/[id]/preview/hint': (c) =>
		c.questionIds.map((questionId) => ({
			method: 'POST' as const,
			path: `/teacher/studio/${SLUG}/preview/hint`,
			data: { questionId, index: 0 },
			statuses: [401, 403]
		})),
	'/teacher/studio/[id]/preview/summary': (c) => [
		{ method: 'POST', path: `/teacher/studio/${SLUG}/preview/summary`, data: { answers: c.questionIds.map((questionId) => ({ questionId })) }, statuses: [401, 403] }
	]
};

/** The JSON paths of a value: arrays as `[]`, ids as `*`. */
function paths(value: unknown, ids: Set<string>, prefix = ''): string[] {
	if (Array.isArray(value)) return value.length === 0 ? [`${prefix}[]`] : value.flatMap((v) => paths(v, ids, `${prefix}[]`));
	if (value !== null && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => paths(v, ids, `${prefix}${prefix && !prefix.endsWith('.') ? '.' : ''}${ids.has(k) ? '*' : k}`));
	}
	return [prefix];
}

function allowed(path: string, shape: string[]): boolean {
	return shape.some((p) => p === path || (p.endsWith('.**') && path.startsWith(p.slice(0, -2))));
}

/** The page data a client-side navigation fetches, as one object. */
function pageDataOf(body: string): unknown {
	const parsed = JSON.parse(body) as { nodes?: ({ type: string; data: unknown[] } | null)[] };
	return Object.assign({}, ...(parsed.nodes ?? []).flatMap((n) => (n?.type === 'data' ? [unflatten(n.data) as object] : [])));
}

async function send(api: APIRequestContext, p: Probe, origin: string): Promise<APIResponse> {
	const options = { maxRedirects: 0, headers: { origin, accept: p.path.includes('/api/') ? 'application/json' : 'text/html' } };
	if (p.method === 'GET') return api.get(p.path, options);
	if (p.method === 'PUT') return api.put(p.path, { ...options, data: p.data });
	return api.post(p.path, { ...options, ...(p.form ? { form: p.form } : { data: p.data }) });
}

/** A form post as a browser sends it, the redirect not followed. */
async function postForm(api: APIRequestContext, path: string, origin: string, form: Record<string, string | string[]>): Promise<APIResponse> {
	const body = new URLSearchParams();
	for (const [k, v] of Object.entries(form)) for (const one of [v].flat()) body.append(k, one);
	return api.post(path, { maxRedirects: 0, headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, data: body.toString() });
}

test('a student at an open assignment that withholds its results gets no key by any route', async ({ playwright, baseURL }) => {
	test.setTimeout(120_000);
	const origin = baseURL!;
	const key = moduleKey();
	const secrets = key.questions.flatMap((q) => {
		const extra = q as unknown as { explanation: string; hints?: string[]; wrongFeedback?: string; options?: { feedback?: string }[] };
		return [extra.explanation, ...(extra.hints ?? []), ...(extra.wrongFeedback ? [extra.wrongFeedback] : []), ...(extra.options ?? []).flatMap((o) => o.feedback ?? [])].map(
			(s) => ({ question: q.id, text: s.slice(0, 50) })
		);
	});

	// A teacher sets an assignment of every skill whose results come after the close date.
	const teacher = await teacherRequest('probe', 'Probe Teacher', baseURL);
	const created = await postForm(teacher, '/teacher/assignments/new?/create', origin, {
		title: 'Probe',
		module: SLUG,
		skills: ['sequence', 'numbers', 'sources'],
		questionCount: '12',
		feedback: 'close',
		attemptsAllowed: '1',
		closes: new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 16),
		timeZone: 'UTC'
	});
	expect(created.status()).toBe(303);
	const assignmentPath = created.headers()['location']!;
	const assignmentId = assignmentPath.split('/').pop()!;
	const page = pageDataOf(await (await teacher.get(`${assignmentPath}/__data.json`)).text()) as { assignment?: { code?: string } };
	const code = page.assignment?.code ?? JSON.stringify(page).match(/"code":"([A-Z0-9]{6})"/)?.[1];
	expect(code).toMatch(/^[A-Z0-9]{6}$/);

	const join = async (name: string) => {
		const api = await playwright.request.newContext({ baseURL });
		const joined = await postForm(api, `/join/${code}`, origin, { name });
		expect(joined.status()).toBe(303);
		return { api, id: joined.headers()['location']!.split('/').pop()! };
	};
	const student = await join('Mallory');
	const classmate = await join('Alice');
	const data = pageDataOf(await (await student.api.get(`/attempt/${student.id}/__data.json`)).text()) as { questions: { id: string }[] };
	const questionIds = data.questions.map((q) => q.id);
	expect(questionIds.length).toBe(12);
	const ctx: Ctx = {
		api: student.api,
		attemptId: student.id,
		classmateId: classmate.id,
		assignmentId,
		code: code!,
		questionIds,
		otherQuestion: key.questions.find((q) => !questionIds.includes(q.id))!.id
	};
	const ids = new Set([...key.questions.map((q) => q.id), student.id, classmate.id]);

	// Every route of the app is probed.
	const routes = appRoutes();
	expect(routes.filter((r) => !(r in PROBES)), 'routes the probe does not cover').toEqual([]);

	// The one sanctioned hint: the student's own question, charged to the attempt.
	const charged = await student.api.post(`/api/attempts/${student.id}/hints/${questionIds[0]}`, { data: { index: 0 }, headers: { origin } });
	const chargedHint = charged.status() === 200 ? ((await charged.json()) as { hint: string }).hint : null;

	const log: string[] = [];
	const leaks: string[] = [];
	for (const route of routes) {
		for (const probe of PROBES[route]!(ctx)) {
			for (const [who, api] of [['student', student.api], ['no cookie', await playwright.request.newContext({ baseURL })]] as const) {
				if (who === 'no cookie' && !probe.path.includes('/api/modules/')) continue;
				const response = await send(api, probe, origin);
				const body = await response.text();
				// Page data answers 200 with the load's error inside.
				const dataError = probe.path.endsWith('__data.json')
					? ((JSON.parse(body) as { nodes?: ({ type?: string; status?: number } | null)[] }).nodes ?? []).find((n) => n?.type === 'error') ?? null
					: null;
				const status = dataError?.type === 'error' ? (dataError.status ?? 500) : response.status();
				const label = `${probe.method} ${probe.path.replace(student.id, ':own').replace(classmate.id, ':classmate')} (${who})`;
				log.push(`${label} → ${status}`);
				if (!probe.statuses.includes(status)) leaks.push(`${label}: status ${status}, expected ${probe.statuses.join('/')}`);
				for (const s of secrets) {
					if (s.text === chargedHint?.slice(0, 50)) continue;
					if (body.includes(s.text)) leaks.push(`${label}: text of ${s.question}: "${s.text}"`);
				}
				const type = response.headers()['content-type'] ?? '';
				const shape = SHAPES[probe.as ?? route];
				if (shape && type.includes('json') && dataError?.type !== 'error') {
					const value = probe.path.endsWith('__data.json') ? pageDataOf(body) : JSON.parse(body);
					const extra = [...new Set(paths(value, ids))].filter((p) => !allowed(p, shape));
					if (extra.length > 0) leaks.push(`${label}: fields outside the public shape: ${extra.join(', ')}`);
				}
			}
		}
	}
	console.log(log.join('\n'));
	expect(leaks).toEqual([]);

	// The student's hint was charged: the attempt records it.
	expect(chargedHint).not.toBeNull();
	const saved = (await (await student.api.get(`/api/attempts/${student.id}`)).json()) as { hints: Record<string, string[]> };
	expect(saved.hints[questionIds[0]!]).toEqual([chargedHint]);

	// The control: once the teacher closes the assignment, the same student's summary and results arrive.
	const closed = await postForm(teacher, `${assignmentPath}?/close`, origin, { confirm: 'yes' });
	expect(closed.status()).toBe(303);
	const summary = await student.api.get(`/api/attempts/${student.id}/summary`);
	expect(summary.status()).toBe(200);
	const overview = (await summary.json()) as { timeline: unknown[]; sources: unknown[] };
	expect(overview.timeline.length + overview.sources.length).toBeGreaterThan(0);
	const after = (await (await student.api.get(`/api/attempts/${student.id}`)).json()) as { results?: Record<string, { explanation: string }> };
	expect(Object.keys(after.results ?? {}).length).toBeGreaterThan(0);
});
