import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseTextReport } from '../src/ingest/text-reader.js';
import { recordToItem } from '../src/ingest/jsonl-reader.js';
import type { Report } from '../src/model/report.js';
import { packagePath } from '../src/model/paths.js';

export const BBC = join(packagePath(), '..', 'shared', 'data', 'news', 'bbc', 'bbc.jsonl');

/**
 * The benchmark corpus: the BBC set when ../shared/data is beside the checkout (benchmarks
 * only; never shipped), else the bundled examples.
 */
export function loadCorpus(limit = Infinity): { name: string; reports: Report[] } {
  const reports: Report[] = [];
  if (existsSync(BBC)) {
    const lines = readFileSync(BBC, 'utf8').split('\n');
    for (let i = 0; i < lines.length && reports.length < limit; i++) {
      if (!lines[i].trim()) continue;
      const item = recordToItem(JSON.parse(lines[i]), BBC, i + 1);
      if (item.kind === 'report') reports.push(item.report);
    }
    return { name: 'bbc.jsonl', reports };
  }
  const dir = packagePath('examples');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const item = parseTextReport(readFileSync(join(dir, f), 'utf8'), f);
    if (item.kind === 'report') reports.push(item.report);
  }
  return { name: 'examples', reports };
}

/** Print an aligned table. */
export function printTable(rows: (string | number)[][]): void {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows) console.log(r.map((v, c) => (typeof v === 'number' ? String(v).padStart(w[c]) : String(v).padEnd(w[c]))).join('  '));
}
