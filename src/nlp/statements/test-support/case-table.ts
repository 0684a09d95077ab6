import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, makeDoc, withStatements } from './make-doc.js';

/** One row of a rule's test table: a sentence written for the test and the statements it must yield. */
export interface RuleCase {
  name: string;
  text: string;
  /** Expected statements in cue order; [] means none may be found. Unset fields are not checked. */
  want: { speaker?: string | null; cue: string; content?: string; rule?: string }[];
}

/** Run a table of cases through the statements component, one sub-test per row. */
export function runCases(title: string, cases: RuleCase[]): void {
  test(title, async (t) => {
    for (const c of cases) {
      await t.test(c.name, async () => {
        const got = brief(await withStatements(makeDoc(c.text)));
        assert.equal(got.length, c.want.length, JSON.stringify(got));
        c.want.forEach((w, k) => {
          if (w.speaker !== undefined) assert.equal(got[k].speaker, w.speaker, `speaker of ${k}: ${JSON.stringify(got)}`);
          assert.equal(got[k].cue, w.cue, `cue of ${k}: ${JSON.stringify(got)}`);
          if (w.content !== undefined) assert.equal(got[k].content, w.content, `content of ${k}: ${JSON.stringify(got)}`);
          if (w.rule) assert.equal(got[k].rule, w.rule, `rule of ${k}`);
        });
      });
    }
  });
}
