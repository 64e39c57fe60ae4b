/** What the tests of the `npm run content:…` commands share: running a script as a person would, and scratch files. */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type ScriptRun = { code: number; stdout: string; stderr: string };

/** Runs `scripts/<script>` with vite-node and the given arguments, and returns what a person would see. */
export async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ScriptRun> {
	try {
		const { stdout, stderr } = await run('npx', ['vite-node', '--config', 'scripts/vite.config.ts', `scripts/${script}`, ...args], {
			env,
			maxBuffer: 16 * 1024 * 1024
		});
		return { code: 0, stdout, stderr };
	} catch (e) {
		const failed = e as ScriptRun;
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

/** Scratch files under the system's temporary folder, named from one prefix, and a way to remove them all. */
export function scratchFiles(prefix: string) {
	const base = join(tmpdir(), `${prefix}-${process.pid}-${Date.now()}`);
	const made: string[] = [];
	/** A path under the prefix, not created; removed with the rest. */
	const path = (name: string) => {
		made.push(`${base}-${name}`);
		return `${base}-${name}`;
	};
	return {
		path,
		/** Writes a file under the prefix and returns its path. */
		file: (name: string, text: string) => {
			const at = path(name);
			writeFileSync(at, text);
			return at;
		},
		removeAll: () => {
			for (const at of made) rmSync(at, { force: true });
		}
	};
}
