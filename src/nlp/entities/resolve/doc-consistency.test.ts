import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finishReport } from '../../../ingest/finish-report.js';
import { createDoc } from '../../create-doc.js';
import type { Draft } from '../draft.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { docConsistency } from './doc-consistency.js';

/**
 * Run doc-consistency over `text` with hand-made drafts given as [first word, word count, type,
 * confidence]; a word given twice means its next occurrence.
 */
function run(text: string, spec: [string, number, Draft['type'], number][]) {
  const doc = createDoc(finishReport({ text, date: null, sources: [] }));
  const words = Array.from({ length: doc.tokenCount }, (_, i) => doc.token(i));
  const seen = new Map<string, number>();
  const drafts: Draft[] = spec.map(([w, n, type, confidence]) => {
    const first = words.indexOf(w, (seen.get(w) ?? -1) + 1);
    seen.set(w, first);
    return { first, end: first + n, type, confidence, rule: 'tagger' };
  });
  const out = docConsistency(drafts, { doc, gaz: loadGazetteer(), words, matches: [] });
  return out.map((d) => `${words.slice(d.first, d.end).join(' ')}/${d.type}/${d.rule}`);
}

test('doc-consistency: confident names spread to their repeats', () => {
  const cases: { name: string; text: string; spec: [string, number, Draft['type'], number][]; expected: string[] }[] = [
    {
      name: 'a surname alone repeats a confident person',
      text: 'Vladimir Putin spoke. Later Putin left.',
      spec: [['Vladimir', 2, 'PERSON', 0.95]],
      expected: ['Vladimir Putin/PERSON/tagger', 'Putin/PERSON/doc-consistency'],
    },
    {
      name: 'an untagged repeat of a whole name is added',
      text: 'Ryazan Gazette reported it. The story in Ryazan Gazette ran on Monday.',
      spec: [['Ryazan', 2, 'ORG', 0.9]],
      expected: ['Ryazan Gazette/ORG/tagger', 'Ryazan Gazette/ORG/doc-consistency'],
    },
    {
      name: 'an unsure repeat typed differently is retyped',
      text: 'Havana said no. Havana said yes.',
      spec: [['Havana', 1, 'LOC', 0.9], ['Havana', 1, 'PERSON', 0.3]],
      expected: ['Havana/LOC/tagger', 'Havana/LOC/tagger+doc-consistency'],
    },
    {
      name: 'negative: a repeat inside a longer capitalised name is left alone',
      text: 'Putin Street is long. Vladimir Putin spoke.',
      spec: [['Vladimir', 2, 'PERSON', 0.95]],
      expected: ['Vladimir Putin/PERSON/tagger'],
    },
    {
      name: 'negative: nothing confident, nothing spreads',
      text: 'Putin spoke. Putin left.',
      spec: [['Putin', 1, 'PERSON', 0.6]],
      expected: ['Putin/PERSON/tagger'],
    },
    {
      name: 'negative: a confident repeat keeps its own type',
      text: 'Jordan played. Jordan said no.',
      spec: [['Jordan', 1, 'PERSON', 0.9], ['Jordan', 1, 'GPE', 0.9]],
      expected: ['Jordan/PERSON/tagger', 'Jordan/GPE/tagger'],
    },
    {
      name: 'negative: a lower-case word that shares the first letter and length is not a repeat',
      text: 'Putin spoke. A putin dish was served.',
      spec: [['Putin', 1, 'PERSON', 0.95]],
      expected: ['Putin/PERSON/tagger'],
    },
  ];
  for (const c of cases) assert.deepEqual(run(c.text, c.spec), c.expected, c.name);
});
