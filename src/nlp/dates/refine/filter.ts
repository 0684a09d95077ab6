import type { Doc } from '../../../model/doc.js';
import type { DateCandidate } from '../candidate.js';
import { monthNumber } from '../lexicon.js';

/*
 * Refiner 1 of 3 (then overlaps, then resolution): drop candidates that are not dates.
 * Each check names the mistake it prevents.
 */

/** Words chrono reads as dates that carry no calendar value in news copy. */
const VAGUE = new Set(['now', 'right now', 'present', 'the present', 'currently', 'at the moment', 'recently', 'soon']);

/**
 * "Two years later", "five days before": counted from another event in the story, not from the
 * report date, so resolving them against the report date would be wrong.
 */
const ANAPHORIC = /\b(?:days?|weeks?|months?|years?|decades?|centuries)\s+(?:later|earlier|before|after(?:wards)?|on)$/i;

/** Words before a lone month name that make it a date: "in May", "late March". */
const MONTH_INTRO = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'early', 'mid', 'late', 'last', 'this', 'next',
  'during', 'before', 'after', 'through', 'between', 'and', 'or', 'to', ',', 'end', 'since', 'on',
  'around', 'throughout', 'each', 'every', 'that', '-', 'mid-',
]);

/** Words that make a month a date even before a name: "In May Putin said". */
const STRONG_INTRO = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'early', 'mid', 'late', 'last', 'this', 'next', 'of', 'before', 'after']);

/** Month names that are also common words or names in running text. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'april', 'june', 'august']);

function isLoneMonth(text: string): boolean {
  return /^[A-Za-z]+$/.test(text) && monthNumber(text) !== undefined;
}

function prevToken(doc: Doc, i: number): number {
  const s = doc.sentences[doc.sentenceOfToken(i)];
  return i - 1 >= s.tokenStart ? i - 1 : -1;
}

function nextToken(doc: Doc, i: number): number {
  const s = doc.sentences[doc.sentenceOfToken(i)];
  return i + 1 < s.tokenEnd ? i + 1 : -1;
}

/**
 * Why a candidate is not a date, or null to keep it.
 * - `lower-case-month`: "may", "march" in lower case are a verb and a noun.
 * - `abbreviation`: a lone "Sun", "Sat", "Mar" is a newspaper, a name or a word.
 * - `vague`: "now", "currently" name no calendar value.
 * - `anaphoric`: "two years later" counts from another event, not from the report date.
 * - `month-as-word`: a lone "May"/"March"/"June"... not introduced by a preposition or modifier
 *   is a modal ("May God..."), a march, or part of a name ("Theresa May", "June Carter").
 */
export function rejectReason(doc: Doc, c: DateCandidate): string | null {
  const text = doc.text.slice(c.start, c.end);
  if (VAGUE.has(text.toLowerCase())) return 'vague';
  if (c.rule === 'chrono' && ANAPHORIC.test(text)) return 'anaphoric';
  if (!/\d/.test(text) && /^[A-Za-z]{2,4}\.?$/.test(text) && c.rule === 'chrono' && !/^(may|june|july)$/i.test(text)) return 'abbreviation';
  if (!isLoneMonth(text)) return null;
  if (/^[a-z]/.test(text)) return 'lower-case-month';
  const i = doc.tokenAtOrAfter(c.start);
  if (i >= doc.tokenCount) return null;
  const p = prevToken(doc, i);
  const n = nextToken(doc, i);
  const prevWord = p >= 0 ? doc.token(p).toLowerCase() : '';
  const introduced = MONTH_INTRO.has(prevWord);
  if (p >= 0 && doc.pos(p) === 'PROPN' && /^[A-Z]/.test(doc.token(p)) && !introduced) return 'month-as-word';
  const nextIsName = n >= 0 && doc.pos(n) === 'PROPN' && /^[A-Z][a-z]/.test(doc.token(n)) && monthNumber(doc.token(n)) === undefined;
  if (nextIsName && !STRONG_INTRO.has(prevWord)) return 'month-as-word';
  if (AMBIGUOUS_MONTHS.has(text.toLowerCase()) && !introduced) {
    const nextIsNumber = n >= 0 && /^\d/.test(doc.token(n));
    if (!nextIsNumber) return 'month-as-word';
  }
  return null;
}

/** Keep the candidates that are dates; the reasons for the others go to `rejected` when given. */
export function filterCandidates(doc: Doc, candidates: DateCandidate[], rejected?: Array<{ c: DateCandidate; reason: string }>): DateCandidate[] {
  return candidates.filter((c) => {
    const reason = rejectReason(doc, c);
    if (reason && rejected) rejected.push({ c, reason });
    return reason === null;
  });
}
