/**
 * The drafter's word lists: data, kept apart from the rules that read them, so a teacher or a linguist
 * can extend them without touching logic. Every entry is lower case.
 */

/** Verbs that report speech or writing, as the story prints them (past tense and present). */
export const REPORTING_VERBS = [
	'said', 'says', 'told', 'tells', 'added', 'adds', 'claimed', 'claims', 'stated', 'states', 'explained', 'explains',
	'announced', 'announces', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns',
	'confirmed', 'confirms', 'denied', 'denies', 'admitted', 'admits', 'acknowledged', 'acknowledges',
	'asserted', 'asserts', 'declared', 'declares', 'maintained', 'maintains', 'replied', 'replies',
	'responded', 'responds', 'wrote', 'writes', 'reported', 'reports', 'suggested', 'suggests',
	'estimated', 'estimates', 'predicted', 'predicts', 'promised', 'promises', 'pledged', 'pledges',
	'recalled', 'recalls', 'revealed', 'reveals', 'disclosed', 'discloses', 'alleged', 'alleges',
	'complained', 'complains', 'conceded', 'concedes', 'contended', 'contends', 'countered', 'counters',
	'observed', 'observes', 'remarked', 'remarks', 'stressed', 'stresses', 'emphasised', 'emphasized',
	'emphasises', 'emphasizes', 'urged', 'urges', 'cautioned', 'cautions', 'testified', 'testifies',
	'asked', 'asks', 'answered', 'answers', 'agreed', 'agrees', 'believed', 'believes', 'thinks', 'thought',
	'shouted', 'whispered', 'tweeted', 'posted', 'conceded', 'mentioned', 'mentions', 'indicated', 'indicates',
	'signalled', 'signaled', 'hinted', 'hints', 'vowed', 'vows', 'boasted', 'boasts', 'objected', 'protested',
	'charged', 'blamed', 'ruled', 'rules', 'found', 'concluded', 'concludes', 'showed', 'shows', 'projected',
	'forecast', 'forecasts', 'assured', 'assures', 'reassured', 'acknowledged', 'accused', 'accuses', 'demanded', 'demands', 'reiterated',
	'reiterates', 'continued', 'say', 'tell', 'add', 'claim', 'warn', 'report', 'find', 'finds', 'argue', 'insist', 'deny',
	'admit', 'suggest', 'believe', 'confirm', 'estimate', 'show', 'went on', 'pointed out', 'points out', 'made clear', 'makes clear'
] as const;

/** Phrases that attribute without a verb of saying, or report that a source said nothing. */
export const REPORTING_PHRASES = [
	'according to', 'in the words of', 'in a statement', 'in an interview', 'in a letter', 'in a post',
	'in a report', 'in a filing', 'in a press release', 'at a press conference', 'at a news conference',
	'speaking to', 'speaking on condition of anonymity', 'who asked not to be named', 'who declined to be named',
	'who spoke on condition of anonymity', 'declined to comment', 'refused to comment', 'refrained from commenting',
	'did not respond to', 'did not return', 'could not be reached', 'would not comment', 'no comment'
] as const;

/** Words that say a source kept silent: the "declined" form. */
export const DECLINED_PHRASES = [
	'declined to comment', 'refused to comment', 'refrained from commenting', 'did not respond to',
	'did not return', 'could not be reached', 'would not comment', 'declined to say', 'declined to give',
	'declined to discuss', 'declined to elaborate', 'declined to confirm', 'did not reply', 'had no comment',
	'did not immediately respond', 'declined requests for comment', 'declined to be interviewed', 'did not deny',
	'has not yet commented', 'have not yet commented', 'has not commented', 'have not commented', 'did not comment',
	'has not responded', 'has not yet responded', 'have not responded', 'would not say', 'would not be drawn',
	'did not say', 'refused to say', 'would not confirm', 'did not confirm', 'declined to name', 'would not disclose',
	'did not disclose', 'declined to disclose', 'did not reply to', 'did not answer', 'would not discuss',
	'had not responded', 'had not replied', 'had not commented', 'did not dispute', 'did not challenge', 'did not contest'
] as const;

/** The reporter's own words that keep a claim at arm's length. */
export const DISTANCING_WORDS = [
	'claimed', 'claims', 'claim', 'alleged', 'allegedly', 'so-called', 'purportedly', 'purported', 'supposedly',
	'reportedly', 'apparently', 'insisted', 'maintained', 'asserted', 'contended', 'would-be', 'self-styled',
	'what he called', 'what she called', 'what they called', 'what it called'
] as const;

