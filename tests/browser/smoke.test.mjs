// The walking skeleton in a real browser: the demo page shows fact cards from
// the seeds, and a bundle that fails to load shows an error inside the element
// while the host page keeps working.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { launch, openPage, serve } from './helpers.mjs';

let browser, server, url;
before(async () => {
  ({ server, url } = await serve('www'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const seedText = readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')).join('\n');
const dump = JSON.parse(execFileSync('target/compiler/factpack', ['dump', 'target/site/facts.fpk'], { encoding: 'utf8', maxBuffer: 1 << 28 }));

test('demo page shows a card for every fact, citing sentences from the seeds', async () => {
  const { page, context, problems } = await openPage(browser, url);
  const cards = page.locator('fact-pack .fp-card');
  await cards.first().waitFor();
  assert.equal(await cards.count(), dump.facts.length);
  const sentences = await page.locator('fact-pack .fp-source p').allTextContents();
  assert.ok(sentences.length >= dump.facts.length);
  for (const s of sentences) assert.ok(seedText.includes(s), `not a sentence of the seeds: ${s}`);
  const cited = await page.locator('fact-pack .fp-source cite').first().textContent();
  assert.ok(dump.articles.some((a) => a.title === cited), `not an article title: ${cited}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a bundle that fails to load shows an error inside the element; the page keeps working', async () => {
  const { page, context } = await openPage(browser, null);
  await page.goto(url);
  await page.locator('fact-pack .fp-card').first().waitFor();
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
