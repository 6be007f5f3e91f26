import { KIN_NOUNS } from './kinship';

/** Words that stand before a name as a title: "EPA Acting Administrator Jane Roe". */
export const TITLE_WORDS = new Set(
  [
    'president', 'vice', 'secretary', 'acting', 'deputy', 'assistant', 'associate', 'executive', 'director',
    'senator', 'sen.', 'sen', 'rep.', 'rep', 'representative', 'congressman', 'congresswoman', 'gov.', 'gov',
    'governor', 'lt.', 'lt', 'mayor', 'chief', 'minister', 'prime', 'premier', 'chancellor', 'judge', 'justice',
    'attorney', 'general', 'gen.', 'commissioner', 'officer', 'sheriff', 'chairman', 'chairwoman', 'chair',
    'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'cfo', 'coo', 'cto', 'dr.', 'dr', 'mr.', 'mr', 'mrs.',
    'mrs', 'ms.', 'ms', 'prof.', 'professor', 'ambassador', 'captain', 'capt.', 'sgt.', 'sergeant', 'col.',
    'colonel', 'adm.', 'admiral', 'rev', 'pope', 'king', 'queen', 'prince', 'princess', 'rev.', 'reverend', 'rabbi',
    'bishop', 'cardinal', 'coach', 'councilman', 'councilwoman', 'councilmember', 'councillor', 'councilor',
    'superintendent', 'speaker', 'leader', 'majority', 'minority', 'whip', 'first', 'lady', 'state', 'special',
    'counsel', 'inspector', 'detective', 'det.', 'trooper', 'officer', 'agent', 'founder', 'co-founder',
    'chairperson', 'head', 'senior', 'former', 'interim', 'national', 'federal', 'district', 'county', 'city',
    'supreme', 'court', 'sir', 'dame', 'lord', 'lady', 'emir', 'sheikh', 'crown', 'foreign', 'defense',
    'defence', 'homeland', 'security', 'health', 'finance', 'treasury', 'education', 'interior', 'commerce',
    'labor', 'labour', 'transportation', 'energy', 'agriculture', 'chief', 'manager', 'editor', 'publisher',
    'physician', 'nurse', 'pastor', 'father', 'sister', 'brother', 'imam', 'mufti', 'patriarch', 'archbishop',
    'administrator', 'regional', 'clerk', 'treasurer', 'auditor', 'controller', 'comptroller', 'assessor', 'coroner', 'trustee', 'member',
    'board', 'council', 'alderman', 'alderwoman', 'dean', 'provost', 'rector', 'harbour', 'harbor', 'master',
    'co-author', 'author', 'economist', 'analyst', 'owner', 'partner', 'managing', 'police', 'fire', 'marshal',
    'pres.', 'supt.', 'cmdr.', 'commander', 'lieutenant', 'major', 'maj.', 'corporal', 'cpl.', 'private', 'pvt.',
  ].map((w) => w.toLowerCase()),
);

/** Honorifics that give away a person's gender. */
export const MALE_HONORIFICS = new Set(['mr.', 'mr', 'sir', 'king', 'prince', 'lord', 'father', 'brother', 'congressman', 'councilman', 'chairman', 'spokesman']);
export const FEMALE_HONORIFICS = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'queen', 'princess', 'lady', 'sister', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman']);

