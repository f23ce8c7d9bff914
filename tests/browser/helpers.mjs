// Shared helpers for the browser tests: a static server on 127.0.0.1 and
// Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';
import { serve } from '../../src/js/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export { serve };

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
