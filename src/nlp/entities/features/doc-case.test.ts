import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOC_CASE_CAP, DOC_CASE_CAP_MID_ELSEWHERE, DOC_CASE_INITIAL, DOC_CASE_LOWER_ELSEWHERE, docCaseCodes } from './doc-case.js';

test('docCaseCodes', () => {
  const doc = [
    ['Officials', 'met', 'Putin', '.'],
    ['Putin', 'said', 'officials', 'agreed', '.'],
    ['Reuters', 'reported', 'it', '.'],
  ];
  const c = docCaseCodes(doc);
  // "Officials" is sentence-initial and seen in lower case elsewhere: a common word.
  assert.equal(c[0][0], DOC_CASE_CAP | DOC_CASE_LOWER_ELSEWHERE | DOC_CASE_INITIAL);
  // Mid-sentence "Putin": no other mid-sentence capitalised occurrence.
  assert.equal(c[0][2], DOC_CASE_CAP);
  // Sentence-initial "Putin": seen capitalised mid-sentence elsewhere, so a name.
  assert.equal(c[1][0], DOC_CASE_CAP | DOC_CASE_CAP_MID_ELSEWHERE | DOC_CASE_INITIAL);
  // Lower-case tokens and punctuation get no code.
  assert.equal(c[1][2], 0);
  assert.equal(c[0][3], 0);
  // Negative: a sentence-initial word seen nowhere else has only the initial bit.
  assert.equal(c[2][0], DOC_CASE_CAP | DOC_CASE_INITIAL);
});
