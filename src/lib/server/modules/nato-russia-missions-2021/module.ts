import type { ModuleSource } from '$lib/content/types';
import storyFile from './story.txt?raw';

/*
 * Judgement calls about the text, recorded where the next author will look:
 * - The told order starts at the headline. NATO's reply is first told there ("NATO received no official
 *   notification"), then in the lead and the Press Office's quote. The suspension is first told there too
 *   ("mutual suspension of missions"), though its date comes only in the second paragraph.
 * - NATO's cut is first told in the standfirst, as "the withdrawal of accreditation of eight mission
 *   employees": the withdrawal is part of NATO's decision, though the standfirst does not name NATO.
 * - NATO's decision is never dated, so its event has no `when`; nor do NATO's claim and NATO's reply.
 * - "Later" (Stoltenberg) follows NATO's claim and refers back to "this decision": it orders the remark
 *   after both, and after nothing else. The story never places it against Lavrov's press conference.
 * - "On Monday" is anchored to the dateline's own day, 18 October 2021 (a Monday; the year is from the
 *   publication line): news style names the weekday for a day of the story's own week.
 * - "Today" (the Embassy on Lavrov and Grushko) is not anchored: it counts from when the Embassy spoke,
 *   which the story never dates. It is kept apart from "On Monday": the text never says they are the
 *   same day or the same statements.
 * - The story never says in what order NATO replied and the Embassy declined, nor whether NATO's claim
 *   came before or with its decision: no relation is given for either pair.
 * - "The Russian citizens were instructed to leave…" has no attribution of its own, but it follows "He
 *   explained that …" in the same paragraph, and news writing carries a paragraph's attribution forward:
 *   it is recorded as the rest of Lavrov's paraphrase, with a note that the text cannot settle it. Who gave
 *   the instruction is not said (the passive names no one).
 * - "NATO claimed" gives the claim to a named institution, in paraphrase: not an anonymous source.
 *   "Claimed" and "allegedly" are TASS's distancing words around it; "explained" and "underscored", for
 *   Lavrov, are TASS's endorsing verbs; "mutual" (headline and lead) is TASS's loaded word: the story
 *   reports only Russia's decision. "Expelled" is TASS's own voice, given to no one.
 * - The headline and the lead carry no "said", but their point is NATO's reply, whose source the second
 *   paragraph gives: both are recorded as paraphrases of NATO, not as the reporter's own voice.
 * - Grushko is a mention only: the Embassy names him as having spoken, and none of his words are given.
 * - "16:46" and "2021" are printed only on the publication line above the headline, which is outside the
 *   story text every quote indexes; they live in `story.published` and the publication event's `when`.
 */
