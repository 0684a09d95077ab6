import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prf, scoreDocument, scoringTokens, tokenSet, type RoleSpans } from './attribution-score.js';

const TEXT = 'Rain is coming, the forecaster said. “Stay home,” she added.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });
const GOLD: RoleSpans[] = [
  { source: [at('the forecaster')], cue: [at('said')], content: [at('Rain is coming')] },
  { source: [at('she')], cue: [at('added')], content: [at('“Stay home,”')] },
];

test('tokenSet ignores punctuation unless a span has nothing else', () => {
  const toks = scoringTokens(TEXT);
  assert.equal(tokenSet(toks, [at('“Stay home,”')]).size, 2);
  assert.equal(tokenSet(toks, [at(',')]).size, 1);
});

const cases: { title: string; pred: RoleSpans[]; cueExact: number; contentPartial: number; attribution: number }[] = [
  { title: 'perfect', pred: GOLD, cueExact: 1, contentPartial: 1, attribution: 1 },
  {
    title: 'quote marks and a wider cue: exact content, partial cue',
    pred: [
      { source: [at('the forecaster')], cue: [at('forecaster said')], content: [at('Rain is coming,')] },
      { source: [at('she')], cue: [at('added')], content: [at('Stay home')] },
    ],
    cueExact: 0.5,
    contentPartial: 1,
    attribution: 1,
  },
  { title: 'nothing found', pred: [], cueExact: 0, contentPartial: 0, attribution: 0 },
  {
    title: 'wrong source breaks the whole attribution only',
    pred: [{ source: [at('Rain')], cue: [at('said')], content: [at('Rain is coming')] }],
    cueExact: 2 / 3,
    contentPartial: 2 / 3,
    attribution: 0,
  },
];

test('scoreDocument', async (t) => {
  for (const c of cases) {
    await t.test(c.title, () => {
      const s = scoreDocument(TEXT, c.pred, GOLD);
      assert.ok(Math.abs(prf(s.exact.cue).f1 - c.cueExact) < 1e-9, `cue exact ${prf(s.exact.cue).f1}`);
      assert.ok(Math.abs(prf(s.partial.content).f1 - c.contentPartial) < 1e-9, `content partial ${prf(s.partial.content).f1}`);
      assert.ok(Math.abs(prf(s.attribution).f1 - c.attribution) < 1e-9, `attribution ${prf(s.attribution).f1}`);
    });
  }
});
