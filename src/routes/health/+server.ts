import { text } from '@sveltejs/kit';
import { database, databaseHealth } from '$lib/server/db';
import type { RequestHandler } from './$types';

/**
 * For load balancers and the test runner: the server is up, its modules loaded, and its database takes
 * writes. While writes fail (a full disk, a lost PostgreSQL server) it answers 503 naming the cause.
 */
export const GET: RequestHandler = async () => {
	const health = await databaseHealth(await database());
	const headers = { 'cache-control': 'no-store' };
	return health.ok ? text('ok', { headers }) : text(`database failing: ${health.reason}`, { status: 503, headers });
};
