import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mention } from '../src/model/annotations.js';
import { evalNer, mentionsToEvalSpans } from './ner.js';

const mention = (start: number, end: number, type: Mention['type'], rule = 'tagger'): Mention =>
  ({ id: 'm', start, end, text: '', type, entity: 'e', name: '', confidence: 1, rule });

test('mentionsToEvalSpans maps our types to PER/ORG/LOC and skips the rest', () => {
  const cases: { m: Mention; want: string | null }[] = [
    { m: mention(0, 1, 'PERSON'), want: 'PER' },
    { m: mention(0, 1, 'ORG'), want: 'ORG' },
    { m: mention(0, 1, 'MEDIA'), want: 'ORG' },
    { m: mention(0, 1, 'GPE'), want: 'LOC' },
    { m: mention(0, 1, 'LOC'), want: 'LOC' },
    { m: mention(0, 1, 'NORP'), want: null },
    { m: mention(0, 1, 'MISC'), want: null },
    { m: mention(0, 1, 'ORG', 'gov-body'), want: null },
  ];
  for (const c of cases) {
    const { spans } = mentionsToEvalSpans([c.m]);
    assert.equal(spans[0]?.type ?? null, c.want, `${c.m.type} ${c.m.rule}`);
  }
});

test('evalNer scores a small gold file end to end', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
  const file = join(dir, 'tiny.iob2');
  writeFileSync(file, [
    '# doc = d1',
    'Vladimir\tB-PER', 'Putin\tI-PER', 'visited\tO', 'Cuba\tB-LOC', 'and\tO', 'met\tO', 'Reuters\tB-ORG', 'reporters\tO', '.\tO', '',
  ].join('\n'));
  const r = await evalNer({ gold: [file] });
  assert.equal(r.failures.length, 0);
  const json = r.json as { files: { scores: Record<string, { f1: number }> }[] };
  assert.equal(json.files[0].scores.PER.f1, 100);
  assert.equal(json.files[0].scores.LOC.f1, 100);
  assert.match(r.text, /tiny\.iob2/);
});

test('evalNer reports a missing gold file as a failure', async () => {
  const r = await evalNer({ gold: ['/nonexistent/gold.iob2'] });
  assert.equal(r.failures.length, 1);
  assert.match(r.failures[0], /not found/);
});