/** Nouns that name a person by role: "the DHS chief", "a campaign spokesperson". */
export const PERSON_ROLE_NOUNS = new Set([
  'chief', 'secretary', 'director', 'president', 'leader', 'spokesperson', 'spokesman', 'spokeswoman',
  'official', 'minister', 'governor', 'senator', 'mayor', 'ceo', 'executive', 'chairman', 'chairwoman', 'chair',
  'head', 'founder', 'lawyer', 'attorney', 'officer', 'commissioner', 'judge', 'sheriff', 'coach', 'professor',
  'researcher', 'analyst', 'economist', 'author', 'activist', 'advocate', 'expert', 'doctor', 'manager', 'owner',
  'employee', 'worker', 'resident', 'witness', 'teacher', 'student', 'aide', 'adviser', 'advisor', 'source',
  'representative', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'diplomat', 'staffer', 'insider',
  'organizer', 'organiser', 'candidate', 'prosecutor', 'detective', 'agent', 'scientist', 'historian', 'pastor',
  'priest', 'rabbi', 'imam', 'nurse', 'physician', 'surgeon', 'neighbor', 'neighbour', 'survivor', 'victim',
  'mother', 'father', 'man', 'woman', 'person', 'member', 'volunteer', 'farmer', 'chancellor', 'premier',
  'ambassador', 'envoy', 'general', 'commander', 'superintendent', 'principal', 'administrator', 'strategist',
  'pollster', 'consultant', 'operative', 'editor', 'reporter', 'journalist', 'writer', 'deputy', 'staff', 'partner',
  'midwife', 'paramedic', 'firefighter', 'soldier', 'pilot', 'driver', 'passenger', 'traveler', 'traveller',
  'parent', 'shopper', 'customer', 'vendor', 'tenant', 'landlord', 'guard', 'inspector', 'engineer', 'technician',
  'clerk', 'contractor', 'investigator', 'negotiator', 'mediator', 'planner', 'economist', 'epidemiologist',
  'veteran', 'retiree', 'fisherman', 'rancher', 'grower', 'miner', 'trader', 'banker', 'investor', 'executive',
  'caregiver', 'counselor', 'counsellor', 'therapist', 'pharmacist', 'dentist', 'veterinarian', 'lawmaker',
  'ally', 'friend', 'colleague', 'critic', 'supporter', 'rival', 'relative', 'cousin', 'classmate', 'coworker',
  'co-worker', 'opponent', 'bystander', 'onlooker', 'protester', 'protestor', 'demonstrator', 'spectator',
  // Trades and callings a feature introduces people by: "Novak-Reyes, a marine mechanic" -> "the mechanic said".
  'mechanic', 'tailor', 'baker', 'chef', 'cook', 'bartender', 'waiter', 'waitress', 'carpenter', 'plumber',
  'electrician', 'janitor', 'cashier', 'butcher', 'sailor', 'deckhand', 'captain', 'artist', 'musician', 'pianist',
  'singer', 'painter', 'photographer', 'designer', 'architect', 'librarian', 'poet', 'novelist', 'apprentice',
  'player', 'athlete', 'teenager', 'widow', 'widower', 'homeowner', 'shopkeeper', 'grocer', 'welder', 'machinist',
  'potter', 'weaver', 'dancer', 'actor', 'actress', 'filmmaker', 'composer', 'referee', 'keeper', 'beekeeper',
  'midwife', 'chaplain', 'nun', 'monk', 'lifeguard', 'ranger', 'dispatcher', 'courier', 'drummer', 'guitarist',
  'master', 'harbormaster', 'headmaster', 'headmistress', 'postmaster', 'innkeeper',
  ...KIN_NOUNS,
]);

/** Plural role nouns that, bare, make an anonymous group source: "officials said". */
export const ANONYMOUS_PLURALS = new Set([
  'officials', 'sources', 'critics', 'experts', 'advocates', 'activists', 'residents', 'witnesses', 'authorities',
  'organizers', 'organisers', 'protesters', 'protestors', 'analysts', 'economists', 'aides', 'investigators',
  'prosecutors', 'police', 'lawmakers', 'officers', 'researchers', 'scientists', 'doctors', 'supporters',
  'opponents', 'observers', 'insiders', 'diplomats', 'neighbors', 'neighbours', 'parents', 'students', 'workers',
]);

/** Nouns a description uses for an organization, by family: "the coalition" fits a "network". */
export const ORG_NOUN_FAMILIES: Record<string, string> = {
  coalition: 'civic', network: 'civic', group: 'civic', organization: 'civic', organisation: 'civic',
  alliance: 'civic', association: 'civic', nonprofit: 'civic', charity: 'civic', federation: 'civic',
  union: 'civic', foundation: 'civic', campaign: 'civic', movement: 'civic', committee: 'civic', council: 'civic',
  institute: 'civic', center: 'civic', centre: 'civic', society: 'civic', league: 'civic', party: 'civic',
  agency: 'government', department: 'government', ministry: 'government', administration: 'government',
  office: 'government', bureau: 'government', government: 'government', service: 'government',
  commission: 'government', authority: 'government', police: 'government', court: 'government',
  board: 'government', district: 'government', city: 'government', county: 'government', state: 'government',
  company: 'business', firm: 'business', corporation: 'business', retailer: 'business', maker: 'business',
  business: 'business', bank: 'business', manufacturer: 'business', airline: 'business', insurer: 'business',
  startup: 'business', chain: 'business', utility: 'business', cannery: 'business', supplier: 'business', operator: 'business', developer: 'business', team: 'civic',
  club: 'civic', university: 'civic', school: 'civic', college: 'civic', hospital: 'civic', church: 'civic',
  newspaper: 'media', outlet: 'media', publisher: 'business', network_tv: 'business',
  // Name words that say what kind of organization it is: "Westfield Cargo Operations" is a company.
  airlines: 'business', airways: 'business', lines: 'business', operations: 'business', partners: 'business',
  holdings: 'business', industries: 'business', grocers: 'business', carrier: 'business', cooperative: 'civic',
  trust: 'civic', conservancy: 'civic', transit: 'government', directorate: 'government', inspectorate: 'government',
  // Mastheads: "the Courier" is a newspaper, never "the company" or "the agency" of a story.
  wire: 'media', courier: 'media', ledger: 'media', sentinel: 'media', chronicle: 'media',
  gazette: 'media', herald: 'media', tribune: 'media', times: 'media', journal: 'media', dispatch: 'media',
  observer: 'media', examiner: 'media', inquirer: 'media', bulletin: 'media', telegraph: 'media',
};

