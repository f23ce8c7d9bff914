// The widget in Chromium: every view, search and filters with live counts,
// deep links, a keyboard-only walk, two elements on one page, attribute
// changes, accessibility (axe-core) in light and dark, and screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dump, focused, launch, openPage, serveSite } from './helpers.mjs';

let browser, server, url;
before(async () => {
  ({ server, url } = await serveSite());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const facts = dump();
const count = (kind) => facts.facts.filter((f) => f.kind === kind).length;
const tabCount = (page, view) => page.locator(`fact-pack .fp #fp-tab-${view} .fp-count`).first().textContent().then(Number);

async function ready(page) {
  await page.locator('fact-pack .fp .fp-body .fp-panel').first().waitFor();
}

test('every view renders what the bundle holds', async () => {
  const { page, context, problems } = await openPage(browser, url);
  await ready(page);
  assert.equal(await tabCount(page, 'numbers'), count('quantity') + count('row'));
  assert.equal(await tabCount(page, 'timeline'), count('event'));
  assert.equal(await tabCount(page, 'quotes'), count('quote'));
  assert.equal(await tabCount(page, 'compare'), facts.disagreements.length);
  assert.equal(await tabCount(page, 'sources'), facts.articles.length);
  const expect = {
    numbers: 'fact-pack .fp .fp-card .fp-value',
    timeline: 'fact-pack .fp svg .fp-mark',
    compare: 'fact-pack .fp svg .fp-bar',
    quotes: 'fact-pack .fp .fp-quotes .fp-card',
    entities: 'fact-pack .fp .fp-periodic .fp-el',
    sources: 'fact-pack .fp .fp-article',
  };
  for (const [view, sel] of Object.entries(expect)) {
    await page.locator(`fact-pack .fp #fp-tab-${view}`).click();
    await page.locator(sel).first().waitFor();
    assert.equal(await page.locator(`fact-pack .fp #fp-tab-${view}`).getAttribute('aria-selected'), 'true');
  }
  // The disagreement is drawn with its values and sources.
  await page.locator('fact-pack .fp #fp-tab-compare').click();
  const chart = await page.locator('fact-pack .fp .fp-compare').first().textContent();
  for (const id of facts.disagreements[0].facts) {
    const f = facts.facts.find((x) => x.id === id);
    assert.ok(chart.includes(String(f.value)), `${f.value} in ${chart}`);
  }
  // "View as table" gives the same data as a table.
  await page.locator('fact-pack .fp .fp-compare .fp-switch').first().click();
  assert.equal(await page.locator('fact-pack .fp .fp-compare table tbody tr').count(), 2);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('search and filters change the counts as you type', async () => {
  const { page, context } = await openPage(browser, url);
  await ready(page);
  const total = page.locator('fact-pack .fp .fp-total');
  const before = await total.textContent();
  const person = facts.entities.find((e) => e.kind === 'person' && e.aliases.length > 0);
  const quotesBy = facts.facts.filter((f) => f.kind === 'quote' && f.speaker === person.id).length;
  await page.locator('fact-pack .fp .fp-search').pressSequentially(person.aliases.at(-1), { delay: 10 });
  await page.waitForFunction((b) => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-total').textContent !== b, before);
  assert.ok(Number((await total.textContent()).split(' ')[0]) < Number(before.split(' ')[0]));
  assert.equal(await tabCount(page, 'quotes'), quotesBy);
  await page.locator('fact-pack .fp .fp-search').fill('zzzz-no-such-thing');
  await page.locator('fact-pack .fp .fp-empty').waitFor();
  assert.match(await total.textContent(), /^0 /);
  await page.locator('fact-pack .fp .fp-empty .fp-clear').click();
  await page.waitForFunction((b) => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-total').textContent === b, before);
  // An entity chip filters every view, and the filter can be cleared.
  await page.locator('fact-pack .fp #fp-tab-entities').click();
  const org = facts.entities.find((e) => e.kind === 'organization' && facts.facts.filter((f) => f.entities.includes(e.id)).length >= 2);
  await page.locator('fact-pack .fp .fp-chip', { hasText: org.name }).first().click();
  await page.locator('fact-pack .fp .fp-active').waitFor();
  assert.ok((await page.locator('fact-pack .fp .fp-active').textContent()).includes(org.name));
  const withOrg = facts.facts.filter((f) => f.entities.includes(org.id));
  assert.equal(await tabCount(page, 'numbers'), withOrg.filter((f) => f.kind === 'quantity' || f.kind === 'row').length);
  assert.equal(await tabCount(page, 'timeline'), withOrg.filter((f) => f.kind === 'event').length);
  await page.locator('fact-pack .fp .fp-active .fp-clear').click();
  await page.waitForFunction(() => !document.querySelector('fact-pack').shadowRoot.querySelector('.fp-active'));
  await context.close();
});

test('a deep link opens its fact', async () => {
  const event = facts.facts.find((f) => f.kind === 'event' && f.precision === 'day');
  const { page, context, problems } = await openPage(browser, `${url}#fact-${event.id}`);
  const card = page.locator(`fact-pack .fp #fact-${event.id}`);
  await card.waitFor();
  assert.equal(await page.locator('fact-pack .fp #fp-tab-timeline').getAttribute('aria-selected'), 'true');
  await card.locator('.fp-sentence').waitFor();
  assert.ok((await card.locator('.fp-sentence').textContent()).includes(event.sources[0].sentence.slice(0, 40)));
  await page.waitForFunction((id) => document.querySelector('fact-pack').shadowRoot.activeElement?.id === `fact-${id}`, event.id);
  // A later hash change opens another fact.
  const quote = facts.facts.find((f) => f.kind === 'quote');
  await page.evaluate((id) => (location.hash = `#fact-${id}`), quote.id);
  await page.locator(`fact-pack .fp #fact-${quote.id} .fp-sentence`).waitFor();
  assert.equal(await page.locator('fact-pack .fp #fp-tab-quotes').getAttribute('aria-selected'), 'true');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('everything works with the keyboard alone', async () => {
  const { page, context } = await openPage(browser, url);
  await ready(page);
  // Tab from the top of the page into the widget's search box.
  let f = null;
  for (let i = 0; i < 10 && !(f && f.cls.includes('fp-search')); i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
  assert.ok(f.cls.includes('fp-search'), JSON.stringify(f));
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.equal(f.role, 'tab');
  assert.match(f.text, /Key numbers/);
  await page.keyboard.press('ArrowRight');
  f = await focused(page);
  assert.match(f.text, /Timeline/);
  assert.equal(await page.locator('fact-pack .fp #fp-tab-timeline').getAttribute('aria-selected'), 'true');
  // Into the chart: a mark has the focus, arrows move it, Enter selects.
  await page.keyboard.press('Tab');
  f = await focused(page);
  if (f.cls.includes('fp-switch')) {
    for (let i = 0; i < 4 && !f.cls.includes('fp-mark'); i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
  }
  assert.ok(f.cls.includes('fp-mark'), JSON.stringify(f));
  const first = f.a;
  await page.keyboard.press('ArrowLeft');
  f = await focused(page);
  assert.ok(f.cls.includes('fp-mark') && f.a !== first, JSON.stringify(f));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-mark.fp-on'));
  f = await focused(page);
  assert.ok(f.cls.includes('fp-on'), `the selected mark keeps the focus: ${JSON.stringify(f)}`);
  // Back to the numbers; open a card's sources with Enter.
  await page.locator('fact-pack .fp #fp-tab-numbers').focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 6 && !(f && f.cls.includes('fp-toggle')); i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
  assert.ok(f.cls.includes('fp-toggle'), JSON.stringify(f));
  await page.keyboard.press('Enter');
  await page.locator('fact-pack .fp .fp-sources').first().waitFor();
  f = await focused(page);
  assert.ok(f.cls.includes('fp-toggle'), 'focus stays on the button after the re-render');
  // Focus is visible.
  const outline = await page.evaluate(() => {
    let a = document.activeElement;
    while (a.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return getComputedStyle(a).outlineStyle;
  });
  assert.notEqual(outline, 'none');
  await context.close();
});

test('two elements with different views work independently', async () => {
  const { page, context, problems } = await openPage(browser, `${url}test/two.html`);
  const one = page.locator('#one');
  const two = page.locator('#two');
  await one.locator('svg .fp-mark').first().waitFor();
  await two.locator('.fp-quotes .fp-card').first().waitFor();
  assert.equal(await one.locator('.fp-tabs').count(), 0, 'a fixed view has no tabs');
  assert.match(await two.locator('.fp-title').textContent(), /発言/);
  await one.locator('.fp-search').fill('zzzz');
  await one.locator('.fp-empty').waitFor();
  assert.ok((await two.locator('.fp-quotes .fp-card').count()) > 0, 'the other element is not filtered');
  // theme="dark" on the second element only.
  const bg = (loc) => loc.locator('.fp-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await bg(one), await bg(two));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('attribute changes re-render live', async () => {
  const { page, context, problems } = await openPage(browser, url);
  await ready(page);
  const el = page.locator('fact-pack');
  await el.evaluate((e) => e.setAttribute('view', 'sources'));
  await el.locator('.fp .fp-article').first().waitFor();
  assert.equal(await el.locator('.fp-tabs').count(), 0);
  await el.evaluate((e) => e.setAttribute('lang', 'ja'));
  await page.waitForFunction(() => /出典/.test(document.querySelector('fact-pack').shadowRoot.querySelector('.fp-title').textContent));
  await el.evaluate((e) => e.removeAttribute('view'));
  await el.locator('.fp-tabs').waitFor();
  const person = facts.entities.find((e) => e.kind === 'person');
  await el.evaluate((e, name) => e.setAttribute('filter', `entity:${name}`), person.name);
  await el.locator('.fp-active').waitFor();
  await el.evaluate((e) => e.setAttribute('filter', 'kind:quote'));
  await page.waitForFunction(() => document.querySelector('fact-pack').shadowRoot.querySelector('#fp-tab-quotes').getAttribute('aria-selected') === 'true');
  await el.evaluate((e) => e.setAttribute('limit', '1'));
  await page.waitForFunction(() => document.querySelector('fact-pack').shadowRoot.querySelectorAll('.fp-card').length === 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

for (const scheme of ['light', 'dark']) {
  test(`no accessibility violations (axe-core), ${scheme}`, async () => {
    const { page, context, problems } = await openPage(browser, url, { colorScheme: scheme });
    await ready(page);
    await page.addScriptTag({ content: axeSource });
    const violations = [];
    for (const view of ['numbers', 'timeline', 'compare', 'quotes', 'entities', 'sources']) {
      await page.locator(`fact-pack .fp #fp-tab-${view}`).click();
      if (view === 'numbers') await page.locator('fact-pack .fp .fp-toggle').first().click();
      await page.waitForTimeout(100);
      const v = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
      for (const x of v) violations.push(`${view}: ${x.id} (${x.nodes.length}) ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test('screenshots at 375 and 1280 px, light and dark', async () => {
  mkdirSync('target/screenshots', { recursive: true });
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const { page, context, problems } = await openPage(browser, url, { viewport: { width, height: 900 }, colorScheme: scheme });
      await ready(page);
      for (const view of ['numbers', 'timeline', 'compare']) {
        await page.locator(`fact-pack .fp #fp-tab-${view}`).click();
        await page.waitForTimeout(150);
        await page.locator('fact-pack').screenshot({ path: `target/screenshots/${view}-${width}-${scheme}.png` });
        // Nothing sticks out of the element sideways: wide charts scroll inside it.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${view} at ${width}px overflows the page by ${overflow}px`);
      }
      assert.deepEqual(problems(), []);
      await context.close();
    }
  }
});
