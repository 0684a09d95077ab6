import type { Component } from '../component.js';
import { buildStatements } from './build-statements.js';
import { createCtx } from './context.js';
import { findDrafts } from './find-drafts.js';
import { orphanQuotes } from './rules/orphan-quote.js';
import { splitRunOns } from './refine/split-run-on.js';

export interface StatementsOptions {
  /** Keep long quotations no cue claims, as statements with no speaker (default true). */
  orphanQuotes?: boolean;
}

/**
 * The `statements` component: finds attributions (direct quotes, reported speech, "according
 * to"), resolves their speakers inside the report and assigns the `statements` layer.
 * @example createPipeline([await createEntitiesComponent(), await createStatementsComponent()])
 */
export async function createStatementsComponent(options: StatementsOptions = {}): Promise<Component> {
  const keepOrphans = options.orphanQuotes ?? true;
  return {
    id: 'statements',
    requires: ['tokens', 'sentences', 'pos', 'entities', 'entityIndex'],
    assigns: ['statements'],
    process(doc) {
      const ctx = createCtx(doc);
      const drafts = findDrafts(ctx);
      splitRunOns(ctx, drafts);
      if (keepOrphans) drafts.push(...orphanQuotes(ctx, drafts));
      doc.set('statements', buildStatements(ctx, drafts));
    },
  };
}
