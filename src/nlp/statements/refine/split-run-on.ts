import { tStart, type Ctx } from '../context.js';
import type { Draft } from '../draft.js';
import { quoteIndexAt } from '../quotes.js';

const MIN_WORDS_LEFT = 3;

/**
 * A content that runs on over another attribution ("X said A, while Y suggests B") is cut before
 * the second speaker, when the second cue sits outside any quote of the first content and the
 * first keeps a few words. Attributions embedded in quotes stay nested (they get a parent).
 */
export function splitRunOns(ctx: Ctx, drafts: Draft[]): void {
  for (const b of drafts) {
    if (b.speaker.kind !== 'span') continue;
    const speakerStart = tStart(ctx, b.speaker.span.first);
    const cueStart = tStart(ctx, b.cue.first);
    if (quoteIndexAt(ctx.quotes, cueStart) >= 0) continue;
    for (const a of drafts) {
      if (a === b) continue;
      const k = a.content.findIndex((c) => c.start < speakerStart && cueStart < c.end);
      if (k < 0) continue;
      const c = a.content[k];
      const kept = ctx.text.slice(c.start, speakerStart).replace(/[\s,;:—–-]+(?:and|but|while|as|whereas|although)?[\s,]*$/i, '');
      if (kept.trim().split(/\s+/).length < MIN_WORDS_LEFT) continue;
      a.content = [...a.content.slice(0, k), { start: c.start, end: c.start + kept.length }];
    }
  }
}
