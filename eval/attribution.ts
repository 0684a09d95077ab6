import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finishReport } from '../src/ingest/finish-report.js';
import type { Pipeline } from '../src/nlp/pipeline.js';
import { parseBratAttributions } from './attribution-brat.js';
import { nfcOffsetMap } from './attribution-offsets.js';
import { loadAttributionPipeline } from './attribution-pipeline.js';
import { addCounts, emptyCounts, prf, ROLES, scoreDocument, type Counts, type Role, type RoleSpans } from './attribution-score.js';
import type { EvalResult } from './eval-result.js';

export interface AttributionEvalOptions {
  /** The PolNeAR data folder (holding dev/ and train/). */
  polnear: string;
  split?: 'dev' | 'train';
  /** Score only the first N articles (in name order). */
  limit?: number;
  /** A pipeline to score instead of the standard one (it must assign `statements`). */
  pipeline?: Pipeline;
}

/**
 * Regression floors on PolNeAR dev, about two points under the last measured scores (F1; see
 * docs/decisions/003-attribution-rules.md). Only checked on the full dev split.
 */
export const ATTRIBUTION_FLOORS: { key: string; min: number }[] = [
  // Measured on dev: exact cue 0.566, partial cue 0.749, partial source 0.734, partial content 0.773, attribution 0.684.
  { key: 'exact.cue', min: 0.54 },
  { key: 'partial.cue', min: 0.73 },
  { key: 'partial.source', min: 0.71 },
  { key: 'partial.content', min: 0.75 },
  { key: 'attribution', min: 0.66 },
];

/** One annotator per article: the first .ann file in name order (annotator hash suffix). */
async function listArticles(dir: string): Promise<{ article: string; ann: string }[]> {
  const files = (await readdir(join(dir, 'attributions'))).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const out: { article: string; ann: string }[] = [];
  for (const f of files) {
    const article = f.replace(/_[^_]+\.ann$/, '');
    if (seen.has(article)) continue;
    seen.add(article);
    out.push({ article, ann: f });
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/**
 * Score the statements component against PolNeAR (brat standoff): precision, recall and F1 for
 * cue, source and content spans, exact (same words) and partial (one word in common, matched one
 * to one), token-level overlap, and whole attributions (cue, content and source all overlapping).
 * Called by `newsgraph eval attribution --polnear DIR`.
 */
export async function evalAttribution(opts: AttributionEvalOptions): Promise<EvalResult> {
  const split = opts.split ?? 'dev';
  const dir = join(opts.polnear, split);
  let articles = await listArticles(dir);
  if (opts.limit !== undefined) articles = articles.slice(0, opts.limit);
  const { pipeline, description } = opts.pipeline ? { pipeline: opts.pipeline, description: 'given pipeline' } : await loadAttributionPipeline();
  const totals = {
    exact: { cue: emptyCounts(), source: emptyCounts(), content: emptyCounts() } as Record<Role, Counts>,
    partial: { cue: emptyCounts(), source: emptyCounts(), content: emptyCounts() } as Record<Role, Counts>,
    token: { cue: emptyCounts(), source: emptyCounts(), content: emptyCounts() } as Record<Role, Counts>,
    attribution: emptyCounts(),
  };
  let chars = 0;
  let statements = 0;
  let nested = 0;
  let orphans = 0;
  const t0 = performance.now();
  for (const { article, ann } of articles) {
    const text = await readFile(join(dir, 'text', `${article}.txt`), 'utf8');
    const gold = parseBratAttributions(await readFile(join(dir, 'attributions', ann), 'utf8'));
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(article)?.[1] ?? null;
    const doc = pipeline.run(finishReport({ text, date, sources: [] }));
    const all = doc.get('statements');
    // PolNeAR is univocal (a token takes part in one attribution at most), so attributions nested
    // in another's content are never gold; and a quote with no cue word is not an attribution in
    // its scheme. Both stay in the product; they are counted here but not scored.
    const scored = all.filter((s) => !s.parent && s.rule !== 'orphan-quote');
    nested += all.filter((s) => s.parent).length;
    orphans += all.filter((s) => s.rule === 'orphan-quote' && !s.parent).length;
    // Gold offsets count in the file as written; the report body is kept in NFC.
    const toOriginal = nfcOffsetMap(text);
    const span = (x: { start: number; end: number }) => ({ start: toOriginal(x.start), end: toOriginal(x.end) });
    const pred: RoleSpans[] = scored.map((s) => ({
      source: s.speaker ? [span(s.speaker)] : [],
      cue: [span(s.cue)],
      content: s.content.map(span),
    }));
    statements += pred.length;
    chars += text.length;
    const sc = scoreDocument(text, pred, gold);
    for (const role of ROLES) {
      addCounts(totals.exact[role], sc.exact[role]);
      addCounts(totals.partial[role], sc.partial[role]);
      addCounts(totals.token[role], sc.token[role]);
    }
    addCounts(totals.attribution, sc.attribution);
  }
  const seconds = (performance.now() - t0) / 1000;
  const figures: Record<string, { p: number; r: number; f1: number; pred: number; gold: number }> = {};
  const put = (key: string, c: Counts) => (figures[key] = { ...prf(c), pred: c.pred, gold: c.gold });
  for (const role of ROLES) {
    put(`exact.${role}`, totals.exact[role]);
    put(`partial.${role}`, totals.partial[role]);
    put(`token.${role}`, totals.token[role]);
  }
  put('attribution', totals.attribution);
  const lines = [
    `PolNeAR ${split}: ${articles.length} articles (first annotator file per article), ${totals.attribution.gold} gold attributions, ${statements} scored`,
    `pipeline: ${description}; not scored: ${nested} nested statements, ${orphans} quotes with no cue`,
    '',
    'role      |  exact P     R    F1 | partial P    R    F1 |  token P     R    F1',
    ...ROLES.map((role) => {
      const cell = (k: string) => `${pct(figures[k].p)} ${pct(figures[k].r)} ${pct(figures[k].f1)}`;
      return `${role.padEnd(9)} | ${cell(`exact.${role}`)} | ${cell(`partial.${role}`)} | ${cell(`token.${role}`)}`;
    }),
    `attribution (cue+content+source overlap) | P ${pct(figures.attribution.p)}  R ${pct(figures.attribution.r)}  F1 ${pct(figures.attribution.f1)}`,
    '',
    `speed: ${(articles.length / seconds).toFixed(1)} articles/s, ${((chars / 1000) / seconds).toFixed(0)} k chars/s (${seconds.toFixed(1)} s)`,
  ];
  const failures: string[] = [];
  if (split === 'dev' && opts.limit === undefined) {
    for (const { key, min } of ATTRIBUTION_FLOORS) {
      if (figures[key].f1 < min) failures.push(`attribution ${key} F1 ${figures[key].f1.toFixed(3)} < ${min.toFixed(3)}`);
    }
  }
  return { name: 'attribution', text: lines.join('\n'), json: { split, articles: articles.length, pipeline: description, scored: statements, nested, orphans, figures, seconds }, failures };
}
