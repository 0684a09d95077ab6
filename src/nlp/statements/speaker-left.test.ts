import { runCases } from './test-support/case-table.js';

// Speakers written before their cue, in shapes the first rounds missed; sentences written for these tests.
runCases('speaker before its cue', [
  { name: 'appositive after an introductory phrase', text: 'Speaking to supporters at the party office, Ana Lobo, 70, said it was too early to celebrate.', want: [{ speaker: 'Ana Lobo, 70', cue: 'said', content: 'it was too early to celebrate' }] },
  { name: 'circumstance between commas', text: 'Tester, himself up for reelection in 2018, said he voted against the bill.', want: [{ speaker: 'Tester', cue: 'said', content: 'he voted against the bill' }] },
  { name: 'place between commas', text: 'The governor, in Albany, said the budget was late.', want: [{ speaker: 'The governor', cue: 'said' }] },
  { name: 'relative clause with which', text: 'The request came from the Ledger, which argued that the files were public.', want: [{ speaker: 'which', cue: 'argued', content: 'that the files were public' }] },
  { name: 'appositive relative clause', text: 'The Ledger, which sued the city, argued that the files were public.', want: [{ speaker: 'The Ledger, which sued the city', cue: 'argued' }] },
  { name: 'verb chain before the cue', text: 'He went on to say the plan was wrong.', want: [{ speaker: 'He', cue: 'say', content: 'the plan was wrong' }] },
  { name: 'capitalised opener read as an adverb', text: 'Jolly said he would be cautious.', want: [{ speaker: 'Jolly', cue: 'said', content: 'he would be cautious' }] },
  { name: 'trailing participle after a long introduction', text: 'In a speech in Dover on Tuesday night, the senator struck a calm tone, saying he understood the task.', want: [{ speaker: 'the senator', cue: 'saying', content: 'he understood the task', rule: 'trailing-participle' }] },
  // Must NOT take these speakers.
  { name: 'not: an opening adverb', text: 'Also said to be present was the mayor.', want: [{ speaker: null, cue: 'said', rule: 'fallback-cue' }] },
  { name: 'not: a finite clause between commas', text: 'The plan, which failed, was dropped, officials said.', want: [{ speaker: 'officials', cue: 'said', content: 'The plan, which failed, was dropped' }] },
]);

runCases('anonymous sources, percentages and subjects before a time phrase', [
  { name: 'people familiar with …', text: 'The plan was dropped, people familiar with the talks said.', want: [{ speaker: 'people familiar with the talks', cue: 'said', content: 'The plan was dropped' }] },
  { name: 'a percentage as subject', text: 'Of those polled, 47% say the city should build more housing.', want: [{ speaker: '47%', cue: 'say', content: 'the city should build more housing' }] },
  { name: 'subject, time phrase, verb, participle', text: 'The mayor on Thursday stepped up his attacks on the council, saying it had failed.', want: [{ speaker: 'The mayor', cue: 'saying', content: 'it had failed', rule: 'trailing-participle' }] },
  // Must NOT take these speakers.
  { name: 'not: "close to" a place', text: 'The house close to the river flooded.', want: [] },
]);

runCases('coordinated speakers', [
  { name: 'pronoun and name', text: 'The ads were aimed at new audiences, he and Mr. Allen said.', want: [{ speaker: 'he and Mr. Allen', cue: 'said', content: 'The ads were aimed at new audiences' }] },
  { name: 'name and name', text: 'The port will reopen, Ana Lobo and Rui Mota said.', want: [{ speaker: 'Ana Lobo and Rui Mota', cue: 'said' }] },
  // Must NOT join a clause's object to the speaker.
  { name: 'not: an object before "and"', text: 'The crew fixed the engine and the captain said it was safe.', want: [{ speaker: 'the captain', cue: 'said', content: 'it was safe' }] },
]);
