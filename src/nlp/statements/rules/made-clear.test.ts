import { runCases } from '../test-support/case-table.js';

// "made (it) clear" as one cue; sentences written for these tests.
runCases('made clear', [
  { name: 'made it clear that', text: 'The mayor made it clear that the port would stay open.', want: [{ speaker: 'The mayor', cue: 'made it clear', content: 'that the port would stay open', rule: 'made-clear' }] },
  { name: 'made clear with an addressee', text: 'Lobo has made clear to the council that she will not resign.', want: [{ speaker: 'Lobo', cue: 'made clear', content: 'that she will not resign', rule: 'made-clear' }] },
  // Must NOT yield a statement.
  { name: 'not: made the water clear', text: 'The filters made the water clear again.', want: [] },
  { name: 'not: nothing after the predicate', text: 'The rules were made clear.', want: [] },
]);
