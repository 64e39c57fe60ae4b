import { describe, expect, it } from 'vitest';
import { layOut } from './layout';
import { findQuotes } from './quotes';

const story = (body: string) => `4 Mar 2025, 09:00\n\nA headline about a council\n\nA standfirst that says little\n\n${body}\n`;
const quotes = (body: string) => {
	const layout = layOut(story(body));
	return findQuotes(layout).quotes.map((q) => {
		expect(layout.text.slice(q.start, q.end)).toBe(q.text);
		return [q.text, q.form, q.speaker?.name ?? null];
	});
};

describe('quotes and speakers', () => {
	it('reads a quote before "said X" and after "X said:", straight and curly', () => {
		expect(quotes('LONDON (Wire) – "We will rebuild," said Maria Lopez, the mayor.\n\nJohn Reed told reporters: “It is over.”')).toEqual([
			['We will rebuild', 'direct-quote', 'Maria Lopez'],
			['It is over', 'direct-quote', 'John Reed']
		]);
	});
	it('gives both halves of a split quote to one speaker', () => {
		expect(quotes('LONDON (Wire) – "My client will appeal," Ashdown said, "and he will win."')).toEqual([
			['My client will appeal', 'direct-quote', 'Ashdown'],
			['and he will win', 'direct-quote', 'Ashdown']
		]);
	});
	it('resolves a pronoun to the last person named, and a later quote to the paragraph’s speaker', () => {
		expect(quotes('LONDON (Wire) – Judge Eleanor Pryce spoke last.\n\n"You should expect a custodial sentence," she said. "I make no promises."')).toEqual([
			['You should expect a custodial sentence', 'direct-quote', 'Eleanor Pryce'],
			['I make no promises', 'direct-quote', 'Eleanor Pryce']
		]);
	});
	it('reads indirect speech with a partial quote inside it', () => {
		expect(quotes('LONDON (Wire) – Its chief executive, Priya Venn, said the verdict "closes a painful chapter" for the town.')).toEqual([
			['the verdict "closes a painful chapter" for the town', 'paraphrase', 'Priya Venn'],
			['closes a painful chapter', 'partial-quote', 'Priya Venn']
		]);
	});
	it('reads "according to", "declined to comment" and anonymous sources', () => {
		expect(
			quotes(
				'LONDON (Wire) – The bridge will close for a year, according to the Highways Agency.\n\nA senior official who asked not to be named said the budget had doubled.\n\nAsked about the delay, Northshire Police declined to comment.'
			)
		).toEqual([
			['The bridge will close for a year', 'paraphrase', 'Highways Agency'],
			['the budget had doubled', 'paraphrase', 'A senior official who asked not to be named'],
			['declined to comment', 'declined', 'Northshire Police']
		]);
	});
	it('gives a quote that runs on into the next paragraph to the same speaker', () => {
		expect(quotes('LONDON (Wire) – "We tried everything," said Ruth Obi. "Nothing worked.\n\n"So we closed the school."')).toEqual([
			['We tried everything', 'direct-quote', 'Ruth Obi'],
			['Nothing worked', 'direct-quote', 'Ruth Obi'],
			['So we closed the school', 'direct-quote', 'Ruth Obi']
		]);
	});
	it('gives a quote with no attribution no speaker rather than a guess', () => {
		expect(quotes('LONDON (Wire) – The hall was full.\n\n"This cannot go on."')).toEqual([['This cannot go on', 'direct-quote', null]]);
	});
	it('reads a quote inside a quote as a direct quote of its own', () => {
		expect(quotes('LONDON (Wire) – "When I took over he told me, \'The tide does not care who you are.\' I think of it daily," said Ian Bell.')).toEqual([
			['When I took over he told me, \'The tide does not care who you are.\' I think of it daily', 'direct-quote', 'Ian Bell'],
			['The tide does not care who you are', 'direct-quote', null]
		]);
	});
	it('finds two reports in one sentence and the subject of "…, and said …"', () => {
		expect(quotes('LONDON (Wire) – Rescue teams recovered a body on Wednesday and said two people remained missing.\n\nBrightwell said profit fell 18%, and announced plans to cut about 400 jobs.')).toEqual([
			['two people remained missing', 'paraphrase', 'Rescue teams'],
			['profit fell 18%', 'paraphrase', 'Brightwell'],
			['announced plans to cut about 400 jobs', 'paraphrase', 'Brightwell']
		]);
	});
	it('takes the listener and the time of telling out of the report, never words of the report itself', () => {
		expect(
			quotes(
				'LONDON (Wire) – Inspector Dana Kerr told a press briefing on Friday that the audit had found nothing of that kind.\n\nCouncillor Omar Haddad said the survey showed that most tenants wanted the repairs first.'
			)
		).toEqual([
			['the audit had found nothing of that kind', 'paraphrase', 'Dana Kerr'],
			['the survey showed that most tenants wanted the repairs first', 'paraphrase', 'Omar Haddad']
		]);
	});
	it('keeps the verb of a denial or rejection, whatever follows it', () => {
		expect(
			quotes('LONDON (Wire) – The agency on Monday denied reports that it had lost the files.\n\nMayor Lena Ortiz rejected that account. Her deputy, Paul Mercer, rejected that.')
		).toEqual([
			['denied reports that it had lost the files', 'paraphrase', 'agency'],
			['rejected that account', 'paraphrase', 'Lena Ortiz'],
			['rejected that', 'paraphrase', 'Paul Mercer']
		]);
	});
	it('reads a report that goes on after its attribution, with or without its conjunction', () => {
		expect(
			quotes(
				'LONDON (Wire) – Northline Rail runs the line. The line will reopen at 6 a.m. on Sunday, the company said, but gives no date for the station café.\n\nRents rose sharply, Marta Ilic said, and many tenants had left.\n\nThe inquiry will report in May, Dr Sam Oduya said, ending two years of waiting.'
			)
		).toEqual([
			['The line will reopen at 6 a.m. on Sunday', 'paraphrase', 'Northline Rail'],
			['but gives no date for the station café', 'paraphrase', 'Northline Rail'],
			['Rents rose sharply', 'paraphrase', 'Marta Ilic'],
			['many tenants had left', 'paraphrase', 'Marta Ilic'],
			['The inquiry will report in May', 'paraphrase', 'Sam Oduya']
		]);
	});
	it('names a body by its function, and reads the newer ways of not answering', () => {
		expect(
			quotes(
				'LONDON (Wire) – The regional government said an inquiry would begin next month and report by the summer. The port authority declined to comment on the queue.\n\nHarriet Okafor did not respond to questions about the contract on Tuesday. Her office did not deny that the letter existed.'
			)
		).toEqual([
			['an inquiry would begin next month and report by the summer', 'paraphrase', 'regional government'],
			['declined to comment on the queue', 'declined', 'port authority'],
			['did not respond to questions about the contract', 'declined', 'Harriet Okafor'],
			['did not deny that the letter existed', 'declined', 'Harriet Okafor']
		]);
	});
	it('gives a relative clause’s report to its own subject', () => {
		expect(
			quotes(
				'LONDON (Wire) – The Dock Workers Union wants an end to double shifts, which it says have caused two accidents this year.\n\nThe budget faces a shortfall that Dunmore County Council estimates at between £2 million and £3 million.\n\nKelso Holdings will close two depots. The closures, which the company described as a “reset”, start in May.'
			)
		).toEqual([
			['have caused two accidents this year', 'paraphrase', 'Dock Workers Union'],
			['estimates at between £2 million and £3 million', 'paraphrase', 'Dunmore County Council'],
			['reset', 'partial-quote', 'Kelso Holdings']
		]);
	});
	it('gives what follows ", saying" to the subject of the clause it hangs on', () => {
		expect(
			quotes(
				'LONDON (Wire) – The defence asked for a delay, which Judge Ada Morrow refused, saying the trial had waited long enough.\n\nA council official denied that, saying the contract had been put out to tender.'
			)
		).toEqual([
			['asked for a delay', 'paraphrase', 'defence'],
			['the trial had waited long enough', 'paraphrase', 'Ada Morrow'],
			['denied that', 'paraphrase', 'A council official'],
			['the contract had been put out to tender', 'paraphrase', 'A council official']
		]);
	});
	it('resolves a pronoun to a name earlier in its sentence, but not to the one talked about', () => {
		expect(
			quotes(
				'LONDON (Wire) – Analyst Rosa Quint joined the firm in May.\n\nChief executive Nora Blake said costs would ease next year, though she declined to give a figure.\n\nCoach Leo Hart spoke first. Asked about Dan Pike at a news conference, he smiled and said he would not discuss "another team\'s player", before adding: "But I watch every game."'
			)
		).toEqual([
			['costs would ease next year', 'paraphrase', 'Nora Blake'],
			['declined to give a figure', 'declined', 'Nora Blake'],
			['he would not discuss "another team\'s player"', 'paraphrase', 'Leo Hart'],
			["another team's player", 'partial-quote', 'Leo Hart'],
			['But I watch every game', 'direct-quote', 'Leo Hart']
		]);
	});
	it('keeps a quotation a full statement when a described speaker follows it', () => {
		expect(quotes('LONDON (Wire) – A person close to the board, who asked not to be named, spoke to us.\n\n"There is no money left," the person said.')).toEqual([
			['There is no money left', 'direct-quote', 'person close to the board']
		]);
	});
	it('resolves a definite description to the speaker or the named person it describes', () => {
		expect(
			quotes(
				'LONDON (Wire) – A senior nurse at the hospital said staff were exhausted. "We cannot go on like this," the nurse said.\n\nThe returning officer, Ann Kerr, opened the count at midnight. "It will be close," the returning officer said.'
			)
		).toEqual([
			['staff were exhausted', 'paraphrase', 'A senior nurse at the hospital'],
			['We cannot go on like this', 'direct-quote', 'A senior nurse at the hospital'],
			['It will be close', 'direct-quote', 'Ann Kerr']
		]);
	});
	it('finds the speaker in an appositive, after an opening phrase, and between commas before "said"', () => {
		expect(
			quotes(
				'LONDON (Wire) – Two engineers spoke to us. One of them, a senior surveyor, said the wall had cracked. The second engineer, a contractor who has worked on the site, said it had been patched twice.\n\nIn a statement on Friday, the Harwick Bridge Trust said it was "monitoring the structure".\n\nTraffic fell 12%, up from 9% last year, the bridge master, Tom Reyes, said.\n\nIn her first speech, Mayor Ana Ruiz thanked the staff and promised to cut fares.'
			)
		).toEqual([
			['the wall had cracked', 'paraphrase', 'a senior surveyor'],
			['it had been patched twice', 'paraphrase', 'a contractor who has worked on the site'],
			['it was "monitoring the structure"', 'paraphrase', 'Harwick Bridge Trust'],
			['monitoring the structure', 'partial-quote', 'Harwick Bridge Trust'],
			['Traffic fell 12%, up from 9% last year', 'paraphrase', 'Tom Reyes'],
			['promised to cut fares', 'paraphrase', 'Ana Ruiz']
		]);
	});
	it('reads a report before its attribution as the whole sentence, quotation marks and coordinated clauses included', () => {
		expect(
			quotes(
				'LONDON (Wire) – Kelso Foods, the Dunmore-based maker of biscuits, said on Thursday that sales fell 4%.\n\nThe first bid was rejected in May, and a second was turned down in June, according to a person at the club.\n\nWithin an hour of the news, the box office had sold out, a club employee said.\n\nThe plan sets up a "rapid response unit", the official said, but sets no budget for it.'
			)
		).toEqual([
			['sales fell 4%', 'paraphrase', 'Kelso Foods'],
			['The first bid was rejected in May, and a second was turned down in June', 'paraphrase', 'a person at the club'],
			['the box office had sold out', 'paraphrase', 'a club employee'],
			['The plan sets up a "rapid response unit"', 'paraphrase', 'the official'],
			['rapid response unit', 'partial-quote', 'the official'],
			['but sets no budget for it', 'paraphrase', 'the official']
		]);
	});
	it('finds the report after a comma-enclosed aside, in a subordinate clause, and before a listener', () => {
		expect(
			quotes(
				'LONDON (Wire) – The Nurses Guild said last week, before the plan was known, that wards were short of staff.\n\nThe move came after the Harwick Gazette reported on Monday that the trust had sold the land.\n\nThe club had also made an offer, but withdrew it in May, a senior club official told the Harwick Gazette.\n\nVolunteers in Marlow cleared the road on Sunday and said the bridge was safe.'
			)
		).toEqual([
			['wards were short of staff', 'paraphrase', 'Nurses Guild'],
			['the trust had sold the land', 'paraphrase', 'Harwick Gazette'],
			['The club had also made an offer, but withdrew it in May', 'paraphrase', 'a senior club official'],
			['the bridge was safe', 'paraphrase', 'Volunteers in Marlow']
		]);
	});
	it('gives a quotation inside a quotation to the person the outer speaker names', () => {
		expect(
			quotes(
				'LONDON (Wire) – Rosa Lind runs the bakery. "My landlord wrote to me, \'The rent will double in May,\' and that was that," she said.\n\n"My brother built this boat," said Tom Hale. "When he left he told me, \'Keep her out of the rocks.\' I have."'
			)
		).toEqual([
			["My landlord wrote to me, 'The rent will double in May,' and that was that", 'direct-quote', 'Rosa Lind'],
			['The rent will double in May', 'direct-quote', "Rosa Lind's landlord"],
			['My brother built this boat', 'direct-quote', 'Tom Hale'],
			["When he left he told me, 'Keep her out of the rocks.' I have", 'direct-quote', 'Tom Hale'],
			['Keep her out of the rocks', 'direct-quote', "Tom Hale's brother"]
		]);
	});
	it('reads who speaks through a spokesman, a body’s figures and a name given to something', () => {
		expect(
			quotes(
				'LONDON (Wire) – A ministry spokesperson said the money had been spent. A Harwick Albion spokesman said the club was calm.\n\nThe ward treats 900 patients a year, according to the trust\'s own figures.\n\nThe opposition calls it "a paper promise".'
			)
		).toEqual([
			['the money had been spent', 'paraphrase', 'ministry'],
			['the club was calm', 'paraphrase', 'Harwick Albion'],
			['The ward treats 900 patients a year', 'paraphrase', 'trust'],
			['a paper promise', 'partial-quote', 'opposition']
		]);
	});
	it('never takes a programme, a club or a place for a person a pronoun could stand for', () => {
		expect(
			quotes(
				'LONDON (Wire) – Minister Clara Berg said the Green Homes Programme would be funded. Most of the homes would be for rent, she said.\n\nA scout from Porto Alto watched. A senior official at Porto Alto said the club had not bid. "We never came close," he said.'
			)
		).toEqual([
			['the Green Homes Programme would be funded', 'paraphrase', 'Clara Berg'],
			['Most of the homes would be for rent', 'paraphrase', 'Clara Berg'],
			['the club had not bid', 'paraphrase', 'A senior official at Porto Alto'],
			['We never came close', 'direct-quote', 'A senior official at Porto Alto']
		]);
	});
	it('keeps a headline’s speaker out of the body, and reads a name given in a relative clause', () => {
		const layout = layOut('4 Mar 2025, 09:00\n\nTram plan approved\n\nCritics will appeal, the campaign says\n\nLONDON (Wire) – The council approved the plan, which its leader, Joan Peel, called "the biggest investment in a generation".\n\n"We will appeal," said Dan Osei.\n');
		const found = findQuotes(layout).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
		expect(found).toContainEqual(['the biggest investment in a generation', 'Joan Peel']);
		expect(found).toContainEqual(['We will appeal', 'Dan Osei']);
	});
	it('reads a campaign named before its word, an officer described by two clauses, and a minister after a role', () => {
		expect(
			quotes(
				'LONDON (Wire) – The Save the Pier campaign said it would appeal.\n\nA council officer who worked on the plans, and who asked not to be named, said the period was the legal minimum. She said 900 replies had come in.\n\nTransport Secretary Mark Ellery visited. He said the state would pay £3 million, according to a letter seen by the Harwick Post.'
			)
		).toEqual([
			['it would appeal', 'paraphrase', 'Save the Pier campaign'],
			['the period was the legal minimum', 'paraphrase', 'A council officer who worked on the plans'],
			['900 replies had come in', 'paraphrase', 'A council officer who worked on the plans'],
			['the state would pay £3 million', 'paraphrase', 'Mark Ellery']
		]);
	});
	it('leaves a refusal whose subject it cannot read without a speaker rather than guessing the last one', () => {
		expect(quotes('LONDON (Wire) – Eric Vale said the tram would help. The Upper Wend valley rail and bus users forum declined to say when it would meet.')).toEqual([
			['the tram would help', 'paraphrase', 'Eric Vale']
		]);
	});
	it('reads a court story: a headline’s role, the judge’s words to the accused, a barrister named after his client', () => {
		const layout = layOut(
			'3 Oct 2025, 17:10\n\nFormer director jailed\n\nJudge says Kemp "betrayed the town"\n\nMERTON, Oct 3 (Wire) – A former director was jailed on Friday, in what the judge described as "a cold fraud". Ian Kemp had admitted 12 counts of fraud.\n\nJudge Helen Ashby told Kemp he had "betrayed the town". "You knew what you were doing," she said.\n\nKemp\'s barrister, Peter Grant, said his client was ashamed. Kemp\'s sister asked for mercy.\n\nThe Charity Commission said it had opened an inquiry. A spokeswoman for the commission declined to comment further.\n'
		);
		const found = findQuotes(layout).quotes.map((q) => {
			expect(layout.text.slice(q.start, q.end)).toBe(q.text);
			return [q.text, q.form, q.speaker?.name ?? null];
		});
		expect(found).toEqual([
			['Kemp "betrayed the town"', 'paraphrase', 'Helen Ashby'],
			['betrayed the town', 'partial-quote', 'Helen Ashby'],
			['a cold fraud', 'partial-quote', 'Helen Ashby'],
			['admitted 12 counts of fraud', 'paraphrase', 'Ian Kemp'],
			['he had "betrayed the town"', 'paraphrase', 'Helen Ashby'],
			['betrayed the town', 'partial-quote', 'Helen Ashby'],
			['You knew what you were doing', 'direct-quote', 'Helen Ashby'],
			['his client was ashamed', 'paraphrase', 'Peter Grant'],
			['asked for mercy', 'paraphrase', "Kemp's sister"],
			['it had opened an inquiry', 'paraphrase', 'Charity Commission'],
			['declined to comment further', 'declined', 'Charity Commission']
		]);
	});
	it('reads a new document as the body that published it, a group’s member in the singular, and a short report with a quotation', () => {
		expect(
			quotes(
				'LONDON (Wire) – Most trains ran late last year, an audit published on Monday found.\n\nThe report, by the Office of Rail Standards, named 12 lines.\n\nTwo station managers, speaking on condition of anonymity, said staff were leaving. One of them said cover was thin.\n\nThe mayor\'s office said it would meet both sides. Mayor Ana Ruiz wrote on Monday that passengers "deserve better".'
			)
		).toEqual([
			['Most trains ran late last year', 'paraphrase', 'Office of Rail Standards'],
			['staff were leaving', 'paraphrase', 'Two station managers'],
			['cover was thin', 'paraphrase', 'station manager'],
			['it would meet both sides', 'paraphrase', "mayor's office"],
			['passengers "deserve better"', 'paraphrase', 'Ana Ruiz'],
			['deserve better', 'partial-quote', 'Ana Ruiz']
		]);
	});
	it('gives a person’s spokesman’s words to the person, and keeps the verb of a demand', () => {
		expect(
			quotes('LONDON (Wire) – Prime Minister Tomas Keane thanked her. A spokesman for Keane said the contract would be reviewed.\n\nThe opposition demanded a full inquiry into the deal.')
		).toEqual([
			['the contract would be reviewed', 'paraphrase', 'Tomas Keane'],
			['demanded a full inquiry into the deal', 'paraphrase', 'opposition']
		]);
	});
	it('reads a call for something the sentence has already named as a mention only', () => {
		expect(quotes('LONDON (Wire) – Ministers will not set a curfew, which many parents have called for.')).toEqual([
			['many parents have called for', 'mention', 'many parents']
		]);
	});
	it('gives a claim reported inside another report to both: the whole clause to the reporter, the inner claim to its maker', () => {
		expect(quotes('LONDON (Wire) – Councillor Ian Shaw said the trust\'s director, Dr Mary Quinn, had assured him last week that both wards were safe.')).toEqual([
			["the trust's director, Dr Mary Quinn, had assured him last week that both wards were safe", 'paraphrase', 'Ian Shaw'],
			['both wards were safe', 'paraphrase', 'Mary Quinn']
		]);
	});
	it('reads a speaker with an appositive after a quotation, and a company spokeswoman as the company', () => {
		expect(
			quotes('LONDON (Wire) – Dunmore Water was fined.\n\n"This was not bad luck," its chief executive, Martin Cole, said.\n\n"We are sorry," a company spokeswoman said.')
		).toEqual([
			['This was not bad luck', 'direct-quote', 'Martin Cole'],
			['We are sorry', 'direct-quote', 'Dunmore Water']
		]);
	});
	it('takes a one-word name nobody is given a full name for as a body, and "it" as that body, never the agency that filed the story', () => {
		const layout = layOut(story('HARLOW (Coastline News) – Fernwick said on Monday that its new store would open in May. It said rents had risen.\n\nMr Dale said he had not been told.'));
		const found = findQuotes(layout).quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.kind]);
		expect(found).toEqual([
			['its new store would open in May', 'Fernwick', 'named-institution'],
			['rents had risen', 'Fernwick', 'named-institution'],
			['he had not been told', 'Dale', 'named-person']
		]);
	});
	it('reads a name after a possessor as a person’s name: "the Harbour Party\'s Lena Ruiz"', () => {
		expect(quotes('LONDON (Wire) – The vote went to the Harbour Party\'s Lena Ruiz by nine votes.\n\nRuiz said the count had been fair.')).toEqual([
			['the count had been fair', 'paraphrase', 'Lena Ruiz']
		]);
	});
	it('reads every refusal in a sentence, a refusal joined to a report as the reporter’s, and leaves the time of a refusal out', () => {
		expect(
			quotes(
				'LONDON (Wire) – Halden Rail did not say when the fault was found, and declined to comment on the cost of repairs.\n\nA spokeswoman for the Rail Safety Office said Halden had filed its report in March but would not say what it contained.\n\nIts chairman, Owen Pike, declined to comment when approached outside the depot.'
			)
		).toEqual([
			['did not say when the fault was found', 'declined', 'Halden Rail'],
			['declined to comment on the cost of repairs', 'declined', 'Halden Rail'],
			['Halden had filed its report in March', 'paraphrase', 'Rail Safety Office'],
			['would not say what it contained', 'declined', 'Rail Safety Office'],
			['declined to comment', 'declined', 'Owen Pike']
		]);
	});
	it('gives a study’s findings to the body that published it, not to the last body that spoke or the funder', () => {
		expect(
			quotes(
				'LONDON (Wire) – Scientists at the Marlow Institute tracked 900 bus routes. The work was funded by the Transit Research Council.\n\nThe Drivers\' Union said the routes were unsafe. Journeys grew shorter by a tenth, the study found, and the authors said delays had halved.'
			)
		).toEqual([
			['the routes were unsafe', 'paraphrase', "Drivers' Union"],
			['Journeys grew shorter by a tenth', 'paraphrase', 'Marlow Institute'],
			['delays had halved', 'paraphrase', 'Marlow Institute']
		]);
	});
	it('gives a written judgment’s findings to the judge who wrote it', () => {
		expect(quotes('LONDON (Wire) – Judge Rhian Tate gave her ruling on Friday.\n\nThe firm had ignored three warnings, the judgment says.')).toEqual([
			['The firm had ignored three warnings', 'paraphrase', 'Rhian Tate']
		]);
	});
	it('finds the publisher of a report named with the time it came out', () => {
		expect(
			quotes('LONDON (Wire) – Wells were low, according to a report published on Monday by the Dunmere Water Institute. Researchers at the University of Oskar disagreed.\n\nThe report found that two wells had failed.')
		).toEqual([
			['Wells were low', 'paraphrase', 'Dunmere Water Institute'],
			['two wells had failed', 'paraphrase', 'Dunmere Water Institute']
		]);
	});
	it('ends a report at a participle that starts another one, and splits that report at each "that"', () => {
		expect(quotes('LONDON (Wire) – Judge Rhian Tate rejected that defence, finding that the roof had leaked for years and that the firm knew.')).toEqual([
			['rejected that defence', 'paraphrase', 'Rhian Tate'],
			['the roof had leaked for years', 'paraphrase', 'Rhian Tate'],
			['the firm knew', 'paraphrase', 'Rhian Tate']
		]);
	});
	it('carries a pluperfect report on through "and"/"but" with a verb of its own subject, but not the reporter’s second verb', () => {
		expect(
			quotes(
				'LONDON (Wire) – Nina Hale said the landlord had cut the heating and told her to buy a heater.\n\nOmar Kees said the depot had logged 90 faults but fixed only 12.\n\nRuth Dane said the bridge had failed and added that nobody was hurt.'
			)
		).toEqual([
			['the landlord had cut the heating and told her to buy a heater', 'paraphrase', 'Nina Hale'],
			['the depot had logged 90 faults but fixed only 12', 'paraphrase', 'Omar Kees'],
			['the bridge had failed', 'paraphrase', 'Ruth Dane'],
			['nobody was hurt', 'paraphrase', 'Ruth Dane']
		]);
	});
	it('keeps a dash followed by words with no verb in the report, and ends it at a dash before a clause', () => {
		expect(
			quotes('LONDON (Wire) – Lea Moss said the club had signed nine players — all of them under 21.\n\nLea Moss said the pitch was ready — the stands are another matter.')
		).toEqual([
			['the club had signed nine players — all of them under 21', 'paraphrase', 'Lea Moss'],
			['the pitch was ready', 'paraphrase', 'Lea Moss']
		]);
	});
	it('reads "that" before a verb as a subject, and "that" before a noun for what was said as a determiner', () => {
		expect(
			quotes('LONDON (Wire) – Ivo Lamb said few people had voted, and that was a warning. Ivo Lamb said the hall would close, and that staff would move.\n\nEva Roth said that account had changed twice.')
		).toEqual([
			['few people had voted, and that was a warning', 'paraphrase', 'Ivo Lamb'],
			['the hall would close', 'paraphrase', 'Ivo Lamb'],
			['staff would move', 'paraphrase', 'Ivo Lamb'],
			['that account had changed twice', 'paraphrase', 'Eva Roth']
		]);
	});
	it('reads "called X a Y" and "dismissed the claim" as claims, but not "called the police" or "dismissed its manager"', () => {
		expect(
			quotes(
				'LONDON (Wire) – Mayor Ada Finch called the ruling, issued on Monday, a victory for tenants. Police said the owner called the police at midnight.\n\nKelso FC dismissed the claim that it had sold tickets twice, and dismissed its manager.\n\nFinch had asked for a review, and called the delay a scandal.'
			)
		).toEqual([
			['called the ruling, issued on Monday, a victory for tenants', 'paraphrase', 'Ada Finch'],
			['the owner called the police at midnight', 'paraphrase', 'Police'],
			['dismissed the claim that it had sold tickets twice', 'paraphrase', 'Kelso FC'],
			['asked for a review', 'paraphrase', 'Ada Finch'],
			['called the delay a scandal', 'paraphrase', 'Ada Finch']
		]);
	});
	it('ends a refusal where its speaker goes on to speak, and reads a refusal after a time phrase with no comma', () => {
		expect(
			quotes('LONDON (Wire) – The Harbour Board did not dispute the figures but said the cranes had been repaired.\n\nBy Friday evening the Harbour Board had not responded to questions.')
		).toEqual([
			['did not dispute the figures', 'declined', 'Harbour Board'],
			['the cranes had been repaired', 'paraphrase', 'Harbour Board'],
			['had not responded to questions', 'declined', 'Harbour Board']
		]);
	});
	it('reads reports in the passive with their agent, and leaves a passive with no speaking agent alone', () => {
		expect(
			quotes(
				'LONDON (Wire) – Parents were told by the Elmford Schools Trust that classes would resume on Monday.\n\nThe trust, which has been criticised by parents for its silence, will meet today. The leak was first reported on Sunday by the Elmford Gazette.\n\nTeachers said they had been told by the trust in May that no jobs would go. The roof was hit by a falling crane.'
			)
		).toEqual([
			['classes would resume on Monday', 'paraphrase', 'Elmford Schools Trust'],
			['has been criticised by parents for its silence', 'mention', 'parents'],
			['The leak was first reported on Sunday by the Elmford Gazette', 'mention', 'Elmford Gazette'],
			['they had been told by the trust in May that no jobs would go', 'paraphrase', 'Teachers'],
			['no jobs would go', 'paraphrase', 'Elmford Schools Trust']
		]);
	});
	it('reads a headline’s body by its description and a headline’s finding without "that", but not a headline’s "recalls"', () => {
		const layout = layOut('4 Mar 2025, 09:00\n\nRiver to burst its banks by Friday, flood agency warns\n\nTribunal finds port ignored safety rules; Ostrava Ferries recalls 40 boats\n\nLONDON (Wire) – The National Flood Agency issued its warning at noon. The Port Tribunal sat for a week.\n');
		expect(findQuotes(layout).quotes.map((q) => [q.text, q.form, q.speaker?.name])).toEqual([
			['River to burst its banks by Friday', 'paraphrase', 'National Flood Agency'],
			['port ignored safety rules', 'paraphrase', 'Port Tribunal']
		]);
	});
	it('reads "the service" as the service that spoke before, a bare plural in a relative clause, and "estimated it would"', () => {
		expect(
			quotes(
				'LONDON (Wire) – Roads were closed, according to the regional fire service. About 200 crews were at work, the service said.\n\nThe appeal could take months, which lawyers said could cost millions.\n\nThe bypass plan, drawn up by Calder Borough Council, estimated it would cut journeys by a third.'
			)
		).toEqual([
			['Roads were closed', 'paraphrase', 'regional fire service'],
			['About 200 crews were at work', 'paraphrase', 'regional fire service'],
			['could cost millions', 'paraphrase', 'lawyers'],
			['it would cut journeys by a third', 'paraphrase', 'Calder Borough Council']
		]);
	});
	it('gives "its" in "C, its accounts show" and "C, its spokeswoman said" to the body the clause is about; "puts X at" is an estimate', () => {
		expect(
			quotes(
				'LONDON (Wire) – The Harbour Ministry spoke first. The Arlen Rowing Club spent £40,000 on boats, its annual accounts show.\n\nThe Coast Guard puts the cost of the rescue at about £2m. Guards put the boats in a shed.'
			)
		).toEqual([
			['The Arlen Rowing Club spent £40,000 on boats', 'paraphrase', 'Arlen Rowing Club'],
			['puts the cost of the rescue at about £2m', 'paraphrase', 'Coast Guard']
		]);
	});
	it('reads an attribution set inside a clause after its conjunction as reporting what follows', () => {
		expect(quotes('LONDON (Wire) – The council closed the pool, where, inspectors found, the roof had been leaking for a year.')).toEqual([
			['the roof had been leaking for a year', 'paraphrase', 'inspectors']
		]);
	});
	it('keeps a relative clause’s own "and" inside the report, and gives a claim told inside a report to its teller', () => {
		expect(
			quotes('LONDON (Wire) – Ida Berg said she got a letter that named her son and asked her to pay.\n\nIda Berg said wardens had stopped her car and told her she owed £90.')
		).toEqual([
			['she got a letter that named her son and asked her to pay', 'paraphrase', 'Ida Berg'],
			['wardens had stopped her car and told her she owed £90', 'paraphrase', 'Ida Berg'],
			['she owed £90', 'paraphrase', 'wardens']
		]);
	});
	it('reads "C, X announced shortly after …", and a report with "according to" whose clause tells of telling', () => {
		expect(
			quotes('LONDON (Wire) – The count was over, the returning officer announced shortly after midnight.\n\nThe firm knew of the leak weeks before it told anyone, according to two engineers.')
		).toEqual([
			['The count was over', 'paraphrase', 'the returning officer'],
			['The firm knew of the leak weeks before it told anyone', 'paraphrase', 'two engineers']
		]);
	});
	it('finds a report’s publisher named by description or by a lower-case "the board", and never takes a document for "the company"', () => {
		expect(quotes('LONDON (Wire) – Cracks were found in a 2022 survey by the engineering firm Holt & Vane. The report found that two piers had moved.')).toEqual([
			['two piers had moved', 'paraphrase', 'Holt & Vane']
		]);
		expect(
			quotes('LONDON (Wire) – The Fenn Safety Board met Halden Motors. Halden had sold 900 cars, according to a report published on Monday by the board. The recall cost £4m, the company said.')
		).toEqual([
			['Halden had sold 900 cars', 'paraphrase', 'Fenn Safety Board'],
			['The recall cost £4m', 'paraphrase', 'Halden Motors']
		]);
	});
	it('reads "C, X told the court", a share of a group as the group, and ends a report before "compared with"', () => {
		expect(
			quotes(
				'LONDON (Wire) – The lift had failed twice, residents told the court.\n\nNearly half of drivers on the route said they felt rushed, compared with a third elsewhere.'
			)
		).toEqual([
			['The lift had failed twice', 'paraphrase', 'residents'],
			['they felt rushed', 'paraphrase', 'drivers on the route']
		]);
	});
	it('gives a plan’s estimate to the body that drew it up, introduced as "a … commission"', () => {
		expect(quotes('LONDON (Wire) – The harbour plan, drawn up by a joint transport commission in May, estimated it would cost £8m.')).toEqual([
			['it would cost £8m', 'paraphrase', 'joint transport commission']
		]);
	});
	it('keeps letters with accents in names, and takes the name after a description that follows "said"', () => {
		expect(
			quotes('LONDON (Wire) – Judge Ana Kovač heard the case. The flats were damp, the judge found.\n\n"Nobody listened," said its chair, Sergeant Søren Lund. "Nobody came."')
		).toEqual([
			['The flats were damp', 'paraphrase', 'Ana Kovač'],
			['Nobody listened', 'direct-quote', 'Søren Lund'],
			['Nobody came', 'direct-quote', 'Søren Lund']
		]);
	});
	it('reads "disclosed the breach" as no report, and a report in two clauses joined by a semicolon as one', () => {
		expect(
			quotes('LONDON (Wire) – Norvik Bank disclosed the breach on Monday.\n\nAbout 300 guests slept in the school; the rest went home, the town council said.')
		).toEqual([['About 300 guests slept in the school; the rest went home', 'paraphrase', 'town council']]);
	});
	it('gives a quote inside a quote to the person the speaker names by role ("The nurse told me"), not to a thing ("The sign said")', () => {
		expect(
			quotes('LONDON (Wire) – "The nurse told me, \'You will be home by Friday,\'" said Omar Reyes.\n\n"The sign said, \'Closed until further notice,\'" said Omar Reyes.')
		).toEqual([
			["The nurse told me, 'You will be home by Friday,'", 'direct-quote', 'Omar Reyes'],
			['You will be home by Friday', 'direct-quote', "Omar Reyes's nurse"],
			["The sign said, 'Closed until further notice,'", 'direct-quote', 'Omar Reyes'],
			['Closed until further notice', 'direct-quote', null]
		]);
	});

});

