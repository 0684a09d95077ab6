import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturePath } from '../../ingest/fixture-files.js';

// main.js of the same build as this test, so it runs from dist/ or any dist-* folder.
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'main.js');

function cli(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NEWSGRAPH_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('CLI: ingest a feed, export it in every format, refuse a bad pairing; watch --once skips what it has seen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-cli-'));
  try {
    const feed = fixturePath('atom-basic.xml');
    const first = cli(dir, ['watch', feed, '--once', '--db', 'news.db', '--json']);
    assert.equal(first.code, 0, first.err);
    assert.deepEqual(JSON.parse(first.out), { feed, status: 'new', items: 2, fresh: 2, stored: 2, duplicates: 0, rejected: 0, failures: 0, error: null, nextInMs: null });
    const again = cli(dir, ['watch', feed, '--once', '--db', 'news.db', '--json']);
    assert.equal(JSON.parse(again.out).status, 'not-modified');
    const ingest = cli(dir, ['ingest', fixturePath('rss-basic.xml'), '--db', 'news.db', '--json']);
    assert.equal(JSON.parse(ingest.out).stored, 3);
    // Every format is tested in the engine; here the command's file and stdout paths.
    const gexf = cli(dir, ['export', '--format', 'gexf', '--db', 'news.db', '--out', 'out.gexf']);
    assert.equal(gexf.code, 0, gexf.err);
    assert.match(gexf.err, /as gexf to out\.gexf/);
    assert.match(readFileSync(join(dir, 'out.gexf'), 'utf8'), /<\/gexf>\n$/);
    const jsonld = cli(dir, ['export', '--format', 'jsonld', '--db', 'news.db']);
    assert.equal(jsonld.code, 0, jsonld.err);
    assert.ok(Array.isArray(JSON.parse(jsonld.out)['@graph']));
    const bad = cli(dir, ['export', '--format', 'gexf', '--what', 'reports', '--db', 'news.db']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /gexf holds graph, not reports/);
    assert.equal(cli(dir, ['watch', feed, '--every', '1s']).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
