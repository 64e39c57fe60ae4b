import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

/**
 * Enhances a form so that a refused submission keeps what was typed and moves focus to its error
 * summary (the element `summary` returns once the page has updated), as a page load without JavaScript
 * would put a screen-reader user at its top. `onFailure` runs first (to clear a refused password, say).
 * A successful one resets the form when `reset` is set.
 */
export function focusOnFailure(
	summary: () => HTMLElement | null | undefined,
	options: { reset?: boolean; onFailure?: (form: HTMLFormElement) => void } = {}
): SubmitFunction {
	return () =>
		async ({ formElement, update, result }) => {
			await update({ reset: options.reset === true && result.type === 'success' });
			if (result.type === 'failure') {
				options.onFailure?.(formElement);
				await tick();
				summary()?.focus();
			}
		};
}
