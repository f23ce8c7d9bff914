// Asset pipeline for the widget: content-hashed files plus a stable entry,
// and the npm package.
//
//   node tests/tools/build.mjs WB BUNDLE SITE NPM
//
// WB     wasm-bindgen output folders: WB (the widget) and WB-api (with the JS
//        API); each holds factpack.js (glue) and opt.wasm (after wasm-opt)
// BUNDLE the default fact bundle (target/site/facts.fpk)
// SITE   where the site's assets go (www/factpack); old files are removed
// NPM    where the npm package is assembled and packed (target/npm)
//
// SITE gets fp-<hash>.wasm (widget), fp-api-<hash>.wasm (JS API),
// fp-<hash>.css, facts-<hash>.fpk, fp-<hash>.js (the element shim bundled
// with the glue, minified), fp-api-<hash>.js (the API's glue, loaded on
// demand), the stable entry factpack.js, .br and .gz copies for servers, and
// static.css (styles for the static fallback, stable name), and
// manifest.json. Prints the <script> tag with its Subresource Integrity hash.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
// The shipped JavaScript: the element shim, its types and the package README.
const pkgSrc = join(root, 'src', 'package');

export const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

// Name a file by its content.
function hashed(prefix, ext, bytes) {
  return { file: `${prefix}-${short(bytes)}.${ext}`, bytes, sri: sri(bytes) };
}

// esbuild plugin: resolve the two glue modules to wasm-bindgen's output, and
// drop their default `new URL('…_bg.wasm', import.meta.url)` (the shim always
// passes the hashed wasm; bundlers would otherwise look for that file).
function gluePlugin(wb) {
  const glue = { 'factpack-glue': resolve(wb, 'factpack.js'), 'factpack-api-glue': resolve(`${wb}-api`, 'factpack.js') };
  return {
    name: 'factpack-glue',
    setup(build) {
      build.onResolve({ filter: /^factpack-(api-)?glue$/ }, (args) => ({ path: glue[args.path] }));
      build.onLoad({ filter: /factpack\.js$/ }, (args) => {
        if (!Object.values(glue).includes(args.path)) return undefined;
        const src = readFileSync(args.path, 'utf8');
        return { contents: src.replace(/new URL\(['"][^'"]+_bg\.wasm['"], import\.meta\.url\)/, 'undefined'), loader: 'js' };
      });
    },
  };
}

/** The element module and the API chunk, minified; returns [{ name, bytes }]. */
export async function bundleElement(wb, assets, integrity) {
  const result = await esbuild.build({
    entryPoints: [join(pkgSrc, 'element.js')],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: '/out',
    entryNames: 'fp-[hash]',
    chunkNames: 'fp-api-[hash]',
    legalComments: 'none',
    define: Object.fromEntries([...Object.entries(assets).map(([k, v]) => [k, JSON.stringify(v)]), ['__FP_SRI__', JSON.stringify(integrity)]]),
    plugins: [gluePlugin(wb)],
  });
  return result.outputFiles.map((f) => ({ file: basename(f.path), bytes: Buffer.from(f.contents), sri: sri(f.contents) }));
}

