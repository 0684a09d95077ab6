import type { Statement } from '../../model/annotations.js';
import { createDiagnostic } from '../../model/diagnostic.js';
import { textSpan } from '../../model/span.js';
import { tEnd, tStart, word, type Ctx } from './context.js';
import type { Draft } from './draft.js';
import { isHedged } from './refine/hedge.js';
import { kindOf } from './refine/kind.js';
import { linkParents } from './refine/parent-chain.js';
import { polarityOf } from './refine/polarity.js';
import { resolveSpeakers } from './resolve/resolve-speakers.js';

/**
 * Turn drafts into Statements, in this order: resolve speakers (text order), then per statement
 * kind, polarity and hedging, then ids in cue order, then parent links. Quotes with no speaker
 * are reported as `statements/no-speaker` diagnostics.
 */
export function buildStatements(ctx: Ctx, drafts: Draft[]): Statement[] {
  const sorted = [...drafts].sort((a, b) => tStart(ctx, a.cue.first) - tStart(ctx, b.cue.first));
  const speakers = resolveSpeakers(ctx, sorted);
  const out: Statement[] = [];
  for (const d of sorted) {
    const cueStart = tStart(ctx, d.cue.first);
    const cueEnd = tEnd(ctx, d.cue.last);
    const content = d.content.map((c) => textSpan(ctx.text, c.start, c.end)).sort((a, b) => a.start - b.start);
    const speaker = speakers.get(d) ?? null;
    const from = speaker ? Math.min(ctx.doc.tokenAtOrAfter(speaker.start), d.cue.first) : d.cue.first;
    const negated = word(ctx, d.cue.first - 1) === 'not' || word(ctx, d.cue.first - 1) === "n't";
    const st: Statement = {
      id: `st${out.length + 1}`,
      speaker,
      cue: { ...textSpan(ctx.text, cueStart, cueEnd), lemma: d.cueLemma },
      content,
      kind: d.kind ?? kindOf(ctx.text, content, ctx.quotes),
      medium: d.medium ?? null,
      polarity: polarityOf(d.cueLemma, ctx.text.slice(cueStart, cueEnd), content, negated),
      hedged: isHedged(ctx, from - 2, d.cue.last + 1),
      sentence: d.sentence,
      parent: null,
      rule: d.rule,
    };
    out.push(st);
    // A question framed by "Asked whether …" has an unnamed asker, and "X seemed …" is the
    // writer's own judgement, by design; only quotes warn.
    if (!speaker && d.rule !== 'asked-frame' && d.rule !== 'author-evidential') {
      ctx.doc.addDiagnostic(
        createDiagnostic('warning', 'statements/no-speaker', d.rule === 'orphan-quote' ? 'quotation with no speaker found' : 'attribution with no speaker found', { start: content[0]?.start ?? cueStart, end: content[content.length - 1]?.end ?? cueEnd, source: 'statements' }),
      );
    }
  }
  linkParents(out);
  return out;
}
