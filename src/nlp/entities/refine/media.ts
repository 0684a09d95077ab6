import { MEDIA_HEAD_WORDS } from '../gazetteer/media.js';
import { overlapsAny, sortDrafts, draftText, type Draft, type Refiner } from '../draft.js';

/** Media names that are also everyday words or letters: only taken with a cue (see below). */
const AMBIGUOUS = new Set(['x', 'time', 'fox', 'vice', 'mirror', 'the sun', 'fortune', 'threads', 'wired', 'slate', 'vox', 'rt', 'ria',
  'fars', 'guardian', 'economist', 'express', 'abc', 'dw', 'telegram', 'independent', 'the times', 'the independent']);
const CUE_BEFORE = new Set(['on', 'told', 'via', 'to']);
const CUE_AFTER = new Set(['reported', 'reports', 'said', 'says', 'news', 'agency', 'newspaper', 'quoted', 'cited', 'broadcast']);

/**
 * ORG -> MEDIA for news outlets, agencies and platforms: drafts matching the media lexicon or
 * ending in a newspaper word ("Ryazan Gazette", "Kyiv Post"). Lexicon names the tagger missed are
 * added, except ambiguous ones ("X", "Time") without a cue such as "on X" or "Fox reported".
 */
export const mediaOutlets: Refiner = (drafts, { doc, gaz }) => {
  const out: Draft[] = drafts.map((d) => {
    if (d.type === 'PERSON' || d.type === 'NORP' || d.type === 'MEDIA') return d;
    const text = draftText(doc, d);
    const lower = text.toLowerCase().replace(/^the\s+/, '');
    const lastWord = doc.token(d.end - 1).toLowerCase();
    const isMedia = gaz.media.has(lower) || gaz.media.has(text.toLowerCase())
      || (d.end - d.first > 1 && MEDIA_HEAD_WORDS.has(lastWord) && lastWord !== 'press' && lastWord !== 'agency' && (d.type !== 'LOC' || lastWord !== 'post'));
    return isMedia ? { ...d, type: 'MEDIA', rule: `${d.rule}+media` } : d;
  });
  for (const s of doc.sentences) {
    const words: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(doc.token(i));
    const lower = words.map((w) => w.toLowerCase());
    for (const m of gaz.lexicon.matchAll(words, lower)) {
      if (m.entry.label !== 'media') continue;
      const first = s.tokenStart + m.start;
      const end = s.tokenStart + m.end;
      if (overlapsAny(out, first, end)) continue;
      if (AMBIGUOUS.has(m.entry.phrase.toLowerCase())) {
        const before = m.start > 0 ? lower[m.start - 1] : '';
        const after = m.end < lower.length ? lower[m.end] : '';
        if (!CUE_BEFORE.has(before) && !CUE_AFTER.has(after)) continue;
      }
      out.push({ first, end, type: 'MEDIA', confidence: 0.85, rule: 'media-lexicon' });
    }
  }
  return sortDrafts(out);
};
