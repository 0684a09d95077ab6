import { runCases } from '../test-support/case-table.js';

// Contents cut where a second attribution begins; sentences written for these tests.
runCases('split run-ons', [
  { name: 'a cue inside the next speaker phrase', text: 'Ryan Barkley, who said he usually votes Democratic, said one candidate he likes is Kasich.', want: [{ speaker: 'who', cue: 'said', content: 'he usually votes Democratic' }, { cue: 'said', content: 'one candidate he likes is Kasich' }] },
  { name: 'a second speaker after a comma', text: 'The mayor said the port would reopen, while the union said it would strike.', want: [{ speaker: 'The mayor', cue: 'said', content: 'the port would reopen' }, { speaker: 'the union', cue: 'said', content: 'it would strike' }] },
  // Must NOT be cut: the quoted attribution stays nested inside the quote.
  { name: 'not: a cue inside a quote', text: '“They said we would be paid,” the worker said.', want: [{ speaker: 'They', cue: 'said' }, { speaker: 'the worker', cue: 'said', content: '“They said we would be paid,”' }] },
]);