export default {
	slug: 'nato-russia-missions-2021',
	title: 'Russia suspends its mission to NATO',
	summary:
		'A TASS report of 18 October 2021: after NATO cut the Russian mission from 20 to 10 people, Russia suspends its mission to NATO and two NATO offices in Moscow. Untangle what happened first, check the arithmetic of the cut, and tell the speakers’ words from the reporter’s.',
	storyFile,
	story: {
		publisher: 'TASS',
		chrome: ['All news'],
		published: '18 Oct 2021, 16:46',
		publishedISO: '2021-10-18T16:46:00+03:00',
		dateline: 'BRUSSELS, October 18. /TASS/.'
	},

	// -------------------------------------------------------------------------------------------------
	// Events, each cited where the story first tells it, in whatever part (headline, standfirst, dateline,
	// lead, body): that position is its place in the told order. Later tellings are other mentions.
	// -------------------------------------------------------------------------------------------------
	events: [
		{
			id: 'lavrov-announces',
			label: 'Lavrov announces at a press conference that Russia is suspending its mission to NATO',
			cite: 'On Monday, Sergey Lavrov said',
			otherMentions: [
				'Sergey Lavrov’s remarks',
				'Minister Lavrov’s comments to the media',
				'Lavrov’s statement',
				'On Monday, Lavrov said at a press conference'
			],
			when: 'On Monday',
			status: 'past'
		},
		{
			id: 'russia-decides',
			label: 'Russia decides to suspend its Permanent Mission to NATO',
			cite: { quote: 'Russia decided to suspend its Permanent Mission to NATO', occurrence: 1 },
			otherMentions: [{ quote: 'Russia decided to suspend its Permanent Mission to NATO', occurrence: 2 }, 'this step'],
			status: 'past'
		},
		{
			id: 'publication',
			label: 'TASS publishes this story',
			cite: 'BRUSSELS, October 18. /TASS/.',
			when: '18 Oct 2021, 16:46',
			status: 'past'
		},
		{
			id: 'nato-reply',
			label: 'The NATO Press Office replies that it has received no official communication from Russia',
			cite: 'NATO received no official notification',
			otherMentions: [
				'NATO has taken into account Russian Foreign Minister Sergey Lavrov’s remarks on the mutual suspension of diplomatic missions in Brussels and Moscow, but it has not received any official notifications from Russia yet',
				'We have taken note of Minister Lavrov’s comments to the media, however, we have not received any official communication on the issues he raised'
			],
			status: 'past'
		},
		{
			id: 'tass-asks',
			label: 'TASS asks NATO to comment on Lavrov’s statement',
			cite: 'TASS’ request to comment on Lavrov’s statement',
			status: 'past'
		},
		{
			id: 'missions-suspended',
			label: 'The suspension of Russia’s mission to NATO and the two NATO offices in Moscow begins',
			cite: 'mutual suspension of missions',
			otherMentions: [
				'mutual suspension of diplomatic missions in Brussels and Moscow',
				'the suspension of the Russian Permanent Mission to NATO in Brussels, the NATO Information Office in Moscow and the NATO Military Liaison Mission Moscow starting on November 1'
			],
			when: 'starting on November 1',
			status: 'planned'
		},
		{
			id: 'embassy-declines',
			label: 'The Russian Embassy in Belgium declines to comment',
			cite: 'refrained from commenting',
			status: 'past'
		},
		{
			id: 'embassy-tasked',
			label: 'The Russian Embassy in Belgium takes over all communication with NATO',
			cite: 'will be tasked with all communication with NATO',
			status: 'planned'
		},
		{
			id: 'lavrov-grushko-speak',
			label: 'Lavrov and Deputy Foreign Minister Grushko voice “all necessary statements”',
			cite: 'All necessary statements have already been voiced by Foreign Minister Sergey Lavrov and Deputy Foreign Minister Alexander Grushko today',
			when: 'today',
			status: 'past'
		},
		{
			id: 'nato-cuts-mission',
			label: 'NATO decides to cut the Russian mission from 20 to 10 people (eight accreditations withdrawn, 2 vacant posts eliminated)',
			cite: { quote: 'the withdrawal of accreditation of eight mission employees', occurrence: 1 },
			otherMentions: [
				{ quote: 'the withdrawal of accreditation of eight mission employees', occurrence: 2 },
				'NATO’s decision to cut the Russian mission staff from 20 to 10 people',
				'this decision'
			],
			status: 'past'
		},
		{
			id: 'leave-deadline',
			label: 'Deadline for the Russian citizens to leave Brussels',
			cite: 'The Russian citizens were instructed to leave Brussels before the end of October',
			when: 'before the end of October',
			status: 'planned'
		},
		{
			id: 'nato-claims-spies',
			label: 'NATO claims the expelled diplomats are undeclared intelligence officers',
			cite: 'NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers',
			status: 'past'
		},
		{
			id: 'stoltenberg-remark',
			label: 'Stoltenberg says NATO’s decision was not motivated by any particular event',
			cite: 'NATO Secretary General Jens Stoltenberg said later',
			when: 'later',
			status: 'past'
		}
	],

	relations: [
		{
			before: 'nato-cuts-mission',
			after: 'russia-decides',
			cite: 'this step came in response to NATO’s decision',
			reason: 'Russia’s step came “in response to” NATO’s decision, so NATO’s decision came first.'
		},
		{
			before: 'russia-decides',
			after: 'lavrov-announces',
			cite: 'Lavrov said at a press conference that Russia decided',
			reason: 'Lavrov reports the decision as already taken (“Russia decided”) when he announces it.'
		},
		{
			before: 'lavrov-announces',
			after: 'tass-asks',
			cite: 'TASS’ request to comment on Lavrov’s statement',
			reason: 'TASS asked NATO to comment on Lavrov’s statement, so the statement had been made.'
		},
		{
			before: 'tass-asks',
			after: 'nato-reply',
			cite: 'said in response to TASS’ request',
			reason: 'The Press Office spoke “in response to” TASS’s request, so the request came first.'
		},
		{
			before: 'nato-reply',
			after: 'publication',
			cite: 'the NATO Press Office said',
			reason: 'The story reports the reply in the past tense: it had been given when the story was published.'
		},
		{
			before: 'lavrov-grushko-speak',
			after: 'embassy-declines',
			cite: 'have already been voiced',
			reason: 'The Embassy said the statements “have already been voiced”, so Lavrov and Grushko spoke before it declined.'
		},
		{
			before: 'embassy-declines',
			after: 'publication',
			cite: 'refrained from commenting',
			reason: 'The story reports the refusal in the past tense: it had happened when the story was published.'
		},
		{
			before: 'nato-cuts-mission',
			after: 'stoltenberg-remark',
			cite: 'said later that this decision',
			reason: 'Stoltenberg spoke “later” about “this decision”, so the decision came first.'
		},
		{
			before: 'nato-claims-spies',
			after: 'stoltenberg-remark',
			cite: 'Jens Stoltenberg said later',
			reason: '“Later” follows straight on from NATO’s claim in the sentence before, so the remark came after it.'
		},
		{
			before: 'stoltenberg-remark',
			after: 'publication',
			cite: 'Jens Stoltenberg said',
			reason: 'The story reports the remark in the past tense: it had been made when the story was published.'
		},
		{
			before: 'publication',
			after: 'leave-deadline',
			cite: 'before the end of October',
			reason: 'The story is dated October 18; the deadline is the end of October, later that month.'
		},
		{
			before: 'leave-deadline',
			after: 'missions-suspended',
			cite: 'starting on November 1',
			reason: 'The suspension starts on November 1, the day after October ends.'
		},
		{
			before: 'publication',
			after: 'embassy-tasked',
			cite: 'will be tasked',
			reason: 'The story puts the Embassy’s new task in the future tense (“will be tasked”).'
		}
	],

	figures: [
		{
			id: 'f-eight-standfirst',
			kind: 'count',
			value: 8,
			unit: 'employees',
			counts: 'mission employees whose accreditation was withdrawn (first mention, in the standfirst, as the word “eight”)',
			cite: { quote: 'eight mission employees', occurrence: 1 }
		},
		{
			id: 'f-eight-press-conference',
			kind: 'count',
			value: 8,
			unit: 'employees',
			counts: 'the same eight employees, in the paragraph on Lavrov’s press conference (written “eight”)',
			cite: { quote: 'eight mission employees', occurrence: 2 }
		},
		{
			id: 'f-eight-diplomats',
			kind: 'count',
			value: 8,
			unit: 'diplomats',
			counts: 'the same eight, as diplomats whose accreditation was withdrawn under NATO’s decision (written “eight”)',
			cite: 'eight diplomats'
		},
		{
			id: 'f-staff-before',
			kind: 'count',
			value: 20,
			unit: 'people',
			counts: 'the Russian mission’s staff before NATO’s cut',
			cite: 'from 20'
		},
		{
			id: 'f-staff-after',
			kind: 'count',
			value: 10,
			unit: 'people',
			counts: 'the Russian mission’s staff after NATO’s cut',
			cite: 'to 10 people'
		},
		{
			id: 'f-vacant',
			kind: 'count',
			value: 2,
			unit: 'positions',
			counts: 'vacant positions eliminated',
			cite: '2 vacant positions'
		},
		{
			id: 'f-posts-cut',
			kind: 'count',
			value: 10,
			unit: 'posts',
			counts: 'posts removed by NATO’s cut: 20 − 10',
			cite: 'from 20 to 10 people',
			derivedFrom: ['f-staff-before', 'f-staff-after']
		},
		{
			id: 'f-posts-accounted',
			kind: 'count',
			value: 10,
			unit: 'posts',
			counts: 'the same posts, as the story accounts for them: 8 accreditations withdrawn + 2 vacant positions eliminated',
			cite: 'eight diplomats had their accreditation withdrawn, while 2 vacant positions were eliminated',
			derivedFrom: ['f-eight-diplomats', 'f-vacant']
		},
		{
			id: 'f-three-suspended',
			kind: 'count',
			value: 3,
			unit: 'missions and offices',
			counts: 'missions and offices to be suspended, counted from the list (no number is printed)',
			cite: 'the Russian Permanent Mission to NATO in Brussels, the NATO Information Office in Moscow and the NATO Military Liaison Mission Moscow',
			derivedFrom: []
		},
		{
			id: 'f-two-moscow-offices',
			kind: 'count',
			value: 2,
			unit: 'offices',
			counts: 'NATO bodies in Moscow to be suspended, counted from the list (no number is printed)',
			cite: 'the NATO Information Office in Moscow and the NATO Military Liaison Mission Moscow',
			derivedFrom: []
		},
		{
			id: 'f-nov-1',
			kind: 'date',
			value: '--11-01',
			counts: 'the day the suspension of the three missions and offices starts',
			cite: 'November 1'
		},
		{
			id: 'f-end-october',
			kind: 'date',
			value: '--10-31',
			counts: 'the deadline for the Russians to leave Brussels: “before the end of October” (October ends on the 31st)',
			cite: 'the end of October'
		},
		{
			id: 'f-oct-18',
			kind: 'date',
			value: '--10-18',
			counts: 'the date on the dateline, the day the story was filed',
			cite: 'October 18'
		},
		{
			id: 'f-days-to-suspension',
			kind: 'count',
			value: 14,
			unit: 'days',
			counts: 'days from the story’s date (October 18) to the start of the suspension (November 1)',
			cite: 'starting on November 1',
			derivedFrom: ['f-oct-18', 'f-nov-1']
		}
	],

	sources: [
		{ id: 'lavrov', name: 'Sergey Lavrov', role: 'Russian Foreign Minister', kind: 'named-person' },
		{ id: 'grushko', name: 'Alexander Grushko', role: 'Russian Deputy Foreign Minister', kind: 'named-person' },
		{ id: 'nato-press-office', name: 'NATO Press Office', role: 'NATO’s press service', kind: 'named-institution' },
		{ id: 'embassy', name: 'Russian Embassy in Belgium', role: 'Russia’s embassy in Brussels', kind: 'named-institution' },
		{
			id: 'nato',
			name: 'NATO',
			role: 'The alliance as a whole (“NATO claimed”): an institution the reader can name, with no office or official given',
			kind: 'named-institution'
		},
		{ id: 'stoltenberg', name: 'Jens Stoltenberg', role: 'NATO Secretary General', kind: 'named-person' }
	],

	attributions: [
		{
			id: 'a-headline',
			source: 'nato',
			claim: 'NATO has had no official notification from Russia of the suspension',
			form: 'paraphrase',
			note: 'A headline drops “said”: its words are TASS’s, its point is NATO’s reply, told in full in the lead and the second paragraph.',
			cite: 'NATO received no official notification on mutual suspension of missions from Russia yet'
		},
		{
			id: 'a-standfirst-lavrov',
			source: 'lavrov',
			claim: 'Russia decided to suspend its mission to NATO in response to the withdrawal of eight employees’ accreditation',
			form: 'paraphrase',
			cite: 'Sergey Lavrov said that Russia decided to suspend its Permanent Mission to NATO in response to the withdrawal of accreditation of eight mission employees'
		},
		{
			id: 'a-lead-reply',
			source: 'nato-press-office',
			claim: 'NATO has noted Lavrov’s remarks but has received no official notification from Russia',
			form: 'paraphrase',
			channel: 'reply to TASS’s request for comment',
			note: 'The lead has no “said”; the next paragraph gives its source, the NATO Press Office, and the words it restates.',
			cite: 'NATO has taken into account Russian Foreign Minister Sergey Lavrov’s remarks on the mutual suspension of diplomatic missions in Brussels and Moscow, but it has not received any official notifications from Russia yet'
		},
		{
			id: 'a-press-office-quote',
			source: 'nato-press-office',
			claim: 'NATO has taken note of Lavrov’s comments but has received no official communication on the issues he raised',
			form: 'direct-quote',
			channel: 'reply to TASS’s request for comment',
			cite: 'We have taken note of Minister Lavrov’s comments to the media, however, we have not received any official communication on the issues he raised'
		},
		{
			id: 'a-embassy-tasked',
			source: 'lavrov',
			claim: 'The Russian Embassy in Belgium will handle all communication with NATO',
			form: 'paraphrase',
			cite: 'according to the Foreign Minister, will be tasked with all communication with NATO'
		},
		{
			id: 'a-embassy-declined',
			source: 'embassy',
			claim: 'The Embassy declined to comment',
			form: 'declined',
			cite: 'refrained from commenting'
		},
		{
			id: 'a-embassy-quote',
			source: 'embassy',
			claim: 'Lavrov and Grushko have already said all that needs saying',
			form: 'direct-quote',
			cite: 'All necessary statements have already been voiced by Foreign Minister Sergey Lavrov and Deputy Foreign Minister Alexander Grushko today'
		},
		{
			id: 'a-grushko-mentioned',
			source: 'grushko',
			claim: 'Grushko has voiced statements on the matter, but the story reports none of them',
			form: 'mention',
			cite: 'Deputy Foreign Minister Alexander Grushko'
		},
		{
			id: 'a-press-conference',
			source: 'lavrov',
			claim: 'Russia decided to suspend its mission to NATO in response to the withdrawal of eight employees’ accreditation',
			form: 'paraphrase',
			channel: 'press conference',
			cite: 'Lavrov said at a press conference that Russia decided to suspend its Permanent Mission to NATO in response to the withdrawal of accreditation of eight mission employees'
		},
		{
			id: 'a-ambassador-contact',
			source: 'lavrov',
			claim: 'NATO representatives will be able to contact the Russian Ambassador to Brussels',
			form: 'paraphrase',
			cite: 'According to the Minister, NATO representatives will be able to contact the Russian Ambassador to Brussels'
		},
		{
			id: 'a-emergency-business',
			source: 'lavrov',
			claim: 'Only for “any emergency business”',
			form: 'partial-quote',
			cite: 'any emergency business'
		},
		{
			id: 'a-underscored',
			source: 'lavrov',
			claim: 'Russia no longer sees the need to pretend that relations can change',
			form: 'paraphrase',
			cite: 'The Minister underscored that Russia no longer sees the need to'
		},
		{
			id: 'a-keep-pretending',
			source: 'lavrov',
			claim: 'Russia no longer needs to “keep pretending that any changes” … (his words, up to the bracket)',
			form: 'partial-quote',
			cite: 'keep pretending that any changes'
		},
		{
			id: 'a-foreseeable-future',
			source: 'lavrov',
			claim: '… “are possible in the foreseeable future” (his words, after the bracket)',
			form: 'partial-quote',
			cite: 'are possible in the foreseeable future'
		},
		{
			id: 'a-explained',
			source: 'lavrov',
			claim: 'Russia’s step responds to NATO’s decision to cut the mission from 20 to 10 people',
			form: 'paraphrase',
			cite: 'He explained that this step came in response to NATO’s decision to cut the Russian mission staff from 20 to 10 people'
		},
		{
			id: 'a-instructed',
			source: 'lavrov',
			claim: 'The Russians were told to leave Brussels before the end of October (who gave the instruction is not said)',
			form: 'paraphrase',
			note: 'The sentence has no attribution of its own. It follows “He explained that …” in the same paragraph, and news writing carries a paragraph’s attribution forward, so it is read as the rest of Lavrov’s account, not as TASS’s own statement. The text cannot settle it.',
			cite: 'The Russian citizens were instructed to leave Brussels before the end of October'
		},
		{
			id: 'a-nato-claimed',
			source: 'nato',
			claim: 'The expelled diplomats are undeclared intelligence officers',
			form: 'paraphrase',
			cite: 'NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers'
		},
		{
			id: 'a-expelled',
			claim: 'The diplomats were “expelled”: TASS’s own word for diplomats whose accreditation was withdrawn and who were told to leave',
			form: 'reporter-voice',
			cite: 'expelled'
		},
		{
			id: 'a-stoltenberg-said',
			source: 'stoltenberg',
			claim: 'NATO’s decision was not motivated by any particular event',
			form: 'paraphrase',
			cite: 'Jens Stoltenberg said later that this decision was not motivated by'
		},
		{
			id: 'a-stoltenberg-words',
			source: 'stoltenberg',
			claim: 'Not by “any particular event”',
			form: 'partial-quote',
			cite: 'any particular event'
		}
	],

	// The reporter's own words around the sources' claims: the ones that tilt how a reader takes them.
	wording: [
		{
			id: 'w-headline-mutual',
			cite: { quote: 'mutual', occurrence: 1 },
			kind: 'loaded',
			frames: 'a-headline',
			effect:
				'Calls the suspension “mutual”, as if both sides had acted. The story reports only Russia’s decision: Lavrov’s statement covers Russia’s mission in Brussels and NATO’s two offices in Moscow, and NATO has had no notification of it.'
		},
		{
			id: 'w-lead-mutual',
			cite: { quote: 'mutual', occurrence: 2 },
			kind: 'loaded',
			frames: 'a-lead-reply',
			effect:
				'Puts “mutual” into the paraphrase of NATO’s reply, though NATO’s quoted words speak only of “the issues he raised”: the paraphrase says more than the quote.'
		},
		{
			id: 'w-explained',
			cite: 'explained',
			kind: 'endorsing',
			frames: 'a-explained',
			effect: '“Explained” presents Lavrov’s account as the reason, not as one side’s view: a plain “said” would leave the reader to judge it.'
		},
		{
			id: 'w-underscored',
			cite: 'underscored',
			kind: 'endorsing',
			frames: 'a-underscored',
			effect: '“Underscored” gives Lavrov’s point weight and firmness; “said” would be neutral.'
		},
		{
			id: 'w-claimed',
			cite: 'claimed',
			kind: 'distancing',
			frames: 'a-nato-claimed',
			effect: '“Claimed” signals that the reporter does not vouch for NATO’s statement; the same story has Lavrov “explain”.'
		},
		{
			id: 'w-allegedly',
			cite: 'allegedly',
			kind: 'distancing',
			frames: 'a-nato-claimed',
			effect: '“Allegedly” doubles the distance “claimed” already puts between TASS and NATO’s accusation.'
		},
		{
			id: 'w-bracket',
			cite: '[in relations with NATO]',
			kind: 'insertion',
			frames: 'a-keep-pretending',
			effect: 'Words the publisher added inside Lavrov’s quote to say which changes he meant; they are not his.'
		}
	],

	// Relative time words, anchored to the dateline (18 October 2021, a Monday) or to the events they follow.
	timeWords: [
		{
			id: 't-monday-standfirst',
			cite: { quote: 'On Monday', occurrence: 1 },
			event: 'lavrov-announces',
			date: '2021-10-18',
			reason:
				'The dateline gives October 18 and the publication line 2021, and 18 October 2021 was a Monday. News style names the weekday for an event of the story’s own week, so “on Monday” is the dateline’s own day.'
		},
		{
			id: 't-monday-body',
			cite: { quote: 'On Monday', occurrence: 2 },
			event: 'lavrov-announces',
			date: '2021-10-18',
			reason: 'The same press conference and the same Monday as in the standfirst: the dateline’s day, 18 October 2021.'
		},
		{
			id: 't-today',
			cite: 'today',
			event: 'lavrov-grushko-speak',
			reason:
				'“Today” is the Embassy’s word, counted from the day the Embassy spoke, and the story never says which day that was. It was no later than October 18, when the story was filed, but the story does not say it was that day, so “today” cannot be pinned to the calendar or to Lavrov’s Monday.'
		},
		{
			id: 't-later',
			cite: 'later',
			event: 'stoltenberg-remark',
			after: ['nato-claims-spies', 'nato-cuts-mission'],
			reason:
				'“Later” counts from what the sentence refers back to: NATO’s claim in the sentence before and “this decision”. It puts Stoltenberg’s remark after both, and after nothing else; it gives no date, and does not place the remark against Lavrov’s press conference.'
		}
	],

	questions: [
		// ---------------------------------------------------------------------------------------------
		// Sequence
		// ---------------------------------------------------------------------------------------------
		{
			id: 'seq-lead',
			kind: 'single',
			skill: 'sequence',
			difficulty: 1,
			stem: 'The story’s first paragraph, its lead, opens with the dateline “BRUSSELS, October 18. /TASS/.” Which development does the lead report?',
			options: [
				{
					id: 'reply',
					text: 'NATO’s reply that it has received no official notification from Russia'
				},
				{
					id: 'cut',
					text: 'NATO’s decision to cut the Russian mission from 20 to 10 people',
					feedback:
						'That is the earliest event in the chain. The standfirst mentions it (“the withdrawal of accreditation”) and the body explains it near the end, but the lead is about NATO’s reaction to Lavrov’s announcement.'
				},
				{
					id: 'lavrov',
					text: 'Lavrov’s announcement on Monday that Russia is suspending its mission',
					feedback:
						'The standfirst above the lead opens with Lavrov’s announcement, but the lead itself reports what NATO said about it.'
				},
				{
					id: 'stoltenberg',
					text: 'Stoltenberg’s remark that the decision was not motivated by any particular event',
					feedback: 'That is the story’s last sentence, not its first paragraph.'
				}
			],
			answer: 'reply',
			explanation:
				'The lead reports NATO’s reaction to Lavrov’s announcement, the development the headline already gives in brief. News stories open with the latest or most important development and then go back to explain what led to it, so the order of telling is not the order of happening. The reply came after Lavrov’s announcement; whether it also came after the Embassy’s refusal, the story does not say.',
			evidence: [
				'NATO has taken into account Russian Foreign Minister Sergey Lavrov’s remarks on the mutual suspension of diplomatic missions in Brussels and Moscow, but it has not received any official notifications from Russia yet.'
			],
			hints: ['Read past the dateline: who is the subject of the lead’s first sentence, and what does it say that subject did?'],
			facts: ['nato-reply', 'a-lead-reply']
		},
		{
			id: 'seq-order-response',
			kind: 'ordering',
			skill: 'sequence',
			difficulty: 1,
			stem: 'Put these three events in the order in which they happened.',
			items: ['russia-decides', 'nato-cuts-mission', 'lavrov-announces'],
			answer: ['nato-cuts-mission', 'russia-decides', 'lavrov-announces'],
			explanation:
				'NATO’s decision came first: Lavrov explained that Russia’s step came “in response to” it. Russia’s decision came next, and Lavrov then announced it, reporting it as already taken (“Russia decided”).',
			evidence: [
				'this step came in response to NATO’s decision to cut the Russian mission staff from 20 to 10 people',
				'Lavrov said at a press conference that Russia decided'
			],
			hints: [
				'Look for the words “in response to”.',
				'A response comes after the thing it responds to.',
				'Lavrov reports the decision as already made: “Russia decided”.'
			],
			wrongFeedback:
				'Not quite. “In response to” puts NATO’s decision before Russia’s, and Lavrov announced a decision Russia had already taken.',
			toldOrderFeedback:
				'That is the order the story tells them in, all in the standfirst: Lavrov’s announcement opens it, Russia’s decision follows, and NATO’s move closes the sentence as “the withdrawal of accreditation of eight mission employees”. But Russia acted “in response to” it, so NATO’s decision happened first.',
			facts: ['nato-cuts-mission', 'russia-decides', 'lavrov-announces']
		},
		{
			id: 'seq-order-reply',
			kind: 'ordering',
			skill: 'sequence',
			difficulty: 2,
			stem: 'Put these four events in the order in which they happened.',
			items: ['nato-reply', 'russia-decides', 'tass-asks', 'lavrov-announces'],
			answer: ['russia-decides', 'lavrov-announces', 'tass-asks', 'nato-reply'],
			explanation:
				'Russia decided; Lavrov announced the decision; TASS asked NATO to comment on “Lavrov’s statement”; and the Press Office replied “in response to TASS’ request”. The reply is the latest of these four, and the story puts it first, in the headline and the lead: news opens with its latest or most important development.',
			evidence: [
				'Lavrov said at a press conference that Russia decided',
				'TASS’ request to comment on Lavrov’s statement',
				'said in response to TASS’ request'
			],
			hints: [
				'What was TASS asking NATO to comment on?',
				'The Press Office spoke “in response to” something: what?'
			],
			wrongFeedback:
				'Not quite. TASS asked for comment on Lavrov’s statement, so the statement came before the request, and the Press Office replied “in response to TASS’ request”.',
			toldOrderFeedback:
				'That is the order the story tells them in: NATO’s reply in the headline, Lavrov’s announcement and Russia’s decision in the standfirst, TASS’s request only in the body. But NATO replied “in response to TASS’ request”, and the request was for comment on Lavrov’s statement. Happened order: decision, announcement, request, reply.',
			facts: ['russia-decides', 'lavrov-announces', 'tass-asks', 'nato-reply']
		},
		{
			id: 'seq-order-embassy',
			kind: 'ordering',
			skill: 'sequence',
			difficulty: 2,
			stem: 'Put these three in the order in which they happened or are due to happen.',
			items: ['embassy-declines', 'missions-suspended', 'lavrov-grushko-speak'],
			answer: ['lavrov-grushko-speak', 'embassy-declines', 'missions-suspended'],
			explanation:
				'The Embassy said the statements “have already been voiced”, so Lavrov and Grushko spoke before the Embassy declined to add anything. Both had happened when the story was published on October 18; the suspension starts only on November 1.',
			evidence: ['have already been voiced', 'refrained from commenting', 'starting on November 1'],
			hints: ['“Already” tells you something had happened before the Embassy spoke.', 'Which of the three is still in the future?'],
			wrongFeedback:
				'Not quite. “Have already been voiced” puts Lavrov’s and Grushko’s statements before the Embassy’s refusal, and the suspension is still to come on November 1.',
			toldOrderFeedback:
				'That is the order the story tells them in: the suspension (in the headline, “mutual suspension of missions”), the Embassy’s refusal (third paragraph), then the statements it points to (fourth). But “have already been voiced” puts the statements first, and the suspension starts only on November 1.',
			facts: ['lavrov-grushko-speak', 'embassy-declines', 'missions-suspended']
		},
		{
			id: 'seq-order-calendar',
			kind: 'ordering',
			skill: 'sequence',
			difficulty: 3,
			stem: 'Put these in the order in which they happened or are due to happen.',
			items: ['leave-deadline', 'missions-suspended', 'nato-cuts-mission', 'publication'],
			answer: ['nato-cuts-mission', 'publication', 'leave-deadline', 'missions-suspended'],
			explanation:
				'NATO’s decision came before Russia’s response, and so before the story of October 18 that reports the response. The Russians were to leave “before the end of October”, later than October 18, and the suspension starts “on November 1”, after the end of October.',
			evidence: [
				'this step came in response to NATO’s decision',
				'October 18',
				'before the end of October',
				'starting on November 1'
			],
			hints: [
				'Three of these can be put on a calendar: October 18, the end of October, November 1.',
				'The story reports Russia’s response to NATO’s decision, so the decision came before the story.'
			],
			wrongFeedback:
				'Not quite. Put the dates on a calendar (October 18, the end of October, November 1) and remember that NATO’s decision came before the response the story reports.',
			toldOrderFeedback:
				'That is the order the story tells them in: the suspension in the headline, NATO’s move in the standfirst (“the withdrawal of accreditation”), the dateline’s October 18, then the end-of-October deadline near the end. On the calendar, NATO’s decision comes first and the suspension, on November 1, last.',
			facts: ['nato-cuts-mission', 'publication', 'leave-deadline', 'missions-suspended', 'f-oct-18', 'f-end-october', 'f-nov-1']
		},
		{
			id: 'seq-order-chain',
			kind: 'ordering',
			skill: 'sequence',
			difficulty: 3,
			stem: 'Put the whole chain in order, from the first event to the one still to come.',
			items: ['nato-reply', 'missions-suspended', 'lavrov-announces', 'nato-cuts-mission', 'tass-asks', 'russia-decides'],
			answer: ['nato-cuts-mission', 'russia-decides', 'lavrov-announces', 'tass-asks', 'nato-reply', 'missions-suspended'],
			explanation:
				'NATO cut the mission; Russia decided “in response”; Lavrov announced the decision; TASS asked NATO to comment on his statement; the Press Office replied. All of that had happened by October 18. The suspension starts on November 1.',
			evidence: [
				'this step came in response to NATO’s decision',
				'Lavrov said at a press conference that Russia decided',
				'TASS’ request to comment on Lavrov’s statement',
				'said in response to TASS’ request',
				'starting on November 1'
			],
			hints: [
				'Start with what everything else responds to.',
				'The suspension has a date that was still in the future when the story was published.'
			],
			wrongFeedback:
				'Not quite. Follow the “in response to” links back to NATO’s decision, then forward through Lavrov’s statement, TASS’s request and NATO’s reply; the suspension on November 1 is still to come.',
			toldOrderFeedback:
				'That is the order the story tells them in: the headline gives NATO’s reply and the suspension; the standfirst gives Lavrov’s announcement, Russia’s decision and, last, NATO’s move that caused it; TASS’s request comes only in the body. Happened order runs almost the other way round: NATO’s decision started the chain, and the suspension is still to come.',
			facts: ['nato-cuts-mission', 'russia-decides', 'lavrov-announces', 'tass-asks', 'nato-reply', 'missions-suspended']
		},
		{
			id: 'seq-tfn-response',
			kind: 'tfn',
			skill: 'sequence',
			difficulty: 1,
			statement:
				'Russia decided to suspend its mission to NATO after NATO withdrew the accreditation of eight mission employees.',
			answer: 'true',
			feedback: {
				false: '“In response to” means NATO’s move came first and Russia’s decision after it.',
				'not-stated': 'The story states it: Russia decided “in response to the withdrawal of accreditation of eight mission employees”.'
			},
			stem: 'True, false, or not stated in the story?',
			explanation:
				'A response follows what it responds to: the withdrawal of accreditation came first, then Russia’s decision.',
			evidence: [
				{
					quote:
						'Russia decided to suspend its Permanent Mission to NATO in response to the withdrawal of accreditation of eight mission employees',
					occurrence: 2
				}
			],
			facts: ['nato-cuts-mission', 'russia-decides']
		},
		{
			id: 'seq-tfn-decision-date',
			kind: 'tfn',
			skill: 'sequence',
			difficulty: 2,
			stem: 'True, false, or not stated in the story?',
			statement: 'NATO took its decision to cut the Russian mission earlier in October.',
			answer: 'not-stated',
			feedback: {
				true: 'You may know this from elsewhere, but this story never says when NATO decided. It says only that the decision came before Russia’s response.',
				false: 'Nothing in the story contradicts it either: the story simply gives no date for NATO’s decision.'
			},
			explanation:
				'The story dates Lavrov’s announcement (“On Monday”), the deadline (“before the end of October”) and the suspension (“November 1”), but not NATO’s decision. All it establishes is that the decision came before Russia’s response.',
			evidence: ['NATO’s decision to cut the Russian mission staff from 20 to 10 people'],
			hints: ['Look for a day or date next to “NATO’s decision”.'],
			facts: ['nato-cuts-mission']
		},
		{
			id: 'seq-tfn-stoltenberg',
			kind: 'tfn',
			skill: 'sequence',
			difficulty: 3,
			stem: 'True, false, or not stated in the story?',
			statement: 'Stoltenberg made his remark after Lavrov’s Monday press conference.',
			answer: 'not-stated',
			feedback: {
				true: '“Later” places Stoltenberg’s remark after NATO’s decision and its claim, which the story has just reported. It says nothing about Lavrov’s press conference, and coming last in the story does not make it last in time.',
				false: 'Nothing says it came before the press conference either. The story leaves the order of these two open.'
			},
			explanation:
				'“Later” is relative to what the sentence refers back to: NATO’s claim and “this decision”. The story never places Stoltenberg’s remark before or after Lavrov’s press conference.',
			evidence: ['NATO Secretary General Jens Stoltenberg said later that this decision was not motivated by "any particular event."'],
			hints: ['Later than what? Read the sentence before.'],
			facts: ['stoltenberg-remark', 'lavrov-announces']
		},
		{
			id: 'seq-pairs-known',
			kind: 'multiple',
			skill: 'sequence',
			difficulty: 3,
			stem: 'For which of these pairs does the story establish which came first? Choose all that apply.',
			options: [
				{ id: 'cut-decide', text: 'NATO’s decision to cut the mission, and Russia’s decision to suspend its own' },
				{ id: 'ask-reply', text: 'TASS’s request for comment, and the NATO Press Office’s reply' },
				{
					id: 'reply-embassy',
					text: 'The NATO Press Office’s reply, and the Russian Embassy’s refusal to comment',
					feedback:
						'The story tells NATO’s reply first, but it never says which came first. Told order is not happened order.'
				},
				{
					id: 'stoltenberg-lavrov',
					text: 'Stoltenberg’s remark, and Lavrov’s Monday press conference',
					feedback: '“Later” puts Stoltenberg’s remark after NATO’s decision and claim, not before or after Lavrov.'
				},
				{ id: 'deadline-suspension', text: 'The deadline for the Russians to leave Brussels, and the start of the suspension' },
				{
					id: 'claim-cut',
					text: 'NATO’s claim that the diplomats are intelligence officers, and NATO’s decision to cut the mission',
					feedback: 'The story reports both but gives no order between them.'
				}
			],
			answer: ['cut-decide', 'ask-reply', 'deadline-suspension'],
			explanation:
				'“In response to” orders NATO’s decision before Russia’s, and TASS’s request before NATO’s reply. The end of October comes before November 1. For the other pairs the story gives no order, and a careful reader leaves it open.',
			evidence: [
				'this step came in response to NATO’s decision',
				'said in response to TASS’ request',
				'before the end of October',
				'starting on November 1'
			],
			hints: ['Look for words that link two events: “in response to”, “already”, “later”, or dates.'],
			facts: ['nato-cuts-mission', 'russia-decides', 'tass-asks', 'nato-reply', 'leave-deadline', 'missions-suspended']
		},
		{
			id: 'seq-evidence-first',
			kind: 'evidence',
			skill: 'sequence',
			difficulty: 2,
			stem: 'Pick the sentence in the story that supports this claim.',
			claim: 'NATO acted first; Russia’s suspension of its mission was a response.',
			explanation:
				'“In response to” links Russia’s step to NATO’s earlier decision. Two sentences in the body say so: Lavrov’s press conference and his explanation.',
			evidence: [
				{
					quote:
						'Russia decided to suspend its Permanent Mission to NATO in response to the withdrawal of accreditation of eight mission employees',
					occurrence: 2
				},
				'He explained that this step came in response to NATO’s decision to cut the Russian mission staff from 20 to 10 people'
			],
			hints: ['Look for the words “in response to”.'],
			wrongFeedback: 'That sentence does not link Russia’s step to anything NATO did first. Look for “in response to”.',
			facts: ['nato-cuts-mission', 'russia-decides']
		},
		{
			id: 'seq-last',
			kind: 'single',
			skill: 'sequence',
			difficulty: 1,
			stem: 'Which of these is due to happen last?',
			options: [
				{ id: 'suspension', text: 'The suspension of Russia’s mission and the two NATO offices in Moscow' },
				{
					id: 'deadline',
					text: 'The deadline for the Russians to leave Brussels',
					feedback:
						'The deadline comes near the end of the story, but it is “before the end of October”, and the suspension starts after it, on November 1.'
				},
				{
					id: 'stoltenberg',
					text: 'Stoltenberg’s remark that the decision was not motivated by any particular event',
					feedback:
						'It is the story’s last sentence and he spoke “later”, but later than NATO’s claim and decision only, and in the past tense: the remark had been made by the time the story was filed. The suspension was still to come.'
				},
				{
					id: 'notification',
					text: 'Russia’s official notification of the suspension to NATO',
					feedback:
						'The headline’s “yet” suggests one may come, but the story never says that it will, let alone when. Only dated or established events can be put in order.'
				}
			],
			answer: 'suspension',
			explanation:
				'The suspension starts on November 1, after the end-of-October deadline and after the story’s date, October 18. Stoltenberg’s remark, told last, had already been made. The story promises no notification from Russia at all.',
			evidence: ['starting on November 1', 'before the end of October', 'NATO Secretary General Jens Stoltenberg said later'],
			facts: ['missions-suspended', 'leave-deadline', 'publication', 'stoltenberg-remark', 't-later']
		},

		{
			id: 'seq-parts',
			kind: 'matching',
			skill: 'sequence',
			difficulty: 1,
			stem: 'A news story is told in parts, each with its own job. Match each part of this story to what it reports.',
			prompts: [
				{ id: 'headline', text: 'The headline' },
				{ id: 'standfirst', text: 'The standfirst, the line under the headline' },
				{ id: 'dateline', text: 'The dateline, at the start of the first paragraph' },
				{ id: 'last', text: 'The last paragraph' }
			],
			choices: [
				{ id: 'reply', text: 'NATO’s reply, the development the story leads with, in one line' },
				{ id: 'announcement', text: 'Lavrov’s announcement on Monday that Russia is suspending its mission, and why' },
				{ id: 'where', text: 'Where the story was filed, on what date, and by which agency' },
				{ id: 'background', text: 'NATO’s accusation against the diplomats and Stoltenberg’s remark: background, told last' }
			],
			answer: { headline: 'reply', standfirst: 'announcement', dateline: 'where', last: 'background' },
			wrongFeedback:
				'Some matches are wrong. Read each part on its own: the headline is one line on NATO’s reply; the standfirst opens “On Monday, Sergey Lavrov said”; the dateline is “BRUSSELS, October 18. /TASS/.”; and the last paragraph begins “NATO claimed”.',
			explanation:
				'The headline gives the news the story leads with, NATO’s reply, in one line. The standfirst adds the event behind it, Lavrov’s announcement and his reason. The dateline says where, when and by whom the story was filed. The body then goes back over the details, and the background, NATO’s accusation and Stoltenberg’s remark, comes last.',
			evidence: [
				'NATO received no official notification on mutual suspension of missions from Russia yet',
				'On Monday, Sergey Lavrov said that Russia decided to suspend its Permanent Mission to NATO in response to the withdrawal of accreditation of eight mission employees',
				'BRUSSELS, October 18. /TASS/.',
				'NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers. NATO Secretary General Jens Stoltenberg said later that this decision was not motivated by "any particular event."'
			],
			facts: ['nato-reply', 'lavrov-announces', 'russia-decides', 'publication', 'nato-claims-spies', 'stoltenberg-remark']
		},
		{
			id: 'seq-pyramid',
			kind: 'single',
			skill: 'sequence',
			difficulty: 2,
			stem: 'The story tells NATO’s reply, in the headline, before Lavrov’s announcement, in the standfirst, though the announcement came first. Why?',
			options: [
				{
					id: 'pyramid',
					text: 'News puts the latest or most important development first, then goes back to what led to it'
				},
				{
					id: 'happened',
					text: 'NATO replied before Lavrov made his announcement',
					feedback:
						'Told order is not happened order. TASS asked NATO to comment on “Lavrov’s statement”, so the statement came before the reply.'
				},
				{
					id: 'learned',
					text: 'The story follows the order in which TASS learned the facts',
					feedback:
						'TASS had Lavrov’s statement before it asked NATO about it, so that order would put the announcement first. The story is ordered by news value, not by the reporter’s day.'
				},
				{
					id: 'old-news',
					text: 'Lavrov’s announcement is old news, so the story leaves it to the end',
					feedback:
						'It is not left to the end: the standfirst gives it straight after the headline. What comes last is background, such as NATO’s accusation.'
				}
			],
			answer: 'pyramid',
			explanation:
				'This is the inverted pyramid: the news the story leads with comes first (NATO has had no official word from Russia), then the event behind it (Lavrov’s announcement), then details and background, down to NATO’s accusation in the last paragraph. A reader should expect the telling to run against the happening, and rebuild the order from words such as “in response to” and “already”.',
			evidence: [
				'NATO received no official notification on mutual suspension of missions from Russia yet',
				'On Monday, Sergey Lavrov said',
				'TASS’ request to comment on Lavrov’s statement'
			],
			hints: ['What did TASS ask NATO to comment on?'],
			facts: ['nato-reply', 'lavrov-announces', 'tass-asks']
		},
		{
			id: 'seq-pyramid-read',
			kind: 'multiple',
			skill: 'sequence',
			difficulty: 2,
			stem: 'A reader stops after the headline and the standfirst. Which of these do they already know? Choose all that apply.',
			options: [
				{ id: 'reply', text: 'NATO has had no official notification from Russia' },
				{ id: 'lavrov', text: 'Lavrov said Russia decided to suspend its Permanent Mission to NATO' },
				{ id: 'why', text: 'Russia’s step responds to the withdrawal of eight mission employees’ accreditation' },
				{
					id: 'date',
					text: 'The suspension starts on November 1',
					feedback: 'The date comes only in the second paragraph, in the body.'
				},
				{
					id: 'twenty',
					text: 'The mission shrinks from 20 to 10 people',
					feedback: 'The standfirst gives only the eight withdrawn accreditations; the whole cut, from 20 to 10, is told deep in the body.'
				},
				{
					id: 'spies',
					text: 'NATO says the diplomats are intelligence officers',
					feedback: 'That is told last, in the final paragraph: background, not the lead news.'
				}
			],
			answer: ['reply', 'lavrov', 'why'],
			explanation:
				'The headline and the standfirst carry the main news: NATO has had no official word, Lavrov announced the suspension, and why. Dates, figures and background follow in the body. Reading the top first and the body for detail is how the inverted pyramid is meant to be read.',
			evidence: [
				'NATO received no official notification on mutual suspension of missions from Russia yet',
				'On Monday, Sergey Lavrov said that Russia decided to suspend its Permanent Mission to NATO in response to the withdrawal of accreditation of eight mission employees'
			],
			hints: ['Read only the two lines above the dateline.'],
			facts: ['nato-reply', 'lavrov-announces', 'russia-decides', 'nato-cuts-mission']
		},
		{
			id: 'seq-monday',
			kind: 'single',
			skill: 'sequence',
			difficulty: 2,
			stem: 'The standfirst says Lavrov spoke “On Monday”. The dateline reads “BRUSSELS, October 18”, and the story was published in 2021, when October 18 fell on a Monday. Which day was Lavrov’s “Monday”?',
			options: [
				{ id: 'same', text: 'Monday 18 October 2021, the dateline’s own day' },
				{
					id: 'before',
					text: 'Monday 11 October 2021, the Monday before the story',
					feedback:
						'News style names the weekday for a day of the story’s own week, so in a story dated Monday, “on Monday” is that day. A Monday a week earlier would be dated, or called “last Monday”.'
				},
				{
					id: 'unknown',
					text: 'It cannot be told: the story gives no date for the press conference',
					feedback:
						'“On Monday” is relative, but the dateline anchors it: October 18, 2021, a Monday, is the only Monday the words can mean in a story filed that day.'
				}
			],
			answer: 'same',
			explanation:
				'Relative time words count from the dateline. The story was filed on Monday, October 18, 2021, so “On Monday” is that same day: Lavrov spoke on the day the story was filed, some hours before NATO replied to TASS.',
			evidence: [{ quote: 'On Monday', occurrence: 1 }, 'BRUSSELS, October 18. /TASS/.'],
			facts: ['t-monday-standfirst', 'lavrov-announces', 'publication']
		},
		{
			id: 'seq-later',
			kind: 'multiple',
			skill: 'sequence',
			difficulty: 3,
			stem: 'The story says Stoltenberg spoke “later”. Later than what, according to the story? Choose all that apply.',
			options: [
				{ id: 'claim', text: 'NATO’s claim that the expelled diplomats are intelligence officers' },
				{ id: 'decision', text: 'NATO’s decision to cut the Russian mission' },
				{
					id: 'lavrov',
					text: 'Lavrov’s Monday press conference',
					feedback:
						'“Later” counts from what the sentence refers back to, NATO’s claim and “this decision”, not from everything told before it. The story never places Stoltenberg’s remark against Lavrov’s press conference.'
				},
				{
					id: 'story',
					text: 'The publication of this story',
					feedback: 'The story reports the remark in the past tense, “said”: it had been made by the time the story was filed.'
				},
				{
					id: 'embassy',
					text: 'The Embassy’s refusal to comment',
					feedback:
						'“Later” reaches back to the sentence before, not to the Embassy three paragraphs up. The story gives no order between the two.'
				}
			],
			answer: ['claim', 'decision'],
			explanation:
				'“Later” is relative: it counts from what the sentence refers back to. The sentence before is NATO’s claim, and Stoltenberg speaks of “this decision”, so his remark came after both. It orders nothing else: the story never says whether he spoke before or after Lavrov’s press conference.',
			evidence: ['NATO Secretary General Jens Stoltenberg said later that this decision was not motivated by "any particular event."'],
			hints: ['Read the sentence before, and ask what “this decision” refers to.'],
			facts: ['t-later', 'stoltenberg-remark', 'nato-claims-spies', 'nato-cuts-mission']
		},
		{
			id: 'seq-tfn-today',
			kind: 'tfn',
			skill: 'sequence',
			difficulty: 3,
			stem: 'True, false, or not stated in the story?',
			statement: 'The Embassy’s “today” and Lavrov’s “On Monday” are the same day.',
			answer: 'not-stated',
			feedback: {
				true: 'Both may well be October 18, but the story anchors only “On Monday”. The Embassy’s “today” counts from the day the Embassy spoke, and the story never says which day that was.',
				false: 'Nothing rules it out either: the story simply does not say when the Embassy spoke.'
			},
			explanation:
				'“On Monday” is anchored by the dateline: Monday, October 18. “Today” is the Embassy’s own word, counted from when it spoke, and the story gives no day for that. It was no later than October 18, when the story was filed, and that is all the story lets a reader say.',
			evidence: [
				'All necessary statements have already been voiced by Foreign Minister Sergey Lavrov and Deputy Foreign Minister Alexander Grushko today',
				{ quote: 'On Monday', occurrence: 1 }
			],
			hints: ['Whose word is “today”, and from which day does it count?'],
			facts: ['t-today', 't-monday-standfirst', 'lavrov-grushko-speak', 'lavrov-announces']
		},

		// ---------------------------------------------------------------------------------------------
		// Numbers
		// ---------------------------------------------------------------------------------------------
		{
			id: 'num-eight',
			kind: 'numeric',
			skill: 'numbers',
			difficulty: 1,
			stem: 'How many Russian mission employees had their accreditation withdrawn?',
			answer: { type: 'integer', value: 8 },
			units: ['mission employees', 'employees', 'diplomats', 'officials', 'people', 'staff', 'staff members', 'members of staff', 'accreditations'],
			wrongValues: [
				{
					value: 10,
					feedback:
						'Ten is the whole cut (20 to 10 people). Only eight of those posts were held by diplomats who lost their accreditation; the other 2 were vacant.'
				},
				{ value: 2, feedback: 'Two is the number of vacant positions eliminated: no one held them.' },
				{ value: 20, feedback: 'Twenty was the mission’s size before the cut.' }
			],
			wrongFeedback: 'Look in the standfirst, or in the paragraph on Lavrov’s press conference; the story spells this number out in letters.',
			format: 'a whole number, in digits or words',
			explanation:
				'The story gives this number three times, always written as the word “eight”: in the standfirst, in the paragraph on Lavrov’s press conference and in his explanation of NATO’s decision.',
			evidence: ['eight diplomats had their accreditation withdrawn', { quote: 'eight mission employees', occurrence: 1 }],
			hints: ['This number is written as a word, not in digits.'],
			facts: ['f-eight-standfirst', 'f-eight-press-conference', 'f-eight-diplomats']
		},
		{
			id: 'num-posts-cut',
			kind: 'numeric',
			skill: 'numbers',
			difficulty: 2,
			stem: 'By how many posts did NATO’s decision shrink the Russian mission?',
			answer: { type: 'integer', value: 10, change: 'decrease' },
			units: ['posts', 'positions', 'staff posts', 'jobs', 'places'],
			wrongValues: [
				{
					value: 10,
					units: ['people', 'diplomats', 'employees', 'mission employees', 'officials', 'staff'],
					feedback:
						'Ten posts went, but not ten people: only eight diplomats had to leave, because 2 of the posts were vacant.'
				},
				{
					value: 8,
					feedback: 'Eight diplomats lost their accreditation, but 2 vacant positions were eliminated as well: 8 + 2 = 10.'
				},
				{ value: 12, feedback: '20 − 8 = 12 forgets the 2 vacant positions that were also eliminated.' },
				{ value: 20, feedback: 'Twenty was the mission’s size before the cut, not the size of the cut.' },
				{ value: 2, feedback: 'Two is only the vacant positions; the eight withdrawn accreditations were cut too.' }
			],
			wrongFeedback: 'Subtract the new size from the old one, then check your answer against the two parts the story lists.',
			format: 'a whole number',
			explanation:
				'From 20 to 10 is a cut of 20 − 10 = 10 posts, and the story accounts for every one: 8 diplomats had their accreditation withdrawn and 2 vacant positions were eliminated, 8 + 2 = 10.',
			evidence: ['from 20 to 10 people', 'eight diplomats had their accreditation withdrawn, while 2 vacant positions were eliminated'],
			hints: ['Subtract the new size from the old one.', 'Check it against the two parts listed after the colon.'],
			facts: ['f-staff-before', 'f-staff-after', 'f-posts-cut', 'f-posts-accounted', 'f-eight-diplomats', 'f-vacant']
		},
		{
			id: 'num-staff-after',
			kind: 'numeric',
			skill: 'numbers',
			difficulty: 1,
			stem: 'After NATO’s decision, how many people may the Russian mission have?',
			answer: { type: 'integer', value: 10 },
			units: ['people', 'staff', 'staff members', 'members of staff', 'employees', 'posts', 'positions'],
			wrongValues: [
				{ value: 20, feedback: 'Twenty was the size before the cut.' },
				{
					value: 12,
					feedback: '20 − 8 = 12 forgets that 2 vacant positions were eliminated too. The story gives the new size directly: 10.'
				},
				{ value: 8, feedback: 'Eight is the number of diplomats who lost their accreditation, not the number left.' }
			],
			wrongFeedback: 'The story gives the new size directly, in “from 20 to …”.',
			format: 'a whole number',
			explanation: 'NATO decided to cut the mission staff “from 20 to 10 people”, so 10 may remain.',
			evidence: ['from 20 to 10 people'],
			facts: ['f-staff-after']
		},
		{
			id: 'num-suspension-date',
			kind: 'numeric',
			skill: 'numbers',
			difficulty: 1,
			stem: 'On what date is the suspension of Russia’s mission and the two NATO offices in Moscow due to begin?',
			answer: { type: 'date', iso: '2021-11-01' },
			wrongValues: [
				{ value: '--10-18', feedback: 'October 18 is the date on the dateline, the day the story was filed.' },
				{
					value: '--10-31',
					feedback:
						'The end of October is the deadline for the Russians to leave Brussels. The suspension starts the day after, on November 1.'
				}
			],
			wrongFeedback: 'Look in the second paragraph, at the end of the list of missions and offices.',
			format: 'a date such as 5 March',
			explanation: 'The suspension runs “starting on November 1”.',
			evidence: ['starting on November 1'],
			facts: ['f-nov-1', 'missions-suspended']
		},
		{
			id: 'num-three',
			kind: 'numeric',
			skill: 'numbers',
			difficulty: 2,
			stem: 'According to the story’s account of Lavrov’s statement, how many missions and offices will be suspended in all?',
			answer: { type: 'integer', value: 3 },
			units: ['missions and offices', 'offices and missions', 'missions', 'offices', 'bodies', 'institutions'],
			wrongValues: [
				{
					value: 1,
					feedback:
						'Russia’s own Permanent Mission is only one of them; the list also names two NATO bodies in Moscow.'
				},
				{ value: 2, feedback: 'Two NATO bodies in Moscow, plus Russia’s own mission in Brussels, make three.' }
			],
			wrongFeedback: 'Count the items in the list after “the suspension of”.',
			format: 'a whole number',
			explanation:
				'The story prints no number here; count the list: the Russian Permanent Mission to NATO in Brussels, the NATO Information Office in Moscow and the NATO Military Liaison Mission Moscow: three.',
			evidence: [
				'the Russian Permanent Mission to NATO in Brussels, the NATO Information Office in Moscow and the NATO Military Liaison Mission Moscow'
			],
			hints: ['Count the names joined by commas and “and”.'],
			facts: ['f-three-suspended', 'f-two-moscow-offices', 'missions-suspended']
		},
		{
			id: 'num-days',
			kind: 'numeric',
			skill: 'numbers',
			difficulty: 3,
			stem: 'The story is dated October 18. How many days after that date does the suspension begin?',
			answer: { type: 'integer', value: 14 },
			units: ['days'],
			wrongValues: [
				{
					value: 13,
					feedback: 'Thirteen days takes you to October 31, the end of the leaving deadline, not to November 1.'
				},
				{ value: 15, feedback: 'Count on from October 18: October 19 is one day later, so November 1 is 14 days later.' }
			],
			wrongFeedback: 'October has 31 days: October 18 to October 31 is 13 days, and November 1 is one more.',
			format: 'a whole number',
			explanation:
				'From October 18 to October 31 is 13 days; November 1 is one day more, so the suspension begins 14 days after the story’s date.',
			evidence: ['October 18', 'starting on November 1'],
			hints: ['Find both dates in the story.', 'October has 31 days.'],
			facts: ['f-oct-18', 'f-nov-1', 'f-days-to-suspension']
		},
		{
			id: 'num-account',
			kind: 'single',
			skill: 'numbers',
			difficulty: 2,
			stem: 'NATO cut the Russian mission from 20 to 10 people. How does the story account for the 10 posts removed?',
			options: [
				{ id: 'eight-two', text: '8 diplomats lost their accreditation and 2 vacant positions were eliminated' },
				{
					id: 'ten-diplomats',
					text: '10 diplomats lost their accreditation',
					feedback: 'Only eight diplomats lost their accreditation; the other 2 posts were vacant, with nobody in them.'
				},
				{
					id: 'eight-two-leave',
					text: '8 diplomats lost their accreditation and 2 more were told to leave Brussels',
					feedback:
						'The 2 were vacant positions, eliminated with no one in them. The story says nothing about 2 more people being told to leave.'
				},
				{
					id: 'two-eight',
					text: '2 diplomats lost their accreditation and 8 vacant positions were eliminated',
					feedback: 'That swaps the figures: “eight diplomats had their accreditation withdrawn, while 2 vacant positions were eliminated”.'
				}
			],
			answer: 'eight-two',
			explanation: '20 − 10 = 10 posts removed, and 8 withdrawn accreditations + 2 eliminated vacancies = 10.',
			evidence: ['eight diplomats had their accreditation withdrawn, while 2 vacant positions were eliminated'],
			hints: ['Lavrov’s explanation of NATO’s decision gives the figures: test each option against every number in that paragraph.'],
			facts: ['f-posts-cut', 'f-posts-accounted', 'f-eight-diplomats', 'f-vacant']
		},
		{
			id: 'num-eight-mentions',
			kind: 'multiple',
			skill: 'numbers',
			difficulty: 3,
			stem: 'Which of these statements about the number eight in the story are correct? Choose all that apply.',
			options: [
				{ id: 'three-times', text: 'It is printed three times, each time as the word “eight”.' },
				{ id: 'same-group', text: 'Every mention counts the same people: those whose accreditation was withdrawn.' },
				{
					id: 'vacancies',
					text: 'One mention counts the vacant positions eliminated.',
					feedback: 'The vacant positions number 2, printed in digits. Every “eight” counts people whose accreditation was withdrawn.'
				},
				{
					id: 'add-up',
					text: 'Taken together, the mentions add up to 24 diplomats.',
					feedback: 'The story repeats one figure; it does not add new people. Never add up repeated mentions of the same group.'
				},
				{
					id: 'digits',
					text: 'It appears at least once in digits, as 8.',
					feedback: 'The story never prints the digit 8. It spells this number out, while 20, 10 and 2 appear in digits.'
				}
			],
			answer: ['three-times', 'same-group'],
			explanation:
				'“Eight” appears in the standfirst (“eight mission employees”), in the paragraph on the press conference (the same words) and in Lavrov’s explanation (“eight diplomats”). All three count the same people.',
			evidence: [
				{ quote: 'eight mission employees', occurrence: 1 },
				{ quote: 'eight mission employees', occurrence: 2 },
				'eight diplomats had their accreditation withdrawn'
			],
			hints: ['Search the story for “eight”, spelled out.'],
			facts: ['f-eight-standfirst', 'f-eight-press-conference', 'f-eight-diplomats']
		},
		{
			id: 'num-tfn-ten-expelled',
			kind: 'tfn',
			skill: 'numbers',
			difficulty: 2,
			stem: 'True, false, or not stated in the story?',
			statement: 'Ten Russian diplomats lost their accreditation.',
			answer: 'false',
			feedback: {
				true: 'Ten is the whole cut. Eight diplomats lost their accreditation; the other 2 posts were vacant positions, with no one in them.',
				'not-stated': 'The story does give the number, and it is not ten: “eight diplomats had their accreditation withdrawn”.'
			},
			explanation:
				'The mission went from 20 to 10, a cut of 10 posts, but only 8 of them were held by diplomats who lost their accreditation; 2 were vacant.',
			evidence: ['eight diplomats had their accreditation withdrawn, while 2 vacant positions were eliminated'],
			facts: ['f-eight-diplomats', 'f-vacant', 'f-posts-cut']
		},
		{
			id: 'num-tfn-moscow-staff',
			kind: 'tfn',
			skill: 'numbers',
			difficulty: 2,
			stem: 'True, false, or not stated in the story?',
			statement: 'The NATO Information Office in Moscow has a staff of 10.',
			answer: 'not-stated',
			feedback: {
				true: '10 is the Russian mission’s new size in Brussels. The story gives no staff numbers for the NATO offices in Moscow.',
				false: 'Nothing in the story contradicts it: the story is silent about the size of the NATO offices in Moscow.'
			},
			explanation:
				'Every staff figure in the story (20, 10, eight, 2) is about the Russian mission in Brussels. The NATO offices in Moscow are named but not counted.',
			evidence: ['cut the Russian mission staff from 20 to 10 people', 'the NATO Information Office in Moscow'],
			hints: ['Whose staff does “from 20 to 10 people” measure?'],
			facts: ['f-staff-after']
		},
		{
			id: 'num-match',
			kind: 'matching',
			skill: 'numbers',
			difficulty: 1,
			stem: 'Match each figure in the story to what it counts or marks.',
			prompts: [
				{ id: 'twenty', text: '20' },
				{ id: 'ten', text: '10' },
				{ id: 'eight', text: 'eight' },
				{ id: 'two', text: '2' },
				{ id: 'nov1', text: 'November 1' },
				{ id: 'end-oct', text: 'the end of October' },
				{ id: 'oct18', text: 'October 18' }
			],
			choices: [
				{ id: 'before', text: 'The Russian mission’s staff before NATO’s cut' },
				{ id: 'after', text: 'The Russian mission’s staff after the cut' },
				{ id: 'withdrawn', text: 'Diplomats whose accreditation was withdrawn' },
				{ id: 'vacant', text: 'Vacant positions eliminated' },
				{ id: 'start', text: 'The day the suspension starts' },
				{ id: 'leave', text: 'The deadline for the Russians to leave Brussels' },
				{ id: 'dateline', text: 'The date on the story’s dateline' }
			],
			answer: {
				twenty: 'before',
				ten: 'after',
				eight: 'withdrawn',
				two: 'vacant',
				nov1: 'start',
				'end-oct': 'leave',
				oct18: 'dateline'
			},
			wrongFeedback:
				'Some matches are wrong. Read each figure in its sentence: “from 20 to 10 people”, “eight diplomats”, “2 vacant positions”, “starting on November 1”, “before the end of October”, “BRUSSELS, October 18”.',
			explanation:
				'The mission went from 20 to 10 people: eight diplomats lost their accreditation and 2 vacant positions went. The Russians must leave before the end of October; the suspension starts on November 1; the story is dated October 18.',
			evidence: [
				'from 20 to 10 people: eight diplomats had their accreditation withdrawn, while 2 vacant positions were eliminated',
				'before the end of October',
				'starting on November 1',
				'October 18'
			],
			facts: ['f-staff-before', 'f-staff-after', 'f-eight-diplomats', 'f-vacant', 'f-nov-1', 'f-end-october', 'f-oct-18']
		},
		{
			id: 'num-evidence-vacant',
			kind: 'evidence',
			skill: 'numbers',
			difficulty: 2,
			stem: 'Pick the sentence in the story that supports this claim.',
			claim: 'Not every post NATO removed was held by a diplomat.',
			explanation:
				'Of the 10 posts removed, 8 were held by diplomats who lost their accreditation and 2 were vacant positions, eliminated with no one in them.',
			evidence: ['eight diplomats had their accreditation withdrawn, while 2 vacant positions were eliminated'],
			hints: ['A post can be removed whether or not someone holds it. Find the paragraph that explains NATO’s decision.'],
			wrongFeedback: 'That sentence does not say what the removed posts were. Look for where the story splits the cut into two parts.',
			facts: ['f-posts-accounted', 'f-vacant']
		},

		// ---------------------------------------------------------------------------------------------
		// Sources
		// ---------------------------------------------------------------------------------------------
		{
			id: 'src-match-speakers',
			kind: 'matching',
			skill: 'sources',
			difficulty: 1,
			stem: 'Match each quoted passage to the source the story gives it to.',
			prompts: [
				{ id: 'taken-note', text: '“We have taken note of Minister Lavrov’s comments to the media…”' },
				{ id: 'necessary', text: '“All necessary statements have already been voiced…”' },
				{ id: 'emergency', text: '“any emergency business”' },
				{ id: 'particular', text: '“any particular event”' },
				{ id: 'foreseeable', text: '“are possible in the foreseeable future”' }
			],
			choices: [
				{ id: 'lavrov', text: 'Sergey Lavrov' },
				{ id: 'grushko', text: 'Alexander Grushko' },
				{ id: 'stoltenberg', text: 'Jens Stoltenberg' },
				{ id: 'press-office', text: 'The NATO Press Office' },
				{ id: 'embassy', text: 'The Russian Embassy in Belgium' }
			],
			answer: {
				'taken-note': 'press-office',
				necessary: 'embassy',
				emergency: 'lavrov',
				particular: 'stoltenberg',
				foreseeable: 'lavrov'
			},
			wrongFeedback:
				'Some matches are wrong. Look at the words after each quote (“the NATO Press Office said”, “the Embassy said”) or before it (“According to the Minister”, “Stoltenberg said later”). Grushko is only mentioned: none of his words are quoted.',
			explanation:
				'The Press Office replied to TASS; the Embassy said the statements had been voiced; Lavrov spoke of “any emergency business” and said Russia no longer needs to “keep pretending that any changes … are possible in the foreseeable future”, that is, he expects no change; Stoltenberg spoke of “any particular event”.',
			evidence: [
				'the NATO Press Office said',
				'the Embassy said',
				'According to the Minister',
				'The Minister underscored',
				'Jens Stoltenberg said later'
			],
			facts: ['a-press-office-quote', 'a-embassy-quote', 'a-emergency-business', 'a-stoltenberg-words', 'a-foreseeable-future', 'grushko']
		},
		{
			id: 'src-match-kinds',
			kind: 'matching',
			skill: 'sources',
			difficulty: 2,
			stem: 'Match each passage to the form of words the story gives it in. (Who the source is is a separate question.)',
			prompts: [
				{ id: 'p-direct', text: '“We have taken note of Minister Lavrov’s comments to the media…” the NATO Press Office said' },
				{ id: 'p-partial', text: 'Russia no longer sees the need to “keep pretending that any changes…”' },
				{ id: 'p-paraphrase', text: 'NATO claimed that the expelled diplomats are … undeclared intelligence officers.' },
				{ id: 'p-declined', text: 'The Russian Embassy in Belgium … refrained from commenting.' },
				{ id: 'p-mention', text: '…voiced by … Deputy Foreign Minister Alexander Grushko today' },
				{ id: 'p-voice', text: 'the expelled diplomats' }
			],
			choices: [
				{ id: 'direct-quote', text: 'Direct quote' },
				{ id: 'partial-quote', text: 'Partial quote' },
				{ id: 'paraphrase', text: 'Paraphrase' },
				{ id: 'declined', text: 'Declined to comment' },
				{ id: 'mention', text: 'Mention only' },
				{ id: 'reporter-voice', text: 'Reporter’s voice' }
			],
			answer: {
				'p-direct': 'direct-quote',
				'p-partial': 'partial-quote',
				'p-paraphrase': 'paraphrase',
				'p-declined': 'declined',
				'p-mention': 'mention',
				'p-voice': 'reporter-voice'
			},
			wrongFeedback:
				'Some matches are wrong. A whole statement in quotation marks is a direct quote; a few quoted words inside the reporter’s sentence are a partial quote; “claimed that” with no quotation marks is a paraphrase, whoever claimed it; a speaker who is named as having spoken, with none of his words given, is a mention only; and a word the story uses with no one to give it to is the reporter’s own voice.',
			explanation:
				'Quotation marks show a source’s own words, whole (direct) or in part (partial). Without them, the reporter is paraphrasing: “NATO claimed” is a paraphrase of a named institution, not an unnamed source. The Embassy refrained from commenting; Grushko is only mentioned; and “expelled” is TASS’s own word, given to no one.',
			evidence: [
				'We have taken note of Minister Lavrov’s comments to the media',
				'keep pretending that any changes',
				'NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers',
				'refrained from commenting',
				'Deputy Foreign Minister Alexander Grushko',
				'expelled'
			],
			hints: ['Look for quotation marks, and for how much of the sentence they cover.'],
			facts: [
				'a-press-office-quote',
				'a-keep-pretending',
				'a-nato-claimed',
				'a-embassy-declined',
				'a-grushko-mentioned',
				'a-expelled'
			]
		},
		{
			id: 'src-allegedly',
			kind: 'single',
			skill: 'sources',
			difficulty: 2,
			stem: 'In “NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers”, whose word is “allegedly”?',
			options: [
				{ id: 'tass', text: 'TASS’s: the reporter’s own word' },
				{
					id: 'nato',
					text: 'NATO’s: it is part of NATO’s claim',
					feedback:
						'The claim is NATO’s, but NATO would hardly call its own accusation “alleged”. The word is not in quotation marks: it is the reporter keeping TASS at a distance from the claim.'
				},
				{
					id: 'lavrov',
					text: 'Lavrov’s: the story is still reporting his explanation',
					feedback:
						'The paragraph before is Lavrov’s explanation, but this sentence starts a new paragraph with a speaker of its own, “NATO claimed”. Nothing in it is given to Lavrov, and there are no quotation marks.'
				},
				{
					id: 'nobody',
					text: 'Nobody’s: it is the neutral word every report uses for an unproven charge',
					feedback:
						'Reports do use “allegedly” for unproven charges, but it is still a choice the reporter makes, and here it comes on top of “claimed”. Two distancing words in one sentence tell you TASS doubts NATO’s claim.'
				}
			],
			answer: 'tass',
			explanation:
				'The sentence paraphrases NATO’s claim in TASS’s words. “Allegedly”, like “claimed” before it, is the reporter’s choice: it signals doubt about the claim without saying who doubts it.',
			evidence: ['NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers'],
			hints: ['Are there quotation marks in this sentence?'],
			facts: ['w-allegedly', 'a-nato-claimed', 'a-expelled']
		},
		{
			id: 'src-brackets',
			kind: 'single',
			skill: 'sources',
			difficulty: 3,
			stem: 'In Lavrov’s quoted words “keep pretending that any changes [in relations with NATO] are possible in the foreseeable future”, who wrote “in relations with NATO”?',
			options: [
				{ id: 'editor', text: 'TASS, the publisher, which added them to make the quote clear' },
				{
					id: 'lavrov',
					text: 'Lavrov: they stand inside his quotation marks',
					feedback:
						'They stand inside the quotation marks, but square brackets inside a quotation mark words the speaker did not say: the publisher adds them to explain what he meant.'
				},
				{
					id: 'aside',
					text: 'Lavrov, as an aside he made in the middle of his sentence',
					feedback:
						'A speaker’s own aside would be quoted with commas, dashes or round brackets. Square brackets are the quoting writer’s mark for words they added.'
				},
				{
					id: 'press-office',
					text: 'The NATO Press Office, whose reply to Lavrov the story quotes',
					feedback:
						'The Press Office’s quote is in the second paragraph and speaks only of “the issues he raised”; nothing in Lavrov’s quote is given to NATO.'
				}
			],
			answer: 'editor',
			explanation:
				'Lavrov’s words are “keep pretending that any changes … are possible in the foreseeable future”. The bracketed words are an editorial insertion telling the reader which changes he meant.',
			evidence: ['[in relations with NATO]'],
			hints: ['What do square brackets inside a quotation usually mean?'],
			facts: ['w-bracket', 'a-keep-pretending', 'a-foreseeable-future']
		},
		{
			id: 'src-channel',
			kind: 'single',
			skill: 'sources',
			difficulty: 2,
			stem: 'How did NATO’s response, as the story reports it, reach TASS?',
			options: [
				{ id: 'reply', text: 'In a reply to TASS’s request for comment' },
				{
					id: 'press-conference',
					text: 'At a press conference',
					feedback: 'That was Lavrov’s channel: “On Monday, Lavrov said at a press conference”.'
				},
				{
					id: 'notification',
					text: 'In an official notification to Russia',
					feedback: 'The reply says the opposite: there has been no official communication between the two sides.'
				},
				{
					id: 'moscow-office',
					text: 'Through the NATO Information Office in Moscow',
					feedback: 'That office is one of those being suspended; the story quotes nothing from it.'
				}
			],
			answer: 'reply',
			explanation: 'The NATO Press Office spoke “in response to TASS’ request to comment on Lavrov’s statement”.',
			evidence: ['the NATO Press Office said in response to TASS’ request to comment on Lavrov’s statement'],
			facts: ['a-press-office-quote', 'tass-asks', 'nato-reply']
		},
		{
			id: 'src-lavrov-words',
			kind: 'multiple',
			skill: 'sources',
			difficulty: 2,
			stem: 'Which of these are Lavrov’s own words, quoted? Choose all that apply.',
			options: [
				{ id: 'emergency', text: '“any emergency business”' },
				{ id: 'pretending', text: '“keep pretending that any changes”' },
				{ id: 'foreseeable', text: '“are possible in the foreseeable future”' },
				{
					id: 'brackets',
					text: '“in relations with NATO”',
					feedback: 'These words are in square brackets: an editor added them. They are not Lavrov’s.'
				},
				{
					id: 'decided',
					text: '“Russia decided to suspend its Permanent Mission to NATO”',
					feedback: 'No quotation marks: this is the reporter’s paraphrase of what Lavrov said, not his own words.'
				},
				{
					id: 'tasked',
					text: '“will be tasked with all communication with NATO”',
					feedback:
						'“According to the Foreign Minister” gives the point to Lavrov, but without quotation marks it is a paraphrase.'
				}
			],
			answer: ['emergency', 'pretending', 'foreseeable'],
			explanation:
				'Only the words inside quotation marks are Lavrov’s own, minus the bracketed insertion. The rest of what he said reaches us in the reporter’s paraphrase.',
			evidence: ['any emergency business', 'keep pretending that any changes', 'are possible in the foreseeable future'],
			hints: ['Look for quotation marks, and watch for square brackets inside them.'],
			facts: ['a-emergency-business', 'a-keep-pretending', 'a-foreseeable-future', 'w-bracket', 'a-press-conference', 'a-embassy-tasked']
		},
		{
			id: 'src-evidence-declined',
			kind: 'evidence',
			skill: 'sources',
			difficulty: 1,
			stem: 'Pick the sentence in the story that supports this claim.',
			claim: 'The Russian Embassy in Belgium declined to comment.',
			explanation: 'The story says the Embassy “refrained from commenting”, then quotes its one-line explanation.',
			evidence: [
				'The Russian Embassy in Belgium which, according to the Foreign Minister, will be tasked with all communication with NATO, refrained from commenting.'
			],
			wrongFeedback: 'That sentence does not say anyone declined to comment. Look for “refrained”.',
			facts: ['a-embassy-declined']
		},
		{
			id: 'src-evidence-stoltenberg',
			kind: 'evidence',
			skill: 'sources',
			difficulty: 2,
			stem: 'Pick the sentence in the story that supports this claim.',
			claim: 'A few of NATO Secretary General Jens Stoltenberg’s own words are quoted in the story.',
			explanation:
				'The story paraphrases Stoltenberg and quotes three of his words: “any particular event”. That makes it a partial quote.',
			evidence: ['NATO Secretary General Jens Stoltenberg said later that this decision was not motivated by "any particular event."'],
			wrongFeedback: 'That sentence does not quote Stoltenberg. Find where his name appears.',
			facts: ['a-stoltenberg-said', 'a-stoltenberg-words']
		},
		{
			id: 'src-evidence-unnamed',
			kind: 'evidence',
			skill: 'sources',
			difficulty: 2,
			stem: 'Pick the sentence in the story that supports this claim.',
			claim: 'The story attributes the spying accusation to NATO as a body, naming no official.',
			explanation:
				'“NATO claimed” gives the claim to the alliance as a whole: no person, office or document is named. The only NATO official the story names, Stoltenberg, is quoted on something else.',
			evidence: ['NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers.'],
			wrongFeedback: 'That sentence does not mention the claim that the diplomats are intelligence officers.',
			facts: ['a-nato-claimed', 'nato']
		},
		{
			id: 'src-tfn-embassy-silent',
			kind: 'tfn',
			skill: 'sources',
			difficulty: 2,
			stem: 'True, false, or not stated in the story?',
			statement: 'The Russian Embassy in Belgium said nothing at all.',
			answer: 'false',
			feedback: {
				true: 'It declined to comment, but it did say something: “All necessary statements have already been voiced…”, pointing to Lavrov and Grushko.',
				'not-stated': 'The story quotes the Embassy directly, so it did say something.'
			},
			explanation:
				'Declining to comment is not the same as silence: the Embassy gave a one-line statement explaining why it would add nothing.',
			evidence: [
				'refrained from commenting',
				'"All necessary statements have already been voiced by Foreign Minister Sergey Lavrov and Deputy Foreign Minister Alexander Grushko today," the Embassy said.'
			],
			facts: ['a-embassy-declined', 'a-embassy-quote']
		},
		{
			id: 'src-tfn-named-official',
			kind: 'tfn',
			skill: 'sources',
			difficulty: 2,
			stem: 'True, false, or not stated in the story?',
			statement: 'In the story, the claim that the diplomats are intelligence officers comes from a named NATO official.',
			answer: 'false',
			feedback: {
				true: 'The story says only “NATO claimed”. The one NATO official it names, Stoltenberg, is quoted on something else: that the decision was not motivated by “any particular event”.',
				'not-stated': 'The story does say where the claim comes from: “NATO”, a named institution, with no person named. So the statement is false.'
			},
			explanation:
				'The claim is given to NATO as a whole: a named institution, with no official or office named. That is not an anonymous source (the reader knows who stands behind it), but it is less than a named person who can be held to the words.',
			evidence: ['NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers'],
			facts: ['a-nato-claimed', 'stoltenberg']
		},
		{
			id: 'src-tfn-instructed',
			kind: 'tfn',
			skill: 'sources',
			difficulty: 3,
			stem: 'True, false, or not stated in the story?',
			statement: 'NATO instructed the Russian diplomats to leave Brussels before the end of October.',
			answer: 'not-stated',
			feedback: {
				true: 'It is a fair guess, since NATO withdrew their accreditation, but the story never says it. “The Russian citizens were instructed to leave” is passive: it names no one as giving the instruction.',
				false: 'Nothing in the story rules it out either. It never says who gave the instruction.'
			},
			explanation:
				'The passive “were instructed” hides who gave the instruction, and the story never says. The sentence has no attribution of its own either: it follows “He explained that …” in the same paragraph, so it reads as the rest of Lavrov’s account, and Lavrov reporting an instruction does not make him, or NATO, the one who gave it.',
			evidence: ['The Russian citizens were instructed to leave Brussels before the end of October'],
			hints: ['Who is the subject of “were instructed”?'],
			facts: ['a-instructed', 'leave-deadline']
		},
		{
			id: 'src-tfn-embassy-tasked',
			kind: 'tfn',
			skill: 'sources',
			difficulty: 1,
			stem: 'True, false, or not stated in the story?',
			statement: 'Lavrov is the source for the statement that the Embassy will handle all communication with NATO.',
			answer: 'true',
			feedback: {
				false: '“According to the Foreign Minister”: the Foreign Minister is Lavrov.',
				'not-stated': 'The story names its source: “according to the Foreign Minister”, that is, Lavrov.'
			},
			explanation: 'The story gives the point to the Foreign Minister, Sergey Lavrov, as a paraphrase.',
			evidence: ['according to the Foreign Minister, will be tasked with all communication with NATO'],
			facts: ['a-embassy-tasked', 'lavrov']
		},
		{
			id: 'src-grushko',
			kind: 'single',
			skill: 'sources',
			difficulty: 3,
			stem: 'Which person named in the story has none of his words reported, either quoted or paraphrased?',
			options: [
				{ id: 'grushko', text: 'Alexander Grushko' },
				{
					id: 'lavrov',
					text: 'Sergey Lavrov',
					feedback: 'Lavrov is paraphrased at length and quoted in part (“any emergency business”).'
				},
				{
					id: 'stoltenberg',
					text: 'Jens Stoltenberg',
					feedback: 'Stoltenberg is paraphrased and quoted in part: “any particular event”.'
				}
			],
			answer: 'grushko',
			explanation:
				'Grushko appears only in the Embassy’s statement, as one of the two who have “already” voiced “all necessary statements”: a mention only. The story never says what he said.',
			evidence: ['All necessary statements have already been voiced by Foreign Minister Sergey Lavrov and Deputy Foreign Minister Alexander Grushko today'],
			facts: ['grushko', 'a-grushko-mentioned', 'a-embassy-quote']
		},
		{
			id: 'src-lead-paraphrase',
			kind: 'single',
			skill: 'sources',
			difficulty: 2,
			stem: 'In what form of words does the story’s first paragraph, the lead, give NATO’s reply?',
			options: [
				{ id: 'paraphrase', text: 'As a paraphrase: NATO’s point, in TASS’s words' },
				{
					id: 'direct',
					text: 'As a direct quote',
					feedback:
						'The lead has no quotation marks. NATO’s own words come in the next paragraph: “We have taken note…”.'
				},
				{
					id: 'voice',
					text: 'In the reporter’s own voice, with no source',
					feedback:
						'The lead has no “said”, but its point is NATO’s, and the next paragraph gives the source and the words it restates: the NATO Press Office’s reply.'
				},
				{
					id: 'declined',
					text: 'As a refusal to comment',
					feedback: 'NATO did comment. It was the Russian Embassy that refrained.'
				}
			],
			answer: 'paraphrase',
			explanation:
				'The lead restates the Press Office’s reply in TASS’s words (“has taken into account”, “official notifications”). The Press Office’s own words follow in quotation marks: “We have taken note…”.',
			evidence: [
				'NATO has taken into account Russian Foreign Minister Sergey Lavrov’s remarks on the mutual suspension of diplomatic missions in Brussels and Moscow, but it has not received any official notifications from Russia yet',
				'We have taken note of Minister Lavrov’s comments to the media, however, we have not received any official communication on the issues he raised'
			],
			hints: ['Compare the lead with the quoted words in the next paragraph.'],
			facts: ['a-lead-reply', 'a-press-office-quote']
		},
		{
			id: 'src-mutual',
			kind: 'single',
			skill: 'sources',
			difficulty: 3,
			stem: 'The headline and the lead speak of a “mutual suspension”. Whose word is “mutual”?',
			options: [
				{ id: 'tass', text: 'TASS’s: it is the reporter’s description, not in quotation marks' },
				{
					id: 'lavrov',
					text: 'Lavrov’s',
					feedback: 'None of Lavrov’s quoted words include “mutual”; the lead only describes his remarks as being on a mutual suspension.'
				},
				{
					id: 'press-office',
					text: 'The NATO Press Office’s',
					feedback: 'The Press Office’s quoted reply speaks only of “the issues he raised”.'
				},
				{
					id: 'embassy',
					text: 'The Russian Embassy’s',
					feedback: 'The Embassy said only that all necessary statements had been voiced.'
				}
			],
			answer: 'tass',
			explanation:
				'“Mutual” appears only in TASS’s own sentences, the headline and the lead. It is a loaded word of the reporter’s: it makes the suspension sound two-sided, though the story reports only Russia’s decision, which covers Russia’s mission in Brussels and two NATO offices in Moscow.',
			evidence: [
				'NATO received no official notification on mutual suspension of missions from Russia yet',
				{ quote: 'mutual suspension', occurrence: 2 }
			],
			hints: ['Is “mutual” ever inside quotation marks?'],
			facts: ['a-headline', 'a-lead-reply', 'w-headline-mutual', 'w-lead-mutual']
		},
		{
			id: 'src-claimed-source',
			kind: 'single',
			skill: 'sources',
			difficulty: 2,
			stem: '“NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers.” What kind of source does the story give the claim to?',
			options: [
				{ id: 'institution', text: 'A named institution: NATO, with no official or office named' },
				{
					id: 'anonymous',
					text: 'An anonymous person',
					feedback:
						'No person is named, but the claim is not given to an unnamed person: it is given to NATO, an institution the reader can name and hold to it.'
				},
				{
					id: 'person',
					text: 'A named person: Jens Stoltenberg',
					feedback:
						'Stoltenberg is named in the next sentence, on something else: that the decision was not motivated by “any particular event”.'
				},
				{
					id: 'none',
					text: 'No source: it is the reporter’s own voice',
					feedback: '“Allegedly” is the reporter’s word, but the claim itself is given to NATO: “NATO claimed”.'
				}
			],
			answer: 'institution',
			explanation:
				'Who stands behind a claim is one question; the form of the words is another. Here the source is a named institution, NATO, and the form is a paraphrase: no quotation marks. “Claimed” and “allegedly” are TASS’s words around it, not the source’s.',
			evidence: ['NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers'],
			hints: ['Who is the subject of “claimed”?'],
			facts: ['a-nato-claimed', 'nato', 'w-claimed', 'w-allegedly']
		},
		{
			id: 'src-source-kinds',
			kind: 'matching',
			skill: 'sources',
			difficulty: 2,
			stem: 'Match each passage to the kind of source the story gives it to. (The form of the words is a separate question.)',
			prompts: [
				{ id: 'p-lavrov', text: 'Lavrov said at a press conference that Russia decided to suspend its Permanent Mission to NATO' },
				{ id: 'p-embassy', text: '“All necessary statements have already been voiced…” the Embassy said' },
				{ id: 'p-nato', text: 'NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers' },
				{ id: 'p-expelled', text: 'the expelled diplomats' }
			],
			choices: [
				{ id: 'named-person', text: 'Named person' },
				{ id: 'named-institution', text: 'Named institution' },
				{ id: 'anonymous-person', text: 'Anonymous person' },
				{ id: 'no-source', text: 'No source: the reporter’s own voice' }
			],
			answer: {
				'p-lavrov': 'named-person',
				'p-embassy': 'named-institution',
				'p-nato': 'named-institution',
				'p-expelled': 'no-source'
			},
			wrongFeedback:
				'Some matches are wrong. Ask who stands behind the words, not how they are given: Lavrov is a person the story names; the Embassy and NATO are institutions it names; and “expelled” is given to no one. The story quotes no anonymous person at all.',
			explanation:
				'Lavrov is a named person and the Embassy a named institution. “NATO claimed” is a named institution too, not an anonymous source: no official is named, but the reader knows who stands behind the claim. “Expelled” is the reporter’s own word. No one in this story is anonymous.',
			evidence: [
				'Lavrov said at a press conference that Russia decided to suspend its Permanent Mission to NATO',
				'the Embassy said',
				'NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers',
				'expelled'
			],
			hints: ['Could you write to the source and ask? If so, it is named.'],
			facts: ['a-press-conference', 'a-embassy-quote', 'a-nato-claimed', 'a-expelled', 'lavrov', 'embassy', 'nato']
		},
		{
			id: 'src-verbs',
			kind: 'single',
			skill: 'sources',
			difficulty: 3,
			stem: 'The story has Lavrov “explain” and “underscore”, but has NATO “claim”. What do these verbs, which the reporter chose, do?',
			options: [
				{
					id: 'tilt',
					text: 'They lend Lavrov’s account weight and keep NATO’s at a distance, where “said” would treat both alike'
				},
				{
					id: 'speakers',
					text: 'Nothing: they are the speakers’ own words',
					feedback:
						'They are not in quotation marks: the reporter chose each verb. Neither Lavrov nor NATO is quoted saying “I explain” or “we claim”.'
				},
				{
					id: 'reasons',
					text: 'They show that Lavrov gave reasons and NATO gave none',
					feedback:
						'NATO’s claim is itself its reason for the cut: the diplomats are, it says, intelligence officers. “Explained” does not make Lavrov’s reason sound, and “claimed” does not make NATO’s empty.'
				},
				{
					id: 'false',
					text: 'They show that NATO’s claim has been proved false',
					feedback: '“Claimed” casts doubt; it reports no proof either way. The story gives no evidence for or against the claim.'
				}
			],
			answer: 'tilt',
			explanation:
				'Verbs of saying are the reporter’s choice. “Explained” and “underscored” present Lavrov’s words as reasons and firm points; “claimed”, with “allegedly”, presents NATO’s as an assertion TASS will not vouch for. A neutral report would have both “say”. Read the verbs as the reporter’s, not the sources’.',
			evidence: [
				'He explained that this step came in response to NATO’s decision',
				'The Minister underscored',
				'NATO claimed that the expelled diplomats are allegedly undeclared intelligence officers'
			],
			hints: ['Are any of these verbs inside quotation marks?'],
			facts: ['w-explained', 'w-underscored', 'w-claimed', 'w-allegedly', 'a-explained', 'a-underscored', 'a-nato-claimed']
		},
		{
			id: 'src-paraphrase-more',
			kind: 'single',
			skill: 'sources',
			difficulty: 3,
			stem: 'The lead paraphrases NATO’s reply, and the next paragraph quotes it. What does the paraphrase say that NATO’s quoted words do not?',
			options: [
				{ id: 'mutual', text: 'That Lavrov’s remarks were on a “mutual” suspension of missions in Brussels and Moscow' },
				{
					id: 'no-communication',
					text: 'That NATO has received no official communication from Russia',
					feedback: 'Both say it: the quote has “we have not received any official communication”.'
				},
				{
					id: 'noted',
					text: 'That NATO has noted Lavrov’s remarks',
					feedback: 'Both say it: the quote has “We have taken note of Minister Lavrov’s comments”.'
				},
				{
					id: 'media',
					text: 'That Lavrov made his comments to the media',
					feedback: 'That is in the quote (“comments to the media”), not in the paraphrase.'
				}
			],
			answer: 'mutual',
			explanation:
				'NATO’s own words speak only of “the issues he raised”. The lead, in TASS’s words, names those issues as “the mutual suspension of diplomatic missions in Brussels and Moscow”: the paraphrase says more than the quote, and puts TASS’s word “mutual” in NATO’s mouth.',
			evidence: [
				'NATO has taken into account Russian Foreign Minister Sergey Lavrov’s remarks on the mutual suspension of diplomatic missions in Brussels and Moscow',
				'We have taken note of Minister Lavrov’s comments to the media, however, we have not received any official communication on the issues he raised'
			],
			hints: ['Put the lead beside the quoted words and cross out what both say.'],
			facts: ['a-lead-reply', 'a-press-office-quote', 'w-lead-mutual']
		},
		{
			id: 'src-tfn-mutual',
			kind: 'tfn',
			skill: 'sources',
			difficulty: 2,
			stem: 'True, false, or not stated in the story?',
			statement: 'According to the story, NATO agreed to suspend the missions on both sides.',
			answer: 'not-stated',
			feedback: {
				true: 'The headline and the lead call the suspension “mutual”, but that is TASS’s word. NATO’s quoted reply agrees to nothing: it says only that NATO has had no official communication.',
				false: 'Nothing in the story says NATO refused either. Its reply neither agrees nor objects.'
			},
			explanation:
				'“Mutual” is a loaded word of the reporter’s: it makes the suspension sound agreed, or at least two-sided. What the story reports is Russia’s decision and NATO’s reply that it has had no official word. Whether NATO agrees, the story does not say.',
			evidence: [
				'NATO received no official notification on mutual suspension of missions from Russia yet',
				'We have taken note of Minister Lavrov’s comments to the media, however, we have not received any official communication on the issues he raised'
			],
			hints: ['Is “mutual” ever in NATO’s own words?'],
			facts: ['a-headline', 'a-lead-reply', 'w-headline-mutual', 'w-lead-mutual', 'a-press-office-quote']
		}
	]
} satisfies ModuleSource as ModuleSource;
// `satisfies` checks every field; the `as` names the checked type for importers, because TypeScript
// widens the question array's inferred type into one (matching answers get `type?: undefined` beside
// their index signature) that is no longer assignable to `ModuleSource`.
