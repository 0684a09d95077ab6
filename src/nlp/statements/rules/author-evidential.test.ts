import { runCases } from '../test-support/case-table.js';

// The writer's own hedged judgements ("X seemed …"); sentences written for these tests.
runCases('author evidentials', [
  { name: 'seemed + adjective', text: 'The fans seemed unperturbed by the delay.', want: [{ speaker: null, cue: 'seemed', content: 'The fans … unperturbed by the delay', rule: 'author-evidential' }] },
  { name: 'appears to + verb', text: 'A broader group of voters appears to be moving behind the mayor.', want: [{ speaker: null, cue: 'appears', content: 'A broader group of voters … to be moving behind the mayor' }] },
  { name: 'it appears that', text: 'It appears that the vote was delayed.', want: [{ speaker: null, cue: 'appears', content: 'that the vote was delayed' }] },
  // Must NOT yield a statement.
  { name: 'not: appeared on television', text: 'The mayor appeared on television on Monday.', want: [] },
  { name: 'not: first person', text: 'I seem to be tired today.', want: [] },
]);
