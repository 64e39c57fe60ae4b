import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/free-port.js';

/*
 * Security headers on every response, including the built files adapter-node serves under /_app before
 * any SvelteKit hook runs: `nosniff` always, HSTS when the public origin is https.
 */

/** A built script the home page loads, as a path. */
async function builtAsset(base: string): Promise<string> {
	const html = await (await fetch(`${base}/`)).text();
	const src = /["(]\.{0,2}\/?((?:\.\.\/)*_app\/immutable\/[^"')]+\.js)/.exec(html)?.[1];
	expect(src, 'the home page loads a built script').toBeTruthy();
	return '/' + src!.replace(/^(\.\.\/)+/, '');
}

test('every response says nosniff, the built files under /_app too; no HSTS over plain http', async ({ baseURL }) => {
	const asset = await builtAsset(baseURL!);
	for (const path of ['/', '/health', asset, '/favicon.svg', '/no-such-page']) {
		const response = await fetch(baseURL + path);
		expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
		expect(response.headers.get('strict-transport-security'), path).toBeNull();
	}
	expect((await fetch(baseURL + asset)).headers.get('content-type')).toMatch(/javascript/);
});

test('with an https origin, every response carries HSTS', async ({}, testInfo) => {
	test.skip(testInfo.project.name !== 'sqlite', 'starts its own server once');
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'sourced-headers-'));
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build'], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: 'https://sourced.example', DATABASE_PATH: join(dir, 'h.db') },
		stdio: 'ignore'
	});
	try {
		await expect.poll(async () => (await fetch(`${base}/health`).catch(() => null))?.status ?? 0, { timeout: 30_000 }).toBe(200);
		const asset = await builtAsset(base);
		for (const path of ['/', '/health', asset, '/no-such-page']) {
			const response = await fetch(base + path);
			expect(response.headers.get('strict-transport-security'), path).toBe('max-age=63072000; includeSubDomains');
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
		}
	} finally {
		child.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	}
});
