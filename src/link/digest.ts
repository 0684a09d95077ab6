import type { Analysis } from '../model/analysis.js';
import { minhash } from './minhash.js';
import { foldName } from './normalise.js';

/** What linking reads from a report's text: its MinHash signature and its most frequent content words. */
export interface TextDigest {
  signature: Uint32Array;
  words: string[];
}

/** Characters of the text a story may fall back on for its title. */
export const TITLE_FALLBACK = 80;

const STOP = new Set(
  ('about after also against been being between could from have into more most other over said says since some such than that their them then there these they this those through under were what when where which while will with would year years told according statement reported added week last first').split(' '),
);

const digests = new WeakMap<Analysis, TextDigest>();

/** A copy of a piece of a longer string that does not keep the longer one alive (engines may share its memory). */
const detached = (s: string) => (s.length < 13 ? s : [...s].join(''));

/** The 12 most frequent content words (over 3 letters, not stop words or numbers), most frequent first. */
export function topWords(text: string): string[] {
  const counts = new Map<string, number>();
  for (const w of foldName(text).split(' ')) if (w.length > 3 && !STOP.has(w) && !/^\d+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 12).map(([w]) => w);
}

/** The report's text digest, worked out once per analysis object. */
export function digestOf(a: Analysis): TextDigest {
  let d = digests.get(a);
  if (!d) {
    d = { signature: minhash(a.text), words: topWords(a.text).map(detached) };
    digests.set(a, d);
  }
  return d;
}

/**
 * A slim stand-in for a report while whole-store links are built: its header, entity records and
 * gaps, the start of its text, and its text digest. Gaps are closed afterwards, story by story,
 * from the full analyses (see engine/link.ts), so a large store need not sit in memory.
 */
export function digestForLinking(a: Analysis): Analysis {
  const slim: Analysis = {
    report: a.report, text: detached(a.text.slice(0, TITLE_FALLBACK)), sentences: [], entities: [], entityIndex: a.entityIndex,
    statements: [], events: [], dates: [], unknowns: a.unknowns, diagnostics: [],
  };
  digests.set(slim, digestOf(a));
  return slim;
}