describe('speakers: listeners, places and reported speech inside reported speech', () => {
	it('leaves the newspaper told out of the report: the company speaks, and so does its later "it"', () => {
		expect(quotes('LONDON (Wire) – Harbour Freight told the Evening Post it would cut 40 jobs. It said the decision was "painful but necessary".')).toEqual([
			['it would cut 40 jobs', 'paraphrase', 'Harbour Freight'],
			['the decision was "painful but necessary"', 'paraphrase', 'Harbour Freight'],
			['painful but necessary', 'partial-quote', 'Harbour Freight']
		]);
		expect(quotes('LONDON (Wire) – A spokesperson for Harbour Freight told the paper the company had not broken any rules.')).toEqual([
			['the company had not broken any rules', 'paraphrase', 'Harbour Freight']
		]);
	});
	it('near-miss: a person told keeps "told X" as the listener, and "told the court" is no newspaper', () => {
		expect(quotes('LONDON (Wire) – Dana Whitlock told the court the road was unsafe.')).toEqual([['the road was unsafe', 'paraphrase', 'Dana Whitlock']]);
	});
	it('never takes a place ("Kelso Town", "Denby Gate") or a sentence-opening word ("New …") for the person "she" stands for', () => {
		for (const between of ['Police closed Kelso Town to traffic.', 'Traffic queued past Denby Gate for hours.', 'New Harlow figures showed complaints had doubled.']) {
			expect(quotes(`LONDON (Wire) – Dana Whitlock chairs the residents' group.\n\n${between} She said the council had ignored them.`)).toEqual([
				['the council had ignored them', 'paraphrase', 'Dana Whitlock']
			]);
		}
	});
	it('near-miss: a person whose name starts like an ordinary word is still a person', () => {
		expect(quotes('LONDON (Wire) – Will Parker chairs the group.\n\nThe hall was full. He said the council had ignored them.')).toEqual([
			['the council had ignored them', 'paraphrase', 'Will Parker']
		]);
	});
	it('reads a company a person runs as a body, so "she" goes back past it to the person', () => {
		expect(quotes('LONDON (Wire) – Nora Quist runs Tarnside Power.\n\n"We have crews out in every district."\n\nShe said the rest would be back by Sunday.')).toEqual([
			['We have crews out in every district', 'direct-quote', 'Nora Quist'],
			['the rest would be back by Sunday', 'paraphrase', 'Nora Quist']
		]);
		expect(quotes('LONDON (Wire) – Nora Quist spoke first.\n\nTarnside Power said it had restored 9,000 homes. She said the rest would be back by Sunday.')).toEqual([
			['it had restored 9,000 homes', 'paraphrase', 'Tarnside Power'],
			['the rest would be back by Sunday', 'paraphrase', 'Nora Quist']
		]);
	});
	it('gives a partial quote inside a claim someone is said to have made to that someone', () => {
		expect(quotes('LONDON (Wire) – The coach, Erik Lund, said the captain, Mats Holm, had told him the squad was "shocked and angry" about the decision.')).toEqual([
			['the captain, Mats Holm, had told him the squad was "shocked and angry" about the decision', 'paraphrase', 'Erik Lund'],
			['the squad was "shocked and angry" about the decision', 'paraphrase', 'Mats Holm'],
			['shocked and angry', 'partial-quote', 'Mats Holm']
		]);
		// Near-miss: with no inner teller the words stay the reporter's.
		expect(quotes('LONDON (Wire) – Erik Lund said the squad was "shocked and angry" about the decision.')).toEqual([
			['the squad was "shocked and angry" about the decision', 'paraphrase', 'Erik Lund'],
			['shocked and angry', 'partial-quote', 'Erik Lund']
		]);
	});
	it('gives a quotation standing alone in its paragraph to the speaker who opens the next one, and to nobody when nobody does', () => {
		expect(quotes('LONDON (Wire) – Tarnside Power restored most homes on Friday.\n\n"We have crews out in every district."\n\nIts chief executive, Nora Quist, said the rest would be back by Sunday.')).toEqual([
			['We have crews out in every district', 'direct-quote', 'Nora Quist'],
			['the rest would be back by Sunday', 'paraphrase', 'Nora Quist']
		]);
		expect(quotes('LONDON (Wire) – The hall was full.\n\n"This cannot go on."\n\nThe meeting ended at 10pm.')).toEqual([['This cannot go on', 'direct-quote', null]]);
	});

	it('gives a fragment in a sentence whose subject is a named body to that body, not to the last body that spoke', () => {
		for (const sentence of ['Tarnside Power aims to reconnect the rest "within 48 hours".', 'Tarnside Power, which supplies the valley, hopes to reconnect the rest "within 48 hours".']) {
			expect(quotes(`LONDON (Wire) – The national weather service said the storm would pass by Sunday.\n\n${sentence}`)).toEqual([
				['the storm would pass by Sunday', 'paraphrase', 'national weather service'],
				['within 48 hours', 'partial-quote', 'Tarnside Power']
			]);
		}
		// Near-miss: a sentence opening with a common noun ("About 3,000 homes", "Night-time burglaries") names no source.
		expect(quotes('LONDON (Wire) – The national weather service said the storm would pass by Sunday.\n\nNight-time repairs will go on "through the night".')).toEqual([
			['the storm would pass by Sunday', 'paraphrase', 'national weather service'],
			['through the night', 'partial-quote', 'national weather service']
		]);
	});
});

