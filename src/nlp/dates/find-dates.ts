import type { DateExpr } from '../../model/annotations.js';
import { createDiagnostic } from '../../model/diagnostic.js';
import type { Doc } from '../../model/doc.js';
import { parseCalendarDate } from './calendar.js';
import type { DateCandidate, DateRule } from './candidate.js';
import { createChronoRule } from './chrono/chrono-rule.js';
import { filterCandidates } from './refine/filter.js';
import { resolveOverlaps } from './refine/overlaps.js';
import { createBareYearRule } from './rules/bare-year.js';
import { createDecadeRule } from './rules/decade.js';
import { createEraYearRule } from './rules/era-year.js';
import { createNamedDateRule } from './rules/named-date.js';
import { createMonthModifierRule } from './rules/month-modifier.js';
import { createQuarterRule } from './rules/quarter.js';
import { createWeekdayRule } from './rules/weekday.js';
import { isFutureAt, isHabitualAt } from './tense.js';
import { nextAnchor } from './anchor.js';
import { createAnaphoricRule } from './rules/anaphoric.js';
import { createHistoricalYearRule, HISTORICAL } from './rules/historical-year.js';
import { createYearsAgoRule } from './rules/years-ago.js';
import type { Anchor } from './candidate.js';
import { cueMask, sentenceCues } from './cues.js';

/** All date rules, chrono first; their order does not matter, the refiners decide. */
export function createDateRules(): DateRule[] {
  return [
    createChronoRule(),
    createBareYearRule(),
    createEraYearRule(),
    createDecadeRule(),
    createQuarterRule(),
    createMonthModifierRule(),
    createWeekdayRule(),
    createNamedDateRule(),
    createAnaphoricRule(),
    createYearsAgoRule(),
    createHistoricalYearRule(),
  ];
}

/**
 * Find and resolve every time expression in a Doc. Order: rules → filter → overlaps → resolve.
 * A rule runs only on the sentences holding one of its cues (cues.ts).
 * An expression that needs the report date when the report has none is not emitted (DateExpr.when
 * cannot be null); it becomes an info diagnostic `dates/unresolved` with its span instead.
 */
export function findDates(doc: Doc, rules: DateRule[]): DateExpr[] {
  const ref = parseCalendarDate(doc.report.date);
  const out: DateExpr[] = [];
  const context = { historical: HISTORICAL.test(doc.text), fullText: doc.text };
  const cues = sentenceCues(doc);
  const masks = rules.map((r) => (r.cues ? cueMask(r.cues) : -1));
  // The narrative anchor moves along the text in reading order (anchor.ts).
  let anchor: Anchor | null = null;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const text = doc.text.slice(s.start, s.end);
    const before = { ...context, textBefore: doc.text.slice(Math.max(0, s.start - 12), s.start) };
    const found: DateCandidate[] = [];
    for (let k = 0; k < rules.length; k++) {
      if (masks[k] !== -1 && (masks[k] & cues[si]) === 0) continue;
      for (const c of rules[k].find(text, s.start, ref, before)) found.push(c);
    }
    if (found.length === 0) continue;
    for (const c of resolveOverlaps(filterCandidates(doc, found))) {
      const token = doc.tokenAtOrAfter(c.start);
      const future = isFutureAt(doc, token);
      const r = c.resolve({ ref, future, anchor, habitual: !future && isHabitualAt(doc, token) });
      const surface = doc.text.slice(c.start, c.end);
      if (!r) {
        doc.addDiagnostic(createDiagnostic('info', 'dates/unresolved', `"${surface}" needs the report date or an earlier stated date, and there is none`, { start: c.start, end: c.end, source: 'dates' }));
        continue;
      }
      anchor = nextAnchor(anchor, r, c.rule);
      const { anchored: _anchored, ...value } = r;
      out.push({ id: `d${out.length + 1}`, start: c.start, end: c.end, text: surface, ...value, rule: c.rule });
    }
  }
  return out;
}
