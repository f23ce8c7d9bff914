// The walking skeleton in a real browser: the demo page shows fact cards from
// the seeds, and a bundle that fails to load shows an error inside the element
// while the host page keeps working.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dump, launch, openPage, serveSite } from './helpers.mjs';

let browser, server, url;
before(async () => {
  ({ server, url } = await serveSite());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const seedText = readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')).join('\n');
const facts = dump();

test('demo page shows fact cards that open to sentences of the seeds', async () => {
  const { page, context, problems } = await openPage(browser, url);
  const cards = page.locator('fact-pack .fp .fp-card');
  await cards.first().waitFor();
  assert.ok((await cards.count()) >= 4);
  await page.locator('fact-pack .fp .fp-toggle').first().click();
  const sentence = page.locator('fact-pack .fp .fp-sentence p').first();
  await sentence.waitFor();
  const text = await sentence.textContent();
  assert.ok(seedText.includes(text), `not a sentence of the seeds: ${text}`);
  const marked = await page.locator('fact-pack .fp .fp-sentence mark').first().textContent();
  assert.ok(text.includes(marked) && marked.length > 0);
  const cited = await page.locator('fact-pack .fp .fp-card .fp-citation span, fact-pack .fp .fp-card .fp-citation a').first().getAttribute('title');
  assert.ok(facts.articles.some((a) => a.title === cited), `not an article title: ${cited}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a bundle that fails to load shows an error inside the element; the page keeps working', async () => {
  const { page, context } = await openPage(browser, url);
  await page.locator('fact-pack .fp .fp-card').first().waitFor();
  await page.evaluate(() => {
    const el = document.createElement('fact-pack');
    el.id = 'broken';
    el.setAttribute('src', 'no-such-bundle.fpk');
    document.body.append(el);
  });
  const alert = page.locator('#broken [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /HTTP 404/);
  // An HTML page where a bundle should be: rejected by the decoder's magic check.
  await page.evaluate(() => document.querySelector('#broken').setAttribute('src', 'index.html'));
  await page.waitForFunction(() => /magic/.test(document.querySelector('#broken').shadowRoot.textContent));
  // The host page's own scripts still run.
  assert.equal(await page.evaluate(() => 6 * 7), 42);
  await context.close();
});
