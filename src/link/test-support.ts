import type { Analysis } from '../model/analysis.js';
import type { EntityRecord, Statement, Unknown } from '../model/annotations.js';
import { reportId } from '../ingest/report-id.js';

export interface FakeReport {
  text: string;
  date: string;
  sources: string[];
  entities?: (Omit<EntityRecord, 'id' | 'aliases'> & { aliases?: string[] })[];
  /** Statements as [speaker entity index or null, speaker text, content, polarity]. */
  statements?: [number | null, string, string, ('assert' | 'deny')?][];
  unknowns?: { kind: Unknown['kind']; subject?: number; about: string; text: string }[];
}

/** A hand-built analysis for link tests: offsets are found in the text, nothing runs the NLP. */
export function fakeAnalysis(f: FakeReport): Analysis {
  const id = reportId(f.text, f.date, f.sources);
  const at = (s: string) => {
    const start = f.text.indexOf(s);
    if (start < 0) throw new Error(`fake text lacks "${s}"`);
    return { start, end: start + s.length, text: s };
  };
  const entityIndex: EntityRecord[] = (f.entities ?? []).map((e, i) => ({ ...e, id: `e${i + 1}`, aliases: e.aliases ?? [] }));
  const statements: Statement[] = (f.statements ?? []).map(([ent, speaker, content, polarity], i) => ({
    id: `st${i + 1}`,
    speaker: { ...at(speaker), entity: ent === null ? null : `e${ent + 1}`, name: ent === null ? speaker : entityIndex[ent].name, resolvedBy: 'test' },
    cue: { ...at(speaker), lemma: 'say' },
    content: [at(content)],
    kind: 'indirect', polarity: polarity ?? 'assert', hedged: false, sentence: 0, rule: 'test',
  }));
  const unknowns: Unknown[] = (f.unknowns ?? []).map((u, i) => ({
    id: `u${i + 1}`, kind: u.kind, about: u.about, ...at(u.text), sentence: 0, rule: 'test',
    subject: u.subject === undefined ? null : { text: entityIndex[u.subject].name, entity: `e${u.subject + 1}` },
  }));
  const sentences: { start: number; end: number }[] = [];
  let from = 0;
  for (const line of f.text.split('\n')) {
    sentences.push({ start: from, end: from + line.length });
    from += line.length + 1;
  }
  return {
    report: { id, date: f.date, sources: f.sources, title: null, url: null, outlet: null, externalId: null },
    text: f.text, sentences, entities: [], entityIndex, statements, events: [], dates: [], unknowns, diagnostics: [],
  };
}
