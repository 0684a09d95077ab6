import { runCases } from '../test-support/case-table.js';

// Trailing participles as their own statements; sentences written for these tests.
runCases('trailing participle', [
  { name: 'after a comma', text: 'The mayor defended the budget, adding that taxes would not rise.', want: [{ speaker: 'The mayor', cue: 'defended' }, { speaker: 'The mayor', cue: 'adding', content: 'that taxes would not rise', rule: 'trailing-participle' }] },
  { name: 'after a comma closed inside a quote', text: 'Lobo insisted that the port was “safer than ever,” claiming that inspections had doubled.', want: [{ speaker: 'Lobo', cue: 'insisted', content: 'that the port was “safer than ever,”' }, { speaker: 'Lobo', cue: 'claiming', content: 'that inspections had doubled', rule: 'trailing-participle' }] },
  { name: 'after a dash', text: 'The union blamed the owners — saying they ignored the warnings.', want: [{ speaker: 'The union', cue: 'blamed', content: 'the owners' }, { speaker: 'The union', cue: 'saying', rule: 'trailing-participle' }] },
  // Must NOT split.
  { name: 'not: a participle that is no cue', text: 'The mayor said the port was closing, leaving workers idle.', want: [{ speaker: 'The mayor', cue: 'said', content: 'the port was closing, leaving workers idle' }] },
]);
