import type { Component } from '../component.js';
import type { Doc } from '../../model/doc.js';
import { loadClusterLookup } from './features/clusters.js';
import { loadGazetteer, type Gazetteer } from './gazetteer/index.js';
import { loadNerModel } from './load-model.js';
import { REFINERS } from './pipeline-steps.js';
import { resolveEntities } from './resolve/resolve-entities.js';
import { tagDoc } from './tag-doc.js';
import { createTagger, type Tagger } from './tagger/tagger.js';
import { createFastScorer, type FastScorer } from './tagger/fast-scorer.js';

export interface EntitiesOptions {
  /** A model file other than models/ner.bin. */
  modelFile?: string;
}

/** Run tagger, refiners and resolution over a Doc; exported for eval and tests. */
export function annotateEntities(doc: Doc, tagger: Tagger, scorer: FastScorer, gaz: Gazetteer): void {
  const tagged = tagDoc(doc, tagger, scorer, gaz);
  let drafts = tagged.drafts;
  const ctx = { doc, gaz, words: tagged.words, matches: tagged.matches };
  for (const r of REFINERS) drafts = r.run(drafts, ctx);
  const { mentions, entities } = resolveEntities(doc, drafts, gaz);
  doc.set('entities', mentions);
  doc.set('entityIndex', entities);
}

/**
 * The `entities` component: our trained tagger (PER/ORG/LOC/MISC) plus gazetteer refiners
 * (MEDIA, GPE, NORP, roles, government bodies) and in-report resolution. Loads the model and
 * gazetteers once; `process` is synchronous.
 */
export async function createEntitiesComponent(options: EntitiesOptions = {}): Promise<Component> {
  const model = loadNerModel(options.modelFile);
  const tagger = createTagger(model);
  const gaz = loadGazetteer();
  const clusters = model.meta.clusters ? loadClusterLookup() ?? undefined : undefined;
  if (model.meta.clusters && !clusters) throw new Error('newsgraph: models/ner-clusters.tsv is missing but the NER model needs it');
  const scorer = createFastScorer(tagger, clusters);
  return {
    id: 'entities',
    requires: ['tokens', 'sentences', 'pos'],
    assigns: ['entities', 'entityIndex'],
    process(doc) {
      annotateEntities(doc, tagger, scorer, gaz);
    },
  };
}
