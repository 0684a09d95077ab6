import type { Draft, Refiner } from '../draft.js';

/** Longer spans are tagger run-ons, not names ("Newfoundland and Labrador Court of Appeal" is 6). */
export const MAX_NAME_TOKENS = 12;

const BREAKS = new Set([',', ';', ':', '(', ')', '"', '“', '”', '‘', '’', '[', ']', '—', '–', '|', '/', '?', '!']);

/**
 * No run-on spans: cut a draft at punctuation that never sits inside a name (commas, quotes,
 * brackets, dashes, semicolons) and drop pieces that are empty, only punctuation, or longer than
 * MAX_NAME_TOKENS.
 */
export const splitRunOns: Refiner = (drafts, { doc }) => {
  const out: Draft[] = [];
  for (const d of drafts) {
    let start = d.first;
    for (let i = d.first; i <= d.end; i++) {
      if (i === d.end || BREAKS.has(doc.token(i))) {
        if (i > start) out.push({ ...d, first: start, end: i, rule: start === d.first && i === d.end ? d.rule : `${d.rule}+split-run-on` });
        start = i + 1;
      }
    }
  }
  return out.filter((d) => d.end - d.first <= MAX_NAME_TOKENS && /[\p{L}\p{N}]/u.test(doc.text.slice(doc.tokens.start[d.first], doc.tokens.end[d.end - 1])));
};
