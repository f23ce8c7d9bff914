// The widget in every engine: every view, search and filters with live
// counts, deep links, a keyboard-only walk, two elements on one page,
// attribute changes, numbers in the page's language, accessibility
// (axe-core) in light and dark, and screenshots.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { before } from 'node:test';
import { COMPILER, dump, eachEngine } from './helpers.mjs';

const facts = dump();
const count = (kind) => facts.facts.filter((f) => f.kind === kind).length;
const W = 'fact-pack >>> .fp';
const tabCount = (page, view) => page.text(`${W} #fp-tab-${view} .fp-count`).then(Number);
const ready = (page) => page.waitFor(`${W} .fp-body .fp-panel`);
const VIEWS = ['numbers', 'timeline', 'compare', 'quotes', 'entities', 'sources'];

// Pages in several languages, each with the fact "5,569 m" deep-linked, and
// their static fallbacks from `render --into`.
const LANG_DIR = 'target/lang-test';
const depth = facts.facts.find((f) => f.kind === 'quantity' && f.value === 5569);
const langPages = {
  'en.html': ['<html lang="en">', '', '5,569 m'],
  'de.html': ['<html lang="de">', '', '5.569 m'],
  'fr-inside-en.html': ['<html lang="en">', '<div lang="fr-FR">', '5\u202f569 m'],
  'element-lang.html': ['<html lang="de">', '<div lang="fr">', '5,569 m', ' lang="en-GB"'],
  'none.html': ['<html>', '', null],
};
before(() => {
  rmSync(LANG_DIR, { recursive: true, force: true });
  mkdirSync(LANG_DIR, { recursive: true });
  for (const [name, [html, wrap, , own = '']] of Object.entries(langPages)) {
    const close = wrap ? '</div>' : '';
    writeFileSync(`${LANG_DIR}/${name}`, `<!doctype html>${html}<head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"><script type="module" src="/factpack/factpack.js"></script></head><body><main>${wrap}<fact-pack view="numbers" filter="kind:quantity" limit="40"${own}></fact-pack>${close}</main></body></html>`);
  }
  execFileSync(COMPILER, ['render', 'target/site/facts.fpk', '--into', LANG_DIR], { stdio: 'pipe' });
});

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

