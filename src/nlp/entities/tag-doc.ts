import type { Doc } from '../../model/doc.js';
import type { EntityType } from '../../model/annotations.js';
import type { ClusterLookup } from './features/extract.js';
import type { Gazetteer } from './gazetteer/index.js';
import { tagsToSpans } from './iob2/tag-spans.js';
import type { Tagger } from './tagger/tagger.js';
import { tagSentence } from './tagger/tag-sentence.js';
import type { Draft } from './draft.js';

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/** Map a margin (perceptron score units) to a 0..1 confidence. */
export function marginToConfidence(margin: number): number {
  return 1 / (1 + Math.exp(-margin / 15));
}

/**
 * Run the statistical tagger over every sentence of the Doc and turn its BIO output into drafts.
 * A draft's confidence comes from its least certain token.
 */
export function tagDoc(doc: Doc, tagger: Tagger, gaz: Gazetteer, clusters?: ClusterLookup): Draft[] {
  const out: Draft[] = [];
  for (const s of doc.sentences) {
    const words: string[] = [];
    const pos: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      words.push(doc.token(i));
      pos.push(doc.pos(i));
    }
    if (words.length === 0) continue;
    const r = tagSentence(tagger, gaz, words, pos, clusters);
    for (const sp of tagsToSpans(r.tags)) {
      let m = Infinity;
      for (let k = sp.start; k < sp.end; k++) m = Math.min(m, r.margin[k]);
      out.push({
        first: s.tokenStart + sp.start,
        end: s.tokenStart + sp.end,
        type: TYPE_OF[sp.type] ?? 'MISC',
        confidence: marginToConfidence(m),
        rule: 'tagger',
      });
    }
  }
  return out;
}
