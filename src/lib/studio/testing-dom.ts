import { fireEvent, screen } from '@testing-library/svelte';
import type userEvent from '@testing-library/user-event';
import { passage } from './testing';

/**
 * Picks words in the open citation picker as a browser leaves a selection (jsdom cannot extend one with
 * Shift+arrows), then presses "Use these words".
 */
export async function pickInStory(user: ReturnType<typeof userEvent.setup>, text: string, quote: string, nth = 1): Promise<void> {
	const story = screen.getByRole('textbox', { name: 'Story text: select the words to cite' }) as HTMLTextAreaElement;
	const p = passage(text, quote, nth);
	story.setSelectionRange(p.start, p.end);
	await fireEvent.select(story);
	await user.click(screen.getByRole('button', { name: 'Use these words' }));
}
