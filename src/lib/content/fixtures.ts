import { authorModule } from './authoring';
import type { ModuleJson, ModuleSource } from './types';

/** A tiny, valid module for tests: every check passes on it, and each test breaks one thing. */
export function fixtureSource(): ModuleSource {
	return {
		slug: 'fixture-story',
		title: 'A fixture',
		summary: 'A story small enough to reason about.',
		storyFile: [
			'Menu',
			'1 Jan 2020, 09:00',
			'',
			'Council closes the bridge',
			'',
			'The mayor said the bridge will close on Friday',
			'',
			'RIVERTON, January 1. /Wire/. The council voted to close the bridge. "It is not safe," the mayor said.',
			'',
			'Engineers had inspected it twice. The mayor said the vote was 7 to 2.'
		].join('\n'),
		story: {
			publisher: 'Wire',
			chrome: ['Menu'],
			published: '1 Jan 2020, 09:00',
			publishedISO: '2020-01-01T09:00:00Z',
			dateline: 'RIVERTON, January 1. /Wire/.'
		},
		events: [
			{ id: 'inspect', label: 'Engineers inspect the bridge', cite: 'Engineers had inspected it twice', status: 'past' },
			{
				id: 'vote',
				label: 'The council votes to close the bridge',
				cite: 'Council closes the bridge',
				otherMentions: ['The council voted to close the bridge', 'the vote was 7 to 2'],
				status: 'past'
			},
			{ id: 'quote', label: 'The mayor speaks', cite: '"It is not safe," the mayor said.', status: 'past' },
			{ id: 'close', label: 'The bridge closes', cite: 'the bridge will close on Friday', status: 'planned' }
		],
		relations: [
			{ before: 'inspect', after: 'vote', cite: 'had inspected', reason: 'The past perfect puts it before the vote.' }
		],
		figures: [
			{ id: 'for', kind: 'count', value: 7, unit: 'votes', counts: 'votes for closing', cite: '7 to 2' },
			{ id: 'friday', kind: 'date', value: '--01-03', counts: 'the day it closes', cite: 'on Friday' }
		],
		sources: [
			{ id: 'mayor', name: 'The mayor', role: 'Mayor of Riverton', kind: 'named-person' },
			{ id: 'council', name: 'The council', role: 'Riverton’s council', kind: 'named-institution' }
		],
		attributions: [
			{ id: 'not-safe', source: 'mayor', claim: 'The bridge is not safe', form: 'direct-quote', cite: '"It is not safe,"' },
			{ id: 'closing', source: 'mayor', claim: 'The bridge will close on Friday', form: 'paraphrase', cite: 'The mayor said the bridge will close on Friday' },
			{ id: 'twice', claim: 'Engineers had inspected the bridge twice', form: 'reporter-voice', cite: 'Engineers had inspected it twice' }
		],
		wording: [],
		timeWords: [
			{
				id: 'on-friday',
				cite: 'on Friday',
				event: 'close',
				date: '2020-01-03',
				reason: 'The dateline is Wednesday 1 January 2020; the Friday of that week is 3 January.'
			}
		],
		questions: [
			{
				id: 'q1',
				kind: 'single',
				skill: 'sources',
				difficulty: 1,
				stem: 'Who said the bridge is not safe?',
				options: [
					{ id: 'a', text: 'The mayor' },
					{ id: 'b', text: 'The engineers', feedback: 'They inspected it; the story quotes no engineer.' }
				],
				answer: 'a',
				explanation: 'The quote is attributed to the mayor.',
				evidence: ['"It is not safe," the mayor said.'],
				facts: ['not-safe']
			},
			{
				id: 'q2',
				kind: 'ordering',
				skill: 'sequence',
				difficulty: 2,
				stem: 'Put these in the order they happened.',
				items: ['vote', 'inspect'],
				answer: ['inspect', 'vote'],
				explanation: 'The inspection came first.',
				evidence: ['had inspected'],
				wrongFeedback: 'The story tells the vote first, but "had inspected" puts the inspection earlier.'
			},
			{
				id: 'q3',
				kind: 'numeric',
				skill: 'numbers',
				difficulty: 1,
				stem: 'How many councillors voted to close the bridge?',
				answer: { type: 'integer', value: 7 },
				units: ['votes', 'councillors'],
				wrongValues: [{ value: 2, feedback: 'Two voted against.' }],
				wrongFeedback: 'Look for the vote count.',
				format: 'a whole number',
				explanation: 'The vote was 7 to 2.',
				evidence: ['7 to 2']
			},
			{
				id: 'q4',
				kind: 'tfn',
				skill: 'sources',
				difficulty: 1,
				statement: 'The engineers said the bridge is safe.',
				stem: 'True, false or not stated?',
				answer: 'not-stated',
				feedback: { true: 'No engineer is quoted.', false: 'The story does not report what the engineers said.' },
				explanation: 'Only the inspections are mentioned.',
				evidence: ['Engineers had inspected it twice']
			}
		]
	};
}

/** A script tag, as a hostile or careless author might paste it into any field. */
export const SCRIPT_TAG = '<script>alert(1)</script>';

/** Keys whose strings are ids, kinds, keys or passages: they keep their form. Every other string takes a script tag. */
const KEEP = new Set(['slug', 'id', 'kind', 'type', 'skill', 'status', 'form', 'source', 'before', 'after', 'event', 'frames', 'items', 'answer', 'derivedFrom', 'date', 'iso', 'value', 'publishedISO', 'url', 'version', 'quote', 'cite', 'otherMentions', 'evidence', 'draft']);
// `facts` is also the name of the fact tables' object: only a question's list of fact ids keeps its form.

/**
 * The fixture as JSON with a script tag in its headline and appended to every free-text field (title,
 * summary, labels, stems, options, feedback, hints …): a valid module, since text is text.
 */
export function scriptedFixtureJson(): ModuleJson {
	const source = fixtureSource();
	source.storyFile = source.storyFile.replace('Council closes the bridge', `Council closes the bridge ${SCRIPT_TAG}`);
	const { json, problems } = authorModule(source);
	if (!json) throw new Error(problems.map((p) => p.message).join('\n'));
	const { text, ...story } = json.story;
	const scripted = (value: unknown, key?: string): unknown => {
		if ((key !== undefined && KEEP.has(key)) || (key === 'facts' && Array.isArray(value))) return value;
		if (typeof value === 'string') return `${value} ${SCRIPT_TAG}`;
		if (Array.isArray(value)) return value.map((v) => scripted(v));
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scripted(v, k)]));
		return value;
	};
	return { ...(scripted(json) as ModuleJson), story: { ...(scripted(story) as typeof story), text } };
}
