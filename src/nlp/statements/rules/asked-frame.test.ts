import { runCases } from '../test-support/case-table.js';

// "Asked …" frames a question put to someone; sentences written for these tests.
runCases('asked frame', [
  { name: 'sentence-initial Asked whether', text: 'Asked whether he would run again, Smith said he had not decided.', want: [{ speaker: null, cue: 'Asked', content: 'whether he would run again', rule: 'asked-frame' }, { speaker: 'Smith', cue: 'said' }] },
  { name: 'when asked about', text: '“We will see,” she said when asked about the vote.', want: [{ speaker: 'she', cue: 'said' }, { speaker: null, cue: 'asked about', content: 'the vote', rule: 'asked-frame' }] },
  { name: 'asked by a named asker', text: 'Asked by the host to respond, Carson said nothing.', want: [{ speaker: 'the host', cue: 'Asked', content: 'to respond', rule: 'asked-frame' }, { speaker: 'Carson', cue: 'said' }] },
  // Must NOT be read as a frame.
  { name: 'not: a subject asks', text: 'The mayor asked whether the road was safe.', want: [{ speaker: 'The mayor', cue: 'asked', content: 'whether the road was safe', rule: 'speaker-before-content' }] },
  { name: 'not: asked with no question after it', text: 'Asked, he shrugged.', want: [] },
]);