eachEngine((h) => {
  h.test('every view renders what the bundle holds', async () => {
    const page = await h.open(h.url);
    await ready(page);
    assert.equal(await tabCount(page, 'numbers'), count('quantity') + count('row'));
    assert.equal(await tabCount(page, 'timeline'), count('event'));
    assert.equal(await tabCount(page, 'quotes'), count('quote'));
    assert.equal(await tabCount(page, 'compare'), facts.disagreements.length);
    assert.equal(await tabCount(page, 'sources'), facts.articles.length);
    const expect = {
      numbers: `${W} .fp-card .fp-value`,
      timeline: `${W} svg .fp-mark`,
      compare: `${W} svg .fp-bar`,
      quotes: `${W} .fp-quotes .fp-card`,
      entities: `${W} .fp-periodic .fp-el`,
      sources: `${W} .fp-article`,
    };
    for (const [view, sel] of Object.entries(expect)) {
      await page.click(`${W} #fp-tab-${view}`);
      await page.waitFor(sel);
      assert.equal(await page.attr(`${W} #fp-tab-${view}`, 'aria-selected'), 'true');
    }
    // The disagreement is drawn with its values and sources.
    await page.click(`${W} #fp-tab-compare`);
    const chart = await page.text(`${W} .fp-compare`);
    for (const id of facts.disagreements[0].facts) {
      const f = facts.facts.find((x) => x.id === id);
      assert.ok(chart.includes(String(f.value)), `${f.value} in ${chart}`);
    }
    // "View as table" gives the same data as a table.
    await page.click(`${W} .fp-compare .fp-switch`);
    await page.waitFor(`${W} .fp-compare table tbody tr`);
    assert.equal(await page.count(`${W} .fp-compare table tbody tr`), 2);
    assert.deepEqual(await page.problems(), []);
  });

  h.test('search and filters change the counts as you type', async () => {
    const page = await h.open(h.url);
    await ready(page);
    const total = () => page.text(`${W} .fp-total`);
    const before = await total();
    const person = facts.entities.find((e) => e.kind === 'person' && e.aliases.length > 0);
    const quotesBy = facts.facts.filter((f) => f.kind === 'quote' && f.speaker === person.id).length;
    await page.type(`${W} .fp-search`, person.aliases.at(-1));
    await page.until((b) => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-total').textContent !== b, before);
    assert.ok(Number((await total()).split(' ')[0]) < Number(before.split(' ')[0]));
    await page.until((n) => Number(document.querySelector('fact-pack').shadowRoot.querySelector('#fp-tab-quotes .fp-count').textContent) === n, quotesBy);
    await page.fill(`${W} .fp-search`, 'zzzz-no-such-thing');
    await page.waitFor(`${W} .fp-empty`);
    assert.match(await total(), /^0 /);
    await page.click(`${W} .fp-empty .fp-clear`);
    await page.until((b) => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-total').textContent === b, before);
    // An entity chip filters every view, and the filter can be cleared.
    await page.click(`${W} #fp-tab-entities`);
    const org = facts.entities.find((e) => e.kind === 'organization' && facts.facts.filter((f) => f.entities.includes(e.id)).length >= 2);
    // A chip shows the form the articles use most ("JOGMEC"), else the name.
    await page.click(`${W} .fp-chip`, { text: org.usual ?? org.name });
    await page.waitFor(`${W} .fp-active`);
    assert.ok((await page.text(`${W} .fp-active`)).includes(org.name));
    const withOrg = facts.facts.filter((f) => f.entities.includes(org.id));
    assert.equal(await tabCount(page, 'numbers'), withOrg.filter((f) => f.kind === 'quantity' || f.kind === 'row').length);
    assert.equal(await tabCount(page, 'timeline'), withOrg.filter((f) => f.kind === 'event').length);
    await page.click(`${W} .fp-active .fp-clear`);
    await page.until(() => !document.querySelector('fact-pack').shadowRoot.querySelector('.fp-active'));
    // A name with no number: its chip opens the first view that has facts about it.
    const factsOf = (e) => facts.facts.filter((f) => f.entities.includes(e.id));
    const noNumbers = facts.entities.find((e) => e.kind !== 'element' && factsOf(e).length > 0 && factsOf(e).every((f) => f.kind === 'event' || f.kind === 'quote'));
    assert.ok(noNumbers, 'the seeds name someone with no number');
    const want = factsOf(noNumbers).some((f) => f.kind === 'event') ? 'timeline' : 'quotes';
    await page.click(`${W} #fp-tab-entities`);
    await page.click(`${W} .fp-chip`, { text: noNumbers.usual ?? noNumbers.name });
    await page.waitFor(`${W} .fp-active`);
    await page.until((v) => document.querySelector('fact-pack').shadowRoot.querySelector(`#fp-tab-${v}`).getAttribute('aria-selected') === 'true', want);
    assert.equal(await page.count(`${W} .fp-empty`), 0);
    await page.click(`${W} .fp-active .fp-clear`);
  });

  h.test('typing keeps the cards that still match, node for node', async () => {
    const page = await h.open(h.url);
    await ready(page);
    // Mark the cards drawn now: those a query still matches must be the very same nodes.
    const id = await page.eval(() => {
      const cards = [...document.querySelector('fact-pack').shadowRoot.querySelectorAll('.fp-card')];
      for (const c of cards) c.__kept = true;
      return cards[0].id;
    });
    const fact = facts.facts.find((f) => `fact-${f.id}` === id);
    const word = fact.measure.split(/\s+/).find((w) => w.length > 3) ?? fact.measure;
    const before = await page.text(`${W} .fp-total`);
    await page.type(`${W} .fp-search`, word.toLowerCase());
    await page.until((b) => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-total').textContent !== b, before);
    const kept = await page.eval((i) => {
      const s = document.querySelector('fact-pack').shadowRoot;
      return { same: s.getElementById(i)?.__kept === true, cards: s.querySelectorAll('.fp-card').length };
    }, id);
    assert.ok(kept.cards > 0 && kept.same, `"${word}" keeps card ${id}: ${JSON.stringify(kept)}`);
    assert.notEqual(await page.text(`${W} .fp-total`), before);
    assert.deepEqual(await page.problems(), []);
  });

  h.test('a deep link opens its fact', async () => {
    const event = facts.facts.find((f) => f.kind === 'event' && f.precision === 'day');
    const page = await h.open(`${h.url}#fact-${event.id}`);
    const card = `${W} #fact-${event.id}`;
    await page.waitFor(`${card} .fp-sentence`);
    assert.equal(await page.attr(`${W} #fp-tab-timeline`, 'aria-selected'), 'true');
    assert.ok((await page.text(`${card} .fp-sentence`)).includes(event.sources[0].sentence.slice(0, 40)));
    await page.until((id) => document.querySelector('fact-pack').shadowRoot.activeElement?.id === `fact-${id}`, event.id);
    // A later hash change opens another fact.
    const quote = facts.facts.find((f) => f.kind === 'quote');
    await page.eval((id) => (location.hash = `#fact-${id}`), quote.id);
    await page.waitFor(`${W} #fact-${quote.id} .fp-sentence`);
    assert.equal(await page.attr(`${W} #fp-tab-quotes`, 'aria-selected'), 'true');
    assert.deepEqual(await page.problems(), []);
  });

  h.test('everything works with the keyboard alone', async () => {
    const page = await h.open(h.url);
    await ready(page);
    // Tab from the top of the page into the widget's search box.
    let f = null;
    for (let i = 0; i < 12 && !(f && f.cls.includes('fp-search')); i++) {
      await page.press('Tab');
      f = await page.focused();
    }
    assert.ok(f.cls.includes('fp-search'), JSON.stringify(f));
    await page.press('Tab');
    f = await page.focused();
    assert.equal(f.role, 'tab');
    assert.match(f.text, /Key numbers/);
    await page.press('ArrowRight');
    f = await page.focused();
    assert.match(f.text, /Timeline/);
    assert.equal(await page.attr(`${W} #fp-tab-timeline`, 'aria-selected'), 'true');
    // Into the chart: a mark has the focus, arrows move it, Enter selects.
    await page.press('Tab');
    f = await page.focused();
    for (let i = 0; i < 4 && !f.cls.includes('fp-mark'); i++) {
      await page.press('Tab');
      f = await page.focused();
    }
    assert.ok(f.cls.includes('fp-mark'), JSON.stringify(f));
    const first = f.a;
    // The marks are one roving group: one tab stop, the mark last focused.
    const stops = () =>
      [...document.querySelector('fact-pack').shadowRoot.querySelectorAll('.fp-mark')]
        .filter((m) => m.getAttribute('tabindex') === '0')
        .map((m) => m.getAttribute('data-a'));
    await page.press('ArrowLeft');
    f = await page.focused();
    assert.ok(f.cls.includes('fp-mark') && f.a !== first, JSON.stringify(f));
    assert.deepEqual(await page.until((a) => {
      const s = (0, eval)(`(${a})`)();
      return s.length === 1 && s[0] !== null ? s : null;
    }, String(stops)), [f.a], 'the focused mark is the only tab stop');
    await page.press('Enter');
    await page.until(() => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-mark.fp-on'));
    assert.equal((await page.eval((a) => (0, eval)(`(${a})`)(), String(stops))).length, 1, 'one tab stop after Enter');
    f = await page.until(async () => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a && (a.getAttribute('class') ?? '').includes('fp-on') ? a.getAttribute('class') : null;
    });
    assert.ok(f.includes('fp-on'), `the selected mark keeps the focus: ${f}`);
    // Arrows move the focus without selecting; a click then selects another mark:
    // still one tab stop.
    assert.ok((await page.count(`${W} .fp-mark`)) >= 4);
    await page.press('ArrowLeft');
    await page.click(`${W} .fp-mark`, { index: 0 });
    await page.until(() => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-mark.fp-on')?.getAttribute('data-k') === '0');
    assert.equal((await page.eval((a) => (0, eval)(`(${a})`)(), String(stops))).length, 1, 'one tab stop after a click elsewhere');
    // Back to the numbers; open a card's sources with Enter.
    await page.focus(`${W} #fp-tab-numbers`);
    await page.press('Enter');
    f = await page.focused();
    for (let i = 0; i < 8 && !(f && f.cls.includes('fp-toggle')); i++) {
      await page.press('Tab');
      f = await page.focused();
    }
    assert.ok(f.cls.includes('fp-toggle'), JSON.stringify(f));
    const deepActive = () => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a;
    };
    await page.eval((fn) => ((0, eval)(fn)().__kept = true), `(${deepActive})`);
    await page.press('Enter');
    await page.waitFor(`${W} .fp-sources`);
    f = await page.focused();
    assert.ok(f.cls.includes('fp-toggle'), 'focus stays on the button after the card opens');
    assert.equal(await page.eval((fn) => (0, eval)(fn)().__kept === true, `(${deepActive})`), true, 'the very same button: the card changed in place');
    // Focus is visible.
    const outline = await page.eval(() => {
      let a = document.activeElement;
      while (a.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return getComputedStyle(a).outlineStyle;
    });
    assert.notEqual(outline, 'none');
    // A name chip pressed with Enter shows the facts about the name in the key numbers:
    // the focus goes to that view's tab, not to the page.
    await page.focus(`${W} #fp-tab-entities`);
    await page.press('Enter');
    await page.focus(`${W} button.fp-chip`);
    await page.press('Enter');
    await page.waitFor(`${W} .fp-active`);
    f = await page.until(async () => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a && a.getAttribute('role') === 'tab' ? a.id : null;
    });
    assert.equal(f, 'fp-tab-numbers', 'the focus follows the chip to the view it opens');
    assert.equal(await page.attr(`${W} #fp-tab-numbers`, 'aria-selected'), 'true');
  });

  h.test('two elements with different views work independently', async () => {
    const page = await h.open(`${h.url}test/two.html`);
    await page.waitFor('#one >>> svg .fp-mark');
    await page.waitFor('#two >>> .fp-quotes .fp-card');
    assert.equal(await page.count('#one >>> .fp-tabs'), 0, 'a fixed view has no tabs');
    assert.match(await page.text('#two >>> .fp-title'), /発言/);
    await page.fill('#one >>> .fp-search', 'zzzz');
    await page.waitFor('#one >>> .fp-empty');
    assert.ok((await page.count('#two >>> .fp-quotes .fp-card')) > 0, 'the other element is not filtered');
    // theme="dark" on the second element only.
    const bg = (id) => page.eval((i) => getComputedStyle(document.getElementById(i).shadowRoot.querySelector('.fp-root')).backgroundColor, id);
    assert.notEqual(await bg('one'), await bg('two'));
    assert.deepEqual(await page.problems(), []);
  });

  h.test('attribute changes re-render live', async () => {
    const page = await h.open(h.url);
    await ready(page);
    const set = (name, value) => page.eval((n, v) => (v === null ? document.querySelector('fact-pack').removeAttribute(n) : document.querySelector('fact-pack').setAttribute(n, v)), name, value);
    await set('view', 'sources');
    await page.waitFor(`${W} .fp-article`);
    assert.equal(await page.count(`${W} .fp-tabs`), 0);
    await set('lang', 'ja');
    await page.until(() => /出典/.test(document.querySelector('fact-pack').shadowRoot.querySelector('.fp-title').textContent));
    await set('view', null);
    await page.waitFor(`${W} .fp-tabs`);
    const person = facts.entities.find((e) => e.kind === 'person');
    await set('filter', `entity:${person.name}`);
    await page.waitFor(`${W} .fp-active`);
    await set('filter', 'kind:quote');
    await page.until(() => document.querySelector('fact-pack').shadowRoot.querySelector('#fp-tab-quotes').getAttribute('aria-selected') === 'true');
    await set('limit', '1');
    await page.until(() => document.querySelector('fact-pack').shadowRoot.querySelectorAll('.fp-card').length === 1);
    assert.deepEqual(await page.problems(), []);
  });

  h.test("numbers follow the page's language, not the browser's; the fallback writes them alike", async () => {
    const url = await h.serve(LANG_DIR, { mounts: { '/factpack/': 'www/factpack/' } });
    // A browser set to German.
    for (const [name, [, , want]] of Object.entries(langPages)) {
      const expect = want ?? '5.569 m'; // no lang anywhere: the browser's (German)
      const page = await h.open(`${url}${name}`, { locale: 'de-DE' });
      const card = `fact-pack >>> #fact-${depth.id} .fp-value`;
      await page.waitFor(card);
      assert.equal(await page.text(card), expect, `${name} (widget)`);
      assert.deepEqual(await page.problems(), []);
      // Without JavaScript: the fallback, rendered for the same language.
      const still = await h.open(`${url}${name}`, { js: false, locale: 'de-DE' });
      const fallback = await still.text(`fact-pack > .fp-static #fact-${depth.id} .fp-value`);
      // With no lang anywhere the build cannot know the reader's browser: English.
      assert.equal(fallback, want ?? '5,569 m', `${name} (fallback)`);
    }
  });

  for (const scheme of ['light', 'dark']) {
    h.test(`no accessibility violations (axe-core), ${scheme}`, async () => {
      const page = await h.open(h.url, { scheme });
      await ready(page);
      // The reader's preference reached the widget.
      const dark = await page.eval(() => matchMedia('(prefers-color-scheme: dark)').matches);
      assert.equal(dark, scheme === 'dark');
      assert.equal(await page.eval((src) => ((0, eval)(src), typeof window.axe.run), axeSource), 'function');
      const violations = [];
      for (const view of VIEWS) {
        await page.click(`${W} #fp-tab-${view}`);
        if (view === 'numbers') await page.click(`${W} .fp-toggle`);
        await page.pause(100);
        const v = await page.eval(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((x) => ({ id: x.id, targets: x.nodes.map((n) => n.target.join(' ')) })));
        for (const x of v) violations.push(`${view}: ${x.id} (${x.targets.length}) ${x.targets.slice(0, 3).join(', ')}`);
      }
      assert.deepEqual(violations, []);
      assert.deepEqual(await page.problems(), []);
    });
  }

  h.test('screenshots at 375 and 1280 px, light and dark', async () => {
    const dir = `target/screenshots/${h.engine.name}`;
    mkdirSync(dir, { recursive: true });
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark']) {
        const page = await h.open(h.url, { width, height: 900, scheme });
        await ready(page);
        assert.equal(await page.eval(() => innerWidth), width, 'the viewport is the asked width');
        for (const view of ['numbers', 'timeline', 'compare', 'quotes', 'entities', 'sources']) {
          await page.click(`${W} #fp-tab-${view}`);
          await page.pause(150);
          await page.screenshot(`${dir}/${view}-${width}-${scheme}.png`, 'fact-pack');
          // Nothing sticks out of the element sideways: wide charts scroll inside it.
          const overflow = await page.eval(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${view} at ${width}px overflows the page by ${overflow}px`);
        }
        assert.deepEqual(await page.problems(), []);
        await page.close();
      }
    }
  });
});
