import { text } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** For load balancers and the test runner: the server is up and its modules loaded. */
export const GET: RequestHandler = () => text('ok');
