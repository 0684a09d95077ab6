import type { AnyLayer, BaseLayer, Doc } from '../model/doc.js';
import type { Report } from '../model/report.js';
import type { Component } from './component.js';
import { createDoc } from './create-doc.js';

const BASE: BaseLayer[] = ['tokens', 'sentences', 'pos'];

export class PipelineError extends Error {
  readonly code = 'pipeline/unmet-requirement';
}

export interface Pipeline {
  components: readonly Component[];
  /** Build the Doc for a report and run every component over it. */
  run(report: Report): Doc;
}

/**
 * Build a pipeline from an explicit list of components. Fails when a component requires a layer
 * that neither the Doc nor an earlier component provides, or when two components assign one layer.
 */
export function createPipeline(components: Component[]): Pipeline {
  const available = new Set<AnyLayer>(BASE);
  for (const c of components) {
    const missing = c.requires.filter((r) => !available.has(r));
    if (missing.length > 0) {
      throw new PipelineError(
        `component "${c.id}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier component assigns`,
      );
    }
    for (const a of c.assigns) {
      if (available.has(a)) throw new PipelineError(`component "${c.id}" assigns "${a}", already assigned earlier`);
      available.add(a);
    }
  }
  const list = Object.freeze([...components]);
  return {
    components: list,
    run(report: Report): Doc {
      const doc = createDoc(report);
      for (const c of list) c.process(doc);
      return doc;
    },
  };
}
