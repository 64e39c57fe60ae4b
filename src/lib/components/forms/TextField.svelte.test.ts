import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '$lib/components/quiz/testing';
import TextField from './TextField.svelte';

// axe in jsdom is slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

describe('TextField', () => {
	it('is a text area when given rows, with what it was sent back, its hint, its problem and further descriptions', async () => {
		const { container } = render(TextField, {
			props: { id: 'names', label: 'Names', hint: 'One per line.', problem: 'Row 2 is empty.', rows: 6, value: 'Ada\n\nBo', describedby: 'more' }
		});
		const area = screen.getByRole('textbox', { name: 'Names' });
		expect(area.tagName).toBe('TEXTAREA');
		expect(area).toHaveAttribute('rows', '6');
		expect(area).toHaveValue('Ada\n\nBo');
		expect(area).toHaveAttribute('aria-invalid', 'true');
		expect(area).toHaveAttribute('aria-describedby', 'names-error names-hint more');
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		await expectNoAxeViolations(container);
	});

	it('announces a problem found in the browser when it is live', () => {
		render(TextField, { props: { id: 'file', label: 'A file', type: 'file', problem: 'The file is too big.', live: true } });
		expect(screen.getByRole('alert')).toHaveTextContent('The file is too big.');
		expect(screen.getByLabelText('A file')).toHaveAttribute('type', 'file');
	});

	it('points at the form’s summary rather than repeat its message', () => {
		render(TextField, {
			props: { id: 'email', label: 'Email', problem: 'Email or password is not right.', summary: { id: 'top', message: 'Email or password is not right.' } }
		});
		expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-describedby', 'top');
		expect(screen.queryByText('Email or password is not right.')).not.toBeInTheDocument();
	});
});
