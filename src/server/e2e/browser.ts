import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { packagePath } from '../../model/paths.js';

/**
 * Debian's Chromium (NEWSGRAPH_CHROMIUM overrides the path); the browser tests skip when it is
 * not installed (see .ci/chromium-setup.sh).
 */
export const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Why the browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (run .ci/chromium-setup.sh); skipping browser tests`;
}

/** Where the tests save screenshots (git-ignored). */
export function screenshotDir(): string {
  const dir = packagePath('test-output', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Compile the web UI (web/tsconfig.json) into a fresh folder and return a web root for the
 * server (build/ there, public/ linked to the package's), so test files running side by side
 * never read each other's half-written scripts. Remove the folder when done.
 */
export function buildWebUi(): string {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
  symlinkSync(packagePath('web', 'public'), join(root, 'public'));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', packagePath('web', 'tsconfig.json'), '--outDir', join(root, 'build')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the web UI failed:\n${r.stdout}${r.stderr}`);
  return root;
}

export interface Browser {
  context: BrowserContext;
  /** A new page that records console errors, page errors, dialogs and CSP violations. */
  open(): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

/** Launch headless Chromium with a fresh profile folder, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1366, height: 900 } });
  return {
    context,
    async open() {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      // Runs in the page (a string, since this file is compiled without the DOM library).
      await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));" });
      return { page, problems };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Wait until `check` holds, polling from the test side. Playwright's `waitForFunction` with a
 * string predicate evaluates it in the page with `new Function` once it has to poll, which our
 * CSP (no 'unsafe-eval') refuses — so it only worked when the page happened to be ready already.
 */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
