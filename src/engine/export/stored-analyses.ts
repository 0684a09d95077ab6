import type { Analysis } from '../../model/analysis.js';
import type { Store } from '../../store/store.js';

/**
 * Every stored analysis, one at a time, paging through the store's report list with its
 * cursors, so an export holds one report in memory at once.
 */
export async function* storedAnalyses(store: Store, pageSize = 200): AsyncGenerator<Analysis> {
  let cursor: string | null = null;
  do {
    const page = await store.listReports({ limit: pageSize, cursor });
    for (const summary of page.items) {
      const analysis = await store.getAnalysis(summary.id);
      if (analysis) yield analysis;
    }
    cursor = page.next;
  } while (cursor);
}
