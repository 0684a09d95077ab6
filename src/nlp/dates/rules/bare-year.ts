import { isoYear } from '../calendar.js';
import type { DateCandidate, DateRule } from '../candidate.js';
import { matchAll } from './match-all.js';

/*
 * A four-digit number 1000–2099 standing alone is read as a year ("in 2022", "since 2014",
 * "Brieber 2014", "2003's") unless its neighbours say it is a count, a code or a time.
 * chrono ignores bare years entirely, which loses most dates in news and academic prose.
 */
const YEAR = /(?<![\d.,$£€¥#/:])\b(1\d{3}|20\d{2})\b(?![.,:]\d|%|\/\d|-\d{3})/g;

/** Words before a number that make it a label, not a year: "Article 2014", "Flight 1549". */
const LABEL_BEFORE = new Set([
  'article', 'section', 'rule', 'resolution', 'no', 'no.', 'number', 'nos', 'page', 'pages', 'pp', 'p',
  'room', 'flight', 'route', 'highway', 'chapter', 'paragraph', 'item', 'code', 'unit', 'model',
  'version', 'boeing', 'airbus', 'bus', 'line', 'platform', 'gate', 'exit', 'box', 'suite', 'apt',
  'building', 'block', 'lot', 'row', 'seat', 'table', 'figure', 'fig', 'verse', 'psalm', 'bill',
  'hr', 's', 'ch', 'vol', 'volume', 'issue', 'episode', 'ep', 'season', 'level', 'over', 'under',
  'about', 'approximately', 'nearly', 'almost', 'some', 'least', 'than', 'to', 'of',
]);

/**
 * Words after a number that make it a count or a clock time ("2000 soldiers", "1930 GMT").
 * Plural nouns are caught by shape; these are the irregular and unit words.
 */
const COUNT_AFTER = new Set([
  'people', 'men', 'women', 'children', 'persons', 'police', 'personnel', 'staff', 'feet', 'foot',
  'km', 'kg', 'mm', 'cm', 'm', 'ft', 'mi', 'lb', 'lbs', 'sq', 'square', 'percent', 'gmt',
  'utc', 'bst', 'est', 'edt', 'cet', 'hrs', 'hours', 'hour', 'local', 'times', 'strong', 'more',
  'fewer', 'or', 'and', 'to', 'of', 'out', 'plus', 'million', 'billion', 'thousand', 'hundred',
  'dollars', 'euros', 'pounds', 'yuan', 'yen', 'rubles', 'roubles', 'pesos', 'tonnes', 'tons',
  // "a 2000 year old tradition": an age, not a year.
  'year',
]);

/** Plural nouns that still take a year as modifier: "the 2014 elections", "2012 Olympics". */
const YEAR_PLURALS = new Set([
  'elections', 'olympics', 'games', 'championships', 'finals', 'talks', 'protests', 'riots',
  'floods', 'attacks', 'accords', 'negotiations', 'polls', 'playoffs', 'awards', 'sanctions',
  'midterms', 'primaries', 'census', 'hearings', 'results', 'figures', 'accounts', 'rules',
]);

/** Words ending in -s that are not plural nouns: "in 1724 as professor", "from 1928 onwards". */
const NOT_PLURAL = new Set([
  'as', 'is', 'was', 'has', 'his', 'its', 'this', 'thus', 'us', 'yes', 'plus', 'does', 'unless',
  'whereas', 'towards', 'afterwards', 'onwards', 'backwards', 'besides', 'always', 'perhaps',
  'sometimes', 'news', 'series', 'species', 'across', 'nevertheless', 'hers', 'ours', 'theirs',
]);

function previousWord(text: string, at: number): string {
  const m = /([A-Za-z.]+)\s*$/.exec(text.slice(Math.max(0, at - 24), at));
  return m ? m[1].toLowerCase().replace(/\.$/, '') : '';
}

function nextWord(text: string, at: number): string {
  const m = /^\s+([A-Za-z]+)/.exec(text.slice(at, at + 30));
  return m ? m[1] : '';
}

/** True when the context says the number is not a year. */
export function isCountOrLabel(text: string, start: number, end: number): boolean {
  const before = previousWord(text, start);
  if (LABEL_BEFORE.has(before) && !/^(of|to)$/.test(before)) return true;
  if (/^\s*(?:per\s*cent|percent)\b/i.test(text.slice(end))) return true;
  const after = nextWord(text, end);
  const lower = after.toLowerCase();
  if (COUNT_AFTER.has(lower)) {
    // "between 2010 and 2014", "from 2010 to 2014": ranges of years, not counts.
    if ((lower === 'and' || lower === 'to' || lower === 'or') && /^\s+(?:and|to|or)\s+(1\d{3}|20\d{2})\b/.test(text.slice(end))) return false;
    return lower !== 'and' && lower !== 'to' && lower !== 'or' && lower !== 'of' ? true : isNumberNeighbour(before);
  }
  if (/^[a-z]+s$/.test(after) && !/ss$/.test(after) && !YEAR_PLURALS.has(lower) && !NOT_PLURAL.has(lower)) return true;
  return false;
}

/** "some 2000 or more" — a count word before a number joined by and/or/to/of. */
function isNumberNeighbour(before: string): boolean {
  return /^(about|around|some|nearly|almost|over|under|approximately|roughly|least|than)$/.test(before);
}

/** Rule `bare-year`: a lone year. */
export function createBareYearRule(): DateRule {
  return {
    id: 'bare-year',
    cues: ['digit'],
    find(text: string, offset: number): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const m of matchAll(YEAR, text)) {
        const start = m.index;
        const end = start + m[1].length;
        if (isCountOrLabel(text, start, end)) continue;
        const year = Number(m[1]);
        out.push({
          start: offset + start,
          end: offset + end,
          rule: 'bare-year',
          stated: ['year'],
          priority: 1,
          resolve: () => ({ when: isoYear(year), precision: 'year', stated: ['year'], inferred: [] }),
        });
      }
      return out;
    },
  };
}
