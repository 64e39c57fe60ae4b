import { describe, expect, it } from 'vitest';
import { extract } from './extract';

/** A story filed on Wednesday 12 March 2025, with our own body text; the ordered pairs it yields, as clause texts. */
function pairs(body: string, published = '12 Mar 2025, 10:00') {
	const x = extract(`${published}\n\nA headline for the test\n\nA standfirst for the test\n\n${body}\n`);
	return x.relations.map((r) => [x.events[r.before]!.text, x.events[r.after]!.text]);
}
const has = (found: string[][], before: RegExp, after: RegExp) => found.some(([b, a]) => before.test(b!) && after.test(a!));
const linked = (found: string[][], x: RegExp, y: RegExp) => has(found, x, y) || has(found, y, x);
/** `before` comes before `after` through the chain of pairs (the pairs are a transitive reduction). */
function implied(found: string[][], before: RegExp, after: RegExp): boolean {
	const seen = new Set<string>();
	const stack = found.filter(([b]) => before.test(b!)).map(([, a]) => a!);
	while (stack.length) {
		const e = stack.pop()!;
		if (after.test(e)) return true;
		if (seen.has(e)) continue;
		seen.add(e);
		stack.push(...found.filter(([b]) => b === e).map(([, a]) => a!));
	}
	return false;
}

