// The <fact-pack> custom element: a small shim around the wasm widget.
//
// wasm-bindgen cannot subclass HTMLElement, so this file defines the element,
// attaches a shadow root, adopts the widget's stylesheet there, and mounts the
// Leptos view into a container inside it. Asset URLs resolve against this
// module (import.meta.url), never the page, so the element works from any
// origin. The build (src/js/build.mjs) bundles this file with wasm-bindgen's
// glue and fills in the content-hashed asset names and their integrity hashes.
import init, { mount } from 'factpack-glue';

/* global __FP_ASSETS__ */
const ASSETS = __FP_ASSETS__; // { wasm: [file, sri], css: [file, sri], bundle: [file, sri] }
const here = import.meta.url;
const asset = (name) => new URL(ASSETS[name][0], here).href;
const ATTRS = ['src', 'view', 'filter', 'theme', 'lang', 'limit'];

// Fetch an asset with its Subresource Integrity hash checked by the browser.
async function fetchChecked(name) {
  const res = await fetch(asset(name), { integrity: ASSETS[name][1], credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${ASSETS[name][0]}: HTTP ${res.status}`);
  return res;
}

// Load the wasm module and the stylesheet once, for every element on the page.
let booting = null;
function boot() {
  booting ??= Promise.all([
    fetchChecked('css').then((r) => r.text()),
    init({ module_or_path: fetchChecked('wasm') }),
  ]).then(([css]) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  return booting;
}

export class FactPackElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRS;
  }

  #widget = null; // the wasm Widget; free() unmounts it
  #connects = 0; // guards against a disconnect while booting

  async connectedCallback() {
    const mine = ++this.#connects;
    let sheet;
    try {
      sheet = await boot();
    } catch (err) {
      if (mine === this.#connects) this.#fail(err);
      return;
    }
    if (mine !== this.#connects || !this.isConnected) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    root.className = 'fp-root';
    shadow.replaceChildren(root);
    this.#widget = mount(root, this.#src());
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
    this.#widget?.set(name, name === 'src' ? this.#src() : this.#value(name));
  }

  // An attribute's value; `lang` falls back to the page's language.
  #value(name) {
    if (name === 'lang') return this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '';
    return this.getAttribute(name) ?? '';
  }

  // The bundle URL: the `src` attribute resolved against the page, or the
  // default bundle next to this module.
  #src() {
    const src = this.getAttribute('src');
    return src ? new URL(src, document.baseURI).href : asset('bundle');
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
for (const name of ATTRS) {
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