/** Generic nouns that fit any organization of the family (or any at all for "group"). */
export const GENERIC_ORG_NOUNS = new Set(['group', 'organization', 'organisation']);

/** Words that mark a capitalized sequence as an organization's name. */
export const ORG_NAME_WORDS = new Set([
  'department', 'agency', 'administration', 'association', 'alliance', 'coalition', 'network',
  'committee', 'council', 'commission', 'university', 'college', 'school', 'institute', 'foundation', 'fund',
  'center', 'centre', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'llc', 'ltd', 'co.', 'company', 'group',
  'party', 'union', 'bureau', 'office', 'ministry', 'service', 'services', 'court', 'congress', 'senate', 'house',
  'police', 'patrol', 'army', 'navy', 'force', 'guard', 'enforcement', 'protection', 'security', 'bank', 'board',
  'authority', 'federation', 'league', 'society', 'project', 'campaign', 'movement', 'church', 'hospital',
  'news', 'times', 'post', 'journal', 'press', 'reuters', 'tribune', 'herald', 'gazette', 'media',
  'watch', 'action', 'rights', 'international', 'organization', 'organisation', 'club',
  'team', 'customs', 'immigration', 'government', 'cabinet', 'parliament', 'assembly', 'legislature',
  // Company and agency name words: "Westfield Cargo Operations", "Northline Container Lines".
  'operations', 'airlines', 'airways', 'aviation', 'lines', 'partners', 'holdings', 'industries', 'enterprises',
  'technologies', 'systems', 'logistics', 'shipping', 'freight', 'grocers', 'foods', 'motors', 'utilities',
  'transit', 'railways', 'railroad', 'trust', 'conservancy', 'cooperative', 'co-op', 'collective', 'directorate',
  'inspectorate', 'secretariat', 'academy', 'clinic', 'pharmaceuticals', 'communications', 'ventures',
  'properties', 'realty', 'builders', 'brewing', 'studios', 'productions',
  // Newspapers and wires: "the Daily Courier", "the Evening Standard".
  'courier', 'ledger', 'sentinel', 'chronicle', 'dispatch', 'observer', 'examiner', 'inquirer',
  'bulletin', 'daily', 'weekly', 'wire', 'telegraph', 'mercury', 'advertiser', 'standard',
]);

/** Capitalized words that begin sentences or name times and places, never a person or org alone. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'on', 'in', 'at', 'this', 'that', 'these', 'those', 'however', 'while', 'despite', 'instead',
  'calling', 'but', 'and', 'or', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'after', 'before', 'when', 'if', 'as', 'for', 'from', 'by', 'with', 'without', 'just',
  'last', 'next', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three',
  'there', 'here', 'then', 'now', 'still', 'also', 'yet', 'so', 'because', 'since', 'although', 'though',
  'meanwhile', 'according', 'speaking', 'asked', 'earlier', 'later', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.',
  'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'what', 'who', 'why', 'how', 'where', 'which', 'other', 'another',
  'more', 'less', 'several', 'few', 'such', 'even', 'only', 'over', 'under', 'about', 'during', 'through',
  'among', 'between', 'against', 'into', 'onto', 'upon', 'until', 'unless', 'whether', 'once', 'again',
  'describing', 'saying', 'adding', 'noting', 'reporting', 'additional', 'reporting', 'photo', 'video', 'read',
  'related', 'editor', 'note', 'update', 'updated', 'correction', 'breaking', 'watch', 'listen', 'see', 'like',
  'thanks', 'yes', 'oh', 'well', 'please', 'thank', 'dear', 'hello', 'hi', 'is', 'are', 'was', 'were', 'be',
  'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might',
  'to', 'of', 'up', 'out', 'off', 'down', 'new', 'old', 'first', 'second', 'third', 'former', 'u.s.', 'u.s',
  'us', 'uk', 'u.k.', 'eu', 'un', 'u.n.', 'america', 'american', 'americans', 'democrats', 'republicans',
  'democrat', 'republican', 'democratic', 'white', 'black', 'latino', 'latinos', 'hispanic', 'asian', 'god',
]);

/** Common first names, only to guess gender for "he"/"she"; unknown names fit either pronoun. */
export const MALE_FIRST_NAMES = new Set(
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan albert willie alan eugene russell vincent philip bobby johnny bradley roy ralph juan carlos luis miguel jorge pedro oscar óscar alejandro javier francisco manuel antonio mohammed muhammad ahmed ali omar hassan vladimir xi emmanuel boris barack bernie mike ted chuck mitch'
    .split(' '),
);
export const FEMALE_FIRST_NAMES = new Set(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori kamala hillary alexandria ilhan rashida elizabeth angela theresa ursula jacinda wendy kimberlin rosa carmen lucia ana sofia fatima aisha'.split(
    ' ',
  ),
);
