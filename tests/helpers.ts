import AxeBuilder from '@axe-core/playwright';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';

/** Runs axe on the page as it stands (WCAG 2.2 A and AA, plus best practices) and expects nothing found. */
export async function expectNoAxeViolations(page: Page, context = '') {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(found, `axe violations ${context}`).toEqual([]);
}

/** True when the page scrolls sideways: content wider than the viewport. */
export async function scrollsSideways(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** No horizontal scroll (the document no wider than the viewport) and nothing axe finds. */
export async function expectFits(page: Page, where: string) {
	const sizes = await page.evaluate(() => {
		const client = document.documentElement.clientWidth;
		// The elements that reach past the right edge, outside any scroller of their own, so a failure names
		// what sticks out.
		const inScroller = (el: Element) => {
			for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
				if (getComputedStyle(up).overflowX !== 'visible') return true;
			}
			return false;
		};
		const past = [...document.body.querySelectorAll('*')].filter(
			(el) => el.getBoundingClientRect().right > client + 0.5 && !inScroller(el)
		);
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].filter((c) => !c.startsWith('svelte-')).map((c) => `.${c}`).join('')}`;
		return {
			scroll: document.documentElement.scrollWidth,
			client,
			past: past.slice(-5).map((el) => `${name(el)} to ${Math.round(el.getBoundingClientRect().right)} px`)
		};
	});
	expect(sizes.scroll, `${where} is ${sizes.scroll} px wide in ${sizes.client} px (${sizes.past.join('; ')})`).toBeLessThanOrEqual(
		sizes.client
	);
	await expectNoAxeViolations(page, where);
}

/**
 * Every label of the told/happened pictures on the page fits its column breaking between words only: with
 * breaking inside a word turned off, no label is wider than its box.
 */
export async function expectWholeWords(page: Page, where: string) {
	const cut = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.timeline .picture .text > *, .timeline .picture .unordered')].flatMap((el) => {
			el.style.overflowWrap = 'normal';
			const wider = el.scrollWidth > el.clientWidth;
			el.style.overflowWrap = '';
			return wider ? [`“${el.textContent}” needs ${el.scrollWidth} px in ${el.clientWidth} px`] : [];
		})
	);
	expect(cut, `labels broken inside a word on ${where}`).toEqual([]);
}

/** The password every test teacher gets. */
export const TEACHER_PASSWORD = 'a long enough password';

/** Every test server's first account, and so its administrator: whichever worker gets there first makes it. */
export const ADMIN = { name: 'Site Administrator', email: 'admin@school.example', password: 'the administrator’s own password' } as const;

// scrypt is slow on purpose, and slower still while parallel workers hash at once.
const HASHING = { timeout: 20_000 };

/** An email no other test uses. */
export function uniqueEmail(label: string): string {
	return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@school.example`;
}

const admins = new Map<string, Promise<APIRequestContext>>();

/** The base URL of the server the running test's project talks to. */
export function serverURL(): string {
	const baseURL = test.info().project.use.baseURL;
	if (!baseURL) throw new Error('The project has no baseURL.');
	return baseURL;
}

/**
 * An API context signed in as the server's administrator, made once per worker and server. On a fresh
 * server the first worker here makes the first account, which becomes the administrator; workers that
 * arrive at the same moment are refused that (only one first account is possible) and sign in instead.
 */
export function adminRequest(baseURL = serverURL()): Promise<APIRequestContext> {
	let admin = admins.get(baseURL);
	if (!admin) {
		admin = signInAdmin(baseURL);
		admins.set(baseURL, admin);
		admin.catch(() => admins.delete(baseURL));
	}
	return admin;
}

async function signInAdmin(baseURL: string): Promise<APIRequestContext> {
	// Form posts as a browser without JavaScript sends them: same origin, asking for HTML.
	const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, accept: 'text/html' } });
	const fresh = (await (await api.get('/signup')).text()).includes('Set up Sourced');
	if (fresh) {
		const setUp = await api.post('/signup', { form: { intent: 'setup', ...ADMIN }, maxRedirects: 0, timeout: HASHING.timeout });
		if (setUp.status() === 303) return api;
		expect(setUp.status(), 'another worker made the first account').toBe(409);
	}
	const signedIn = await api.post('/signin', { form: { email: ADMIN.email, password: ADMIN.password }, maxRedirects: 0, timeout: HASHING.timeout });
	expect(signedIn.status(), 'the administrator signs in').toBe(303);
	return api;
}

/** The administrator makes an invitation link for the email; returns the link's path. */
export async function invitationFor(email: string, baseURL = serverURL()): Promise<string> {
	const admin = await adminRequest(baseURL);
	const response = await admin.post('/admin?/invite', { form: { email }, maxRedirects: 0 });
	expect(response.status(), 'the administrator invites a teacher').toBe(200);
	const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(await response.text())?.[1];
	expect(token, 'the invitation link').toBeTruthy();
	return `/invite/${token}`;
}

/**
 * A new teacher account, signed in on the page, the way teachers join a set-up site: the administrator
 * invites a fresh email and the teacher accepts through the invitation page. Ends on /teacher.
 */
export async function signUpTeacher(page: Page, label = 'teacher', name = 'Grace Hopper'): Promise<{ email: string; password: string }> {
	const email = uniqueEmail(label);
	await page.goto(await invitationFor(email));
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Password').fill(TEACHER_PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/teacher$/, HASHING);
	return { email, password: TEACHER_PASSWORD };
}

/**
 * A new teacher account for a test that talks to the server without a browser: an API context signed
 * in as a freshly invited teacher (the invitation accepted with a form post, as a browser without
 * JavaScript sends it).
 */
export async function teacherRequest(label = 'teacher', name = 'Grace Hopper', baseURL = serverURL()): Promise<APIRequestContext> {
	const path = await invitationFor(uniqueEmail(label), baseURL);
	const api = await request.newContext({ baseURL });
	const accepted = await api.post(path, {
		form: { name, password: TEACHER_PASSWORD },
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0,
		timeout: HASHING.timeout
	});
	expect(accepted.status(), 'the invited teacher accepts').toBe(303);
	return api;
}
