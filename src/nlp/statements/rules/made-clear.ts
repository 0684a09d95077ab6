import { lemma, word, type Ctx } from '../context.js';
import { contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { speakerLeft } from '../speaker.js';

/**
 * "Clinton made it clear that …", "he has made clear he will …": a multiword speech predicate the
 * lexicon of single verbs cannot hold. The cue is the whole predicate; the speaker is on its left
 * and the content the clause after it (past an addressee: "made it clear to House Democrats that").
 */
export function madeClear(ctx: Ctx, si: number): Draft[] {
  const { tokenStart: s, tokenEnd: e } = ctx.doc.sentences[si];
  const out: Draft[] = [];
  for (let i = s + 1; i + 2 < e; i++) {
    if (lemma(ctx, i) !== 'make') continue;
    const last = word(ctx, i + 1) === 'clear' ? i + 1 : word(ctx, i + 1) === 'it' && word(ctx, i + 2) === 'clear' ? i + 2 : -1;
    if (last < 0) continue;
    let first = last + 1;
    if (word(ctx, first) === 'to') {
      let k = first + 1;
      while (k < e && k - first <= 8 && word(ctx, k) !== 'that') k++;
      if (word(ctx, k) === 'that') first = k;
    }
    if (first >= e || /^[,.;:!?)]$/.test(word(ctx, first))) continue;
    const speaker = speakerLeft(ctx, i, s);
    if (!speaker) continue;
    const content = contentRight(ctx, first, si);
    if (content.length === 0) continue;
    out.push({ sentence: si, cue: { first: i, last }, cueLemma: 'make clear', cueClass: 'speech', speaker: { kind: 'span', span: speaker }, content, medium: null, rule: 'made-clear' });
  }
  return out;
}