describe('pronouns carry on the subject, not a person talked about', () => {
	it('gives "she said" after a report about another woman to the woman who reported', () => {
		expect(
			quotes('LONDON (Wire) – Mayor Ines Roos chaired the meeting.\n\nCouncillor Ada Brink said the vote was eight to three, and that Roos had refused to listen.\n\n"It was a disgrace," she said.')
		).toEqual([
			['the vote was eight to three', 'paraphrase', 'Ada Brink'],
			['Roos had refused to listen', 'paraphrase', 'Ada Brink'],
			['It was a disgrace', 'direct-quote', 'Ada Brink']
		]);
		expect(quotes('LONDON (Wire) – Councillor Ada Brink praised the work of Mayor Ines Roos. She said the vote was a disgrace.')).toEqual([
			['the vote was a disgrace', 'paraphrase', 'Ada Brink']
		]);
	});
	it('near-miss: with no person as subject, the person in the object is the one meant', () => {
		expect(quotes('LONDON (Wire) – Police questioned Dana Whitlock on Friday. She said she had been at home.')).toEqual([
			['she had been at home', 'paraphrase', 'Dana Whitlock']
		]);
	});
});

describe('a spokesperson with no body named', () => {
	it('speaks for the body the sentence before opens with, not the last body that spoke', () => {
		expect(quotes('LEEDS (Wire) – The river peaked on Saturday, the Met Office said.\n\nNorthline Water restored supply to most streets by Sunday. A spokeswoman said the rest would follow within a day.')).toEqual([
			['The river peaked on Saturday', 'paraphrase', 'Met Office'],
			['the rest would follow within a day', 'paraphrase', 'Northline Water']
		]);
	});
	it('near-miss: a body opening the paragraph before does not speak through it', () => {
		expect(quotes('LEEDS (Wire) – Northline Water restored supply to most streets by Sunday, the Met Office said.\n\nA spokeswoman said the rest would follow within a day.')).toEqual([
			['Northline Water restored supply to most streets by Sunday', 'paraphrase', 'Met Office'],
			['the rest would follow within a day', 'paraphrase', 'Met Office']
		]);
	});
});

