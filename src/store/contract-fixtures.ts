import type { Analysis } from '../model/analysis.js';
import { reportId } from '../ingest/report-id.js';

/** A hand-built analysis with one item in every layer, for the store contract. */
export function fixtureAnalysis(text: string, date: string | null, sources: string[], speaker = 'Maria Santos'): Analysis {
  const id = reportId(text, date, sources);
  const at = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture text lacks "${s}"`);
    return { start, end: start + s.length, text: s };
  };
  const who = at(speaker);
  const cue = at('said');
  return {
    report: { id, date, sources, title: `Title of ${id}`, url: null, outlet: null, externalId: null },
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: [{ id: 'm1', ...who, type: 'PERSON', entity: 'e1', name: speaker, role: 'spokeswoman', confidence: 0.9, rule: 'fixture' }],
    entityIndex: [{ id: 'e1', name: speaker, type: 'PERSON', aliases: [speaker.split(' ').pop() ?? speaker], key: null }],
    statements: [{
      id: 's1', speaker: { ...who, entity: 'e1', name: speaker, resolvedBy: 'direct' }, cue: { ...cue, lemma: 'say' },
      content: [{ start: cue.end + 1, end: text.length, text: text.slice(cue.end + 1) }], kind: 'indirect', polarity: 'assert',
      hedged: false, sentence: 0, rule: 'fixture',
    }],
    events: [{
      id: 'v1', type: 'COERCE', mode: null, trigger: cue, actor: { ...who, entity: 'e1', name: speaker }, target: null,
      date: { when: date, precision: 'day', dateId: null, inferred: true }, statement: 's1', negated: false, hedged: false, sentence: 0, rule: 'fixture',
    }],
    dates: date ? [{ id: 'd1', ...cue, when: date, precision: 'day', stated: [], inferred: ['year', 'month', 'day'], rule: 'fixture' }] : [],
    unknowns: [{ id: 'u1', ...cue, kind: 'no-response', subject: { text: 'the port', entity: null }, about: 'response', sentence: 0, rule: 'fixture' }],
    diagnostics: [{ code: 'fixture/note', message: 'a fixture diagnostic', severity: 'info' }],
  };
}
