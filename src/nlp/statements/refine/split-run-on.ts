import { tStart, type Ctx } from '../context.js';
import type { Draft } from '../draft.js';
import { quoteIndexAt } from '../quotes.js';

const MIN_WORDS_LEFT = 3;

/**
 * A content that runs on over another attribution ("X said A, while Y suggests B") is cut before
 * the second speaker, when the second cue sits outside any quote of the first content and the
 * first keeps a few words. Attributions embedded in quotes stay nested (they get a parent).
 * A cue inside the second speaker's phrase ("Barkley, who said he votes Democratic, said …",
 * "the self-described socialist said …") ends its content before the second cue.
 */
export function splitRunOns(ctx: Ctx, drafts: Draft[]): void {
  for (const b of drafts) {
    if (b.speaker.kind !== 'span') continue;
    const speakerStart = tStart(ctx, b.speaker.span.first);
    const cueStart = tStart(ctx, b.cue.first);
    if (quoteIndexAt(ctx.quotes, cueStart) >= 0) continue;
    for (const a of drafts) {
      if (a === b) continue;
      if (a.cue.first > b.speaker.span.first && a.cue.last < b.cue.first) {
        cutInsideSpeaker(ctx, a, cueStart);
        continue;
      }
      const k = a.content.findIndex((c) => c.start < speakerStart && cueStart < c.end);
      if (k < 0) continue;
      const c = a.content[k];
      const kept = ctx.text.slice(c.start, speakerStart).replace(/[\s,;:—–-]+(?:and|but|while|as|whereas|although)?[\s,]*$/i, '');
      if (kept.trim().split(/\s+/).length < MIN_WORDS_LEFT) continue;
      a.content = [...a.content.slice(0, k), { start: c.start, end: c.start + kept.length }];
    }
  }
}

/** Cut `a`'s content before character `cueStart` (a later cue whose speaker phrase holds `a`'s cue). */
function cutInsideSpeaker(ctx: Ctx, a: Draft, cueStart: number): void {
  const k = a.content.findIndex((c) => c.start < cueStart && cueStart < c.end);
  if (k < 0) return;
  const c = a.content[k];
  const kept = ctx.text.slice(c.start, cueStart).replace(/[\s,;:—–-]+$/, '');
  if (kept.trim().length === 0) return;
  a.content = [...a.content.slice(0, k), { start: c.start, end: c.start + kept.length }];
}