describe('a headline’s description of a source the body names', () => {
	const titled = (standfirst: string, body: string) => {
		const layout = layOut(`4 Mar 2025, 09:00\n\nSkyhaven results\n\n${standfirst}\n\n${body}\n`);
		return findQuotes(layout).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
	};
	it('gives a standfirst’s "carrier’s chief", "Airline chief" or "Airline" the body’s speaker of the same claim', () => {
		for (const who of ["The carrier's chief executive says", 'Airline chief says', "Carrier's boss says"]) {
			expect(titled(`${who} fares will rise`, 'LONDON (Wire) – Skyhaven Airways made a profit. Its chief executive, Lena Marsh, said fares would rise in the autumn.')).toEqual([
				['fares will rise', 'Lena Marsh'],
				['fares would rise in the autumn', 'Lena Marsh']
			]);
		}
		expect(titled('Airline warns fares will rise', 'LONDON (Wire) – Skyhaven Airways said on Monday that fares would rise in the autumn.')).toEqual([
			['fares will rise', 'Skyhaven Airways'],
			['fares would rise in the autumn', 'Skyhaven Airways']
		]);
	});
	it('reads a capitalised ordinary word opening a standfirst ("New club captain says") as part of a description, not a name', () => {
		expect(titled('New club captain says she will fight for every player', 'LEEDS (Wire) – Rovers named Jana Holt as captain. Holt said she would fight for every player in the squad.')).toEqual([
			['she will fight for every player', 'Jana Holt'],
			['she would fight for every player in the squad', 'Jana Holt']
		]);
	});
	it('gives a standfirst’s business described by its trade ("The budget carrier says") the body’s speaker of the same claim', () => {
		expect(titled('The budget carrier says it cut winter fares "to the bone"', 'LONDON (Wire) – Skyhaven Airways said it had cut winter fares "to the bone" this year.')).toEqual([
			['it cut winter fares "to the bone"', 'Skyhaven Airways'],
			['to the bone', 'Skyhaven Airways'],
			['it had cut winter fares "to the bone" this year', 'Skyhaven Airways'],
			['to the bone', 'Skyhaven Airways']
		]);
		expect(titled('The budget carrier says it cut fares', 'LONDON (Wire) – Skyhaven Airways said profits had fallen.')).toEqual([
			['it cut fares', 'budget carrier'],
			['profits had fallen', 'Skyhaven Airways']
		]);
	});
	it('near-misses: a different claim, or a group ("critics say"), keeps the headline’s words', () => {
		expect(titled("Carrier's boss says fares will rise", 'LONDON (Wire) – Its chief executive, Lena Marsh, said profits had fallen by a third.')).toEqual([
			['fares will rise', "Carrier's boss"],
			['profits had fallen by a third', 'Lena Marsh']
		]);
		expect(titled('Critics say fares will rise', 'LONDON (Wire) – Lena Marsh, a travel writer, said fares would rise in the autumn.')).toEqual([
			['fares will rise', 'Critics'],
			['fares would rise in the autumn', 'Lena Marsh']
		]);
	});
});

