import type { Doc } from '../../model/doc.js';
import { verbChain } from './clause/verb-chain.js';

/** What the words around a trigger say about its reality. */
export interface Modality {
  negated: boolean;
  hedged: boolean;
  aux: 'future' | 'hypothetical' | null;
  /** "would" among the auxiliaries: hedging in the narrator's voice, the future in reported speech. */
  would: boolean;
}

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const HEDGE_AUX = new Set(['may', 'might', 'could', 'would', 'should']);
const HEDGE_ADV = new Set(['reportedly', 'allegedly', 'apparently', 'possibly', 'probably', 'likely', 'purportedly', 'supposedly']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const FUTURE_BEFORE_TO = new Set(['going', 'plan', 'plans', 'planning', 'intends', 'set', 'due', 'expected', 'is', 'are']);
const PURPOSE = new Set(['aimed', 'aim', 'aiming', 'attempt', 'attempts', 'trying', 'try', 'order', 'seeking', 'bid', 'effort', 'efforts']);

/**
 * Negation, hedging and PLOVER's auxiliary modes from the words before the trigger's head
 * (its auxiliaries for a verb, its determiner for a noun): "did not attack" is negated, "may have
 * attacked" hedged, "will meet" future, "to fight" / "aimed at recruiting" hypothetical.
 */
export function modalityAt(doc: Doc, head: number): Modality {
  const s = doc.sentences[doc.sentenceOfToken(head)];
  const chain = verbChain(doc, head);
  const words = [...chain.words];
  if (doc.pos(head) !== 'VERB' && head - 1 >= s.tokenStart) words.push(doc.token(head - 1).toLowerCase());
  const negated = words.some((w) => NEGATION.has(w));
  let hedged = words.some((w) => HEDGE_AUX.has(w) || HEDGE_ADV.has(w));
  for (let j = Math.max(s.tokenStart, chain.first - 3); j < chain.first; j++) if (HEDGE_ADV.has(doc.token(j).toLowerCase())) hedged = true;
  let aux: Modality['aux'] = null;
  const before = chain.first - 1 >= s.tokenStart ? doc.token(chain.first - 1).toLowerCase() : '';
  const twoBefore = chain.first - 2 >= s.tokenStart ? doc.token(chain.first - 2).toLowerCase() : '';
  if (words.some((w) => FUTURE.has(w))) aux = 'future';
  else if (words.includes('to') || before === 'to') {
    const toAt = words.includes('to') ? twoBefore : twoBefore;
    aux = FUTURE_BEFORE_TO.has(toAt) ? 'future' : 'hypothetical';
  } else if ((before === 'at' || before === 'of') && PURPOSE.has(twoBefore)) aux = 'hypothetical';
  else if (doc.sentences[doc.sentenceOfToken(head)] && /\bif\b/i.test(doc.text.slice(s.start, doc.tokens.start[head]).split(/[,;]/).pop() ?? '')) aux = 'hypothetical';
  return { negated, hedged, aux, would: words.includes('would') };
}
