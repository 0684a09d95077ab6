import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { packagePath } from '../model/paths.js';

const MAIN = packagePath('dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NEWSGRAPH_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const REPORT = ' date 2024-03-12 The Coastal Safety Directorate said on Tuesday that the ship had run aground.\n“We are monitoring the spill,” spokesman João Ferreira said.\nThe company has not yet responded.\nSource: Atlantic Press Agency, Harbour Times.';

describe('newsgraph CLI (spawned)', () => {
  writeFileSync(join(dir, 'report.txt'), REPORT);

  it('analyze --format json prints the stable shape', () => {
    const r = cli(['analyze', 'report.txt', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out);
    assert.deepEqual(Object.keys(a).slice(0, 3), ['report', 'text', 'sentences']);
    for (const k of ['entities', 'statements', 'events', 'dates', 'unknowns', 'diagnostics']) assert.ok(Array.isArray(a[k]), k);
    assert.equal(a.report.date, '2024-03-12');
    assert.deepEqual(a.report.sources, ['Atlantic Press Agency', 'Harbour Times']);
    assert.equal(a.sentences.length, 3);
    assert.ok(a.text.startsWith('The Coastal Safety Directorate said'));
    for (const s of a.sentences) assert.equal(typeof a.text.slice(s.start, s.end), 'string');
  });

  it('analyze reads stdin and adds tokens on request', () => {
    const r = cli(['analyze', '-', '--format', 'json', '--tokens', '--date', '2024-03-01'], 'Ships sank. Crews swam.');
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out);
    assert.equal(a.report.date, '2024-03-01');
    assert.deepEqual(a.tokens.map((t: { text: string }) => t.text), ['Ships', 'sank', '.', 'Crews', 'swam', '.']);
  });

  it('analyze streams JSONL, one JSON object per line', () => {
    writeFileSync(join(dir, 'two.jsonl'), '{"text":"One report."}\n{"text":"Another report."}\n');
    const r = cli(['analyze', 'two.jsonl', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 2);
  });

  it('ingesting the same report twice stores it once', () => {
    const first = cli(['ingest', 'report.txt', '--db', 'twice.db', '--json']);
    assert.equal(first.code, 0, first.err);
    assert.equal(JSON.parse(first.out).stored, 1);
    const again = cli(['ingest', 'report.txt', '--db', 'twice.db', '--json']);
    assert.equal(JSON.parse(again.out).stored, 0);
    assert.equal(JSON.parse(again.out).duplicates, 1);
    assert.equal(JSON.parse(cli(['stats', '--db', 'twice.db', '--json']).out).reports, 1);
  });

  it('a folder with bad inputs stores the good reports and names each bad one', () => {
    const inbox = join(dir, 'inbox');
    mkdirSync(join(inbox, 'nested'), { recursive: true });
    writeFileSync(join(inbox, 'good.txt'), REPORT);
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(inbox, 'nested', 'feed.jsonl'), '{"text":"First good line.","date":"2024-03-13"}\n{"text": oops}\n{"text":"Third good line."}\n');
    const r = cli(['ingest', 'inbox', '--db', 'batch.db']);
    assert.equal(r.code, 1);
    assert.match(r.err, /inbox\/empty\.txt: input\/empty/);
    assert.match(r.err, /inbox\/image\.png: input\/binary/);
    assert.match(r.err, /inbox\/nested\/feed\.jsonl:2: input\/bad-json/);
    assert.match(r.out, /3 stored, 0 already stored, 3 rejected/);
    assert.equal(JSON.parse(cli(['stats', '--db', 'batch.db', '--json']).out).reports, 3);
  });

  it('search finds reports and explains bad syntax without a stack trace', () => {
    const hit = cli(['search', 'spill', '--db', 'twice.db', '--json']);
    assert.equal(hit.code, 0, hit.err);
    assert.equal(JSON.parse(hit.out).items.length, 1);
    const bad = cli(['search', '"unclosed', '--db', 'twice.db']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /^newsgraph: search\/bad-query: /);
    assert.doesNotMatch(bad.err, /at .*\.js:\d+/);
  });

  it('show prints a stored report and fails clearly on an unknown id', () => {
    const id = JSON.parse(cli(['analyze', 'report.txt', '--format', 'json']).out).report.id;
    const shown = cli(['show', id, '--db', 'twice.db', '--json']);
    assert.equal(shown.code, 0, shown.err);
    assert.equal(JSON.parse(shown.out).report.id, id);
    const missing = cli(['show', '0000000000000000', '--db', 'twice.db']);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /^newsgraph: not-found: /);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown option', ['stats', '--colour'], /Unknown option '--colour'/],
    ['a missing argument', ['show'], /missing <report-id>/],
    ['a bad date', ['analyze', 'report.txt', '--date', 'yesterday'], /--date takes YYYY-MM-DD/],
    ['a bad format', ['analyze', 'report.txt', '--format', 'xml'], /--format takes json or pretty/],
  ];
  for (const [name, args, msg] of usage) {
    it(`exits 2 on ${name}`, () => {
      const r = cli(args);
      assert.equal(r.code, 2);
      assert.match(r.err, msg);
    });
  }

  it('--help teaches with examples, and --version prints the version', () => {
    const h = cli(['ingest', '--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, /Usage: newsgraph ingest/);
    assert.match(h.out, /Examples:/);
    assert.match(cli(['--version']).out, /^\d+\.\d+\.\d+\n$/);
  });

  it('demo builds a fresh store from the examples and says what to try', () => {
    const r = cli(['demo', '--db', 'demo.db']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Ingested 15 reports from 7 sources/);
    assert.match(r.out, /Try next:/);
    assert.equal(JSON.parse(cli(['stats', '--db', 'demo.db', '--json']).out).reports, 15);
  });
  it('curates entities from the CLI, and the edit survives relinking', () => {
    const find = (name: string) => JSON.parse(cli(['entity', name, '--db', 'demo.db', '--json']).out);
    const before = find('Vellmar Shipping').canonical;
    assert.ok(before, 'the demo store has a canonical Vellmar Shipping');
    const added = cli(['entity', 'alias', 'add', before.id, 'Vellmar Group', '--db', 'demo.db']);
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /^recorded #1 at \d{4}-/);
    assert.equal(cli(['link', '--db', 'demo.db']).code, 0);
    const after = find('Vellmar Group').canonical;
    assert.equal(after.id, before.id);
    assert.deepEqual(after.curated, [1]);
    const missing = cli(['entity', 'rename', 'Nobody At All', 'X', '--db', 'demo.db']);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no entity named "Nobody At All"/);
    assert.equal(cli(['entity', 'merge', 'only-one', '--db', 'demo.db']).code, 2);
  });

  it('lists stories, the story, unknowns and a provenance chain as JSON', () => {
    const stories = JSON.parse(cli(['stories', '--db', 'demo.db', '--json']).out);
    assert.equal(stories.length, 1);
    assert.equal(stories[0].reports, 15);
    const story = JSON.parse(cli(['story', stories[0].id, '--db', 'demo.db', '--json']).out);
    for (const k of ['reportList', 'reports', 'independentSources', 'outlets', 'gaps', 'unknowns', 'disagreements', 'next']) assert.ok(k in story, k);
    assert.equal(story.reportList.length, 15);
    assert.equal(story.next, null);
    const first = JSON.parse(cli(['story', stories[0].id, '--db', 'demo.db', '--limit', '10', '--json']).out);
    assert.equal(first.reportList.length, 10);
    const rest = JSON.parse(cli(['story', stories[0].id, '--db', 'demo.db', '--limit', '10', '--cursor', first.next, '--json']).out);
    assert.deepEqual([...first.reportList, ...rest.reportList].map((r: { id: string }) => r.id), story.reportList.map((r: { id: string }) => r.id));
    assert.equal(rest.next, null);
    assert.equal(cli(['story', stories[0].id, '--db', 'demo.db', '--limit', '101']).code, 2);
    const gaps = JSON.parse(cli(['unknowns', '--all', '--db', 'demo.db', '--json']).out);
    assert.ok(gaps.some((u: { status: string }) => u.status === 'closed'));
    const st = story.statements[0];
    const chain = JSON.parse(cli(['provenance', `${st.reportId}:${st.id}`, '--db', 'demo.db', '--json']).out);
    assert.equal(chain.kind, 'statement');
    assert.equal(chain.report.id, st.reportId);
    assert.equal(cli(['provenance', 'nonsense', '--db', 'demo.db']).code, 1);
  });
});
