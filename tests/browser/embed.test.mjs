// The script-tag way in, and the static fallback, in every engine: a strict
// Content-Security-Policy, a page on one origin using the widget from
// another, Subresource Integrity (a good hash works, a tampered file is
// refused), nothing stored and no request elsewhere, and the fallback that
// readers without JavaScript see.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before } from 'node:test';
import { dump, eachEngine } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const WORK = 'target/embed-test';
const manifest = JSON.parse(readFileSync('www/factpack/manifest.json', 'utf8'));
const facts = dump();

before(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // Assets changed after the build (the wasm, then the stylesheet).
  for (const kind of ['wasm', 'css', 'bundle']) {
    const copy = join(WORK, `tampered-${kind}`);
    cpSync('www/factpack', join(copy, 'factpack'), { recursive: true });
    const file = join(copy, 'factpack', manifest[kind][0]);
    const bytes = readFileSync(file);
    bytes[bytes.length - 2] ^= 0x20;
    writeFileSync(file, bytes);
    rmSync(file + '.br');
    rmSync(file + '.gz');
    writeFileSync(join(copy, 'index.html'), page('<script type="module" src="factpack/factpack.js"></script>'));
  }
});

/** A page `html` in its own folder (served on its own origin by `h.serve`). */
function pageDir(name, html) {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  return dir;
}

