// The <fact-pack> custom element and the JS API: a small shim around the
// wasm widget.
//
// wasm-bindgen cannot subclass HTMLElement, so this file defines the element,
// attaches a shadow root, adopts the widget's stylesheet there, and mounts the
// Leptos view into a container inside it. Asset URLs resolve against this
// module (import.meta.url), never the page, so the element works from any
// origin, and bundlers (Vite and the like) see every asset as a literal
// `new URL("…", import.meta.url)`. The build (tests/tools/build.mjs) bundles this
// file with wasm-bindgen's glue and fills in the content-hashed asset names and
// their integrity hashes.
//
// The JS API (`mount`, `loadBundle`) runs on a second wasm build with the API
// compiled in; it is loaded only when the API is first used, so pages that use
// only the element never download it.
import init, { mount as mountWidget } from 'factpack-glue';

/* global __FP_WASM__, __FP_API_WASM__, __FP_CSS__, __FP_BUNDLE__, __FP_SRI__ */
const URLS = {
  wasm: new URL(__FP_WASM__, import.meta.url).href,
  api: new URL(__FP_API_WASM__, import.meta.url).href,
  css: new URL(__FP_CSS__, import.meta.url).href,
  bundle: new URL(__FP_BUNDLE__, import.meta.url).href,
};
const ATTRS = ['src', 'view', 'filter', 'lang', 'limit'];

// Fetch `url`, with its Subresource Integrity hash checked by the browser when
// one is given. A failure rejects with what the reader is told: the browser
// does not say which, the network failed or the file is not the one this
// build made (its integrity hash does not match).
async function get(url, integrity) {
  try {
    return await fetch(url, integrity ? { integrity, credentials: 'same-origin' } : { credentials: 'same-origin' });
  } catch (err) {
    throw new Error(integrity ? 'network error or failed integrity check' : 'network error', { cause: err });
  }
}

// Fetch one of this build's assets, checked; a failure names the file.
async function fetchChecked(name) {
  const res = await get(URLS[name], __FP_SRI__[name]).catch((err) => {
    throw new Error(`${URLS[name]}: ${err.message}`, { cause: err.cause });
  });
  if (!res.ok) throw new Error(`${URLS[name]}: HTTP ${res.status}`);
  return res;
}

// The stylesheet, shared by every element on the page.
let sheet = null;
function style() {
  sheet ??= fetchChecked('css')
    .then((r) => r.text())
    .then((css) => {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    });
  return sheet;
}

// The widget's wasm, once for the page.
let widget = null;
function boot() {
  widget ??= Promise.all([style(), init({ module_or_path: fetchChecked('wasm') })]).then(([s]) => s);
  return widget;
}

// A browser makes its first Intl formatter slowly (it loads its locale data:
// some 30 ms on a slow machine). Make one while the wasm downloads, so the
// widget's first numbers and dates do not wait for it.
let warmed = false;
function warmIntl(tag) {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    try {
      new Intl.NumberFormat(tag).format(1);
      new Intl.DateTimeFormat(tag).format(0);
    } catch {
      // A tag Intl cannot read: the widget falls back to English anyway.
    }
  }, 0);
}

// The wasm with the JS API, once for the page, only when the API is used.
let api = null;
function bootApi() {
  api ??= Promise.all([style(), import('factpack-api-glue')]).then(async ([s, m]) => {
    await m.default({ module_or_path: fetchChecked('api') });
    return { sheet: s, m };
  });
  return api;
}

// A container for the widget in `host`'s shadow root. When the element holds
// a static fallback (`factpack render --into`), a slot keeps showing it until
// the widget has drawn its first view (or its error), and the widget then
// takes its place in one step: what is below the element moves once, by the
// difference in height, never down to a loading line and back.
function container(host, sheet) {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement('div');
  root.className = 'fp-root';
  if (!host.querySelector(':scope > .fp-static')) {
    shadow.replaceChildren(root);
    return root;
  }
  const slot = document.createElement('slot');
  root.hidden = true;
  shadow.replaceChildren(slot, root);
  const drawn = () => root.querySelector('.fp-panel, .fp-error');
  const show = () => {
    watch.disconnect();
    slot.remove();
    root.hidden = false;
  };
  const watch = new MutationObserver(() => drawn() && show());
  watch.observe(root, { childList: true, subtree: true });
  return root;
}

