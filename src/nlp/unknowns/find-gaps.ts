import type { Unknown } from '../../model/annotations.js';
import { textSpan } from '../../model/span.js';
import type { Ctx } from '../statements/context.js';
import type { Prior } from '../statements/resolve/pronoun.js';
import { GAP_RULES } from './rules/index.js';
import { subjectAt, subjectBefore, type GapSubject } from './subject.js';

/** What a gap is about, in a few words, from the rule's groups. */
function aboutOf(m: RegExpExecArray, ruleId: string): string {
  const g = m.groups ?? {};
  const about = (g.about ?? g.about2 ?? '').trim();
  if (ruleId === 'no-response-from') return `${about} from ${(g.from ?? '').trim()}`;
  if (ruleId === 'not-responded') return 'a response';
  if (ruleId === 'declined-comment') return about ? `comment on ${about}` : 'comment';
  if (ruleId === 'unverified') return `independent ${about.toLowerCase().startsWith('un') ? 'confirmation' : 'confirmation'}`;
  return about;
}

/**
 * Run every gap rule over every sentence. Matches that overlap an earlier rule's match are
 * dropped (rules are in priority order). Ids are assigned in text order.
 */
export function findGaps(ctx: Ctx, priors: Prior[]): Unknown[] {
  const found: Omit<Unknown, 'id'>[] = [];
  ctx.doc.sentences.forEach((sent, si) => {
    const text = ctx.text.slice(sent.start, sent.end);
    const taken: [number, number][] = [];
    for (const rule of GAP_RULES) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        const start = sent.start + m.index;
        const end = sent.start + m.index + m[0].replace(/[\s,]+$/, '').length;
        if (taken.some(([a, b]) => a < end && start < b)) continue;
        taken.push([start, end]);
        let subject: GapSubject | null = null;
        if (rule.subject === 'before') subject = subjectBefore(ctx, ctx.doc.tokenAtOrAfter(start), si, priors);
        else if (rule.subject === 'from' && m.groups?.from) subject = subjectAt(ctx, ctx.doc.tokenAtOrAfter(start + m[0].lastIndexOf(m.groups.from)), si, priors);
        const from = subject && rule.subject === 'before' && subject.start >= sent.start ? subject.start : start;
        found.push({
          kind: typeof rule.kind === 'function' ? rule.kind(m) : rule.kind,
          subject: subject ? { text: subject.text, entity: subject.entity } : null,
          about: aboutOf(m, rule.id),
          ...textSpan(ctx.text, from, end),
          sentence: si,
          rule: rule.id,
        });
      }
    }
  });
  found.sort((a, b) => a.start - b.start);
  return found.map((u, k) => ({ id: `u${k + 1}`, ...u }));
}
