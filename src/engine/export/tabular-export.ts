import type { Store } from '../../store/store.js';
import { createActorRegistry } from './actors.js';
import { reportEdges } from './graph-edges.js';
import { CSV_COLUMNS, csvLine, eventRows, reportRows, statementRows, type Row } from './rows.js';
import type { TextSink } from './sink.js';
import { storedAnalyses } from './stored-analyses.js';

export type ExportWhat = 'reports' | 'statements' | 'events' | 'entities' | 'graph';

/** Rows of one listing, streamed (entities need one pass to merge actors across reports). */
export async function* exportRows(store: Store, what: ExportWhat): AsyncGenerator<Row> {
  if (what === 'entities') {
    const actors = createActorRegistry();
    for await (const a of storedAnalyses(store)) actors.add(a);
    for (const actor of actors.list()) yield { ...actor };
    return;
  }
  for await (const a of storedAnalyses(store)) {
    if (what === 'reports') yield* reportRows(a);
    else if (what === 'statements') yield* statementRows(a);
    else if (what === 'events') yield* eventRows(a);
    else yield* reportEdges(a).map(({ loose: _loose, ...e }) => ({ ...e }) as unknown as Row);
  }
}

/** Write a listing as JSON lines. Returns the number of records. */
export async function exportJsonl(store: Store, what: ExportWhat, sink: TextSink): Promise<number> {
  let n = 0;
  for await (const row of exportRows(store, what)) {
    await sink.write(`${JSON.stringify(row)}\n`);
    n++;
  }
  return n;
}

/** Write a listing as CSV with a header row (UTF-8 with BOM, so spreadsheets read accents). Returns the number of rows. */
export async function exportCsv(store: Store, what: ExportWhat, sink: TextSink): Promise<number> {
  const columns = CSV_COLUMNS[what];
  await sink.write(`\uFEFF${columns.join(',')}\r\n`);
  let n = 0;
  for await (const row of exportRows(store, what)) {
    await sink.write(csvLine(columns, row));
    n++;
  }
  return n;
}
