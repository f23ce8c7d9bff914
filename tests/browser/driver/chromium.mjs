// Chromium: Debian's /usr/bin/chromium driven by playwright-core (CDP).
import { chromium } from 'playwright-core';
import { Page } from './index.mjs';

const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';

class ChromiumPage extends Page {
  constructor(context, page) {
    super('chromium');
    this.context = context;
    this.page = page;
  }
  async _goto(url) {
    await this.page.goto(url);
  }
  _eval(source, args) {
    return this.page.evaluate(`(${source})(...${JSON.stringify(args)})`);
  }
  _click(x, y) {
    return this.page.mouse.click(x, y);
  }
  _type(text, delay) {
    return this.page.keyboard.type(text, { delay });
  }
  _press(key) {
    return this.page.keyboard.press(key);
  }
  _screenshot(selector) {
    return selector ? this.page.locator(selector).first().screenshot() : this.page.screenshot();
  }
  _cookies() {
    return this.context.cookies();
  }
  _close() {
    return this.context.close();
  }
}

export async function launch() {
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    browser,
    /** A fresh context (its own cookies and storage) with one page. */
    async open({ width = 1280, height = 900, scheme = 'light', js = true, locale } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, javaScriptEnabled: js, ...(locale ? { locale } : {}) });
      return new ChromiumPage(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}
