import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportId } from './report-id.js';

describe('reportId', () => {
  const base = reportId('The port  was\nclosed.', '2024-03-02', ['APA', 'Harbour Times']);
  const cases: [string, string, boolean][] = [
    ['same text with other whitespace', reportId('The port was closed. ', '2024-03-02', ['APA', 'Harbour Times']), true],
    ['sources in another order and case', reportId('The port was closed.', '2024-03-02', ['harbour times', 'APA']), true],
    ['another date', reportId('The port was closed.', '2024-03-03', ['APA', 'Harbour Times']), false],
    ['another source', reportId('The port was closed.', '2024-03-02', ['APA']), false],
    ['another word', reportId('The port was shut.', '2024-03-02', ['APA', 'Harbour Times']), false],
  ];
  for (const [name, id, same] of cases) it(`${same ? 'keeps' : 'changes'} the id for ${name}`, () => assert.equal(id === base, same));
  it('is 16 hex digits', () => assert.match(base, /^[0-9a-f]{16}$/));
});
