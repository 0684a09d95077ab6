import { isoDay } from '../calendar.js';
import { bareRelation, dayOfWeekday, type Relation } from '../bias.js';
import type { DateCandidate, DateRule, Resolution, ResolveContext } from '../candidate.js';
import { WEEKDAY_NAME_PATTERN, weekdayNumber } from '../lexicon.js';
import { matchAll } from './match-all.js';

/*
 * Weekdays resolve into the past: chrono picks the nearest one, often next week's. A bare
 * "Friday" is the latest Friday on or before the report date (the report's own day when it is a
 * Friday), unless the clause is in the future tense. "last/next/this Friday": see bias.ts.
 * A weekday followed by a month or day ("Friday, August 21") is a full date left to chrono.
 */
const WEEKDAY = new RegExp(
  `\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\\s+)?(${WEEKDAY_NAME_PATTERN})(?:'s)?\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)`,
  'g',
);

const RELATIONS: Record<string, Relation> = { last: 'last', past: 'last', this: 'this', next: 'next', coming: 'next' };

/** Rule `weekday`: "Friday", "on Tuesday", "last Monday", "next Thursday". */
export function createWeekdayRule(): DateRule {
  return {
    id: 'weekday',
    cues: ['weekday'],
    find(text: string, offset: number): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const m of matchAll(WEEKDAY, text)) {
        const weekday = weekdayNumber(m[2])!;
        const modifier = m[1]?.toLowerCase();
        const stated = modifier ? ['weekday', 'offset'] : ['weekday'];
        out.push({
          start: offset + m.index,
          end: offset + m.index + m[0].length,
          rule: 'weekday',
          stated,
          priority: 1,
          resolve(ctx: ResolveContext): Resolution | null {
            if (!ctx.ref) return null;
            const rel = modifier ? RELATIONS[modifier] : bareRelation(ctx.future);
            return { when: isoDay(dayOfWeekday(ctx.ref, weekday, rel)), precision: 'day', stated, inferred: ['year', 'month', 'day'] };
          },
        });
      }
      return out;
    },
  };
}
