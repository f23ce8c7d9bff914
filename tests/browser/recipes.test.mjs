// The static-site recipes of the README, each built as a real site: plain
// HTML, Hugo (a shortcode) and Eleventy (a shortcode). Each site uses its own
// bundle (compiled from tests/articles, not the seeds), gets its static
// fallback from `factpack render --into`, and is checked in every engine
// with JavaScript on (the widget) and off (the fallback). The sites are built
// once, before the engines run.
import { before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { COMPILER, dump, eachEngine } from './helpers.mjs';

const R = 'target/recipes';
const run = (cmd, args, cwd = '.') => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Copy a recipe to target/recipes (keeping its node_modules), with the widget's files and a bundle. */
function prepare(name, assetsDir) {
  const dir = join(R, name);
  for (const out of ['public', '_site', 'factpack', 'static']) rmSync(join(dir, out), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join('tests/recipes', name), dir, { recursive: true });
  const assets = join(dir, assetsDir);
  mkdirSync(assets, { recursive: true });
  cpSync('www/factpack', join(assets, 'factpack'), { recursive: true });
  run(COMPILER, ['build', 'tests/articles', '-o', join(assets, 'facts.fpk')]);
  return { dir, bundle: join(assets, 'facts.fpk') };
}

/** Build each recipe's site; returns where its pages are. */
const recipes = {
  plain() {
    const { dir, bundle } = prepare('plain', '.');
    run(COMPILER, ['render', bundle, '--into', dir]);
    return { out: dir, bundle };
  },
  hugo() {
    const { dir, bundle } = prepare('hugo', 'static');
    run('hugo', ['--source', dir, '--destination', 'public', '--quiet']);
    run(COMPILER, ['render', bundle, '--into', join(dir, 'public')]);
    return { out: join(dir, 'public'), bundle };
  },
  eleventy() {
    const { dir, bundle } = prepare('eleventy', '.');
    if (!existsSync(join(dir, 'node_modules/.bin/eleventy'))) run('npm', ['install', '--no-audit', '--no-fund'], dir);
    run('npm', ['run', 'build', '--silent'], dir);
    run(COMPILER, ['render', bundle, '--into', join(dir, '_site')]);
    return { out: join(dir, '_site'), bundle };
  },
};

/** Files and folders under `dir` that a web server running as another user could not read. */
function unreadable(dir) {
  const bad = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const mode = statSync(p).mode;
      if (e.isDirectory()) {
        if ((mode & 0o005) !== 0o005) bad.push(`${p} ${(mode & 0o777).toString(8)}`);
        walk(p);
      } else if ((mode & 0o004) === 0) bad.push(`${p} ${(mode & 0o777).toString(8)}`);
    }
  };
  walk(dir);
  return bad;
}

const built = {};
before(() => {
  // As a deploy user typically has it; the modes of every file are checked below.
  process.umask(0o022);
  for (const [name, build] of Object.entries(recipes)) built[name] = build();
});

const T = 'fact-pack[view=timeline]';
const S = 'fact-pack[view=sources]';

eachEngine((h) => {
  for (const name of Object.keys(recipes)) {
    h.test(`recipe: ${name}`, async () => {
      const { out, bundle } = built[name];
      const facts = dump(bundle);
      const events = facts.facts.filter((f) => f.kind === 'event').length;
      const url = await h.serve(out);
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      assert.equal((html.match(/<fact-pack /g) ?? []).length, 2, 'two elements on the page');
      // A server running as another user can read the whole site (bundle, assets, filled pages).
      assert.deepEqual(unreadable(out).filter((p) => !p.includes('node_modules')), []);

      // JavaScript on: the widget, reading this site's bundle.
      let page = await h.open(url);
      await page.waitFor(`${S} >>> .fp .fp-article`);
      assert.equal(await page.count(`${S} >>> .fp .fp-article`), facts.articles.length);
      await page.waitFor(`${T} >>> .fp .fp-summary`);
      assert.match(await page.text(`${T} >>> .fp .fp-summary`), new RegExp(`^${events} events`));
      assert.equal(await page.visible('fact-pack > .fp-static'), false);
      assert.deepEqual(await page.problems(), []);

      // JavaScript off: the static fallback in both elements.
      page = await h.open(url, { js: false });
      const fallback = `${S} > .fp-static`;
      assert.ok(await page.visible(fallback));
      const titles = await page.texts(`${fallback} .fp-article-title`);
      assert.deepEqual(titles.sort(), facts.articles.map((a) => a.title).sort());
      assert.equal(await page.count(`${T} > .fp-static li time`), events);
      // The fallback's styles are linked once, and apply.
      const radius = await page.eval((s) => getComputedStyle(document.querySelector(s)).borderTopLeftRadius, fallback);
      assert.equal(radius, '12px');
    });
  }
});
