// One small driver interface for the browser tests, with one adapter per
// engine: Chromium (playwright-core), Firefox (puppeteer-core over WebDriver
// BiDi) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver and
// selenium-webdriver). A test is written once against `Page` below and runs
// in every engine that `ENGINES` selects (default: all three).
//
// Selectors: a CSS selector, or several joined by `>>>`, each step looking
// into the open shadow roots of what the step before matched:
// `fact-pack >>> .fp-card` is every card in every fact-pack's shadow root.
// Functions given to `eval` run in the page with two helpers in scope:
// `$$(selector)` (every match, as above) and `$(selector)` (the first, or null).

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

/** The engines to run, from `ENGINES` ("chromium,firefox"); an unknown name is an error. */
export function selectedEngines(env = process.env.ENGINES) {
  const names = (env ?? '').split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return ENGINE_NAMES;
  const unknown = names.filter((n) => !ENGINE_NAMES.includes(n));
  if (unknown.length) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')} (expected ${ENGINE_NAMES.join(', ')})`);
  return names;
}

/** Start an engine: resolves to { name, version, open(options) → Page, close() }. */
export async function launch(name) {
  const adapter = await import(`./${name}.mjs`);
  return adapter.launch();
}

// Deep query, evaluated in the page.
function deepAll(sel) {
  const steps = sel.split('>>>').map((s) => s.trim());
  let roots = [document];
  for (let i = 0; i < steps.length; i++) {
    const found = [];
    for (const r of roots) found.push(...r.querySelectorAll(steps[i]));
    if (i === steps.length - 1) return found;
    roots = found.map((e) => e.shadowRoot).filter(Boolean);
  }
  return [];
}

// A node cannot cross to the test as data (engines differ: an object, a
// reference, null); it arrives as `true`, so `waitFor(() => $('…'))` works.
const asData = (v) => (v instanceof Node ? true : v);
const PRELUDE = `const $$ = ${deepAll.toString()}; const $ = (s) => $$(s)[0] ?? null; const asData = ${asData.toString()};`;

