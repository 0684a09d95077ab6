import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDefaultPipeline, docToAnalysis } from '../src/engine/analyze.js';
import { relink } from '../src/engine/link.js';
import { createRandom } from '../src/engine/seeded-random.js';
import { reportId } from '../src/ingest/report-id.js';
import type { Analysis } from '../src/model/analysis.js';
import { startServer } from '../src/server/start-server.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { InReport, Page, ReportSummary, Store } from '../src/store/store.js';
import type { EntityRecord, Statement } from '../src/model/annotations.js';
import { loadCorpus, printTable } from './corpus.js';

export interface LatencyRow {
  endpoint: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Answers that were not 200 (e.g. 404 for a name the store lacks). */
  non200: number;
}

export interface ApiBenchResult {
  corpus: string;
  baseReports: number;
  reports: number;
  analyseSeconds: number;
  storeSeconds: number;
  dbMegabytes: number;
  rows: LatencyRow[];
}


const OUTLETS = ['BBC', 'Northern Wire', 'Harbour Post', 'Evening Ledger', 'Coastal Times', 'Metro Daily', 'Valley Herald', 'Continental Press'];
const DAY_MS = 86_400_000;

/**
 * Copy `k` of a base analysis: the same text with a short tail (so the id differs), another
 * date and another outlet. The annotations are reused unchanged: the tail comes after every
 * offset, so they still point at the same characters.
 */
