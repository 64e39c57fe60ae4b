import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

export const SLUG = 'nato-russia-missions-2021';
export const QUIZ = `/modules/${SLUG}/quiz`;

type Span = { start: number; end: number };
type Evidence = Span & { quote: string };
/** The parts of the exported module the tests use to answer (the export is the key, in the tests only). */
export type KeyQuestion = {
	id: string;
	kind: 'single' | 'multiple' | 'ordering' | 'numeric' | 'matching' | 'evidence' | 'tfn';
	skill: string;
	stem: string;
	explanation: string;
	hints?: string[];
	options?: { id: string; text: string; feedback?: string }[];
	items?: string[];
	prompts?: { id: string; text: string }[];
	choices?: { id: string; text: string }[];
	answer: unknown;
	evidence: Evidence[];
	wrongFeedback?: string;
	toldOrderFeedback?: string;
	feedback?: Record<string, string>;
	wrongValues?: { value: unknown; feedback: string }[];
	units?: string[];
};
export type ModuleKey = {
	version: string;
	story: { text: string; sentences: Span[] };
	facts: { events: { id: string; label: string }[] };
	questions: KeyQuestion[];
};

let cached: ModuleKey | null = null;
/** The module as `npm run content:export` prints it. */
export function moduleKey(): ModuleKey {
	cached ??= JSON.parse(
		execFileSync('npx', ['vite-node', '--config', 'scripts/vite.config.ts', 'scripts/content-export.ts', SLUG], {
			encoding: 'utf8'
		})
	) as ModuleKey;
	return cached;
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 150) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Chooses a radio in its group by keyboard: Tab into the group, then arrow keys to the one wanted. */
export async function chooseRadio(page: Page, group: Locator, target: Locator) {
	const radios = group.getByRole('radio');
	for (let i = 0; i < 150; i++) {
		const focused = await radios.evaluateAll((els) => els.some((el) => el === document.activeElement));
		if (focused) break;
		await page.keyboard.press('Tab');
	}
	// Counted once the group is there: the quiz renders only after the page has started.
	const count = await radios.count();
	for (let i = 0; i <= count; i++) {
		if (await target.isChecked()) return;
		await page.keyboard.press('ArrowDown');
	}
	expect(await target.isChecked()).toBe(true);
}

export async function startQuiz(
	page: Page,
	options: { count?: 'all' | number; feedback?: 'each' | 'end'; book?: 'open' | 'closed'; skills?: string[] } = {}
) {
	await page.goto(QUIZ);
	const setup = page.getByRole('form', { name: 'Set up your quiz' });
	await expect(setup).toBeVisible();
	if (options.skills) {
		for (const skill of ['Sequence', 'Numbers', 'Sources']) {
			const box = setup.getByRole('checkbox', { name: new RegExp(`^${skill}`) });
			if (options.skills.includes(skill.toLowerCase())) await box.check();
			else await box.uncheck();
		}
	}
	if (options.count === 'all') await setup.getByRole('radio', { name: /^All \d+/ }).check();
	else if (options.count) await setup.getByRole('radio', { name: String(options.count), exact: true }).check();
	if (options.feedback === 'end') await setup.getByRole('radio', { name: /At the end/ }).check();
	if (options.book === 'closed') await setup.getByRole('radio', { name: /Closed book/ }).check();
	await setup.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
}

/** The question on screen, looked up in the key by its stem or statement. */
export async function currentKey(page: Page): Promise<KeyQuestion> {
	const panel = page.locator('section.question');
	// Each kind's control loads on first use; until then only the stem shows.
	await expect(panel.locator('.pending')).toHaveCount(0);
	const text = (await panel.textContent()) ?? '';
	const key = moduleKey();
	const matches = key.questions.filter((q) => shownTexts(q).every((t) => text.includes(t)));
	if (matches.length !== 1) throw new Error(`${matches.length} questions in the key match: ${text.slice(0, 200)}`);
	return matches[0]!;
}

/** Everything a question shows before it is answered, which together tells it from every other. */
function shownTexts(q: KeyQuestion): string[] {
	const extra = q as unknown as { statement?: string; claim?: string };
	return [
		q.stem,
		...(extra.statement ? [extra.statement] : []),
		...(extra.claim ? [extra.claim] : []),
		...(q.options ?? []).map((o) => o.text),
		...(q.prompts ?? []).map((p) => p.text),
		...(q.items ?? []).map(eventLabel)
	];
}

export function questionPanel(page: Page): Locator {
	return page.locator('section.question');
}

/** The sentence of the story a correct evidence pick would choose: the one that holds a key passage. */
export function evidenceSentence(q: KeyQuestion): string {
	const { story } = moduleKey();
	for (const key of q.evidence) {
		const s = story.sentences.find((s) => s.start <= key.start && key.end <= s.end);
		if (s) return story.text.slice(s.start, s.end);
	}
	throw new Error(`No sentence holds the key of ${q.id}`);
}