/** Words that open an anonymous source's description. */
export const ANONYMOUS_HEADS = [
	'official', 'officials', 'source', 'sources', 'person', 'people', 'diplomat', 'diplomats', 'aide', 'aides',
	'insider', 'insiders', 'executive', 'executives', 'employee', 'employees', 'spokesperson', 'spokesman',
	'spokeswoman', 'witness', 'witnesses', 'resident', 'residents', 'officer', 'officers', 'member', 'members',
	'analyst', 'analysts', 'lawyer', 'adviser', 'advisers', 'advisor', 'staffer', 'staffers', 'investigator',
	'investigators', 'economist', 'economists', 'engineer', 'engineers', 'colleague', 'colleagues', 'doctor',
	'doctors', 'nurse', 'nurses', 'teacher', 'teachers', 'worker', 'workers', 'manager', 'managers', 'director',
	'clinician', 'clinicians', 'midwife', 'midwives', 'surgeon', 'physician', 'pilot', 'driver', 'farmer', 'student',
	'pupil', 'parent', 'parents', 'neighbour', 'neighbor', 'shopkeeper', 'volunteer', 'passenger', 'patient', 'patients'
] as const;

/** Heads of institutional names: "the Ministry", "the Council", "Acme Corp". */
export const INSTITUTION_WORDS = [
	'ministry', 'department', 'office', 'council', 'committee', 'commission', 'court', 'government', 'agency',
	'police', 'service', 'board', 'bank', 'company', 'corp', 'corporation', 'inc', 'ltd', 'group', 'union',
	'association', 'federation', 'institute', 'university', 'hospital', 'party', 'parliament', 'senate',
	'congress', 'embassy', 'mission', 'authority', 'authorities', 'club', 'league', 'foundation', 'trust',
	'society', 'organisation', 'organization', 'administration', 'cabinet', 'army', 'navy', 'force', 'forces',
	'prosecutors', 'prosecutor\'s office', 'secretariat', 'school', 'college', 'network', 'bureau', 'nato',
	'un', 'eu', 'who', 'imf', 'press office', 'spokesperson\'s office', 'fire service', 'coast guard',
	'brigade', 'tribunal', 'regulator', 'watchdog', 'airline', 'firm', 'plc', 'llc', 'fc', 'team', 'lab',
	'laboratory', 'centre', 'center', 'network', 'station', 'council\'s', 'city', 'state', 'county',
	'ferries', 'foods', 'water', 'airlines', 'airways', 'motors', 'industries', 'holdings', 'partners', 'associates', 'systems',
	'services', 'news', 'media', 'press', 'rail', 'railways', 'transport', 'energy', 'utilities', 'pharmaceuticals',
	'technologies', 'securities', 'capital', 'consulting', 'research', 'voices', 'alliance', 'coalition',
	'campaign', 'movement', 'network', 'observatory', 'inspectorate', 'ombudsman', 'survey', 'institute\'s', 'bank\'s', 'co-operative', 'cooperative', 'charity', 'hospitals', 'trust\'s', 'office\'s',
	'museum', 'gallery', 'library', 'theatre', 'theater', 'orchestra'
] as const;

/** Words in a capitalised name that make it something other than a person: "Brownfield Homes Programme", "Ashford Rovers". */
export const NOT_PERSON_HEADS = [
	'programme', 'program', 'scheme', 'plan', 'project', 'fund', 'strategy', 'policy', 'initiative', 'review',
	'inquiry', 'agreement', 'deal', 'treaty', 'award', 'prize', 'festival', 'games', 'cup', 'championship',
	'route', 'rovers', 'united', 'athletic', 'wanderers', 'albion', 'hotspur', 'homes', 'house', 'hall', 'centre',
	'center', 'tower', 'market', 'school', 'academy', 'hospital', 'prison', 'port', 'harbour', 'harbor', 'echo',
	'gazette', 'herald', 'courier', 'chronicle', 'journal', 'tribune', 'telegraph', 'times', 'newspaper'
] as const;

/**
 * Last words of a capitalised name that make it a place ("Kelso Town", "Corran Bridge", "Denby Gate"),
 * never a person a pronoun could stand for. Words that are also common surnames (wood, green, marsh,
 * cross) are left out.
 */
export const PLACE_WORDS = [
	'lane', 'street', 'road', 'avenue', 'square', 'valley', 'river', 'park', 'bridge', 'hill', 'way', 'close',
	'crescent', 'drive', 'place', 'district', 'districts', 'county', 'province', 'region', 'island', 'islands',
	'sea', 'ocean', 'mountains', 'airport', 'station', 'stadium', 'north', 'south', 'east', 'west', 'cup',
	'league', 'act', 'bill', 'day', 'week', 'town', 'village', 'gate', 'gates', 'quay', 'wharf', 'pier', 'docks',
	'dock', 'common', 'estate', 'terrace', 'gardens', 'mews', 'junction', 'crossing', 'roundabout', 'bypass',
	'motorway', 'highway', 'boulevard', 'embankment', 'parade', 'precinct', 'borough', 'parish', 'bay', 'beach',
	'falls', 'woods', 'fields', 'cliffs', 'reservoir', 'canal', 'marina', 'promenade', 'plaza', 'arcade', 'heights',
	'estuary', 'peninsula', 'forest', 'moorland', 'highlands', 'lowlands', 'uplands'
] as const;

