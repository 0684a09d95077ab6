import type { Doc } from '../../../model/doc.js';
import { LEXICON } from '../lexicon/index.js';
import { compilePattern, findPatternMatches, type CompiledPattern, type PatternMatch } from './pattern.js';
import { tokenFlags } from '../token-flags.js';

let compiled: CompiledPattern[] | null = null;


/** The lexicon, compiled once. */
export function lexiconPatterns(): CompiledPattern[] {
  compiled ??= LEXICON.map(compilePattern);
  return compiled;
}

/**
 * Trigger matches of one sentence, one per stretch of text: a pattern with more words wins (it
 * is more specific: "criminal proceedings" over nothing, "forge ... ties" over "forge"), then the
 * shorter span (tighter gaps), then the earlier start. Tokens inside a date expression never
 * trigger ("March" the month is not a protest march), nor do tokens inside a name.
 */
export function findTriggers(doc: Doc, sentence: number, patterns = lexiconPatterns()): PatternMatch[] {
  const s = doc.sentences[sentence];
  const { inDate, inName } = tokenFlags(doc);
  const all = findPatternMatches(doc, patterns, s.tokenStart, s.tokenEnd).filter((m) => !inDate[m.head] && !inName[m.head]);
  all.sort((a, b) => b.pattern.words - a.pattern.words || (a.last - a.first) - (b.last - b.first) || a.first - b.first);
  const kept: PatternMatch[] = [];
  const usedWords = new Set<number>();
  for (const m of all) {
    if (kept.some((k) => k.head === m.head || (m.first <= k.last && k.first <= m.last && m.pattern.words <= 1))) continue;
    if (usedWords.has(m.head)) continue;
    kept.push(m);
    for (let i = m.first; i <= m.last; i++) if (m.pattern.words > 1) usedWords.add(i);
  }
  return kept.sort((a, b) => a.first - b.first);
}
