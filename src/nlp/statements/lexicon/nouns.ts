/**
 * Noun lists the statement rules consult. Written for newsgraph.
 */

/** Words for the channel a statement came through; the medium is the lemma. */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'interview', 'post', 'tweet', 'letter', 'email', 'e-mail', 'speech', 'report', 'op-ed', 'article',
  'column', 'editorial', 'memo', 'filing', 'briefing', 'conference', 'release', 'message', 'video', 'broadcast',
  'podcast', 'appearance', 'testimony', 'book', 'essay', 'blog', 'communique', 'communiqué', 'declaration', 'note',
  'address', 'call', 'remarks', 'document', 'announcement',
]);

/** Documents that "read", "state" or "say" things on their author's behalf. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'report', 'memo', 'document', 'release', 'communique', 'communiqué', 'declaration', 'post',
  'tweet', 'message', 'note', 'filing', 'complaint', 'lawsuit', 'indictment', 'article', 'editorial', 'email',
  'e-mail', 'announcement', 'notice', 'text', 'order', 'ruling', 'decree',
]);

/** Subjects that make "show", "reveal", "indicate" evidentials. */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'figure', 'figures',
  'document', 'documents', 'record', 'records', 'analysis', 'research', 'number', 'numbers', 'statistic',
  'statistics', 'email', 'emails', 'investigation', 'review', 'audit', 'evidence', 'footage', 'video', 'photo',
  'photos', 'image', 'images', 'test', 'tests', 'filing', 'filings', 'log', 'logs', 'memo', 'memos', 'transcript',
  'transcripts', 'census', 'estimate', 'estimates', 'model', 'projection', 'projections', 'result', 'results',
  'finding', 'findings', 'assessment', 'inquiry', 'probe', 'letter', 'letters', 'statement',
  'polling', 'ledger', 'ledgers', 'tally', 'count', 'counts', 'returns', 'review', 'reviews', 'exam', 'autopsy',
]);

/** Heads of person nominals ("the official", "the spokesman"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'leader', 'diplomat',
  'ambassador', 'secretary', 'senator', 'governor', 'mayor', 'chief', 'director', 'head', 'commander', 'general',
  'officer', 'man', 'woman', 'source', 'analyst', 'expert', 'witness', 'resident', 'lawyer', 'attorney', 'judge',
  'prosecutor', 'candidate', 'chairman', 'chairwoman', 'executive', 'founder', 'adviser', 'advisor', 'aide',
  'representative', 'envoy', 'premier', 'chancellor', 'king', 'queen', 'prince', 'activist', 'researcher',
  'professor', 'doctor', 'economist', 'journalist', 'reporter', 'editor', 'author', 'manager', 'strategist',
  'nominee', 'congressman', 'congresswoman', 'lawmaker', 'politician', 'campaigner', 'father', 'mother',
]);

/** Heads of organisation nominals ("the ministry", "the company"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'government', 'company', 'firm', 'department', 'agency', 'office', 'administration', 'party',
  'campaign', 'committee', 'council', 'commission', 'court', 'army', 'military', 'police', 'group', 'organization',
  'organisation', 'union', 'embassy', 'bank', 'board', 'authority', 'authorities', 'regime', 'cabinet', 'kremlin',
  'parliament', 'congress', 'senate', 'house', 'team', 'club', 'foundation', 'institute', 'university', 'coalition',
  'alliance', 'movement', 'service', 'corporation', 'association', 'federation', 'church', 'network', 'state',
]);

/** Heads of media nominals ("the newspaper"). */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'newspaper', 'paper', 'daily', 'outlet', 'broadcaster', 'channel', 'station', 'magazine', 'tabloid', 'website',
  'site', 'network', 'agency', 'publication', 'weekly', 'journal', 'gazette',
]);

/** Nouns that are never a speaker's head ("the issue said" is not a statement). */
export const NON_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'company', 'time', 'day', 'week', 'year', 'month', 'way', 'thing', 'lot', 'fact', 'story', 'issue', 'point',
]);
