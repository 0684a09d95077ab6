import type { Analysis } from '../../model/analysis.js';
import type { EntityType, Mention, Statement } from '../../model/annotations.js';
import { reportId } from '../../ingest/report-id.js';

interface Spec {
  entities: { id: string; name: string; type: EntityType; key?: string; text?: string }[];
  statements?: { id: string; speaker: string; cue: string; content: string; kind?: Statement['kind'] }[];
  events?: { id: string; type: string; trigger: string; actor: string; target: string | null; when?: string }[];
}

/**
 * A hand-built analysis (the NLP layers are built elsewhere): spans are found by their text,
 * so tests read like the report they describe.
 */
export function buildAnalysis(text: string, date: string | null, sources: string[], spec: Spec, title: string | null = null): Analysis {
  const id = reportId(text, date, sources);
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`fixture text lacks "${s}"`);
    return { start, end: start + s.length, text: s };
  };
  const mentions: Mention[] = [];
  for (const e of spec.entities) {
    const surface = e.text ?? e.name;
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      mentions.push({ id: `m${mentions.length + 1}`, start: i, end: i + surface.length, text: surface, type: e.type, entity: e.id, name: e.name, confidence: 0.9, rule: 'fixture' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const entityAt = (name: string) => {
    const e = spec.entities.find((x) => x.name === name)!;
    return { ...at(e.text ?? e.name), entity: e.id, name: e.name };
  };
  return {
    report: { id, date, sources, title, url: `https://news.example/${id}`, outlet: sources[0] ?? null, externalId: null },
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: mentions,
    entityIndex: spec.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.text && e.text !== e.name ? [e.text] : [], key: e.key ?? null })),
    statements: (spec.statements ?? []).map((s) => ({
      id: s.id, speaker: { ...entityAt(s.speaker), resolvedBy: 'direct' }, cue: { ...at(s.cue), lemma: 'say' }, content: [at(s.content)],
      kind: s.kind ?? 'indirect', polarity: 'assert', hedged: false, sentence: 0, rule: 'fixture',
    })),
    events: (spec.events ?? []).map((e) => ({
      id: e.id, type: e.type, mode: null, trigger: at(e.trigger), actor: entityAt(e.actor), target: e.target ? entityAt(e.target) : null,
      date: { when: e.when ?? date, precision: 'day', dateId: null, inferred: true }, statement: null, negated: false, hedged: false, sentence: 0, rule: 'fixture',
    })),
    dates: [],
    unknowns: [],
    diagnostics: [],
  };
}

const PEOPLE = [
  { id: 'e1', name: 'Maria Santos', type: 'PERSON' as const },
  { id: 'e2', name: 'Vellmar Shipping', type: 'ORG' as const },
  { id: 'e3', name: 'Portugal', type: 'GPE' as const, key: 'gpe:PT' },
];

/** Three reports about one story: a claim, its repetition a day later, and an event. */
export function storyAnalyses(): Analysis[] {
  return [
    buildAnalysis('Maria Santos said Vellmar Shipping had not paid Portugal for the clean-up. Portugal accused Vellmar Shipping of negligence.', '2024-03-02', ['Lisbon Courier'], {
      entities: PEOPLE,
      statements: [{ id: 's1', speaker: 'Maria Santos', cue: 'said', content: 'Vellmar Shipping had not paid Portugal for the clean-up' }],
      events: [{ id: 'v1', type: 'ACCUSE', trigger: 'accused', actor: 'Portugal', target: 'Vellmar Shipping' }],
    }, 'Minister: owner has not paid'),
    buildAnalysis('“Vellmar Shipping had not paid Portugal for the clean-up,” Santos said on Sunday, under a <b> & "quoted" headline\u0001.', '2024-03-03', ['APA', 'Coastline Herald'], {
      entities: [{ ...PEOPLE[0], text: 'Santos' }, PEOPLE[1], PEOPLE[2]],
      statements: [{ id: 's1', speaker: 'Maria Santos', cue: 'said', content: 'Vellmar Shipping had not paid Portugal for the clean-up', kind: 'direct' }],
    }, null),
    buildAnalysis('The tide was high in Halden on Monday.', '2024-03-04', [], { entities: [{ id: 'e1', name: 'Halden', type: 'LOC' }] }),
  ];
}
