import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, makeDoc, withStatements } from './test-support/make-doc.js';

interface Case {
  name: string;
  text: string;
  /** Expected statements in cue order (speaker, cue, content); [] means none may be found. */
  want: { speaker: string | null; cue: string; content?: string; rule?: string }[];
}

/**
 * Speaker shapes around a cue: parentheses, participle post-modifiers, participle appositives,
 * quotes closed before a cue with circumstances after it, trailing participles, particle cues.
 * Sentences written for these tests; negative rows must not yield the statement shown.
 */
const cases: Case[] = [
  { name: 'name with a parenthesis', text: 'Sen. Ana Ruiz (D-NM) said the bill would fail.', want: [{ speaker: 'Sen. Ana Ruiz (D-NM)', cue: 'said', content: 'the bill would fail' }] },
  { name: 'participle post-modifier', text: 'A court filing released Thursday says that the mayor will not be charged.', want: [{ speaker: 'A court filing released', cue: 'says', content: 'that the mayor will not be charged' }] },
  { name: 'participle with its agent', text: 'Port records compiled by the harbour board showed that traffic fell.', want: [{ speaker: 'Port records compiled by the harbour board', cue: 'showed', content: 'that traffic fell' }] },
  { name: 'participle appositive: name only', text: 'A port official, speaking on condition of anonymity, told reporters that the crew had left.', want: [{ speaker: 'A port official', cue: 'told', content: 'that the crew had left' }] },
  { name: 'age appositive after a quote', text: '“We were wrong from the start,” Lena Moss, 58, told the paper in an interview on Monday.', want: [{ speaker: 'Lena Moss, 58', cue: 'told', content: '“We were wrong from the start,”', rule: 'content-before-speaker' }] },
  { name: 'quote, cue, then a circumstance', text: '“The bridge is safe,” the engineer said when asked about the cracks.', want: [{ speaker: 'the engineer', cue: 'said', content: '“The bridge is safe,”', rule: 'content-before-speaker' }, { speaker: null, cue: 'asked about', content: 'the cracks', rule: 'asked-frame' }] },
  { name: 'hyphenated inverted speaker', text: '“He has always been a leader,” said the 46-year-old.', want: [{ speaker: 'the 46-year-old', cue: 'said', rule: 'inverted-speaker' }] },
  {
    name: 'trailing adding is its own statement',
    text: '“The port is open,” Ortega said, adding that ferries would run on Friday.',
    want: [
      { speaker: 'Ortega', cue: 'said', content: '“The port is open,”' },
      { speaker: 'Ortega', cue: 'adding', content: 'that ferries would run on Friday', rule: 'trailing-participle' },
    ],
  },
  { name: 'shared subject after an auxiliary', text: 'The mayor was quick to praise the plan and said this week that work would start soon.', want: [{ speaker: 'The mayor', cue: 'praise', content: 'the plan' }, { speaker: 'The mayor', cue: 'said', content: 'that work would start soon', rule: 'shared-subject' }] },
  { name: 'particle cue: referring to', text: 'The minister said the rules were clear, referring to the new budget law.', want: [{ speaker: 'The minister', cue: 'said' }, { speaker: 'The minister', cue: 'referring to', content: 'the new budget law' }] },
  { name: 'poll numbers as a subject', text: 'Six in 10 say the council is doing well.', want: [{ speaker: 'Six in 10', cue: 'say', content: 'the council is doing well' }] },
  // Must NOT yield these statements.
  { name: 'not: a noun before a comma', text: 'The senator condemned sexist attacks, saying they had no place in politics.', want: [{ speaker: 'The senator', cue: 'condemned' }, { speaker: 'The senator', cue: 'saying' }] },
  { name: 'not: a passive charge', text: 'The captain has not been charged, the police said.', want: [{ speaker: 'the police', cue: 'said', content: 'The captain has not been charged' }] },
  { name: 'not: responded to requests', text: 'The company has not responded to requests for comment.', want: [] },
  { name: 'not: talk without about', text: 'The two leaders talked for an hour.', want: [] },
  { name: 'not: tell is never inverted', text: '“We cannot wait,” Rui Mota, head of the cooperative, told reporters.', want: [{ speaker: 'Rui Mota, head of the cooperative', cue: 'told', rule: 'content-before-speaker' }] },
];

test('speaker shapes', async (t) => {
  for (const c of cases) {
    await t.test(c.name, async () => {
      const got = brief(await withStatements(makeDoc(c.text)));
      assert.equal(got.length, c.want.length, JSON.stringify(got));
      c.want.forEach((w, k) => {
        assert.equal(got[k].speaker, w.speaker, `speaker of ${k}: ${JSON.stringify(got)}`);
        assert.equal(got[k].cue, w.cue, `cue of ${k}`);
        if (w.content !== undefined) assert.equal(got[k].content, w.content, `content of ${k}`);
        if (w.rule) assert.equal(got[k].rule, w.rule, `rule of ${k}`);
      });
    });
  }
});
