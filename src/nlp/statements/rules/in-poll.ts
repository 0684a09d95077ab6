import { pos, word, type Ctx } from '../context.js';
import { contentRight } from '../content.js';
import type { Draft } from '../draft.js';

/** Heads that make "in …" a source: a poll speaks for its respondents. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words a poll name may be made of: "an NBC News/Wall Street Journal poll", "May's Post-ABC poll". */
const NAME_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);
const NAME_PUNCT = /^[/\-–'’]$/;

/** Index of the poll noun that ends the phrase starting at `first`, or -1. */
function pollHead(ctx: Ctx, first: number, e: number): number {
  for (let k = first; k < e && k - first < 10; k++) {
    if (POLL_NOUNS.has(word(ctx, k).toLowerCase())) return k;
    if (!NAME_POS.has(pos(ctx, k)) && !NAME_PUNCT.test(word(ctx, k))) return -1;
  }
  return -1;
}

/**
 * "In a CNN poll released Monday, 38 percent said …": the poll is the source, "in" the cue, the
 * clause after the comma the content (PolNeAR marks polls this way). Returns drafts for every such "in" in sentence `si`.
 */
export function inPoll(ctx: Ctx, si: number): Draft[] {
  const { tokenStart: s, tokenEnd: e } = ctx.doc.sentences[si];
  const out: Draft[] = [];
  for (let i = s; i + 1 < e; i++) {
    if (word(ctx, i).toLowerCase() !== 'in') continue;
    const head = pollHead(ctx, i + 1, e);
    if (head < 0) continue;
    let lead = i - 1;
    while (lead >= s && (pos(ctx, lead) === 'CCONJ' || pos(ctx, lead) === 'ADV' || /^[“"'(]$/.test(word(ctx, lead)))) lead--;
    const atStart = lead < s || word(ctx, lead) === ';' || word(ctx, lead) === ':';
    // Mid-sentence ("Trump leads in the polls") was mostly not marked as an attribution on
    // PolNeAR train; only a poll that opens the sentence is taken.
    if (!atStart) continue;
    // The clause starts after the comma that closes the poll's description ("… released Monday,").
    let k = head + 1;
    while (k < e && k - head <= 10 && word(ctx, k) !== ',') k++;
    if (word(ctx, k) !== ',') continue;
    const content = contentRight(ctx, k + 1, si);
    if (content.length === 0) continue;
    out.push({
      sentence: si,
      cue: { first: i, last: i },
      cueLemma: 'in',
      cueClass: 'according-to',
      speaker: { kind: 'span', span: { first: i + 1, last: head } },
      content,
      kind: 'according-to',
      medium: null,
      rule: 'in-poll',
    });
  }
  return out;
}
