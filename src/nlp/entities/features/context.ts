import type { Gazetteer } from '../gazetteer/index.js';
import type { LexiconMatch } from '../gazetteer/lexicon.js';

/**
 * Per-sentence context shared by the slow (training) and fast (run-time) feature paths:
 * gazetteer tags per token, capitalisation patterns and capitalised-run lengths.
 */
export interface SentenceContext {
  gazAt: string[][];
  capsPattern: string[];
  capRun: number[];
  matches: LexiconMatch[];
}

/** Gazetteer feature tag for a token inside a match: label, B/I position, multi-word flag. */
function gazTag(m: LexiconMatch, k: number): string {
  return `${m.entry.label}${k === m.start ? 'B' : 'I'}${m.end - m.start > 1 ? 'm' : ''}`;
}

/** Compute the sentence context from words, their lower-case forms and capitalisation flags. */
export function sentenceContext(words: readonly string[], lower: readonly string[], cap: readonly boolean[], gaz: Gazetteer): SentenceContext {
  const n = words.length;
  const matches = gaz.lexicon.matchAll(words, lower);
  const gazAt = gazetteerTags(matches, n);
  const capRun = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    if (!cap[i]) { i++; continue; }
    let j = i;
    while (j < n && cap[j]) j++;
    for (let k = i; k < j; k++) capRun[k] = j - i;
    i = j;
  }
  const capsPattern: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    capsPattern[i] = `${cap[i] ? 'C' : 'c'}${i > 0 && cap[i - 1] ? 'C' : 'c'}${i + 1 < n && cap[i + 1] ? 'C' : 'c'}${i === 0 ? 'I' : ''}`;
  }
  return { gazAt, capsPattern, capRun, matches };
}

/** Gazetteer feature tags per token from a sentence's lexicon matches. */
export function gazetteerTags(matches: readonly LexiconMatch[], n: number): string[][] {
  // Most tokens match nothing: they share one empty array instead of allocating their own.
  const gazAt: string[][] = new Array(n).fill(NONE);
  for (const m of matches) {
    for (let k = m.start; k < m.end; k++) {
      const tag = gazTag(m, k);
      if (gazAt[k] === NONE) gazAt[k] = [tag];
      else if (!gazAt[k].includes(tag)) gazAt[k].push(tag);
    }
  }
  return gazAt;
}

const NONE: string[] = [];
