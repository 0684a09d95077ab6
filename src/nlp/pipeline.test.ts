import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { finishReport } from '../ingest/finish-report.js';
import type { Component } from './component.js';
import { createPipeline, PipelineError } from './pipeline.js';

const noop = (id: string, requires: Component['requires'], assigns: Component['assigns']): Component => ({
  id, requires, assigns, process: (doc) => assigns.forEach((a) => doc.set(a, [])),
});

describe('createPipeline', () => {
  it('accepts components whose requirements come earlier', () => {
    const p = createPipeline([noop('ner', ['tokens', 'pos'], ['entities', 'entityIndex']), noop('said', ['entities'], ['statements'])]);
    const doc = p.run(finishReport({ text: 'Officials said the port was closed.', date: null, sources: [] }));
    assert.equal(doc.has('statements'), true);
    assert.equal(doc.has('events'), false);
  });
  const bad: [string, Component[], RegExp][] = [
    ['a requirement no one assigns', [noop('said', ['entities'], ['statements'])], /"said" requires "entities"/],
    ['a requirement assigned later', [noop('said', ['entities'], ['statements']), noop('ner', [], ['entities'])], /"said" requires "entities"/],
    ['two components assigning one layer', [noop('a', [], ['dates']), noop('b', [], ['dates'])], /"b" assigns "dates", already assigned/],
  ];
  for (const [name, comps, msg] of bad) {
    it(`fails on ${name}`, () => assert.throws(() => createPipeline(comps), (e: unknown) => e instanceof PipelineError && msg.test(e.message)));
  }
});
