// Types for what the end-to-end tests use of client.js (the benchmarks use it from plain JavaScript).
import type { ChildProcess } from 'node:child_process';

export { freePort } from '../free-port.js';

export type StartedServer = { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; stderr: () => string };

/** Starts `node <buildDir>` on 127.0.0.1:port and waits (bounded) for /health. */
export function startServer(options: {
	buildDir: string;
	port: number;
	env?: Record<string, string>;
	nodeArgs?: string[];
	timeoutMs?: number;
	log?: boolean;
	cpu?: number | null;
}): Promise<StartedServer>;

/** Stops a server: SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export function stopServer(server: StartedServer | null | undefined, graceMs?: number): Promise<void>;
