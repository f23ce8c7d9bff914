// The asset pipeline of `make build` (tests/tools/build.mjs) under the umasks a
// server's deploy user may have: every file it makes gets 0666 minus the
// umask, like any ordinary tool's, so a web server running as another user
// can read them (the temporary-file modes of a careless pipeline would make
// it answer 403).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

for (const [umask, mode] of [['022', 0o644], ['002', 0o664]]) {
  test(`asset pipeline under umask ${umask}: files are ${mode.toString(8)}`, () => {
    const out = `target/modes-${umask}`;
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    execFileSync('sh', ['-c', `umask ${umask} && exec node tests/tools/build.mjs target/wb target/site/facts.fpk ${out}/site ${out}/npm`], { stdio: 'pipe' });
    const made = [...files(`${out}/site`), ...files(`${out}/npm`)];
    assert.ok(made.length > 20, `only ${made.length} files`);
    const wrong = made.filter((f) => (statSync(f).mode & 0o777) !== mode).map((f) => `${f} ${(statSync(f).mode & 0o777).toString(8)}`);
    assert.deepEqual(wrong, []);
  });
}

test('the entry imports the chunks the module needs at once, not the lazy API', async () => {
  const { staticImports } = await import('./build.mjs');
  const cases = [
    ['import{a as x}from"./fp-api-AB12.js";var k=1;let m=await import("./fp-api-CD34.js");', ['fp-api-AB12.js']],
    ['import"./a.js";import * as b from "./b.js";x=import("./c.js")', ['a.js', 'b.js']],
    ['var important="./x.js";let y=import("./y.js")', []],
  ];
  for (const [code, want] of cases) assert.deepEqual(staticImports(code), want, code);
  // The built entry names the module and each chunk it imports statically.
  const built = readFileSync('www/factpack/factpack.js', 'utf8');
  const module = /export \* from "\.\/(fp-[\w-]+\.js)"/.exec(built)?.[1];
  assert.ok(module, built);
  const code = readFileSync(`www/factpack/${module}`, 'utf8');
  for (const f of staticImports(code)) assert.ok(built.includes(`import "./${f}";`), `${f} in ${built}`);
});
