import { safeFileName, toCsv, type Cell } from '$lib/csv';

/** A CSV download: UTF-8 with a BOM, named after the assignment, never cached. */
export function csvResponse(title: string, suffix: string, rows: readonly (readonly Cell[])[]): Response {
	return new Response(toCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${safeFileName(title)}-${suffix}.csv"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
