// An editor's corrections as readers see them, in every engine: the seeds
// built with a curation file (a title, three views in the editor's order, a
// hidden fact, a pinned and corrected number with a note, a pinned quote).
// The widget shows the title and only those views, in that order; the pinned
// number first, marked, with the note and an "Edited" disclosure that opens
// to the value before; the hidden fact nowhere; and the static fallback the
// same. Screenshots at 375 and 1280 px, light and dark.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { before } from 'node:test';
import { COMPILER, dump, eachEngine } from './helpers.mjs';

const DIR = 'target/curation-test';
const W = 'fact-pack >>> .fp';
let pinned, quote, hidden;

before(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const facts = dump().facts;
  pinned = facts.find((f) => f.kind === 'quantity' && f.value === 5569);
  quote = facts.filter((f) => f.kind === 'quote').at(-1);
  hidden = facts.find((f) => f.kind === 'quantity' && f.unit === '%');
  writeFileSync(`${DIR}/factpack.toml`, `# The desk's corrections
[box]
title = "Rare earths: the deep-sea bet"
views = ["numbers", "quotes", "timeline"]

[facts."${pinned.id}"]
pin = true
value = 5600        # rounded, as the ministry's release has it
note = "The ministry's release rounds this to 5,600 m."

[facts."${quote.id}"]
pin = true

[facts."${hidden.id}"]
hide = true
`);
  execFileSync(COMPILER, ['build', 'seeds', '-o', `${DIR}/facts.fpk`, '--curation', `${DIR}/factpack.toml`], { stdio: 'pipe' });
  // A box without the key numbers: a name's chip must not open them.
  writeFileSync(`${DIR}/names.toml`, '[box]\nviews = ["entities", "quotes"]\n');
  execFileSync(COMPILER, ['build', 'seeds', '-o', `${DIR}/names.fpk`, '--curation', `${DIR}/names.toml`], { stdio: 'pipe' });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>curated</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/factpack/static.css"><script type="module" src="/factpack/factpack.js"></script></head><body><main><fact-pack src="/curation-test/facts.fpk" limit="40"></fact-pack></main></body></html>`;
  writeFileSync(`${DIR}/index.html`, page);
  writeFileSync(`${DIR}/static.html`, page);
  writeFileSync(`${DIR}/names.html`, page.replace('/curation-test/facts.fpk', '/curation-test/names.fpk'));
  execFileSync(COMPILER, ['render', `${DIR}/facts.fpk`, '--into', `${DIR}/static.html`], { stdio: 'pipe' });
});

eachEngine(
  (h) => {
    h.test('the widget shows the editor’s title, views, pins, notes and edits', async () => {
      const page = await h.open(`${h.url}curation-test/index.html`);
      await page.waitFor(`${W} .fp-card`);
      assert.equal(await page.text(`${W} .fp-title`), 'Rare earths: the deep-sea bet');
      const tabs = await page.eval(() => [...document.querySelector('fact-pack').shadowRoot.querySelectorAll('[role=tab]')].map((t) => t.id));
      assert.deepEqual(tabs, ['fp-tab-numbers', 'fp-tab-quotes', 'fp-tab-timeline']);
      // The pinned number is the first card, marked, with its note; its value is the corrected one.
      const first = `${W} .fp-grid > li:first-child .fp-card`;
      assert.equal(await page.attr(first, 'id'), `fact-${pinned.id}`);
      assert.match(await page.text(`${first} .fp-key`), /Key fact/);
      assert.match(await page.text(`${first} .fp-value`), /5,600 m/);
      assert.match(await page.text(`${first} .fp-note`), /rounds this to 5,600 m/);
      assert.equal(await page.visible(`${first} .fp-edited p`), false, 'the value before is one click away');
      await page.click(`${first} .fp-edited summary`);
      await page.waitFor(`${first} .fp-edited p`);
      assert.match(await page.text(`${first} .fp-edited p`), /^Originally: 5,569 m/);
      // The hidden fact is nowhere.
      assert.equal(await page.count(`${W} #fact-${hidden.id}`), 0);
      // Arrow keys walk the editor's tabs in their order.
      await page.focus(`${W} #fp-tab-numbers`);
      await page.press('ArrowRight');
      await page.waitFor(`${W} #fp-tab-quotes[aria-selected=true]`);
      assert.equal((await page.focused()).id, 'fp-tab-quotes');
      await page.waitFor(`${W} .fp-quotes .fp-card`);
      assert.equal(await page.attr(`${W} .fp-quotes > li:first-child .fp-card`, 'id'), `fact-${quote.id}`);
      await page.press('End');
      await page.waitFor(`${W} #fp-tab-timeline[aria-selected=true]`);
      await page.press('ArrowRight');
      await page.waitFor(`${W} #fp-tab-numbers[aria-selected=true]`);
      assert.deepEqual(await page.problems(), []);
    });

    h.test('a name’s chip opens one of the box’s views, never one it leaves out', async () => {
      const page = await h.open(`${h.url}curation-test/names.html`);
      await page.waitFor(`${W} .fp-chips .fp-chip`);
      const tabs = await page.eval(() => [...document.querySelector('fact-pack').shadowRoot.querySelectorAll('[role=tab]')].map((t) => t.id));
      assert.deepEqual(tabs, ['fp-tab-entities', 'fp-tab-quotes']);
      // A person with a number in the seeds: before the fix, the chip opened the (absent) key numbers.
      await page.click(`${W} .fp-chips .fp-chip`, { text: 'Takaichi' });
      await page.waitFor(`${W} .fp-active`);
      assert.equal(await page.count(`${W} [role=tab][aria-selected=true]`), 1, 'a tab of the box is selected');
      assert.equal(await page.count(`${W} .fp-grid .fp-card`), 0, 'not the key numbers');
      assert.deepEqual(await page.problems(), []);
    });

    h.test('the static fallback shows the same without JavaScript', async () => {
      const page = await h.open(`${h.url}curation-test/static.html`, { js: false });
      await page.waitFor('.fp-static');
      assert.equal(await page.text('.fp-static-title'), 'Rare earths: the deep-sea bet');
      const views = await page.eval(() => [...document.querySelectorAll('.fp-static-view')].map((s) => s.dataset.view));
      assert.deepEqual(views, ['numbers', 'quotes', 'timeline']);
      const first = '.fp-static-view[data-view=numbers] .fp-grid > li:first-child .fp-card';
      assert.equal(await page.attr(first, 'id'), `fact-${pinned.id}`);
      assert.match(await page.text(`${first} .fp-edited summary`), /Edited/);
      assert.equal(await page.count(`#fact-${hidden.id}`), 0);
    });

    h.test('screenshots of the editor’s marks at 375 and 1280 px, light and dark', async () => {
      const dir = `target/screenshots/${h.engine.name}`;
      mkdirSync(dir, { recursive: true });
      for (const width of [375, 1280]) {
        for (const scheme of ['light', 'dark']) {
          const page = await h.open(`${h.url}curation-test/index.html`, { width, height: 900, scheme });
          await page.waitFor(`${W} .fp-card`);
          await page.click(`${W} .fp-grid > li:first-child .fp-edited summary`);
          await page.waitFor(`${W} .fp-grid > li:first-child .fp-edited p`);
          await page.pause(100);
          await page.screenshot(`${dir}/curated-${width}-${scheme}.png`, 'fact-pack');
          const overflow = await page.eval(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `overflows the page by ${overflow}px at ${width}px`);
          await page.close();
        }
      }
    });
  },
  { site: { mounts: { '/curation-test/': `${DIR}/` } } },
);
