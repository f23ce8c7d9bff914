// Bad input and hostile surroundings in Chromium: corrupt bundles, articles
// that carry markup and script, a host page with aggressive global CSS and
// globals named like the widget's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { COMPILER, launch, openPage, serveSite } from './helpers.mjs';

const WORK = 'target/hostile-test';
const good = readFileSync('target/site/facts.fpk');

/** name → [bytes, what the element must say]. */
const corrupt = {
  'truncated.fpk': [good.subarray(0, good.length >> 1), /truncated or padded/],
  'bitflip.fpk': [flip(good, good.length - 100), /checksum mismatch/],
  'magic.fpk': [Buffer.concat([Buffer.from('PKZ\x03'), good.subarray(4)]), /wrong magic/],
  'future.fpk': [withVersion(good, 99), /format 99 is not supported/],
  'empty.fpk': [Buffer.alloc(0), /only 0 bytes|wrong magic/],
  'huge.fpk': [Buffer.concat([good.subarray(0, 16), Buffer.alloc(50 << 20, 7)]), /too large/],
};

function flip(b, at) {
  const c = Buffer.from(b);
  c[at] ^= 0x04;
  return c;
}

function withVersion(b, v) {
  const c = Buffer.from(b);
  c.writeUInt16LE(v, 4);
  return c;
}

// Articles whose every field carries markup, script and bidi controls.
const PWN = (tag) => `<img src=x onerror="window.__pwned='${tag}'">`;
const hostileArticles = {
  'evil.md': `---
title: "<script>window.__pwned='title'</script>${PWN('title-img').replace(/"/g, '\\"')} Council report"
url: "javascript:window.__pwned='url'"
publisher: "</style><style>*{display:none}</style>Evil Gazette"
date: 2026-01-05
---

# Budget <script>window.__pwned='heading'</script>

The mayor said "${PWN('quote')} we will rebuild the bridge" on Monday.

Costs rose 40% to $5 million in 2025 <script>window.__pwned='body'</script>, the council said.

Officials of \u202eEvil Corp\u202c said the plant will open in March 2027 [link](javascript:window.__pwned='md').

| Item ${PWN('th')} | Share |
|---|---|
| <b onmouseover="window.__pwned='td'">roads</b> | 35% |
| </table><script>window.__pwned='row'</script> | 65% |
`,
  'evil2.txt': `Title: ${PWN('txt-title')}
Published: 2026-01-06

The council said costs rose 30% last year, with ${PWN('second')} payments; "</blockquote><script>window.__pwned='q2'</script>," said Ana Lima.
`,
};

