import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../tokens/tokenize.js';
import { POS_TAGS } from '../../tokens/tokenize.js';
import { goldDocText } from '../iob2/gold-text.js';
import { parseIob2 } from '../iob2/read-iob2.js';
import { docCaseCodes } from '../features/doc-case.js';

/** A gold sentence ready for training: tokens, POS as our tokenizer sees them, tags, and a weight. */
export interface TrainSentence {
  words: string[];
  pos: string[];
  tags: string[];
  weight: number;
  doc: string;
  docCase: Uint8Array;
}

/** A training file under the data folder and how much each of its updates counts. */
export interface CorpusSpec {
  file: string;
  weight: number;
  /** Keep only documents whose id passes (e.g. WNUT-17's Twitter train split). */
  keepDoc?: (id: string) => boolean;
}

/**
 * The licence-cleared training sets (see models/MODEL_CARD.md). Held-out dev sets (gum-dev,
 * uner-ewt-dev, wikinews-silver-dev) are never listed here. Noisy or off-domain sets count less:
 * tweets lack MISC (BTC) or were chosen for rare entities (WNUT-17); re3d spans were cut heuristically.
 */
export const TRAIN_SETS: CorpusSpec[] = [
  { file: 'gum-train.iob2', weight: 1 },
  { file: 'extra/wikinews-silver-train.iob2', weight: 1.5 },
  { file: 'extra/wikigold.iob2', weight: 1 },
  { file: 'extra/crossner-politics.iob2', weight: 1 },
  { file: 'extra/re3d.iob2', weight: 0.5 },
  { file: 'extra/btc.iob2', weight: 0.4 },
  { file: 'extra/wnut17.iob2', weight: 0.3, keepDoc: (id) => id.startsWith('wnut17-train') },
];

/** Files that must never be trained on; `loadCorpus` refuses them. */
export const HELD_OUT = ['gum-dev.iob2', 'uner-ewt-dev.iob2', 'wikinews-silver-dev.iob2', 'polnear', 'bbc'];

/**
 * Read IOB2 files and give each gold token the POS tag our tokenizer assigns at run time: the
 * document is rebuilt as text (gold-text.ts), tokenised with wink, and each gold token takes the
 * tag of the wink token that covers its first character.
 */
export function loadCorpus(dataDir: string, specs: CorpusSpec[], opts: { heldOutForDev?: boolean } = {}): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const spec of specs) {
    if (!opts.heldOutForDev && HELD_OUT.some((h) => spec.file.includes(h))) throw new Error(`refusing to train on held-out data: ${spec.file}`);
    const docs = parseIob2(readFileSync(join(dataDir, spec.file), 'utf8'), spec.file);
    for (const doc of docs) {
      if (spec.keepDoc && !spec.keepDoc(doc.id)) continue;
      const g = goldDocText(doc);
      const wink = tokenize(g.text);
      let k = 0;
      const docCase = docCaseCodes(doc.sentences.map((s) => s.tokens));
      doc.sentences.forEach((s, si) => {
        const pos: string[] = [];
        for (const start of g.offsets[si].starts) {
          while (k < wink.count && wink.end[k] <= start) k++;
          pos.push(k < wink.count && wink.start[k] <= start ? POS_TAGS[wink.pos[k]] : 'X');
        }
        out.push({ words: s.tokens, pos, tags: s.tags, weight: spec.weight, doc: doc.id, docCase: docCase[si] });
      });
    }
  }
  return out;
}
