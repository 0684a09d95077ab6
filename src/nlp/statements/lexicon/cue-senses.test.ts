import { runCases } from '../test-support/case-table.js';

// Verbs that are cues only in some senses; sentences written for these tests.
runCases('cue senses', [
  { name: 'see X as Y', text: 'Many voters see the mayor as a reformer.', want: [{ speaker: 'Many voters', cue: 'see', content: 'the mayor as a reformer' }] },
  { name: 'plans to, tagged as a noun', text: 'Obama plans to send a nominee to the Senate.', want: [{ speaker: 'Obama', cue: 'plans', content: 'to send a nominee to the Senate' }] },
  // Must NOT yield a statement.
  { name: 'not: saw the video', text: 'The officers saw the video on Monday.', want: [] },
  { name: 'not: see you', text: 'They will see the doctor in June.', want: [] },
]);
