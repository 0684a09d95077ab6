import { runCases } from '../test-support/case-table.js';

// Evidence set off by commas ("…, records show."); sentences written for these tests.
runCases('evidence aside', [
  { name: 'after the clause', text: 'The firm bought the boat in 2012, port records show.', want: [{ speaker: 'port records', cue: 'show', content: 'The firm bought the boat in 2012', rule: 'evidence-aside' }] },
  { name: 'inside the clause', text: 'The ferry, the logs show, left two hours late.', want: [{ speaker: 'the logs', cue: 'show', content: 'The ferry … left two hours late', rule: 'evidence-aside' }] },
  // Must NOT yield a statement.
  { name: 'not: a subject that is not evidence', text: 'The bakery closed early, the owners show.', want: [] },
  { name: 'not: the noun "show"', text: 'They sold tickets for the show.', want: [] },
]);
