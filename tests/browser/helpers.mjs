// Shared helpers for the browser tests: a static server on 127.0.0.1 and
// Debian's Chromium driven by playwright-core.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serve } from '../../src/js/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const COMPILER = process.env.FACTPACK_BIN ?? 'target/compiler/factpack';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** Serve `www/` with the test pages under /test/. */
export function serveSite(options = {}) {
  return serve('www', 0, { mounts: { '/test/': 'tests/browser/pages/' }, ...options });
}

export { serve };

/** The JSON view of a bundle. */
export function dump(file = 'target/site/facts.fpk') {
  return JSON.parse(execFileSync(COMPILER, ['dump', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/**
 * Open a page that records console errors and page errors; `problems()`
 * returns them so a test can assert there were none.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled });
  const page = await context.newPage();
  const seen = [];
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  if (url) await page.goto(url);
  return { page, context, problems: () => seen };
}

/** The focused element, looking into shadow roots: its tag, class, role and text. */
export function focused(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a ? { tag: a.tagName, cls: a.getAttribute('class') ?? '', role: a.getAttribute('role') ?? '', text: a.textContent.trim().slice(0, 60), a: a.getAttribute('data-a') ?? '' } : null;
  });
}
