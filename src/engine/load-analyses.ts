import type { Analysis } from '../model/analysis.js';
import type { Store } from '../store/store.js';

/**
 * Every stored analysis, paging through the store (500 reports a page). `keep` may slim each one
 * as it arrives, so a whole store need not sit in memory with every layer.
 */
export async function loadAllAnalyses(store: Store, keep: (a: Analysis) => Analysis = (a) => a): Promise<Analysis[]> {
  const out: Analysis[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listReports({ limit: 500, cursor });
    for (const r of page.items) {
      const a = await store.getAnalysis(r.id);
      if (a) out.push(keep(a));
    }
    cursor = page.next;
  } while (cursor);
  return out;
}

/** The analyses of the given reports, in the given order, skipping ids not stored. */
export async function loadAnalyses(store: Store, ids: string[]): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for (const id of ids) {
    const a = await store.getAnalysis(id);
    if (a) out.push(a);
  }
  return out;
}
