import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { EvalResult } from './eval-result.js';
import type { EntityType, Mention } from '../src/model/annotations.js';
import { finishReport } from '../src/ingest/finish-report.js';
import { createPipeline } from '../src/nlp/pipeline.js';
import { createEntitiesComponent } from '../src/nlp/entities/index.js';
import { goldDocText } from '../src/nlp/entities/iob2/gold-text.js';
import { parseIob2 } from '../src/nlp/entities/iob2/read-iob2.js';
import { prf, scoreSpans, type PrfCounts, type TypedSpan } from '../src/nlp/entities/iob2/span-score.js';
import { NER_THRESHOLDS } from './ner-thresholds.js';

/** Our types as scored against CoNLL-style gold; NORP and MISC are not scored. */
const EVAL_TYPE: Partial<Record<EntityType, string>> = { PERSON: 'PER', ORG: 'ORG', MEDIA: 'ORG', GPE: 'LOC', LOC: 'LOC' };
const TYPES = ['PER', 'ORG', 'LOC'] as const;

/**
 * Rules whose mentions are not names under the gold guidelines and so are not scored:
 * "the Cuban foreign ministry" is an ORG for us, but CoNLL-style gold marks only "Cuban" (MISC).
 */
const UNSCORED_RULES = ['gov-body'];

export interface NerFileScore {
  file: string;
  docs: number;
  counts: Record<string, PrfCounts>;
  scores: Record<string, { p: number; r: number; f1: number }>;
  unscored: number;
}

/** Map our mentions to scored spans (exported for tests). */
export function mentionsToEvalSpans(mentions: readonly Mention[]): { spans: TypedSpan[]; unscored: number } {
  const spans: TypedSpan[] = [];
  let unscored = 0;
  for (const m of mentions) {
    const t = EVAL_TYPE[m.type];
    if (!t) continue;
    if (UNSCORED_RULES.some((r) => m.rule.startsWith(r))) {
      unscored++;
      continue;
    }
    spans.push({ start: m.start, end: m.end, type: t });
  }
  return { spans, unscored };
}

/**
 * Entity-level exact-match precision/recall/F1 for PER, ORG, LOC and overall, one table per gold
 * IOB2 file (formats as in the shared NER data README).
 *
 * Alignment of gold to text: each gold document is rebuilt as running text — a sentence's own
 * `# text` line when its gold tokens can be found in it in order with only whitespace between
 * (GUM, UNER EWT), otherwise the gold tokens joined by single spaces (extra/*.iob2, which have no
 * text); sentences are separated by a blank line. Gold entities become character spans (first
 * token start to last token end). The whole pipeline then runs on that text exactly as at run
 * time — our tokenizer, POS, tagger, refiners and document-level consistency — and predicted
 * mentions are compared by character span and type. A boundary that falls inside a gold token
 * (tokenisation mismatch) simply counts as an error.
 *
 * Type mapping: PERSON->PER; ORG, MEDIA->ORG; GPE, LOC->LOC; NORP and MISC are ignored on both
 * sides. Mentions from the `gov-body` rule are not scored (see UNSCORED_RULES).
 */
export async function evalNer(opts: { gold: string[] }): Promise<EvalResult> {
  const pipeline = createPipeline([await createEntitiesComponent()]);
  const files: NerFileScore[] = [];
  const failures: string[] = [];
  const lines: string[] = [];
  for (const file of opts.gold) {
    if (!existsSync(file)) {
      failures.push(`ner ${file}: gold file not found`);
      continue;
    }
    const docs = parseIob2(readFileSync(file, 'utf8'), basename(file));
    const acc = new Map<string, PrfCounts>();
    let unscored = 0;
    let tokens = 0;
    const t0 = performance.now();
    for (const d of docs) {
      const g = goldDocText(d);
      const doc = pipeline.run(finishReport({ text: g.text, date: null, sources: [] }));
      tokens += doc.tokenCount;
      const pred = mentionsToEvalSpans(doc.get('entities'));
      unscored += pred.unscored;
      scoreSpans(g.entities, pred.spans, TYPES, acc);
    }
    const ms = performance.now() - t0;
    const counts: Record<string, PrfCounts> = {};
    const scores: Record<string, { p: number; r: number; f1: number }> = {};
    for (const t of [...TYPES, 'ALL']) {
      counts[t] = acc.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      scores[t] = prf(counts[t]);
    }
    files.push({ file: basename(file), docs: docs.length, counts, scores, unscored });
    lines.push(`ner ${basename(file)} — ${docs.length} docs, ${tokens} tokens, ${Math.round(tokens / (ms / 1000))} tokens/s (whole pipeline)`);
    lines.push('type     P      R      F1     tp    fp    fn');
    for (const t of [...TYPES, 'ALL']) {
      const s = scores[t];
      const c = counts[t];
      lines.push(`${t.padEnd(5)} ${s.p.toFixed(1).padStart(6)} ${s.r.toFixed(1).padStart(6)} ${s.f1.toFixed(1).padStart(6)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}`);
    }
    if (unscored > 0) lines.push(`(${unscored} government-body nominal ORG mentions not scored)`);
    const min = NER_THRESHOLDS[basename(file)];
    if (min) {
      for (const [t, floor] of Object.entries(min)) {
        const got = scores[t]?.f1 ?? 0;
        if (got < floor) failures.push(`ner ${basename(file)}: ${t} F1 ${got.toFixed(1)} < ${floor}`);
      }
    }
    lines.push('');
  }
  return { name: 'ner', text: lines.join('\n'), json: { files }, failures };
}
