// Makes sure the end-to-end tests have a browser: Debian's chromium, never a downloaded build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, chromiumPresent } from './chromium-path.js';

if (chromiumPresent()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
	console.error(
		`The end-to-end tests need Chromium at ${chromiumPath()}, and it is not there.\n` +
			"Install Debian's package: sudo apt-get update && sudo apt-get install -y chromium\n" +
			'or set CHROMIUM_PATH to a Chromium binary.'
	);
	process.exit(1);
}

console.log("Chromium is missing; installing Debian's chromium package with apt-get…");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
if (!chromiumPresent()) {
	console.error(`apt-get finished but ${chromiumPath()} is still missing.`);
	process.exit(1);
}
