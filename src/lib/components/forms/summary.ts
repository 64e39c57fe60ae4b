/**
 * The fields the summary links to: each field with its own problem. A field whose problem is the
 * summary's message points at that message rather than repeating it.
 */
export function listedProblems<F extends string>(
	fields: readonly F[],
	errors: Partial<Record<F, string>>,
	message: string | undefined
): { id: F; problem: string }[] {
	return fields.flatMap((id) => {
		const problem = errors[id];
		return problem && problem !== message ? [{ id, problem }] : [];
	});
}
