// Extraction scores against labels: names (with the right kind), quantities
// (value and unit), dated events, quotes with their speaker, precision of
// quantities + events, and chrome that leaked into facts or names. Used by
// `make bench` (on the held-out and development sets) and, during work on
// the extractor, on the development set only.
//
//   node tests/tools/score.mjs articles DIR EXPECTED_DIR [--show] [--json]
//   node tests/tools/score.mjs phrases FILE [--show] [--json]
//
// Matching (one rule for every tool that `make bench` compares):
// - a quantity matches a label when its value equals the label's value or
//   upper bound within 0.1% and its unit is the label's (null for counts;
//   spellings of one unit, `d` and `day`, `km2` and `km²`, are one unit, in
//   a rate's parts too);
//   "values only" ignores the unit;
// - an event matches when its date falls inside the label's date at the
//   label's precision ("2026-03" holds "2026-03-09");
// - a name matches when its name or one of its aliases is the label's name
//   or one of its aliases (case and typographic quotes aside) and its kind is
//   the label's;
// - a quote matches when its words begin with the label's words (or contain
//   them) and its speaker's name or an alias is the label's speaker (a label
//   with an empty speaker, an unnamed source, wants a quote without one);
// - chrome leaks when a label's `absent` string is in a fact's sentence,
//   words or measure, or in a name or alias.
// Each label and each prediction is matched at most once.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const COMPILER = process.env.FACTPACK_BIN ?? 'target/compiler/factpack';

export const norm = (s) =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
// Spellings of one unit that labels use interchangeably: the same unit, not a near miss.
const UNIT_SPELLINGS = { day: 'd', days: 'd', 'km²': 'km2', 'm²': 'm2', 'mi²': 'mi2', 'ft²': 'ft2', 'm³': 'm3', hr: 'h', hrs: 'h' };
const partKey = (u) => UNIT_SPELLINGS[u] ?? u.replace(/²/g, '2').replace(/³/g, '3');
// Each part of a rate too: `day/yr` is `d/yr`.
export const unitKey = (u) => (u == null ? null : u.split('/').map(partKey).join('/'));
const close = (a, b) => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a), Math.abs(b));

export function dateOk(pred, [date, precision]) {
  if (!pred) return false;
  if (precision === 'decade') return pred.slice(0, 3) === date.slice(0, 3) && /^\d/.test(pred);
  if (precision === 'month-day') return pred === date || (pred.length >= 10 && pred.slice(4, 10) === date.slice(1));
  return pred.startsWith(date);
}

/** Greedy one-to-one matching: [hits among predictions, hits among labels]. */
function matchCount(preds, labels, ok) {
  const used = new Set();
  let hits = 0;
  const pairs = [];
  for (const p of preds) {
    for (let k = 0; k < labels.length; k++) {
      if (!used.has(k) && ok(p, labels[k])) {
        used.add(k);
        hits++;
        pairs.push([p, labels[k]]);
        break;
      }
    }
  }
  return { hits, unmatchedLabels: labels.filter((_, k) => !used.has(k)), unmatchedPreds: preds.filter((p) => !pairs.some((x) => x[0] === p)) };
}

function tally() {
  return { found: 0, labeled: 0, right: 0, predicted: 0, misses: [], extra: [] };
}

