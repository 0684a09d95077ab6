import type { Component } from '../component.js';
import { createCtx } from '../statements/context.js';
import { findGaps } from './find-gaps.js';
import { priorsFromStatements } from './subject.js';

/**
 * The `unknowns` component: gaps the text admits — an actor left unnamed, no response yet, an
 * unclear link, a refusal to comment, an unverified claim, a detail not disclosed. Runs after
 * statements, whose resolved speakers help name the silent party ("It did not specify …").
 * @example createPipeline([entities, statements, await createUnknownsComponent()])
 */
export async function createUnknownsComponent(): Promise<Component> {
  return {
    id: 'unknowns',
    requires: ['tokens', 'sentences', 'pos', 'entities', 'entityIndex', 'statements'],
    assigns: ['unknowns'],
    process(doc) {
      const ctx = createCtx(doc);
      doc.set('unknowns', findGaps(ctx, priorsFromStatements(doc)));
    },
  };
}