function page(head, body = '<fact-pack></fact-pack>') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed test</title><link rel="icon" href="data:,">${head}</head><body><main>${body}</main></body></html>`;
}

/** Wait for the widget in the (first) element to show its cards. */
const ready = (p, sel = 'fact-pack') => p.waitFor(`${sel} >>> .fp-card, .fp-article`);

eachEngine((h) => {
  h.test('the demo page works under a strict Content-Security-Policy', async () => {
    const url = await h.serve('www', { headers: { 'content-security-policy': CSP } });
    assert.equal((await fetch(url)).headers.get('content-security-policy'), CSP);
    const p = await h.open(url);
    await ready(p);
    // Styles arrived (a constructable stylesheet in the shadow root): the tabs are laid out as a row.
    const display = await p.eval(() => getComputedStyle(document.querySelector('fact-pack').shadowRoot.querySelector('.fp-tabs')).display);
    assert.equal(display, 'flex');
    // The JS API's second wasm loads under the same policy.
    const n = await p.eval(async () => (await (await import('/factpack/factpack.js')).loadBundle()).facts.length);
    assert.equal(n, facts.facts.length);
    const probe = await p.probe();
    assert.ok(probe, 'the probe ran under the policy');
    assert.deepEqual(probe.violations, []);
    assert.deepEqual(probe.problems, []);
  });

  h.test('a page on another origin: assets resolve against the script, nothing stored, no other host asked', async () => {
    const assets = await h.serve('www');
    const site = await h.serve(pageDir('cross', page(`<script type="module" src="${assets}factpack/factpack.js"></script>`)));
    const p = await h.open(site);
    await ready(p);
    await p.click('fact-pack >>> .fp .fp-card .fp-toggle');
    await p.waitFor('fact-pack >>> .fp .fp-card .fp-sentence');
    await p.eval(async () => (await import(document.querySelector('script[type=module]').src)).loadBundle());
    const origins = new Set((await p.resources()).map((u) => new URL(u).origin));
    const allowed = [new URL(site).origin, new URL(assets).origin];
    assert.deepEqual([...origins].filter((o) => !allowed.includes(o)), []);
    assert.ok(origins.has(new URL(assets).origin), 'assets came from the asset origin');
    // Nothing kept in the browser.
    const kept = await p.eval(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(kept, { cookie: '', local: 0, session: 0, idb: 0, caches: 0 });
    assert.deepEqual(await p.cookies(), []);
    assert.deepEqual(await p.problems(), []);
  });

  h.test('the printed Subresource Integrity tag works; a tampered asset is refused with a message', async () => {
    const [module, integrity] = manifest.script;
    const assets = await h.serve('www');
    const tag = `<script type="module" src="${assets}factpack/${module}" integrity="${integrity}" crossorigin="anonymous"></script>`;
    let p = await h.open(await h.serve(pageDir('sri', page(tag))));
    await ready(p);
    assert.deepEqual(await p.problems(), []);

    // A wrong hash on the tag: the browser refuses the module; the element stays undefined.
    const bad = page(tag.replace(integrity, 'sha384-' + 'A'.repeat(64)), '<fact-pack><p id="fallback">Static facts</p></fact-pack>');
    p = await h.open(await h.serve(pageDir('sri-bad', bad)));
    await p.pause(500);
    assert.equal(await p.eval(() => customElements.get('fact-pack') === undefined), true);
    assert.ok(await p.visible('#fallback'), 'the static fallback still shows');

    // Assets changed after the build: refused, and the element says which.
    for (const kind of ['wasm', 'css']) {
      p = await h.open(await h.serve(join(WORK, `tampered-${kind}`)));
      await p.waitFor('fact-pack >>> [role=alert]');
      const text = await p.text('fact-pack >>> [role=alert]');
      assert.ok(text.includes(manifest[kind][0]) && /integrity/.test(text), text);
    }
    // The default bundle, asked for by the shim with its hash: refused, never shown.
    p = await h.open(await h.serve(join(WORK, 'tampered-bundle')));
    await p.waitFor('fact-pack >>> [role=alert]');
    assert.match(await p.text('fact-pack >>> [role=alert]'), /Could not load the facts \(network error or failed integrity check\)/);
    assert.equal(await p.count('fact-pack >>> .fp-card'), 0);
  });

  h.test('the bundle is asked for while the wasm downloads, not after it has started', async () => {
    const p = await h.open(h.url);
    await ready(p);
    const [wasm, bundle] = await p.eval(
      (names) => names.map((n) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(n))).map((e) => [e.startTime, e.responseEnd]),
      [manifest.wasm[0], manifest.bundle[0]],
    );
    assert.ok(bundle[0] < wasm[1], `bundle asked for at ${bundle[0]} ms, the wasm arrived at ${wasm[1]} ms`);
  });

  h.test('without JavaScript the static fallback shows the facts; with it the widget takes over', async () => {
    let p = await h.open(h.url, { js: false });
    assert.equal(await p.eval(() => customElements.get('fact-pack') === undefined), true, 'no script ran');
    const F = 'fact-pack > .fp-static';
    assert.ok(await p.visible(F));
    const headings = await p.texts(`${F} h2`);
    assert.deepEqual(headings.slice(0, 2), ['Key numbers', 'Timeline']);
    assert.ok(headings.includes('Sources'));
    // Every quote, every event and every source article is there as text.
    const text = await p.text(F);
    for (const f of facts.facts.filter((f) => f.kind === 'quote')) assert.ok(text.includes(f.quote), `quote ${f.id}`);
    const events = facts.facts.filter((f) => f.kind === 'event').length;
    assert.equal(await p.count(`${F} .fp-events li, ${F} .fp-plain li`), events);
    for (const a of facts.articles) assert.ok(text.includes(a.title), `article ${a.title}`);
    // A source sentence opens without JavaScript (a native disclosure).
    assert.equal(await p.visible(`${F} .fp-card details mark`), false);
    await p.click(`${F} .fp-card details summary`);
    assert.ok(await p.visible(`${F} .fp-card details mark`));
    // JSON-LD for search engines names the source articles.
    const ld = JSON.parse(await p.text('fact-pack script[type="application/ld+json"]'));
    assert.equal(ld.itemListElement.length, facts.articles.length);
    // One view at a time, as the widget shows them: the first, until a tab is followed.
    assert.equal(await p.visible(`${F} #fp-static-numbers`), true);
    assert.equal(await p.visible(`${F} #fp-static-timeline`), false);
    await p.click(`${F} .fp-static-tabs a[href="#fp-static-timeline"]`);
    await p.waitFor(() => location.hash === '#fp-static-timeline');
    assert.equal(await p.visible(`${F} #fp-static-timeline`), true);
    assert.equal(await p.visible(`${F} #fp-static-numbers`), false);
    // A link to a fact opens the view that holds its card.
    const quote = facts.facts.find((f) => f.kind === 'quote');
    p = await h.open(`${h.url}#fact-${quote.id}`, { js: false });
    // WebKit under load can match :target a moment after the load ends.
    await p.waitFor(`${F} #fact-${quote.id}`);
    assert.equal(await p.visible(`${F} #fact-${quote.id}`), true);
    assert.equal(await p.visible(`${F} #fp-static-numbers`), false);

    p = await h.open(h.url);
    await ready(p);
    assert.equal(await p.visible('fact-pack > .fp-static'), false, 'the widget hides the fallback');
  });
});
