import { finishReport } from '../src/ingest/finish-report.js';
import type { ReadItem } from '../src/ingest/read-item.js';
import type { Report } from '../src/model/report.js';
import { syntheticReport } from '../src/engine/worker-fixtures.js';
import { loadCorpus } from './corpus.js';

/** The scale bench's corpus: the BBC set when present, else 2,225 synthetic reports. */
export function scaleBase(): { name: string; reports: Report[] } {
  const c = loadCorpus();
  if (c.name !== 'examples') return c;
  const reports = Array.from({ length: 2225 }, (_, n) => {
    const r = syntheticReport(n, 42);
    return finishReport({ ...r, id: null, externalId: r.id });
  });
  return { name: 'synthetic', reports };
}

/**
 * `count` reports streamed from the base set, repeated as often as needed. Each repeat moves the
 * report date on by one day per round, so every report has its own id while the text (and so the
 * analysis work) stays the same as the original's.
 */
export async function* scaleItems(base: Report[], count: number): AsyncGenerator<ReadItem> {
  for (let i = 0; i < count; i++) {
    const r = base[i % base.length];
    const round = Math.floor(i / base.length);
    if (round === 0) {
      yield { kind: 'report', report: r, warnings: [] };
      continue;
    }
    const d = new Date(Date.UTC(2001, 0, 1) + round * 86_400_000).toISOString().slice(0, 10);
    yield { kind: 'report', report: finishReport({ ...r, id: null, date: d }), warnings: [] };
  }
}
