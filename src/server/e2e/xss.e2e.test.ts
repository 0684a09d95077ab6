import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { relink } from '../../engine/link.js';
import { startServer, type RunningServer } from '../start-server.js';
import { buildAnalysis, createFixtureStore } from '../fixture-reports.js';
import { browserSkipReason, buildWebUi, launchBrowser, screenshotDir, type Browser } from './browser.js';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

const TOKEN = 'xss-test-token-1234';
/** Each payload, if it ever ran, would set window.__xss. */
const P = {
  img: '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  script: '<script>window.__xss=2</script>',
  svg: '"><svg onload=window.__xss=3>',
  iframe: '</textarea><iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
  handler: "' onmouseover='window.__xss=5' x='",
};

/** A report whose every field and annotation holds a payload. */
function hostileAnalysis() {
  const text = `${P.img} said that ${P.script} harbour closed. ${P.svg} denied it. Nobody said who ${P.handler} was. ${P.iframe} ends here.`;
  const a = buildAnalysis({
    text, date: '2024-03-20', sources: [P.script, P.iframe], title: `${P.img}${P.svg}`,
    entities: [{ text: P.img, type: 'PERSON' }, { text: P.svg, type: 'ORG' }, { text: P.handler, type: 'PERSON' }],
    statements: [{ speaker: P.img, cue: 'said', content: `${P.script} harbour closed` }],
    events: [{ trigger: 'denied', type: P.script, actor: P.svg, target: P.img }],
    unknowns: [{ text: 'Nobody said who', kind: 'unspecified-actor', subject: P.handler, about: P.iframe }],
    dates: [{ text: 'ends here', when: P.svg }],
  });
  a.report.url = 'javascript:window.__xss=6';
  a.diagnostics.push({ code: P.img, message: P.script, severity: 'warning' });
  return a;
}

describe('browser: report text, titles and sources cannot run script', { skip: skip ?? false }, () => {
  let srv: RunningServer;
  let browser: Browser;
  let cleanup: () => Promise<void>;
  let webRoot = '';
  let page: Page;
  let problems: string[];
  const hostile = hostileAnalysis();
  let storyPaths: string[] = [];

  before(async () => {
    webRoot = buildWebUi();
    const fx = await createFixtureStore([hostile]);
    cleanup = fx.cleanup;
    srv = await startServer({ store: fx.store, port: 0, token: TOKEN, webRoot });
    // The other way in: through the API, with the real pipeline.
    const res = await fetch(`${srv.url}/api/reports`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: `Officials said the harbour ${P.svg} reopened. ${P.img}`, date: '2024-03-21', sources: [P.handler], title: P.script }),
    });
    assert.equal(res.status, 201);
    // Stories, canonical entities and story titles are built from the same hostile names.
    await relink(fx.store);
    const stories = (await (await fetch(`${srv.url}/api/stories`)).json()) as { data: { id: string }[] };
    storyPaths = stories.data.map((s) => `/stories/${encodeURIComponent(s.id)}`);
    assert.ok(storyPaths.length >= 1);
    browser = await launchBrowser();
    ({ page, problems } = await browser.open());
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
    await cleanup?.();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  /** Nothing ran, and nothing executable was created from the data. */
  async function assertInert(where: string) {
    assert.equal(await page.evaluate('window.__xss'), undefined, `${where}: a payload ran`);
    const created = await page.evaluate("document.querySelectorAll('img, iframe, svg, object, embed, [onerror], [onload], [onmouseover], [srcdoc]').length");
    assert.equal(created, 0, `${where}: an element was built from data`);
    assert.equal(await page.evaluate('document.scripts.length'), 1, `${where}: a script element was added`);
    const bad = await page.evaluate("[...document.querySelectorAll('a[href]')].filter((a) => !/^(https?:|\\/|#)/.test(a.getAttribute('href'))).length");
    assert.equal(bad, 0, `${where}: a link with a script URL`);
    assert.deepEqual(problems.filter((p) => !/Failed to load resource.*404/.test(p)), [], where);
  }

  const pages = () => [
    '/', '/search?q=harbour', '/search?q=harbour&type=statement', `/reports/${hostile.report.id}`,
    `/entities/${encodeURIComponent(P.img)}`, `/entities/${encodeURIComponent(P.svg)}`, '/graph', '/timeline',
    '/stories', ...storyPaths, `/reports/${hostile.report.id}#chars=0-20`,
  ];

  it('shows every payload as text on every page, and none runs', async () => {
    for (const path of pages()) {
      await page.goto(srv.url + path);
      // Not waitForFunction: polling a string predicate needs eval, which the CSP refuses.
      await page.waitForSelector('main:not([aria-busy])');
      await page.waitForTimeout(150);
      await assertInert(path);
    }
  });

  it('keeps payloads inert while annotations are hovered and explained', async () => {
    await page.goto(`${srv.url}/reports/${hostile.report.id}`);
    await page.waitForSelector('.report-text .seg');
    const text = await page.textContent('.report-text');
    assert.equal(text, hostile.text, 'the text is shown exactly, character for character');
    assert.equal(await page.textContent('.report-head h1'), hostile.report.title);
    for (const sel of ['.seg.ent', '.seg.st-content', '.seg.ev-trigger', '.seg.unknown', '.seg.date']) {
      await page.hover(`${sel} >> nth=0`);
      await page.waitForSelector('.explain .explain-card');
    }
    await page.click('.seg.st-content >> nth=0');
    await page.click('.explain .provenance summary');
    await page.waitForSelector('.explain .prov-chain');
    await assertInert('provenance chain');
    for (const b of await page.locator('.ann-item').all()) await b.focus();
    await page.click('.diagnostics summary');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(screenshotDir(), '09-xss-report.png'), fullPage: true });
    await assertInert('report after hovering');
  });

  it('would block an inline script even if one were injected (CSP)', async () => {
    await page.goto(`${srv.url}/`);
    await page.waitForSelector('.home');
    const ran = await page.evaluate("(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.append(s); return window.__inline; })()");
    assert.equal(ran, undefined);
    assert.ok(problems.some((p) => /Content Security Policy|CSP violation/.test(p)), 'the browser reported the blocked script');
  });
});
