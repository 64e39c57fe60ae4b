import { existsSync } from 'node:fs';

/** The Chromium the tests drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. Never a download. */
export function chromiumPath() {
	return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function chromiumPresent() {
	return existsSync(chromiumPath());
}
