import { type Ctx } from '../context.js';
import { agrees } from './agreement.js';
import type { Referent } from './referent.js';

/** A referent already named as a speaker, with the sentence it was named in. */
export interface Prior {
  ref: Referent;
  sentence: number;
}

const WINDOW_SENTENCES = 3;

/**
 * Resolve a pronoun speaker ("it", "he", "they") at character `at` in sentence `si`.
 * Order: (1) the most recent earlier speaker that agrees in type, within three sentences: news
 * keeps talking about whoever spoke last ("The ministry says … It said …"); (2) the most recent
 * entity mention that agrees, in the same window; (3) nothing.
 */
export function resolvePronoun(ctx: Ctx, pronoun: string, at: number, si: number, priors: readonly Prior[]): { ref: Referent; rule: string } | null {
  for (let k = priors.length - 1; k >= 0; k--) {
    const p = priors[k];
    if (si - p.sentence > WINDOW_SENTENCES) break;
    if (p.ref.at < at && agrees(pronoun, p.ref.type)) return { ref: p.ref, rule: 'pronoun-previous-speaker' };
  }
  const floor = ctx.doc.sentences[Math.max(0, si - WINDOW_SENTENCES)].start;
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.end > at) continue;
    if (m.start < floor) break;
    if (!agrees(pronoun, m.type)) continue;
    const rec = ctx.doc.get('entityIndex').find((r) => r.id === m.entity);
    return { ref: { entity: m.entity, name: rec?.name ?? m.name, type: rec?.type ?? m.type, at: m.start }, rule: 'pronoun-recency' };
  }
  return null;
}
