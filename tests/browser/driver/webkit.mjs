// WebKit: WebKitGTK's MiniBrowser driven through Debian's WebKitWebDriver
// (webkit2gtk-driver) with selenium-webdriver; needs a display (the test run
// is wrapped in xvfb-run). Each page is a WebDriver session of its own, so it
// starts with no cookies or storage; WebKitWebDriver holds one session at a
// time, so opening a page closes the one before. MiniBrowser runs
// full-screen, which hides its toolbar, so the window size is the viewport.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'node:net';
import { PNG } from 'pngjs';
import { Builder, Key } from 'selenium-webdriver';
import { Page } from './index.mjs';

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver';
const BINARY = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// (WEBKIT_SESSION_TIMEOUT, in ms, tries the replacement path; anything but a positive number is 60 s.)
const SESSION_TIMEOUT = Number(process.env.WEBKIT_SESSION_TIMEOUT) > 0 ? Number(process.env.WEBKIT_SESSION_TIMEOUT) : 60000;

const KEYS = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Backspace: Key.BACK_SPACE,
  Delete: Key.DELETE,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
  Home: Key.HOME,
  End: Key.END,
  Space: ' ',
};

class WebKitPage extends Page {
  constructor(driver) {
    super('webkit');
    this.driver = driver;
  }
  _goto(url) {
    return this.driver.get(url);
  }
  _eval(source, args) {
    return this.driver.executeScript(`return (${source}).apply(null, arguments);`, ...args);
  }
  _click(x, y) {
    return this.driver.actions().move({ x, y, origin: 'viewport' }).click().perform();
  }
  async _type(text, delay) {
    for (const ch of text) {
      await this.driver.actions().sendKeys(ch).perform();
      if (delay) await new Promise((r) => setTimeout(r, delay));
    }
  }
  _press(key) {
    const k = KEYS[key] ?? (key.length === 1 ? key : null);
    if (k === null) throw new Error(`webkit: no mapping for key ${key}`);
    return this.driver.actions().sendKeys(k).perform();
  }
  async _screenshot(selector) {
    const shot = async () => PNG.sync.read(Buffer.from(await this.driver.takeScreenshot(), 'base64'));
    if (!selector) return PNG.sync.write(await shot());
    // WebKitWebDriver's element screenshots come out black beyond the first
    // screenful, so the element is put together from viewport screenshots,
    // one screenful at a time.
    const box = await this.eval((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return { x: Math.round(r.left + scrollX), y: Math.round(r.top + scrollY), w: Math.round(r.width), h: Math.round(r.height), vh: innerHeight, sx: scrollX, sy: scrollY };
    }, selector);
    const out = new PNG({ width: box.w, height: box.h });
    for (let y = box.y; y < box.y + box.h; ) {
      // An instant scroll, then two frames so the screenshot shows it painted.
      const at = await this.eval(
        (top) =>
          new Promise((ok) => {
            scrollTo({ left: scrollX, top, behavior: 'instant' });
            requestAnimationFrame(() => requestAnimationFrame(() => ok([scrollX, scrollY])));
          }),
        y,
      );
      const png = await shot();
      const scale = png.width / (await this.eval(() => innerWidth));
      const rows = Math.min(box.y + box.h - y, box.vh - (y - at[1]));
      for (let r = 0; r < rows; r++) {
        const srcY = Math.round((y - at[1] + r) * scale);
        const srcX = Math.round((box.x - at[0]) * scale);
        if (srcY >= png.height) break;
        const from = (srcY * png.width + srcX) * 4;
        png.data.copy(out.data, (y - box.y + r) * box.w * 4, from, from + Math.min(box.w, png.width - srcX) * 4);
      }
      y += Math.max(rows, 1);
    }
    await this.eval((x, y) => scrollTo({ left: x, top: y, behavior: 'instant' }), box.sx, box.sy);
    return PNG.sync.write(out);
  }
  _cookies() {
    return this.driver.manage().getCookies();
  }
  _close() {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    return this.driver.quit();
  }
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

// WebKitGTK takes the browser's language from the C library's locale. The
// machine need not have it generated: it is compiled into target/locale with
// localedef (from Debian's `locales` data) and found through LOCPATH.
const LOCALES = resolve('target/locale');
function localeEnv(locale) {
  const name = `${locale.replace('-', '_')}.UTF-8`;
  if (!existsSync(`${LOCALES}/${name}`)) {
    mkdirSync(LOCALES, { recursive: true });
    execFileSync('localedef', ['-i', locale.replace('-', '_'), '-f', 'UTF-8', `${LOCALES}/${name}`], { stdio: 'pipe' });
  }
  return { LOCPATH: LOCALES, LANG: name, LC_ALL: name, LANGUAGE: locale.replace('-', '_') };
}

/** Start WebKitWebDriver (its browsers take their language from the locale); resolves to its URL and process. */
async function startDriver(locale) {
  const port = await freePort();
  const env = { ...process.env, ...(locale ? localeEnv(locale) : {}) };
  const proc = spawn(DRIVER, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const server = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${server}/status`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 100 || proc.exitCode !== null) throw new Error(`webkit: ${DRIVER} did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { server, proc };
}

export async function launch() {
  if (!process.env.DISPLAY) throw new Error('webkit: no DISPLAY; run the tests under xvfb-run (make test does)');
  // One driver per browser language (the default one first).
  const drivers = new Map();
  const driverFor = (locale) => {
    const key = locale ?? '';
    if (!drivers.has(key)) drivers.set(key, startDriver(locale));
    return drivers.get(key);
  };
  const session = async ({ scheme = 'light', js = true, locale } = {}) => {
    const args = ['--automation', '--full-screen'];
    if (scheme === 'dark') args.push('--dark-mode');
    // Scripts of the page off; the driver's own scripts still run.
    if (!js) args.push('--enable-javascript=false');
    // A session that has not started in a minute will not: WebKitWebDriver
    // has been seen to hang on a new session right after the one before
    // quit. Its driver is then replaced and the session asked for once more;
    // a second hang is the test's failure.
    for (let attempt = 1; ; attempt++) {
      const { server, proc } = await driverFor(locale);
      const started = new Builder()
        .usingServer(server)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: BINARY, args } })
        .build();
      let timer;
      const hung = new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`webkit: no session from ${DRIVER} after ${SESSION_TIMEOUT} ms`)), SESSION_TIMEOUT);
      });
      let driver;
      try {
        driver = await Promise.race([started, hung]);
        // A hung page load or script fails its call instead of stalling the run.
        await driver.manage().setTimeouts({ pageLoad: 60000, script: 60000 });
        return driver;
      } catch (err) {
        // The session (if it came, late or not) ends, and a hung driver goes:
        // nothing is left running, whether it is asked for again or not.
        (driver ? Promise.resolve(driver) : started).then((d) => d.quit()).catch(() => {});
        const hang = /no session from/.test(err.message);
        if (hang) {
          proc.kill();
          drivers.delete(locale ?? '');
        }
        if (attempt > 1 || !hang) throw err;
        console.log(`# ${err.message}; its driver is replaced and the session asked for again`);
      } finally {
        clearTimeout(timer);
      }
    }
  };
  let current = null;
  const probe = await session();
  const caps = await probe.getCapabilities();
  const version = `WebKitGTK ${caps.get('browserVersion')}`;
  await probe.quit();
  return {
    name: 'webkit',
    version,
    async open({ width = 1280, height = 900, scheme = 'light', js = true, locale } = {}) {
      if (current) await current.close().catch(() => {});
      const driver = await session({ scheme, js, locale });
      await driver.manage().window().setRect({ width, height });
      current = new WebKitPage(driver);
      return current;
    },
    async close() {
      if (current) await current.close().catch(() => {});
      for (const d of drivers.values()) (await d).proc.kill();
    },
  };
}