// Ask for an element's bundle at once, while the wasm downloads and compiles;
// the widget reads the response, and shows a failure's words inside the
// element ("Could not load the facts (…)"). The default bundle is checked
// against its integrity hash.
function request(url) {
  const p = get(url, url === URLS.bundle ? __FP_SRI__.bundle : undefined);
  p.catch(() => {});
  return p;
}

const resolve = (src) => (src ? new URL(src, document.baseURI).href : URLS.bundle);

// The language of an element: its `lang`, else its nearest ancestor's (the
// page's <html lang> at the latest), else the browser's. Words are English
// or Japanese; numbers and dates follow this tag through Intl. A tag Intl
// cannot read counts as none.
function langOf(el, own) {
  const tag = own ?? el.closest('[lang]')?.getAttribute('lang');
  return validTag(tag) ?? validTag(navigator.language) ?? 'en';
}
function validTag(tag) {
  if (!tag || !tag.trim()) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}

export class FactPackElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRS;
  }

  #widget = null; // the wasm Widget; free() unmounts it
  #connects = 0; // guards against a disconnect while booting

  async connectedCallback() {
    const mine = ++this.#connects;
    const src = resolve(this.getAttribute('src'));
    const first = request(src);
    let sheet;
    try {
      const booting = boot();
      warmIntl(langOf(this, this.getAttribute('lang')));
      sheet = await booting;
    } catch (err) {
      if (mine === this.#connects) this.#fail(err);
      return;
    }
    if (mine !== this.#connects || !this.isConnected) return;
    // Attaching the shadow root hides the static fallback (light DOM) only now.
    const now = resolve(this.getAttribute('src'));
    this.#widget = mountWidget(container(this, sheet), now, now === src ? first : undefined);
    for (const name of ATTRS) {
      if (name !== 'src') this.#widget.set(name, this.#value(name));
    }
  }

  disconnectedCallback() {
    this.#connects++;
    this.#widget?.free();
    this.#widget = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name) {
    this.#widget?.set(name, this.#value(name));
  }

  // An attribute's value: `src` resolved against the page, `lang` falling
  // back to the page's language.
  #value(name) {
    if (name === 'src') return resolve(this.getAttribute('src'));
    if (name === 'lang') return langOf(this);
    return this.getAttribute(name) ?? '';
  }

  // Show why the widget could not start, inside the element only.
  #fail(err) {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `The fact widget could not start (${err && err.message ? err.message : err}).`;
    shadow.replaceChildren(p);
  }
}

// Properties reflect the attributes: `el.view = 'timeline'` sets view="timeline".
for (const name of [...ATTRS, 'theme']) {
  Object.defineProperty(FactPackElement.prototype, name, {
    get() {
      return this.getAttribute(name);
    },
    set(v) {
      if (v === null || v === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(v));
    },
  });
}

if (!customElements.get('fact-pack')) customElements.define('fact-pack', FactPackElement);

/**
 * Mount a fact widget into any element (its shadow root), without the
 * custom element. `options` is a plain object: { src, view, filter, lang,
 * limit, theme }, read by the wasm with serde-wasm-bindgen.
 * Resolves to { update(options), destroy() }.
 */
// The widgets `mount` made, by their element: a page need not keep the handle
// `mount` returns, so the element keeps the widget alive (the wasm object
// would otherwise be garbage, and its finalizer would unmount it).
const mounted = new WeakMap();

export async function mount(element, options = {}) {
  const { sheet, m } = await bootApi();
  if (options.theme) element.setAttribute('theme', options.theme);
  mounted.get(element)?.free();
  const w = m.mount(container(element, sheet), resolve(options.src));
  mounted.set(element, w);
  const rest = { ...options, lang: langOf(element, options.lang) };
  delete rest.theme;
  if ('src' in rest) rest.src = resolve(rest.src);
  w.update(rest);
  return {
    update(o) {
      const next = { ...o };
      if (next.theme) element.setAttribute('theme', next.theme);
      delete next.theme;
      if ('src' in next) next.src = resolve(next.src);
      if ('lang' in next) next.lang = langOf(element, next.lang);
      w.update(next);
    },
    destroy() {
      if (mounted.get(element) !== w) return;
      mounted.delete(element);
      w.free();
      element.shadowRoot?.replaceChildren();
    },
  };
}

/**
 * Fetch and validate a bundle; resolves to its facts as plain objects, in the
 * shape `factpack dump` prints (articles, entities, facts, disagreements).
 */
export async function loadBundle(url) {
  const { m } = await bootApi();
  return m.loadBundle(resolve(url));
}
