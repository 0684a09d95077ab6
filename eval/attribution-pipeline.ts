import type { Component } from '../src/nlp/component.js';
import { createPipeline, type Pipeline } from '../src/nlp/pipeline.js';
import { loadDefaultComponents } from '../src/nlp/default-components.js';
import { createStatementsComponent } from '../src/nlp/statements/index.js';

/** Stands in for the entity tagger when it is not built: the statements then use their POS fallback. */
function createNoEntitiesComponent(): Component {
  return {
    id: 'no-entities',
    requires: [],
    assigns: ['entities', 'entityIndex'],
    process(doc) {
      doc.set('entities', []);
      doc.set('entityIndex', []);
    },
  };
}

/** How the pipeline for the attribution eval was put together, for the report. */
export interface EvalPipeline {
  pipeline: Pipeline;
  description: string;
}

/**
 * The pipeline the attribution eval runs: the default pipeline when it includes statements;
 * otherwise the entities component (when present in this build) followed by statements; otherwise
 * statements over an empty entity layer.
 */
export async function loadAttributionPipeline(): Promise<EvalPipeline> {
  const defaults = await loadDefaultComponents();
  const upTo = defaults.findIndex((c) => c.assigns.includes('statements'));
  if (upTo >= 0) return { pipeline: createPipeline(defaults.slice(0, upTo + 1)), description: 'default pipeline (up to statements)' };
  let entities: Component | null = null;
  try {
    // Resolved at run time so this file builds whether or not the entities component exists yet.
    const path = '../src/nlp/entities/index.js';
    const mod = (await import(path)) as { createEntitiesComponent?: () => Promise<Component> };
    if (mod.createEntitiesComponent) entities = await mod.createEntitiesComponent();
  } catch {
    entities = null;
  }
  const statements = await createStatementsComponent();
  if (entities) return { pipeline: createPipeline([entities, statements]), description: 'entities + statements' };
  return { pipeline: createPipeline([createNoEntitiesComponent(), statements]), description: 'statements over an empty entity layer (POS fallback)' };
}