/** The label of an event, as the ordering control shows it. */
export function eventLabel(id: string): string {
	return moduleKey().facts.events.find((e) => e.id === id)!.label;
}

/** Answers the question on screen correctly, with the keyboard alone. */
export async function answerRightByKeyboard(page: Page, q: KeyQuestion) {
	const panel = questionPanel(page);
	switch (q.kind) {
		case 'single':
		case 'tfn': {
			const label =
				q.kind === 'single'
					? q.options!.find((o) => o.id === q.answer)!.text
					: { true: 'True', false: 'False', 'not-stated': 'Not stated' }[q.answer as string]!;
			await chooseRadio(page, panel, panel.getByRole('radio', { name: label, exact: true }));
			break;
		}
		case 'evidence': {
			const sentence = evidenceSentence(q);
			await chooseRadio(page, panel, panel.getByRole('radio', { name: sentence, exact: true }));
			break;
		}
		case 'multiple': {
			// In the order shown (options may be shuffled): Tab only goes forward.
			const shown = await panel.getByRole('checkbox').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''));
			const place = (id: string) => shown.findIndex((label) => label.includes(q.options!.find((o) => o.id === id)!.text));
			const ids = [...(q.answer as string[])].sort((a, b) => place(a) - place(b));
			for (const id of ids) {
				const box = panel.getByRole('checkbox', { name: q.options!.find((o) => o.id === id)!.text, exact: true });
				await tabTo(page, box);
				await page.keyboard.press('Space');
				await expect(box).toBeChecked();
			}
			break;
		}
		case 'numeric': {
			const input = panel.getByRole('textbox');
			await tabTo(page, input);
			const answer = q.answer as { type: string; value?: number; iso?: string };
			const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
			const text =
				answer.type === 'integer'
					? String(answer.value)
					: `${Number(answer.iso!.slice(-2))} ${months[Number(answer.iso!.slice(-5, -3)) - 1]}`;
			await page.keyboard.type(text);
			break;
		}
		case 'matching': {
			const answer = q.answer as Record<string, string>;
			// In the order shown (statements may be shuffled): Tab only goes forward.
			const shown = await panel.locator('select').evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).labels?.[0]?.textContent ?? ''));
			const place = (text: string) => shown.findIndex((label) => label.includes(text));
			const prompts = [...q.prompts!].sort((a, b) => place(a.text) - place(b.text));
			for (const prompt of prompts) {
				const select = panel.getByLabel(prompt.text, { exact: true });
				await tabTo(page, select);
				const wanted = q.choices!.findIndex((c) => c.id === answer[prompt.id]) + 1;
				const current = await select.evaluate((el: HTMLSelectElement) => el.selectedIndex);
				const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
				for (let i = 0; i < Math.abs(wanted - current); i++) await page.keyboard.press(key);
				await expect(select).toHaveValue(answer[prompt.id]!);
			}
			break;
		}
		case 'ordering': {
			const target = q.answer as string[];
			// The ordering's own rows, not the hints' list beside them.
			const rows = panel.getByRole('group', { name: q.stem }).getByRole('listitem');
			let moved = false;
			for (let position = 0; position < target.length; position++) {
				const label = eventLabel(target[position]!);
				const texts = await rows.allTextContents();
				let at = texts.findIndex((t) => t.includes(label));
				if (at > position) {
					const up = panel.getByRole('button', { name: `Move “${label}” up` });
					await tabTo(page, up);
					for (; at > position; at--) await page.keyboard.press('Enter');
					moved = true;
				}
			}
			// Shown in the right order already: an untouched order is not an answer until the learner keeps it.
			if (!moved) {
				const keep = panel.getByRole('button', { name: 'Keep this order' });
				await tabTo(page, keep);
				await page.keyboard.press('Enter');
			}
			const labels = (await rows.allTextContents()).map((t) =>
				target.findIndex((id) => t.includes(eventLabel(id)))
			);
			expect(labels).toEqual(target.map((_, i) => i));
			break;
		}
	}
}

/** A question's one number and label as every teacher page and export writes it: "Q7 · seq-lead". */
export function questionLabel(id: string): string {
	const n = moduleKey().questions.findIndex((q) => q.id === id) + 1;
	if (n === 0) throw new Error(`no question ${id} in the module`);
	return `Q${n} · ${id}`;
}

/** A student joins an assignment by code and name in a browser of their own, and waits for the first question. */
export async function joinAttempt(browser: Browser, code: string, name: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/join');
	await page.getByLabel('Join code').fill(code);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page).toHaveURL(/\/attempt\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible({ timeout: 20_000 });
	return { context, page, id: new URL(page.url()).pathname.split('/').pop()! };
}
