import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, formatFromName, sniffFormat } from './sniff-format.js';

test('formatFromName: known extensions, case-insensitive; unknown ones are null', () => {
  const cases: [string, string | null][] = [
    ['a.jsonl', 'jsonl'], ['a.NDJSON', 'jsonl'], ['feed.rss', 'feed'], ['feed.xml', 'feed'], ['a.atom', 'feed'], ['p.html', 'html'], ['p.HTM', 'html'],
    ['crawl.warc', 'warc'], ['crawl.warc.gz', 'warc'], ['t.csv', 'csv'], ['t.tsv', 'csv'], ['r.txt', 'text'],
    ['report', null], ['a.gz', null], ['a.json', null], ['warc.txt', 'text'], ['html', null],
  ];
  for (const [name, want] of cases) assert.equal(formatFromName(name), want, name);
});

test('sniffFormat: WARC, gzip, feeds, HTML, and text that only mentions them', () => {
  const cases: [string | Uint8Array, string][] = [
    ['WARC/1.0\r\nWARC-Type: warcinfo\r\n', 'warc'],
    [Uint8Array.from([0x1f, 0x8b, 8, 0]), 'warc'],
    ['<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['\ufeff<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<rdf:RDF xmlns:rdf="x">', 'feed'],
    ['<!DOCTYPE html>\n<html lang="en">', 'html'],
    ['  <html><head>', 'html'],
    ['date 2023-09-05 The ministry said <html> tags were dropped.', 'text'],
    ['The WARC/1.0 format is used by archives.', 'text'],
    ['<p>a fragment</p>', 'text'],
    ['<?xml version="1.0"?><sitemap>', 'text'],
  ];
  for (const [input, want] of cases) assert.equal(sniffFormat(typeof input === 'string' ? Buffer.from(input) : input), want, String(input).slice(0, 30));
});

test('detectFormat: the extension wins over content', () => {
  assert.equal(detectFormat('x.txt', Buffer.from('<html>')), 'text');
  assert.equal(detectFormat('download', Buffer.from('<html>')), 'html');
});
