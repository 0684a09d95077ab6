import { runCases } from '../test-support/case-table.js';

// A quote ending in "?" or "!" often ends the sentence for the splitter; the speaker and cue that
// follow on the same line still take it as content. Sentences written for these tests.
runCases('quote in the sentence before its cue', [
  { name: 'question then "X said."', text: '“Is that really all there is?” Moss said.', want: [{ speaker: 'Moss', cue: 'said', content: '“Is that really all there is?”', rule: 'content-before-speaker' }] },
  { name: 'exclamation then "said X."', text: '“We need a new mayor, fast!” said the banner.', want: [{ speaker: 'the banner', cue: 'said', content: '“We need a new mayor, fast!”' }] },
  // Must NOT take the quote.
  { name: 'not: a new paragraph', text: '“Is that all?”\n\nMoss said the plan would fail.', want: [{ speaker: 'Moss', cue: 'said', content: 'the plan would fail' }] },
  { name: 'not: a quote ending its sentence before a new clause', text: 'She called the claim “simply not true.” Cruz has supported the plan for years.', want: [{ speaker: 'She', cue: 'called' }, { speaker: 'Cruz', cue: 'supported', content: 'the plan for years', rule: 'speaker-before-content' }] },
  { name: 'not: "but" starts a second cue', text: 'He endorsed the mayor but told reporters that he had doubts.', want: [{ speaker: 'He', cue: 'endorsed', content: 'the mayor' }, { speaker: 'He', cue: 'told', content: 'that he had doubts' }] },
]);
