import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, makeDoc, withStatements } from './test-support/make-doc.js';

interface Case {
  name: string;
  text: string;
  /** Expected statements in cue order; [] means none may be found. */
  want: { speaker: string | null; cue: string; content: string; rule?: string }[];
}

/** One row per rule shape, plus sentences that must not yield a statement. Sentences written for these tests. */
const cases: Case[] = [
  { name: 'X said that …', text: 'The mayor said that the bridge would reopen in May.', want: [{ speaker: 'The mayor', cue: 'said', content: 'that the bridge would reopen in May', rule: 'speaker-before-content' }] },
  { name: 'X said … (no that)', text: 'Local officials said the fire was under control.', want: [{ speaker: 'Local officials', cue: 'said', content: 'the fire was under control' }] },
  { name: '…, X said.', text: 'The bridge will reopen in May, the mayor said.', want: [{ speaker: 'the mayor', cue: 'said', content: 'The bridge will reopen in May', rule: 'content-before-speaker' }] },
  { name: 'quote, she said', text: '“We are not leaving,” she said.', want: [{ speaker: 'she', cue: 'said', content: '“We are not leaving,”', rule: 'content-before-speaker' }] },
  { name: 'quote, said X (inverted)', text: '“We are not leaving,” said the union leader.', want: [{ speaker: 'the union leader', cue: 'said', content: '“We are not leaving,”', rule: 'inverted-speaker' }] },
  {
    name: 'inverted with trailing adding',
    text: '“The port is closed,” stressed the transport ministry, adding that ferries would resume on Friday.',
    want: [
      { speaker: 'the transport ministry', cue: 'stressed', content: '“The port is closed,”', rule: 'inverted-speaker' },
      { speaker: 'the transport ministry', cue: 'adding', content: 'that ferries would resume on Friday', rule: 'trailing-participle' },
    ],
  },
  { name: 'He said: “…”', text: 'He said: “The vote was fair.”', want: [{ speaker: 'He', cue: 'said', content: '“The vote was fair.”', rule: 'speaker-colon' }] },
  { name: 'the statement reads', text: '“Our borders remain open,” the statement reads.', want: [{ speaker: 'the statement', cue: 'reads', content: '“Our borders remain open,”' }] },
  { name: 'according to X, …', text: 'According to the agency, the shipment arrived on Monday.', want: [{ speaker: 'the agency', cue: 'According to', content: 'the shipment arrived on Monday', rule: 'according-to' }] },
  { name: '…, according to X.', text: 'The shipment arrived on Monday, according to port records.', want: [{ speaker: 'port records', cue: 'according to', content: 'The shipment arrived on Monday' }] },
  { name: 'X told Y that …', text: 'The coach told reporters that the team was tired.', want: [{ speaker: 'The coach', cue: 'told', content: 'that the team was tired' }] },
  { name: 'X reported that …', text: 'A local newspaper has since reported that the factory closed.', want: [{ speaker: 'A local newspaper', cue: 'reported', content: 'that the factory closed' }] },
  { name: 'in a statement, medium', text: 'The company said in a statement that it regretted the delay.', want: [{ speaker: 'The company', cue: 'said', content: 'that it regretted the delay' }] },
  {
    name: 'shared subject: says … and said …',
    text: 'The council says it approved the plan and said work would start soon.',
    want: [
      { speaker: 'The council', cue: 'says', content: 'it approved the plan' },
      { speaker: 'The council', cue: 'said', content: 'work would start soon', rule: 'shared-subject' },
    ],
  },
  {
    name: 'quote over several sentences',
    text: '“We tried everything. Nothing worked,” the captain said. “We will try again.”',
    want: [{ speaker: 'the captain', cue: 'said', content: '“We tried everything. Nothing worked,” … “We will try again.”' }],
  },
  { name: 'block quote after said:', text: 'The governor said:\n\n“We will rebuild every house.”', want: [{ speaker: 'The governor', cue: 'said', content: '“We will rebuild every house.”', rule: 'speaker-colon' }] },
  { name: 'belief verb', text: 'Analysts believe the rate will fall.', want: [{ speaker: 'Analysts', cue: 'believe', content: 'the rate will fall' }] },
  { name: 'evidential', text: 'A new poll shows the senator leading the race.', want: [{ speaker: 'A new poll', cue: 'shows', content: 'the senator leading the race' }] },
  { name: 'orphan quote', text: 'The crowd waited.\n\n“Nobody here trusts the new council at all.”', want: [{ speaker: null, cue: '“', content: '“Nobody here trusts the new council at all.”', rule: 'orphan-quote' }] },
  // Must NOT yield a statement.
  { name: 'not: the said company', text: 'The said company went bankrupt in 2019.', want: [] },
  { name: 'not: that is to say', text: 'That is to say, the plan changed.', want: [] },
  { name: 'not: told to leave', text: 'The workers were told to leave the site.', want: [] },
  { name: 'not: tells the story', text: 'The film tells the story of a miner.', want: [] },
  { name: 'not: figures with a non-evidence subject', text: 'The band will show its new video.', want: [] },
  { name: 'not: scare quotes', text: 'The so-called “experts” left early.', want: [] },
];

test('statements rules', async (t) => {
  for (const c of cases) {
    await t.test(c.name, async () => {
      const got = brief(await withStatements(makeDoc(c.text)));
      assert.equal(got.length, c.want.length, JSON.stringify(got));
      c.want.forEach((w, k) => {
        assert.equal(got[k].speaker, w.speaker, `speaker of ${k}`);
        assert.equal(got[k].cue, w.cue, `cue of ${k}`);
        assert.equal(got[k].content, w.content, `content of ${k}`);
        if (w.rule) assert.equal(got[k].rule, w.rule, `rule of ${k}`);
      });
    });
  }
});

test('medium, polarity and hedging', async () => {
  const doc = await withStatements(makeDoc('The company said in a statement that it regretted the delay. The ministry denied the reports. The army reportedly said it was not true.'));
  const st = doc.get('statements');
  assert.equal(st[0].medium, 'statement');
  assert.equal(st[1].polarity, 'deny');
  assert.equal(st[2].polarity, 'deny');
  assert.equal(st[2].hedged, true);
  assert.equal(st[0].hedged, false);
});

test('no-speaker quotes leave a diagnostic', async () => {
  const doc = await withStatements(makeDoc('The crowd waited.\n\n“Nobody here trusts the new council at all.”'));
  assert.deepEqual(doc.diagnostics.map((d) => d.code), ['statements/no-speaker']);
});

test('a statement inside another statement’s quote points to it', async () => {
  const doc = await withStatements(makeDoc('“My lawyer said the case was weak,” the defendant told the court.'));
  const st = doc.get('statements');
  const inner = st.find((s) => s.cue.text === 'said');
  const outer = st.find((s) => s.cue.text === 'told');
  assert.ok(inner && outer);
  assert.equal(inner.parent, outer.id);
});
