import { pos, tStart, word, type Ctx, type TokSpan } from '../context.js';
import type { Draft } from '../draft.js';
import { DOCUMENT_NOUNS } from '../lexicon/nouns.js';
import { npEndingAt, SUBJECT_PRONOUNS } from '../noun-phrase.js';
import type { Prior } from './pronoun.js';
import { referentOf, type Referent } from './referent.js';
import { sentenceSubject } from '../speaker.js';

/** True when a speaker phrase is a document: "the statement", "its letter". */
export function isDocumentPhrase(ctx: Ctx, span: TokSpan): boolean {
  return DOCUMENT_NOUNS.has(ctx.doc.lemma(span.last)) && pos(ctx, span.last) === 'NOUN';
}

/**
 * The author named inside a document phrase ending at token `head`: "the Cuban foreign ministry
 * statement" → the ministry; "its statement" → whatever "its" stands for; "Smith's letter" → Smith.
 */
function authorInPhrase(ctx: Ctx, head: number, priors: readonly Prior[]): Referent | null {
  const np = npEndingAt(ctx, head, Math.max(0, head - 8));
  if (!np || np.first === head) return null;
  const w = word(ctx, np.first);
  if (w === 'its' || w === 'their' || w === 'his' || w === 'her') {
    const at = tStart(ctx, np.first);
    for (let k = priors.length - 1; k >= 0; k--) if (priors[k].ref.at < at) return priors[k].ref;
    return null;
  }
  let first = np.first;
  while (first < head && (pos(ctx, first) === 'DET')) first++;
  let last = head - 1;
  if (word(ctx, last) === "'s" || word(ctx, last) === '’s') last--;
  if (last < first) return null;
  if (!(pos(ctx, last) === 'NOUN' || pos(ctx, last) === 'PROPN')) return null;
  return referentOf(ctx, { first, last });
}

/**
 * Resolve a document speaker ("the statement reads", "it states") to its author: the author named
 * in the nearest earlier mention of such a document, else the speaker of the latest statement made
 * "in a statement", else the report's first speaker.
 */
export function resolveDocumentAuthor(ctx: Ctx, span: TokSpan, drafts: readonly Draft[], priors: readonly Prior[], refs: Map<Draft, Referent>): { ref: Referent; rule: string } | null {
  const own = authorInPhrase(ctx, span.last, priors);
  if (own) return { ref: own, rule: 'document-author' };
  const lemma = ctx.doc.lemma(span.last);
  for (let i = span.first - 1; i >= 0; i--) {
    if (ctx.doc.lemma(i) !== lemma || pos(ctx, i) !== 'NOUN') continue;
    const r = authorInPhrase(ctx, i, priors.filter((p) => p.ref.at < tStart(ctx, i)));
    if (r) return { ref: r, rule: 'document-author' };
    // "The ministry issued a statement": whoever issued it.
    const sent = ctx.doc.sentences[ctx.doc.sentenceOfToken(i)];
    const subj = sentenceSubject(ctx, sent.tokenStart, i - 1);
    if (subj && subj.last < i && !isDocumentPhrase(ctx, subj)) return { ref: referentOf(ctx, subj), rule: 'document-issuer' };
  }
  const at = tStart(ctx, span.first);
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    const r = refs.get(d);
    if (r && d.medium === lemma && tStart(ctx, d.cue.first) < at) return { ref: r, rule: 'document-medium' };
  }
  if (priors.length > 0 && priors[0].ref.at < at) return { ref: priors[0].ref, rule: 'document-first-speaker' };
  return null;
}

/** "it states", "it reads": a pronoun standing for a document mentioned just before. */
export function documentPronounHead(ctx: Ctx, pronounTok: number, cueLemma: string, lastSpeakerAt: number): number {
  if (word(ctx, pronounTok) !== 'it' || !/^(state|read|say|note|add|conclude|warn|stress)$/.test(cueLemma)) return -1;
  const sent = ctx.doc.sentences[ctx.doc.sentenceOfToken(pronounTok)];
  const floor = ctx.doc.sentences[Math.max(0, ctx.doc.sentenceOfToken(pronounTok) - 1)].tokenStart;
  void sent;
  for (let i = pronounTok - 1; i >= floor; i--) {
    if (tStart(ctx, i) < lastSpeakerAt) break;
    if (DOCUMENT_NOUNS.has(ctx.doc.lemma(i)) && pos(ctx, i) === 'NOUN' && !SUBJECT_PRONOUNS.has(word(ctx, i))) return i;
  }
  return -1;
}
