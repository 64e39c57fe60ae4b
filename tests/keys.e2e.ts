import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerRightByKeyboard, currentKey, moduleKey, QUIZ, startQuiz, type KeyQuestion } from './quiz-helpers';

/** Every text a learner must not be able to read before answering a question. */
function secretsOf(q: KeyQuestion): string[] {
	const secrets = [q.explanation, ...(q.hints ?? [])];
	for (const o of q.options ?? []) if (o.feedback) secrets.push(o.feedback);
	if (q.wrongFeedback) secrets.push(q.wrongFeedback);
	if (q.toldOrderFeedback) secrets.push(q.toldOrderFeedback);
	for (const f of Object.values(q.feedback ?? {})) secrets.push(f);
	for (const w of q.wrongValues ?? []) secrets.push(w.feedback);
	// JSON escapes some characters; search for a long, plain stretch of each text.
	return secrets.map((s) => s.slice(0, 60));
}

function builtChunks(dir = 'build/client/_app/immutable'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? builtChunks(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : []
	);
}

test('keys, explanations and hints reach the browser only for the question answered', async ({ page, request }) => {
	// It reads every built chunk and exports the module's key: slow on a loaded machine.
	test.setTimeout(90_000);
	const bodies: { url: string; body: string }[] = [];
	page.on('response', async (response) => {
		try {
			bodies.push({ url: response.url(), body: await response.text() });
		} catch {
			// Redirects and aborted responses have no body.
		}
	});

	await startQuiz(page, { count: 'all' });
	const answered = await currentKey(page);
	await answerRightByKeyboard(page, answered);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('#verdict')).toHaveText(/Correct$/);
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByRole('heading', { name: /^Question 2 of/ })).toBeVisible();

	// The server-rendered pages and their data, fetched as a script would.
	for (const url of [QUIZ, `${QUIZ}/__data.json`, '/', '/modules/nato-russia-missions-2021']) {
		const response = await request.get(url);
		expect(response.status()).toBe(200);
		bodies.push({ url, body: await response.text() });
	}
	// Every JavaScript chunk the app can load, whether or not this run loaded it.
	const chunks = builtChunks();
	expect(chunks.length).toBeGreaterThan(5);
	for (const file of chunks) bodies.push({ url: file, body: readFileSync(file, 'utf8') });
	expect(bodies.some((b) => b.url.includes('/check'))).toBe(true);

	const key = moduleKey();
	const unanswered = key.questions.filter((q) => q.id !== answered.id);
	for (const q of unanswered) {
		for (const secret of secretsOf(q)) {
			const leaks = bodies.filter((b) => b.body.includes(secret)).map((b) => b.url);
			expect(leaks, `${q.id}: "${secret}"`).toEqual([]);
		}
	}
	// No response but the check's carries an answer key, and that one only for the question answered.
	for (const { url, body } of bodies) {
		if (url.includes('/api/modules/')) {
			const json = JSON.parse(body) as { questionId: string };
			expect(json.questionId).toBe(answered.id);
		} else {
			expect(body, url).not.toMatch(/"(answer|explanation|hints|wrongFeedback|toldOrderFeedback|wrongValues)":/);
		}
	}
	// The answered question's explanation did arrive: the scan can see what it looks for.
	expect(bodies.some((b) => b.body.includes(answered.explanation.slice(0, 60)))).toBe(true);
});
