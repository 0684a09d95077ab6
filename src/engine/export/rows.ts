import type { Analysis } from '../../model/analysis.js';
import { entityKeys } from './actors.js';

export type Row = Record<string, string | number | boolean | null | string[]>;

/** Report rows, in the shape the JSONL reader takes back (so an export can be re-ingested). */
export function reportRows(a: Analysis): Row[] {
  const r = a.report;
  return [{ id: r.id, date: r.date, title: r.title, url: r.url, outlet: r.outlet ?? null, sources: r.sources, externalId: r.externalId ?? null, text: a.text }];
}

/** One row per statement: who said what, where in the text, by which rule. */
export function statementRows(a: Analysis): Row[] {
  const keys = entityKeys(a);
  return a.statements.map((s) => ({
    reportId: a.report.id, reportDate: a.report.date, sources: a.report.sources, statementId: s.id,
    speaker: s.speaker ? s.speaker.name ?? s.speaker.text : null, speakerKey: s.speaker?.entity ? keys.get(s.speaker.entity) ?? null : null,
    kind: s.kind, polarity: s.polarity, hedged: s.hedged, cue: s.cue.text, content: s.content.map((c) => c.text).join(' … '),
    start: s.content[0]?.start ?? s.cue.start, end: s.content[s.content.length - 1]?.end ?? s.cue.end, parent: s.parent ?? null, rule: s.rule,
  }));
}

/** One row per event: PLOVER type, actor and target, date, trigger words and offsets. */
export function eventRows(a: Analysis): Row[] {
  const keys = entityKeys(a);
  const key = (ref: { entity: string | null } | null | undefined) => (ref?.entity ? keys.get(ref.entity) ?? null : null);
  return a.events.map((e) => ({
    reportId: a.report.id, reportDate: a.report.date, eventId: e.id, type: e.type, mode: e.mode ?? null,
    actor: e.actor ? e.actor.name ?? e.actor.text : null, actorKey: key(e.actor), target: e.target ? e.target.name ?? e.target.text : null, targetKey: key(e.target),
    when: e.date.when, precision: e.date.precision, dateInferred: e.date.inferred, place: e.place ? e.place.name ?? e.place.text : null,
    negated: e.negated, hedged: e.hedged, trigger: e.trigger.text, start: e.trigger.start, end: e.trigger.end, statementId: e.statement, rule: e.rule,
  }));
}

/** CSV columns per listing, in order. */
export const CSV_COLUMNS = {
  reports: ['id', 'date', 'title', 'url', 'outlet', 'sources', 'externalId', 'text'],
  statements: ['reportId', 'reportDate', 'sources', 'statementId', 'speaker', 'speakerKey', 'kind', 'polarity', 'hedged', 'cue', 'content', 'start', 'end', 'parent', 'rule'],
  events: ['reportId', 'reportDate', 'eventId', 'type', 'mode', 'actor', 'actorKey', 'target', 'targetKey', 'when', 'precision', 'dateInferred', 'place', 'negated', 'hedged', 'trigger', 'start', 'end', 'statementId', 'rule'],
  entities: ['id', 'key', 'name', 'type', 'aliases', 'reports', 'mentions', 'firstSeen'],
  graph: ['id', 'source', 'target', 'kind', 'label', 'reportId', 'date', 'polarity', 'hedged', 'text', 'start', 'end', 'rule'],
} as const;

/** One CSV field: quoted when it holds a separator, quote or line break; lists joined with "; ". */
export function csvField(v: Row[string] | undefined): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.join('; ') : String(v);
  // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark stops that.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV line (CRLF-terminated, as RFC 4180 asks) from a row and its columns. */
export function csvLine(columns: readonly string[], row: Row): string {
  return `${columns.map((c) => csvField(row[c])).join(',')}\r\n`;
}
