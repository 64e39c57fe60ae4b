import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAssignment, makeClass, printCards, signInStudent, signUp } from './class-helpers';
import { ADMIN, adminRequest, expectFits, TEACHER_PASSWORD } from './helpers';
import { answerRightByKeyboard, currentKey, SLUG } from './quiz-helpers';

/*
 * The 320 px sweep, class half: every page a teacher and a student of a class reach, on the narrowest
 * phone we support, never scrolls sideways and passes axe; so do the administrators' page, an invitation,
 * the class pages and a student's card sign-in. (narrow-quiz.e2e.ts covers self-study.)
 */

const NARROW = { width: 320, height: 640 };
/** A student on a device of their own joins under `name`; the page is on the first question. */
async function join(browser: Browser, code: string, name: string, viewport = NARROW) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await page.goto(`/join/${code}`);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
	return { context, page };
}

test('the join pages and an attempt, from first question to submitted, fit 320 px', async ({ browser }) => {
	test.setTimeout(150_000);
	const teacher = await browser.newContext();
	const setup = await teacher.newPage();
	await signUp(setup, 'narrow-student');
	const { code } = await createAssignment(setup, 'A title long enough to wrap twice on the narrowest phone we support');

	const context = await browser.newContext({ viewport: NARROW });
	const page = await context.newPage();
	await page.goto('/join');
	await expectFits(page, 'the join page');
	await page.getByLabel('Join code').fill('K7Q');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectFits(page, 'a refused join code');
	await page.getByLabel('Join code').fill(code);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(`/join/${code}`);
	await expectFits(page, 'the assignment’s join page');
	await page.getByLabel('Your name').fill('Someone with a rather long name indeed');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
	await expectFits(page, 'the attempt’s first question');
	for (const n of [1, 2]) {
		await answerRightByKeyboard(page, await currentKey(page));
		await page.getByRole('button', { name: 'Save answer and go on' }).click();
		if (n === 1) await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
	}
	const review = page.getByRole('region', { name: 'Review before you submit' });
	await expect(review).toBeVisible();
	await expectFits(page, 'the attempt’s review');
	await review.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page.getByRole('heading', { name: /^Submitted: / })).toBeVisible();
	await expectFits(page, 'the submitted attempt');
	for (const c of [teacher, context]) await c.close();
});

test('the teacher’s pages, with a class at work, fit 320 px', async ({ browser, page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize(NARROW);
	await signUp(page, 'narrow-teacher');
	await expectFits(page, 'the teacher’s home');
	await page.goto(`/teacher/assignments/new?module=${SLUG}`);
	await expectFits(page, 'the new-assignment form');
	await page.getByLabel('Number of questions').fill('1001');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('alert').first()).toBeVisible();
	await expectFits(page, 'the new-assignment form with its errors');
	const { id, code } = await createAssignment(page, 'A title long enough to wrap twice on the narrowest phone we support');
	await expectFits(page, 'the assignment page');
	await page.goto(`/teacher/assignments/${id}/edit`);
	await expectFits(page, 'the edit form');
	await page.goto(`/teacher/modules/${SLUG}`);
	await expectFits(page, 'the preview with answers');
	await page.goto(`/teacher/assignments/${id}/qr`);
	await expectFits(page, 'the full-screen QR');

	// A student answers one question and leaves the attempt open; another only joins.
	const ada = await join(browser, code, 'Ada Lovelace-Byron of a long line', { width: 1280, height: 720 });
	await answerRightByKeyboard(ada.page, await currentKey(ada.page));
	await ada.page.getByRole('button', { name: 'Save answer and go on' }).click();
	await expect(ada.page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
	const bo = await join(browser, code, 'Bo', { width: 1280, height: 720 });

	await page.goto(`/teacher/assignments/${id}`);
	await expect(page.getByRole('link', { name: 'Bo', exact: true })).toBeVisible();
	await expectFits(page, 'the assignment page with attempts');
	await page.goto(`/teacher/assignments/${id}/results`);
	await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
	await expectFits(page, 'the results');
	await page.getByRole('link', { name: /^Ada Lovelace/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Attempt by Ada/);
	await expectFits(page, 'an attempt’s answers and audit trail');
	for (const c of [ada.context, bo.context]) await c.close();
});

test('the administrators’ page, an invitation, the class pages and a student’s card sign-in fit 320 px', async ({ browser, page }) => {
	test.setTimeout(180_000);
	// The administrator, on a phone.
	await adminRequest();
	const admin = await browser.newContext({ viewport: NARROW });
	const adminPage = await admin.newPage();
	await adminPage.goto('/signin?next=%2Fadmin');
	await adminPage.getByLabel('Email').fill(ADMIN.email);
	await adminPage.getByLabel('Password').fill(ADMIN.password);
	await adminPage.getByRole('button', { name: 'Sign in' }).click();
	await expect(adminPage).toHaveURL(/\/admin$/, { timeout: 20_000 });
	await expectFits(adminPage, 'the administrators’ page');
	await adminPage.getByLabel('Teacher’s email').fill(`a-rather-long-address-${Date.now()}@a-school-with-a-long-name.example`);
	await adminPage.getByRole('button', { name: 'Create invitation link' }).click();
	await expect(adminPage.getByLabel('Invitation link')).toHaveValue(/\/invite\//);
	await expectFits(adminPage, 'the administrators’ page with an invitation link');
	const invitation = new URL(await adminPage.getByLabel('Invitation link').inputValue()).pathname;

	// The invited teacher opens the link on a phone and sets up the account.
	await page.setViewportSize(NARROW);
	await page.goto(invitation);
	await expectFits(page, 'an invitation');
	await page.getByLabel('Name').fill('Someone with a rather long name indeed');
	await page.getByLabel('Password').fill(TEACHER_PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/teacher$/, { timeout: 20_000 });

	await page.goto('/teacher/classes');
	await expectFits(page, 'the classes page, empty');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('alert').first()).toBeFocused();
	await expectFits(page, 'the new-class form with its errors');
	const cls = await makeClass(page, 'A class name long enough to wrap on a phone', ['Ada Lovelace-Byron of a long line', 'Bo']);
	await expectFits(page, 'a class');
	await page.goto('/teacher/classes');
	await expectFits(page, 'the classes page with a class');
	const [ada] = await printCards(page, cls.id);
	await expectFits(page, 'the class’s cards');

	// A student signs in with the card on a phone.
	const student = await browser.newContext({ viewport: NARROW });
	const signIn = await student.newPage();
	await signIn.goto('/student');
	await expectFits(signIn, 'the student’s sign-in');
	await signIn.getByRole('button', { name: 'Sign in' }).click();
	await expect(signIn.getByRole('alert').first()).toBeFocused();
	await expectFits(signIn, 'the student’s sign-in with its errors');
	await student.close();
	const device = await signInStudent(browser, ada!, NARROW);
	await expectFits(device.page, 'a student’s assignments');
	for (const c of [admin, device.context]) await c.close();
});
