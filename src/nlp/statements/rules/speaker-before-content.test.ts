import { runCases } from '../test-support/case-table.js';

// Speaker-before-content shapes added for evidence and first-person beliefs; sentences written for these tests.
runCases('speaker before content', [
  { name: 'evidence noun heading a longer phrase', text: 'The latest review of the county budget shows most of the money went to travel.', want: [{ speaker: 'The latest review of the county budget', cue: 'shows', content: 'most of the money went to travel' }] },
  { name: 'evidence phrase with a participle', text: 'New polls released Sunday showed the mayor taking a lead.', want: [{ cue: 'showed', content: 'the mayor taking a lead' }] },
  { name: 'first-person belief outside quotes (interview answer)', text: 'A: I think the deal is in our interest.', want: [{ speaker: 'I', cue: 'think', content: 'the deal is in our interest' }] },
  // Must NOT yield a statement.
  { name: 'not: a non-evidence subject showing a thing', text: 'The singer showed her new dress.', want: [] },
  { name: 'not: first-person belief inside a quote', text: '“I think the deal is bad,” she said.', want: [{ speaker: 'she', cue: 'said' }] },
]);
