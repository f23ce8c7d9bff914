// Bad input and hostile surroundings in every engine: corrupt bundles,
// articles that carry markup and script, a host page with aggressive global
// CSS and globals named like the widget's.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { COMPILER, eachEngine } from './helpers.mjs';

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

before(() => {
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
});

const E = 'fact-pack >>> .fp';

eachEngine(
  (h) => {
    h.test('corrupt bundles: a clear message inside the element, the page keeps running', async () => {
      const page = await h.open(`${h.url}test/two.html`);
      // The host page's own timer, from before the bad bundles arrive.
      await page.eval(() => {
        window.__ticks = 0;
        setInterval(() => window.__ticks++, 20);
      });
      const cases = { ...Object.fromEntries(Object.entries(corrupt).map(([k, [, re]]) => [k, re])), 'missing.fpk': /HTTP 404/, '../index.html': /wrong magic/ };
      await page.eval((names) => {
        for (const name of names) {
          const el = document.createElement('fact-pack');
          el.setAttribute('src', `/bad/${name}`);
          el.dataset.case = name;
          document.body.append(el);
        }
      }, Object.keys(cases));
      for (const [name, re] of Object.entries(cases)) {
        const sel = `fact-pack[data-case="${name}"] >>> [role=alert]`;
        await page.waitFor(sel, { timeout: 30000 });
        assert.match(await page.text(sel), re, name);
      }
      // The good elements of the page still render; its own timer still runs.
      await page.waitFor('#one >>> .fp .fp-mark');
      const ticks = await page.eval(() => window.__ticks);
      await page.until((t) => window.__ticks > t + 3, ticks);
      const probe = await page.probe();
      assert.deepEqual(probe.rejections, []);
      assert.deepEqual(probe.problems, []);
    });

    h.test('hostile article text is shown as text: nothing executes in the widget or the fallback', async () => {
      for (const js of [true, false]) {
        const page = await h.open(`${h.url}bad/hostile.html`, { js });
        if (js) {
          await page.waitFor(`${E} .fp-tabs`);
          // Every view, every card opened: all hostile text is on screen.
          for (const view of ['numbers', 'timeline', 'compare', 'quotes', 'entities', 'sources']) {
            if (await page.count(`fact-pack >>> .fp #fp-tab-${view}`)) await page.click(`fact-pack >>> .fp #fp-tab-${view}`);
            await page.clickAll(`fact-pack >>> .fp .fp-toggle`);
            await page.clickAll(`fact-pack >>> .fp .fp-switch[data-a^="t"]`);
          }
          const shadowTags = await page.eval(() =>
            [...document.querySelectorAll('fact-pack')].flatMap((f) => [...f.shadowRoot.querySelectorAll('script, img, style, iframe, object')].map((e) => e.tagName)),
          );
          assert.deepEqual(shadowTags, [], 'no element made from article text in the widget');
          const hrefs = await page.eval(() => [...document.querySelectorAll('fact-pack')].flatMap((f) => [...f.shadowRoot.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))));
          assert.ok(hrefs.every((x) => x.startsWith('#fact-') || x.startsWith('http')), hrefs.join(' '));
          const text = await page.eval(() => document.querySelector('fact-pack').shadowRoot.textContent);
          assert.ok(text.includes('Council report') && !/[\u202a-\u202e\u2066-\u2069]/.test(text), 'titles shown, bidi controls removed');
        } else {
          assert.equal(await page.eval(() => customElements.get('fact-pack') === undefined), true, 'no script ran');
        }
        // The fallback in the light DOM: no script but the JSON-LD data block, no handler attributes.
        const light = await page.eval(() => {
          const all = [...document.querySelectorAll('fact-pack *')];
          return {
            scripts: all.filter((e) => e.tagName === 'SCRIPT').map((e) => e.type),
            imgs: all.filter((e) => ['IMG', 'STYLE', 'IFRAME'].includes(e.tagName)).length,
            handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
            ld: JSON.parse(document.querySelector('fact-pack script[type="application/ld+json"]').textContent).itemListElement.length,
          };
        });
        assert.deepEqual(light, { scripts: ['application/ld+json'], imgs: 0, handlers: 0, ld: 2 });
        await page.pause(300);
        assert.equal(await page.eval(() => typeof window.__pwned), 'undefined');
        if (js) assert.deepEqual((await page.probe()).dialogs, []);
        await page.close();
      }
    });

    h.test('a hostile host page: aggressive global CSS and look-alike globals do not break the widget', async () => {
      const page = await h.open(`${h.url}test/hostile-host.html`);
      await page.waitFor(`${E} .fp-card`);
      const box = await page.eval(() => {
        const r = document.querySelector('fact-pack').shadowRoot.querySelector('.fp-card').getBoundingClientRect();
        return { width: r.width, height: r.height };
      });
      assert.ok(box.width > 150 && box.height > 60, JSON.stringify(box));
      const style = await page.eval(() => {
        const s = getComputedStyle(document.querySelector('fact-pack').shadowRoot.querySelector('.fp-card .fp-value'));
        return { size: parseFloat(s.fontSize), transform: s.textTransform, spacing: s.letterSpacing, visibility: s.visibility };
      });
      assert.ok(style.size >= 14, JSON.stringify(style));
      assert.deepEqual([style.transform, style.spacing, style.visibility], ['none', 'normal', 'visible']);
      // Still interactive: a tab switches the view; search filters.
      await page.click(`${E} #fp-tab-quotes`);
      await page.waitFor(`${E} .fp-quotes`);
      await page.fill(`${E} .fp-search`, 'zzzz-nothing');
      await page.waitFor(`${E} .fp-empty`);
      // The page's own globals are untouched by the widget.
      assert.deepEqual(await page.eval(() => [window.init, window.mount, window.wasm, window.Widget]), ['page-init', 'page-mount', 'page-wasm', 'page-Widget']);
      assert.deepEqual(await page.problems(), []);
    });
  },
  { site: { mounts: { '/bad/': WORK } } },
);
