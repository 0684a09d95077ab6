import { sortDrafts, type Draft, type Refiner } from '../draft.js';

const LABELS = new Set(['org', 'media', 'country', 'city', 'region']);

/**
 * A draft that covers only part of a known name ("Nations" in "United Nations", "Gazette" in a
 * media name) grows to the whole gazetteer match, when every word of the match is capitalised
 * and the growth swallows no other draft.
 */
export const extendToGazetteer: Refiner = (drafts, { words, matches }) => {
  let out: Draft[] = drafts;
  for (const m of matches) {
    if (!LABELS.has(m.entry.label) || m.end - m.start < 2) continue;
    let capitalised = true;
    for (let k = m.start; k < m.end && capitalised; k++) if (!/^\p{Lu}/u.test(words[k])) capitalised = false;
    if (!capitalised) continue;
    const inside = out.filter((d) => d.first >= m.start && d.end <= m.end);
    const across = out.some((d) => d.first < m.end && m.start < d.end && (d.first < m.start || d.end > m.end));
    if (inside.length !== 1 || across) continue;
    const d = inside[0];
    if (d.first === m.start && d.end === m.end) continue;
    out = out.map((x) => (x === d ? { ...x, first: m.start, end: m.end, rule: `${x.rule}+extend-to-gazetteer` } : x));
  }
  return out === drafts ? drafts : sortDrafts(out);
};
