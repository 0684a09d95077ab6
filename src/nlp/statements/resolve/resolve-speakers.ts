import type { SpeakerRef } from '../../../model/annotations.js';
import { tEnd, tStart, word, type Ctx, type TokSpan } from '../context.js';
import type { Draft } from '../draft.js';
import { documentPronounHead, isDocumentPhrase, resolveDocumentAuthor } from './document-author.js';
import { isDefiniteNominal, resolveNominal } from './nominal.js';
import { resolvePronoun, type Prior } from './pronoun.js';
import { guessType, referentOf, type Referent } from './referent.js';
import { npEndingAt } from '../noun-phrase.js';

const RESOLVABLE_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'them']);

interface Resolution {
  ref: Referent | null;
  rule: string;
}

function resolveSpan(ctx: Ctx, d: Draft, span: TokSpan, drafts: readonly Draft[], priors: Prior[], refs: Map<Draft, Referent>): Resolution {
  const w = word(ctx, span.first);
  if (span.first === span.last && RESOLVABLE_PRONOUNS.has(w)) {
    const lastAt = priors.length > 0 ? priors[priors.length - 1].ref.at : -1;
    const docHead = documentPronounHead(ctx, span.first, d.cueLemma, lastAt);
    if (docHead >= 0) {
      const r = resolveDocumentAuthor(ctx, { first: docHead, last: docHead }, drafts, priors, refs);
      if (r) return { ref: r.ref, rule: 'document-pronoun' };
    }
    const r = resolvePronoun(ctx, w, tStart(ctx, span.first), d.sentence, priors);
    return r ? { ref: r.ref, rule: r.rule } : { ref: null, rule: 'pronoun-unresolved' };
  }
  if ((w === 'who' || w === 'which') && span.first === span.last) {
    // "Smith, who …, said": the phrase before the relative pronoun.
    const k = word(ctx, span.first - 1) === ',' ? span.first - 2 : span.first - 1;
    const np = npEndingAt(ctx, k, Math.max(0, k - 10));
    if (np) {
      const inner = resolveSpan(ctx, d, np, drafts, priors, refs);
      return { ref: inner.ref, rule: 'relative-pronoun' };
    }
    return { ref: null, rule: 'relative-unresolved' };
  }
  if (isDocumentPhrase(ctx, span)) {
    const r = resolveDocumentAuthor(ctx, span, drafts, priors, refs);
    if (r) return { ref: r.ref, rule: r.rule };
  }
  if (isDefiniteNominal(ctx, span)) {
    const r = resolveNominal(ctx, span, priors);
    // "The company" says what its referent is, whatever type the tagger gave the name: a later
    // "it" must agree with an organisation.
    if (r) return { ref: { ...r.ref, type: guessType(ctx, span) ?? r.ref.type }, rule: r.rule };
  }
  const ref = referentOf(ctx, span);
  return { ref, rule: ref.entity ? 'mention' : 'text' };
}

/**
 * Resolve every draft's speaker, in text order, so later pronouns can lean on earlier speakers.
 * Returns the SpeakerRef per draft (null when the draft has no speaker).
 */
export function resolveSpeakers(ctx: Ctx, drafts: readonly Draft[]): Map<Draft, SpeakerRef | null> {
  const out = new Map<Draft, SpeakerRef | null>();
  const spans = new Map<Draft, TokSpan>();
  const refs = new Map<Draft, Referent>();
  const priors: Prior[] = [];
  for (const d of drafts) {
    const hint = d.speaker;
    if (hint.kind === 'none') {
      out.set(d, null);
      continue;
    }
    let span: TokSpan | undefined;
    let res: Resolution;
    if (hint.kind === 'inherit') {
      span = spans.get(hint.from);
      const ref = refs.get(hint.from) ?? null;
      res = { ref, rule: d.rule };
      if (!span) {
        out.set(d, null);
        continue;
      }
    } else {
      span = hint.span;
      res = resolveSpan(ctx, d, span, drafts, priors, refs);
    }
    spans.set(d, span);
    const start = tStart(ctx, span.first);
    const end = tEnd(ctx, span.last);
    if (res.ref) {
      refs.set(d, res.ref);
      if (hint.kind !== 'inherit') priors.push({ ref: { ...res.ref, at: start }, sentence: d.sentence });
    }
    out.set(d, { start, end, text: ctx.text.slice(start, end), entity: res.ref?.entity ?? null, resolvedBy: res.rule, name: res.ref?.name ?? null });
  }
  return out;
}
