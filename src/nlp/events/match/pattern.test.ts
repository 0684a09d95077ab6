import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../create-doc.js';
import { compilePattern, findPatternMatches, stemCandidates } from './pattern.js';

function spans(pattern: string, text: string): string[] {
  const doc = createDoc({ id: 't', date: null, sources: [], text });
  const p = compilePattern({ pattern, type: 'COERCE' });
  return findPatternMatches(doc, [p], 0, doc.tokenCount).map((m) => `${doc.token(m.first)}..${doc.token(m.last)}@${doc.token(m.head)}`);
}

test('pattern: single words, gaps, heads and parts of speech', () => {
  const cases: Array<[string, string, string[]]> = [
    ['arrest/V', 'Police arrested two men.', ['arrested..arrested@arrested']],
    ['criminal ^proceeding', 'Criminal proceedings were opened.', ['Criminal..proceedings@proceedings']],
    ['forge * tie', 'They are forging tighter trade ties.', ['forging..ties@forging']],
    ['order/V', 'Putin ordered more troops.', ['ordered..ordered@ordered']],
    ['neutralize/V', 'Attempts have been neutralized.', ['neutralized..neutralized@neutralized']],
  ];
  for (const [pattern, text, want] of cases) assert.deepEqual(spans(pattern, text), want, `${pattern} / ${text}`);
});

test('pattern: what must not match', () => {
  const cases: Array<[string, string]> = [
    ['arrest/V', 'The arrest was made.'],
    ['order/V', 'Law and order prevailed.'],
    ['forge * tie', 'They forged a deal, and ties were cut.'],
    ['forge * tie', 'They forged a new very large strong tie.'],
    ['charge/V', 'He is in charge.'],
  ];
  for (const [pattern, text] of cases) assert.deepEqual(spans(pattern, text), [], `${pattern} / ${text}`);
});

test('stemCandidates: verb forms the lemmatiser leaves alone', () => {
  assert.ok(stemCandidates('neutralized').includes('neutralize'));
  assert.ok(stemCandidates('denied').includes('deny'));
  assert.ok(stemCandidates('recruiting').includes('recruit'));
});
