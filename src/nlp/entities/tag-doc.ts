import type { Doc } from '../../model/doc.js';
import type { EntityType } from '../../model/annotations.js';
import { gazetteerTags } from './features/context.js';
import { docCaseCodes } from './features/doc-case.js';
import type { Gazetteer } from './gazetteer/index.js';
import type { LexiconMatch } from './gazetteer/lexicon.js';
import type { FastScorer } from './tagger/fast-scorer.js';
import type { Tagger } from './tagger/tagger.js';
import { TAGS } from './tagger/tags.js';
import type { Draft } from './draft.js';

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/** Map a max-marginal margin (perceptron score units) to a 0..1 confidence. */
export function marginToConfidence(margin: number): number {
  return 1 / (1 + Math.exp(-margin / 15));
}

/** The tagger's drafts plus what refiners reuse: token texts and gazetteer matches (Doc token indices). */
export interface TaggedDoc {
  drafts: Draft[];
  words: string[];
  matches: LexiconMatch[];
}

/**
 * Run the statistical tagger over every sentence of the Doc and turn its BIO output into drafts.
 * A draft's confidence comes from its least certain token.
 */
export function tagDoc(doc: Doc, tagger: Tagger, scorer: FastScorer, gaz: Gazetteer): TaggedDoc {
  const drafts: Draft[] = [];
  const words: string[] = new Array(doc.tokenCount);
  for (let i = 0; i < doc.tokenCount; i++) words[i] = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
  const allMatches: LexiconMatch[] = [];
  const docCase = docCaseCodes(doc.sentences.map((s) => words.slice(s.tokenStart, s.tokenEnd)));
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const n = s.tokenEnd - s.tokenStart;
    if (n <= 0) continue;
    const ws = words.slice(s.tokenStart, s.tokenEnd);
    const wid = scorer.ids(ws);
    const lower: string[] = new Array(n);
    for (let i = 0; i < n; i++) lower[i] = scorer.lowerOf(wid[i]);
    const matches = gaz.lexicon.matchAll(ws, lower);
    for (const m of matches) allMatches.push({ start: m.start + s.tokenStart, end: m.end + s.tokenStart, entry: m.entry });
    const pos = doc.tokens.pos.subarray(s.tokenStart, s.tokenEnd);
    const r = tagger.decode(scorer.emissions(wid, pos, gazetteerTags(matches, n), docCase[si]), n);
    // Tag ids: 0 is O, odd ids are B-X, even ids I-X (see tagger/tags.ts).
    const tags = r.tags;
    for (let i = 0; i < n; ) {
      if (tags[i] === 0) { i++; continue; }
      const b = tags[i] % 2 === 1 ? tags[i] : tags[i] - 1;
      let j = i + 1;
      while (j < n && tags[j] === b + 1) j++;
      let m = Infinity;
      for (let k = i; k < j; k++) m = Math.min(m, r.margin[k]);
      drafts.push({
        first: s.tokenStart + i,
        end: s.tokenStart + j,
        type: TYPE_OF[TAGS[b].slice(2)] ?? 'MISC',
        confidence: marginToConfidence(m),
        rule: 'tagger',
      });
      i = j;
    }
  }
  return { drafts, words, matches: allMatches };
}
