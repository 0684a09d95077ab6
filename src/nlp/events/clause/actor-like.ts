import type { Doc } from '../../../model/doc.js';
import type { NounPhrase } from './noun-phrase.js';

/*
 * PLOVER's actors and recipients are agents: states, organisations, groups, people. A verb's
 * object is often a thing ("agreed upon a new pact", "rejected the proposal"), which is no
 * recipient. A phrase is actor-like when it names an entity, is a personal pronoun, or its head
 * noun names people or an institution.
 */
const ACTOR_NOUNS = new Set([
  'government', 'authority', 'authorities', 'police', 'army', 'military', 'force', 'troop', 'soldier', 'rebel',
  'militant', 'guerrilla', 'guerilla', 'insurgent', 'fighter', 'official', 'ministry', 'minister', 'president',
  'leader', 'parliament', 'court', 'council', 'people', 'civilian', 'resident', 'villager', 'protester',
  'protestor', 'demonstrator', 'student', 'worker', 'farmer', 'journalist', 'reporter', 'activist',
  'opposition', 'party', 'group', 'movement', 'regime', 'administration', 'delegation', 'negotiator',
  'diplomat', 'ambassador', 'envoy', 'refugee', 'prisoner', 'detainee', 'hostage', 'citizen', 'national',
  'member', 'supporter', 'inspector', 'observer', 'monitor', 'peacekeeper', 'company', 'firm', 'union',
  'agency', 'organization', 'organisation', 'committee', 'commission', 'country', 'nation', 'state', 'side',
  'community', 'population', 'crowd', 'mob', 'gang', 'militia', 'family', 'child', 'children', 'woman',
  'women', 'man', 'men', 'candidate', 'voter', 'judge', 'prosecutor', 'spokesman', 'spokeswoman',
  'spokesperson', 'missionary', 'priest', 'cleric', 'bishop', 'king', 'queen', 'prince', 'emir', 'sheikh',
  'chief', 'commander', 'general', 'officer', 'agent', 'lawmaker', 'legislator', 'senator', 'mayor',
  'governor', 'premier', 'chancellor', 'secretary', 'adviser', 'advisor', 'faction', 'tribe', 'clan', 'ally',
  'allies', 'neighbor', 'neighbour', 'newspaper', 'network', 'coalition', 'alliance', 'bloc', 'embassy',
  'staff', 'personnel', 'crew', 'unit', 'contingent', 'tamil', 'kurd', 'serb', 'croat', 'settler', 'dissident',
]);
const PRONOUNS = /^(he|she|it|they|him|her|them|we|us|i|you)$/i;

/** True when the noun phrase can be an actor or recipient. */
export function isActorLike(doc: Doc, np: NounPhrase): boolean {
  const start = doc.tokens.start[np.first];
  const end = doc.tokens.end[np.last];
  if (doc.get('entities').some((m) => m.start < end && start < m.end && m.type !== 'MISC')) return true;
  if (np.first === np.last && PRONOUNS.test(doc.token(np.first))) return true;
  for (let i = np.last; i >= np.first; i--) {
    const word = doc.token(i).toLowerCase();
    if (ACTOR_NOUNS.has(doc.lemma(i)) || ACTOR_NOUNS.has(word) || ACTOR_NOUNS.has(word.replace(/s$/, ''))) return true;
    // Capitalised names the entity tagger missed: "Osgiliath soldiers", "Hamas".
    const sentenceStart = doc.sentences[doc.sentenceOfToken(i)].tokenStart === i;
    if (doc.pos(i) === 'PROPN' && /^[A-Z]/.test(doc.token(i)) && !sentenceStart) return true;
  }
  return false;
}