describe('reports told by their object, and where a report ends', () => {
	it('reads a call on someone to act, a questioning of a thing, a blame, a request and a forecast, each with its verb', () => {
		expect(
			quotes(
				"LONDON (Wire) – The players' union called on the federation to publish the full report.\n\nDr Lena Marsh questioned the methods used by the inspectors.\n\nParents blame cars idling at the gates for the fumes.\n\nResidents have asked the council to add a crossing outside the school.\n\nSkyhaven Airways had forecast a small profit for the year."
			)
		).toEqual([
			['called on the federation to publish the full report', 'paraphrase', "players' union"],
			['questioned the methods used by the inspectors', 'paraphrase', 'Lena Marsh'],
			['blame cars idling at the gates for the fumes', 'paraphrase', 'Parents'],
			['asked the council to add a crossing outside the school', 'paraphrase', 'Residents'],
			['forecast a small profit for the year', 'paraphrase', 'Skyhaven Airways']
		]);
	});
	it('near-misses: "called on Monday", "questioned a night guard", "asked Voss to appear", "asked not to be named", "the blame"', () => {
		expect(
			quotes(
				'LONDON (Wire) – The union called on Monday for a strike.\n\nPolice questioned a night guard on Wednesday.\n\nThe committee has asked Voss to appear before it in June.\n\nThe official asked not to be named.\n\nThe blame for the delay fell on the contractor.'
			)
		).toEqual([]);
	});
	it('leaves the time of a denial out of it, but keeps a time inside an expectation', () => {
		expect(quotes('LONDON (Wire) – The ministry denied the report on Friday.\n\nForecasters expect the worst conditions on Saturday.')).toEqual([
			['denied the report', 'paraphrase', 'ministry'],
			['expect the worst conditions on Saturday', 'paraphrase', 'Forecasters']
		]);
	});
	it('ends a report before ", and she called on …" and before the reporter’s ", as …" clause', () => {
		expect(quotes('LONDON (Wire) – Dr Lena Marsh said the air was poor, and she called on the council to close the road at school times.')).toEqual([
			['the air was poor', 'paraphrase', 'Lena Marsh'],
			['called on the council to close the road at school times', 'paraphrase', 'Lena Marsh']
		]);
		expect(quotes('LONDON (Wire) – Tarnside Power said supply would return "within 48 hours", as residents began clearing debris.')).toEqual([
			['supply would return "within 48 hours"', 'paraphrase', 'Tarnside Power'],
			['within 48 hours', 'partial-quote', 'Tarnside Power']
		]);
		// Near-miss: ", and they found …" with no verb of saying is part of the claim.
		expect(quotes('LONDON (Wire) – The fire chief, Ann Kerr, said crews searched all night, and they found two bodies in the basement.')).toEqual([
			['crews searched all night, and they found two bodies in the basement', 'paraphrase', 'Ann Kerr']
		]);
		// Near-miss: "as expected" and "as well as" belong to the report.
		expect(quotes('LONDON (Wire) – Tarnside Power said supply would return by Sunday, as expected by the regulator.')).toEqual([
			['supply would return by Sunday, as expected by the regulator', 'paraphrase', 'Tarnside Power']
		]);
	});
	it('reads each clause of a standfirst joined by a semicolon on its own, with its own source', () => {
		const layout = layOut(
			'4 Mar 2025, 09:00\n\nKelso Courier up for sale\n\nBoard is sounding out buyers for the paper; staff fear cuts, union says\n\nKELSO (Wire) – The board of the Kelso Courier has approached two buyers.\n'
		);
		expect(findQuotes(layout).quotes.map((q) => [q.text, q.form, q.speaker?.name ?? null])).toEqual([['staff fear cuts', 'paraphrase', 'union']]);
		const rail = layOut(
			'4 Mar 2025, 09:00\n\nTimetable put back\n\nRail operator says new drivers will not be ready; passenger group calls delay "a shambles"\n\nLONDON (Wire) – Ravenline said the drivers would not be ready.\n'
		);
		expect(findQuotes(rail).quotes.map((q) => [q.text, q.form, q.speaker?.name ?? null])).toEqual([
			['new drivers will not be ready', 'paraphrase', 'Ravenline'],
			['a shambles', 'partial-quote', 'passenger group'],
			['the drivers would not be ready', 'paraphrase', 'Ravenline']
		]);
	});
});

