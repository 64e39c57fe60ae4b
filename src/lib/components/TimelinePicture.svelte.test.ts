import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/quiz/types';
import TimelinePicture from './TimelinePicture.svelte';

// Read from the project root, where vitest runs (jsdom gives `import.meta.url` an http scheme).
const story = readFileSync('src/lib/server/modules/nato-russia-missions-2021/story.txt', 'utf8');

/** The span of a passage in the story; a passage that is not there fails the test at once. */
function span(quote: string) {
	const start = story.indexOf(quote);
	if (start < 0) throw new Error(`not in the story: ${quote}`);
	return { start, end: start + quote.length };
}

/**
 * The TASS story tells NATO's reply first and NATO's cut of the mission late, though the cut came first.
 * Stoltenberg's remark came "later" than NATO's decision, but the story does not place it before or after
 * Lavrov's press conference: the two share a step.
 */
const events: TimelineEvent[] = [
	{
		id: 'reply',
		label: 'NATO says it has had no official word from Russia',
		told: 0,
		part: 'lead',
		step: 2,
		when: 'October 18',
		status: 'past',
		passage: span('we have not received any official communication')
	},
	{
		id: 'suspension',
		label: "Russia's mission and NATO's Moscow offices are suspended",
		told: 1,
		part: 'body',
		step: 3,
		when: 'starting on November 1',
		status: 'planned',
		passage: span('starting on November 1')
	},
	{
		id: 'press-conference',
		label: 'Lavrov announces the suspension at a press conference',
		told: 2,
		part: 'body',
		step: 1,
		when: 'Monday',
		status: 'past',
		passage: span('On Monday, Lavrov said at a press conference')
	},
	{
		id: 'cut',
		label: 'NATO cuts the Russian mission from 20 to 10 people',
		told: 3,
		part: 'body',
		step: 0,
		status: 'past',
		passage: span('NATO’s decision to cut the Russian mission staff from 20 to 10 people')
	},
	{
		id: 'remark',
		label: 'Stoltenberg says the decision was not prompted by any particular event',
		told: 4,
		part: 'body',
		step: 1,
		when: 'later',
		status: 'past',
		passage: span('NATO Secretary General Jens Stoltenberg said later')
	}
];

function setup(props: Partial<{ events: TimelineEvent[]; heading: string; headingLevel: 2 | 3 | 4 }> = {}) {
	// Shuffled, to show the component orders by `told` and not by the order it is given.
	const given = props.events ?? [events[3]!, events[0]!, events[4]!, events[1]!, events[2]!];
	// `events` is also a Svelte mount option, so the props go under `props`.
	const { container } = render(TimelinePicture, { props: { ...props, events: given } });
	const table = screen.getByRole('table');
	const rows = within(table).getAllByRole('row').slice(1);
	return { container, table, rows };
}

function cellsOf(row: HTMLElement) {
	return {
		event: within(row).getByRole('rowheader').textContent?.replace(/\s+/g, ' ').trim(),
		cells: within(row)
			.getAllByRole('cell')
			.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())
	};
}

