import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Evidence } from '$lib/content/types';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import CitationPicker from './CitationPicker.svelte';

const text = 'Council closes the bridge\n\nThe council voted to close the bridge. "It is not safe," the mayor said.';

function setup(props: { value?: Evidence; oncancel?: () => void } = {}) {
	const user = userEvent.setup();
	const onpick = vi.fn<(e: Evidence) => void>();
	const view = render(CitationPicker, { props: { id: 'p', text, onpick, ...props } });
	const story = screen.getByRole('textbox', { name: 'Story text: select the words to cite' }) as HTMLTextAreaElement;
	const use = screen.getByRole('button', { name: 'Use these words' });
	const status = screen.getByRole('status', { name: 'Selected words' });
	/** Selects as a browser does: the text area's selection moves, then it fires `select`. */
	const selectRange = async (start: number, end: number) => {
		story.setSelectionRange(start, end);
		await fireEvent.select(story);
	};
	return { user, onpick, story, use, status, selectRange, container: view.container };
}

describe('CitationPicker', () => {
	it('shows the whole story read-only and moves focus into it', async () => {
		const { story } = setup();
		expect(story).toHaveValue(text);
		// Not the `readonly` attribute, with which Chromium moves no caret and Shift+arrows select nothing.
		expect(story).toHaveAttribute('aria-readonly', 'true');
		expect(story).not.toHaveAttribute('readonly');
		await vi.waitFor(() => expect(story).toHaveFocus());
	});

	it('refuses every edit to the story text, typed, deleted or pasted', async () => {
		const { user, story } = setup();
		await vi.waitFor(() => expect(story).toHaveFocus());
		await user.keyboard('xyz{Backspace}{Delete}');
		await user.paste('pasted words');
		expect(story).toHaveValue(text);
	});

	it('stores the selected words as their exact slice of the text', async () => {
		const { user, onpick, use, status, selectRange } = setup();
		const start = text.indexOf('voted to close');
		await selectRange(start, start + 'voted to close'.length);
		expect(status).toHaveTextContent('Selected: “voted to close”');
		await user.click(use);
		expect(onpick).toHaveBeenCalledWith({ quote: 'voted to close', start, end: start + 14 });
	});

	it('grows a selection that cuts words, trims spaces, and says so before storing', async () => {
		const { user, onpick, use, status, selectRange } = setup();
		const start = text.indexOf('oted to clo') - 1;
		await selectRange(start, start + ' voted to clo'.length);
		expect(status).toHaveTextContent('Selected: “voted to close” (grown to whole words)');
		await user.click(use);
		const picked = onpick.mock.calls[0]![0];
		expect(text.slice(picked.start, picked.end)).toBe('voted to close');
	});

	// jsdom moves the caret but does not extend a selection with Shift+arrows: the selection is set as the
	// browser would leave it, and the key release is what the picker reads it on. The studio's end-to-end
	// test selects with real Shift+arrow presses.
	it('reads a selection made with the keyboard, and is used with the keyboard alone', async () => {
		const { user, onpick, story, use, status } = setup();
		await vi.waitFor(() => expect(story).toHaveFocus());
		story.setSelectionRange(0, 7);
		await user.keyboard('{Shift}');
		expect(status).toHaveTextContent('Selected: “Council”');
		await user.tab();
		await user.tab();
		await user.tab();
		expect(use).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onpick).toHaveBeenCalledWith({ quote: 'Council', start: 0, end: 7 });
	});

	it('finds typed words and selects each occurrence in turn', async () => {
		const { user, onpick, use, status } = setup();
		await user.type(screen.getByRole('searchbox', { name: 'Find words in the story' }), 'the bridge');
		await user.click(screen.getByRole('button', { name: 'Find next' }));
		expect(status).toHaveTextContent('Found 1 of 2');
		await user.click(screen.getByRole('button', { name: 'Find next' }));
		expect(status).toHaveTextContent('Found 2 of 2');
		await user.click(use);
		const second = text.lastIndexOf('the bridge');
		expect(onpick).toHaveBeenCalledWith({ quote: 'the bridge', start: second, end: second + 10 });
	});

	it('says when typed words are not in the story', async () => {
		const { user, status } = setup();
		await user.type(screen.getByRole('searchbox', { name: 'Find words in the story' }), 'the river{Enter}');
		expect(status).toHaveTextContent('“the river” is not in the story.');
	});

	it('refuses to store an empty selection, with a message', async () => {
		const { user, onpick, use, status } = setup();
		await user.click(use);
		expect(onpick).not.toHaveBeenCalled();
		expect(status).toHaveTextContent('Select some words of the story first.');
	});

	it('opens with the passage cited so far selected, and can be cancelled', async () => {
		const oncancel = vi.fn();
		const start = text.indexOf('the mayor said');
		const { user, story, status } = setup({ value: { quote: 'the mayor said', start, end: start + 14 }, oncancel });
		expect([story.selectionStart, story.selectionEnd]).toEqual([start, start + 14]);
		expect(status).toHaveTextContent('Selected: “the mayor said”');
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(oncancel).toHaveBeenCalled();
	});

	it('has no accessibility violations', async () => {
		const { container } = setup();
		await expectNoAxeViolations(container);
	});
});