/** The page-side source of `fn`, with `$` and `$$` in scope. */
export function pageFunction(fn) {
  return `(function () { ${PRELUDE} const r = (${fn.toString()}).apply(null, arguments); return r instanceof Promise ? r.then(asData) : asData(r); })`;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A page in one engine. Adapters implement the primitives:
 * `_goto(url)`, `_eval(source, args)` (a function's source, JSON arguments;
 * awaits a returned promise), `_click(x, y)` (a real mouse click at viewport
 * coordinates), `_type(text, delay)` and `_press(key)` (real key events to
 * the focused element; keys named as in Playwright: Tab, Enter, ArrowLeft…),
 * `_screenshot(selector)` (a PNG Buffer of a light-DOM element, or of the
 * viewport when null), `_cookies()` and `_close()`.
 */
export class Page {
  constructor(engine) {
    this.engine = engine;
  }

  async goto(url) {
    await this._goto(url);
    return this;
  }

  /** Run `fn(...args)` in the page (with `$`, `$$`); its result as JSON data (undefined → null). */
  async eval(fn, ...args) {
    const v = await this._eval(pageFunction(fn), args);
    return v === undefined ? null : v;
  }

  /**
   * Wait until `target` holds: a selector (an element matches and is
   * rendered) or a function (returns a truthy value, which is returned).
   */
  async waitFor(target, { timeout = 20000, args = [] } = {}) {
    const fn = typeof target === 'string' ? (sel) => $$(sel).some((e) => e.getClientRects().length > 0) : target;
    const a = typeof target === 'string' ? [target] : args;
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.eval(fn, ...a);
        if (last) return last;
      } catch (err) {
        // A navigation in progress can drop an evaluation; try again.
        last = err;
      }
      if (Date.now() > end) throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${typeof target === 'string' ? target : target.toString().slice(0, 200)} (last: ${last})`);
      await sleep(40);
    }
  }

  /** Wait for `fn(...args)` to be truthy. */
  until(fn, ...args) {
    return this.waitFor(fn, { args });
  }

  text(sel) {
    return this.eval((s) => $(s)?.textContent ?? null, sel);
  }

  texts(sel) {
    return this.eval((s) => $$(s).map((e) => e.textContent), sel);
  }

  count(sel) {
    return this.eval((s) => $$(s).length, sel);
  }

  attr(sel, name) {
    return this.eval((s, n) => $(s)?.getAttribute(n) ?? null, sel, name);
  }

  /** Whether the first match is rendered (has a box, not hidden, not inside a closed <details>). */
  visible(sel) {
    return this.eval((s) => {
      const e = $(s);
      if (!e || e.getClientRects().length === 0) return false;
      return e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    }, sel);
  }

  /** Scroll the element (first match, or the first whose text includes `text`) into view; its center. */
  async #center(sel, text, index = 0) {
    const at = await this.eval(
      (s, t, i) => {
        const all = $$(s).filter((e) => t === null || e.textContent.includes(t));
        const e = all[i];
        if (!e) return null;
        e.scrollIntoView({ block: 'center', inline: 'center' });
        const r = e.getBoundingClientRect();
        return r.width && r.height ? [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] : null;
      },
      sel,
      text ?? null,
      index,
    );
    return at;
  }

  /** A real mouse click on the element (waits until it is there). */
  async click(sel, { text = null, index = 0 } = {}) {
    const end = Date.now() + 20000;
    let at;
    while (!(at = await this.#center(sel, text, index))) {
      if (Date.now() > end) throw new Error(`${this.engine}: nothing to click: ${sel}${text ? ` with text ${text}` : ''}`);
      await sleep(40);
    }
    await this._click(at[0], at[1]);
  }

  /** Click every match in turn (re-found before each click, as views re-render). */
  async clickAll(sel) {
    const n = await this.count(sel);
    for (let i = 0; i < n; i++) {
      const at = await this.#center(sel, null, i);
      if (at) await this._click(at[0], at[1]);
    }
    return n;
  }

  /** Focus the element. */
  async focus(sel) {
    await this.waitFor(sel);
    await this.eval((s) => $(s).focus(), sel);
  }

  /** Type into the element with real key events. */
  async type(sel, text, { delay = 10 } = {}) {
    await this.focus(sel);
    await this._type(text, delay);
  }

  /** Replace the element's value by typing (select all, then type; empty: delete). */
  async fill(sel, text) {
    await this.focus(sel);
    await this.eval((s) => $(s).select(), sel);
    if (text === '') await this._press('Backspace');
    else await this._type(text, 0);
  }

  /** Press one key on the focused element. */
  press(key) {
    return this._press(key);
  }

  /** The focused element, looking into shadow roots. */
  focused() {
    return this.eval(() => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      if (!a) return null;
      return { tag: a.tagName, id: a.id, cls: a.getAttribute('class') ?? '', role: a.getAttribute('role') ?? '', text: a.textContent.trim().slice(0, 60), a: a.getAttribute('data-a') ?? '' };
    });
  }

  /** A PNG of a light-DOM element (or the viewport), written to `path` when given. */
  async screenshot(path, selector = null) {
    if (selector) await this.waitFor(selector);
    const png = await this._screenshot(selector);
    if (path) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, png);
    }
    return png;
  }

  /** Console errors, uncaught errors and unhandled rejections the page reported (see probe.js). */
  problems() {
    return this.eval(() => (window.__fpProbe ? window.__fpProbe.problems.slice() : []));
  }

  /** What the probe saw: { problems, violations, dialogs, rejections }. */
  probe() {
    return this.eval(() => (window.__fpProbe ? JSON.parse(JSON.stringify(window.__fpProbe)) : null));
  }

  /** URLs of every resource the page loaded (Resource Timing), and the page itself. */
  resources() {
    return this.eval(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
  }

  cookies() {
    return this._cookies();
  }

  pause(ms) {
    return sleep(ms);
  }

  close() {
    return this._close();
  }
}
