// The static-site recipes of the README, each built as a real site: plain
// HTML, Hugo (a shortcode) and Eleventy (a shortcode). Each site uses its own
// bundle (compiled from tests/articles, not the seeds), gets its static
// fallback from `factpack render --into`, and is checked in Chromium with
// JavaScript on (the widget) and off (the fallback).
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { COMPILER, dump, launch, openPage, serve } from './helpers.mjs';

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

let browser;
const servers = [];
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

for (const [name, build] of Object.entries(recipes)) {
  test(`recipe: ${name}`, async () => {
    const { out, bundle } = build();
    const facts = dump(bundle);
    const events = facts.facts.filter((f) => f.kind === 'event').length;
    const { server, url } = await serve(out, 0);
    servers.push(server);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    assert.equal((html.match(/<fact-pack /g) ?? []).length, 2, 'two elements on the page');

    // JavaScript on: the widget, reading this site's bundle.
    let { page, context, problems } = await openPage(browser, url);
    const timeline = page.locator('fact-pack[view=timeline]');
    const sources = page.locator('fact-pack[view=sources]');
    await sources.locator('.fp .fp-article').first().waitFor();
    assert.equal(await sources.locator('.fp .fp-article').count(), facts.articles.length);
    await timeline.locator('.fp .fp-summary').waitFor();
    assert.match(await timeline.locator('.fp .fp-summary').textContent(), new RegExp(`^${events} events`));
    assert.equal(await page.locator('fact-pack > .fp-static').first().isVisible(), false);
    assert.deepEqual(problems(), []);
    await context.close();

    // JavaScript off: the static fallback in both elements.
    ({ page, context } = await openPage(browser, url, { javaScriptEnabled: false }));
    const fallback = page.locator('fact-pack[view=sources] > .fp-static');
    assert.ok(await fallback.isVisible());
    const titles = await fallback.locator('.fp-article-title').allTextContents();
    assert.deepEqual(titles.sort(), facts.articles.map((a) => a.title).sort());
    assert.equal(await page.locator('fact-pack[view=timeline] > .fp-static li time').count(), events);
    // The fallback's styles are linked once, and apply.
    const radius = await fallback.evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    assert.equal(radius, '12px');
    await context.close();
  });
}
