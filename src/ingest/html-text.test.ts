import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFragmentToText, looksLikeHtml } from './html-text.js';
import { scanHtml } from './html-guard.js';

test('htmlFragmentToText: blocks become paragraphs, br a line, scripts vanish, entities decode', () => {
  const cases: [string, string][] = [
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['Line one<br>line two', 'Line one\nline two'],
    ['<div>A <b>bold</b>   move</div><script>x()</script><style>p{}</style>', 'A bold move'],
    ['Fish &amp; chips &#8211; &eacute;t&eacute;', 'Fish & chips – été'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['plain text, no markup', 'plain text, no markup'],
    ['  spaced \r\n\r\n\r\n\r\n out  ', 'spaced \n\n out'],
    ['<p></p><p>  </p>', ''],
  ];
  for (const [html, want] of cases) assert.equal(htmlFragmentToText(html), want, html);
});

test('looksLikeHtml: tags and character references, not comparisons', () => {
  const cases: [string, boolean][] = [['<p>x</p>', true], ['a &amp; b', true], ['x &#233;', true], ['a < b and c > d', false], ['AT&T', false], ['5 <= 6', false]];
  for (const [s, want] of cases) assert.equal(looksLikeHtml(s), want, s);
});

test('scanHtml: depth counts real nesting, not void, implied-end, script or comment content', () => {
  const cases: [string, number][] = [
    ['<div><div><div></div></div></div>', 3],
    ['<div><br><img src=x><hr/></div>', 1],
    ['<div><p>a<p>b<p>c</div>', 1],
    ['<script>' + '<div>'.repeat(500) + '</script><div></div>', 1],
    ['<!--' + '<div>'.repeat(500) + '--><div></div>', 1],
    ['<span><span></span><span></span></span>', 2],
  ];
  for (const [html, depth] of cases) {
    const scan = scanHtml(html);
    assert.equal(scan.maxDepth, depth, html.slice(0, 40));
    assert.equal(scan.refusal, null);
  }
});
