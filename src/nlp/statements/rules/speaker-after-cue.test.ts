import { runCases } from '../test-support/case-table.js';

// Inverted speakers ("…,” said X") of the shapes newspapers print; sentences written for these tests.
runCases('speaker after its cue', [
  { name: 'name with a parenthesis and a relative clause', text: '“The vote was rushed,” said Sen. Ana Ruiz (D-N.M.), who leads the panel.', want: [{ speaker: 'Sen. Ana Ruiz (D-N.M.)', cue: 'said', content: '“The vote was rushed,”', rule: 'inverted-speaker' }] },
  { name: 'title run then "in a statement"', text: '“The ruling is a victory,” said Harbor Watch president Tom Reyes in a statement.', want: [{ speaker: 'Harbor Watch president Tom Reyes', cue: 'said', rule: 'inverted-speaker' }] },
  { name: 'appositive with a relative clause', text: '“Nobody expected this,” said Bob Lane, a retired teacher who lives nearby.', want: [{ cue: 'said', content: '“Nobody expected this,”', rule: 'inverted-speaker' }] },
  { name: 'plain inverted speaker still works', text: '“We are ready,” said the coach.', want: [{ speaker: 'the coach', cue: 'said' }] },
  // Must NOT yield an inverted speaker.
  { name: 'not: a day name', text: 'The port will reopen, said Monday.', want: [] },
  { name: 'not: a stance verb sharing its subject', text: 'He toured the plant, praised workers on Monday and left.', want: [{ speaker: 'He', cue: 'praised', rule: 'fallback-cue' }] },
]);
