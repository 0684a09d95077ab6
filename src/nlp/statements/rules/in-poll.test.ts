import { runCases } from '../test-support/case-table.js';

// Polls as sources ("In a poll …, X"); sentences written for these tests.
runCases('in poll', [
  { name: 'opening poll phrase', text: 'In a Harbor Times poll released Monday, 52 percent of voters chose the levy.', want: [{ speaker: 'a Harbor Times poll', cue: 'In', content: '52 percent of voters chose the levy', rule: 'in-poll' }] },
  { name: 'after a conjunction', text: 'But in the latest Coastal Institute survey, the mayor trails by four points.', want: [{ speaker: 'the latest Coastal Institute survey', cue: 'in', content: 'the mayor trails by four points', rule: 'in-poll' }] },
  // Must NOT yield a statement.
  { name: 'not: a poll after the clause', text: 'The mayor holds a clear lead in the latest polls.', want: [] },
  { name: 'not: a noun modified by the poll', text: 'The questions in the survey were long.', want: [] },
  { name: 'not: "in" before something that is not a poll', text: 'In a speech on Monday the mayor was brief.', want: [] },
  { name: 'not: a poll phrase with no clause after it', text: 'In the first poll.', want: [] },
]);
