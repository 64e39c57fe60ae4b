import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN, adminRequest, expectNoAxeViolations, scrollsSideways, signUpTeacher, TEACHER_PASSWORD, uniqueEmail } from './helpers';

/*
 * The administrator of a site decides who teaches there: invitations, requests for access, disabling
 * and enabling accounts. Every test server's first account is its administrator (see helpers.ts).
 */

const HASHING = { timeout: 20_000 };
// Each test signs in an administrator and a teacher (scrypt twice) and scans a page listing every teacher.
test.describe.configure({ timeout: 60_000 });
const SLUG = 'nato-russia-missions-2021';
const DISABLED = 'This account has been disabled. Ask an administrator of this site if you need it again.';
const PENDING = 'Your request for an account is waiting for an administrator of this site to approve it. Try again once they have.';

/** A name no other test uses, since the administrators' page lists every teacher of the server. */
const uniqueName = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

async function signIn(page: Page, email: string, password: string) {
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The administrator, signed in through the pages in a context of its own, on /admin. */
async function administrator(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
	await adminRequest();
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto('/signin?next=%2Fadmin');
	await signIn(page, ADMIN.email, ADMIN.password);
	await expect(page).toHaveURL(/\/admin$/, HASHING);
	return page;
}

test('an administrator invites a teacher, and the link opens one account, once', async ({ browser, page }) => {
	const admin = await administrator(browser);
	await expect(admin.getByRole('banner').getByRole('link', { name: 'Administration' })).toHaveAttribute('href', '/admin');
	const email = uniqueEmail('invited');
	await admin.getByLabel('Teacher’s email').fill(email.toUpperCase());
	await admin.getByRole('button', { name: 'Create invitation link' }).click();
	await expect(admin.getByRole('status')).toContainText(`Invitation for ${email} ready`);
	const link = await admin.getByLabel('Invitation link').inputValue();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
	await expectNoAxeViolations(admin, 'on /admin with a new invitation');
	const openInvitations = admin.getByRole('region', { name: 'Open invitations' }).getByRole('listitem');
	await expect(openInvitations.filter({ hasText: email })).toHaveCount(1);

	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accept your invitation');
	await expect(page.getByText(email)).toBeVisible();
	await expectNoAxeViolations(page, 'on the invitation page');
	const name = uniqueName('Invited Teacher');
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Password').fill('password2024');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('alert')).toContainText('Check the details below.');
	await expect(page.getByRole('alert').getByRole('link', { name: /commonly used/ })).toHaveAttribute('href', '#password');
	await expect(page.getByLabel('Name')).toHaveValue(name);
	await page.getByLabel('Password').fill(TEACHER_PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/teacher$/, HASHING);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Administration' })).toHaveCount(0);

	// Used: the link now says so, to anyone.
	const again = await browser.newPage();
	const response = await again.goto(link);
	expect(response?.status()).toBe(404);
	await expect(again.getByText(/This invitation link does not work: it may have been used already/)).toBeVisible();
	await again.close();

	await admin.reload();
	await expect(openInvitations.filter({ hasText: email })).toHaveCount(0);
	const listed = admin.getByRole('region', { name: 'Teachers' }).getByRole('listitem').filter({ hasText: name });
	await expect(listed).toContainText(email);
	await expect(listed).toContainText('Teacher');
	await expect(listed).toContainText('Active');
});

test('a withdrawn invitation stops working', async ({ browser, page }) => {
	const admin = await administrator(browser);
	const email = uniqueEmail('withdrawn');
	await admin.getByLabel('Teacher’s email').fill(email);
	await admin.getByRole('button', { name: 'Create invitation link' }).click();
	const link = await admin.getByLabel('Invitation link').inputValue();
	await admin.getByRole('button', { name: `Withdraw the invitation for ${email}` }).click();
	await expect(admin.getByRole('status')).toHaveText('Invitation withdrawn: its link no longer works.');
	expect((await page.goto(link))?.status()).toBe(404);
});

test('disabling a teacher ends their sessions at once and refuses their sign-in; enabling lets them back', async ({ browser, page, context }) => {
	const name = uniqueName('Disabled Teacher');
	const { email } = await signUpTeacher(page, 'disabled', name);
	const cookie = (await context.cookies()).find((c) => c.name === 'sourced_session')!.value;
	await page.goto(`/teacher/modules/${SLUG}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const admin = await administrator(browser);
	await admin.getByRole('button', { name: `Disable ${name}` }).click();
	await expect(admin.getByRole('status')).toHaveText(`${name}’s account is disabled: they are signed out everywhere and cannot sign in.`);
	await expect(admin.getByRole('region', { name: 'Teachers' }).getByRole('listitem').filter({ hasText: name })).toContainText('Disabled');

	// The open session is over: the key preview and the teacher pages send the browser to sign in.
	await page.reload();
	await expect(page).toHaveURL(/\/signin\?next=/);
	const replay = await page.request.get(`/teacher/modules/${SLUG}`, { headers: { cookie: `sourced_session=${cookie}` }, maxRedirects: 0 });
	expect(replay.status()).toBe(303);
	expect(replay.headers().location).toMatch(/^\/signin\?next=/);

	await page.goto('/signin');
	await signIn(page, email, TEACHER_PASSWORD);
	await expect(page.getByRole('alert')).toHaveText(DISABLED, HASHING);
	await signIn(page, email, 'not the password at all');
	await expect(page.getByRole('alert')).toHaveText('Email or password is not right.', HASHING);

	await admin.getByRole('button', { name: `Enable ${name}` }).click();
	await expect(admin.getByRole('status')).toHaveText(`${name}’s account is enabled again: they can sign in.`);
	await signIn(page, email, TEACHER_PASSWORD);
	await expect(page).toHaveURL(/\/teacher$/, HASHING);
});

test('a request for access waits for an administrator, who approves it', async ({ browser, page }) => {
	const name = uniqueName('Requesting Teacher');
	const email = uniqueEmail('requests');
	await page.goto('/signup');
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(TEACHER_PASSWORD);
	await page.getByRole('button', { name: 'Request access' }).click();
	await expect(page.getByRole('status')).toContainText('Request sent.', HASHING);

	await page.goto('/signin');
	await signIn(page, email, TEACHER_PASSWORD);
	await expect(page.getByRole('alert')).toHaveText(PENDING, HASHING);

	const admin = await administrator(browser);
	const request = admin.getByRole('region', { name: 'Requests for access' }).getByRole('listitem').filter({ hasText: name });
	await expect(request).toContainText(email);
	await expectNoAxeViolations(admin, 'on /admin with a request waiting');
	await admin.getByRole('button', { name: `Approve ${name}` }).click();
	await expect(admin.getByRole('status')).toHaveText(`${name} can now sign in and teach here.`);

	await signIn(page, email, TEACHER_PASSWORD);
	await expect(page).toHaveURL(/\/teacher$/, HASHING);
});

test('only an administrator reaches the administrators’ page, and only active teachers the key preview', async ({ page, request }) => {
	const visitor = await request.get('/admin', { maxRedirects: 0 });
	expect(visitor.status()).toBe(303);
	expect(visitor.headers().location).toBe('/signin?next=%2Fadmin');
	const preview = await request.get(`/teacher/modules/${SLUG}`, { maxRedirects: 0 });
	expect(preview.status()).toBe(303);

	await signUpTeacher(page, 'not-admin');
	const response = await page.goto('/admin');
	expect(response?.status()).toBe(403);
	await expect(page.getByText('Only an administrator of this site can open this page.')).toBeVisible();
	const action = await page.request.post('/admin?/invite', {
		form: { email: uniqueEmail('sneaky') },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(action.status()).toBe(403);
});

test('the administrators’ page works without JavaScript and on a 360 px screen', async ({ browser }) => {
	const admin = await administrator(browser, { javaScriptEnabled: false });
	await admin.setViewportSize({ width: 360, height: 800 });
	const email = uniqueEmail('no-js-invite');
	await admin.getByLabel('Teacher’s email').fill(email);
	await admin.getByRole('button', { name: 'Create invitation link' }).click();
	await expect(admin.getByRole('status')).toContainText(`Invitation for ${email} ready`);
	await expect(admin.getByLabel('Invitation link')).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
	expect(await scrollsSideways(admin)).toBe(false);
	await admin.getByLabel('Teacher’s email').fill('not an email');
	await admin.getByRole('button', { name: 'Create invitation link' }).click();
	await expect(admin.getByRole('alert')).toHaveText('Enter an email address like name@school.org.');
	await expect(admin.getByLabel('Teacher’s email')).toHaveAttribute('aria-invalid', 'true');
	expect(await scrollsSideways(admin)).toBe(false);

	// axe runs as a script in the page: scan the same refusal with JavaScript on.
	const scanned = await administrator(browser);
	await scanned.setViewportSize({ width: 360, height: 800 });
	await scanned.getByLabel('Teacher’s email').fill('not an email');
	await scanned.getByRole('button', { name: 'Create invitation link' }).click();
	await expect(scanned.getByRole('alert')).toBeFocused();
	expect(await scrollsSideways(scanned)).toBe(false);
	await expectNoAxeViolations(scanned, 'on /admin at 360 px with a refused invitation');
});