// The first render and axe take seconds on a loaded machine: a generous timeout, never a timing assertion.
describe('TimelinePicture', { timeout: 30_000 }, () => {
	it('lists the events in the order the story tells them, with the step each happened at', () => {
		const { table, rows } = setup();
		expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Event', 'Told', 'Happened', 'When']);
		expect(rows.map((r) => cellsOf(r))).toEqual([
			{ event: 'NATO says it has had no official word from Russia', cells: ['1st, lead', '3rd', 'October 18'] },
			{ event: "Russia's mission and NATO's Moscow offices are suspended planned", cells: ['2nd, body', '4th', 'starting on November 1'] },
			{
				event: 'Lavrov announces the suspension at a press conference',
				cells: [
					'3rd, body',
					'2nd, order unknown relative to Stoltenberg says the decision was not prompted by any particular event',
					'Monday'
				]
			},
			{ event: 'NATO cuts the Russian mission from 20 to 10 people', cells: ['4th, body', '1st', 'not given'] },
			{
				event: 'Stoltenberg says the decision was not prompted by any particular event',
				cells: ['5th, body', '2nd, order unknown relative to Lavrov announces the suspension at a press conference', 'later']
			}
		]);
	});

	it('names the story part that first tells each event, on the picture and in the table', () => {
		const { container, rows } = setup({
			events: [
				{ ...events[0]!, part: 'headline' },
				{ ...events[2]!, told: 1, part: 'standfirst' },
				{ ...events[3]!, told: 2, part: 'body' }
			]
		});
		expect([...container.querySelectorAll('.told .part')].map((p) => p.textContent)).toEqual(['headline', 'standfirst', 'body']);
		expect(rows.map((r) => cellsOf(r).cells[0])).toEqual(['1st, headline', '2nd, standfirst', '3rd, body']);
	});

	it('names the table with a caption and the section with its heading', () => {
		const { table } = setup({ heading: 'The order of events', headingLevel: 2 });
		expect(table).toHaveAccessibleName(/order the story tells them/);
		expect(screen.getByRole('heading', { level: 2, name: 'The order of events' })).toBeInTheDocument();
		expect(screen.getByRole('region', { name: 'The order of events' })).toContainElement(table);
	});

	it('draws one line per event, from its place in the telling to its place in the happening', () => {
		const { container } = setup();
		const svg = container.querySelector('svg')!;
		const lines = [...svg.querySelectorAll('line')];
		expect(lines).toHaveLength(events.length);
		const byId = new Map(lines.map((l) => [l.dataset.event, l]));
		// One row per event on each side, so row middles fall at tenths of the 1000-unit height.
		// Told 4th (y = 700), happened first (y = 100): the line climbs.
		expect(byId.get('cut')?.getAttribute('y1')).toBe('700');
		expect(byId.get('cut')?.getAttribute('y2')).toBe('100');
		// Told 1st, happened after the cut and the two events of the shared band: it falls, crossing the cut's.
		expect(byId.get('reply')?.getAttribute('y1')).toBe('100');
		expect(byId.get('reply')?.getAttribute('y2')).toBe('700');
		// Events of unknown order between them meet at the middle of their band: the picture invents no order.
		expect(byId.get('press-conference')?.getAttribute('y2')).toBe('400');
		expect(byId.get('remark')?.getAttribute('y2')).toBe('400');
		expect(byId.get('suspension')?.classList.contains('planned')).toBe(true);
		expect(byId.get('reply')?.classList.contains('planned')).toBe(false);
	});

	it('hides the picture from assistive technology, which reads the table', () => {
		const { container } = setup();
		const picture = container.querySelector('svg')!.closest('[aria-hidden="true"]');
		expect(picture).not.toBeNull();
		expect(picture).not.toContainElement(screen.getByRole('table'));
	});

	it('groups events of unknown order in one band labelled as such, and marks planned events', () => {
		const { container } = setup();
		const bands = [...container.querySelectorAll('.band')];
		expect(bands.map((b) => b.querySelectorAll('.label').length)).toEqual([1, 2, 1, 1]);
		expect(bands[1]).toHaveTextContent('Order between these not given by the story');
		for (const band of [bands[0], bands[2], bands[3]]) expect(band).not.toHaveTextContent(/not given/);
		expect(bands[3]).toHaveTextContent(/planned/i);
		expect(bands[3]).toHaveTextContent('starting on November 1');
		const plannedRow = screen.getByRole('rowheader', { name: /Moscow offices are suspended/ });
		expect(plannedRow).toHaveTextContent(/planned$/);
		expect(screen.getByRole('rowheader', { name: /20 to 10/ })).not.toHaveTextContent(/planned/);
	});

	it('draws an event the story orders against none of the others apart from the chain, never in its first band', () => {
		const floating: TimelineEvent = {
			id: 'embassy',
			label: 'The Embassy announces it will not comment',
			told: 5,
			part: 'body',
			step: 0,
			unordered: true,
			status: 'past',
			passage: span('NATO Secretary General Jens Stoltenberg said later')
		};
		const { container, rows } = setup({ events: [...events, floating] });
		const bands = [...container.querySelectorAll('.band')];
		// The chain's bands as before; the floating event in a band of its own, last, labelled as unplaced.
		expect(bands.map((b) => b.querySelectorAll('.label').length)).toEqual([1, 2, 1, 1, 1]);
		expect(bands[0]).not.toHaveTextContent(floating.label);
		expect(bands[4]).toHaveTextContent(floating.label);
		expect(bands[4]).toHaveTextContent('Not placed in time by the story');
		expect(cellsOf(rows[5]!)).toEqual({ event: floating.label, cells: ['6th, body', 'not placed by the story', 'not given'] });
		// The cut still happened first, alone.
		expect(cellsOf(rows[3]!).cells[1]).toBe('1st');
		const line = container.querySelector('line[data-event="embassy"]')!;
		expect(line.classList.contains('unordered')).toBe(true);
		// Told last (y = 1000 · 5.5/6), drawn to the apart band's middle, the last row.
		expect(Number(line.getAttribute('y2'))).toBeCloseTo((5.5 / 6) * 1000);
	});

	it('lets a keyboard scroll the table: its scroller is a named, focusable region', () => {
		setup();
		const region = screen.getByRole('region', { name: /order the story tells them/ });
		expect(region).toHaveAttribute('tabindex', '0');
		expect(region).toContainElement(screen.getByRole('table'));
	});

	it('says so when there is nothing to show', () => {
		render(TimelinePicture, { props: { events: [] } });
		expect(screen.getByText('No events to show.')).toBeInTheDocument();
		expect(screen.queryByRole('table')).toBeNull();
	});

	it('has no accessibility violations axe can find', { timeout: 30_000 }, async () => {
		const { container } = setup();
		const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
		expect(results.violations).toEqual([]);
		expect(results.passes.length).toBeGreaterThan(0);
	});
});
