// Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi.
// Color scheme and JavaScript are browser preferences, so the adapter keeps
// one browser per combination; each page gets its own browser context.
import puppeteer from 'puppeteer-core';
import { Page } from './index.mjs';

const EXECUTABLE = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

class FirefoxPage extends Page {
  constructor(context, page) {
    super('firefox');
    this.context = context;
    this.page = page;
  }
  async _goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
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
  async _screenshot(selector) {
    if (!selector) return Buffer.from(await this.page.screenshot());
    const el = await this.page.$(selector);
    return Buffer.from(await el.screenshot());
  }
  _cookies() {
    return this.page.cookies();
  }
  _close() {
    return this.context.close();
  }
}

export async function launch() {
  const browsers = new Map();
  const browserFor = (scheme, js, locale) => {
    const key = `${scheme}/${js}/${locale ?? ''}`;
    if (!browsers.has(key)) {
      browsers.set(
        key,
        puppeteer.launch({
          browser: 'firefox',
          executablePath: EXECUTABLE,
          headless: true,
          extraPrefsFirefox: {
            'javascript.enabled': js,
            // 0: dark, 1: light.
            'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
            ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
          },
        }),
      );
    }
    return browsers.get(key);
  };
  const first = await browserFor('light', true);
  return {
    name: 'firefox',
    version: `Firefox ${(await first.version()).replace(/^firefox\//, '')}`,
    async open({ width = 1280, height = 900, scheme = 'light', js = true, locale } = {}) {
      const browser = await browserFor(scheme, js, locale);
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      return new FirefoxPage(context, page);
    },
    async close() {
      for (const b of browsers.values()) await (await b).close();
    },
  };
}
