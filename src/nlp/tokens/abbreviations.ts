/**
 * Words that end in a period without ending a sentence. wink splits "Dept." into "Dept" + ".",
 * so the splitter looks at the word before the period. Lower-cased, without the period.
 */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr',
  'sgt', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'brig',
  'dept', 'univ', 'assn', 'bros', 'co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'est', 'govt', 'natl', 'intl',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'vs', 'v', 'etc', 'approx', 'ca', 'cf', 'al', 'fig', 'vol', 'op', 'ed', 'eds', 'pp', 'para',
  'ave', 'blvd', 'rd', 'hwy', 'sq', 'ste', 'apt', 'no', 'nos', 'art', 'sec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

/** Abbreviations that normally precede a number ("No. 1", "Art. 5"): only then do they not end a sentence. */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'sec', 'vol', 'op', 'pp', 'para', 'fig']);
