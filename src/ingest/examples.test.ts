import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../model/paths.js';
import type { Report } from '../model/report.js';
import { parseTextReport } from './text-reader.js';

// The demo corpus is a fixture for later stages (dedupe, stories, gaps, disagreements); these
// tests pin the facts examples/README.md promises so the corpus cannot drift from its description.

const dir = packagePath('examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const raw = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const readme = readFileSync(join(dir, 'README.md'), 'utf8');

function parsed(file: string): Report {
  const item = parseTextReport(raw.get(file)!, file);
  assert.equal(item.kind, 'report', `${file} is rejected`);
  if (item.kind !== 'report') throw new Error('unreachable');
  assert.deepEqual(item.warnings, [], `${file} has warnings`);
  return item.report;
}

function byNumber(nnn: string): string {
  const f = files.find((name) => name.startsWith(`${nnn}_`));
  assert.ok(f, `no examples/${nnn}_*.txt`);
  return f;
}

/**
 * Overlap (Dice) of word 3-gram multisets. Single words are too coarse: two reports on the same
 * story share most of their vocabulary, but only copies share long runs of it.
 */
function shingleDice(a: string, b: string): number {
  const shingles = (s: string) => {
    const w = s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  };
  const count = new Map<string, number>();
  const wa = shingles(a);
  const wb = shingles(b);
  for (const w of wa) count.set(w, (count.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      shared++;
      count.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

const dayMs = 24 * 60 * 60 * 1000;

test('the corpus has at least 14 reports named NNN_<slug>.txt, numbered 001.. in order', () => {
  assert.ok(files.length >= 14, `only ${files.length} reports`);
  files.forEach((f, i) => assert.match(f, new RegExp(`^${String(i + 1).padStart(3, '0')}_[a-z0-9]+(?:-[a-z0-9]+)*\\.txt$`)));
});

test('every report is in the seed format byte for byte', () => {
  for (const [f, text] of raw) {
    assert.match(text, /^ date \d{4}-\d{2}-\d{2} \S/, `${f}: first line`);
    assert.match(text, /\nSource: [^\n]+\.$/, `${f}: last line`);
    assert.ok(!text.endsWith('\n'), `${f}: final newline`);
    assert.ok(!text.includes('\r'), `${f}: CR`);
    assert.ok(!text.includes('"'), `${f}: straight double quote (use “ ”)`);
  }
});

test('every report parses with a date, sources, a body and no warnings', () => {
  for (const f of files) {
    const r = parsed(f);
    assert.match(r.date ?? '', /^\d{4}-\d{2}-\d{2}$/, `${f}: date`);
    assert.ok(r.sources.length >= 1, `${f}: sources`);
    assert.ok(r.text.length > 0, `${f}: body`);
    assert.ok(!/^date\b/i.test(r.text), `${f}: date header left in the body`);
    assert.ok(!/\nSource:/.test(r.text), `${f}: Source line left in the body`);
    // One sentence per line, as in the seed.
    for (const line of r.text.split('\n')) assert.match(line, /[.?!”]$/, `${f}: line does not end a sentence: ${line}`);
  }
});

test('files are in date order and the dates span 5 to 8 days', () => {
  const dates = files.map((f) => parsed(f).date!);
  assert.deepEqual([...dates].sort(), dates);
  const spanDays = (Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])) / dayMs + 1;
  assert.ok(spanDays >= 5 && spanDays <= 8, `span of ${spanDays} days`);
});

test('the README file table matches every report: date and credited sources', () => {
  const rows = new Map<string, { date: string; sources: string }>();
  for (const m of readme.matchAll(/^\| (\d{3}_[^ |]+\.txt) \| (\d{4}-\d{2}-\d{2}) \| ([^|]+) \|/gm)) {
    rows.set(m[1], { date: m[2], sources: m[3].trim() });
  }
  assert.deepEqual([...rows.keys()].sort(), files);
  for (const f of files) {
    const r = parsed(f);
    assert.equal(rows.get(f)!.date, r.date, `${f}: date`);
    assert.equal(rows.get(f)!.sources, r.sources.join(', '), `${f}: sources`);
  }
});

test('every checkable phrase in the README occurs in the body of its file', () => {
  const rows = [...readme.matchAll(/^\| (\d{3}) \| `([^`]+)` \|/gm)];
  assert.ok(rows.length >= 20, `only ${rows.length} phrases`);
  for (const [, nnn, phrase] of rows) {
    const f = byNumber(nnn);
    assert.ok(parsed(f).text.includes(phrase), `${f} lacks "${phrase}"`);
  }
});

test('the no-response gap opens early and the party responds in a later report', () => {
  const gap = 'Vellmar Shipping has not yet responded to requests for comment.';
  const open = files.filter((f) => parsed(f).text.includes(gap));
  assert.deepEqual(open.map((f) => f.slice(0, 3)), ['002', '003', '004']);
  const response = parsed(byNumber('007'));
  assert.ok(response.date! > parsed(byNumber('002')).date!);
  assert.ok(!response.text.includes('not yet responded'));
});

test('the two reprints share most of the wire copy but are not identical to it', () => {
  const wireFile = byNumber('002');
  const wire = parsed(wireFile);
  const wireLines = new Set(wire.text.split('\n'));
  // Every other report is a negative case, including 001 (the same facts in other words) and
  // 006 (another report from the same wire agency).
  const reprints = new Set(['003', '004']);
  for (const f of files) {
    if (f === wireFile) continue;
    const r = parsed(f);
    const score = shingleDice(wire.text, r.text);
    const sharedLines = r.text.split('\n').filter((l) => wireLines.has(l)).length / wireLines.size;
    if (reprints.has(f.slice(0, 3))) {
      assert.notEqual(raw.get(f), raw.get(wireFile), `${f} is byte-identical to the wire copy`);
      assert.notEqual(r.text, wire.text, `${f} has the same body as the wire copy`);
      assert.ok(score >= 0.85, `${f}: 3-gram overlap ${score.toFixed(3)}`);
      assert.ok(sharedLines >= 0.75, `${f}: shared lines ${sharedLines.toFixed(3)}`);
      assert.ok(r.sources.includes('APA'), `${f} does not credit the wire`);
      assert.equal(r.date, wire.date);
    } else {
      assert.ok(score < 0.4, `${f}: 3-gram overlap ${score.toFixed(3)} looks like a copy`);
      assert.ok(sharedLines < 0.2, `${f}: shared lines ${sharedLines.toFixed(3)}`);
    }
  }
});

test('the corpus credits seven distinct sources', () => {
  const sources = new Set(files.flatMap((f) => parsed(f).sources));
  assert.deepEqual([...sources].sort(), ['APA', 'Alentejo Tribune', 'Cargo Ledger', 'Coastline Herald', 'Iberian Daily Post', 'Lisbon Courier', 'Rotterdam Harbour Review']);
});