describe('bodies that read like names, documents that show, and a headline’s frame', () => {
	it('reads a two-word name the story repeats in full and never shortens as a body, and gives a quotation paragraph after it to the body’s person who opens the next', () => {
		expect(
			quotes(
				'LONDON (Wire) – Tarnside Power told the Evening Post it had restored supply to 31,000 homes. Tarnside Power said the rest would be reconnected by Sunday.\n\n"We have crews out in every district."\n\nIts chief executive, Nora Quist, said the company was bringing in 40 engineers.'
			)
		).toEqual([
			['it had restored supply to 31,000 homes', 'paraphrase', 'Tarnside Power'],
			['the rest would be reconnected by Sunday', 'paraphrase', 'Tarnside Power'],
			['We have crews out in every district', 'direct-quote', 'Nora Quist'],
			['the company was bringing in 40 engineers', 'paraphrase', 'Nora Quist']
		]);
	});
	it('near-miss: a person named in full twice and once by surname stays a person, and keeps a quotation paragraph after a person', () => {
		expect(
			quotes('LONDON (Wire) – Nora Quist spoke on Friday. Nora Quist said the rest would be back by Sunday.\n\n"We will not stop."\n\nIts chairman, Tom Reyes, said the board would meet. Quist left.')
		).toEqual([
			['the rest would be back by Sunday', 'paraphrase', 'Nora Quist'],
			['We will not stop', 'direct-quote', 'Nora Quist'],
			['the board would meet', 'paraphrase', 'Tom Reyes']
		]);
	});
	it('near-miss: a person repeated in full with "she" after the name stays a person for a later "she"', () => {
		expect(quotes('LONDON (Wire) – Dana Whitlock chairs the group. Dana Whitlock said she would stand again.\n\n"We were never asked."\n\nShe said the council had ignored them.')).toEqual([
			['she would stand again', 'paraphrase', 'Dana Whitlock'],
			['We were never asked', 'direct-quote', 'Dana Whitlock'],
			['the council had ignored them', 'paraphrase', 'Dana Whitlock']
		]);
	});
	it('reads figures from a body that "show" a clause without "that" as the body’s report, but not figures that show a thing', () => {
		expect(quotes('LONDON (Wire) – New Kelso figures from the regulator show complaints doubled in a week.\n\nThe figures show a rise.')).toEqual([
			['complaints doubled in a week', 'paraphrase', 'regulator']
		]);
	});
	it('leaves the event a headline’s promise follows ("… after storm") out of the promise', () => {
		const layout = layOut('4 Mar 2025, 09:00\n\nTarnside Power promises homes back by Sunday after storm\n\nA standfirst that says little\n\nLONDON (Wire) – The storm passed.\n');
		expect(findQuotes(layout).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['promises homes back by Sunday', 'Tarnside Power']]);
	});
});

