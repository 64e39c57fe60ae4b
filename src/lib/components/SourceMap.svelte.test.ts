import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '$lib/content/types';
import type { SourceMapEntry } from '$lib/quiz/types';
import SourceMap from './SourceMap.svelte';

// Read from the project root, where vitest runs (jsdom gives `import.meta.url` an http scheme).
const story = readFileSync('src/lib/server/modules/nato-russia-missions-2021/story.txt', 'utf8');

/** A passage of the story with its offsets; a passage that is not there fails the test at once. */
function cite(quote: string): Evidence {
	const start = story.indexOf(quote);
	if (start < 0) throw new Error(`not in the story: ${quote}`);
	return { quote, start, end: start + quote.length };
}

const entries: SourceMapEntry[] = [
	{
		source: 'NATO Press Office',
		role: 'Press office of the North Atlantic Treaty Organization',
		claims: [
			{
				claim: 'NATO has had no official communication from Russia about the suspension',
				kind: 'direct-quote',
				how: "Direct quote, reply to TASS' request",
				passage: cite('we have not received any official communication on the issues he raised,"')
			}
		]
	},
	{
		source: 'Russian Embassy in Belgium',
		role: "Russia's embassy in Brussels",
		claims: [
			{
				claim: 'The embassy would not comment',
				kind: 'declined',
				how: 'Declined to comment',
				passage: cite('refrained from commenting')
			},
			{
				claim: 'Lavrov and Grushko have already said all that is needed',
				kind: 'direct-quote',
				how: 'Direct quote',
				passage: cite('"All necessary statements have already been voiced by Foreign Minister Sergey Lavrov and Deputy Foreign Minister Alexander Grushko today,"')
			}
		]
	},
	{
		source: 'Sergey Lavrov',
		role: 'Russian Foreign Minister',
		claims: [
			{
				claim: 'Russia is suspending its mission in response to the withdrawal of eight accreditations',
				kind: 'paraphrase',
				how: 'Paraphrase, press conference',
				passage: cite('Lavrov said at a press conference that Russia decided to suspend its Permanent Mission to NATO')
			},
			{
				claim: 'Russia no longer needs to pretend that relations with NATO can change',
				kind: 'partial-quote',
				how: 'Partial quote, press conference',
				passage: cite('"keep pretending that any changes [in relations with NATO] are possible in the foreseeable future."')
			}
		]
	},
	{
		source: 'NATO',
		role: 'Not named more closely',
		claims: [
			{
				claim: 'The expelled diplomats are undeclared intelligence officers',
				kind: 'unnamed',
				how: 'Unnamed source',
				passage: cite('NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers.')
			}
		]
	},
	{
		source: 'TASS',
		role: 'Publisher',
		claims: [
			{
				claim: 'The intelligence charge is only alleged',
				kind: 'reporter-framing',
				how: "Reporter's framing",
				passage: cite('allegedly')
			}
		]
	}
];

function setup(props: Partial<{ entries: SourceMapEntry[]; heading: string; headingLevel: 2 | 3 | 4 }> = {}) {
	const { container } = render(SourceMap, { props: { entries, ...props } });
	const list = screen.getAllByRole('list')[0]!;
	const sources = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
	return { container, list, sources };
}

describe('SourceMap', () => {
	it('lists each source under a heading one level below the map', () => {
		const { sources } = setup({ headingLevel: 2, heading: 'Sources in this story' });
		expect(screen.getByRole('heading', { level: 2, name: 'Sources in this story' })).toBeInTheDocument();
		expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
			'NATO Press Office',
			'Russian Embassy in Belgium',
			'Sergey Lavrov',
			'NATO',
			'TASS'
		]);
		expect(sources).toHaveLength(5);
		expect(sources[2]).toHaveTextContent('Russian Foreign Minister');
		expect(screen.getByRole('region', { name: 'Sources in this story' })).toBeInTheDocument();
	});

	it("lists each source's claims with the kind, how, and the passage quoted", () => {
		setup();
		const claims = screen.getByRole('list', { name: 'What Russian Embassy in Belgium is reported as saying' });
		const items = within(claims).getAllByRole('listitem');
		expect(items).toHaveLength(2);
		expect(items[0]).toHaveTextContent('The embassy would not comment');
		expect(items[0]).toHaveTextContent('Declined to comment');
		expect(within(items[0]!).getByRole('blockquote')).toHaveTextContent('refrained from commenting');
		expect(items[1]).toHaveTextContent('Lavrov and Grushko have already said all that is needed');
		expect(items[1]).toHaveTextContent('Direct quote');
		expect(within(items[1]!).getByRole('blockquote').textContent).toBe(entries[1]!.claims[1]!.passage.quote);
	});

	it('prints the channel after the kind without saying the kind twice', () => {
		setup();
		const claims = screen.getByRole('list', { name: 'What NATO Press Office is reported as saying' });
		const item = within(claims).getByRole('listitem');
		expect(item.querySelector('.how')?.textContent?.replace(/\s+/g, ' ').trim()).toBe("“ ” Direct quote, reply to TASS' request");
		expect(item.textContent?.match(/Direct quote/g)).toHaveLength(1);
		// Where `how` is the kind's name alone, the badge says it all.
		const nato = within(screen.getByRole('list', { name: 'What NATO is reported as saying' })).getByRole('listitem');
		expect(nato.querySelector('.how')?.textContent?.trim()).toBe('? Unnamed source');
	});

	it('prints a `how` that does not start with the kind\'s name whole', () => {
		const [first] = entries;
		const claim = { ...first!.claims[0]!, how: "In reply to TASS' request" };
		render(SourceMap, { props: { entries: [{ ...first!, claims: [claim] }] } });
		const claims = screen.getByRole('list', { name: 'What NATO Press Office is reported as saying' });
		expect(within(claims).getByRole('listitem').querySelector('.how')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			"“ ” Direct quote, In reply to TASS' request"
		);
	});

	it('shows every kind as a word, not by colour alone', () => {
		const { container } = setup();
		const kinds = [...container.querySelectorAll('.kind')].map((k) => k.textContent?.replace(/\s+/g, ' ').trim());
		expect(kinds).toEqual([
			'“ ” Direct quote',
			'∅ Declined to comment',
			'“ ” Direct quote',
			'≈ Paraphrase',
			'“…” Partial quote',
			'? Unnamed source',
			"✎ Reporter's framing"
		]);
		for (const icon of container.querySelectorAll('.kind .icon')) expect(icon).toHaveAttribute('aria-hidden', 'true');
	});

	it('says so when there are no sources', () => {
		render(SourceMap, { props: { entries: [] } });
		expect(screen.getByText('No sources to show.')).toBeInTheDocument();
		expect(screen.queryByRole('list')).toBeNull();
	});

	it('has no accessibility violations axe can find', async () => {
		const { container } = setup();
		const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
		expect(results.violations).toEqual([]);
		expect(results.passes.length).toBeGreaterThan(0);
	});
});
