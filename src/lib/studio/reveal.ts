import { tick } from 'svelte';

/**
 * Opens the closed item (`<details>`) a field sits in, waits for its fields to render, then scrolls
 * to the field and gives it focus: how a link from a list of citations or problems reaches the field.
 */
export async function revealField(itemId: string, fieldId: string): Promise<void> {
	const item = document.getElementById(itemId);
	if (item instanceof HTMLDetailsElement && !item.open) {
		const toggled = new Promise<void>((resolve) => {
			item.addEventListener('toggle', () => resolve(), { once: true });
			setTimeout(resolve, 200);
		});
		item.open = true;
		await toggled;
		await tick();
	}
	const field = document.getElementById(fieldId) ?? item;
	field?.scrollIntoView?.({ block: 'center' });
	field?.focus();
}

/**
 * Brings the first highlighted passage inside `root` into view (at once when the reader asked for reduced
 * motion) and gives it focus, so a screen reader reads on from it, as the quiz's "Show in story" does. False
 * when nothing is highlighted there.
 */
export function revealFirstMark(root: ParentNode | null): boolean {
	const mark = root?.querySelector<HTMLElement>('mark');
	if (!mark) return false;
	const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
	mark.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
	mark.focus({ preventScroll: true });
	return true;
}
