import type { Doc } from '../../model/doc.js';
import type { EntityType } from '../../model/annotations.js';
import { gazetteerTags } from './features/context.js';
import type { Gazetteer } from './gazetteer/index.js';
import type { Lexicon, LexiconMatch } from './gazetteer/lexicon.js';
import type { FastScorer } from './tagger/fast-scorer.js';
import type { WordTable } from './tagger/word-table.js';
import type { Tagger } from './tagger/tagger.js';
import { TAG_COUNT, TAGS } from './tagger/tags.js';
import type { Draft } from './draft.js';

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
/** Mention type of each B- tag id. */
const TYPE_OF_TAG: EntityType[] = TAGS.map((t) => TYPE_OF[t.slice(2)] ?? 'MISC');

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

// Document-wide scratch tables, reused across documents (tagging is synchronous).
let emit = new Float64Array(4096 * TAG_COUNT);
let tags = new Uint8Array(4096);
let margin = new Float32Array(4096);

// Per word id: 0 not yet known, 1 no lexicon phrase starts with the word, 2 some may. Valid for
// one word table (until it is dropped) and one lexicon.
let lexMark = new Uint8Array(4096);
let lexOwner: { table: WordTable; epoch: number; lexicon: Lexicon } | null = null;

/**
 * The lexicon matches of every sentence, as `lexicon.matchRange` finds them, but a token is only
 * looked up when its word can start a phrase; that is known per word id, so most tokens cost
 * one byte read instead of a string-keyed lookup.
 */
function matchLexicon(doc: Doc, wid: Int32Array, words: string[], lower: string[], table: WordTable, lexicon: Lexicon): LexiconMatch[] {
  if (!lexOwner || lexOwner.table !== table || lexOwner.epoch !== table.epoch || lexOwner.lexicon !== lexicon) {
    lexMark.fill(0);
    lexOwner = { table, epoch: table.epoch, lexicon };
  }
  const matches: LexiconMatch[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const id = wid[i];
      if (id >= lexMark.length) {
        const m = new Uint8Array(Math.max(id + 1, lexMark.length * 2));
        m.set(lexMark);
        lexMark = m;
      }
      let mark = lexMark[id];
      if (mark === 0) mark = lexMark[id] = lexicon.startsWith(lower[i]) ? 2 : 1;
      if (mark === 2) lexicon.matchAt(words, lower, i, s.tokenEnd, matches);
    }
  }
  return matches;
}

/**
 * Run the statistical tagger over every sentence of the Doc and turn its BIO output into drafts.
 * A draft's confidence comes from its least certain token. Word ids, document-case codes,
 * gazetteer matches and emission scores are computed once over the whole Doc; each sentence is
 * scored and decoded as its own sequence.
 */
export function tagDoc(doc: Doc, tagger: Tagger, scorer: FastScorer, gaz: Gazetteer): TaggedDoc {
  const drafts: Draft[] = [];
  const n = doc.tokenCount;
  const table = scorer.words;
  const wid = table.docIds(doc.text, doc.tokens.start, doc.tokens.end, n);
  const words: string[] = new Array(n);
  const lower: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    words[i] = table.text[wid[i]];
    lower[i] = table.lower[wid[i]];
  }
  const docCase = table.docCase(wid, doc.sentences);
  const matches = matchLexicon(doc, wid, words, lower, table, gaz.lexicon);
  const gazAt = gazetteerTags(matches, n);
  if (tags.length < n) {
    emit = new Float64Array(n * 2 * TAG_COUNT);
    tags = new Uint8Array(n * 2);
    margin = new Float32Array(n * 2);
  }
  const pos = doc.tokens.pos;
  for (const s of doc.sentences) {
    const from = s.tokenStart;
    const to = s.tokenEnd;
    if (to <= from) continue;
    scorer.scoreRange(wid, pos, gazAt, docCase, from, to, emit);
    tagger.decodeRange(emit, from, to, tags, margin);
    // Tag ids: 0 is O, odd ids are B-X, even ids I-X (see tagger/tags.ts).
    for (let i = from; i < to; ) {
      if (tags[i] === 0) { i++; continue; }
      const b = tags[i] % 2 === 1 ? tags[i] : tags[i] - 1;
      let j = i + 1;
      while (j < to && tags[j] === b + 1) j++;
      let m = Infinity;
      for (let k = i; k < j; k++) m = Math.min(m, margin[k]);
      drafts.push({ first: i, end: j, type: TYPE_OF_TAG[b], confidence: marginToConfidence(m), rule: 'tagger' });
      i = j;
    }
  }
  return { drafts, words, matches };
}
