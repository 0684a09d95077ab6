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
export const mediaOutlets: Refiner = (drafts, { doc, gaz, words, matches }) => {
  const out: Draft[] = drafts.map((d) => {
    if (d.type === 'PERSON' || d.type === 'NORP' || d.type === 'MEDIA') return d;
    const text = draftText(doc, d);
    const lower = text.toLowerCase().replace(/^the\s+/, '');
    const lastWord = words[d.end - 1].toLowerCase();
    const isMedia = gaz.media.has(lower) || gaz.media.has(text.toLowerCase())
      || (d.end - d.first > 1 && MEDIA_HEAD_WORDS.has(lastWord) && lastWord !== 'press' && lastWord !== 'agency' && (d.type !== 'LOC' || lastWord !== 'post'));
    return isMedia ? { ...d, type: 'MEDIA', rule: `${d.rule}+media` } : d;
  });
  for (const m of matches) {
    if (m.entry.label !== 'media') continue;
    if (overlapsAny(out, m.start, m.end)) continue;
    if (AMBIGUOUS.has(m.entry.phrase.toLowerCase())) {
      const sent = doc.sentences[doc.sentenceOfToken(m.start)];
      const before = m.start > sent.tokenStart ? words[m.start - 1].toLowerCase() : '';
      const after = m.end < sent.tokenEnd ? words[m.end].toLowerCase() : '';
      if (!CUE_BEFORE.has(before) && !CUE_AFTER.has(after)) continue;
    }
    out.push({ first: m.start, end: m.end, type: 'MEDIA', confidence: 0.85, rule: 'media-lexicon' });
  }
  return sortDrafts(out);
};
