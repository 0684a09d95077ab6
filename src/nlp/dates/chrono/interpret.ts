import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { isoDay, isoMonth, isoWeek, isoYear, pad, type CalendarDate } from '../calendar.js';
import { bareRelation, dayOfWeekday, yearOfMonth, yearOfMonthDay, type Relation } from '../bias.js';
import type { Resolution, ResolveContext } from '../candidate.js';
import { followsAnchor } from '../anchor.js';
import type { DatePrecision } from '../../../model/annotations.js';

/*
 * Turn one chrono result into our value. chrono's own resolution is kept only for expressions
 * that are relative by nature ("last week", "two years ago", "yesterday"), which it computes from
 * the reference we pass. Partial absolute dates (a month, a month-day, a weekday) are resolved
 * here with the news bias of bias.ts instead of chrono's forward-looking guess.
 */
const RELATIVE = /\b(ago|last|next|this|past|coming|today|yesterday|tomorrow|tonight|later|earlier|from now|previous|following|within)\b/i;
const MODIFIER = /\b(last|past|previous|this|next|coming)\s+\w+$/i;
const MODIFIER_RELATIONS: Record<string, Relation> = {
  last: 'last', past: 'last', previous: 'last', this: 'this', next: 'next', coming: 'next',
};

/** The calendar unit a relative expression counts in, which is its precision. */
export function relativeUnit(text: string): DatePrecision | null {
  if (/\bweek(?:s|end)?\b/i.test(text)) return 'week';
  if (/\bmonths?\b/i.test(text)) return 'month';
  if (/\byears?\b/i.test(text)) return 'year';
  if (/\b(days?|yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|hours?|minutes?)\b/i.test(text)) return 'day';
  return null;
}

function dayOf(c: ParsedComponents): CalendarDate {
  return { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
}

function relative(c: ParsedComponents, text: string, ref: CalendarDate): Resolution | null {
  const unit = relativeUnit(text);
  const day = dayOf(c);
  switch (unit) {
    case 'week':
      return { when: isoWeek(/\bthis\s+week/i.test(text) ? ref : day), precision: 'week', stated: ['offset'], inferred: ['week'] };
    case 'month':
      return { when: isoMonth(day.year, day.month), precision: 'month', stated: ['offset'], inferred: ['year', 'month'] };
    case 'year':
      return { when: isoYear(day.year), precision: 'year', stated: ['offset'], inferred: ['year'] };
    case 'day':
      return { when: isoDay(day), precision: 'day', stated: ['offset'], inferred: ['year', 'month', 'day'] };
    default:
      return null;
  }
}

function withPartial(r: Resolution, partial: string | undefined): Resolution {
  return partial ? { ...r, partial } : r;
}

function absolute(c: ParsedComponents, text: string, ctx: ResolveContext, yearFromRange: boolean): Resolution | null {
  const has = (k: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(k) || (k === 'year' && yearFromRange);
  const stated = (['year', 'month', 'day', 'weekday'] as const).filter((k) => has(k));
  const bare = bareRelation(ctx.future);
  if (has('month') && has('day')) {
    const month = c.get('month')!;
    const day = c.get('day')!;
    if (has('year')) return { when: isoDay(dayOf(c)), precision: 'day', stated, inferred: [] };
    const partial = ctx.habitual ? `--${pad(month)}-${pad(day)}` : undefined;
    const anchored = followsAnchor(ctx.anchor, ctx.ref?.year ?? null, ctx.future) ? ctx.anchor!.year : null;
    if (!ctx.ref && anchored === null) return null;
    const year = anchored ?? yearOfMonthDay(ctx.ref!, month, day, bare);
    return withPartial({ when: isoDay({ year, month, day }), precision: 'day', stated, inferred: ['year'], anchored: anchored !== null }, partial);
  }
  if (has('month')) {
    const month = c.get('month')!;
    if (has('year')) return { when: isoMonth(c.get('year')!, month), precision: 'month', stated, inferred: [] };
    const partial = ctx.habitual ? `--${pad(month)}` : undefined;
    const anchored = followsAnchor(ctx.anchor, ctx.ref?.year ?? null, ctx.future) ? ctx.anchor!.year : null;
    if (!ctx.ref && anchored === null) return null;
    const year = anchored ?? yearOfMonth(ctx.ref!, month, bare);
    return withPartial({ when: isoMonth(year, month), precision: 'month', stated, inferred: ['year'], anchored: anchored !== null }, partial);
  }
  if (has('year')) return { when: isoYear(c.get('year')!), precision: 'year', stated, inferred: [] };
  if (has('weekday')) {
    if (!ctx.ref) return null;
    const m = MODIFIER.exec(text);
    const rel = m ? MODIFIER_RELATIONS[m[1].toLowerCase()] : bare;
    const day = dayOfWeekday(ctx.ref, c.get('weekday')!, rel);
    return { when: isoDay(day), precision: 'day', stated, inferred: ['year', 'month', 'day'] };
  }
  return null;
}

/** True when the result names a calendar date at all (not only a clock time or a lone day number). */
export function isCalendarResult(r: ParsedResult): boolean {
  const c = r.start;
  if (c.isCertain('month') || c.isCertain('year') || c.isCertain('weekday')) return true;
  return RELATIVE.test(r.text) && relativeUnit(r.text) !== null;
}

function resolveComponents(c: ParsedComponents, text: string, ctx: ResolveContext, yearFromRange = false): Resolution | null {
  const isRelative = (!c.isCertain('month') && !c.isCertain('weekday') && RELATIVE.test(text))
    || c.tags().has('result/relativeDate');
  if (isRelative) return ctx.ref ? relative(c, text, ctx.ref) : null;
  // chrono marks "yesterday" as certain day/month/year; it is still relative to the report.
  if (/\b(today|yesterday|tomorrow|tonight)\b/i.test(text)) return ctx.ref ? relative(c, text, ctx.ref) : null;
  const r = absolute(c, text, ctx, yearFromRange);
  // A year taken from the other end of a range is read from the text, but not at this span.
  if (r && yearFromRange && !c.isCertain('year')) return { ...r, stated: r.stated.filter((s) => s !== 'year'), inferred: [...r.inferred, 'year'] };
  return r;
}

/** Which part of a chrono result a candidate stands for. */
export type RangeSide = 'whole' | 'start' | 'end';

/**
 * Resolve a chrono result, or one end of a range. A range's start that states no year takes the
 * year chrono implied from the end ("March–August 2011" → 2011-03).
 */
export function interpretChrono(r: ParsedResult, text: string, ctx: ResolveContext, side: RangeSide = 'whole'): Resolution | null {
  if (side === 'end' && r.end) return resolveComponents(r.end, text, ctx);
  const borrow = side === 'start' && !!r.end && !r.start.isCertain('year') && r.end.isCertain('year');
  return resolveComponents(r.start, text, ctx, borrow);
}
