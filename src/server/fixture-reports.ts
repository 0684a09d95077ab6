import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportId } from '../ingest/report-id.js';
import type { Analysis } from '../model/analysis.js';
import type { EntityType, EventRecord, Mention, Statement } from '../model/annotations.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

interface EntitySpec { text: string; type: EntityType; name?: string; role?: string; aliases?: string[]; nth?: number }
interface FixtureSpec {
  text: string;
  date: string;
  sources: string[];
  title?: string | null;
  entities?: EntitySpec[];
  statements?: { speaker: string; cue: string; content: string; kind?: Statement['kind']; polarity?: Statement['polarity'] }[];
  events?: { trigger: string; type: string; actor: string; target: string | null }[];
  unknowns?: { text: string; kind: 'no-response' | 'unspecified-actor'; subject: string | null; about: string }[];
  dates?: { text: string; when: string }[];
}

/**
 * Build an analysis by hand from substrings of the text, so API tests do not depend on the NLP.
 * Entities with the same `name` share one report-level record; `nth` picks a later occurrence.
 */
export function buildAnalysis(spec: FixtureSpec): Analysis {
  const { text } = spec;
  const at = (s: string, nth = 0) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(s, start + 1);
    if (start < 0) throw new Error(`fixture text lacks "${s}"`);
    return { start, end: start + s.length, text: s };
  };
  const sentences: { start: number; end: number }[] = [];
  const re = /[^.]+\.\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentences.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  const sentenceOf = (offset: number) => Math.max(0, sentences.findIndex((s) => s.start <= offset && offset < s.end));

  const records = new Map<string, Analysis['entityIndex'][number]>();
  const mentions: Mention[] = [];
  for (const e of spec.entities ?? []) {
    const name = e.name ?? e.text;
    let rec = records.get(name);
    if (!rec) {
      rec = { id: `e${records.size + 1}`, name, type: e.type, aliases: e.aliases ?? [], key: null, role: e.role ?? null };
      records.set(name, rec);
    }
    mentions.push({ id: `m${mentions.length + 1}`, ...at(e.text, e.nth), type: e.type, entity: rec.id, name, role: e.role ?? null, confidence: 0.9, rule: 'fixture/entity' });
  }
  const entityAt = (s: string) => {
    const span = at(s);
    return mentions.find((m) => m.start <= span.start && span.end <= m.end)?.entity ?? null;
  };
  const statements: Statement[] = (spec.statements ?? []).map((s, i) => {
    const speaker = at(s.speaker);
    const entity = entityAt(s.speaker);
    const name = entity ? [...records.values()].find((r) => r.id === entity)!.name : null;
    return {
      id: `s${i + 1}`, speaker: { ...speaker, entity, name, resolvedBy: 'fixture' }, cue: { ...at(s.cue), lemma: s.cue === 'said' ? 'say' : s.cue },
      content: [at(s.content)], kind: s.kind ?? 'indirect', polarity: s.polarity ?? 'assert', hedged: false, sentence: sentenceOf(speaker.start), rule: 'fixture/statement',
    };
  });
  const events: EventRecord[] = (spec.events ?? []).map((v, i) => {
    const actor = at(v.actor);
    const target = v.target ? at(v.target) : null;
    return {
      id: `v${i + 1}`, type: v.type, mode: null, trigger: at(v.trigger), actor: { ...actor, entity: entityAt(v.actor) },
      target: target ? { ...target, entity: entityAt(v.target!) } : null, date: { when: spec.date, precision: 'day', dateId: null, inferred: true },
      statement: null, negated: false, hedged: false, sentence: sentenceOf(actor.start), rule: 'fixture/event',
    };
  });
  const sources = spec.sources;
  const id = reportId(text, spec.date, sources);
  return {
    report: { id, date: spec.date, sources, title: spec.title ?? null, url: null, outlet: null, externalId: null },
    text,
    sentences,
    entities: mentions,
    entityIndex: [...records.values()],
    statements,
    events,
    dates: (spec.dates ?? []).map((d, i) => ({ id: `d${i + 1}`, ...at(d.text), when: d.when, precision: 'day', stated: ['weekday'], inferred: ['year', 'month', 'day'], rule: 'fixture/date' })),
    unknowns: (spec.unknowns ?? []).map((u, i) => ({
      id: `u${i + 1}`, ...at(u.text), kind: u.kind, subject: u.subject ? { text: u.subject, entity: entityAt(u.subject) } : null, about: u.about, sentence: sentenceOf(at(u.text).start), rule: 'fixture/unknown',
    })),
    diagnostics: [],
  };
}

/** Three small reports about one story, with every layer filled in by hand. */
export function storyFixtures(): Analysis[] {
  return [
    buildAnalysis({
      text: 'Coastal Safety Directorate spokesman João Ferreira said that Vellmar Shipping had not yet responded. Police detained the captain Marko Petrović on Monday.',
      date: '2024-03-11', sources: ['Lisbon Courier'], title: 'Ship aground off Sines',
      entities: [
        { text: 'Coastal Safety Directorate', type: 'ORG' }, { text: 'João Ferreira', type: 'PERSON', role: 'spokesman', aliases: ['Ferreira'] },
        { text: 'Vellmar Shipping', type: 'ORG' }, { text: 'Police', type: 'ORG' }, { text: 'Marko Petrović', type: 'PERSON', role: 'captain' },
      ],
      statements: [{ speaker: 'João Ferreira', cue: 'said', content: 'Vellmar Shipping had not yet responded' }],
      events: [{ trigger: 'detained', type: 'ARREST', actor: 'Police', target: 'Marko Petrović' }],
      unknowns: [{ text: 'had not yet responded', kind: 'no-response', subject: 'Vellmar Shipping', about: 'a response' }],
      dates: [{ text: 'on Monday', when: '2024-03-11' }],
    }),
    buildAnalysis({
      text: 'Anneke Visser said Vellmar Shipping denies that Marko Petrović ignored warnings. Ferreira said the slick was contained.',
      date: '2024-03-13', sources: ['Cargo Ledger', 'APA'], title: 'Vellmar responds',
      entities: [
        { text: 'Anneke Visser', type: 'PERSON', role: 'spokeswoman' }, { text: 'Vellmar Shipping', type: 'ORG' },
        { text: 'Marko Petrović', type: 'PERSON' }, { text: 'Ferreira', type: 'PERSON', name: 'João Ferreira', aliases: ['Ferreira'] },
      ],
      statements: [
        { speaker: 'Anneke Visser', cue: 'said', content: 'Vellmar Shipping denies that Marko Petrović ignored warnings', polarity: 'deny' },
        { speaker: 'Ferreira', cue: 'said', content: 'the slick was contained' },
      ],
    }),
    buildAnalysis({
      text: 'Fishermen protested in Sines against the fishing ban, APA reported.',
      date: '2024-03-15', sources: ['APA'],
    }),
  ];
}

/** A fresh SQLite store in a temp folder holding `analyses`; `cleanup` closes and deletes it. */
export async function createFixtureStore(analyses: Analysis[] = storyFixtures()): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-server-'));
  const store = await openSqliteStore(join(dir, 'test.db'));
  for (const a of analyses) await store.putAnalysis(a, { file: 'fixture' });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