let browser, server, url;
before(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'articles'), { recursive: true });
  for (const [name, [bytes]] of Object.entries(corrupt)) writeFileSync(join(WORK, name), bytes);
  for (const [name, text] of Object.entries(hostileArticles)) writeFileSync(join(WORK, 'articles', name), text);
  execFileSync(COMPILER, ['build', join(WORK, 'articles'), '-o', join(WORK, 'hostile.fpk')], { stdio: 'pipe' });
  writeFileSync(
    join(WORK, 'hostile.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile articles</title><link rel="icon" href="data:,">
<script type="module" src="/factpack/factpack.js"></script></head>
<body><fact-pack src="hostile.fpk"></fact-pack><fact-pack src="hostile.fpk" view="sources"></fact-pack></body></html>`,
  );
  execFileSync(COMPILER, ['render', join(WORK, 'hostile.fpk'), '--json-ld', '--into', join(WORK, 'hostile.html')], { stdio: 'pipe' });
  ({ server, url } = await serveSite({ mounts: { '/test/': 'tests/browser/pages/', '/bad/': WORK } }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Record unhandled rejections and dialogs; count the host page's own timer ticks. */
async function watch(page) {
  await page.addInitScript(() => {
    window.__rejections = [];
    window.addEventListener('unhandledrejection', (e) => window.__rejections.push(String(e.reason)));
    window.__ticks = 0;
    setInterval(() => window.__ticks++, 20);
  });
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  return dialogs;
}

test('corrupt bundles: a clear message inside the element, the page keeps running', async () => {
  const { page, context, problems } = await openPage(browser, null);
  await watch(page);
  await page.goto(`${url}test/two.html`);
  const cases = { ...Object.fromEntries(Object.entries(corrupt).map(([k, [, re]]) => [k, re])), 'missing.fpk': /HTTP 404/, '../index.html': /wrong magic/ };
  await page.evaluate((names) => {
    for (const name of names) {
      const el = document.createElement('fact-pack');
      el.setAttribute('src', `/bad/${name}`);
      el.dataset.case = name;
      document.body.append(el);
    }
  }, Object.keys(cases));
  for (const [name, re] of Object.entries(cases)) {
    const alert = page.locator(`fact-pack[data-case="${name}"] [role=alert]`);
    await alert.waitFor({ timeout: 20000 });
    assert.match(await alert.textContent(), re, name);
  }
  // The good elements of the page still render; its own timer still runs.
  await page.locator('#one .fp .fp-mark').first().waitFor();
  const ticks = await page.evaluate(() => window.__ticks);
  await page.waitForFunction((t) => window.__ticks > t + 3, ticks);
  assert.deepEqual(await page.evaluate(() => window.__rejections), []);
  // Only the deliberate 404 may be logged.
  assert.deepEqual(problems().filter((p) => !/404/.test(p)), []);
  await context.close();
});

test('hostile article text is shown as text: nothing executes in the widget or the fallback', async () => {
  for (const js of [true, false]) {
    const { page, context } = await openPage(browser, null, { javaScriptEnabled: js });
    const dialogs = await watch(page);
    await page.goto(`${url}bad/hostile.html`);
    if (js) {
      const el = page.locator('fact-pack').first();
      await el.locator('.fp .fp-tabs').waitFor();
      // Every view, every card opened: all hostile text is on screen.
      for (const view of ['numbers', 'timeline', 'compare', 'quotes', 'entities', 'sources']) {
        const tab = el.locator(`.fp #fp-tab-${view}`);
        if (await tab.count()) await tab.click();
        for (const t of await el.locator('.fp .fp-toggle').all()) await t.click();
        for (const sw of await el.locator('.fp .fp-switch[data-a^="t"]').all()) await sw.click();
      }
      const shadowTags = await page.evaluate(() =>
        [...document.querySelectorAll('fact-pack')].flatMap((f) => [...f.shadowRoot.querySelectorAll('script, img, style, iframe, object')].map((e) => e.tagName)),
      );
      assert.deepEqual(shadowTags, [], 'no element made from article text in the widget');
      const hrefs = await page.evaluate(() => [...document.querySelectorAll('fact-pack')].flatMap((f) => [...f.shadowRoot.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))));
      assert.ok(hrefs.every((h) => h.startsWith('#fact-') || h.startsWith('http')), hrefs.join(' '));
      const text = await page.evaluate(() => document.querySelector('fact-pack').shadowRoot.textContent);
      assert.ok(text.includes('Council report') && !/[\u202a-\u202e\u2066-\u2069]/.test(text), 'titles shown, bidi controls removed');
    }
    // The fallback in the light DOM: no script but the JSON-LD data block, no handler attributes.
    const light = await page.evaluate(() => {
      const all = [...document.querySelectorAll('fact-pack *')];
      return {
        scripts: all.filter((e) => e.tagName === 'SCRIPT').map((e) => e.type),
        imgs: all.filter((e) => ['IMG', 'STYLE', 'IFRAME'].includes(e.tagName)).length,
        handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        ld: JSON.parse(document.querySelector('fact-pack script[type="application/ld+json"]').textContent).itemListElement.length,
      };
    });
    assert.deepEqual(light, { scripts: ['application/ld+json'], imgs: 0, handlers: 0, ld: 2 });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(dialogs, []);
    await context.close();
  }
});

test('a hostile host page: aggressive global CSS and look-alike globals do not break the widget', async () => {
  const { page, context, problems } = await openPage(browser, `${url}test/hostile-host.html`);
  const el = page.locator('fact-pack');
  const card = el.locator('.fp .fp-card').first();
  await card.waitFor();
  const box = await card.boundingBox();
  assert.ok(box.width > 150 && box.height > 60, JSON.stringify(box));
  const style = await card.locator('.fp-value').evaluate((e) => {
    const s = getComputedStyle(e);
    return { size: parseFloat(s.fontSize), transform: s.textTransform, spacing: s.letterSpacing, visibility: s.visibility };
  });
  assert.ok(style.size >= 14, JSON.stringify(style));
  assert.deepEqual([style.transform, style.spacing, style.visibility], ['none', 'normal', 'visible']);
  // Still interactive: a tab switches the view; search filters.
  await el.locator('.fp #fp-tab-quotes').click();
  await el.locator('.fp .fp-quotes').waitFor();
  await el.locator('.fp .fp-search').fill('zzzz-nothing');
  await el.locator('.fp .fp-empty').waitFor();
  // The page's own globals are untouched by the widget.
  assert.deepEqual(await page.evaluate(() => [window.init, window.mount, window.wasm, window.Widget]), ['page-init', 'page-mount', 'page-wasm', 'page-Widget']);
  assert.deepEqual(problems(), []);
  await context.close();
});
