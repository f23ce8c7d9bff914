// The review page in every engine, keyboard first: `j` selects a fact, `h`
// hides it — the curation file says so (the editor's comment kept) and the
// live preview no longer shows it — `u` undoes; `p` pins and `e` edits a
// value, and the preview shows both. Screenshots at 375 and 1280 px, light
// and dark.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { after, before } from 'node:test';
import { COMPILER, eachEngine } from './helpers.mjs';

const DIR = 'target/review-test';
const FILE = `${DIR}/factpack.toml`;
const COMMENT = '# The desk\'s corrections: keep this comment\n';
let server;
let url;

before(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  cpSync('seeds', DIR, { recursive: true });
  writeFileSync(FILE, COMMENT);
  server = spawn(COMPILER, ['review', DIR, '--widget', 'www/factpack'], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise((resolve, reject) => {
    createInterface({ input: server.stdout }).once('line', resolve);
    server.once('exit', (code) => reject(new Error(`factpack review exited with ${code}`)));
  });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/t\/[0-9a-f]{32}\/$/);
});

after(() => server?.kill());

const P = 'fact-pack >>> .fp';
const file = () => readFileSync(FILE, 'utf8');

// Wait for the preview's first card; when it does not come, say what the
// preview shows instead (its words, its src, the page's error line and
// version, and whether the element was defined at all).
async function previewCards(page) {
  try {
    await page.waitFor(`${P} .fp-card`);
  } catch (err) {
    const seen = await page.eval(() => {
      const el = document.querySelector('fact-pack');
      return {
        defined: Boolean(customElements.get('fact-pack')),
        src: el?.getAttribute('src') ?? null,
        shadow: el?.shadowRoot ? el.shadowRoot.textContent.trim().slice(0, 300) : null,
        error: document.querySelector('#rv-error')?.textContent ?? null,
        version: document.body.dataset.version ?? null,
      };
    }).catch((e) => `(the page could not be read: ${e.message})`);
    throw new Error(`${err.message}; the preview: ${JSON.stringify(seen)}`);
  }
}

async function until(what, fn) {
  const end = Date.now() + 20000;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

eachEngine((h) => {
  h.test('keyboard: hide, undo, pin and edit; the file and the preview follow', async () => {
    const page = await h.open(url);
    await page.waitFor('.rv-item');
    await previewCards(page);
    const total = async () => page.text(`${P} .fp-total`);
    const before = await total();
    const n = Number.parseInt(before, 10);

    // j selects the first fact; h hides it.
    await page.eval(() => document.activeElement?.blur());
    await page.press('j');
    const focused = await page.focused();
    assert.match(focused.cls, /rv-item/);
    assert.match(focused.cls, /rv-current/);
    const id = await page.eval(() => document.activeElement.dataset.id);
    await page.press('h');
    await until('the file hides the fact', () => file().includes(`[facts."${id}"]\nhide = true\n`));
    assert.ok(file().startsWith(COMMENT), file());
    await page.waitFor((t) => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-total')?.textContent === t, { args: [`${n - 1} facts`] });
    assert.equal(await page.count(`${P} #fact-${id}`), 0, 'the preview no longer shows it');
    assert.equal(await page.attr(`#rv-${id}`, 'data-hidden'), 'true', 'the list still does, marked');
    assert.match(await page.text('#rv-status'), /Hidden/);

    // u undoes.
    await page.press('u');
    await until('the file is as it was', () => file() === COMMENT);
    await page.waitFor((t) => document.querySelector('fact-pack').shadowRoot.querySelector('.fp-total')?.textContent === t, { args: [before] });

    // p pins; e edits the value; Enter saves.
    await page.press('p');
    await until('the file pins the fact', () => file().includes(`[facts."${id}"]\npin = true\n`));
    await page.waitFor(`${P} #fact-${id} .fp-key`);
    await page.press('e');
    await page.waitFor(`#rv-${id} .rv-form input[name=value]`);
    assert.equal((await page.focused()).tag, 'INPUT');
    await page.fill(`#rv-${id} .rv-form input[name=value]`, '33');
    await page.press('Enter');
    await until('the file has the value', () => file().includes('value = 33\n'));
    await page.waitFor(`${P} #fact-${id} .fp-edited`);
    assert.match(await page.text(`${P} #fact-${id} .fp-value`), /33/);
    await page.eval(() => document.activeElement?.blur());
    await page.press('u');
    await page.press('u');
    await until('the file is as it was', () => file() === COMMENT);
  });

  h.test('screenshots of the review page at 375 and 1280 px, light and dark', async () => {
    const dir = `target/screenshots/${h.engine.name}`;
    mkdirSync(dir, { recursive: true });
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark']) {
        const page = await h.open(url, { width, height: 900, scheme });
        await page.waitFor('.rv-item');
        await previewCards(page);
        await page.press('j');
        await page.press('j');
        await page.press('e');
        await page.pause(200);
        await page.screenshot(`${dir}/review-${width}-${scheme}.png`);
        const overflow = await page.eval(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the review page overflows by ${overflow}px at ${width}px`);
        await page.close();
      }
    }
  });
});
