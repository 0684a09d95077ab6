import type { Analysis } from '../model/analysis.js';
import { foldName } from './normalise.js';

export interface Claim {
  reportId: string;
  date: string | null;
  sources: string[];
  /** Who says it: the statement's speaker, else the report's credited sources. */
  speaker: string | null;
  statement: string | null;
  start: number;
  end: number;
  text: string;
}

export interface Disagreement {
  kind: 'number' | 'denial';
  /** What the parties disagree about: "tonnes of fuel", or the denied claim. */
  about: string;
  sides: { value: string; claims: Claim[] }[];
}

const UNITS = 'tonnes|tons|kilometres|kilometers|km|miles|metres|meters|litres|liters|barrels|gallons|euros|dollars|pounds|people|crew|crew members|passengers|soldiers|troops|workers|boats|ships|vessels|civilians|deaths|dead|injured|victims|casualties|refugees|migrants|children|houses|homes|percent|per cent';
const QUANTITY = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*(million|billion|thousand)?\\s+(?:metric\\s+)?(${UNITS})\\b(?:\\s+of\\s+((?:[a-z-]+\\s+){0,2}[a-z-]+))?`, 'gid');
// Words that end the object of a quantity ("40 tonnes of fuel | had leaked").
const OBJECT_END = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'been', 'may', 'might', 'could', 'would', 'will', 'can', 'should', 'from', 'into', 'in', 'on', 'at', 'to', 'and', 'or', 'that', 'which', 'as', 'off', 'for', 'by', 'with']);
const OBJECT_SKIP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

interface Quantity extends Claim {
  value: number;
  unit: string;
  object: string[];
}

function claimAt(a: Analysis, start: number, end: number): Claim {
  const s = a.statements.find((x) => x.content.some((c) => c.start <= start && end <= c.end));
  return {
    reportId: a.report.id, date: a.report.date, sources: a.report.sources,
    speaker: s?.speaker ? (s.speaker.name ?? s.speaker.text) : null, statement: s?.id ?? null, start, end, text: a.text.slice(start, end),
  };
}

function quantities(a: Analysis): Quantity[] {
  const out: Quantity[] = [];
  for (const m of a.text.matchAll(QUANTITY)) {
    const scale = { million: 1e6, billion: 1e9, thousand: 1e3 }[(m[2] ?? '').toLowerCase() as 'million'] ?? 1;
    const start = m.index ?? 0;
    // The claim ends after the unit, or after the object's last word before a verb ("... fuel | had leaked").
    let end = m.indices![3][1];
    const object: string[] = [];
    const objectStart = m.indices![4]?.[0] ?? 0;
    for (const w of (m[4] ?? '').matchAll(/\S+/g)) {
      const lw = w[0].toLowerCase();
      if (OBJECT_END.has(lw)) break;
      if (!OBJECT_SKIP.has(lw)) object.push(lw);
      end = objectStart + (w.index ?? 0) + w[0].length;
    }
    out.push({ ...claimAt(a, start, end), value: parseFloat(m[1].replace(/,/g, '')) * scale, unit: m[3].toLowerCase(), object });
  }
  return out;
}

/** Same quantity: same unit, and objects that share a word ("heavy fuel oil" ~ "fuel"). */
function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit && a.object.length > 0 && b.object.length > 0 && a.object.some((w) => b.object.includes(w));
}

function numberDisagreements(reports: Analysis[]): Disagreement[] {
  const all = reports.flatMap(quantities);
  const groups: Quantity[][] = [];
  for (const q of all) {
    const g = groups.find((x) => sameQuantity(x[0], q));
    if (g) g.push(q);
    else groups.push([q]);
  }
  const out: Disagreement[] = [];
  for (const g of groups) {
    const values = [...new Set(g.map((q) => q.value))].sort((x, y) => x - y);
    if (values.length < 2) continue;
    const speakers = new Set(g.map((q) => foldName(q.speaker ?? q.sources.join(','))));
    if (speakers.size < 2) continue;
    const about = `${g[0].unit} of ${g.reduce((o, q) => (q.object.length < o.length ? q.object : o), g[0].object).join(' ')}`;
    out.push({ kind: 'number', about, sides: values.map((v) => ({ value: String(v), claims: g.filter((q) => q.value === v).map(({ value: _v, unit: _u, object: _o, ...c }) => c) })) });
  }
  return out;
}

const NEGATION = /\b(not|no|never|n't|deny|denied|denies|reject|rejected|any)\b/g;

/** Content words of a claim, less those that most of the story's reports use (the ship's name, "spill"). */
function wordsOf(s: string, common: Set<string>): Set<string> {
  return new Set(foldName(s.replace(NEGATION, ' ')).split(' ').filter((w) => w.length > 3 && !common.has(w)));
}

/** Words found in more than a third of the reports: they say what the story is, not what a claim is. */
function commonWords(reports: Analysis[]): Set<string> {
  const df = new Map<string, number>();
  for (const r of reports) for (const w of new Set(foldName(r.text).split(' '))) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(2, reports.length / 3);
  return new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
}

function denialDisagreements(reports: Analysis[]): Disagreement[] {
  const out: Disagreement[] = [];
  const common = commonWords(reports);
  const words = (s: string) => wordsOf(s, common);
  for (const r of reports) {
    for (const d of r.statements.filter((s) => s.polarity === 'deny')) {
      const dText = d.content.map((c) => c.text).join(' ');
      const dw = words(dText);
      if (dw.size < 2) continue;
      const asserted: Claim[] = [];
      for (const o of reports) {
        if (o.report.id === r.report.id) continue;
        for (const s of o.statements.filter((x) => x.polarity === 'assert')) {
          const sw = words(s.content.map((c) => c.text).join(' '));
          const shared = [...dw].filter((w) => sw.has(w)).length;
          if (shared >= Math.max(2, Math.ceil(dw.size * 0.5))) asserted.push(claimAt(o, s.content[0]?.start ?? s.cue.start, s.content[s.content.length - 1]?.end ?? s.cue.end));
        }
      }
      if (asserted.length) {
        const denial = claimAt(r, d.content[0]?.start ?? d.cue.start, d.content[d.content.length - 1]?.end ?? d.cue.end);
        denial.speaker = d.speaker ? (d.speaker.name ?? d.speaker.text) : null;
        denial.statement = d.id;
        out.push({ kind: 'denial', about: dText, sides: [{ value: 'asserted', claims: asserted }, { value: 'denied', claims: [denial] }] });
      }
    }
  }
  return out;
}

/** Where a story's reports disagree: different numbers for the same quantity, denials of assertions. */
export function findDisagreements(reports: Analysis[]): Disagreement[] {
  return [...numberDisagreements(reports), ...denialDisagreements(reports)];
}
