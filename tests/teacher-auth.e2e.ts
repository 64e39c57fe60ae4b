import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signUpTeacher, TEACHER_PASSWORD as PASSWORD, uniqueEmail } from './helpers';

// scrypt is slow on purpose, and slower still while parallel workers hash at once.
const HASHING = { timeout: 15_000 };

/** A new teacher, invited by the site's administrator, signed in on the page; their email. */
async function signUp(page: Page, label: string, name = 'Ada Lovelace'): Promise<string> {
	return (await signUpTeacher(page, label, name)).email;
}

async function signIn(page: Page, email: string, password: string) {
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

const signOutButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Sign out' });

test('a teacher signs up, signs out and signs in again', async ({ page, context }) => {
	const email = await signUp(page, 'round-trip');
	await expect(signOutButton(page)).toBeVisible();
	await expect(page.getByRole('banner').getByRole('link', { name: 'Your assignments' })).toHaveAttribute('href', '/teacher');

	const cookie = (await context.cookies()).find((c) => c.name === 'sourced_session');
	expect(cookie).toBeDefined();
	expect(cookie!.httpOnly).toBe(true);
	expect(cookie!.sameSite).toBe('Lax');
	expect(cookie!.path).toBe('/');
	expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
	// Thirty days, give or take the test's own running time.
	expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
	expect(await page.evaluate(() => document.cookie)).not.toContain('sourced_session');

	await page.goto('/');
	await expect(signOutButton(page)).toBeVisible();
	await expectNoAxeViolations(page, 'on / with a teacher signed in');

	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Teachers: sign in' })).toBeVisible();
	expect((await context.cookies()).find((c) => c.name === 'sourced_session')).toBeUndefined();

	await page.getByRole('banner').getByRole('link', { name: 'Teachers: sign in' }).click();
	await expect(page).toHaveURL(/\/signin$/);
	await signIn(page, `  ${email.toUpperCase()} `, PASSWORD);
	await expect(page).toHaveURL(/\/teacher$/, HASHING);
	await expect(signOutButton(page)).toBeVisible();
});

test('signing out ends the session on the server, not just in the browser', async ({ page, context, request }) => {
	await signUp(page, 'server-side');
	const token = (await context.cookies()).find((c) => c.name === 'sourced_session')!.value;
	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);

	// Replaying the old cookie no longer signs anyone in.
	const replay = await request.get('/', { headers: { cookie: `sourced_session=${token}` } });
	expect(replay.status()).toBe(200);
	const html = await replay.text();
	expect(html).toContain('Teachers: sign in');
	expect(html).not.toContain('Sign out');
	expect(replay.headers()['set-cookie']).toMatch(/sourced_session=;/);
});

test('a wrong password and an unknown email get the same message', async ({ page }) => {
	const email = await signUp(page, 'wrong');
	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);

	await page.goto('/signin');
	for (const [tryEmail, tryPassword] of [
		[email, 'not the password at all'],
		[uniqueEmail('nobody'), PASSWORD]
	] as const) {
		await signIn(page, tryEmail, tryPassword);
		const alert = page.getByRole('alert');
		await expect(alert).toHaveText('Email or password is not right.', HASHING);
		await expect(page).toHaveURL(/\/signin$/);
		await expect(page.getByLabel('Email')).toHaveValue(tryEmail);
		await expect(page.getByLabel('Password')).toHaveValue('');
		for (const field of [page.getByLabel('Email'), page.getByLabel('Password')]) {
			await expect(field).toHaveAttribute('aria-invalid', 'true');
			await expect(field).toHaveAccessibleDescription('Email or password is not right.');
		}
	}
	await expect(signOutButton(page)).toHaveCount(0);
});

test('the sixth wrong password in a row from one address is refused with 429, even with the right password', async ({ page, request, baseURL }) => {
	const email = await signUp(page, 'throttle');
	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);

	// Posted as a browser without JavaScript posts the form: same origin, asking for HTML.
	const post = (password: string) =>
		request.post('/signin', { form: { email, password }, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
	for (let i = 1; i <= 5; i++) {
		const response = await post(`wrong password ${i}`);
		expect(response.status(), `attempt ${i}`).toBe(400);
		expect(await response.text()).toContain('Email or password is not right.');
	}
	const sixth = await post('wrong password 6');
	expect(sixth.status()).toBe(429);
	expect(await sixth.text()).toContain('Too many sign-in attempts. Wait 15 minutes and try again.');
	expect(Number(sixth.headers()['retry-after'])).toBeGreaterThan(14 * 60);

	await page.goto('/signin');
	await signIn(page, email, PASSWORD);
	await expect(page.getByRole('alert')).toHaveText('Too many sign-in attempts. Wait 15 minutes and try again.');
	await expect(page).toHaveURL(/\/signin$/);
	await expect(signOutButton(page)).toHaveCount(0);
});

test('asking for access with a taken email says exactly what a new email gets, and changes nothing', async ({ page, browser }) => {
	const email = await signUp(page, 'taken');
	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);

	const said: string[] = [];
	for (const [tryEmail, name] of [
		[email, 'Someone Else'],
		[uniqueEmail('untaken'), 'New Person']
	] as const) {
		const other = await browser.newPage();
		await other.goto('/signup');
		await expect(other.getByRole('heading', { level: 1 })).toHaveText('Request a teacher account');
		await other.getByLabel('Name').fill(name);
		await other.getByLabel('Email').fill(tryEmail);
		await other.getByLabel('Password').fill('another long password');
		await other.getByRole('button', { name: 'Request access' }).click();
		const status = other.getByRole('status');
		await expect(status).toContainText('Request sent.', HASHING);
		said.push((await status.textContent())!);
		await expect(other.getByRole('banner').getByRole('button', { name: 'Sign out' })).toHaveCount(0);
		await other.close();
	}
	expect(said[0]).toBe(said[1]);

	// The owner's password still works, and the requester's does not.
	await page.goto('/signin');
	await signIn(page, email, 'another long password');
	await expect(page.getByRole('alert')).toHaveText('Email or password is not right.', HASHING);
	await signIn(page, email, PASSWORD);
	await expect(page).toHaveURL(/\/teacher$/, HASHING);
});

