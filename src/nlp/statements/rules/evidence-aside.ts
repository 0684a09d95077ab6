import { lemma, word, type Ctx } from '../context.js';
import { contentLeft, contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { EVIDENCE_NOUNS } from '../lexicon/nouns.js';
import { npEndingAt } from '../noun-phrase.js';

/** Evidential verb forms that close or interrupt a clause ("…, records show."). */
const ASIDE_FORMS = new Set(['show', 'shows', 'showed', 'indicate', 'indicates', 'indicated', 'suggest', 'suggests', 'suggested', 'reveal', 'reveals', 'revealed', 'confirm', 'confirms', 'confirmed']);

/**
 * "He sold the plane in 2010, records show." and "The man, records show, rarely flies": an
 * evidence phrase and its verb set off by commas after (or inside) the clause they vouch for.
 * The tagger often calls the verb a noun here, so this looks at word forms, not POS. Returns
 * drafts for every such aside in sentence `si`.
 */
export function evidenceAside(ctx: Ctx, si: number): Draft[] {
  const { tokenStart: s, tokenEnd: e } = ctx.doc.sentences[si];
  const out: Draft[] = [];
  for (let i = s + 2; i < e; i++) {
    if (!ASIDE_FORMS.has(word(ctx, i).toLowerCase())) continue;
    const next = i + 1 < e ? word(ctx, i + 1) : '.';
    if (next !== ',' && next !== '.' && next !== ';') continue;
    const np = npEndingAt(ctx, i - 1, s);
    if (!np || word(ctx, np.first - 1) !== ',' || np.first - 1 <= s) continue;
    let evidence = false;
    for (let k = np.first; k <= np.last && !evidence; k++) evidence = EVIDENCE_NOUNS.has(word(ctx, k).toLowerCase());
    if (!evidence) continue;
    const content = contentLeft(ctx, np.first - 2, si);
    // "The man, records show, rarely flies": the clause resumes after the aside.
    if (next === ',' && i + 2 < e) content.push(...contentRight(ctx, i + 2, si));
    if (content.length === 0) continue;
    out.push({
      sentence: si,
      cue: { first: i, last: i },
      cueLemma: lemma(ctx, i),
      cueClass: 'evidential',
      speaker: { kind: 'span', span: np },
      content,
      medium: null,
      rule: 'evidence-aside',
    });
  }
  return out;
}
