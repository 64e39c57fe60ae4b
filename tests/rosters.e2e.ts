import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { makeClass, printCards, readCards, signInStudent } from './class-helpers';
import { expectNoAxeViolations, scrollsSideways, signUpTeacher } from './helpers';
import { answerRightByKeyboard, currentKey, SLUG } from './quiz-helpers';

/*
 * Classes and rosters: a teacher makes a class from a pasted list, prints a card per student, and gives
 * an assignment to the class. Students sign in with their card's codes; their attempts follow them from
 * device to device (a browser context is a device), cookies or not. Anonymous join stays, labelled and
 * throttled.
 */

/** An assignment given to the class; returns its join code. */
async function classAssignment(
	page: Page,
	className: string,
	options: { count: number; attempts: number; review?: 'When each attempt is submitted' | 'When the student has used every attempt' }
): Promise<string> {
	await page.goto(`/teacher/assignments/new?module=${SLUG}`);
	await page.getByLabel('Title').fill(`For ${className}`);
	await page.getByRole('radio', { name: `The class ${className}` }).check();
	for (const skill of ['Sequence', 'Numbers', 'Sources'] as const) {
		await page.getByRole('checkbox', { name: skill, exact: true }).setChecked(skill === 'Sequence');
	}
	await page.getByLabel('Number of questions').fill(String(options.count));
	await page.getByRole('checkbox', { name: /^Shuffle/ }).uncheck();
	await page.getByRole('radio', { name: 'After submitting' }).check();
	await page.getByLabel('Attempts allowed').fill(String(options.attempts));
	if (options.review) await page.getByRole('radio', { name: options.review }).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
	return (await page.locator('#join-code').textContent())!.trim();
}

const attemptId = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

type Saved = { submittedAt: number | null; answers: Record<string, unknown>; results?: Record<string, unknown>; score?: number };
async function serverHas(context: BrowserContext, id: string): Promise<Saved> {
	const response = await context.request.get(`/api/attempts/${id}`);
	expect(response.status()).toBe(200);
	return (await response.json()) as Saved;
}

