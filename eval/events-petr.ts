import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createDatesComponent } from '../src/nlp/dates/index.js';
import { createEntitiesComponent } from '../src/nlp/entities/index.js';
import { createEventsComponent } from '../src/nlp/events/index.js';
import { createPipeline } from '../src/nlp/pipeline.js';
import { createStatementsComponent } from '../src/nlp/statements/index.js';
import { finishReport } from '../src/ingest/finish-report.js';
import type { EvalResult } from './eval-result.js';
import { primaryEvent } from './events-score.js';

/** One PETRARCH unit-test sentence: its text and the PLOVER types of its expected CAMEO codes. */
export interface PetrRecord {
  id: string;
  text: string;
  types: string[];
}

/** CAMEO code → PLOVER type, from CAMEO2PLOVER-2021.txt lines like `0311: AGREE,  , economic # ...`. */
export function parseCameoMap(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\b/.exec(line.trim());
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

/** The PLOVER type of a CAMEO code: the code itself, else its three- then two-digit parent. */
export function ploverOfCameo(map: Map<string, string>, code: string): string | null {
  for (let n = code.length; n >= 2; n--) {
    const t = map.get(code.slice(0, n));
    if (t) return t;
  }
  return null;
}

/** Sentences of PETR.UnitTest.records.xml with at least one code that maps to a PLOVER type. */
export function parsePetrRecords(xml: string, map: Map<string, string>): PetrRecord[] {
  const out: PetrRecord[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const id = /\bid="([^"]*)"/.exec(m[1])?.[1] ?? '';
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(m[2])?.[1].replace(/\s+/g, ' ').trim() ?? '';
    const codes = [...m[2].matchAll(/<EventCoding\b[^>]*\beventcode="(\d+)"/g)].map((c) => c[1]);
    const types = [...new Set(codes.map((c) => ploverOfCameo(map, c)).filter((t): t is string => t !== null))];
    if (text && types.length > 0) out.push({ id, text, types });
  }
  return out;
}

const fmt = (x: number) => x.toFixed(3);

/**
 * `eval events-petr`: a second check set for the event types, so the lexicon is not tuned to the
 * PLOVER dev file alone. PETRARCH2's unit-test sentences (MIT) carry expected CAMEO codes, mapped
 * to PLOVER with CAMEO2PLOVER-2021.txt (default: `plover/` next to the XML). A sentence counts as
 * right when our primary event's type is one of its expected types. Its codes come from
 * PETRARCH's own validation dictionary, which does not always follow CAMEO's meaning, so this
 * is a regression check with no threshold, not a target.
 */
export async function evalEventsPetr(opts: { petr: string; cameo?: string }): Promise<EvalResult> {
  const map = parseCameoMap(readFileSync(opts.cameo ?? join(dirname(opts.petr), 'plover', 'CAMEO2PLOVER-2021.txt'), 'utf8'));
  const records = parsePetrRecords(readFileSync(opts.petr, 'utf8'), map);
  const pipeline = createPipeline([
    await createEntitiesComponent(),
    await createStatementsComponent(),
    await createDatesComponent(),
    await createEventsComponent(),
  ]);
  let right = 0;
  let found = 0;
  const errors: Array<{ id: string; gold: string[]; ours: string | null }> = [];
  for (const r of records) {
    const primary = primaryEvent(pipeline.run(finishReport({ text: r.text, date: null, sources: [] })).get('events'));
    if (primary) found++;
    if (primary && r.types.includes(primary.type)) right++;
    else errors.push({ id: r.id, gold: r.types, ours: primary?.type ?? null });
  }
  const n = records.length;
  const lines = [
    `records                 ${n}`,
    `type accuracy           ${fmt(n ? right / n : 0)}   (an event found in ${fmt(n ? found / n : 0)})`,
  ];
  return { name: 'events-petr', text: lines.join('\n'), json: { records: n, typeAccuracy: n ? right / n : 0, found: n ? found / n : 0, errors }, failures: [] };
}