describe('claims inside other reports', () => {
	it('gives "claims by X that C" to X, and a participle after it to the sentence’s subject', () => {
		expect(
			quotes('LONDON (Wire) – Nora Quist spoke first. Quist rejected claims by Save the Tarn, the campaign group, that pylons had been left unrepaired for years, saying most had been replaced. She would not say when.')
		).toEqual([
			['rejected claims by Save the Tarn, the campaign group, that pylons had been left unrepaired for years', 'paraphrase', 'Nora Quist'],
			['pylons had been left unrepaired for years', 'paraphrase', 'Save the Tarn'],
			['most had been replaced', 'paraphrase', 'Nora Quist'],
			['would not say when', 'declined', 'Nora Quist']
		]);
	});
	it('gives words someone is said to have given a thing, inside another’s report, to them', () => {
		expect(quotes('LONDON (Wire) – One parent said the letter came a week after a meeting at which teachers had described the school as "on the mend".')).toEqual([
			['the letter came a week after a meeting at which teachers had described the school as "on the mend"', 'paraphrase', 'One parent'],
			['on the mend', 'partial-quote', 'teachers']
		]);
		// Near-miss: the reporter's own description stays the reporter's.
		expect(quotes('LONDON (Wire) – One parent said the school was "on the mend".')).toEqual([
			['the school was "on the mend"', 'paraphrase', 'One parent'],
			['on the mend', 'partial-quote', 'One parent']
		]);
	});
});

