// No jump: when the widget takes the place of the static fallback, what is
// below the element does not move (Cumulative Layout Shift, from the Layout
// Instability API's `layout-shift` entries), at 375 and 1280 px, on the demo
// page (every view) and on a page with a short element (one view) whose
// whole box and the text after it are in view.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { before } from 'node:test';
import { COMPILER, eachEngine } from './helpers.mjs';

const WORK = 'target/layout-test';
const NO_API = 'no Layout Instability API: layout-shift entries are Chromium\'s';

before(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // The demo page with one short view, its fallback filled by the compiler.
  const html = readFileSync('www/index.html', 'utf8')
    .replace(/<fact-pack>[\s\S]*?<\/fact-pack>/, '<fact-pack view="quotes"></fact-pack>')
    .replace(/(src|href)="(?!https?:|\/|#|data:)/g, '$1="/');
  writeFileSync(join(WORK, 'short.html'), html);
  execFileSync(COMPILER, ['render', 'target/site/facts.fpk', '--into', join(WORK, 'short.html')], { stdio: 'pipe' });
});

/** The layout shifts of the page so far, without those after input: their sum and the moved nodes. */
function shifts(p) {
  return p.eval(
    () =>
      new Promise((done) => {
        const seen = [];
        const o = new PerformanceObserver((l) => seen.push(...l.getEntries()));
        o.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          o.disconnect();
          const kept = seen.filter((e) => !e.hadRecentInput);
          done({
            cls: kept.reduce((a, e) => a + e.value, 0),
            moved: kept.flatMap((e) => e.sources.map((s) => `${s.node?.nodeName ?? '?'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`)),
          });
        }, 300);
      }),
  );
}

eachEngine(
  (h) => {
    h.test('the widget takes the static fallback\'s place without moving the page (CLS ≤ 0.05)', { skip: { firefox: NO_API, webkit: NO_API } }, async () => {
      for (const [path, height] of [['', 900], ['layout/short.html', 1800]]) {
        for (const width of [375, 1280]) {
          const p = await h.open(null, { width, height });
          await p.goto(h.url + path);
          await p.waitFor('fact-pack >>> .fp-body .fp-panel');
          // The fallback was on screen before (a slot shows it while the widget loads).
          await p.pause(800);
          const { cls, moved } = await shifts(p);
          console.log(`# CLS ${path || 'demo page'} ${width}×${height}: ${cls.toFixed(3)}`);
          assert.ok(cls <= 0.05, `CLS ${cls.toFixed(3)} at ${width} px on ${path || 'the demo page'}: ${moved.join(', ')}`);
          assert.equal(await p.visible('fact-pack > .fp-static'), false, 'the widget hides the fallback once drawn');
        }
      }
    });

    h.test('once the widget has drawn, its shadow root holds only the widget (the slot that showed the fallback is gone)', async () => {
      const p = await h.open(h.url + 'layout/short.html', { width: 1280, height: 900 });
      await p.waitFor('fact-pack >>> .fp-body .fp-panel');
      assert.equal(await p.eval(() => document.querySelector('fact-pack').shadowRoot.querySelectorAll('slot').length), 0);
      assert.equal(await p.eval(() => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-root').hidden), false);
    });
  },
  { site: { mounts: { '/layout/': WORK } } },
);
