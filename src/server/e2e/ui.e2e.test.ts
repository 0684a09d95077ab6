import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ingestPaths } from '../../engine/ingest.js';
import { relink } from '../../engine/link.js';
import { packagePath } from '../../model/paths.js';
import { startServer, type RunningServer } from '../start-server.js';
import { createFixtureStore, storyFixtures } from '../fixture-reports.js';
import { browserSkipReason, buildWebUi, launchBrowser, screenshotDir, waitUntil, type Browser } from './browser.js';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

describe('browser: search → report → entity → story, graph and timeline', { skip: skip ?? false }, () => {
  let srv: RunningServer;
  let browser: Browser;
  let cleanup: () => Promise<void>;
  let webRoot = '';
  let page: Page;
  let problems: string[];
  const shots = screenshotDir();
  const shot = async (name: string) => {
    // Full-page shots of a scrolled page would draw the sticky header mid-page.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(shots, name), fullPage: true });
  };

  before(async () => {
    webRoot = buildWebUi();
    const fx = await createFixtureStore();
    cleanup = fx.cleanup;
    const examples = readdirSync(packagePath('examples')).filter((f) => f.endsWith('.txt')).map((f) => packagePath('examples', f));
    await ingestPaths(fx.store, examples);
    await relink(fx.store);
    srv = await startServer({ store: fx.store, port: 0, webRoot });
    browser = await launchBrowser();
    ({ page, problems } = await browser.open());
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
    await cleanup?.();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  it('opens the start page with counts, latest reports and open questions', async () => {
    await page.goto(`${srv.url}/`);
    await page.waitForSelector('.home .cards li');
    const stats = (await (await fetch(`${srv.url}/api/stats`)).json()) as { data: { reports: number; sources: number } };
    assert.ok(stats.data.reports >= 18, 'the fixtures and the examples are stored');
    assert.match(await page.textContent('.stats') ?? '', new RegExp(`^${stats.data.reports} reports from ${stats.data.sources} sources`));
    assert.ok(await page.isVisible('text=Still unknown'));
    await shot('01-home.png');
    assert.deepEqual(problems, []);
  });

  it('searches, narrows by a facet, opens a report and explains a highlight, then goes to the speaker', async () => {
    await page.fill('header #q', 'Vellmar');
    await page.press('header #q', 'Enter');
    await page.waitForSelector('.hit');
    assert.match(await page.textContent('.result-count') ?? '', /matching reports/);
    await shot('02-search.png');

    await page.click('.facet a:has-text("Cargo Ledger")');
    await page.waitForSelector('.chip.filter');
    await waitUntil(async () => (await page.locator('.hit').count()) === 2, 'two hits');
    await page.click('.hit h2 a:has-text("Vellmar responds")');
    await page.waitForSelector('.report-text .seg');
    assert.equal(await page.textContent('.report-head h1'), 'Vellmar responds');

    await page.hover('.seg.st-content >> nth=0');
    await page.waitForSelector('.explain .explain-card.layer-statement');
    assert.match(await page.textContent('.explain') ?? '', /speakerAnneke Visser/);
    assert.match(await page.textContent('.explain') ?? '', /provenance\s*fixture\/statement/);
    await shot('03-report.png');

    await page.click('.explain a:has-text("Anneke Visser")');
    await page.waitForSelector('.entity-page h1');
    assert.equal(await page.textContent('.entity-page h1'), 'Anneke Visser');
    // Counts depend on what the pipeline finds in the examples; the fixture statement is always there.
    assert.match(await page.textContent('.entity-page') ?? '', /Statements by\s*[1-9]/);
    assert.match(await page.textContent('.entity-page') ?? '', /Vellmar Shipping denies that Marko Petrović ignored warnings/);
    assert.ok(new URL(page.url()).pathname.startsWith('/entities/'));
    await shot('04-entity.png');

    await page.goBack();
    await page.waitForSelector('.report-text');
    assert.equal(await page.textContent('.report-head h1'), 'Vellmar responds');
    assert.deepEqual(problems, []);
  });

  it('clicks through search → report → entity → story, and reads the story', async () => {
    await page.goto(`${srv.url}/`);
    await page.waitForSelector('.home-stories .story-card');
    await page.fill('header #q', '"Halden Star" captain');
    await page.press('header #q', 'Enter');
    await page.waitForSelector('.hit');
    assert.ok(await page.locator('.story-facet .story-link').count() >= 1, 'the search names the stories of its hits');
    await page.click('.hit h2 a >> nth=0');
    await page.waitForSelector('.report-text .seg');
    assert.match(await page.textContent('.in-story') ?? '', /Part of the story .+ \d+ reports, \d+ independent sources/);

    // Provenance of a statement, from the explanation panel.
    await page.click('.ann-list.layer-statement .ann-item >> nth=0');
    await page.click('.explain .provenance summary');
    await page.waitForSelector('.explain .prov-chain');
    const chain = await page.textContent('.explain .prov-chain') ?? '';
    for (const step of ['report', 'credited sources', 'speaker', 'cue', 'content', 'rule']) assert.ok(chain.includes(step), `chain has ${step}: ${chain}`);
    await shot('09-provenance.png');

    // Whoever the pipeline named first: every entity of a report in a story is in that story.
    const named = (await page.textContent('.people a >> nth=0')) ?? '';
    await page.click('.people a >> nth=0');
    await page.waitForSelector('.entity-page h1');
    assert.equal(await page.textContent('.entity-page h1'), named);
    assert.match(await page.textContent('.entity-page .facts') ?? '', /Across reports\s*one entity in \d+ reports/);
    await page.click('.entity-page .story-card h3 a >> nth=0');
    await page.waitForSelector('.story-page h1');
    assert.ok(new URL(page.url()).pathname.startsWith('/stories/'));

    const figures = await page.textContent('.figures') ?? '';
    const story = (await (await fetch(`${srv.url}/api${new URL(page.url()).pathname}`)).json()) as { data: { reports: number; independentSources: number } };
    assert.match(figures, new RegExp(`${story.data.reports}\\s*reports`));
    assert.match(figures, new RegExp(`${story.data.independentSources}\\s*independent sources`));
    assert.ok(story.data.independentSources < story.data.reports, 'copies and agency credits count once');
    assert.ok(await page.locator('.outlet-matrix .dot.copy').count() >= 1, 'copies are marked in the outlet matrix');
    assert.ok(await page.locator('.story-report.is-copy .flag.copy').count() >= 1, 'copies are marked in the report list');
    assert.match(await page.textContent('.gap-col.closed') ?? '', /Closed by .+/);
    assert.match(await page.textContent('.gap-col.closed') ?? '', /no response yet/);
    assert.ok(await page.locator('.gap-col.open .gap-card').count() >= 1);
    const numbers = page.locator('.disagreement:has(.dis-number)').first();
    assert.ok(await numbers.locator('.side').count() >= 2, 'the conflicting numbers are side by side');
    assert.match(await numbers.textContent() ?? '', /tonnes/);
    await shot('10-story.png');

    // Each claim links to its exact characters in its report.
    const claim = numbers.locator('.claim-text').first();
    const quote = (await claim.textContent() ?? '').replace(/^“|”$/g, '');
    await claim.click();
    await page.waitForSelector('.report-text .focus-range');
    const marked = await page.$$eval('.report-text .focus-range', (els) => els.map((e) => e.textContent).join(''));
    assert.equal(marked, quote);
    await shot('11-claim-in-report.png');

    await page.goto(`${srv.url}/stories`);
    await page.waitForSelector('.stories-page .story-card');
    assert.deepEqual(problems, []);
  });

  it('lists statements in matching reports and links to their place in the text', async () => {
    await page.goto(`${srv.url}/search?q=Vellmar&type=statement`);
    await page.waitForSelector('.statement-card');
    assert.ok(await page.locator('.statement-card').count() >= 2);
    await page.click('.statement-card >> nth=0 >> .meta a');
    await page.waitForSelector('.ann-item.current');
    await page.waitForSelector('.seg.active');
    await shot('05-statement-in-report.png');
    assert.deepEqual(problems, []);
  });

  it('explains annotations to keyboard users through the side lists', async () => {
    await page.goto(`${srv.url}/reports/${storyFixtures()[0].report.id}`);
    await page.waitForSelector('.report-text .seg');
    await page.focus('.ann-list.layer-event .ann-item');
    await page.waitForSelector('.explain .explain-card.layer-event');
    assert.match(await page.textContent('.explain') ?? '', /ARREST/);
    await page.uncheck('#toggle-entity');
    assert.ok(await page.locator('.report-text.hide-entity').count() === 1);
    assert.deepEqual(problems, []);
  });

  it('draws the actor graph with cytoscape and explains a connection', async () => {
    await page.goto(`${srv.url}/graph`);
    await page.waitForSelector('#graph-canvas canvas');
    await shot('06-graph.png');
    // The table lists the strongest connections first; open it all to find a given one.
    if (await page.locator('button:has-text("Show all")').count()) await page.click('button:has-text("Show all")');
    const rows = await page.locator('table.edges tbody tr').count();
    assert.ok(rows >= 4, `${rows} connections`);
    await page.click('table.edges tr:has-text("Police") button:has-text("ARREST")');
    assert.match(await page.textContent('.graph-panel') ?? '', /Police\s*→\s*Marko Petrović/);
    await page.uncheck('.type-filter input[value="ORG"]');
    await waitUntil(async () => (await page.locator('table.edges tbody tr').count()) < rows, 'fewer connections');
    assert.deepEqual(problems, []);
  });

  it('shows the timeline of events and reports', async () => {
    await page.goto(`${srv.url}/timeline`);
    await page.waitForSelector('.timeline .tl-day');
    assert.match(await page.textContent('.timeline-page') ?? '', /ARREST/);
    assert.match(await page.textContent('.timeline-page') ?? '', /Halden Star|Sines/);
    await shot('07-timeline.png');
    assert.deepEqual(problems, []);
  });

  it('shows an example report as the pipeline analysed it, whatever its layers hold', async () => {
    await page.goto(`${srv.url}/search?q=${encodeURIComponent('"Halden Star" captain')}`);
    await page.waitForSelector('.hit');
    await page.click('.hit h2 a >> nth=0');
    await page.waitForSelector('.report-text');
    assert.match(await page.textContent('.report-text') ?? '', /Halden Star/);
    await shot('08-example-report.png');
    assert.deepEqual(problems, []);
  });

  it('says plainly when a page does not exist', async () => {
    await page.goto(`${srv.url}/reports/ffffffffffffffff`);
    await page.waitForSelector('.problem');
    assert.equal(await page.textContent('.problem h1'), 'Not found');
    // The browser logs the API's 404 itself; nothing else may go wrong.
    assert.deepEqual(problems.filter((p) => !/Failed to load resource.*404/.test(p)), []);
  });
});