async function noSidewaysScroll(page: Page, what: string) {
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await scrollsSideways(page), `${what} at 360 px`).toBe(false);
	await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('classes and rosters', () => {
	test('a teacher makes a class from a pasted list, fixes what is refused, and prints one card per student', async ({ page }) => {
		test.setTimeout(120_000);
		await signUpTeacher(page, 'roster');
		await page.goto('/teacher/classes');
		await expectNoAxeViolations(page, 'on the classes page');
		await noSidewaysScroll(page, 'the classes page');

		// A duplicate and an over-long name: every row named, nothing stored.
		await page.getByLabel('Class name').fill('9B English');
		await page.getByLabel('Paste names, one per line').fill(`Ada Lovelace\nGrace Hopper\nada lovelace\n${'x'.repeat(61)}`);
		await page.getByRole('button', { name: 'Create class' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'There is a problem with the class.' });
		await expect(summary).toBeFocused();
		await expect(page.getByText('Row 3: “ada lovelace” is also on row 1.')).toBeVisible();
		await expect(page.getByText(/^Row 4: /)).toBeVisible();
		await expect(page.getByLabel('Paste names, one per line')).toHaveValue(/^Ada Lovelace\nGrace Hopper\nada lovelace/);
		await expectNoAxeViolations(page, 'with the roster refused');
		await page.goto('/teacher/classes');
		await expect(page.getByText('No classes yet.')).toBeVisible();

		const cls = await makeClass(page, '9B English', ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
		const roster = page.getByRole('table', { name: 'Students of 9B English' });
		await expect(roster.getByRole('rowheader')).toHaveText(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
		await expect(roster.getByRole('row', { name: /Ada Lovelace/ })).toContainText('No card yet');
		await expectNoAxeViolations(page, 'on the class page');
		await noSidewaysScroll(page, 'the class page');

		// More students from a CSV file with a header; a file too big is refused with its size.
		await page.getByLabel('Or upload a CSV file').setInputFiles({
			name: 'students.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('\uFEFFFirst name,Last name\r\nKatherine,Johnson\r\n"Mary","Jackson"\r\n')
		});
		await page.getByRole('button', { name: 'Add students' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Added 2 students.' })).toBeVisible();
		await expect(roster.getByRole('rowheader')).toHaveText(['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Mary Jackson']);
		const big = await page.request.post(`/teacher/classes/${cls.id}?/add`, {
			multipart: { file: { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(100 * 1024, 'a\n') } },
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
		expect(big.status()).toBe(400);
		expect(await big.text()).toContain('The file is 100 kB; the most is 64 kB.');
		await page.reload();
		await expect(roster.getByRole('rowheader')).toHaveCount(5);

		// Print: one card each, with the class code, a personal code and a QR code; the page prints only cards.
		await page.goto(`/teacher/classes/${cls.id}/cards`);
		await expectNoAxeViolations(page, 'on the cards page before printing');
		await page.getByRole('button', { name: 'Print cards for the 5 students without one' }).click();
		const cards = await readCards(page);
		expect(cards.map((c) => c.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Mary Jackson']);
		for (const card of cards) {
			expect(card.classCode).toBe(cls.code);
			expect(card.personalCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXY3467]{4}-[ACDEFGHJKMNPQRTUVWXY3467]{4}$/);
		}
		expect(new Set(cards.map((c) => c.personalCode)).size).toBe(5);
		await expect(page.getByRole('list', { name: 'Cards' }).locator('svg')).toHaveCount(5);
		await expectNoAxeViolations(page, 'on the printed cards');
		await noSidewaysScroll(page, 'the cards page');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.site')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Cards for 9B English' })).toBeHidden();
		await expect(page.getByRole('list', { name: 'Cards' }).getByRole('listitem')).toHaveCount(5);
		await page.emulateMedia({ media: 'screen' });

		// Printed once: the codes are not on any page afterwards.
		await page.goto(`/teacher/classes/${cls.id}`);
		expect(await page.content()).not.toContain(cards[0]!.personalCode);
		await expect(roster.getByRole('row', { name: /Ada Lovelace/ })).toContainText('Issued');
	});

	test('a roster student signs in with the card, resumes on a second device, gets no extra attempt without cookies, and a reset code ends the old one', async ({ browser, page }) => {
		test.setTimeout(150_000);
		await signUpTeacher(page, 'roster-devices');
		const cls = await makeClass(page, '10A History', ['Ada Lovelace', 'Grace Hopper']);
		const [ada] = await printCards(page, cls.id);
		const code = await classAssignment(page, '10A History', { count: 3, attempts: 1 });

		// Not signed in: the join page asks for the card, and a start without it is refused.
		const stranger = await browser.newContext();
		const strangerPage = await stranger.newPage();
		await strangerPage.goto(`/join/${code}`);
		await expect(strangerPage.getByText('This assignment is for a class.')).toBeVisible();
		await expect(strangerPage.getByLabel('Your name')).toHaveCount(0);
		const forged = await strangerPage.request.post(`/join/${code}`, {
			form: { name: 'Ada Lovelace' },
			headers: { origin: new URL(strangerPage.url()).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(forged.status()).toBe(403);
		await stranger.close();

		// A wrong personal code: one message for both fields, nothing said about which is wrong.
		const laptop = await browser.newContext();
		const laptopPage = await laptop.newPage();
		await laptopPage.goto('/student');
		await expectNoAxeViolations(laptopPage, 'on the student sign-in page');
		await noSidewaysScroll(laptopPage, 'the student sign-in page');
		await laptopPage.getByLabel('Class code').fill(cls.code);
		await laptopPage.getByLabel('Personal code').fill('AAAA-AAAA');
		await laptopPage.getByRole('button', { name: 'Sign in' }).click();
		await expect(laptopPage.getByRole('alert')).toContainText('That class code and personal code do not match.');
		await expect(laptopPage.getByLabel('Personal code')).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(laptopPage, 'with the sign-in refused');
		await laptop.close();

		// Device 1: sign in, start from the list, answer one question.
		const one = await signInStudent(browser, ada!);
		await expect(one.page.getByText(`Signed in as Ada Lovelace, 10A History.`)).toBeVisible();
		await expectNoAxeViolations(one.page, 'on the student’s assignments');
		await noSidewaysScroll(one.page, 'the student’s assignments');
		await one.page.getByRole('link', { name: 'For 10A History' }).click();
		await expect(one.page.getByText('For the class 10A History')).toBeVisible();
		await expectNoAxeViolations(one.page, 'on the join page of a class assignment');
		await noSidewaysScroll(one.page, 'the join page of a class assignment');
		await one.page.getByRole('button', { name: 'Start' }).click();
		await expect(one.page).toHaveURL(/\/attempt\/[0-9a-f-]{36}$/);
		await expect(one.page.getByText('Answering as Ada Lovelace')).toBeVisible();
		const id = attemptId(one.page);
		const q1 = await currentKey(one.page);
		await answerRightByKeyboard(one.page, q1);
		await one.page.getByRole('button', { name: 'Save answer and go on' }).click();
		await expect(one.page.locator('.save-status')).toHaveText('Saved');

		// Device 2: the same attempt, with the answer given on device 1.
		const two = await signInStudent(browser, ada!);
		await two.page.goto(`/join/${code}`);
		await expect(two.page.getByRole('button', { name: 'Start' })).toHaveCount(0);
		await two.page.getByRole('link', { name: 'Continue where you left off' }).click();
		await expect(two.page).toHaveURL(/\/attempt\/[0-9a-f-]{36}$/);
		expect(attemptId(two.page)).toBe(id);
		expect(Object.keys((await serverHas(two.context, id)).answers)).toEqual([q1.id]);
		// A start posted anyway lands on the same attempt.
		const again = await two.page.request.post(`/join/${code}`, {
			form: {},
			headers: { origin: new URL(two.page.url()).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(again.status()).toBe(303);
		expect(again.headers().location).toBe(`/attempt/${id}`);
		const submitted = await two.context.request.post(`/api/attempts/${id}/submit`, { data: {} });
		expect(submitted.status()).toBe(200);

		// Device 3, no cookies from before: the one attempt is used up.
		const three = await signInStudent(browser, ada!);
		await three.page.goto(`/join/${code}`);
		await expect(three.page.getByText('You have used every attempt this assignment allows.')).toBeVisible();
		const extra = await three.page.request.post(`/join/${code}`, {
			form: {},
			headers: { origin: new URL(three.page.url()).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(extra.status()).toBe(409);

		// The teacher's results show the roster name.
		await page.goto(`/teacher/classes/${cls.id}`);
		const assignmentLink = page.getByRole('link', { name: 'For 10A History' });
		await assignmentLink.click();
		await page.getByRole('link', { name: 'Results and question analysis' }).click();
		await expect(page.getByText('Given to a class: names are from its roster')).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'Ada Lovelace' })).toBeVisible();

		// A new code for Ada: the old code and the devices signed in with it stop at once.
		await page.goto(`/teacher/classes/${cls.id}`);
		await page.getByRole('button', { name: 'New code and card for Ada Lovelace' }).click();
		const [fresh] = await readCards(page);
		expect(fresh!.name).toBe('Ada Lovelace');
		expect(fresh!.personalCode).not.toBe(ada!.personalCode);
		await one.page.goto('/student');
		await expect(one.page.getByRole('heading', { name: 'Sign in with your card' })).toBeVisible();
		expect((await one.context.request.get(`/api/attempts/${id}`)).status()).toBe(404);
		await one.page.getByLabel('Class code').fill(ada!.classCode);
		await one.page.getByLabel('Personal code').fill(ada!.personalCode);
		await one.page.getByRole('button', { name: 'Sign in' }).click();
		await expect(one.page.getByRole('alert')).toContainText('do not match');
		await signInStudent(browser, fresh!);
		for (const device of [one, two, three]) await device.context.close();
	});

	test('a second attempt draws questions not yet seen, and the earlier attempt’s keys wait for the review rule', async ({ browser, page }) => {
		test.setTimeout(150_000);
		await signUpTeacher(page, 'roster-retake');
		const cls = await makeClass(page, '11C', ['Ada Lovelace']);
		const [ada] = await printCards(page, cls.id);
		// The form shows the pool and the attempts it serves without repeats.
		await page.goto(`/teacher/assignments/new?module=${SLUG}&class=${cls.id}`);
		await expect(page.getByRole('radio', { name: 'The class 11C' })).toBeChecked();
		for (const skill of ['Numbers', 'Sources'] as const) await page.getByRole('checkbox', { name: skill, exact: true }).uncheck();
		await page.getByLabel('Number of questions').fill('4');
		await expect(page.locator('#pool')).toHaveText(/^The pool has (\d+) questions: enough for (\d+) attempts without repeats\.$/);
		const [, pool, serves] = /has (\d+) questions: enough for (\d+)/.exec((await page.locator('#pool').textContent())!)!;
		expect(Number(serves)).toBe(Math.floor(Number(pool) / 4));
		await expectNoAxeViolations(page, 'on the assignment form with classes');
		const code = await classAssignment(page, '11C', { count: 4, attempts: 2, review: 'When the student has used every attempt' });

		const device = await signInStudent(browser, ada!);
		const take = async () => {
			await device.page.goto(`/join/${code}`);
			await device.page.getByRole('button', { name: 'Start' }).click();
			await expect(device.page).toHaveURL(/\/attempt\/[0-9a-f-]{36}$/);
			const id = attemptId(device.page);
			const ids: string[] = [];
			for (let n = 1; n <= 4; n++) {
				await expect(device.page.getByRole('heading', { name: `Question ${n} of 4` })).toBeVisible();
				const q = await currentKey(device.page);
				ids.push(q.id);
				await answerRightByKeyboard(device.page, q);
				await device.page.getByRole('button', { name: 'Save answer and go on' }).click();
			}
			await device.page.getByRole('region', { name: 'Review before you submit' }).getByRole('button', { name: 'Submit my answers' }).click();
			return { id, ids };
		};

		const first = await take();
		await expect(device.page.getByText(/Your results and the answers come once you have used all 2 attempts/)).toBeVisible();
		await expectNoAxeViolations(device.page, 'on the submitted panel while keys are withheld');
		const withheld = await serverHas(device.context, first.id);
		expect(withheld.submittedAt).not.toBeNull();
		expect(withheld.results).toBeUndefined();
		expect(withheld.score).toBeUndefined();
		// Its page sends no verdict, key or score either.
		const html = await (await device.context.request.get(`/attempt/${first.id}`)).text();
		expect(html).not.toContain('"results"');
		expect(html).not.toMatch(/"score":\d/);

		const second = await take();
		expect(second.ids.filter((q) => first.ids.includes(q))).toEqual([]);
		await expect(device.page.getByRole('heading', { name: /^Submitted: 100%$/ })).toBeVisible();
		const released = await serverHas(device.context, first.id);
		expect(Object.keys(released.results ?? {}).sort()).toEqual([...first.ids].sort());
		expect(released.score).toBe(1);
		await device.context.close();
	});

	test('anonymous join is labelled low stakes, and joins from one address are throttled above a class', async ({ page, baseURL }) => {
		test.setTimeout(150_000);
		await signUpTeacher(page, 'anonymous');
		await page.goto(`/teacher/assignments/new?module=${SLUG}`);
		await expect(page.getByRole('radio', { name: 'Anyone with the code (anonymous, low stakes)' })).toBeChecked();
		await page.getByLabel('Title').fill('Practice round');
		await page.getByLabel('Attempts allowed').fill('2');
		await page.getByRole('button', { name: 'Create assignment' }).click();
		await expect(page.getByText('Anyone with the code (anonymous, low stakes)')).toBeVisible();
		const code = (await page.locator('#join-code').textContent())!.trim();
		await page.goto(`/join/${code}`);
		await expect(page.getByText('Low-stakes mode: anyone with the code can join under the name they type.')).toBeVisible();

		// A class of 30 behind one address, each starting twice: 60 joins go through; the 61st waits.
		const join = (i: number) =>
			fetch(`${baseURL}/join/${code}`, {
				method: 'POST',
				headers: { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ name: `Student ${i}` }),
				redirect: 'manual'
			});
		for (let i = 0; i < 60; i++) expect((await join(i)).status, `join ${i + 1}`).toBe(303);
		const refused = await join(60);
		expect(refused.status).toBe(429);
		expect(await refused.text()).toContain('Too many people have joined from this network in the last 15 minutes.');
		await page.goto(`/teacher`);
		await page.getByRole('link', { name: 'Practice round' }).click();
		await expect(page.getByRole('row')).toHaveCount(61);
		await page.getByRole('link', { name: 'Results and question analysis' }).click();
		await expect(page.getByText('Anonymous, low-stakes mode: names are as students typed them')).toBeVisible();
	});

	test('another teacher gets 404 on every page and action of a class', async ({ page, browser }) => {
		await signUpTeacher(page, 'owner');
		const cls = await makeClass(page, 'Mine', ['Ada Lovelace']);
		const other = await browser.newPage();
		await signUpTeacher(other, 'intruder');
		const origin = new URL(other.url()).origin;
		for (const path of [`/teacher/classes/${cls.id}`, `/teacher/classes/${cls.id}/cards`]) {
			expect((await other.request.get(path)).status(), path).toBe(404);
		}
		for (const [path, form] of [
			[`/teacher/classes/${cls.id}?/add`, { names: 'Mallory' }],
			[`/teacher/classes/${cls.id}?/remove`, { student: 'x', confirm: 'yes' }],
			[`/teacher/classes/${cls.id}/cards?/issue`, { scope: 'all' }]
		] as const) {
			const response = await other.request.post(path, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
			expect(response.status(), path).toBe(404);
		}
		await other.goto('/teacher/classes');
		await expect(other.getByText('Mine')).toHaveCount(0);
		await other.close();
		await page.reload();
		await expect(page.getByRole('table', { name: 'Students of Mine' }).getByRole('rowheader')).toHaveText(['Ada Lovelace']);
	});
});
