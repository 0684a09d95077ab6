import { extractFeatures, type ClusterLookup } from '../features/extract.js';
import type { Gazetteer } from '../gazetteer/index.js';
import type { Tagger } from './tagger.js';
import { TAGS } from './tags.js';

/** Tag one sentence given its words and POS: IOB2 tag strings plus per-token margins. */
export function tagSentence(
  tagger: Tagger,
  gaz: Gazetteer,
  words: readonly string[],
  pos: readonly string[],
  clusters?: ClusterLookup,
): { tags: string[]; margin: Float32Array } {
  const r = tagger.tag(extractFeatures({ words, pos }, gaz, clusters));
  return { tags: Array.from(r.tags, (t) => TAGS[t]), margin: r.margin };
}
