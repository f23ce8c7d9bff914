// The walking skeleton in every engine: the demo page shows fact cards from
// the seeds, and a bundle that fails to load shows an error inside the
// element while the host page keeps working.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dump, eachEngine } from './helpers.mjs';

const seedText = readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')).join('\n');
const facts = dump();

eachEngine((h) => {
  h.test('demo page shows fact cards that open to sentences of the seeds', async () => {
    const page = await h.open(h.url);
    await page.waitFor('fact-pack >>> .fp .fp-card');
    assert.ok((await page.count('fact-pack >>> .fp .fp-card')) >= 4);
    await page.click('fact-pack >>> .fp .fp-toggle');
    await page.waitFor('fact-pack >>> .fp .fp-sentence p');
    const text = await page.text('fact-pack >>> .fp .fp-sentence p');
    assert.ok(seedText.includes(text), `not a sentence of the seeds: ${text}`);
    const marked = await page.text('fact-pack >>> .fp .fp-sentence mark');
    assert.ok(text.includes(marked) && marked.length > 0);
    const cited = await page.attr('fact-pack >>> .fp .fp-card .fp-citation span, .fp .fp-card .fp-citation a', 'title');
    assert.ok(facts.articles.some((a) => a.title === cited), `not an article title: ${cited}`);
    assert.deepEqual(await page.problems(), []);
  });

  h.test('a bundle that fails to load shows an error inside the element; the page keeps working', async () => {
    const page = await h.open(h.url);
    await page.waitFor('fact-pack >>> .fp .fp-card');
    await page.eval(() => {
      const el = document.createElement('fact-pack');
      el.id = 'broken';
      el.setAttribute('src', 'no-such-bundle.fpk');
      document.body.append(el);
    });
    await page.waitFor('#broken >>> [role=alert]');
    assert.match(await page.text('#broken >>> [role=alert]'), /HTTP 404/);
    // An HTML page where a bundle should be: rejected by the decoder's magic check.
    await page.eval(() => document.querySelector('#broken').setAttribute('src', 'index.html'));
    await page.until(() => /magic/.test(document.querySelector('#broken').shadowRoot.textContent));
    // The host page's own scripts still run.
    assert.equal(await page.eval(() => 6 * 7), 42);
  });
});
