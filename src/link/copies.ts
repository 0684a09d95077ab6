import type { Analysis } from '../model/analysis.js';
import { digestOf } from './digest.js';
import { bandKeys, similarity } from './minhash.js';
import type { CopyLink } from './types.js';

/** Estimated shingle overlap above which a report is a copy (a wire story reprinted with edits). */
export const COPY_THRESHOLD = 0.5;

/** Reports in the order links are computed: by date, then fewest credited sources (the wire original first), then id. */
export function linkOrder(a: Analysis, b: Analysis): number {
  return (a.report.date ?? '').localeCompare(b.report.date ?? '') || a.report.sources.length - b.report.sources.length || a.report.id.localeCompare(b.report.id);
}

/**
 * Find exact and near-duplicate reports: LSH buckets over MinHash signatures propose candidates,
 * the signature estimate confirms them. Each copy points at the earliest report of its group.
 */
export function findCopies(sorted: Analysis[]): CopyLink[] {
  const buckets = new Map<string, number[]>();
  const sigs = sorted.map((a) => digestOf(a).signature);
  const root = sorted.map((_, i) => i);
  const links: CopyLink[] = [];
  sorted.forEach((a, i) => {
    let best = -1;
    let bestSim = 0;
    const keys = bandKeys(sigs[i]);
    for (const k of keys) {
      for (const j of buckets.get(k) ?? []) {
        const s = similarity(sigs[i], sigs[j]);
        if (s > bestSim || (s === bestSim && j < best)) {
          best = j;
          bestSim = s;
        }
      }
    }
    if (best >= 0 && bestSim >= COPY_THRESHOLD) {
      root[i] = root[best];
      links.push({ reportId: a.report.id, copyOf: sorted[root[i]].report.id, similarity: Math.round(bestSim * 100) / 100 });
    }
    for (const k of keys) {
      const list = buckets.get(k);
      if (list) list.push(i);
      else buckets.set(k, [i]);
    }
  });
  return links;
}
