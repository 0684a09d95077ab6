import type { Doc } from '../../../model/doc.js';
import { tokenFlags } from '../token-flags.js';
import { compilePattern, type CompiledPattern } from './pattern.js';
import type { Trigger } from './control.js';
import { verbChain } from '../clause/verb-chain.js';
import { subjectOf } from '../clause/roles.js';

/*
 * Demands phrased as obligations: "Russia said that Sudan must return the helicopter", "the Forum
 * concluded that the US must allocate more resources". PLOVER's REQUEST covers "all requests,
 * demands, and orders" and CAMEO 10 "demand"; the reporter's "must/should" in reported content is
 * the demand. The one who says it is the actor, the one who must act the target.
 */
const OBLIGATION = new Set(['must', 'should']);
let pattern: CompiledPattern | null = null;

/** The verb that reports the clause of verb `v` ("said", "concluded", "announced"), or -1. */
export function reportingVerbOf(doc: Doc, v: number): number {
  const s = doc.sentences[doc.sentenceOfToken(v)];
  const subject = subjectOf(doc, v);
  let j = (subject ? subject.first : verbChain(doc, v).first) - 1;
  if (j >= s.tokenStart && doc.token(j).toLowerCase() === 'that') j--;
  const dates = doc.get('dates');
  const { inDate } = tokenFlags(doc);
  // Skip a time expression or adverb between the reporting verb and its clause: "said on Tuesday that".
  while (j >= s.tokenStart && (doc.pos(j) === 'ADV' || inDate[j] || (doc.pos(j) === 'ADP' && j + 1 < s.tokenEnd && dates.some((d) => d.start === doc.tokens.start[j + 1])))) j--;
  return j >= s.tokenStart && doc.pos(j) === 'VERB' ? j : -1;
}

/**
 * REQUEST triggers for "must/should <verb>" in reported content: inside a statement, or in the
 * object clause of a reporting verb. `roleVerb` is the reporting verb (its subject is the actor)
 * or -1 when a statement's speaker stands for it; the obliged subject is found from `head`.
 */
export function modalDemands(doc: Doc, sentence: number, inStatement: (token: number) => boolean): Trigger[] {
  pattern ??= compilePattern({ pattern: 'must|should', type: 'REQUEST' });
  const s = doc.sentences[sentence];
  const out: Trigger[] = [];
  for (let v = s.tokenStart; v < s.tokenEnd; v++) {
    if (doc.pos(v) !== 'VERB') continue;
    const chain = verbChain(doc, v);
    const modal = chain.words.find((w) => OBLIGATION.has(w));
    // "must have done" is an inference, not a demand; a demand not to act is left out, as the
    // record has no field for what is demanded against.
    if (!modal || chain.words.includes('have') || chain.words.includes('not') || chain.words.includes("n't")) continue;
    const reporter = reportingVerbOf(doc, v);
    if (reporter < 0 && !inStatement(v)) continue;
    out.push({ match: { pattern, first: chain.first, last: v, head: v }, first: chain.first, last: v, head: v, roleVerb: reporter, objectFrom: v + 1, rule: 'modal-demand' });
  }
  return out;
}