/** Score one article's bundle view (facts and entities of that article) against its labels. */
export function scoreArticle(view, id, labels, t) {
  const facts = view.facts.filter((f) => f.sources.some((s) => s.article === id));
  const ents = view.entities.filter((e) => e.articles.includes(id));
  const entById = new Map(view.entities.map((e) => [e.id, e]));
  const q = facts.filter((f) => f.kind === 'quantity');
  const quantOk = (unitToo) => (f, l) => {
    const targets = [l[0], ...(l[1] != null ? [l[1]] : [])];
    const vals = [f.value, ...(f.upper != null ? [f.upper] : [])];
    return vals.some((v) => targets.some((x) => close(v, x))) && (!unitToo || unitKey(f.unit) === unitKey(l[2]));
  };
  const add = (name, preds, labs, ok, show) => {
    const m = matchCount(preds, labs, ok);
    const found = matchCount(labs, preds, (l, p) => ok(p, l)).hits;
    t[name].found += found;
    t[name].labeled += labs.length;
    t[name].right += m.hits;
    t[name].predicted += preds.length;
    for (const l of m.unmatchedLabels) t[name].misses.push(`${id}: ${show(l, 'label')}`);
    for (const p of m.unmatchedPreds) t[name].extra.push(`${id}: ${show(p, 'pred')}`);
  };
  const qShow = (x, w) => (w === 'label' ? JSON.stringify(x.slice(0, 4)) : `${f2(x)} «${x.measure}»`);
  const f2 = (f) => `${f.value}${f.upper != null ? '–' + f.upper : ''} ${f.unit ?? ''} ${f.qualifier}`;
  add('quantities', q, labels.quantities ?? [], quantOk(true), qShow);
  add('quantity values', q, labels.quantities ?? [], quantOk(false), qShow);
  const ev = facts.filter((f) => f.kind === 'event');
  add('events', ev, labels.events ?? [], (f, l) => dateOk(f.date, l), (x, w) => (w === 'label' ? JSON.stringify(x) : `${x.date} ${x.precision} «${x.summary}»`));
  const names = (e) => [e.name, ...(e.aliases ?? [])].map(norm);
  add(
    'names',
    ents.filter((e) => e.kind !== 'element'),
    (labels.entities ?? []).filter((e) => e[1] !== 'element'),
    (e, l) => e.kind === l[1] && names(e).some((n) => [l[0], ...(l[2] ?? [])].map(norm).includes(n)),
    (x, w) => (w === 'label' ? `${x[0]} (${x[1]})` : `${x.name} (${x.kind})`),
  );
  add(
    'quotes',
    facts.filter((f) => f.kind === 'quote'),
    labels.quotes ?? [],
    (f, l) => {
      const words = norm(f.quote).replace(/^["']|["']$/g, '');
      const want = norm(l[1]).replace(/^["']|["']$/g, '');
      const sp = f.speaker ? entById.get(f.speaker) : null;
      // An empty speaker in a label is a source the article does not name: the quote has no speaker.
      const who = l[0] === '' ? !sp : !!sp && names(sp).includes(norm(l[0]));
      return (words.startsWith(want) || words.includes(want)) && who;
    },
    (x, w) => (w === 'label' ? `${x[0]}: ${x[1]}` : `${x.speaker ? entById.get(x.speaker)?.name : '?'}: ${x.quote.slice(0, 50)}`),
  );
  for (const s of labels.absent ?? []) {
    const where = [];
    for (const f of facts) {
      const texts = [...f.sources.filter((x) => x.article === id).map((x) => x.sentence), f.measure, f.summary, f.quote];
      if (texts.some((x) => x && x.includes(s))) where.push(`fact ${f.id}`);
    }
    for (const e of ents) if ([e.name, ...e.aliases].some((x) => x.includes(s))) where.push(`name ${e.name}`);
    if (where.length) t.chrome.push(`${id}: ${JSON.stringify(s)} in ${where.slice(0, 3).join(', ')}`);
  }
}

export function emptyTally() {
  return { quantities: tally(), 'quantity values': tally(), events: tally(), names: tally(), quotes: tally(), chrome: [] };
}

export function summary(t) {
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');
  const rows = [];
  for (const k of ['names', 'quantities', 'quantity values', 'events', 'quotes']) {
    rows.push([k, `${t[k].found}/${t[k].labeled}`, pct(t[k].found, t[k].labeled), pct(t[k].right, t[k].predicted)]);
  }
  const qe = { right: t.quantities.right + t.events.right, predicted: t.quantities.predicted + t.events.predicted };
  rows.push(['precision of quantities + events', `${qe.right}/${qe.predicted}`, pct(qe.right, qe.predicted), '']);
  rows.push(['chrome leaked', String(t.chrome.length), '', '']);
  return rows;
}

function dumpDir(dir) {
  execFileSync(COMPILER, ['build', dir, '-o', join(dir, '..', 'score.fpk')], { stdio: 'pipe' });
  return JSON.parse(execFileSync(COMPILER, ['dump', join(dir, '..', 'score.fpk')], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/** Score a folder of articles against a folder of labels (same base names). */
export function scoreArticles(dir, expected) {
  const work = join(tmpdir(), `factpack-score-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'a'), { recursive: true });
  for (const f of readdirSync(dir)) writeFileSync(join(work, 'a', f), readFileSync(join(dir, f)));
  const t0 = process.hrtime.bigint();
  const view = dumpDir(join(work, 'a'));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const t = emptyTally();
  for (const a of view.articles) {
    let labels;
    try {
      labels = JSON.parse(readFileSync(join(expected, `${a.id}.json`), 'utf8'));
    } catch {
      continue;
    }
    scoreArticle(view, a.id, labels, t);
  }
  rmSync(work, { recursive: true, force: true });
  return { t, seconds, articles: view.articles.length };
}

/** Score short phrasings: each becomes an article dated by its reference date. */
export function scorePhrases(file) {
  const phrases = JSON.parse(readFileSync(file, 'utf8'));
  const work = join(tmpdir(), `factpack-phrases-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'a'), { recursive: true });
  phrases.forEach((p, i) => writeFileSync(join(work, 'a', `p${String(i).padStart(4, '0')}.md`), `---\ntitle: "phrase ${i}"\ndate: ${p.ref}\n---\n\n${p.text}\n`));
  const view = dumpDir(join(work, 'a'));
  const t = emptyTally();
  let whole = 0;
  phrases.forEach((p, i) => {
    const id = `p${String(i).padStart(4, '0')}`;
    const labels = { quantities: p.expect.filter((e) => e.quantity).map((e) => [...e.quantity, 'exact', '']), events: p.expect.filter((e) => e.date).map((e) => e.date) };
    const before = JSON.stringify([t.quantities.found, t.quantities.right, t.quantities.predicted, t.events.found, t.events.right, t.events.predicted]);
    const snap = { qf: t.quantities.found, qr: t.quantities.right, qp: t.quantities.predicted, ef: t.events.found, er: t.events.right, ep: t.events.predicted };
    scoreArticle(view, id, labels, t);
    const allFound = t.quantities.found - snap.qf === labels.quantities.length && t.events.found - snap.ef === labels.events.length;
    const noExtra = t.quantities.right - snap.qr === t.quantities.predicted - snap.qp && t.events.right - snap.er === t.events.predicted - snap.ep;
    if (allFound && noExtra) whole++;
    else t.misses = [...(t.misses ?? []), `${id} (${p.ref}) ${p.text}`];
    void before;
  });
  rmSync(work, { recursive: true, force: true });
  return { t, whole, total: phrases.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, a, b] = process.argv.slice(2);
  const show = process.argv.includes('--show');
  const res = mode === 'phrases' ? scorePhrases(a) : scoreArticles(a, b);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(res));
  } else {
    for (const r of summary(res.t)) console.log(r.map((x, i) => (i === 0 ? x.padEnd(34) : String(x).padStart(9))).join(' '));
    if (mode === 'phrases') console.log(`phrases entirely right: ${res.whole}/${res.total}`);
    if (show) {
      for (const k of ['names', 'quantities', 'events', 'quotes']) {
        console.log(`\n## ${k}: missed`);
        for (const m of res.t[k].misses) console.log('  ' + m);
        console.log(`## ${k}: not in the labels`);
        for (const m of res.t[k].extra) console.log('  ' + m);
      }
      console.log('\n## chrome');
      for (const m of res.t.chrome) console.log('  ' + m);
      if (res.t.misses) {
        console.log('\n## phrases not entirely right');
        for (const m of res.t.misses) console.log('  ' + m);
      }
    }
  }
}
