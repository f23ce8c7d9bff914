// Size report of the built widget: raw, gzip and brotli bytes per asset kind.
//
//   node tests/tools/size.mjs [ASSET_DIR=www/factpack]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzip = (b) => gzipSync(b, { level: 9 }).length;
export const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Rows [label, files, raw, gzip, brotli] for the assets listed in the manifest, and their total. */
export function sizeRows(dir) {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const groups = [
    ['wasm', [m.wasm[0]]],
    ['js', [m.entry, m.module]],
    ['css', [m.css[0]]],
    ['bundle', [m.bundle[0]]],
  ];
  const rows = groups.map(([label, files]) => {
    const bytes = files.map((f) => readFileSync(join(dir, f)));
    return [label, files.join(' + '), ...[(b) => b.length, gzip, brotli].map((f) => bytes.reduce((n, b) => n + f(b), 0))];
  });
  const total = ['total', '', 2, 3, 4].map((v, i) => (i < 2 ? v : rows.reduce((n, r) => n + r[v], 0)));
  // The JS API's wasm and glue load only when the API is used: not part of the first load.
  const api = [m.api[0], ...(m.chunks ?? [])].map((f) => readFileSync(join(dir, f)));
  const lazy = ['api*', `${m.api[0]} + ${(m.chunks ?? []).join(' + ')}`, ...[(b) => b.length, gzip, brotli].map((f) => api.reduce((n, b) => n + f(b), 0))];
  return [...rows, total, lazy];
}

export function printTable(rows) {
  const head = ['asset', 'raw', 'gzip', 'brotli', 'files'];
  const lines = [head, ...rows.map((r) => [r[0], r[2], r[3], r[4], r[1]])];
  for (const l of lines) console.log(`${String(l[0]).padEnd(8)} ${String(l[1]).padStart(9)} ${String(l[2]).padStart(9)} ${String(l[3]).padStart(9)}  ${l[4]}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'www/factpack';
  const rows = sizeRows(dir);
  console.log(`factpack widget size (${dir}), bytes:`);
  printTable(rows);
  const total = rows.at(-2)[4];
  console.log(`first load (total), brotli: ${total} bytes = ${(total / 1024).toFixed(1)} KiB (budget 100 KB)`);
  console.log('* loaded only when the JS API (mount, loadBundle) is used');
}
