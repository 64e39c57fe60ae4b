import type { CheckRequest, CheckResult, HintRequest, HintResult, RoundOverview } from './types';

/** An error with a message fit to show the learner. */
export class ApiError extends Error {
	constructor(
		message: string,
		readonly status: number
	) {
		super(message);
	}
}

const TIMEOUT_MS = 10_000;

/** A JSON request; an `ApiError` (status 0 when no reply came) for a failure, with the server's message when it gave one. */
export async function request<T>(method: 'GET' | 'POST' | 'PUT', url: string, body: unknown, fetcher: typeof fetch): Promise<T> {
	let response: Response;
	try {
		response = await fetcher(url, {
			method,
			headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), accept: 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
	} catch {
		throw new ApiError('We could not reach the server. Check your connection and try again.', 0);
	}
	if (!response.ok) {
		const message = await response
			.json()
			.then((b: { message?: unknown }) => (typeof b?.message === 'string' ? b.message : null))
			.catch(() => null);
		throw new ApiError(message ?? `The server could not do this (error ${response.status}).`, response.status);
	}
	try {
		return (await response.json()) as T;
	} catch {
		// The reply was cut off: as good as none.
		throw new ApiError('We could not reach the server. Check your connection and try again.', 0);
	}
}

const post = <T>(url: string, body: unknown, fetcher: typeof fetch) => request<T>('POST', url, body, fetcher);

/**
 * The calls the quiz makes to the server for a module. `version`, the published version the page was
 * loaded on, goes with every call, so the round is graded on it even after a newer one is published.
 * `base` sends them elsewhere: the studio's preview grades a draft at its own endpoints.
 */
export function quizApi(slug: string, fetcher: typeof fetch = fetch, version?: number, base = `/api/modules/${encodeURIComponent(slug)}`) {
	const at = (path: string) => `${base}/${path}${version === undefined ? '' : `?version=${version}`}`;
	return {
		check: (request: CheckRequest) => post<CheckResult>(at('check'), request, fetcher),
		checkAll: (requests: CheckRequest[]) => Promise.all(requests.map((request) => post<CheckResult>(at('check'), request, fetcher))),
		hint: (request: HintRequest) => post<HintResult>(at('hint'), request, fetcher),
		summary: (questionIds: string[]) => post<RoundOverview>(at('summary'), { questionIds }, fetcher)
	};
}