export function variantOf(base: Analysis, i: number, k: number): Analysis {
  const text = k === 0 ? base.text : `${base.text}\n\n(Edition ${k}.)`;
  const date = new Date(Date.UTC(2024, 0, 1) + ((i * 7 + k * 13) % 366) * DAY_MS).toISOString().slice(0, 10);
  const sources = [OUTLETS[(i + k * 3) % OUTLETS.length]];
  const title = base.report.title ? (k === 0 ? base.report.title : `${base.report.title} (${k})`) : null;
  return { ...base, text, report: { ...base.report, id: reportId(text, date, sources), date, sources, title } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Build a store of `target` reports (the BBC set varied, else the examples varied), serve it
 * in-process, and time sequential requests to the search, report, entity and statements
 * endpoints over loopback HTTP. Each distinct text is analysed once with the current default
 * pipeline; its copies reuse that analysis (see variantOf). With `keepDb`, the store is kept at
 * that path and reused by later runs when it already holds `target` reports.
 */
export async function benchApi(target = 10_000, requests = 300, keepDb: string | null = null): Promise<ApiBenchResult> {
  const dir = keepDb ? null : mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
  const dbPath = keepDb ?? join(dir!, 'bench.db');
  let store = await openSqliteStore(dbPath);
  let name = 'existing store';
  let baseReports = 0;
  let analyseSeconds = 0;
  let storeSeconds = 0;
  let pipelineIds = '(reused)';
  try {
    if ((await store.stats()).reports < target) {
      const corpus = loadCorpus();
      name = corpus.name;
      const pipeline = await getDefaultPipeline();
      pipelineIds = pipeline.components.map((c) => c.id).join(', ');
      let t0 = performance.now();
      const bases: Analysis[] = [];
      let failed = 0;
      // One report the pipeline cannot analyse must not stop the bench (as in ingest).
      for (const r of corpus.reports) {
        try {
          bases.push(docToAnalysis(pipeline.run(r)));
        } catch {
          failed++;
        }
      }
      if (failed) console.log(`(${failed} of ${corpus.reports.length} texts failed analysis and were left out)`);
      analyseSeconds = (performance.now() - t0) / 1000;
      baseReports = bases.length;
      t0 = performance.now();
      let stored = (await store.stats()).reports;
      for (let k = 0; stored < target; k++) {
        for (let i = 0; i < bases.length && stored < target; i++) {
          if (await store.putAnalysis(variantOf(bases[i], i, k), { file: 'bench' })) stored++;
        }
      }
      storeSeconds = (performance.now() - t0) / 1000;
      // Reopen so the measured server starts from a cold, checkpointed file like a real one.
      await store.close();
      store = await openSqliteStore(dbPath);
    }
    // Stories come from linking; link once (and say how long it took) if the store has none yet.
    if ((await store.stats()).stories === 0) {
      const l = await relink(store);
      console.log(`linked ${l.stories} stories, ${l.entities} entities in ${(l.elapsedMs / 1000).toFixed(1)} s`);
    }
    const storyIds = (await store.linkItems('story')).map((i) => i.id);
    const dbMegabytes = Math.round(statSync(dbPath).size / 1e5) / 10;
    const w = await workloadInputs(store);
    const rnd = createRandom(42);
    const workloads: [string, () => string][] = [
      ['GET /api/search?q=', () => `/api/search?q=${encodeURIComponent(`${rnd.pick(w.titleWords)}${rnd.next() < 0.5 ? ` ${rnd.pick(w.titleWords)}` : ''}`)}`],
      ['GET /api/reports/{id}', () => `/api/reports/${rnd.pick(w.ids)}`],
      ['GET /api/entities/{name}', () => `/api/entities/${encodeURIComponent(w.entityNames.length ? rnd.pick(w.entityNames) : rnd.pick(w.titleWords))}`],
      ['GET /api/statements?speaker=', () => `/api/statements?speaker=${encodeURIComponent(w.speakers.length ? rnd.pick(w.speakers) : rnd.pick(w.titleWords))}&limit=50`],
      ['GET /api/stories/{id}', () => `/api/stories/${encodeURIComponent(rnd.pick(storyIds))}`],
    ];

    const server = await startServer({ store, port: 0 });
    const rows: LatencyRow[] = [];
    try {
      for (const [endpoint, next] of workloads) {
        for (let n = 0; n < 20; n++) await (await fetch(server.url + next())).arrayBuffer();
        const times: number[] = [];
        let non200 = 0;
        for (let n = 0; n < requests; n++) {
          const url = server.url + next();
          const t = performance.now();
          const res = await fetch(url);
          await res.arrayBuffer();
          times.push(performance.now() - t);
          if (res.status !== 200) non200++;
        }
        times.sort((x, y) => x - y);
        rows.push({ endpoint, requests, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), maxMs: round(times[times.length - 1]), non200 });
      }
    } finally {
      await server.close();
    }
    const stats = await store.stats();
    console.log(`API latency on ${stats.reports} reports (${name}${baseReports ? `: ${baseReports} texts analysed once in ${analyseSeconds.toFixed(1)} s with [${pipelineIds}], stored in ${storeSeconds.toFixed(1)} s` : ''}; ${dbMegabytes} MB; ${stats.entities} entities, ${stats.statements} statements, ${stats.events} events; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores):`);
    printTable([['endpoint', 'requests', 'p50 ms', 'p95 ms', 'max ms', 'non-200'], ...rows.map((r) => [r.endpoint, r.requests, r.p50Ms, r.p95Ms, r.maxMs, r.non200])]);
    return { corpus: name, baseReports, reports: stats.reports, analyseSeconds, storeSeconds, dbMegabytes, rows };
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Questions to ask, drawn from the store itself: report ids, title words, entity names, speakers. */
async function workloadInputs(store: Store) {
  const ids: string[] = [];
  const titleWords: string[] = [];
  for (let cursor: string | null = null, n = 0; n < 10; n++) {
    const page: Page<ReportSummary> = await store.listReports({ limit: 500, cursor });
    for (const r of page.items) {
      ids.push(r.id);
      titleWords.push(...(r.title ?? r.excerpt.slice(0, 80)).split(/[^\p{L}]+/u).filter((x) => x.length >= 4));
    }
    cursor = page.next;
    if (!cursor) break;
  }
  const entityNames = new Set<string>();
  const speakers = new Set<string>();
  for (let cursor: string | null = null, n = 0; n < 4; n++) {
    const page: Page<InReport<EntityRecord>> = await store.entities({ limit: 500, cursor });
    for (const e of page.items) if (e.item.type === 'PERSON' || e.item.type === 'ORG') entityNames.add(e.item.name);
    cursor = page.next;
    if (!cursor) break;
  }
  for (let cursor: string | null = null, n = 0; n < 4; n++) {
    const page: Page<InReport<Statement>> = await store.statements({ limit: 500, cursor });
    for (const s of page.items) {
      const who = s.item.speaker?.name ?? s.item.speaker?.text;
      if (who) speakers.add(who);
    }
    cursor = page.next;
    if (!cursor) break;
  }
  return { ids, titleWords, entityNames: [...entityNames], speakers: [...speakers] };
}
