// Size report of the built widget: raw, gzip and brotli bytes per asset kind,
// and what each part of the wasm costs (a twiggy-style table).
//
//   node tests/tools/size.mjs [ASSET_DIR=www/factpack] [NAMED_WASM=target/wb/factpack_bg.wasm]
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

/** Read an unsigned LEB128 at `at`: [value, next offset]. */
function leb(b, at) {
  let v = 0;
  let shift = 0;
  for (;;) {
    const x = b[at++];
    v += (x & 0x7f) * 2 ** shift;
    if (x < 0x80) return [v, at];
    shift += 7;
  }
}

/**
 * The code bytes of each function of a wasm that has a name section, and
 * its data bytes: { funcs: [[name, bytes]], data }.
 */
export function wasmFunctions(bytes) {
  const b = bytes;
  let at = 8;
  let imported = 0;
  const sizes = [];
  const names = new Map();
  let data = 0;
  while (at < b.length) {
    const id = b[at];
    const [len, body] = leb(b, at + 1);
    const end = body + len;
    if (id === 2) {
      // Imports: functions among them take the first indices.
      let [n, p] = leb(b, body);
      for (let i = 0; i < n; i++) {
        let l;
        [l, p] = leb(b, p);
        p += l;
        [l, p] = leb(b, p);
        p += l;
        const kind = b[p++];
        if (kind === 0) {
          imported++;
          [, p] = leb(b, p);
        } else if (kind === 1) {
          p++;
          const flags = b[p++];
          [, p] = leb(b, p);
          if (flags & 1) [, p] = leb(b, p);
        } else if (kind === 2) {
          const flags = b[p++];
          [, p] = leb(b, p);
          if (flags & 1) [, p] = leb(b, p);
        } else if (kind === 3) p += 2;
        else if (kind === 4) {
          p++;
          [, p] = leb(b, p);
        }
      }
    } else if (id === 10) {
      let [n, p] = leb(b, body);
      for (let i = 0; i < n; i++) {
        const [l, q] = leb(b, p);
        sizes.push(q - p + l);
        p = q + l;
      }
    } else if (id === 11) {
      data += len;
    } else if (id === 0) {
      const [nl, p0] = leb(b, body);
      if (Buffer.from(b.subarray(p0, p0 + nl)).toString() === 'name') {
        let p = p0 + nl;
        while (p < end) {
          const sub = b[p];
          const [sl, sp] = leb(b, p + 1);
          if (sub === 1) {
            let [n, q] = leb(b, sp);
            for (let i = 0; i < n; i++) {
              let idx;
              let l;
              [idx, q] = leb(b, q);
              [l, q] = leb(b, q);
              names.set(idx, Buffer.from(b.subarray(q, q + l)).toString());
              q += l;
            }
          }
          p = sp + sl;
        }
      }
    }
    at = end;
  }
  return { funcs: sizes.map((n, i) => [names.get(imported + i) ?? '?', n]), data };
}

const VIEWS = ['numbers', 'timeline', 'compare', 'quotes', 'entities', 'sources', 'tabs'];

/** The widget's own part a path inside factpack names, or null. */
function ownPart(seg) {
  if (seg[1] === 'ui' && seg[2] === 'render') return VIEWS.includes(seg[3]) ? `view: ${seg[3]}` : 'views: shared parts (card, citation, panel)';
  if (seg[1] === 'ui') return `ui: ${seg[2] ?? ''}`;
  if (seg[1] === 'widget') return `widget: ${seg[2] ?? ''}`.replace(/: __component_/, ': ');
  return `factpack: ${seg[1] ?? ''}`;
}

/**
 * The part of the widget a function belongs to, from its (demangled) name.
 * A generic function of Leptos or of the standard library instantiated for
 * a type or closure of one of factpack's components (a view's element tree,
 * its keyed list, its memo) is that component's cost: it is in the wasm
 * because the component is.
 */
export function partOf(name) {
  const own = /factpack::((?:\w+::)*\w+)/.exec(name.replace(/\[[0-9a-f]+\]/g, ''));
  const base = basePart(name);
  if (own && (base === 'Leptos (framework)' || base === 'core, alloc, std (other)' || base === 'core::fmt (formatting)')) {
    const seg = ['factpack', ...own[1].split('::')];
    if (seg[1] === 'ui' && (seg[2] === 'render' || seg[2] === 'state') || seg[1] === 'widget') return ownPart(seg);
  }
  return base;
}

