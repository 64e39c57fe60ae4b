import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Evidence } from '$lib/content/types';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import CiteField from './CiteField.svelte';
import CiteList from './CiteList.svelte';
import { pickInStory } from './testing-dom';

const text = 'Council closes the bridge\n\nThe council voted to close the bridge.';
const at = (quote: string): Evidence => ({ quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe('CiteField', () => {
	it('opens the picker on request, stores the words picked and gives focus back', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(CiteField, { props: { id: 'c', label: 'Passage that tells the event', text, onchange } });
		expect(screen.getByText('No words chosen yet.')).toBeInTheDocument();
		const toggle = screen.getByRole('button', { name: 'Choose words: Passage that tells the event' });
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await user.click(toggle);
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await pickInStory(user, text, 'voted to close');
		expect(onchange).toHaveBeenCalledWith(at('voted to close'));
		expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
		expect(toggle).toHaveFocus();
	});

	it('shows the chosen words and offers to change them', async () => {
		render(CiteField, { props: { id: 'c', label: 'Cite', text, value: at('the bridge'), onchange: vi.fn() } });
		expect(screen.getByRole('group', { name: 'Cite' })).toHaveTextContent('“the bridge”');
		expect(screen.getByRole('button', { name: 'Change the words: Cite' })).toBeInTheDocument();
	});
});

describe('CiteList', () => {
	it('adds, changes and removes passages', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const view = render(CiteList, { props: { id: 'ev', label: 'Evidence', text, items: [at('Council')], onchange } });
		await user.click(screen.getByRole('button', { name: 'Choose words: Evidence 2 (new)' }));
		await pickInStory(user, text, 'council voted');
		expect(onchange).toHaveBeenLastCalledWith([at('Council'), at('council voted')]);
		await view.rerender({ items: [at('Council'), at('council voted')] });
		await user.click(screen.getByRole('button', { name: 'Remove passage: Evidence 1' }));
		expect(onchange).toHaveBeenLastCalledWith([at('council voted')]);
		await expectNoAxeViolations(view.container);
	});
});
