import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTextReport, splitSources } from './text-reader.js';

const BODY = 'The ministry said it had closed the port.\nIt did not say for how long.';

describe('parseTextReport', () => {
  const good: { name: string; raw: string; date: string | null; sources: string[]; body?: string; warnings?: string[] }[] = [
    { name: 'seed layout: leading space, date on the first sentence\'s line, no final newline', raw: ` date 2023-09-05 ${BODY}\nSource: BBC, EFE.`, date: '2023-09-05', sources: ['BBC', 'EFE'] },
    { name: 'date on its own line', raw: `date 2023-09-05\n${BODY}\nSource: BBC, EFE.\n`, date: '2023-09-05', sources: ['BBC', 'EFE'] },
    { name: 'CRLF line ends', raw: `date 2023-09-05 ${BODY.replace('\n', '\r\n')}\r\nSource: BBC and EFE.\r\n`, date: '2023-09-05', sources: ['BBC', 'EFE'] },
    { name: 'blank lines and surrounding whitespace', raw: `\n\n   date 2023-09-05\n\n${BODY}\n\n\nSource: Reuters, AP and AFP.\n\n`, date: '2023-09-05', sources: ['Reuters', 'AP', 'AFP'] },
    { name: 'Sources: plural label, no trailing period', raw: `date 2024-01-31 ${BODY}\nSources: Atlantic Press Agency`, date: '2024-01-31', sources: ['Atlantic Press Agency'] },
    { name: 'date with a colon', raw: `Date: 2024-02-29\n${BODY}\nSource: APA.`, date: '2024-02-29', sources: ['APA'] },
    { name: 'missing Source line is a warning', raw: `date 2023-09-05 ${BODY}`, date: '2023-09-05', sources: [], warnings: ['input/no-source-line'] },
    { name: 'plain text: no header, no date', raw: BODY, date: null, sources: [] },
    { name: 'plain text starting with the word "Date"', raw: 'Date night was cancelled, the mayor said.', date: null, sources: [], body: 'Date night was cancelled, the mayor said.' },
  ];
  for (const c of good) {
    it(`reads ${c.name}`, () => {
      const item = parseTextReport(c.raw, 'x.txt');
      assert.equal(item.kind, 'report');
      if (item.kind !== 'report') return;
      assert.equal(item.report.date, c.date);
      assert.deepEqual(item.report.sources, c.sources);
      assert.equal(item.report.text, c.body ?? BODY);
      assert.deepEqual(item.warnings.map((w) => w.code), c.warnings ?? []);
      assert.match(item.report.id, /^[0-9a-f]{16}$/);
    });
  }

  it('uses the default date for plain text only', () => {
    const plain = parseTextReport(BODY, 'x.txt', '2020-01-02');
    assert.equal(plain.kind === 'report' && plain.report.date, '2020-01-02');
    const dated = parseTextReport(`date 2023-09-05 ${BODY}\nSource: BBC.`, 'x.txt', '2020-01-02');
    assert.equal(dated.kind === 'report' && dated.report.date, '2023-09-05');
  });

  const bad: { name: string; raw: string; code: string }[] = [
    { name: 'an impossible date', raw: `date 2023-02-30 ${BODY}\nSource: BBC.`, code: 'input/malformed-date' },
    { name: 'a malformed date', raw: `date 2023-9-5 ${BODY}\nSource: BBC.`, code: 'input/malformed-date' },
    { name: 'only a header and a Source line', raw: 'date 2023-09-05\nSource: BBC.', code: 'input/no-body' },
    { name: 'only a Source line', raw: 'Source: BBC.', code: 'input/no-body' },
  ];
  for (const c of bad) {
    it(`rejects ${c.name}`, () => {
      const item = parseTextReport(c.raw, 'bad.txt');
      assert.equal(item.kind, 'rejected');
      if (item.kind === 'rejected') {
        assert.equal(item.diagnostic.code, c.code);
        assert.equal(item.diagnostic.file, 'bad.txt');
      }
    });
  }
});

describe('splitSources', () => {
  const cases: [string, string[]][] = [
    ['BBC, EFE.', ['BBC', 'EFE']],
    ['BBC and EFE', ['BBC', 'EFE']],
    ['Reuters, AP, and AFP.', ['Reuters', 'AP', 'AFP']],
    ['Atlantic Press Agency', ['Atlantic Press Agency']],
    ['', []],
  ];
  for (const [input, expected] of cases) it(`splits ${JSON.stringify(input)}`, () => assert.deepEqual(splitSources(input), expected));
});
