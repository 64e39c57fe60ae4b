import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/**
 * Enhances a form so that a refused submission keeps what was typed and moves focus to its error
 * summary (the element `summary` returns once the page has updated), as a screen-reader user needs.
 * A successful one resets the form when `reset` is set.
 */
export function focusOnFailure(summary: () => HTMLElement | null | undefined, options: { reset?: boolean } = {}): SubmitFunction {
	return () =>
		async ({ update, result }) => {
			await update({ reset: options.reset === true && result.type === 'success' });
			if (result.type === 'failure') {
				await tick();
				summary()?.focus();
			}
		};
}