describe('ordered events', () => {
	it('orders events dated by months and years whose spans do not overlap', () => {
		const found = pairs('The mill at Harrow Cross opened in 2019. Its owners sold it last month. The new owners will reopen it next year.');
		// Exactly the chain, no pair a third event already links and none the words do not give.
		expect(found).toEqual([
			['The mill at Harrow Cross opened in 2019', 'Its owners sold it last month'],
			['Its owners sold it last month', 'The new owners will reopen it next year']
		]);
	});

	it('orders a long story of events on three days one day against the next, with no pair the chain already gives', () => {
		const days = ['Monday', 'Tuesday', 'Wednesday'];
		const body = days
			.map((day) => Array.from({ length: 20 }, (_, i) => `On ${day} the committee met in room ${i + 1} and approved item ${i + 1}.`).join(' '))
			.join('\n\n');
		const found = pairs(`LONDON (Wire) – ${body}`, '14 Mar 2025, 10:00');
		const dayOf = (clause: string) => days.findIndex((d) => clause.includes(d));
		expect(found.map(([b, a]) => `${dayOf(b!)}>${dayOf(a!)}`).sort()).toEqual([...Array(400).fill('0>1'), ...Array(400).fill('1>2')]);
	});

	it('reads a month without a year by the verb before it, not a later "will"', () => {
		// January is past for "pleaded guilty"; the sentencing in June is to come.
		const found = pairs('A second man pleaded guilty in January and will be sentenced with him. The judge said the two men would be sentenced on June 20.');
		expect(found).toEqual([['A second man pleaded guilty in January and will be sentenced with him', 'The judge said the two men would be sentenced on June 20']]);
	});

	it('splits a clause that tells two dated things, and orders them', () => {
		const found = pairs('The new coach is expected to fly to Lisbon on Thursday and sign a contract on Friday.');
		expect(found).toEqual([['The new coach is expected to fly to Lisbon on Thursday', 'sign a contract on Friday']]);
	});

	it('orders clock times given on the same day, a lone clock time taking the day before it', () => {
		const found = pairs('At 2.10 a.m. on Sunday, the river burst its banks at Melling. Pumps were switched on at 3.25 a.m.');
		expect(found).toEqual([['At 2.10 a.m. on Sunday, the river burst its banks at Melling', 'Pumps were switched on at 3.25 a.m']]);
	});

	it('takes a deadline in the past as an upper bound only: no order against the days before it', () => {
		const found = pairs('Talks broke down on Monday. By Tuesday evening, at least 40 boats had left the harbour for other ports.');
		expect(linked(found, /Talks broke down/, /40 boats had left/)).toBe(false);
	});

	it('leaves unordered a condition, and a date in the future told in the past tense', () => {
		const found = pairs(
			'The pickers met the growers on Monday. The union said it would strike on Friday if no deal was reached. Analysts expected prices to fall next year.'
		);
		expect(linked(found, /met the growers/, /strike on Friday/)).toBe(false);
		expect(linked(found, /met the growers/, /prices to fall next year/)).toBe(false);
	});

	it('does not date an event by a month or season used as a modifier', () => {
		const found = pairs('The board met on Monday. A spokesman declined to discuss the April report or the winter figures.');
		expect(found).toEqual([]);
	});

	it('needs a verb on both sides of "after" and "before", outside quotation marks', () => {
		expect(pairs('The mayor spoke to reporters after the vote.')).toEqual([]);
		expect(pairs('"My aunt ran this shop before me," she said.')).toEqual([]);
		const found = pairs('The mayor resigned after the council published its audit.');
		expect(has(found, /council published its audit/, /mayor resigned/)).toBe(true);
	});

	it('reads the two ends of a span ("between March 2024 and June 2025") as one event, never ordered against itself', () => {
		const x = extract('17 Sep 2026, 09:30\n\nA headline for the test\n\nA standfirst for the test\n\nThe team fitted sensors at 40 bridges between March 2024 and June 2025 and took readings every hour.\n');
		expect(x.events.map((e) => e.text)).toEqual(['The team fitted sensors at 40 bridges between March 2024 and June 2025 and took readings every hour']);
		expect(x.relations).toEqual([]);
	});

	it('orders nothing by a cue inside a denial, a question, a condition or a negation', () => {
		expect(pairs('The league denies that scouts met the player before his contract expired.')).toEqual([]);
		expect(pairs('Reporters asked whether the minister knew of the leak before the inspectors arrived.')).toEqual([]);
		expect(pairs('The sale will go ahead if the board signs before the bank closes its books.')).toEqual([]);
		expect(pairs('The driver did not stop before the barrier came down.')).toEqual([]);
		// The same cue told as what happened still orders.
		const found = pairs('The league confirmed that scouts met the player before his contract expired.');
		expect(has(found, /scouts met the player/, /before his contract expired/)).toBe(true);
	});

	it('places a state "since" a date after what ended before it, and before nothing', () => {
		const found = pairs('The pickers walked out on Monday last week. Their crates had been stuck at the depot since last Thursday. A minister will visit on Friday.');
		expect(has(found, /walked out on Monday last week/, /stuck at the depot since last Thursday/)).toBe(true);
		expect(found.some(([b]) => /since last Thursday/.test(b!))).toBe(false);
	});

	it('orders "and then" and a gerund after "before", but not a reporting gerund or an aside', () => {
		const found = pairs(
			'Prices fell by a fifth at the opening before recovering some ground. The packets were counted twice and then sealed. The bell rang at noon on Tuesday, as it has every day since 1950, and then the hall was locked.'
		);
		expect(has(found, /Prices fell/, /recovering some ground/)).toBe(true);
		expect(has(found, /counted twice/, /then sealed/)).toBe(true);
		expect(has(found, /The bell rang/, /then the hall was locked/)).toBe(true);
		expect(found.some(([b]) => /since 1950/.test(b!))).toBe(false);
		expect(pairs('He said he was sorry, before adding that he would stay.')).toEqual([]);
	});

	it('does not date an asking by the time of what was asked', () => {
		const found = pairs('The ferry made its last crossing on Wednesday. Asked what he would do on Monday, the skipper smiled.');
		expect(found).toEqual([]);
	});

	it('places a planned deadline within two months after the report and before what follows it', () => {
		// 12 March 2025: the dateline day. "By the end of April" lies after it; "next year" after that.
		const found = pairs('The council on Wednesday approved the plan. The first streets are due to be chosen by the end of April, with work expected to start next year.');
		expect(has(found, /approved the plan/, /chosen by the end of April/)).toBe(true);
		expect(has(found, /chosen by the end of April/, /work expected to start next year/)).toBe(true);
	});

	it('reads a headline\'s "X to do Y on Friday" as planned, and splits "rose on Monday but fell on Tuesday"', () => {
		const x = extract('12 Mar 2025, 10:00\n\nCouncil to shut Holm Street library on Friday\n\nA standfirst for the test\n\nCouncillors voted on Monday to close the library. Shares in the builder rose on Monday but fell on Tuesday.\n');
		const found = x.relations.map((r) => [x.events[r.before]!.text, x.events[r.after]!.text]);
		expect(implied(found, /Councillors voted on Monday/, /Council to shut Holm Street library on Friday/)).toBe(true);
		expect(implied(found, /Council to shut/, /Councillors voted/)).toBe(false);
		expect(has(found, /rose on Monday$/, /^fell on Tuesday/)).toBe(true);
	});

	it('dates a happening a noun names with its own time, not the clause around it', () => {
		const x = extract(
			'12 Mar 2025, 10:00\n\nA headline for the test\n\nA standfirst for the test\n\nThe count on Sunday gave the mayor 52 per cent, up from 44 per cent at the last election in 2021. The board cut its outlook against a forecast of 3 per cent issued in January.\n'
		);
		const dated = x.events.filter((e) => e.interval).map((e) => [e.text, e.interval!.from]);
		expect(dated).toContainEqual(['the last election in 2021', '2021-01-01']);
		expect(dated).toContainEqual(['a forecast of 3 per cent issued in January', '2025-01-01']);
		// The clause with the comparison is not dated 2021.
		expect(dated.some(([text, from]) => /gave the mayor/.test(text!) && from === '2021-01-01')).toBe(false);
	});

	it('places "two days later", "the previous day" and "later that night" against the event dated just before', () => {
		const x = extract(
			'12 Mar 2025, 10:00\n\nA headline for the test\n\nA standfirst for the test\n\nThe dam at Orrin cracked on Monday. Two days later, engineers ordered the valley cleared. Police shut the road on Sunday, and later that night a second crack opened.\n'
		);
		const found = x.relations.map((r) => [x.events[r.before]!.text, x.events[r.after]!.text]);
		expect(has(found, /dam at Orrin cracked on Monday/, /Two days later, engineers ordered/)).toBe(true);
		expect(has(found, /Police shut the road on Sunday/, /later that night a second crack opened/)).toBe(true);
		// Two days after Monday 10 March.
		expect(x.events.find((e) => /Two days later/.test(e.text))?.interval?.from).toBe('2025-03-12');
		const earlier = pairs('The minister resigned on Tuesday. Her deputy had quit the previous day.');
		expect(has(earlier, /quit the previous day/, /minister resigned on Tuesday/)).toBe(true);
	});

	it('reads "did not", a present that tells a plan, and the nearer of two events at a cue', () => {
		const found = pairs(
			'The old mayor did not attend the count on Monday. The new mayor takes office on March 20. The coach is expected to fly to Rome on Thursday and sign on Friday, before meeting the squad.'
		);
		expect(implied(found, /did not attend the count on Monday/, /takes office on March 20/)).toBe(true);
		// Thursday 13 and Friday 14 March; the squad meeting follows the signing, the nearer event to "before".
		expect(has(found, /fly to Rome on Thursday$/, /^sign on Friday/)).toBe(true);
		expect(has(found, /^sign on Friday/, /before meeting the squad/)).toBe(true);
	});

	it('orders events told inside a quotation, each ending at the closing mark', () => {
		const x = extract('12 Mar 2025, 10:00\n\nA headline for the test\n\nA standfirst for the test\n\n"We warned the council in January and again on Monday," said Ruth Cole. The council met on Tuesday.\n');
		const found = x.relations.map((r) => [x.events[r.before]!.text, x.events[r.after]!.text]);
		expect(has(found, /^We warned the council in January$/, /^again on Monday$/)).toBe(true);
		expect(has(found, /^again on Monday$/, /council met on Tuesday/)).toBe(true);
	});
	it('lets a night run into the next morning, and still orders it against the days around it', () => {
		// Filed Wednesday 12 March: last night began on the 11th and ran into the 12th.
		const found = pairs('The river burst its banks on Monday. About 300 people spent last night in a church hall. The minister visited the town this morning.');
		expect(implied(found, /burst its banks on Monday/, /spent last night/)).toBe(true);
		expect(linked(found, /spent last night/, /this morning/)).toBe(false);
		expect(implied(found, /on Monday/, /this morning/)).toBe(true);
	});

	it('dates no event with a modal perfect: what should have happened did not', () => {
		const found = pairs('The warning reached the council on March 3. "They should have acted in February," a resident said.');
		expect(found.some(([b, a]) => /should have acted/.test(b!) || /should have acted/.test(a!))).toBe(false);
		// Near miss: the same month told as a fact orders.
		expect(implied(pairs('The warning reached the council on March 3. The council acted in February, a resident said.'), /acted in February/, /March 3/)).toBe(true);
	});
	it('gives a month without a year the year of the month it is coordinated with', () => {
		// Filed in March 2025: a bare "in January" alone would be January 2025.
		const found = pairs('Inspectors visited the tower in January and again in June 2022. The council repaired the roof in March 2023.');
		expect(implied(found, /in January/, /in March 2023/)).toBe(true);
		expect(implied(found, /in March 2023/, /in January/)).toBe(false);
		// Near miss: a month in a clause of its own keeps the story's year.
		const apart = pairs('The roof was repaired in June 2022. Tenants complained again in January.');
		expect(implied(apart, /in June 2022/, /in January/)).toBe(true);
	});
	it('orders a past perfect before the simple past it is reported or told against', () => {
		const found = pairs('The harbour master said two trawlers had sunk at their moorings. The crew had already left the boat when the wave struck.');
		expect(has(found, /^two trawlers had sunk at their moorings$/, /^The harbour master said$/)).toBe(true);
		expect(has(found, /^The crew had already left the boat$/, /^the wave struck$/)).toBe(true);
	});

	it('orders a dated past perfect against its report or its "when" clause, keeping the date with its own words', () => {
		const reported = pairs('The union said the firm had warned staff in May that jobs would go.');
		expect(has(reported, /^the firm had warned staff in May$/, /^The union said$/)).toBe(true);
		const when = pairs('The guard had already left the depot when the fire was discovered at 6 a.m. on Monday.');
		expect(has(when, /^The guard had already left the depot$/, /^the fire was discovered at 6 a\.m\. on Monday$/)).toBe(true);
	});

	it('finds the report across its listener and time, and a participle in quotation marks', () => {
		const told = pairs('The driver told the inquiry last week that he had checked the brakes.');
		expect(has(told, /^he had checked the brakes$/, /^The driver told the inquiry last week$/)).toBe(true);
		const quoted = pairs('The coach said the team had "earned every point" this season.');
		expect(has(quoted, /^the team had "earned every point/, /^The coach said$/)).toBe(true);
	});

	it('orders no past perfect that is denied, negated, asked about, a plan or a possession', () => {
		const texts = [
			'The company denied that it had hidden the losses.',
			'The union said it had not been consulted.',
			'Asked whether the funds had been moved, the minister said nothing.',
			'The engineer said the repair had been due to start in March.',
			'The mayor said the town had three bridges.',
			'She said it would be wrong to act as though the target had been met.'
		];
		for (const t of texts) expect(pairs(t).filter(([b]) => /\bhad\b/.test(b!)), t).toEqual([]);
	});
});

describe('events in a narrative told day by day', () => {
	it('orders a clock time told after an evening into the next day, and an offset in minutes after the event it counts from', () => {
		// Filed on Wednesday 12 March 2025: the Saturday before is 8 March.
		const found = pairs(
			'DELLOW (Wire) – The river Arle broke its banks on the night of March 8 after three days of rain, officials said on Tuesday.\n\nBy Saturday evening the gauge at Penn Bridge showed 4.2 metres. At 11.15 p.m. the first sirens sounded.\n\nShortly before 4 a.m. police closed the bridge. The first homes flooded about 20 minutes later.'
		);
		expect(implied(found, /the gauge at Penn Bridge showed/, /police closed the bridge/)).toBe(true);
		expect(implied(found, /police closed the bridge/, /The first homes flooded/)).toBe(true);
		// Near miss: the statement on Tuesday came after all of it, and no event follows it.
		expect(implied(found, /officials said on Tuesday/, /police closed the bridge/)).toBe(false);
	});
	it('does not read "shortly after" a time as a cue joining two clauses, nor date an event by the end of a period', () => {
		const found = pairs(
			'PORT ALVA (Wire) – Turnout fell short of the threshold, the counting officer announced shortly after 11 p.m. on Sunday. Profit for the six months to June 30 was €4m, the company said on Monday.'
		);
		expect(linked(found, /Turnout fell short/, /counting officer announced/)).toBe(false);
		expect(found.some(([b, a]) => /six months to June 30/.test(b!) || /six months to June 30/.test(a!))).toBe(false);
	});
	it('places "the previous evening" before the first event of the day it counts from', () => {
		const found = pairs(
			'CALLOW (Wire) – A camera showed two people climbing onto the roof shortly after 2 a.m. on Monday and leaving about 18 minutes later. A cleaner had seen a ladder against the wall the previous evening.'
		);
		expect(has(found, /A cleaner had seen a ladder/, /climbing onto the roof/)).toBe(true);
		expect(implied(found, /climbing onto the roof/, /leaving about 18 minutes later/)).toBe(true);
	});
	it('dates a past state told "By Friday afternoon" to that day, but a past perfect one only up to it', () => {
		// Filed on Wednesday 12 March 2025: the Thursday before is 6 March, the Friday 7 March.
		const found = pairs('DELLOW (Wire) – The fire began on Thursday. By Friday afternoon the blaze covered 40 hectares. By Friday evening nine ships had changed course.');
		expect(has(found, /The fire began on Thursday/, /By Friday afternoon the blaze covered/)).toBe(true);
		expect(linked(found, /The fire began on Thursday/, /nine ships had changed course/)).toBe(false);
	});
	it('orders a plan "by the weekend" after the reporting day and before a later month', () => {
		const found = pairs('DELLOW (Wire) – The council met on Tuesday. The hall will reopen by the weekend. The inquiry is due to report next May.');
		expect(implied(found, /The council met on Tuesday/, /will reopen by the weekend/)).toBe(true);
		expect(implied(found, /will reopen by the weekend/, /due to report next May/)).toBe(true);
	});
	it('orders a stretch that ended at a clock time, and a night, before what happened later the next day', () => {
		// Filed on Wednesday 12 March 2025.
		const found = pairs(
			'DELLOW (Wire) – The fire started on Saturday evening. Overnight the flames crossed the ridge road.\n\nFresh crews arrived at 1 p.m. on Sunday and held the line until 6.30 the next morning. The fire was declared contained at 9.10 a.m. on Monday.'
		);
		expect(implied(found, /Overnight the flames crossed/, /Fresh crews arrived at 1 p.m/)).toBe(true);
		expect(implied(found, /held the line until 6.30/, /declared contained at 9.10/)).toBe(true);
		// Near miss: the night is not ordered against the evening it began on.
		expect(linked(found, /The fire started on Saturday evening/, /Overnight the flames crossed/)).toBe(false);
	});
	it('dates "a year earlier" from the year told before it in its paragraph', () => {
		const found = pairs('DELLOW (Wire) – The quarry closed in 2019. The brigade lost 12 firefighters last year, after losing nine a year earlier.');
		expect(implied(found, /The quarry closed in 2019/, /losing nine a year earlier/)).toBe(true);
		expect(implied(found, /losing nine a year earlier/, /The brigade lost 12 firefighters last year/)).toBe(true);
	});
	it('reads "the year to March 31" as the twelve months that end then, not as March', () => {
		// Filed on 12 March 2025: the year to January 31 runs from February 2024 to January 2025, which holds May 2024.
		const found = pairs('DELLOW (Wire) – The quarry closed in May 2024. The operator made a loss of €4m in the year to January 31. It sold the site in 2023.');
		expect(linked(found, /The quarry closed in May 2024/, /made a loss of €4m/)).toBe(false);
		expect(implied(found, /It sold the site in 2023/, /made a loss of €4m/)).toBe(true);
	});
});
