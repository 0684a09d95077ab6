import type { EntityType } from '../../../model/annotations.js';
import { overlapsAny, sortDrafts, type Draft, type Refiner } from '../draft.js';

/** Confidence above which a tagged name decides the type of its other occurrences. */
export const CONFIDENT = 0.85;
/**
 * Only drafts the tagger was unsure of are retyped: on the dev sets, retyping anything less
 * confident than the repeat cost about one F1 point (a confident error spreads).
 */
export const RETYPE_BELOW = 0.5;

/**
 * Document-level consistency: a name tagged confidently once is tagged the same elsewhere in
 * the report. Untagged capitalised repeats are added; exact-span repeats the tagger typed
 * differently, and was unsure of (RETYPE_BELOW), are retyped. A person's surname alone ("Putin" after
 * "Vladimir Putin") counts as a repeat of the person.
 */
export const docConsistency: Refiner = (drafts, { doc, words: tokens }) => {
  const names = new Map<string, { type: EntityType; confidence: number }>();
  const consider = (key: string, type: EntityType, confidence: number) => {
    const cur = names.get(key);
    if (!cur || cur.confidence < confidence) names.set(key, { type, confidence });
  };
  const words = (first: number, end: number) => tokens.slice(first, end);
  for (const d of drafts) {
    if (d.confidence < CONFIDENT || d.type === 'NORP') continue;
    const w = words(d.first, d.end);
    consider(w.join(' '), d.type, d.confidence);
    if (d.type === 'PERSON' && w.length >= 2 && /^\p{Lu}\p{Ll}/u.test(w[w.length - 1])) consider(w[w.length - 1], 'PERSON', d.confidence - 0.01);
  }
  if (names.size === 0) return drafts;
  const byFirst = new Map<string, string[][]>();
  const filter = startFilter();
  for (const k of names.keys()) {
    const w = k.split(' ');
    const list = byFirst.get(w[0]);
    if (list) list.push(w);
    else byFirst.set(w[0], [w]);
    filter.add(w[0]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const out: Draft[] = drafts.map((d) => {
    // Only an unsure draft can be retyped (its confidence is below RETYPE_BELOW), so the name
    // lookup is skipped for the rest.
    if (d.confidence >= RETYPE_BELOW || d.type === 'NORP') return d;
    const known = names.get(words(d.first, d.end).join(' '));
    if (!known || known.type === d.type || d.confidence >= Math.min(known.confidence, RETYPE_BELOW)) return d;
    return { ...d, type: known.type, rule: `${d.rule}+doc-consistency` };
  });
  const { text } = doc;
  const { start, end: stop } = doc.tokens;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // Read from the text and offsets (contiguous), not the token strings (one heap object each).
      if (!filter.mayHave(text.charCodeAt(start[i]), stop[i] - start[i])) continue;
      const list = byFirst.get(tokens[i]);
      if (!list) continue;
      for (const w of list) {
        const end = i + w.length;
        if (end > s.tokenEnd || !w.every((x, k) => tokens[i + k] === x)) continue;
        if (overlapsAny(out, i, end)) break;
        // The repeat must stand alone as a name, not be part of a longer capitalised one.
        if (end < s.tokenEnd && /^\p{Lu}/u.test(tokens[end])) break;
        if (i > s.tokenStart && /^\p{Lu}/u.test(tokens[i - 1]) && i - 1 > s.tokenStart) break;
        const k = names.get(w.join(' '))!;
        out.push({ first: i, end, type: k.type, confidence: Math.min(k.confidence, 0.8), rule: 'doc-consistency' });
        break;
      }
    }
  }
  filter.clear();
  return sortDrafts(out);
};

// Marks by first code unit and by length (mod 32) of the names' first words, reused across
// documents; `clear` unmarks only what was marked.
const firstUnit = new Uint8Array(65536);
const marked: number[] = [];

/**
 * A cheap pre-test for "is this token the first word of a known name": it may say yes for a word
 * that is not, never no for one that is. Scanning every token of a report with a string-keyed
 * map lookup costs far more than reading one code unit and the length.
 */
function startFilter() {
  let lengths = 0;
  return {
    add(w: string) {
      const c = w.charCodeAt(0);
      if (!firstUnit[c]) {
        firstUnit[c] = 1;
        marked.push(c);
      }
      lengths |= 1 << (w.length & 31);
    },
    /** Could a token with this first code unit and length be a first word? */
    mayHave(first: number, length: number): boolean {
      return firstUnit[first] === 1 && ((lengths >>> (length & 31)) & 1) === 1;
    },
    clear() {
      for (const c of marked) firstUnit[c] = 0;
      marked.length = 0;
    },
  };
}
