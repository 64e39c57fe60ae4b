// npm run bench:size — builds the app, serves it, and measures the JavaScript each route really loads in
// Chromium, gzipped (level 9, as a CDN or adapter-node's precompression would serve it).
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startServer, stopServer } from './bench/client.js';
import { chromiumPath } from './chromium-path.js';
import { freePort } from './free-port.js';

/** The quiz route after Start with every kind's control loaded: the product's budget (PRODUCT.md, Budgets). */
const QUIZ_ROUND_BUDGET_KB = 78.7;
const CLIENT_DIR = '.svelte-kit/output/client';
/** Modules that must never reach a student's browser: the studio, the drafter, the content schema's validator. */
const FORBIDDEN = /(^|\/)(src\/lib\/studio|src\/lib\/drafting|node_modules\/valibot)\//;
const SLUG = 'nato-russia-missions-2021';

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Records each JavaScript file a page fetches: url → { raw, gzip } bytes. */
function recordScripts(page, into) {
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js') || into.has(response.url())) return;
		const body = await response.body().catch(() => null);
		if (body) into.set(response.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
	});
}

/**
 * The modules bundled into the files a page loaded, from each file's (hidden) source map, or failing that
 * from the Vite manifest's entry for it.
 */
function modulesOf(urls) {
	const manifest = JSON.parse(readFileSync(join(CLIENT_DIR, '.vite/manifest.json'), 'utf8'));
	const byFile = new Map(Object.values(manifest).map((entry) => [entry.file, entry]));
	const modules = new Set();
	for (const url of urls) {
		const file = new URL(url).pathname.slice(1);
		const map = join(CLIENT_DIR, file + '.map');
		if (existsSync(map)) {
			for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) modules.add(source.replace(/^(\.\.\/)+/, ''));
		} else if (byFile.get(file)?.src) modules.add(byFile.get(file).src);
	}
	return modules;
}

const total = (files) => [...files.values()].reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });

console.log('Building…');
// Hidden source maps (no comment in the files, so the sizes are unchanged) name the modules in each chunk.
execSync('npx vite build --sourcemap hidden', { stdio: ['ignore', 'ignore', 'inherit'] });
const port = await freePort();
// A throwaway database: the pages measured read none, but the server opens one at start-up.
const server = await startServer({ buildDir: 'build', port, env: { DATABASE_PATH: join(tmpdir(), `sourced-bench-size-${port}.db`) } });
const base = `http://127.0.0.1:${port}`;
try {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	const rows = [];
	for (const path of ['/', `/modules/${SLUG}`, `/modules/${SLUG}/quiz`]) {
		const page = await browser.newPage();
		const files = new Map();
		recordScripts(page, files);
		await page.goto(base + path, { waitUntil: 'networkidle' });
		rows.push({ route: path, ...total(files), files: files.size, urls: [...files.keys()] });
		if (path.endsWith('/quiz')) {
			// Walk through every question so each kind's lazily loaded control is fetched too.
			await page.getByRole('radio', { name: /^All \d+/ }).check();
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			const skip = page.getByRole('button', { name: 'Skip for now' });
			while (await skip.isVisible().catch(() => false)) {
				await page.locator('section.question .pending').waitFor({ state: 'detached' });
				await skip.click();
			}
			await page.waitForLoadState('networkidle');
			rows.push({ route: `${path} (after every kind of question)`, ...total(files), files: files.size, urls: [...files.keys()] });
		}
		await page.close();
	}
	await browser.close();

	console.log('\nJavaScript loaded per route (gzip level 9):');
	console.log('route'.padEnd(58), 'files'.padStart(5), 'raw kB'.padStart(8), 'gzip kB'.padStart(8));
	for (const r of rows) console.log(r.route.padEnd(58), String(r.files).padStart(5), kb(r.raw).padStart(8), kb(r.gzip).padStart(8));
	const quiz = rows.find((r) => r.route === `/modules/${SLUG}/quiz`);
	// On load is a figure to watch, not a budget (about 45 kB of it is the framework's floor).
	console.log(`\nQuiz route on load: ${kb(quiz.gzip)} kB gzip.`);
	const round = rows.find((r) => r.route.endsWith('(after every kind of question)'));
	const roundVerdict = round.gzip / 1024 <= QUIZ_ROUND_BUDGET_KB ? 'within' : 'OVER';
	console.log(`Quiz route after every kind of question: ${kb(round.gzip)} kB gzip — ${roundVerdict} the ${QUIZ_ROUND_BUDGET_KB} kB budget.`);

	console.log('\nStudio, drafter or valibot code loaded on student routes:');
	let leaks = 0;
	for (const r of rows) {
		const modules = modulesOf(r.urls);
		const found = [...modules].filter((m) => FORBIDDEN.test(m)).sort();
		leaks += found.length;
		console.log(`  ${r.route}: ${found.length === 0 ? `none (of ${modules.size} modules)` : found.join(', ')}`);
	}
	if (leaks > 0) process.exitCode = 1;
} finally {
	await stopServer(server);
}
