// The npm way in: a minimal Vite + TypeScript project (tests/consumer)
// installs the packed tarball from the local file, type-checks against the
// package's declarations, builds, and the built page renders in every engine.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dump, eachEngine } from './helpers.mjs';

const DIR = 'target/consumer';
const TARBALL = 'target/npm/factpack.tgz';
const facts = dump();
const npm = (...args) => execFileSync('npm', [...args, '--no-audit', '--no-fund'], { cwd: DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(() => {
  // node_modules stays between runs, so a warm run installs nothing but the tarball.
  cpSync('tests/consumer', DIR, { recursive: true });
  npm('install');
  npm('install', '--no-save', '../npm/factpack.tgz');
  npm('run', 'build');
});

test('the tarball is an ESM package with an exports map and types', () => {
  const files = execFileSync('tar', ['-tzf', TARBALL], { encoding: 'utf8' }).split('\n');
  const pkg = JSON.parse(execFileSync('tar', ['-xzOf', TARBALL, 'package/package.json'], { encoding: 'utf8' }));
  assert.equal(pkg.type, 'module');
  assert.deepEqual(pkg.exports['.'], { types: './factpack.d.ts', import: './factpack.js', default: './factpack.js' });
  for (const f of ['package/factpack.js', 'package/factpack.d.ts', 'package/README.md', 'package/static.css']) assert.ok(files.includes(f), f);
  assert.ok(files.some((f) => /package\/fp-[0-9a-f]{12}\.wasm$/.test(f)));
  // What was installed is what was packed.
  assert.equal(readFileSync(`${DIR}/node_modules/factpack/factpack.d.ts`, 'utf8'), readFileSync('src/package/factpack.d.ts', 'utf8'));
});

eachEngine((h) => {
  h.test('the Vite build renders the element, a mounted widget and the typed facts', async () => {
    const html = readFileSync(`${DIR}/dist/index.html`, 'utf8');
    assert.match(html, /<script type="module" crossorigin src="\/assets\/index-[^"]+\.js">/);
    const page = await h.open(await h.serve(`${DIR}/dist`));
    // The element, limited to 3 cards by a property set in TypeScript.
    await page.until(() => document.querySelector('#element').shadowRoot?.querySelectorAll('.fp-card').length === 3);
    // The mounted widget: the quotes view, dark theme.
    await page.waitFor('#mounted >>> .fp-quotes .fp-card');
    assert.equal(await page.attr('#mounted', 'theme'), 'dark');
    // The page keeps no reference to what mount() returned: garbage collection
    // (made likely here by a burst of garbage) must not take the widget away.
    await page.eval(async () => {
      for (let i = 0; i < 40; i++) {
        new Array(1 << 20).fill(i);
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    await page.pause(500);
    assert.ok((await page.count('#mounted >>> .fp-quotes .fp-card')) > 0, 'the mounted widget outlives garbage collection');
    // loadBundle() with no URL: the package's own bundle, as typed objects.
    await page.until(() => document.querySelector('#summary').textContent.length > 0);
    const summary = JSON.parse(await page.text('#summary'));
    const quotes = facts.facts.filter((f) => f.kind === 'quote');
    assert.deepEqual(summary, {
      facts: facts.facts.length,
      quotes: quotes.length,
      speakers: new Set(quotes.map((q) => q.speaker).filter(Boolean)).size,
      articles: facts.articles.map((a) => a.id),
    });
    assert.deepEqual(await page.problems(), []);
  });
});