test('request problems are listed, linked and announced, and nothing is created', async ({ page }) => {
	await page.goto('/signup');
	await page.getByLabel('Email').fill('not-an-email');
	await page.getByLabel('Password').fill('short');
	await page.getByRole('button', { name: 'Request access' }).click();

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Check the details below.');
	await expect(alert.getByRole('link', { name: 'Enter your name.' })).toHaveAttribute('href', '#name');
	await expect(alert.getByRole('link', { name: 'Enter an email address like name@school.org.' })).toHaveAttribute('href', '#email');
	await expect(alert.getByRole('link', { name: 'Use at least 12 characters for your password.' })).toHaveAttribute('href', '#password');
	await expect(alert).toBeFocused();
	await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Enter your name.');
	await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Password')).toHaveAccessibleDescription(
		/^Use at least 12 characters for your password\. 12 to 200 characters, not a commonly used password/
	);
	await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
	await expect(page).toHaveURL(/\/signup$/);
	await expectNoAxeViolations(page, 'on /signup with errors');
});

test('what is typed before the JavaScript arrives is kept', async ({ page }) => {
	// Hold the app's JavaScript back, as a slow connection would, until the fields are filled. (Not
	// the CSS: the inline start-up script waits for it, and with it the whole page.)
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/signup', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Name').fill('Early Typist');
	await page.getByLabel('Email').fill('early@school.example');
	await page.getByLabel('Password').fill(PASSWORD);
	release();
	// SvelteKit records its history entry just before it hydrates the page; then let hydration finish.
	await page.waitForFunction(() => history.state?.['sveltekit:history'] !== undefined);
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
	await expect(page.getByLabel('Name')).toHaveValue('Early Typist');
	await expect(page.getByLabel('Email')).toHaveValue('early@school.example');
	await expect(page.getByLabel('Password')).toHaveValue(PASSWORD);
});

test('the forms work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const email = await signUp(page, 'no-js', 'Grace Hopper');
	await expect(signOutButton(page)).toBeVisible();
	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);
	await page.goto('/signin');
	await signIn(page, email, 'not the password at all');
	await expect(page.getByRole('alert')).toHaveText('Email or password is not right.', HASHING);
	await signIn(page, email, PASSWORD);
	await expect(page).toHaveURL(/\/teacher$/, HASHING);
	await context.close();
});

test('after signing in, a teacher goes back to the page asked for, but never to another site', async ({ page }) => {
	const email = await signUp(page, 'next');
	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);

	await page.goto('/signin?next=%2F%2Fevil.example%2Fphish');
	await signIn(page, email, PASSWORD);
	await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/teacher$/, HASHING);
	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);

	// A teacher page asked for while signed out comes back after signing in.
	await page.goto('/teacher');
	await expect(page).toHaveURL(/\/signin\?next=%2Fteacher$/);
	await signIn(page, email, PASSWORD);
	await expect(page).toHaveURL(/\/teacher$/, HASHING);
	await signOutButton(page).click();
	await expect(page).toHaveURL(/\/$/);

	await page.goto('/signin?next=%2Fmodules%2Fnato-russia-missions-2021');
	await signIn(page, email, PASSWORD);
	await expect(page).toHaveURL(/\/modules\/nato-russia-missions-2021$/, HASHING);
});

test('a sign-in form posted from another site is refused', async ({ request }) => {
	const response = await request.post('/signin', {
		form: { email: 'ada@school.example', password: PASSWORD },
		headers: { origin: 'http://evil.example' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
	expect(await response.text()).toContain('Cross-site POST form submissions are forbidden');
});

test('a GET to /signout signs nobody out', async ({ page }) => {
	await signUp(page, 'get-signout');
	await page.goto('/signout');
	await expect(page).toHaveURL(/\/$/);
	await expect(signOutButton(page)).toBeVisible();
});

test('the request and sign-in pages pass axe', async ({ page }) => {
	await page.goto('/signup');
	await expect(page.getByRole('heading', { level: 1, name: 'Request a teacher account' })).toBeVisible();
	await expectNoAxeViolations(page, 'on /signup');
	await page.goto('/signin');
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in as a teacher' })).toBeVisible();
	await expectNoAxeViolations(page, 'on /signin');
	await signIn(page, uniqueEmail('axe'), 'not the password at all');
	await expect(page.getByRole('alert')).toBeVisible(HASHING);
	await expectNoAxeViolations(page, 'on /signin with an error');
});
