// The browser tests' harness: every test file declares its tests once, inside
// `eachEngine`, and they run in each engine that `ENGINES` selects (default
// chromium, firefox and webkit; see driver/). The harness launches the
// engine, serves the site and any other folder a test asks for on
// 127.0.0.1 (with the probe of driver/probe.js in every HTML page), opens
// pages, and closes everything afterwards.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launch, selectedEngines } from './driver/index.mjs';
import { serve as serveRaw } from '../tools/serve.mjs';

export const COMPILER = process.env.FACTPACK_BIN ?? 'target/compiler/factpack';
const PROBE = { path: '/__fp-probe.js', file: fileURLToPath(new URL('./driver/probe.js', import.meta.url)) };

/** Serve `root` on 127.0.0.1 with the probe injected; resolves to { server, url }. */
export function serve(root, port = 0, options = {}) {
  return serveRaw(root, port, { inject: PROBE, ...options });
}

/** Serve `www/` with the test pages under /test/. */
export function serveSite(options = {}) {
  return serve('www', 0, { ...options, mounts: { '/test/': 'tests/browser/pages/', ...(options.mounts ?? {}) } });
}

/** The JSON view of a bundle. */
export function dump(file = 'target/site/facts.fpk') {
  return JSON.parse(execFileSync(COMPILER, ['dump', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/**
 * Declare tests for every selected engine. `body(h)` declares them with
 * `h.test(name, fn)` or `h.test(name, { skip: { webkit: 'why' } }, fn)`:
 * a test an engine cannot run is skipped there by name, with the reason in
 * the test report. Inside a test:
 * - `h.engine`: { name, version } of the running engine;
 * - `h.url`: the site (www/ and /test/ pages), served for this file;
 * - `h.open(url, { width, height, scheme, js })`: a fresh page (own cookies
 *   and storage), navigated when `url` is given; closed after the test;
 * - `h.serve(root, options)`: serve another folder; resolves to its URL.
 * `options.before(h)` runs once per engine after the site is up.
 */
export function eachEngine(body, options = {}) {
  for (const name of selectedEngines()) {
    describe(name, () => {
      const h = { engine: null, url: null };
      const servers = [];
      let pages = [];
      h.serve = async (root, opts = {}) => {
        const s = await serve(root, 0, opts);
        servers.push(s.server);
        return s.url;
      };
      h.open = async (url, opts = {}) => {
        const page = await h.engine.open(opts);
        pages.push(page);
        if (url) await page.goto(url);
        return page;
      };
      h.test = (title, opts, fn) => {
        if (typeof opts === 'function') [fn, opts] = [opts, {}];
        const why = opts.skip?.[name];
        if (why) return test(title, { skip: `${name}: ${why}` }, () => {});
        // A hung driver call must fail the test, not stall the run.
        return test(title, { timeout: opts.timeout ?? 180000 }, async () => {
          try {
            await fn();
          } finally {
            for (const p of pages) await p.close().catch(() => {});
            pages = [];
          }
        });
      };
      before(async () => {
        h.engine = await launch(name);
        const s = await serveSite(options.site ?? {});
        servers.push(s.server);
        h.url = s.url;
        if (options.before) await options.before(h);
        console.log(`# engine ${name}: ${h.engine.version}`);
      });
      after(async () => {
        for (const p of pages) await p.close().catch(() => {});
        await h.engine?.close();
        for (const s of servers) s.close();
      });
      body(h);
    });
  }
}
