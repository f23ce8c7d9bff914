// A small static file server for the demo and the browser tests.
//
//   node tests/tools/serve.mjs [ROOT=www] [PORT=8080]
//
// Listens on 127.0.0.1 only. Serves precompressed .br/.gz siblings when the
// client accepts them, the right MIME types (application/wasm for streaming
// compilation), and immutable caching for content-hashed files.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.fpk': 'application/octet-stream',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Start serving `root`; resolves to { server, url } once listening.
 * `headers` adds response headers to every HTML page (a CSP, say);
 * `mounts` maps URL prefixes to other folders ({ '/test/': 'tests/browser/pages' });
 * `inject` (tests only) is { path, file }: `file` is served at `path`, and
 * every HTML page gets `<script src=path>` as the first thing in its head.
 */
export function serve(root, port = 0, { headers = {}, mounts = {}, inject = null } = {}) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (inject && path === inject.path) {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache' }).end(readFileSync(inject.file));
      return;
    }
    let base = resolve(root);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        base = resolve(dir);
        path = path.slice(prefix.length - 1);
        break;
      }
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>404</title><h1>Not found</h1>');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Assets may be used from any origin (a page elsewhere loading the widget).
    const head = { 'content-type': type, vary: 'accept-encoding', 'access-control-allow-origin': '*' };
    // Content-hashed names never change: cache them for good.
    head['cache-control'] = /-[0-9A-Za-z]{8,}\.(js|wasm|css|fpk)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (type.startsWith('text/html')) Object.assign(head, headers);
    const accept = String(req.headers['accept-encoding'] ?? '');
    let body;
    if (inject && type.startsWith('text/html')) {
      const tag = `<script src="${inject.path}"></script>`;
      const html = readFileSync(file, 'utf8');
      const at = html.search(/<head[^>]*>/i);
      body = Buffer.from(at < 0 ? tag + html : html.replace(/<head[^>]*>/i, (h) => h + tag));
    } else if (/\bbr\b/.test(accept) && existsSync(file + '.br')) {
      body = readFileSync(file + '.br');
      head['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept) && existsSync(file + '.gz')) {
      body = readFileSync(file + '.gz');
      head['content-encoding'] = 'gzip';
    } else {
      body = readFileSync(file);
    }
    head['content-length'] = body.length;
    res.writeHead(200, head);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'www', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port));
  console.log(`factpack demo: ${url}  (Ctrl-C to stop)`);
}
