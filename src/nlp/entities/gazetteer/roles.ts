/**
 * Titles and roles that precede a person's name ("Foreign Minister", "President"); written by us.
 * Multi-word roles are listed whole so the longest one is split off.
 */
export const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope',
  'emperor', 'sheikh', 'emir', 'sultan', 'general', 'gen', 'gen.', 'colonel', 'col', 'col.', 'major', 'maj', 'maj.', 'lieutenant', 'lt', 'lt.',
  'captain', 'capt', 'capt.', 'commander', 'admiral', 'adm', 'adm.', 'marshal', 'field', 'sergeant', 'sgt', 'sgt.', 'corporal', 'private',
  'senator', 'sen', 'sen.', 'representative', 'rep', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.',
  'professor', 'judge', 'justice', 'chief', 'executive', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'director', 'deputy',
  'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'justice', 'trade', 'economy', 'energy', 'education', 'home', 'state',
  'supreme', 'leader', 'crown', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'ayatollah', 'sir', 'dame', 'lord', 'lady', 'speaker',
  'attorney', 'premier', 'opposition', 'former', 'acting', 'first', 'foreign', 'affairs', 'of', 'the', 'founder', 'co-founder', 'head',
  'officer', 'commissioner', 'inspector', 'detective', 'sheriff', 'pastor', 'father', 'saint', 'st.', 'coach', 'manager', 'mp', 'mep',
  'president-elect', 'then-president', 'secretary-general', 'deputy', 'analyst', 'economist', 'reporter', 'correspondent', 'editor',
]);

/** Role words that can end a role phrase: the phrase must end in one of these to be split off. */
export const ROLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sheikh', 'emir', 'sultan',
  'general', 'gen', 'gen.', 'colonel', 'col', 'col.', 'major', 'maj.', 'lieutenant', 'lt.', 'captain', 'capt.', 'commander', 'admiral',
  'adm.', 'marshal', 'sergeant', 'sgt.', 'corporal', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman',
  'governor', 'gov.', 'mayor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'dr', 'dr.', 'prof', 'prof.', 'professor', 'judge', 'justice', 'executive', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'director',
  'leader', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'ayatollah', 'sir', 'dame', 'lord', 'lady', 'speaker', 'premier',
  'founder', 'co-founder', 'head', 'officer', 'commissioner', 'inspector', 'detective', 'sheriff', 'pastor', 'father', 'coach', 'manager',
  'mp', 'mep', 'president-elect', 'secretary-general', 'analyst', 'economist', 'reporter', 'correspondent', 'editor', 'chief', 'attorney',
  'deputy', 'crown',
]);

/** Honorifics kept out of the role ("Mr Putin" has no role worth keeping). */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame', 'dr', 'dr.', 'prof', 'prof.']);