/** The part a function's own path names (its crate, or factpack's module). */
function basePart(name) {
  let n = name.replace(/\[[0-9a-f]+\]/g, '');
  // "<X as Trait>::f": X's path, or the trait's when X is generic.
  const impl = /^<([^ <>]+)(?:<[^>]*>)? as ([^ <>]+)/.exec(n);
  if (impl) n = impl[1] === '_' || !impl[1].includes('::') ? impl[2] : impl[1];
  n = n.replace(/^[(<&*\[]+/, '');
  const seg = n.split('::');
  const krate = seg[0];
  // Inherent methods of primitive types ("<str>::to_lowercase", "<[u8]>::contains").
  if (/^(str|char|bool|[iuf](8|16|32|64|128|size))\]?>/.test(krate)) return /fmt/.test(n) ? 'core::fmt (formatting)' : 'core, alloc, std (other)';
  // wasm-bindgen's exports and runtime helpers.
  if (/^(mount|widget_\w+|__wbindgen\w*|__wbg_\w+|__externref\w*|intounderlying\w*|Closure\(|Ref\(|F64 ->)/.test(n)) return 'browser bindings';
  if (/^(__rustc|__multi3|memcmp|memcpy|memset|memmove|round)$/.test(krate)) return 'core, alloc, std (other)';
  if (/^(indexmap|slotmap|rustc_hash|futures_\w+|wasm_streams|pin_project\w*)$/.test(krate)) return 'Leptos (framework)';
  if (krate === 'factpack') return ownPart(seg);
  if (/^(leptos|tachys|reactive_graph|leptos_\w+|any_spawner|throw_error|or_poisoned|hydration_context|server_fn|next_tuple|send_wrapper)$/.test(krate)) return 'Leptos (framework)';
  if (/(^|::)fmt(::|$)|float_to_decimal|flt2dec|Display|Debug/.test(n) && /^(core|alloc|std)$/.test(krate)) return 'core::fmt (formatting)';
  if (krate === 'dlmalloc') return 'allocator (dlmalloc)';
  if (/^(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures|gloo_\w+)$/.test(krate)) return 'browser bindings';
  if (/^(serde|postcard|serde_core|cobs|crc|crc_catalog)$/.test(krate)) return 'bundle codec (serde, postcard, crc)';
  if (/^(core|alloc|std|compiler_builtins|hashbrown)$/.test(krate)) return 'core, alloc, std (other)';
  return krate === '?' ? 'unnamed' : krate;
}

/**
 * Rows [part, code bytes before wasm-opt, share, ≈ brotli bytes shipped] of a
 * wasm with names: each part's share of the code, and static data, applied
 * to the brotli size of the shipped wasm (an estimate: wasm-opt and brotli
 * are taken to shrink every part alike; inlined generic code counts where
 * it was inlined).
 */
export function partRows(named, shippedBrotli) {
  const { funcs, data } = wasmFunctions(named);
  const parts = new Map();
  for (const [name, n] of funcs) parts.set(partOf(name), (parts.get(partOf(name)) ?? 0) + n);
  parts.set('static data (strings, tables)', data);
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  return [...parts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([part, n]) => [part, n, n / total, Math.round((n / total) * shippedBrotli)]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'www/factpack';
  const rows = sizeRows(dir);
  console.log(`factpack widget size (${dir}), bytes:`);
  printTable(rows);
  const total = rows.at(-2)[4];
  console.log(`first load (total), brotli: ${total} bytes = ${(total / 1024).toFixed(1)} KiB (budget 100 KB)`);
  console.log('* loaded only when the JS API (mount, loadBundle) is used');
  const named = process.argv[3] ?? 'target/wb/factpack_bg.wasm';
  console.log();
  console.log(`what each part of the wasm costs (functions by name, generic code instantiated for a component counted as that component's, in ${named}, before wasm-opt; brotli estimated by share):`);
  console.log(`${'part'.padEnd(44)} ${'code B'.padStart(9)} ${'share'.padStart(7)} ${'≈ brotli'.padStart(9)}`);
  for (const [part, n, share, br] of partRows(readFileSync(named), rows[0][4])) {
    console.log(`${part.padEnd(44)} ${String(n).padStart(9)} ${(share * 100).toFixed(1).padStart(6)}% ${String(br).padStart(9)}`);
  }
}
