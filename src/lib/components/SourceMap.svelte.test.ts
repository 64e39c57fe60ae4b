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
		source: 'nato-press-office',
		name: 'NATO Press Office',
		role: 'Press office of the North Atlantic Treaty Organization',
		kind: 'named-institution',
		claims: [
			{
				claim: 'NATO has had no official communication from Russia about the suspension',
				form: 'direct-quote',
				channel: "reply to TASS' request",
				passage: cite('we have not received any official communication on the issues he raised,"'),
				wording: []
			}
		]
	},
	{
		source: 'embassy',
		name: 'Russian Embassy in Belgium',
		role: "Russia's embassy in Brussels",
		kind: 'named-institution',
		claims: [
			{ claim: 'The embassy would not comment', form: 'declined', passage: cite('refrained from commenting'), wording: [] },
			{
				claim: 'Lavrov and Grushko have already said all that is needed',
				form: 'direct-quote',
				passage: cite('"All necessary statements have already been voiced by Foreign Minister Sergey Lavrov and Deputy Foreign Minister Alexander Grushko today,"'),
				wording: []
			}
		]
	},
	{
		source: 'lavrov',
		name: 'Sergey Lavrov',
		role: 'Russian Foreign Minister',
		kind: 'named-person',
		claims: [
			{
				claim: 'Russia is suspending its mission in response to the withdrawal of eight accreditations',
				form: 'paraphrase',
				channel: 'press conference',
				passage: cite('Lavrov said at a press conference that Russia decided to suspend its Permanent Mission to NATO'),
				wording: []
			},
			{
				claim: 'The Russians were told to leave Brussels',
				form: 'paraphrase',
				note: 'Read as the rest of his account: it follows “He explained that …”.',
				passage: cite('The Russian citizens were instructed to leave Brussels before the end of October'),
				wording: []
			}
		]
	},
	{
		source: 'nato',
		name: 'NATO',
		role: 'The alliance as a whole',
		kind: 'named-institution',
		claims: [
			{
				claim: 'The expelled diplomats are undeclared intelligence officers',
				form: 'paraphrase',
				passage: cite('NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers.'),
				wording: [
					{ quote: 'claimed', kind: 'distancing', effect: 'The reporter does not vouch for it.' },
					{ quote: 'allegedly', kind: 'distancing', effect: 'Doubles the distance.' }
				]
			}
		]
	},
	{
		source: 'No source',
		name: 'No source',
		role: 'TASS, in the reporter’s own voice',
		kind: 'no-source',
		claims: [{ claim: 'The diplomats were expelled', form: 'reporter-voice', passage: cite('expelled'), wording: [] }]
	}
];

function setup(props: Partial<{ entries: SourceMapEntry[]; heading: string; headingLevel: 2 | 3 | 4 }> = {}) {
	const { container } = render(SourceMap, { props: { entries, ...props } });
	const list = screen.getAllByRole('list')[0]!;
	const sources = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
	return { container, list, sources };
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

// The first render and axe take seconds on a loaded machine: a generous timeout, never a timing assertion.
describe('SourceMap', { timeout: 30_000 }, () => {
	it('lists each source under a heading one level below the map, with the kind of source', () => {
		const { sources } = setup({ headingLevel: 2, heading: 'Sources in this story' });
		expect(screen.getByRole('heading', { level: 2, name: 'Sources in this story' })).toBeInTheDocument();
		expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
			'NATO Press Office',
			'Russian Embassy in Belgium',
			'Sergey Lavrov',
			'NATO',
			'No source'
		]);
		expect(sources).toHaveLength(5);
		expect(sources.map((s) => text(s.querySelector('.source-kind')))).toEqual([
			'Source: Named institution',
			'Source: Named institution',
			'Source: Named person',
			'Source: Named institution',
			'Source: No source'
		]);
		expect(sources[2]).toHaveTextContent('Russian Foreign Minister');
		expect(screen.getByRole('region', { name: 'Sources in this story' })).toBeInTheDocument();
	});

	it("lists each source's claims with the form of words and the passage quoted", () => {
		setup();
		const claims = screen.getByRole('list', { name: 'What Russian Embassy in Belgium is reported as saying' });
		const items = within(claims).getAllByRole('listitem');
		expect(items).toHaveLength(2);
		expect(items[0]).toHaveTextContent('The embassy would not comment');
		expect(text(items[0]!.querySelector('.how'))).toBe('∅ Form: Declined to comment');
		expect(within(items[0]!).getByRole('blockquote')).toHaveTextContent('refrained from commenting');
		expect(items[1]).toHaveTextContent('Lavrov and Grushko have already said all that is needed');
		expect(text(items[1]!.querySelector('.how'))).toBe('“ ” Form: Direct quote');
		expect(within(items[1]!).getByRole('blockquote').textContent).toBe(entries[1]!.claims[1]!.passage.quote);
	});

	it('keeps the two dimensions apart: a claim given to NATO is a named institution’s, in paraphrase', () => {
		setup();
		const nato = screen.getByRole('heading', { name: 'NATO' }).closest('li')!;
		expect(text(nato.querySelector('.source-kind'))).toBe('Source: Named institution');
		const claim = within(screen.getByRole('list', { name: 'What NATO is reported as saying' })).getAllByRole('listitem')[0]!;
		expect(text(claim.querySelector('.how'))).toBe('≈ Form: Paraphrase');
		expect(claim).not.toHaveTextContent(/unnamed|anonymous/i);
	});

	it('prints the channel after the form', () => {
		setup();
		const claims = screen.getByRole('list', { name: 'What NATO Press Office is reported as saying' });
		const item = within(claims).getByRole('listitem');
		expect(text(item.querySelector('.how'))).toBe("“ ” Form: Direct quote, reply to TASS' request");
	});

	it('shows the reporter’s words around a claim, and the judgement call behind an attribution', () => {
		setup();
		const nato = within(screen.getByRole('list', { name: 'What NATO is reported as saying' })).getAllByRole('listitem')[0]!;
		const wording = within(nato).getByRole('list', { name: 'The reporter’s words around it' });
		expect(within(wording).getAllByRole('listitem').map(text)).toEqual([
			'“claimed” Distancing word: The reporter does not vouch for it.',
			'“allegedly” Distancing word: Doubles the distance.'
		]);
		const lavrov = within(screen.getByRole('list', { name: 'What Sergey Lavrov is reported as saying' })).getAllByRole('listitem');
		expect(lavrov[1]).toHaveTextContent('Judgement call: Read as the rest of his account');
		expect(within(lavrov[0]!).queryByRole('list')).toBeNull();
	});

	it('names the reporter’s own voice as having no source', () => {
		setup();
		const own = within(screen.getByRole('list', { name: 'What the story says with no source' })).getByRole('listitem');
		expect(text(own.querySelector('.how'))).toBe("✎ Form: Reporter's voice");
	});

	it('shows every form and kind as a word, not by colour alone', () => {
		const { container } = setup();
		const forms = [...container.querySelectorAll('.form')].map(text);
		expect(forms).toEqual([
			'“ ” Form: Direct quote',
			'∅ Form: Declined to comment',
			'“ ” Form: Direct quote',
			'≈ Form: Paraphrase',
			'≈ Form: Paraphrase',
			'≈ Form: Paraphrase',
			"✎ Form: Reporter's voice"
		]);
		for (const icon of container.querySelectorAll('.form .icon')) expect(icon).toHaveAttribute('aria-hidden', 'true');
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