describe('museums, accounts and possessives', () => {
	it('reads a museum as a body that speaks in an "as"-clause of its own, after the reporter’s report ends', () => {
		expect(quotes('LONDON (Wire) – Police questioned a guard on Friday, two people close to the inquiry said, as the museum admitted that a sensor had been off.')).toEqual([
			['Police questioned a guard on Friday', 'paraphrase', 'two people close to the inquiry'],
			['a sensor had been off', 'paraphrase', 'museum']
		]);
	});
	it('reads a body reporting its revenue, profit or loss as its report, but not one reporting a crime', () => {
		expect(quotes('LONDON (Wire) – Paylark, founded in 2018, reported revenue of €310 million last year.\n\nThe bank reported a pre-tax loss.\n\nResidents reported the fire.')).toEqual([
			['reported revenue of €310 million last year', 'paraphrase', 'Paylark'],
			['reported a pre-tax loss', 'paraphrase', 'bank']
		]);
	});
	it('keeps "her" in a report after "said" ("said her client had …"), but not after "told"', () => {
		expect(quotes('LONDON (Wire) – His lawyer, Ana Duarte, said her client had warned the board.\n\nAna Duarte told her the board had been warned.')).toEqual([
			['her client had warned the board', 'paraphrase', 'Ana Duarte'],
			['the board had been warned', 'paraphrase', 'Ana Duarte']
		]);
	});
});