/**
 * Ordinary words that open a sentence with a capital and may stand before a name without being part of
 * it: "New Harlow figures showed …" is no person called "New Harlow".
 */
export const SENTENCE_OPENERS = [
	'new', 'fresh', 'latest', 'recent', 'local', 'early', 'further', 'last', 'next', 'other', 'most', 'such',
	'several', 'heavy', 'rising', 'higher', 'extra', 'more', 'fewer', 'any', 'nearby', 'northern', 'southern',
	'eastern', 'western', 'central', 'angry', 'worried', 'official', 'provisional', 'final', 'initial', 'unofficial',
	'internal', 'leaked', 'earlier', 'later', 'outside', 'inside', 'across', 'under', 'with', 'without',
	'despite', 'meanwhile', 'elsewhere', 'overnight', 'separately', 'however', 'only', 'even', 'still', 'now', 'then'
] as const;

/** Words for a person's role that may stand before or after a name. */
export const ROLE_WORDS = [
	'minister', 'president', 'prime minister', 'chancellor', 'secretary', 'spokesperson', 'spokesman',
	'spokeswoman', 'chief', 'director', 'head', 'chair', 'chairman', 'chairwoman', 'chief executive', 'ceo',
	'mayor', 'governor', 'senator', 'judge', 'justice', 'prosecutor', 'lawyer', 'attorney', 'professor', 'dr',
	'doctor', 'researcher', 'scientist', 'economist', 'analyst', 'coach', 'manager', 'captain', 'player',
	'striker', 'midfielder', 'defender', 'goalkeeper', 'commander', 'general', 'colonel', 'officer', 'inspector',
	'detective', 'sheriff', 'chief constable', 'superintendent', 'ambassador', 'envoy', 'deputy', 'leader',
	'founder', 'owner', 'author', 'editor', 'teacher', 'principal', 'nurse', 'surgeon', 'engineer', 'resident',
	'witness', 'survivor', 'farmer', 'councillor', 'councilor', 'mp', 'candidate', 'official', 'adviser',
	'advisor', 'member', 'treasurer', 'auditor', 'agent', 'representative', 'sergeant', 'firefighter',
	'paramedic', 'physician', 'epidemiologist', 'lecturer', 'student', 'pilot', 'driver', 'shopkeeper'
] as const;

/** Number words a story may spell out, with their values. */
export const NUMBER_WORDS: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
	nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
	dozen: 12, hundred: 100, a: 1, an: 1, single: 1, both: 2, half: 0.5, couple: 2
};

export const SCALE_WORDS: Record<string, number> = {
	hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
	m: 1_000_000, bn: 1_000_000_000, k: 1_000
};

export const ORDINAL_WORDS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20
};

/** Currency marks and words, with the unit a figure takes. */
export const CURRENCIES: Record<string, string> = {
	'$': 'dollars', '£': 'pounds', '€': 'euros', '¥': 'yen', 'us$': 'dollars',
	dollars: 'dollars', dollar: 'dollars', pounds: 'pounds', pound: 'pounds', euros: 'euros', euro: 'euros',
	yen: 'yen', rupees: 'rupees', roubles: 'roubles', rubles: 'roubles', francs: 'francs', pence: 'pence',
	cents: 'cents', usd: 'dollars', eur: 'euros', gbp: 'pounds'
};

/** Words after a number that are not the thing counted. */
export const NOT_UNITS = [
	'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'the', 'a', 'an', 'than', 'more', 'less',
	'fewer', 'per', 'with', 'was', 'were', 'is', 'are', 'had', 'have', 'has', 'who', 'that', 'which', 'as',
	'after', 'before', 'since', 'until', 'up', 'down', 'out', 'over', 'under', 'about', 'around', 'said', 'says'
] as const;

/** Cues that order two events, and which way. */
export const ORDER_CUES = {
	/** "X after Y": Y happened first. */
	after: ['after', 'following', 'since', 'once', 'in the wake of', 'in response to', 'days after', 'hours after', 'weeks after'],
	/** "X before Y": X happened first. */
	before: ['before', 'ahead of', 'prior to', 'until', 'in the run-up to'],
	/** "Y. Then X" / "later": the clause that carries the word came later than the one before. */
	later: ['then', 'later', 'afterwards', 'afterward', 'subsequently', 'next', 'eventually', 'soon after', 'by then'],
	/** "earlier": the clause that carries the word came before the one it is told against. */
	earlier: ['earlier', 'previously', 'had already', 'already']
} as const;
