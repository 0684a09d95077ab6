import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packagePath } from '../../../model/paths.js';
import { extractFeatures, type ClusterLookup } from '../features/extract.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { tagsToSpans } from '../iob2/tag-spans.js';
import { prf, scoreSpans, type PrfCounts } from '../iob2/span-score.js';
import { encodeModel, type NerModel } from '../tagger/model-file.js';
import { createTagger } from '../tagger/tagger.js';
import { TAG_INDEX, TAGS } from '../tagger/tags.js';
import { loadCorpus, TRAIN_SETS, type TrainSentence } from './corpus.js';
import { trainPerceptron, type Instance } from './perceptron.js';
import { CLUSTERS_FILE, loadClusterLookup, resetClusterCache } from '../features/clusters.js';
import { buildClusters, formatClusters } from './build-clusters.js';

interface Args {
  data: string;
  out: string;
  epochs: number;
  dev: boolean;
  clusters: boolean;
  buildClusters: string | null;
  /** Per-file weight overrides (`--weight btc=0.2`); 0 leaves the file out. */
  weights: Map<string, number>;
  local: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { data: '../shared/data/ner', out: packagePath('models', 'ner.bin'), epochs: 8, dev: true, clusters: true, buildClusters: null, weights: new Map(), local: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--data') a.data = argv[++i];
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--epochs') a.epochs = Number(argv[++i]);
    else if (k === '--no-dev') a.dev = false;
    else if (k === '--no-clusters') a.clusters = false;
    else if (k === '--local') a.local = true;
    else if (k === '--build-clusters') a.buildClusters = argv[++i];
    else if (k === '--weight') {
      const [name, w] = argv[++i].split('=');
      a.weights.set(name, Number(w));
    }
    else throw new Error(`unknown option ${k}`);
  }
  return a;
}

/** Dev sets scored after each epoch on gold tokens (the full pipeline eval is `newsgraph eval ner`). */
const DEV_SETS = ['extra/wikinews-silver-dev.iob2', 'gum-dev.iob2', 'uner-ewt-dev.iob2'];

function toInstances(sents: TrainSentence[], clusters: ClusterLookup | undefined): Instance[] {
  const gaz = loadGazetteer();
  return sents.map((s) => ({
    rows: extractFeatures(s, gaz, clusters),
    gold: Uint8Array.from(s.tags.map((t) => TAG_INDEX.get(t) ?? 0)),
    weight: s.weight,
  }));
}

function devScore(model: NerModel, dev: Instance[]): { f1: number; per: string } {
  const tagger = createTagger(model);
  const acc = new Map<string, PrfCounts>();
  for (const d of dev) {
    const pred = tagger.tag(d.rows).tags;
    scoreSpans(tagsToSpans(Array.from(d.gold, (t) => TAGS[t])), tagsToSpans(Array.from(pred, (t) => TAGS[t])), ['PER', 'ORG', 'LOC'], acc);
  }
  const per = ['PER', 'ORG', 'LOC'].map((t) => `${t} ${prf(acc.get(t) ?? { tp: 0, fp: 0, fn: 0 }).f1.toFixed(1)}`).join(' ');
  return { f1: prf(acc.get('ALL') ?? { tp: 0, fp: 0, fn: 0 }).f1, per };
}

/**
 * Train the news NER tagger: `npm run train:ner -- --data ../shared/data/ner [--epochs 8]
 * [--out models/ner.bin] [--no-dev] [--no-clusters] [--local] [--build-clusters ../shared/data/unlabeled]`.
 * `--build-clusters DIR` first learns word classes from the .txt files in DIR and writes
 * models/ner-clusters.tsv; without it the existing file is used (when present and not
 * `--no-clusters`). Deterministic: fixed file order and seed.
 */
export async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const t0 = Date.now();
  if (args.buildClusters) {
    const dir = args.buildClusters;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
    const classes = buildClusters(files);
    writeFileSync(CLUSTERS_FILE, formatClusters(classes));
    console.log(`wrote ${CLUSTERS_FILE}: ${classes.size} words from ${files.length} files (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    resetClusterCache();
  }
  const clusters = args.clusters ? loadClusterLookup() ?? undefined : undefined;
  const specs = TRAIN_SETS.map((s) => {
    const hit = [...args.weights].find(([name]) => s.file.includes(name));
    return hit ? { ...s, weight: hit[1] } : s;
  }).filter((s) => s.weight > 0);
  const train = toInstances(loadCorpus(args.data, specs), clusters);
  const tokens = train.reduce((n, d) => n + d.gold.length, 0);
  console.log(`train: ${train.length} sentences, ${tokens} tokens (${((Date.now() - t0) / 1000).toFixed(1)}s to load)`);
  const devs = args.dev
    ? DEV_SETS.map((f) => ({ f, inst: toInstances(loadCorpus(args.data, [{ file: f, weight: 1 }], { heldOutForDev: true }), clusters) }))
    : [];
  const model = trainPerceptron(train, {
    epochs: args.epochs,
    seed: 7,
    minCount: 2,
    pruneBelow: 0.02,
    local: args.local,
    onEpoch: (e, current) => {
      if (devs.length === 0) return console.log(`epoch ${e} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
      const m = current();
      const parts = devs.map((d) => {
        const s = devScore(m, d.inst);
        return `${d.f.replace(/^extra\//, '').replace(/\.iob2$/, '')} ${s.f1.toFixed(1)} (${s.per})`;
      });
      console.log(`epoch ${e} (${((Date.now() - t0) / 1000).toFixed(1)}s) features ${m.hashes.length}: ${parts.join(' | ')}`);
    },
  });
  model.meta = { version: 1, tags: [...TAGS], trainedOn: specs.map((s) => `${s.file}@${s.weight}`), clusters: Boolean(clusters) };
  const bytes = encodeModel(model);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, bytes);
  console.log(`wrote ${args.out}: ${model.hashes.length} features, ${(bytes.length / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(1)}s total`);
}

if (process.argv[1] && process.argv[1].endsWith(join('entities', 'train', 'main.js'))) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`newsgraph: train/failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
