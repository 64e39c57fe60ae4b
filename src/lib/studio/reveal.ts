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
