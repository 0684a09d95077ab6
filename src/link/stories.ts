import type { Analysis } from '../model/analysis.js';
import { digestOf, TITLE_FALLBACK } from './digest.js';
import { foldName } from './normalise.js';
import { countOrigins } from './origins.js';
import type { CopyLink, Story } from './types.js';

/** How far apart (days) a report may be from a story's latest report and still join it. */
export const STORY_WINDOW_DAYS = 7;
/** A report joins a story when it shares this much of its idf-weighted features with it... */
export const JOIN_SHARE = 0.3;
/** ...or when the shared weight reaches this much (several rare entities) and at least MIN_SHARE of it. */
export const JOIN_WEIGHT = 12;
export const MIN_SHARE = 0.1;
/**
 * Document frequencies are taken against at least this many reports, as if a background corpus
 * were there: in a small store every entity is "common" and idf alone would say nothing.
 */
export const BACKGROUND_REPORTS = 1000;

function days(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Features of a report for clustering: its canonical entities (not its credited sources) and its most frequent content words. */
function features(a: Analysis, canonicalOf: (report: string, entity: string) => string | undefined): Set<string> {
  const f = new Set<string>();
  const credited = new Set(a.report.sources.map(foldName));
  for (const e of a.entityIndex) {
    if (credited.has(foldName(e.name))) continue;
    const c = canonicalOf(a.report.id, e.id);
    if (c) f.add(c);
  }
  for (const w of digestOf(a).words) f.add(`w:${w}`);
  return f;
}

/**
 * Cluster reports into stories, in link order (date, then id), so the result does not depend on
 * the order reports were ingested in. A report joins the open story (latest report within the
 * window) whose features carry the largest share of its idf-weighted features, when that share
 * passes the threshold; a copy always joins its original's story.
 */
export function buildStories(
  sorted: Analysis[], copies: CopyLink[], origins: Map<string, string[]>,
  canonicalOf: (report: string, entity: string) => string | undefined, entityName: (id: string) => string | undefined,
): Story[] {
  const feats = sorted.map((a) => features(a, canonicalOf));
  const df = new Map<string, number>();
  for (const f of feats) for (const x of f) df.set(x, (df.get(x) ?? 0) + 1);
  const n = sorted.length;
  const idf = (x: string) => Math.log(1 + Math.max(n, BACKGROUND_REPORTS) / (df.get(x) ?? 1));
  const copyOf = new Map(copies.map((c) => [c.reportId, c.copyOf]));
  interface Building { reports: Analysis[]; last: string | null; weights: Map<string, number> }
  const stories: Building[] = [];
  const storyOf = new Map<string, Building>();
  sorted.forEach((a, i) => {
    let chosen = storyOf.get(copyOf.get(a.report.id) ?? '');
    if (!chosen) {
      const total = [...feats[i]].reduce((s, x) => s + idf(x), 0) || 1;
      let best = 0;
      for (const s of stories) {
        if (days(s.last, a.report.date) > STORY_WINDOW_DAYS) continue;
        let shared = 0;
        for (const x of feats[i]) if (s.weights.has(x)) shared += idf(x);
        const share = shared / total;
        const joins = share >= JOIN_SHARE || (shared >= JOIN_WEIGHT && share >= MIN_SHARE);
        if (joins && shared > best) {
          best = shared;
          chosen = s;
        }
      }
    }
    if (!chosen) {
      chosen = { reports: [], last: null, weights: new Map() };
      stories.push(chosen);
    }
    chosen.reports.push(a);
    if (a.report.date && (!chosen.last || a.report.date > chosen.last)) chosen.last = a.report.date;
    for (const x of feats[i]) chosen.weights.set(x, (chosen.weights.get(x) ?? 0) + 1);
    storyOf.set(a.report.id, chosen);
  });
  return stories.map((s) => {
    const first = s.reports[0];
    const ents = [...s.weights].filter(([x]) => !x.startsWith('w:')).sort((x, y) => y[1] * idf(y[0]) - x[1] * idf(x[0]) || x[0].localeCompare(y[0])).map(([x]) => x);
    const o = countOrigins(s.reports.map((r) => origins.get(r.report.id) ?? []));
    const dates = s.reports.map((r) => r.report.date).filter((d): d is string => Boolean(d)).sort();
    const title = first.report.title ?? (ents.slice(0, 3).map(entityName).filter(Boolean).join(', ') || first.text.slice(0, TITLE_FALLBACK));
    return {
      id: `st${first.report.id}`,
      title,
      reportIds: s.reports.map((r) => r.report.id),
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      entities: ents.slice(0, 30),
      reports: s.reports.length,
      independentSources: o.count,
      origins: o.names,
    };
  });
}