/** The files a minified ES module imports statically (`import{a}from"./x.js"`, `import"./x.js"`; not `import("./x.js")`). */
export function staticImports(code) {
  const out = [];
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
    if (!out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

function writeWithCompressed(dir, f) {
  writeFileSync(join(dir, f.file), f.bytes);
  writeFileSync(join(dir, f.file + '.br'), brotliCompressSync(f.bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(dir, f.file + '.gz'), gzipSync(f.bytes, { level: 9 }));
}

function emptyDir(dir) {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { force: true, recursive: true });
}

async function main() {
  const [wb, bundlePath, site, npm] = process.argv.slice(2);
  if (!npm) {
    console.error('usage: node tests/tools/build.mjs WB BUNDLE SITE NPM');
    process.exit(2);
  }
  const wasm = hashed('fp', 'wasm', readFileSync(join(wb, 'opt.wasm')));
  const apiWasm = hashed('fp-api', 'wasm', readFileSync(join(`${wb}-api`, 'opt.wasm')));
  const css = hashed('fp', 'css', readFileSync(join(root, 'src', 'widget', 'style.css')));
  const bundle = hashed('facts', 'fpk', readFileSync(bundlePath));
  const assets = { __FP_WASM__: wasm.file, __FP_API_WASM__: apiWasm.file, __FP_CSS__: css.file, __FP_BUNDLE__: bundle.file };
  const integrity = { wasm: wasm.sri, api: apiWasm.sri, css: css.sri, bundle: bundle.sri };
  const js = await bundleElement(wb, assets, integrity);
  const module = js.find((f) => !f.file.startsWith('fp-api-'));
  const chunks = js.filter((f) => f !== module);
  // The chunks the module imports statically are imported here too, so the browser asks for
  // them at once instead of after it has read the module (one round trip less before the wasm).
  const eager = staticImports(module.bytes.toString('utf8'));
  const entryText =
    `// factpack widget entry: defines <fact-pack>. Stable name; the files it loads are content-hashed.\n` +
    eager.map((f) => `import "./${f}";\n`).join('') +
    `export * from "./${module.file}";\n`;
  const entry = { file: 'factpack.js', bytes: Buffer.from(entryText), sri: sri(Buffer.from(entryText)) };
  // Styles for the static fallback (`factpack render`), which pages link.
  const staticCss = { file: 'static.css', bytes: readFileSync(join(root, 'src', 'ui', 'render', 'static.css')) };

  emptyDir(site);
  const files = [wasm, apiWasm, css, bundle, ...js, entry, staticCss];
  for (const f of files) writeWithCompressed(site, f);
  const manifest = { entry: entry.file, module: module.file, script: [module.file, module.sri], chunks: chunks.map((c) => c.file), wasm: [wasm.file, wasm.sri], api: [apiWasm.file, apiWasm.sri], css: [css.file, css.sri], bundle: [bundle.file, bundle.sri] };
  writeFileSync(join(site, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  // The npm package: the same files, with factpack.js being the module itself.
  const version = JSON.parse(execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1'], { cwd: root, encoding: 'utf8' })).packages.find((p) => p.name === 'factpack').version;
  const pkg = join(npm, 'factpack');
  emptyDir(pkg);
  for (const f of [wasm, apiWasm, css, bundle, staticCss, ...chunks]) writeFileSync(join(pkg, f.file), f.bytes);
  writeFileSync(join(pkg, 'factpack.js'), module.bytes);
  // Written, not copied: a copy would take the source file's mode instead of the umask's.
  writeFileSync(join(pkg, 'factpack.d.ts'), readFileSync(join(pkgSrc, 'factpack.d.ts')));
  writeFileSync(join(pkg, 'README.md'), readFileSync(join(pkgSrc, 'README.md')));
  const packageJson = {
    name: 'factpack',
    version,
    description: 'An interactive fact box for news articles: the <fact-pack> custom element (Leptos/WebAssembly) and a small JS API',
    license: 'MIT OR Apache-2.0',
    type: 'module',
    main: './factpack.js',
    module: './factpack.js',
    types: './factpack.d.ts',
    exports: { '.': { types: './factpack.d.ts', import: './factpack.js', default: './factpack.js' }, './static.css': './static.css', './package.json': './package.json' },
    sideEffects: ['./factpack.js'],
    files: ['factpack.js', 'factpack.d.ts', 'README.md', ...[wasm, apiWasm, css, bundle, staticCss, ...chunks].map((f) => f.file)],
    keywords: ['fact-check', 'news', 'web-component', 'custom-element', 'wasm', 'leptos', 'timeline'],
  };
  writeFileSync(join(pkg, 'package.json'), JSON.stringify(packageJson, null, 2) + '\n');
  mkdirSync(npm, { recursive: true });
  for (const f of readdirSync(npm)) if (f.endsWith('.tgz')) rmSync(join(npm, f));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', resolve(npm)], { cwd: pkg, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop();
  // A fixed name for tests and local installs ("npm install target/npm/factpack.tgz").
  writeFileSync(join(npm, 'factpack.tgz'), readFileSync(join(npm, tarball)));

  console.log(`assets in ${site}:`);
  for (const f of files) console.log(`  ${f.file.padEnd(30)} ${String(f.bytes.length).padStart(8)} bytes`);
  console.log(`npm package: ${join(npm, tarball)}`);
  console.log('embed with (the hashed module never changes, so its integrity hash holds):');
  console.log(`  <script type="module" src="/factpack/${module.file}" integrity="${module.sri}" crossorigin="anonymous"></script>`);
  console.log('  <fact-pack></fact-pack>');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
