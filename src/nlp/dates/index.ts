import type { Component } from '../component.js';
import { createDateRules, findDates } from './find-dates.js';

/**
 * The `dates` component: every time expression in the report as a DateExpr, resolved against the
 * report's date with a bias to the past (see docs/decisions/004-dates-and-events.md).
 * @example const dates = await createDatesComponent(); createPipeline([dates]).run(report).get('dates')
 */
export async function createDatesComponent(): Promise<Component> {
  const rules = createDateRules();
  return {
    id: 'dates',
    requires: ['tokens', 'sentences', 'pos'],
    assigns: ['dates'],
    process(doc) {
      doc.set('dates', findDates(doc, rules));
    },
  };
}

export { findDates, createDateRules } from './find-dates.js';
