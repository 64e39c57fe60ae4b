import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

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

/**
 * `use:enhance` for a form with an error summary: after a refused submit, focus the summary so that it
 * is read out, as a page load without JavaScript would put the reader at its top. `onFailure` runs first.
 */
export function focusSummaryOnFailure(summary: () => HTMLElement | undefined, onFailure?: (form: HTMLFormElement) => void): SubmitFunction {
	return () =>
		async ({ formElement, result, update }) => {
			await update();
			if (result.type === 'failure') {
				onFailure?.(formElement);
				await tick();
				summary()?.focus();
			}
		};
}
