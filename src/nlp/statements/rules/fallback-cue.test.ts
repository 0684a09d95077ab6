import { runCases } from '../test-support/case-table.js';

// The last-resort rule for speech and stance verbs no other rule placed; sentences written for these tests.
runCases('fallback cue', [
  { name: 'participle after a prepositional lead', text: 'The senator ended the night by telling donors that the race was close.', want: [{ speaker: 'The senator', cue: 'telling', content: 'that the race was close', rule: 'fallback-cue' }] },
  { name: 'no subject to inherit', text: 'After criticizing the budget in a long speech on Monday, there was little time left.', want: [{ speaker: null, cue: 'criticizing', content: 'the budget in a long speech on Monday, there was little time left', rule: 'fallback-cue' }] },
  { name: 'opening participle, speaker after the comma', text: 'After thanking the volunteers at length, the mayor left the stage.', want: [{ speaker: 'the mayor', cue: 'thanking', content: 'the volunteers at length', rule: 'fallback-cue' }] },
  // Must NOT yield a statement.
  { name: 'not: a verb left alone as a fallback', text: 'Posting a video of the parade, the team left early.', want: [] },
  { name: 'not: a cue with nothing after it', text: 'It was, he conceded.', want: [{ speaker: 'he', cue: 'conceded' }] },
]);
