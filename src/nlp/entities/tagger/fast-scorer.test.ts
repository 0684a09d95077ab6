import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../features/extract.js';
import { sentenceContext } from '../features/context.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { createFastScorer } from './fast-scorer.js';
import { createTagger } from './tagger.js';
import { TAG_COUNT } from './tags.js';
import { hashStr } from '../features/hash.js';
import { POS_TAGS } from '../../tokens/tokenize.js';
import { docCaseCodes } from '../features/doc-case.js';

/** A model with a pseudo-random weight for every feature seen in the sentences. */
function syntheticModel(hashes: number[]) {
  const uniq = [...new Set(hashes)].sort((a, b) => a - b);
  const weights = new Int16Array(uniq.length * TAG_COUNT);
  for (let i = 0; i < weights.length; i++) weights[i] = (hashStr(0x811c9dc5, String(i)) % 2001) - 1000;
  return createTagger({
    meta: { version: 1, tags: [], trainedOn: [], clusters: false },
    hashes: Uint32Array.from(uniq),
    weights,
    scale: 0.01,
    transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
  });
}

test('the fast scorer gives the same emissions as extracted features', () => {
  const gaz = loadGazetteer();
  const sentences: { words: string[]; pos: string[] }[] = [
    { words: ['Cuban', 'Foreign', 'Minister', 'Bruno', 'Rodríguez', 'said', 'on', 'X', '.'], pos: ['ADJ', 'PROPN', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'] },
    { words: ['It', 'said', 'the', 'United', 'States', 'and', 'Russia', 'agreed'], pos: ['PRON', 'VERB', 'DET', 'PROPN', 'PROPN', 'CCONJ', 'PROPN', 'VERB'] },
    { words: ['Reuters'], pos: ['PROPN'] },
    { words: ['the', 'Cuban', 'foreign', 'ministry', 'and', 'the', 'Cuban', 'foreign', 'ministry'], pos: ['DET', 'ADJ', 'ADJ', 'NOUN', 'CCONJ', 'DET', 'ADJ', 'ADJ', 'NOUN'] },
  ];
  const docCase = docCaseCodes(sentences.map((s) => s.words));
  const rows = sentences.map((s, k) => extractFeatures({ ...s, docCase: docCase[k] }, gaz));
  const tagger = syntheticModel(rows.flatMap((r) => Array.from(r.hashes)));
  const scorer = createFastScorer(tagger);
  // Twice: the second pass runs on warm caches.
  for (let pass = 0; pass < 2; pass++) {
    sentences.forEach((s, k) => {
      const n = s.words.length;
      const slow = new Float64Array(n * TAG_COUNT);
      for (let i = 0; i < n; i++) for (let j = rows[k].offsets[i]; j < rows[k].offsets[i + 1]; j++) tagger.addWeights(rows[k].hashes[j], slow, i * TAG_COUNT);
      const ctx = sentenceContext(s.words, s.words.map((w) => w.toLowerCase()), s.words.map((w) => /^\p{Lu}/u.test(w)), gaz);
      const fast = scorer.emissions(scorer.ids(s.words), s.pos.map((p) => POS_TAGS.indexOf(p as never)), ctx.gazAt, docCase[k]);
      for (let i = 0; i < slow.length; i++) assert.ok(Math.abs(slow[i] - fast[i]) < 1e-3, `sentence ${k} index ${i}: ${slow[i]} vs ${fast[i]}`);
    });
  }
});
