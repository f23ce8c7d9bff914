// Regenerates the decode target's seed corpus (tests/fuzz/corpus/decode/)
// after a change of the bundle format: a two-article bundle with every part
// of the format (a disagreement, a name's usual form, a quote, a table row,
// an event) and an editor's marks (title, views, a pinned fact with a note, a
// corrected value). `bundle-raw` is the bundle behind a 0 byte (decoded as
// is); `bundle-payload` its payload behind a 1 byte (the fuzz check frames it).
//
//   cargo build --bin factpack && node tests/fuzz/regen-decode-corpus.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = process.env.FACTPACK_BIN || 'target/debug/factpack';
const dir = mkdtempSync(join(tmpdir(), 'fp-decode-corpus-'));
try {
  writeFileSync(join(dir, 'a.md'), `---
title: "Port deal approved"
date: 2026-03-10
publisher: Coastal Herald
---

The Japan Organization for Metals and Energy Security (JOGMEC) said on Monday that JOGMEC will fund 40% of the €240 million harbour expansion.

"This is the biggest investment in a generation," said Maria Silva, the mayor.

| Year | Ships |
| --- | --- |
| 2025 | 1,200 |
`);
  writeFileSync(join(dir, 'b.txt'), `Port deal: the fund's share

JOGMEC will fund 45% of the €240 million harbour expansion, its chief said on March 12, 2026.
`);
  const out = join(dir, 'facts.fpk');
  const build = () => execFileSync(bin, ['build', dir, '-o', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  build();
  const facts = JSON.parse(execFileSync(bin, ['dump', out], { encoding: 'utf8' })).facts;
  const kinds = new Set(facts.map((f) => f.kind));
  for (const k of ['quantity', 'event', 'quote', 'row']) if (!kinds.has(k)) throw new Error(`no ${k} fact`);
  const share = facts.find((f) => f.kind === 'quantity' && f.unit === '%');
  const quote = facts.find((f) => f.kind === 'quote');
  writeFileSync(join(dir, 'factpack.toml'), `[box]
title = "The port deal"
views = ["numbers", "quotes", "compare"]

[facts."${share.id}"]
pin = true
value = 41
note = "From the fund's release"

[facts."${quote.id}"]
pin = true
`);
  build();
  const bytes = readFileSync(out);
  const corpus = 'tests/fuzz/corpus/decode';
  writeFileSync(join(corpus, 'bundle-raw'), Buffer.concat([Buffer.from([0]), bytes]));
  writeFileSync(join(corpus, 'bundle-payload'), Buffer.concat([Buffer.from([1]), bytes.subarray(16)]));
  console.log(`wrote ${corpus}/bundle-raw (${bytes.length + 1} bytes) and bundle-payload`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
