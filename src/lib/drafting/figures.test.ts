import { describe, expect, it } from 'vitest';
import { findChanges, findFigures, parseNumber, unitsFromContext } from './figures';

const figs = (text: string) => findFigures(text, 0, text.length).map((f) => ({ text: text.slice(f.start, f.end), value: f.value, unit: f.unit, upTo: f.upTo, kind: f.kind }));

describe('figures', () => {
	it('reads digits, thousands, decimals with scales, and number words', () => {
		expect(parseNumber('1,200')).toBe(1200);
		expect(parseNumber('twenty-five')).toBe(25);
		expect(parseNumber('two hundred')).toBe(200);
		expect(parseNumber('a dozen')).toBe(12);
		expect(figs('Some 3.5 million people and eight mission employees saw twenty-five boats.')).toEqual([
			{ text: 'Some 3.5 million', value: 3_500_000, unit: 'people', upTo: undefined, kind: 'count' },
			{ text: 'eight', value: 8, unit: 'mission employees', upTo: undefined, kind: 'count' },
			{ text: 'twenty-five', value: 25, unit: 'boats', upTo: undefined, kind: 'count' }
		]);
	});
	it('reads money and percentages with their units', () => {
		expect(figs('It made £1.2m, or 12% more, and $40 billion; 7 per cent left.').map((f) => [f.text, f.value, f.unit, f.kind])).toEqual([
			['£1.2m', 1_200_000, 'pounds', 'money'],
			['12%', 12, 'per cent', 'percent'],
			['$40 billion', 40_000_000_000, 'dollars', 'money'],
			['7 per cent', 7, 'per cent', 'percent']
		]);
	});
	it('reads ranges, approximations, ages and hyphenated units', () => {
		const text = 'Between 40 and 50 people, about 300 families and Jo Smith, 58, sat through a seven-week trial.';
		const f = findFigures(text, 0, text.length);
		expect(f.map((x) => [text.slice(x.start, x.end), x.value, x.upTo, x.unit, x.approximate ?? false])).toEqual([
			['Between 40 and 50', 40, 50, 'people', false],
			['about 300', 300, undefined, 'families', true],
			['58', 58, undefined, 'years old', false],
			['seven', 7, undefined, 'weeks', false]
		]);
	});
	it('leaves years, dates and clock times out, and "one of" is not a count', () => {
		expect(figs('In 2019, on March 4 at 10:30, one of the 12 boats sank.').map((f) => [f.text, f.kind])).toEqual([
			['2019', 'year'],
			['12', 'count']
		]);
	});
	it('reads fractions and "twice"', () => {
		expect(figs('About two-thirds of them paid twice.').map((f) => [f.text, f.value, f.unit])).toEqual([
			['About two-thirds', 0.6667, 'fraction'],
			['twice', 2, 'times']
		]);
	});
	it('finds changes "from 20 to 10", "by half" and "rose by 5%"', () => {
		const text = 'NATO cut the mission from 20 to 10 posts, the budget was cut by half and prices rose by 5%.';
		const f = findFigures(text, 0, text.length);
		const changes = findChanges(text, { start: 0, end: text.length }, f);
		expect(changes.map((c) => [c.text, c.by, c.direction, c.fraction])).toEqual([
			['from 20 to 10', 10, 'decrease', undefined],
			['cut by half', undefined, 'decrease', 0.5],
			['rose by 5%', 5, 'increase', undefined]
		]);
	});
	it('reads places in a ranking, but not the order of events', () => {
		expect(figs('Ashford finished seventh in the league. A second bid failed, the ninth this year.').map((f) => [f.text, f.value, f.unit])).toEqual([['seventh', 7, 'rank']]);
	});
	it('carries a unit across "votes to" and to "of them"', () => {
		const text = 'Albrecht took 38,406 votes to 38,194 for Doyle. Mud covered 14 houses, seven of them completely.';
		expect(findFigures(text, 0, text.length).map((f) => [text.slice(f.start, f.end), f.unit])).toEqual([
			['38,406', 'votes'],
			['38,194', 'votes'],
			['14', 'houses'],
			['seven', 'houses']
		]);
	});
	it('reads the thing counted from the words around a bare count', () => {
		const units = (text: string) => {
			const f = findFigures(text, 0, text.length);
			unitsFromContext(text, f);
			return f.map((x) => [text.slice(x.start, x.end), x.unit]);
		};
		// Ellipsis in the sentence and in the next one; a measure in the next sentence is not the thing counted.
		expect(units('Twelve climbers reached the summit and three turned back; two were airlifted.')).toEqual([
			['Twelve', 'climbers'],
			['three', undefined],
			['two', 'climbers']
		]);
		expect(units('Nine lorries were stuck 40 kilometres from the border. Four more were turned back.')).toEqual([
			['Nine', 'lorries'],
			['40', 'kilometres'],
			['Four', 'lorries']
		]);
		// "the 2 million figure" is the figure given before, in its unit; an age or a single thing stands for no group.
		expect(units('The fund lost £2 million. The £2 million figure was disputed.').map(([, u]) => u)).toEqual(['pounds', 'pounds']);
		expect(units('Ruth Amis, 71, owns one boat. Three were sunk.')).toEqual([
			['71', 'years old'],
			['one', 'boat'],
			['Three', undefined]
		]);
		// Apposition, "of the" with a possessive or an irregular plural, and a collective noun before another.
		expect(units('About a quarter of the flats, roughly 300, are empty.')[1]).toEqual(['roughly 300', 'flats']);
		expect(units('Between 10 and 12 of the county’s 80 libraries will shut, and about 90 of the 700 staff will go.')).toEqual([
			['Between 10 and 12', 'libraries'],
			['80', 'libraries'],
			['about 90', 'staff'],
			['700', 'staff']
		]);
		expect(units('The four remaining crew members left.')).toEqual([['four', 'remaining crew members']]);
	});
	it('reads ages, halves, parts of a per cent, places with a score, and amounts of time inside time words', () => {
		expect(figs('A boy of about ten was rescued.').map((f) => [f.text, f.unit])).toEqual([['about ten', 'years old']]);
		expect(figs('The delay lasted more than an hour and a half, or two and a half days in all.').map((f) => [f.text, f.value, f.unit])).toEqual([
			['more than an hour and a half', 1.5, 'hours'],
			['two and a half days', 2.5, 'days']
		]);
		expect(figs('She won by a tenth of one per cent; Lee was second with 4,120.').map((f) => [f.text, f.value, f.unit])).toEqual([
			['a tenth of one per cent', 0.1, 'per cent'],
			['second', 2, 'rank'],
			['4,120', 4120, undefined]
		]);
		expect(figs('I know half this town disagrees. Not one penny was spent.').map((f) => [f.text, f.value, f.unit])).toEqual([['half', 0.5, 'fraction']]);
		const text = 'He had left two weeks ago.';
		const time = { start: text.indexOf('two'), end: text.indexOf(' ago') + 4 };
		expect(findFigures(text, 0, text.length, [time]).map((f) => [f.text, f.unit])).toEqual([['two', 'weeks']]);
	});
	const units = (text: string) => {
		const f = findFigures(text, 0, text.length);
		unitsFromContext(text, f);
		return f.map((x) => [text.slice(x.start, x.end), x.value, x.unit, ...(x.upTo !== undefined ? [x.upTo] : [])]);
	};
	it('finds the thing counted far from the number: apposition, "from", the noun before, a possessive', () => {
		expect(units('The ward hired 40, all of them nurses, in May.')).toEqual([['40', 40, 'nurses']]);
		expect(units('Staffing rose to 40 from 32 nurses.')).toEqual([['40', 40, 'nurses'], ['32', 32, 'nurses']]);
		expect(units('By June the nurses numbered about 55.')).toEqual([['about 55', 55, 'nurses']]);
		expect(units('The plan puts the number of midwife posts that would move at 58, she said.')).toEqual([['58', 58, 'midwife posts']]);
		expect(units('About 60 of the councils’ 1,450 posts will go, and all 14 of Brenna’s tower blocks.').map(([t, , u]) => [t, u])).toEqual([
			['About 60', 'posts'],
			['1,450', 'posts'],
			['14', 'blocks']
		]);
		expect(units('It heard from more than 200 Northwind customers.')).toEqual([['more than 200', 200, 'customers']]);
		// Near-misses: a name after the number is no unit; "of them" with nothing counted before stays bare.
		expect(units('He moved to 300 Main Street.')).toEqual([['300', 300, undefined]]);
		expect(units('Twelve of them left.')).toEqual([['Twelve', 12, undefined]]);
	});
	it('reads a number told again in another unit-less place, a tally, a lead and "one of only"', () => {
		expect(units('Storm forces 6,000 from their homes\n\nThe storm drove some 6,000 people out.').map(([t, , u]) => [t, u])).toEqual([
			['6,000', 'people'],
			['some 6,000', 'people']
		]);
		expect(units('Three officials saw it.\n\nAll three spoke on condition of anonymity.').map(([t, , u]) => [t, u])).toEqual([
			['Three', 'officials'],
			['three', 'officials']
		]);
		expect(units('In Balla 212 people voted and No won by 118 to 94.').map(([t, , u]) => [t, u])).toEqual([
			['212', 'people'],
			['118', 'votes'],
			['94', 'votes']
		]);
		expect(units('Lee took 4,100 votes. The first count gave Lee a lead of 87.').map(([t, , u]) => [t, u])).toEqual([
			['4,100', 'votes'],
			['87', 'votes']
		]);
		expect(units('Her shop on the corner was one of only three left open.').map(([t, , u]) => [t, u])).toEqual([['three', 'shop']]);
		// Near-misses: a small bare number without "all/the" takes no unit from an equal one; a score is no range.
		expect(units('Three officials saw it.\n\nIn May, three said no.').map(([t, , u]) => [t, u])).toEqual([
			['Three', 'officials'],
			['three', undefined]
		]);
		expect(units('The match ended 3 to 1.')).toEqual([['3', 3, undefined], ['1', 1, undefined]]);
	});
	it('reads rates, temperatures, ranges written with "range from", and money scales', () => {
		expect(units('Gusts of up to 60 kilometres an hour and temperatures above 40C are expected.')).toEqual([
			['up to 60', 60, 'kilometres per hour'],
			['above 40C', 40, 'degrees Celsius']
		]);
		expect(units('The awards range from €2,500 to €11,000 per household.')).toEqual([['from €2,500 to €11,000', 2500, 'euros', 11000]]);
		expect(units('Prices rose from €2,500 to €3,000.').map(([t]) => t)).toEqual(['€2,500', '€3,000']);
		expect(units('It raised £1.8bn, $2.5 billion and €300m.').map(([t, v, u]) => [t, v, u])).toEqual([
			['£1.8bn', 1_800_000_000, 'pounds'],
			['$2.5 billion', 2_500_000_000, 'dollars'],
			['€300m', 300_000_000, 'euros']
		]);
		expect(units('Support fell 3 percentage points, to 41%.').map(([t, v, u]) => [t, v, u])).toEqual([
			['3 percentage points', 3, 'percentage points'],
			['41%', 41, 'per cent']
		]);
	});
	it('reads number words, shares and multiples, and leaves ordinals, idioms and names alone', () => {
		expect(units('One in five pupils, nine out of 10 parents and three-fifths of staff agreed; costs rose fourfold.').map(([t, v, u]) => [t, v, u])).toEqual([
			['One in five', 0.2, 'fraction'],
			['nine out of 10', 0.9, 'fraction'],
			['three-fifths', 0.6, 'fraction'],
			['fourfold', 4, 'times']
		]);
		expect(units('The boy, now seven, was admitted three times in May.').map(([t, v, u]) => [t, v, u])).toEqual([
			['seven', 7, 'years old'],
			['three times', 3, 'times']
		]);
		expect(units('"I have asked for a recount once," he said.').map(([t, v, u]) => [t, v, u])).toEqual([['once', 1, 'times']]);
		// Near-misses: ordinals, idioms, numbers in names, "one" as a pronoun.
		expect(units('A ninth victim was found; she won a third term. The boats came on time for once, and at once left. Once the count ends, Route 9 and Terminal 2 reopen. "It isn’t one here either."')).toEqual([]);
	});
	it('reads units written onto the number, ranks out of a number, and shares after "by"', () => {
		expect(units('Up to 80mm of rain and gusts of 50mph are due.').map(([t, v, u]) => [t, v, u])).toEqual([
			['Up to 80mm', 80, 'millimetres'],
			['50mph', 50, 'miles per hour']
		]);
		expect(units('It placed the school 212th of the 236 in the region.').map(([t, v, u]) => [t, v, u])).toEqual([
			['212th', 212, 'rank'],
			['236', 236, 'school']
		]);
		expect(units('Catches fell by more than half, and the dividend was cut by a third since May.').map(([t, v, u]) => [t, v, u])).toEqual([
			['more than half', 0.5, 'fraction'],
			['a third', 0.3333, 'fraction']
		]);
		// Near-misses: a place in a sequence of things is no rank; a million is no metre.
		expect(units('She was the second of the speakers; it cost £80m.').map(([t, v, u]) => [t, v, u])).toEqual([['£80m', 80_000_000, 'pounds']]);
	});
	it('reads "percent" in one word like "per cent" and "%", in ranges and changes too', () => {
		const pct = (text: string) => units(text).map(([t, v, u, max]) => [t, v, u === 'per cent' ? 'percent' : u, max]);
		expect(pct('Bills went up by between 20 and 35 percent, and by 35 percent for Ilford tenants.')).toEqual([
			['between 20 and 35 percent', 20, 'percent', 35],
			['35 percent', 35, 'percent', undefined]
		]);
		expect(pct('Turnout was 18 to 24 percent; 30-40% of stalls and 12 per cent to 15 per cent of cafés shut.')).toEqual([
			['18 to 24 percent', 18, 'percent', 24],
			['30-40%', 30, 'percent', 40],
			['12 per cent to 15 per cent', 12, 'percent', 15]
		]);
		// A change from one share to another is two figures, both percentages; a score is no range; a model name is no figure.
		expect(pct('Support fell from 41 to 29 percent. The club won 118 to 94 with the HV-20.')).toEqual([
			['41', 41, 'percent', undefined],
			['29 percent', 29, 'percent', undefined],
			['118', 118, undefined, undefined],
			['94', 94, undefined, undefined]
		]);
	});
	it('leaves clock times out even where no time expression was found: "until 6.30 the next morning", "at 11 that night"', () => {
		expect(figs('Volunteers stayed until 6.30 the next morning, sorted parcels from 9.15 to 11.45 and left at 11 that night or at eleven o’clock.')).toEqual([]);
		expect(figs('The first ferry sailed at 6.15 a.m., the last at 11 p.m., and a third shortly after 7.40 on Sunday.')).toEqual([]);
		// Near-misses: amounts with a point, a price with its unit, a count before "that night", an age after "At".
		expect(figs('Levels rose by 6.30 and peaked at 2.45 metres; shares closed at 3.15 pence. The bakery sold 11 that night. At 11, she left school.').map((f) => [f.text, f.value])).toEqual([
			['6.30', 6.3],
			['2.45', 2.45],
			['3.15 pence', 3.15],
			['11', 11],
			['11', 11]
		]);
	});
	it('reads a tally told without "by" as votes, but not a change or a range', () => {
		expect(units('Brinley votes nine to four to keep its library. The vote was nine to four, and two members abstained.').map(([t, , u]) => [t, u])).toEqual([
			['nine', 'votes'],
			['four', 'votes'],
			['nine', 'votes'],
			['four', 'votes'],
			['two', 'members']
		]);
		// Near-misses: a cut "from 12 to 8" after a vote, a range of seats, a score with no vote.
		expect(units('After the vote, staff fell from 12 to 8. The motion needs 20 to 25 members. Ashby won nine to four on Saturday.').map(([t, , u]) => [t, u])).toEqual([
			['12', undefined],
			['8', undefined],
			['20 to 25', 'members'],
			['nine', undefined],
			['four', undefined]
		]);
	});
	it('reads a unit with a "per" phrase, and a bare bound later in the paragraph inherits it', () => {
		expect(units('Ozone was above 120 micrograms per cubic metre at four of the nine parks, and over 180 at one of them.\nAbove 30, the count stops.').map(([t, , u]) => [t, u])).toEqual([
			['above 120', 'micrograms per cubic metre'],
			['four', 'parks'],
			['nine', 'parks'],
			['over 180', 'micrograms per cubic metre'],
			['Above 30', undefined]
		]);
		expect(units('The plant let out 3 tonnes per day and 2 grams per square metre; trucks did 50 kilometres an hour.').map(([t, , u]) => [t, u])).toEqual([
			['3', 'tonnes per day'],
			['2', 'grams per square metre'],
			['50', 'kilometres per hour']
		]);
	});
	it('reads the noun after an adjective, and a compound of plural nouns, as the thing counted', () => {
		expect(units('The two poorest districts, at least three logistics groups, 40 arms dealers and 12 sales staff objected.').map(([t, , u]) => [t, u])).toEqual([
			['two', 'districts'],
			['at least three', 'logistics groups'],
			['40', 'arms dealers'],
			['12', 'sales staff']
		]);
		// Near-misses: a plural noun followed by a possessive, an adverb or a verb.
		expect(units('It paid three times its value; 20 years always passed, and 12 pupils does not add up.').map(([t, , u]) => [t, u])).toEqual([
			['three times', 'times'],
			['20', 'years'],
			['12', 'pupils']
		]);
	});
	it('reads hedged shares wherever they stand: before a verb, after "and", at the end of a clause, of an amount', () => {
		const share = (text: string) => figs(text).map((f) => [f.text, f.value, f.unit]);
		expect(share('More than a third were closed, and less than half the grant was spent; reserves fell to less than half. Nearly two-thirds stayed.')).toEqual([
			['More than a third', 0.3333, 'fraction'],
			['less than half', 0.5, 'fraction'],
			['less than half', 0.5, 'fraction'],
			['Nearly two-thirds', 0.6667, 'fraction']
		]);
		expect(share('Roughly a fifth said no, barely half turned up and fewer than one in five stayed; more than half a million people watched.')).toEqual([
			['Roughly a fifth', 0.2, 'fraction'],
			['barely half', 0.5, 'fraction'],
			['fewer than one in five', 0.2, 'fraction'],
			['more than half a million', 500_000, 'people']
		]);
		const f = findFigures('Just under a quarter voted.', 0, 27);
		expect(f.map((x) => x.approximate)).toEqual([true]);
		// Near-misses: ordinals before a noun, "two and a half", a half-built hall, "half an hour" left to the amount.
		expect(share('A third term began; a fifth victim died. Two and a half days passed at the half-built hall.')).toEqual([['Two and a half days', 2.5, 'days']]);
	});
	it('counts the thing named after "of" without "the", places after "at" that a measure does not take, and kinds as their class', () => {
		expect(units('Noise was above 70 decibels per hour at five of 14 stations, and above 85 at three.').map(([t, , u]) => [t, u])).toEqual([
			['above 70', 'decibels per hour'],
			['five', 'stations'],
			['14', 'stations'],
			['above 85', 'decibels per hour'],
			['three', 'stations']
		]);
		expect(units('The spill killed more than 6,000 fish. Wardens said about 2,500 perch and pike washed up at a weir, and 40 men and women helped.').map(([t, , u]) => [t, u])).toEqual([
			['more than 6,000', 'fish'],
			['about 2,500', 'fish'],
			['40', 'people']
		]);
		// Near-misses: kinds with no larger class before them keep their noun; a measure carries on in "Kell had 30.".
		expect(units('Rangers counted 300 otters and voles. Rain reached 40 millimetres in Dunmore; Kell had 30.').map(([t, , u]) => [t, u])).toEqual([
			['300', 'otters'],
			['40', 'millimetres'],
			['30', 'millimetres']
		]);
	});
	it('leaves a number inside a name out, and counts a figure set against an earlier time in the unit before it', () => {
		expect(units('Only cars meeting the Euro 6 standard or a Class 4 permit may enter; the board gave Halvik 40 days.').map(([t, , u]) => [t, u])).toEqual([['40', 'days']]);
		expect(units('The depot lost 14 of its 60 full-time drivers this year, after losing six a year earlier.').map(([t, , u]) => [t, u])).toEqual([
			['14', 'drivers'],
			['60', 'full-time drivers'],
			['six', 'full-time drivers']
		]);
		// Near-miss: a weekday before a number is no name.
		expect(units('By Friday 9 ferries had sailed.').map(([t, , u]) => [t, u])).toEqual([['9', 'ferries']]);
	});
	it('reads a tally written with a hyphen, "pc", a range after "by", clock words and hours in a range of times', () => {
		expect(units('The panel voted 7-2 to approve the plan.').map(([t, , u]) => [t, u])).toEqual([
			['7', 'votes'],
			['2', 'votes']
		]);
		// Near-miss: a season and a score with no vote in the sentence.
		expect(units('The 2019-20 season ended 3-1.').map(([t]) => t)).toEqual(['2019', '3']);
		expect(units('Costs fell by 20 to 35 percent, and 35pc of firms left.').map(([t, v, u, max]) => [t, v, u, max])).toEqual([
			['20 to 35 percent', 20, 'per cent', 35],
			['35pc', 35, 'per cent', undefined]
		]);
		expect(figs('Doors open at half past six, close at 6.30 tomorrow and reopen from 9 to 11 a.m. or between 2 and 4 p.m.')).toEqual([]);
		expect(units('More than 9,000 trout and grayling died in the Leve.\nOfficials said the 9,000 fish were poisoned.').map(([t, , u]) => [t, u])).toEqual([
			['More than 9,000', 'fish'],
			['9,000', 'fish']
		]);
	});
	it('reads a percentage joined by a hyphen, and votes for and against', () => {
		expect(units('Brell took a 35-percent stake and a 20-per-cent share.').map(([t, v, u]) => [t, v, u])).toEqual([
			['35-percent', 35, 'per cent'],
			['20-per-cent', 20, 'per cent']
		]);
		expect(units('The budget passed with nine in favour, four against and two abstentions.').map(([t, , u]) => [t, u])).toEqual([
			['nine', 'votes'],
			['four', 'votes'],
			['two', 'abstentions']
		]);
		// Near-miss: "against" with no vote is no unit, and no vote.
		expect(units('Ashby played 12 against a side of nine men.').map(([t, , u]) => [t, u])).toEqual([
			['12', undefined],
			['nine', 'men']
		]);
	});
	it('reads the noun a superlative grades, and what "ones", "others" and a place "of the N" count', () => {
		expect(units('The three poorest Hallam wards, the five largest UK lenders and the four most crowded inner-city schools joined; the two biggest, Arn and Pell, did not.').map(([t, , u]) => [t, u])).toEqual([
			['three', 'wards'],
			['five', 'lenders'],
			['four', 'schools'],
			['two', undefined]
		]);
		expect(units('Two larger depots and six smaller ones closed. The trust took over the clinic in 2020 and runs four others nearby. It ranked the clinic 31st of the 40 in the county.').map(([t, , u]) => [t, u])).toEqual([
			['Two', 'larger depots'],
			['six', 'larger depots'],
			['2020', undefined],
			['four', 'clinic'],
			['31st', 'rank'],
			['40', 'clinic']
		]);
		// Near-misses: nouns ending in -est are no superlatives; "most of the 4 billion" is no place in a ranking.
		expect(units('Three interest rates rose, and most of the 40 pupils left.').map(([t, , u]) => [t, u])).toEqual([
			['Three', 'interest rates'],
			['40', 'pupils']
		]);
	});
	it('leaves "one" out where it is a pronoun or a certain person who speaks, and counts it before a noun otherwise', () => {
		expect(figs('"We would rather keep a promise than one we cannot," she said. One nurse, who asked not to be named, and one porter who saw it spoke; he said one driver had told him.')).toEqual([]);
		expect(figs('Only one candidate was left, and one ferry sailed.').map((f) => [f.text, f.value, f.unit])).toEqual([
			['one', 1, 'candidate'],
			['one', 1, 'ferry']
		]);
	});
	it('reads an age from a stage of life "at 16", and no unit from a past verb after the number', () => {
		expect(units('Fewer pupils passing exams at 16 went on to college; she left school at 15. Of the 30 boats, 12 sank.').map(([t, , u]) => [t, u])).toEqual([
			['16', 'years old'],
			['15', 'years old'],
			['30', 'boats'],
			['12', 'boats']
		]);
		// Near-misses: a clock time, gates counted after "at", an amount after "at".
		expect(units('Pupils met at 9 the next morning and children queued at 12 gates; the fee stood at 16.').map(([t, , u]) => [t, u])).toEqual([
			['12', 'gates'],
			['16', undefined]
		]);
	});
});
