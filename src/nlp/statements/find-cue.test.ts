import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCtx } from './context.js';
import { cueAt, rejectCue } from './find-cue.js';
import { makeDoc } from './test-support/make-doc.js';

/** [sentence, the word to look at, expected: cue lemma or null, and for null the negative rule when one applies]. */
const cases: [string, string, string | null, string?][] = [
  ['The minister said the talks failed.', 'said', 'say'],
  ['She told reporters that she would stay.', 'told', 'tell'],
  ['Officials believe the attack was planned.', 'believe', 'believe'],
  ['Documents reveal that he lied.', 'reveal', 'reveal'],
  ['Viguerie notes that the party is split.', 'notes', 'note'],
  ['The figures show a rise.', 'show', 'show'],
  ['Port records from the last decade show he sold the boat.', 'show', 'show'],
  ['The singer from the coast show stopped.', 'show', null],
  // Negative cases.
  ['The said company went bankrupt.', 'said', null, 'said-adjective'],
  ['That is to say, nothing changed.', 'say', null, 'fixed-phrase'],
  ['Needless to say, nothing changed.', 'say', null, 'fixed-phrase'],
  ['He was told to leave the building.', 'told', null, 'passive-order'],
  ['The film tells the story of a soldier.', 'tells', null, 'tells-story'],
  ['The self-described socialist won the vote.', 'described', null, 'self-compound'],
  ['She leads a program called Harbor Promise.', 'called', null, 'called-name'],
  ['The turn called to mind an older feud.', 'called', null, 'called-name'],
  ['Obama called Wall Street bankers greedy.', 'called', 'call'],
  ['The rule added to the costs.', 'added', null, 'add-not-speech'],
  ['The so-called experts left.', 'called', null, 'called-naming'],
  ['The game was called off.', 'called', null, 'called-naming'],
  ['She continued to work.', 'continued', null, 'continue-not-speech'],
  ['He read the bill twice.', 'read', null, 'read-not-document'],
  ['The ring aimed at recruiting soldiers was dismantled.', 'aimed', null],
  ['She spoke about the flooding.', 'spoke', 'speak'],
  ['He was referring to the budget.', 'referring', 'refer'],
  ['The senator portrayed the plan as reckless.', 'portrayed', 'portray'],
  ['The mayor declined to comment.', 'declined', 'decline'],
  ['The report was said to be late.', 'said', 'say'],
  ['She spoke for an hour.', 'spoke', null, 'particle-missing'],
  ['The cases refer back to 2019.', 'refer', null, 'particle-missing'],
  ['The contests known as Super Tuesday are near.', 'known', null, 'known-as'],
  ['You know, the river was higher then.', 'know', null, 'you-know-filler'],
  ['The firm has not responded to requests for comment.', 'responded', null, 'respond-to-request'],
  ['The captain has not been charged.', 'charged', null, 'passive-stance'],
  ['The ship called at Las Palmas.', 'called', null, 'called-naming'],
];

test('cueAt', async (t) => {
  for (const [text, target, want, negRule] of cases) {
    await t.test(`${target} in "${text}"`, () => {
      const ctx = createCtx(makeDoc(text));
      const i = ctx.words.indexOf(target.toLowerCase());
      assert.ok(i >= 0, `token ${target} not found`);
      assert.equal(cueAt(ctx, i)?.lemma ?? null, want);
      if (negRule) assert.equal(rejectCue(ctx, i), negRule);
    });
  }
});
