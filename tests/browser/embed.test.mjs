// The script-tag way in, and the static fallback, in Chromium: a strict
// Content-Security-Policy, a page on one origin using the widget from
// another, Subresource Integrity (a good hash works, a tampered file is
// refused), nothing stored and no request elsewhere, and the fallback that
// readers without JavaScript see.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, launch, openPage, serve, serveSite } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const WORK = 'target/embed-test';
const manifest = JSON.parse(readFileSync('www/factpack/manifest.json', 'utf8'));
const facts = dump();

let browser;
const servers = [];
before(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

async function start(root, options) {
  const s = await serve(root, 0, options);
  servers.push(s.server);
  return s.url;
}

/** The demo site (www/ and the test pages). */
async function site(options) {
  const s = await serveSite(options);
  servers.push(s.server);
  return s.url;
}

/** A page `html` in its own folder, served on its own origin. */
async function pageSite(name, html, options) {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  return start(dir, options);
}

const page = (head, body = '<fact-pack></fact-pack>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed test</title><link rel="icon" href="data:,">${head}</head><body><main>${body}</main></body></html>`;

/** Wait for the widget in the (first) element to show its cards. */
const ready = (p, sel = 'fact-pack') => p.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.fp-card, .fp-article'), sel);

/** Record CSP violations in the page from its first script on. */
async function watchCsp(p) {
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the demo page works under a strict Content-Security-Policy', async () => {
  const url = await site({ headers: { 'content-security-policy': CSP } });
  const { page: p, context, problems } = await openPage(browser, null);
  await watchCsp(p);
  const res = await p.goto(url);
  assert.equal(res.headers()['content-security-policy'], CSP);
  await ready(p);
  // Styles arrived (a constructable stylesheet in the shadow root): the tabs are laid out as a row.
  const display = await p.evaluate(() => getComputedStyle(document.querySelector('fact-pack').shadowRoot.querySelector('.fp-tabs')).display);
  assert.equal(display, 'flex');
  // The JS API's second wasm loads under the same policy.
  const n = await p.evaluate(async () => (await (await import('/factpack/factpack.js')).loadBundle()).facts.length);
  assert.equal(n, facts.facts.length);
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a page on another origin: assets resolve against the script, nothing stored, no other host asked', async () => {
  const assets = await start('www', {});
  const site = await pageSite('cross', page(`<script type="module" src="${assets}factpack/factpack.js"></script>`));
  const { page: p, context, problems } = await openPage(browser, null);
  const origins = new Set();
  p.on('request', (r) => origins.add(new URL(r.url()).origin));
  await p.goto(site);
  await ready(p);
  const card = p.locator('fact-pack .fp .fp-card').first();
  await card.locator('.fp-toggle').click();
  await card.locator('.fp-sentence').first().waitFor();
  await p.evaluate(async () => (await import(document.querySelector('script[type=module]').src)).loadBundle());
  const allowed = [new URL(site).origin, new URL(assets).origin];
  assert.deepEqual([...origins].filter((o) => !allowed.includes(o)), []);
  assert.ok(origins.has(new URL(assets).origin), 'assets came from the asset origin');
  // Nothing kept in the browser.
  const kept = await p.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(kept, { cookie: '', local: 0, session: 0, idb: 0, caches: 0 });
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the printed Subresource Integrity tag works; a tampered asset is refused with a message', async () => {
  const [module, integrity] = manifest.script;
  const assets = await start('www', {});
  const tag = `<script type="module" src="${assets}factpack/${module}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  const good = await pageSite('sri', page(tag));
  let { page: p, context, problems } = await openPage(browser, good);
  await ready(p);
  assert.deepEqual(problems(), []);
  await context.close();

  // A wrong hash on the tag: the browser refuses the module; the element stays undefined.
  const bad = await pageSite('sri-bad', page(tag.replace(integrity, 'sha384-' + 'A'.repeat(64)), '<fact-pack><p id="fallback">Static facts</p></fact-pack>'));
  ({ page: p, context } = await openPage(browser, bad));
  await p.waitForTimeout(500);
  assert.equal(await p.evaluate(() => customElements.get('fact-pack')), undefined);
  assert.ok(await p.locator('#fallback').isVisible(), 'the static fallback still shows');
  await context.close();

  // Assets changed after the build (the wasm, then the stylesheet): refused, and the element says which.
  for (const kind of ['wasm', 'css']) {
    const copy = join(WORK, `tampered-${kind}`);
    cpSync('www/factpack', join(copy, 'factpack'), { recursive: true });
    const file = join(copy, 'factpack', manifest[kind][0]);
    const bytes = readFileSync(file);
    bytes[bytes.length - 2] ^= 0x20;
    writeFileSync(file, bytes);
    rmSync(file + '.br');
    rmSync(file + '.gz');
    writeFileSync(join(copy, 'index.html'), page('<script type="module" src="factpack/factpack.js"></script>'));
    const url = await start(copy, {});
    ({ page: p, context } = await openPage(browser, url));
    const alert = p.locator('fact-pack [role=alert]');
    await alert.waitFor();
    const text = await alert.textContent();
    assert.ok(text.includes(manifest[kind][0]) && /integrity/.test(text), text);
    await context.close();
  }
});

test('without JavaScript the static fallback shows the facts; with it the widget takes over', async () => {
  const url = await site();
  let { page: p, context } = await openPage(browser, url, { javaScriptEnabled: false });
  const fallback = p.locator('fact-pack > .fp-static');
  assert.ok(await fallback.isVisible());
  const headings = await fallback.locator('h2').allTextContents();
  assert.deepEqual(headings.slice(0, 2), ['Key numbers', 'Timeline']);
  assert.ok(headings.includes('Sources'));
  // Every quote, every event and every source article is there as text.
  const text = await fallback.textContent();
  for (const f of facts.facts.filter((f) => f.kind === 'quote')) assert.ok(text.includes(f.quote), `quote ${f.id}`);
  const events = facts.facts.filter((f) => f.kind === 'event').length;
  assert.equal(await fallback.locator('.fp-events li, .fp-plain li').count(), events);
  for (const a of facts.articles) assert.ok(text.includes(a.title), `article ${a.title}`);
  // A source sentence opens without JavaScript (a native disclosure).
  const details = fallback.locator('.fp-card details').first();
  await details.locator('summary').click();
  assert.ok(await details.locator('mark').first().isVisible());
  // JSON-LD for search engines names the source articles.
  const ld = JSON.parse(await p.locator('fact-pack script[type="application/ld+json"]').textContent());
  assert.equal(ld.itemListElement.length, facts.articles.length);
  await context.close();

  ({ page: p, context } = await openPage(browser, url));
  await ready(p);
  assert.equal(await p.locator('fact-pack > .fp-static').isVisible(), false, 'the widget hides the fallback');
  await context.close();
});
