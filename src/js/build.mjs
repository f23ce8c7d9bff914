// Asset pipeline for the widget: content-hashed files plus a stable entry.
//
//   node src/js/build.mjs WASM GLUE BUNDLE OUTDIR
//
// WASM   wasm-opt'ed output of wasm-bindgen (target/wb/opt.wasm)
// GLUE   wasm-bindgen's JS glue for --target web (target/wb/factpack.js)
// BUNDLE the default fact bundle (target/site/facts.fpk)
// OUTDIR where the site's assets go (www/factpack); old hashed files are removed
//
// Writes fp-<hash>.wasm, fp-<hash>.css, facts-<hash>.fpk, fp-<hash>.js (the
// element shim bundled with the glue, minified) and the stable entry
// factpack.js, plus .br and .gz copies for the server. Prints the <script>
// tag with its Subresource Integrity hash.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const [wasmPath, gluePath, bundlePath, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node src/js/build.mjs WASM GLUE BUNDLE OUTDIR');
  process.exit(2);
}

export const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

// Name a file by its content.
function hashed(prefix, ext, bytes) {
  return { file: `${prefix}-${short(bytes)}.${ext}`, bytes, sri: sri(bytes) };
}

// esbuild plugin: resolve 'factpack-glue' to wasm-bindgen's output, and drop
// its default `new URL('factpack_bg.wasm', import.meta.url)` (the shim always
// passes the hashed wasm; bundlers would otherwise look for that file).
const gluePlugin = {
  name: 'factpack-glue',
  setup(build) {
    build.onResolve({ filter: /^factpack-glue$/ }, () => ({ path: resolve(gluePath) }));
    build.onLoad({ filter: /.*/ }, (args) => {
      if (args.path !== resolve(gluePath)) return undefined;
      const src = readFileSync(args.path, 'utf8');
      const out = src.replace(/new URL\(['"][^'"]+_bg\.wasm['"], import\.meta\.url\)/, 'undefined');
      return { contents: out, loader: 'js' };
    });
  },
};

export async function bundleElement(assets, { minify = true } = {}) {
  const result = await esbuild.build({
    entryPoints: [join(here, 'element.js')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    write: false,
    legalComments: 'none',
    define: { __FP_ASSETS__: JSON.stringify(assets) },
    plugins: [gluePlugin],
  });
  return result.outputFiles[0].contents;
}

async function main() {
  const wasm = hashed('fp', 'wasm', readFileSync(wasmPath));
  const css = hashed('fp', 'css', readFileSync(join(here, '..', 'widget', 'style.css')));
  const bundle = hashed('facts', 'fpk', readFileSync(bundlePath));
  const assets = { wasm: [wasm.file, wasm.sri], css: [css.file, css.sri], bundle: [bundle.file, bundle.sri] };
  const js = hashed('fp', 'js', Buffer.from(await bundleElement(assets)));
  const entryText = `// factpack widget entry: defines <fact-pack>. Stable name; the files it loads are content-hashed.\nimport "./${js.file}";\n`;
  const entry = { file: 'factpack.js', bytes: Buffer.from(entryText), sri: sri(Buffer.from(entryText)) };

  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) rmSync(join(outDir, f), { force: true, recursive: true });
  const files = [wasm, css, bundle, js, entry];
  for (const f of files) {
    writeFileSync(join(outDir, f.file), f.bytes);
    writeFileSync(join(outDir, f.file + '.br'), brotliCompressSync(f.bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(join(outDir, f.file + '.gz'), gzipSync(f.bytes, { level: 9 }));
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ entry: entry.file, module: js.file, ...assets }, null, 2) + '\n');
  console.log(`assets in ${outDir}:`);
  for (const f of files) console.log(`  ${f.file.padEnd(28)} ${String(f.bytes.length).padStart(8)} bytes`);
  console.log('embed with (the hashed module never changes, so its integrity hash holds):');
  console.log(`  <script type="module" src="/factpack/${js.file}" integrity="${js.sri}" crossorigin="anonymous"></script>`);
  console.log('  <fact-pack></fact-pack>');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
