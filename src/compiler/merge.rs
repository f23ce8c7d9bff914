//! Stage 6, merge: the same fact reported several times (in one article or
//! many) becomes one fact with several sources; facts get stable ids;
//! implausible values get flags; sources that give different values for the
//! same measure are recorded as disagreements.

use super::extract::words::Tense;
use super::lexicon;
use super::resolve::{RawFact, Resolved, ResolvedDoc};
use super::{CompileError, Warning};
use crate::bundle::{
    Article, Body, Bundle, Disagreement, Fact, FactKind, Flag, Precision, Qualifier, Source,
    fact_id_str,
};
use jiff::civil::Date;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// FNV-1a, 64 bits: a stable hash (the same on every machine and in every
/// version of Rust, unlike `std`'s) for the facts' ids.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.bytes(bytes);
    h.0
}

/// FNV-1a, 64 bits, fed piece by piece (no key string is built).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 = (self.0 ^ x as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes(c.encode_utf8(&mut buf).as_bytes());
    }
}

/// Text as a fact's id reads it: each run of white space as one space
/// (none at the end), and every quotation mark as its ASCII form (curly,
/// low, angle and prime quotes are the same words). ASCII, most of any
/// text, is hashed byte by byte without decoding.
fn id_text(s: &str, h: &mut Fnv) {
    let mut space = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let c = if b < 0x80 {
            i += 1;
            // `char::is_whitespace` of the ASCII range.
            if matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
                space = true;
                continue;
            }
            if space {
                h.bytes(b" ");
                space = false;
            }
            // ASCII maps to ASCII (only '`' changes).
            h.bytes(&[id_char(b as char) as u8]);
            continue;
        } else {
            // A char boundary: `i` only ever moves by whole characters.
            let c = s[i..].chars().next().unwrap_or('\u{fffd}');
            i += c.len_utf8();
            c
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            h.char(' ');
            space = false;
        }
        h.char(id_char(c));
    }
}

/// A character as a fact's id reads it: every quotation mark as its ASCII form.
fn id_char(c: char) -> char {
    match c {
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '〝' | '〞' | '＂' => '"',
        '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | '＇' | '`' | '´' => '\'',
        c => c,
    }
}

/// The part of `s` between two character offsets (clamped to its end).
fn char_slice(s: &str, a: usize, z: usize) -> &str {
    if s.is_ascii() {
        let n = s.len();
        return &s[a.min(n)..z.max(a).min(n)];
    }
    let at = |k: usize| s.char_indices().nth(k).map_or(s.len(), |(i, _)| i);
    let start = at(a);
    let end = if z <= a { start } else { at(z) };
    &s[start..end]
}

/// The id one report of a fact would have: a hash of its article's id, the
/// fact's kind, its sentence and its own words in the sentence (the
/// sentence's text normalized by [`id_text`], so neither its place in the
/// article nor the white space or quote marks around it count), and, when
/// the same key comes again in the article, which time it is (`n`).
pub fn report_id(article: &str, kind: FactKind, sentence: &str, span: [u32; 2], n: u32) -> u64 {
    let mut h = Fnv::default();
    h.bytes(article.as_bytes());
    h.char('\u{1f}');
    h.bytes(kind.as_str().as_bytes());
    h.char('\u{1f}');
    id_text(sentence, &mut h);
    h.char('\u{1f}');
    id_text(
        char_slice(sentence, span[0] as usize, span[1] as usize),
        &mut h,
    );
    if n > 0 {
        h.char('\u{1f}');
        h.bytes(n.to_string().as_bytes());
    }
    h.0
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or",
    "its", "their", "his", "her", "this", "that", "these", "those", "is", "are", "was", "were",
    "be", "been", "it", "as",
];

/// Content words of a phrase, lower case, with plural "s" dropped: a sorted
/// list without repeats, borrowing the words of the phrase that are already
/// in lower case (most are).
fn content_words(s: &str) -> Vec<Cow<'_, str>> {
    let mut out: Vec<Cow<'_, str>> = Vec::new();
    for w in s.split(|c: char| !c.is_alphanumeric() && c != '-') {
        let w: Cow<'_, str> = if w.is_ascii() {
            if w.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(w.to_ascii_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        } else {
            Cow::Owned(w.to_lowercase().replace('’', "'"))
        };
        if w.is_empty() || STOP.contains(&w.as_ref()) {
            continue;
        }
        let w = if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            match w {
                Cow::Borrowed(b) => Cow::Borrowed(&b[..b.len() - 1]),
                Cow::Owned(mut o) => {
                    o.pop();
                    Cow::Owned(o)
                }
            }
        } else {
            w
        };
        out.push(w);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The words of a measure for comparing it with others; for percentages the
/// words of a market share count as "share".
fn measure_key<'a>(measure: &'a str, unit: Option<&str>) -> Vec<Cow<'a, str>> {
    let mut w = content_words(measure);
    if unit == Some("%") {
        let before = w.len();
        w.retain(|x| {
            !(lexicon::SHARE_WORDS.contains(&x.as_ref())
                || lexicon::SHARE_WORDS.contains(&format!("{x}s").as_str()))
        });
        if w.len() < before {
            w.push(Cow::Borrowed("share"));
            w.sort_unstable();
            w.dedup();
        }
    }
    w
}

/// A merged fact under construction.
struct Merged {
    body: Body,
    sources: Vec<Source>,
    /// The article of the last source (kept here to spare a look into
    /// `sources` when candidates are compared).
    last_article: u32,
    entities: Vec<u32>,
    /// The same, sorted, for look-ups (a fact reported a thousand times
    /// may name hundreds).
    entity_set: Vec<u32>,
    subject: Option<u32>,
    /// (published, tense, first day) of each dated source, for flags.
    dated: Vec<(Option<Date>, Tense, Date)>,
    /// Content words (interned ids, sorted).
    words: Vec<u32>,
    /// A quote's normalized words.
    norm: String,
    /// The measures it is indexed by (its reports'), sorted.
    measures: Vec<u32>,
    /// The other keys it is indexed by in its bucket.
    indexed: Vec<Key>,
    /// The report the fact's id comes from: the one in the earliest
    /// published article (undated articles last, ties by article id), the
    /// first in that article; its publication date, article and id.
    origin: (Option<Date>, u32, u64),
}

/// Does a report in article `a` (published `date`) give a fact its id
/// rather than the report of `origin`? See [`Merged::origin`].
fn earlier(date: Option<Date>, a: u32, origin: (Option<Date>, u32, u64), ids: &[Article]) -> bool {
    let (d, b, _) = origin;
    (date.is_none(), date, ids[a as usize].id.as_str())
        < (d.is_none(), d, ids[b as usize].id.as_str())
}

/// Push `x` unless `list` holds it already; lists are short (a fact's
/// sources and entities), so a scan beats a set.
fn push_new<T: PartialEq + Copy>(list: &mut Vec<T>, x: T) -> bool {
    let new = !list.contains(&x);
    if new {
        list.push(x);
    }
    new
}

/// Insert `x` into a sorted list unless it holds it already.
fn insert_sorted(list: &mut Vec<u32>, x: u32) -> bool {
    match list.binary_search(&x) {
        Ok(_) => false,
        Err(at) => {
            list.insert(at, x);
            true
        }
    }
}

/// Interned strings (content words, units, dates, keys): comparisons of
/// word sets work on sorted ids, and keys are small numbers.
#[derive(Default)]
struct Interner(HashMap<String, u32>);

impl Interner {
    fn id(&mut self, w: &str) -> u32 {
        if let Some(&i) = self.0.get(w) {
            return i;
        }
        let next = self.0.len() as u32;
        self.0.insert(w.to_string(), next);
        next
    }

    /// Ids of a sorted word list, given in the order of the words (so that
    /// ids are numbered as the words first appear in that order), sorted.
    fn ids(&mut self, words: &[Cow<'_, str>]) -> Vec<u32> {
        let mut v: Vec<u32> = words.iter().map(|w| self.id(w)).collect();
        v.sort_unstable();
        v
    }
}

fn intersect(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// |A ∩ B| / min(|A|, |B|) of two sorted id sets: 1 when one holds the other.
fn overlap_ids(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return if a.is_empty() && b.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    intersect(a, b) as f64 / a.len().min(b.len()) as f64
}

fn jaccard_ids(a: &[u32], b: &[u32]) -> f64 {
    let i = intersect(a, b);
    let u = a.len() + b.len() - i;
    if u == 0 { 1.0 } else { i as f64 / u as f64 }
}

fn qual_compatible(a: Qualifier, b: Qualifier) -> bool {
    a == b
        || matches!(
            (a, b),
            (Qualifier::Exact, Qualifier::Approx) | (Qualifier::Approx, Qualifier::Exact)
        )
}

/// Keep the more informative wording of a merged quantity: "approximately
/// 70%" over a bare "70%", and the longer measure.
fn refine(kept: &mut Body, other: &Body) {
    if let (
        Body::Quantity {
            qualifier: q1,
            measure: m1,
            ..
        },
        Body::Quantity {
            qualifier: q2,
            measure: m2,
            ..
        },
    ) = (kept, other)
    {
        if *q1 == Qualifier::Exact && *q2 == Qualifier::Approx {
            *q1 = Qualifier::Approx;
        }
        if m2.split_whitespace().count() > m1.split_whitespace().count() {
            *m1 = m2.clone();
        }
    }
}

/// Coarse key that two mergeable facts share: the same amount and unit, the
/// same date, the same speaker, the same row.
#[derive(Clone, PartialEq, Eq, Hash)]
enum BucketKey {
    Quantity(u64, u64, Option<u32>),
    Event(u32, Precision),
    Quote(Option<u32>),
    Row(String),
}

/// A value's bits, with every NaN as one (an absent upper bound is NaN).
fn value_bits(v: f64) -> u64 {
    if v.is_nan() {
        f64::NAN.to_bits()
    } else {
        v.to_bits()
    }
}

fn bucket_key(body: &Body, strings: &mut Interner) -> BucketKey {
    match body {
        Body::Quantity {
            value, upper, unit, ..
        } => BucketKey::Quantity(
            value_bits(*value),
            value_bits(upper.unwrap_or(f64::NAN)),
            unit.as_deref().map(|u| strings.id(u)),
        ),
        Body::Event {
            date, precision, ..
        } => BucketKey::Event(strings.id(date), *precision),
        Body::Quote { speaker, .. } => BucketKey::Quote(*speaker),
        Body::Row { table, cells } => BucketKey::Row(format!("{table}|{cells:?}")),
    }
}

fn norm_quote(q: &str) -> String {
    q.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn same_fact(m: &Merged, f: &RawFact, words: &[u32], norm: &str, article: u32) -> bool {
    // Across articles, an amount is the same fact only about the same things:
    // "a million households" in a storm story and in a budget story are two facts.
    // Articles are merged in order, so the last source has the latest article.
    if matches!(f.body, Body::Quantity { .. })
        && m.last_article != article
        && !f
            .entities
            .iter()
            .any(|e| m.entity_set.binary_search(e).is_ok())
        && !(m.subject.is_some() && m.subject == f.subject)
    {
        return false;
    }
    match (&m.body, &f.body) {
        // The same amount is the same fact only when something says what it is
        // of: the same measure words, or the same subject. Two bare "4 years"
        // in unrelated articles are not one fact.
        (
            Body::Quantity {
                qualifier: a,
                measure: ma,
                ..
            },
            Body::Quantity {
                qualifier: b,
                measure: mb,
                ..
            },
        ) => {
            let said = !m.words.is_empty() && !words.is_empty();
            qual_compatible(*a, *b)
                && (ma == mb && !ma.is_empty()
                    || (m.subject.is_some() && m.subject == f.subject)
                    || said && overlap_ids(&m.words, words) >= 0.5)
        }
        (Body::Event { .. }, Body::Event { .. }) => {
            !m.words.is_empty() && !words.is_empty() && jaccard_ids(&m.words, words) >= 0.6
        }
        (Body::Quote { .. }, Body::Quote { .. }) => {
            let (a, b) = (m.norm.as_str(), norm);
            a == b
                || (a.len().min(b.len()) * 10 >= a.len().max(b.len()) * 8
                    && (a.contains(b) || b.contains(a)))
        }
        (Body::Row { .. }, Body::Row { .. }) => true,
        _ => false,
    }
}

fn fact_words(f: &RawFact) -> Vec<Cow<'_, str>> {
    match &f.body {
        Body::Quantity { measure, .. } => content_words(measure),
        Body::Event { summary, .. } => content_words(summary),
        Body::Quote { quote, .. } => content_words(quote),
        Body::Row { .. } => Vec::new(),
    }
}

/// How much comparing merge did: the work that must grow no faster than
/// the corpus (`tests/scaling.rs` checks it on 1× and 4× the articles).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Merged facts a new report was compared with (`same_fact` calls).
    pub compared: u64,
    /// Facts looked at to find disagreements.
    pub disagreement_checks: u64,
    /// Entries of the merge index read to find candidates.
    pub scanned: u64,
    /// Entries of the merge index written (its size).
    pub indexed: u64,
}

/// Merge resolved articles into a bundle. Deterministic: the output depends
/// only on the input's content and order.
///
/// Fails only on a true collision of two facts' 64-bit ids (two different
/// keys with one hash), which no build may resolve by order.
pub fn merge(
    resolved: Resolved,
    _warnings: &mut Vec<Warning>,
    counts: &mut Counts,
) -> Result<Bundle, CompileError> {
    let mut bundle = Bundle {
        entities: resolved.entities,
        ..Default::default()
    };
    let docs = resolved.docs;
    // One pass in article order gives each report what depends on the
    // reports before it: its sentence's index, interned words and keys
    // (ids numbered in order of first use), and its bucket.
    let mut sentence_ix: HashMap<&str, u32> = HashMap::default();
    let mut interner = Interner::default();
    let mut bucket_of: HashMap<BucketKey, u32> = HashMap::default();
    let mut sizes: Vec<u32> = Vec::new();
    // Each report's sentence, words and keys (ranges of two shared lists)
    // and bucket; its id and a quote's normalized words.
    let (mut word_list, mut key_list) = (Vec::new(), Vec::new());
    let reports = docs.iter().map(|d| d.facts.len()).sum();
    let mut given: Vec<(u32, [u32; 2], [u32; 2], u32)> = Vec::with_capacity(reports);
    let mut ids: Vec<(u64, String)> = Vec::with_capacity(reports);
    let mut keys = Vec::new();
    // What each report's own text gives it (its id, content words, a
    // quote's normalized words) comes first, for each article apart, on
    // every core; a few hundred articles at a time, so that the words of
    // only those are held.
    for chunk in docs.chunks(256) {
        let own: Vec<Vec<(u64, Vec<Cow<'_, str>>, String)>> =
            chunk.par_iter().with_max_len(8).map(own_words).collect();
        for (doc, own) in chunk.iter().zip(own) {
            // The bundle's index of each of the article's sentences, once known.
            let mut cited = vec![u32::MAX; doc.sentences.len()];
            for (f, (id, words, norm)) in doc.facts.iter().zip(own) {
                // (The first report of a sentence moves it into the bundle below.)
                let local = &mut cited[f.sentence as usize];
                if *local == u32::MAX {
                    let next = sentence_ix.len() as u32;
                    *local = *sentence_ix
                        .entry(&doc.sentences[f.sentence as usize])
                        .or_insert(next);
                }
                let sentence = *local;
                let w = word_list.len() as u32;
                word_list.extend(interner.ids(&words));
                index_keys(f, &norm, &mut interner, &mut keys);
                let k = key_list.len() as u32;
                key_list.extend_from_slice(&keys);
                let key = bucket_key(&f.body, &mut interner);
                let b = *bucket_of.entry(key).or_insert_with(|| {
                    sizes.push(0);
                    sizes.len() as u32 - 1
                });
                sizes[b as usize] += 1;
                given.push((
                    sentence,
                    [w, word_list.len() as u32],
                    [k, key_list.len() as u32],
                    b,
                ));
                ids.push((id, norm));
            }
        }
    }
    bundle.sentences = vec![String::new(); sentence_ix.len()];
    drop((sentence_ix, bucket_of));
    // The reports, by bucket, in report order; where each went (bucket,
    // position); each article's first report and the links between its facts.
    let mut buckets: Vec<Vec<Report>> = sizes
        .iter()
        .map(|&n| Vec::with_capacity(n as usize))
        .collect();
    let mut placed: Vec<(u32, u32)> = Vec::with_capacity(given.len());
    let mut doc_links: Vec<(usize, Vec<Option<usize>>)> = Vec::with_capacity(docs.len());
    let mut given = given.into_iter();
    let mut ids = ids.into_iter();
    for (a, mut doc) in docs.into_iter().enumerate() {
        bundle.articles.push(doc.meta);
        doc_links.push((placed.len(), doc.facts.iter().map(|f| f.link).collect()));
        for f in doc.facts {
            let (sentence, words, keys, b) = given.next().expect("one per report");
            let (id, norm) = ids.next().expect("one per report");
            let cited = &mut bundle.sentences[sentence as usize];
            if cited.is_empty() {
                *cited = std::mem::take(&mut doc.sentences[f.sentence as usize]);
            }
            let bucket = &mut buckets[b as usize];
            placed.push((b, bucket.len() as u32));
            bucket.push(Report {
                seq: placed.len() as u32 - 1,
                published: doc.published,
                source: Source {
                    article: a as u32,
                    sentence,
                    span: f.span,
                },
                id,
                words,
                norm,
                keys,
                fact: f,
            });
        }
    }
    // Facts merge only within a bucket (the same value and unit, the same
    // date, the same speaker): the buckets merge apart, on every core, the
    // largest first.
    let mut order: Vec<usize> = (0..buckets.len()).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
    let mut work: Vec<(usize, Vec<Report>)> = order
        .into_iter()
        .map(|b| (b, std::mem::take(&mut buckets[b])))
        .collect();
    let articles = &bundle.articles;
    // (Eight buckets at most per task: the largest come first, and rayon's
    // even split would leave them all to one thread.)
    let mut done: Vec<(usize, MergedBucket)> = work
        .par_drain(..)
        .with_max_len(8)
        .map(|(b, reports)| (b, merge_bucket(reports, articles, &word_list, &key_list)))
        .collect();
    done.sort_unstable_by_key(|d| d.0);
    // The merged facts in the order they were first reported, as one pass
    // over all the reports would have made them.
    let mut created: Vec<(u32, u32, u32)> = Vec::new();
    for (b, d) in &done {
        counts.compared += d.compared;
        counts.scanned += d.scanned;
        counts.indexed += d.indexed;
        created.extend(
            d.merged
                .iter()
                .enumerate()
                .map(|(i, m)| (m.0, *b as u32, i as u32)),
        );
    }
    created.sort_unstable();
    let mut index: Vec<Vec<usize>> = done.iter().map(|(_, d)| vec![0; d.merged.len()]).collect();
    for (i, &(_, b, local)) in created.iter().enumerate() {
        index[b as usize][local as usize] = i;
    }
    let fact_of = |g: usize| {
        let (b, pos) = placed[g];
        index[b as usize][done[b as usize].1.of_report[pos as usize] as usize]
    };
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (first, local_links) in &doc_links {
        for (k, link) in local_links.iter().enumerate() {
            if let Some(l) = link {
                links.push((fact_of(first + k), fact_of(first + l)));
            }
        }
    }
    let mut slots: Vec<Vec<Option<Merged>>> = done
        .into_iter()
        .map(|(_, d)| d.merged.into_iter().map(|m| Some(m.1)).collect())
        .collect();
    let mut merged: Vec<Merged> = created
        .iter()
        .map(|&(_, b, local)| {
            slots[b as usize][local as usize]
                .take()
                .expect("each fact once")
        })
        .collect();
    drop(slots);
    for (from, to) in links {
        if from != to {
            if let Body::Quantity { same_as, .. } = &mut merged[from].body {
                same_as.get_or_insert(to as u32);
            }
        }
    }
    bundle.disagreements = disagreements(&merged, &bundle, &mut interner, counts);
    let mut used: HashMap<u64, usize> = HashMap::default();
    bundle.facts.reserve_exact(merged.len());
    for m in merged {
        let id = m.origin.2;
        if let Some(&other) = used.get(&id) {
            // Every report has its own key (article, kind, sentence, words,
            // repeat), so two facts with one id are two keys with one hash.
            let o: &Fact = &bundle.facts[other];
            let file = &bundle.articles[m.sources[0].article as usize].file;
            return Err(CompileError::new(
                file,
                None,
                format!(
                    "two facts have the id {}: {:?} and {:?} (a 64-bit hash collision; please report it)",
                    fact_id_str(id),
                    bundle.sentences[m.sources[0].sentence as usize],
                    bundle.sentences[o.sources[0].sentence as usize],
                ),
            ));
        }
        used.insert(id, bundle.facts.len());
        let flags = flags(&m);
        bundle.facts.push(Fact {
            id,
            body: m.body,
            sources: m.sources,
            entities: m.entities,
            flags,
            pinned: false,
            note: None,
            edited: Vec::new(),
        });
    }
    Ok(bundle)
}

/// A report's id (which counts its repeats in the article), content words
/// and a quote's normalized words, for each fact of an article.
fn own_words(doc: &ResolvedDoc) -> Vec<(u64, Vec<Cow<'_, str>>, String)> {
    let mut seen: HashMap<u64, u32> = HashMap::default();
    doc.facts
        .iter()
        .map(|f| {
            let (art, kind) = (&doc.meta.id, f.body.kind());
            let sentence = &doc.sentences[f.sentence as usize];
            let first = report_id(art, kind, sentence, f.span, 0);
            let n = seen.entry(first).or_insert(0);
            let report = if *n == 0 {
                first
            } else {
                report_id(art, kind, sentence, f.span, *n)
            };
            *n += 1;
            let norm = match &f.body {
                Body::Quote { quote, .. } => norm_quote(quote),
                _ => String::new(),
            };
            (report, fact_words(f), norm)
        })
        .collect()
}

/// A report ready to merge, with what the pass over all reports gave it.
struct Report {
    /// Its place among all reports (the order of a single pass).
    seq: u32,
    /// Its article's publication date.
    published: Option<Date>,
    source: Source,
    /// The id it gives the fact it starts.
    id: u64,
    /// Its words (sorted) and keys: ranges of the lists [`merge_bucket`] is given.
    words: [u32; 2],
    norm: String,
    keys: [u32; 2],
    /// The fact (its sentence is in the bundle, by `source`).
    fact: RawFact,
}

/// One bucket's facts, merged.
struct MergedBucket {
    /// Each merged fact, with the `seq` of the report that started it.
    merged: Vec<(u32, Merged)>,
    /// The merged fact (index in `merged`) of each report, in bucket order.
    of_report: Vec<u32>,
    compared: u64,
    scanned: u64,
    indexed: u64,
}

/// Merge the reports of one bucket, in their order: each is compared with
/// the facts of the bucket that share a rare word or a key with it, and
/// joins the first that is the same fact, or starts a fact.
fn merge_bucket(
    reports: Vec<Report>,
    articles: &[Article],
    word_list: &[u32],
    key_list: &[Key],
) -> MergedBucket {
    let mut bucket = Bucket::default();
    let mut merged: Vec<(u32, Merged)> = Vec::new();
    let mut of_report = Vec::with_capacity(reports.len());
    let mut scratch = Scratch::default();
    let (mut scopes, mut new_scopes) = (Vec::new(), Vec::new());
    let mut compared = 0;
    for r in reports {
        let Report {
            seq,
            published,
            source,
            id: report,
            words,
            norm,
            keys,
            fact: f,
        } = r;
        let words = &word_list[words[0] as usize..words[1] as usize];
        let keys = &key_list[keys[0] as usize..keys[1] as usize];
        let a = source.article;
        scopes.clear();
        scopes.push(Scope::Article(a));
        scopes.extend(f.entities.iter().map(|&e| Scope::Entity(e)));
        let has_measure = |i: usize, me: u32| merged[i].1.measures.binary_search(&me).is_ok();
        let found = bucket
            .candidates(words, keys, &scopes, &has_measure, &mut scratch)
            .iter()
            .copied()
            .find(|&i| {
                compared += 1;
                same_fact(&merged[i].1, &f, words, &norm, a)
            });
        let i = match found {
            Some(i) => {
                let m = &mut merged[i].1;
                // Articles come in order: only this article's sources,
                // at the end of the list, can be this one.
                if !m
                    .sources
                    .iter()
                    .rev()
                    .take_while(|s| s.article == source.article)
                    .any(|s| *s == source)
                {
                    m.sources.push(source);
                }
                let new_article = m.last_article != source.article;
                m.last_article = source.article;
                if earlier(published, a, m.origin, articles) {
                    m.origin = (published, a, report);
                }
                new_scopes.clear();
                if new_article {
                    new_scopes.push(Scope::Article(a));
                }
                for e in &f.entities {
                    if insert_sorted(&mut m.entity_set, *e) {
                        m.entities.push(*e);
                        new_scopes.push(Scope::Entity(*e));
                    }
                }
                m.subject = m.subject.or(f.subject);
                // A quantity's measure words grow with each report, so later
                // reports in other words still find it.
                if matches!(f.body, Body::Quantity { .. }) {
                    let new: Vec<u32> = words
                        .iter()
                        .copied()
                        .filter(|w| m.words.binary_search(w).is_err())
                        .collect();
                    // The scopes it gained; its new measures; keys it had
                    // not (each key once: a fact reported a thousand
                    // times is in its subject's list once).
                    let mut fresh = Vec::new();
                    for k in keys {
                        match *k {
                            Key::Measure(me) => {
                                insert_sorted(&mut m.measures, me);
                            }
                            k => {
                                if push_new(&mut m.indexed, k) {
                                    fresh.push(k);
                                }
                            }
                        }
                    }
                    bucket.add(i, &new, &fresh, &new_scopes);
                    m.words.extend(new);
                    m.words.sort_unstable();
                }
                refine(&mut m.body, &f.body);
                i
            }
            None => {
                let i = merged.len();
                // Only a quantity is looked up by its scopes.
                let quantity = matches!(f.body, Body::Quantity { .. });
                bucket.add(i, words, keys, if quantity { &scopes } else { &[] });
                let mut measures: Vec<u32> = keys
                    .iter()
                    .filter_map(|k| match k {
                        Key::Measure(me) => Some(*me),
                        _ => None,
                    })
                    .collect();
                measures.sort_unstable();
                measures.dedup();
                let mut entity_set = f.entities.clone();
                entity_set.sort_unstable();
                entity_set.dedup();
                let indexed = keys
                    .iter()
                    .copied()
                    .filter(|k| !matches!(k, Key::Measure(_)))
                    .collect();
                merged.push((
                    seq,
                    Merged {
                        measures,
                        indexed,
                        body: f.body,
                        sources: vec![source],
                        last_article: source.article,
                        entities: f.entities,
                        entity_set,
                        subject: f.subject,
                        dated: Vec::new(),
                        words: words.to_vec(),
                        norm,
                        origin: (published, a, report),
                    },
                ));
                i
            }
        };
        if let Some(when) = f.when {
            merged[i].1.dated.push((published, f.tense, when));
        }
        of_report.push(i as u32);
    }
    let indexed = bucket.words.values().map(|v| v.len() as u64).sum::<u64>()
        + bucket.keys.values().map(|v| v.len() as u64).sum::<u64>();
    MergedBucket {
        merged,
        of_report,
        compared,
        scanned: scratch.scanned,
        indexed,
    }
}

/// Postings longer than this are too common to find candidates by.
const MAX_POSTING: usize = 64;

/// A key besides words by which a mergeable fact is found (the strings are
/// interned).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    /// A quantity's measure, as `index_keys` gives it; in a bucket it is
    /// indexed per scope ([`Key::MeasureIn`]).
    Measure(u32),
    /// Where a quantity can merge across articles: with a fact naming the
    /// same entity, or in the same article (see `same_fact`). A measure is
    /// looked up only there, so "sales rose 5%" in a thousand articles
    /// about a thousand companies does not make each report a candidate of
    /// every other.
    In(Scope),
    Subject(u32),
    First(u32),
    Last(u32),
    Row,
}

/// Where a measure can merge: with facts naming an entity, or in an article.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Scope {
    Entity(u32),
    Article(u32),
}

/// The merged facts of one coarse bucket, indexed so that a new fact is
/// compared only with facts that share a word, a subject or a key with it.
#[derive(Default)]
struct Bucket {
    words: HashMap<u32, Vec<usize>>,
    keys: HashMap<Key, Vec<usize>>,
}

/// Buffers reused from one fact to the next.
#[derive(Default)]
struct Scratch {
    out: Vec<usize>,
    postings: Vec<(usize, u32)>,
    /// Index entries read so far (the work `Counts::scanned` reports).
    scanned: u64,
}

impl Bucket {
    /// The facts that may be the same as a new one: sharing one of its
    /// rarest words or a key; for its measure, only facts with that measure
    /// (`has_measure`) in its `scopes` (its entities and its article).
    fn candidates<'s>(
        &self,
        words: &[u32],
        keys: &[Key],
        scopes: &[Scope],
        has_measure: &dyn Fn(usize, u32) -> bool,
        scratch: &'s mut Scratch,
    ) -> &'s [usize] {
        // The rarest words are enough: facts similar enough to merge share
        // most words, so they share one of the three rarest.
        let Scratch {
            out,
            postings,
            scanned,
        } = scratch;
        out.clear();
        postings.clear();
        postings.extend(
            words
                .iter()
                .filter_map(|w| self.words.get(w).map(|p| (p.len(), *w))),
        );
        postings.sort_by_key(|p| p.0);
        for &(len, w) in postings.iter().take(3) {
            if len <= MAX_POSTING {
                *scanned += len as u64;
                out.extend(&self.words[&w]);
            }
        }
        for k in keys {
            if let Key::Measure(m) = *k {
                for sc in scopes {
                    if let Some(p) = self.keys.get(&Key::In(*sc)) {
                        *scanned += p.len() as u64;
                        out.extend(p.iter().copied().filter(|&i| has_measure(i, m)));
                    }
                }
            } else if let Some(p) = self.keys.get(k) {
                *scanned += p.len() as u64;
                out.extend(p);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Index fact `i` by words, keys (its measures are kept with the fact,
    /// `Merged::measures`) and `scopes`.
    fn add(&mut self, i: usize, words: &[u32], keys: &[Key], scopes: &[Scope]) {
        for w in words {
            self.words.entry(*w).or_default().push(i);
        }
        for k in keys {
            if !matches!(k, Key::Measure(_)) {
                self.key(*k, i);
            }
        }
        for sc in scopes {
            self.key(Key::In(*sc), i);
        }
    }

    fn key(&mut self, k: Key, i: usize) {
        let p = self.keys.entry(k).or_default();
        if p.last() != Some(&i) {
            p.push(i);
        }
    }
}

/// Keys besides words by which a mergeable fact is found, into `keys`.
fn index_keys(f: &RawFact, norm: &str, strings: &mut Interner, keys: &mut Vec<Key>) {
    keys.clear();
    match &f.body {
        // An empty measure, or an event without content words, merges with
        // nothing by itself: no key for it, so such facts are not compared
        // with each other (that was quadratic in a bucket).
        Body::Quantity { measure, .. } => {
            if !measure.is_empty() {
                let lower = measure.is_ascii() && !measure.bytes().any(|b| b.is_ascii_uppercase());
                let id = if lower {
                    strings.id(measure)
                } else {
                    strings.id(&measure.to_lowercase())
                };
                keys.push(Key::Measure(id));
            }
            if let Some(s) = f.subject {
                keys.push(Key::Subject(s));
            }
        }
        Body::Quote { .. } => {
            // The first and the last four words (`norm` has single spaces).
            let first = norm
                .match_indices(' ')
                .nth(3)
                .map_or(norm, |(i, _)| &norm[..i]);
            let last = norm
                .rmatch_indices(' ')
                .nth(3)
                .map_or(norm, |(i, _)| &norm[i + 1..]);
            keys.push(Key::First(strings.id(first)));
            keys.push(Key::Last(strings.id(last)));
        }
        Body::Row { .. } => keys.push(Key::Row),
        _ => {}
    }
}

/// Physical and logical bounds of general knowledge.
fn flags(m: &Merged) -> Vec<Flag> {
    let mut out = quantity_flags(&m.body);
    if let Body::Event { precision, .. } = &m.body {
        if *precision != Precision::MonthDay {
            for (published, tense, when) in &m.dated {
                if let Some(p) = published {
                    if *tense == Tense::Past && when > p {
                        out.push(future_date(p));
                        break;
                    }
                }
            }
        }
    }
    out
}

fn flag(code: &str, reason: String) -> Flag {
    Flag {
        code: code.into(),
        reason,
    }
}

/// The flag of an event told in the past tense but dated after its
/// article's publication (`published`).
fn future_date(published: impl std::fmt::Display) -> Flag {
    flag(
        "future-date",
        format!("dated after the article's publication ({published}) but told in the past tense"),
    )
}

/// The flags a quantity's value earns on its own (a depth deeper than any
/// ocean, a share over 100%…): every flag of a quantity is one of these,
/// so a corrected quantity is flagged again by this alone.
pub(crate) fn quantity_flags(body: &Body) -> Vec<Flag> {
    let mut out = Vec::new();
    if let Body::Quantity {
        value,
        upper,
        unit: Some(unit),
        measure,
        ..
    } = body
    {
        let top = upper.unwrap_or(*value);
        let meters = match unit.as_str() {
            "m" => Some(top),
            "km" => Some(top * 1000.0),
            "mi" => Some(top * 1609.344),
            "ft" => Some(top * 0.3048),
            "cm" => Some(top / 100.0),
            "mm" => Some(top / 1000.0),
            _ => None,
        };
        let w = content_words(measure);
        let has = |x: &str| w.binary_search_by(|y| y.as_ref().cmp(x)).is_ok();
        if let Some(mt) = meters {
            if (has("depth") || has("deep") || has("deeper")) && mt > 12_500.0 {
                out.push(flag("implausible-depth", format!("a depth of {} {unit} is deeper than any ocean (about 11 km) or borehole (about 12 km)", fmt(top))));
            }
            if (has("height")
                || has("elevation")
                || has("altitude")
                || has("tall")
                || has("peak")
                || has("summit"))
                && mt > 8_849.0
                && !has("flight")
            {
                out.push(flag(
                    "implausible-height",
                    format!(
                        "a height of {} {unit} is higher than Mount Everest (8,849 m)",
                        fmt(top)
                    ),
                ));
            }
            let distance = measure
                .split_whitespace()
                .any(|x| matches!(x, "of" | "from"))
                && measure.split_whitespace().next().is_some_and(|d| {
                    d.contains("north")
                        || d.contains("south")
                        || d.contains("east")
                        || d.contains("west")
                        || d == "from"
                });
            if distance && mt > 20_040_000.0 {
                out.push(flag("implausible-distance", format!("{} {unit} is farther than any two places on Earth can be (about 20,000 km)", fmt(top))));
            }
        }
        if unit == "%" && top > 100.0 {
            let change = [
                "increase",
                "rise",
                "growth",
                "grew",
                "rose",
                "jump",
                "surge",
                "gain",
                "more",
                "higher",
                "up",
                "increasing",
                "increased",
                "rising",
                "growing",
                "boost",
                "by",
            ]
            .iter()
            .any(|x| {
                has(x)
                    || measure
                        .to_lowercase()
                        .split_whitespace()
                        .any(|y| y.starts_with(x))
            });
            if !change {
                out.push(flag(
                    "share-over-100",
                    format!("{}% of a whole is more than all of it", fmt(top)),
                ));
            }
        }
        if unit == "km2" && top > 510_100_000.0 {
            out.push(flag(
                "implausible-area",
                format!("{} km² is more than the surface of the Earth", fmt(top)),
            ));
        }
        if (unit == "°C" && top < -273.15) || (unit == "°F" && top < -459.67) {
            out.push(flag(
                "below-absolute-zero",
                format!("{} {unit} is colder than absolute zero", fmt(top)),
            ));
        }
    }
    out
}

/// An event's flags again after an editor corrected its date (`date`,
/// at `precision`): `future-date` stays only while the corrected date
/// still begins after the publication of one of its sources (`published`,
/// ISO dates). A past-tense report put it there, and the bundle does not
/// say which, so any source published before the new date may be that
/// one. No flag is added: a date an editor set has been checked.
pub(crate) fn event_flags_after_edit(
    flags: &mut Vec<Flag>,
    date: &str,
    precision: Precision,
    published: &[&str],
) {
    let Some(i) = flags.iter().position(|f| f.code == "future-date") else {
        return;
    };
    let first = first_day(date).filter(|_| precision != Precision::MonthDay);
    match first.and_then(|d| published.iter().filter(|p| **p < d.as_str()).min()) {
        Some(p) => flags[i] = future_date(p),
        None => {
            flags.remove(i);
        }
    }
}

/// The first day of an ISO date at any precision (`2026-02` → `2026-02-01`,
/// `2020s` → `2020-01-01`); `None` for a month and day without a year.
fn first_day(date: &str) -> Option<String> {
    if date.starts_with("--") {
        return None;
    }
    let d = date.strip_suffix('s').unwrap_or(date);
    Some(match d.len() {
        4 => format!("{d}-01-01"),
        7 => format!("{d}-01"),
        _ => d.to_string(),
    })
}

fn fmt(v: f64) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    };
    // thousands separators for the integer part
    let (int, frac) = s.split_once('.').map_or((s.as_str(), ""), |(a, b)| (a, b));
    let neg = int.starts_with('-');
    let digits: Vec<char> = int.trim_start_matches('-').chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(*c);
    }
    format!(
        "{}{}{}{}",
        if neg { "-" } else { "" },
        out,
        if frac.is_empty() { "" } else { "." },
        frac
    )
}

/// The range of values a quantity allows, given its qualifier.
fn interval(body: &Body) -> Option<(f64, f64)> {
    let Body::Quantity {
        value,
        upper,
        qualifier,
        ..
    } = body
    else {
        return None;
    };
    let v = *value;
    Some(match qualifier {
        Qualifier::Exact => (v * 0.99, v * 1.01),
        Qualifier::Approx => (v * 0.9, v * 1.1),
        Qualifier::Over => (v, f64::INFINITY),
        Qualifier::Under => (f64::NEG_INFINITY, v),
        Qualifier::Range => (v, upper.unwrap_or(v)),
    })
}

fn unit_of(body: &Body) -> Option<&str> {
    match body {
        Body::Quantity { unit, .. } => unit.as_deref(),
        _ => None,
    }
}

fn measure_of(body: &Body) -> &str {
    match body {
        Body::Quantity { measure, .. } => measure,
        _ => "",
    }
}

/// The smallest value of a set, and the smallest among those of another
/// article set than its: enough to say whether some member of the set is
/// below a value and from other articles than a given member.
#[derive(Clone, Copy, Default)]
struct Lowest {
    first: Option<(f64, u32)>,
    other: Option<(f64, u32)>,
}

impl Lowest {
    fn add(&mut self, v: f64, arts: u32) {
        match self.first {
            None => self.first = Some((v, arts)),
            Some((a, aa)) if v < a => {
                if arts != aa {
                    self.other = self.first;
                }
                self.first = Some((v, arts));
            }
            Some((_, aa)) => {
                if arts != aa && self.other.is_none_or(|(b, _)| v < b) {
                    self.other = Some((v, arts));
                }
            }
        }
    }

    fn join(&mut self, o: &Lowest) {
        for (v, a) in [o.first, o.other].into_iter().flatten() {
            self.add(v, a);
        }
    }

    /// Is some member below `v`, from other articles than `arts`?
    fn below(&self, v: f64, arts: u32) -> bool {
        match self.first {
            Some((a, aa)) if aa != arts => a < v,
            Some(_) => self.other.is_some_and(|(b, _)| b < v),
            None => false,
        }
    }
}

/// Which members of a group of quantities conflict with another: one whose
/// range is disjoint from theirs, from other articles, about a measure
/// whose words overlap theirs by half (`overlap_ids` ≥ 0.5).
///
/// Linear in the members and in the pairs of compatible measures, not in
/// the pairs of members: members with the same measure words share one
/// summary of their ranges ([`Lowest`] of their upper ends, and of their
/// lower ends negated), each measure gathers the summaries of the measures
/// compatible with it, found through the rarest ⌊n/2⌋+1 of its n words
/// (a measure at least as long that shares half of its words must hold
/// one of them), and each member is checked against its measure's.
fn conflicting(
    mkeys: &[Vec<u32>],
    arts: &[Vec<u32>],
    ranges: &[Option<(f64, f64)>],
    counts: &mut Counts,
) -> Vec<bool> {
    let n = mkeys.len();
    let mut art_ids: HashMap<&[u32], u32> = HashMap::default();
    let art_id: Vec<u32> = arts
        .iter()
        .map(|a| {
            let next = art_ids.len() as u32;
            *art_ids.entry(a.as_slice()).or_insert(next)
        })
        .collect();
    // The distinct measures, and per measure the summaries of its members.
    let mut key_ix: HashMap<&[u32], usize> = HashMap::default();
    let mut keys: Vec<&[u32]> = Vec::new();
    let mut key_of = vec![usize::MAX; n];
    let mut his: Vec<Lowest> = Vec::new();
    let mut los: Vec<Lowest> = Vec::new();
    for x in 0..n {
        let Some((lo, hi)) = ranges[x] else { continue };
        if mkeys[x].is_empty() {
            continue;
        }
        let k = *key_ix.entry(mkeys[x].as_slice()).or_insert_with(|| {
            keys.push(mkeys[x].as_slice());
            his.push(Lowest::default());
            los.push(Lowest::default());
            keys.len() - 1
        });
        key_of[x] = k;
        his[k].add(hi, art_id[x]);
        los[k].add(-lo, art_id[x]);
        counts.disagreement_checks += 1;
    }
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::default();
    for (k, words) in keys.iter().enumerate() {
        for w in words.iter() {
            postings.entry(*w).or_default().push(k);
        }
    }
    let (mut agg_hi, mut agg_lo) = (his.clone(), los.clone());
    let mut seen = vec![usize::MAX; keys.len()];
    for (k, words) in keys.iter().enumerate() {
        let mut rare: Vec<(usize, u32)> = words.iter().map(|w| (postings[w].len(), *w)).collect();
        rare.sort_unstable();
        for &(_, w) in rare.iter().take(words.len() / 2 + 1) {
            for &o in &postings[&w] {
                if seen[o] == k || keys[o].len() < words.len() {
                    continue;
                }
                seen[o] = k;
                counts.disagreement_checks += 1;
                if o != k && overlap_ids(words, keys[o]) >= 0.5 {
                    agg_hi[k].join(&his[o]);
                    agg_lo[k].join(&los[o]);
                    agg_hi[o].join(&his[k]);
                    agg_lo[o].join(&los[k]);
                }
            }
        }
    }
    (0..n)
        .map(|x| {
            let k = key_of[x];
            let Some((lo, hi)) = ranges[x].filter(|_| k != usize::MAX) else {
                return false;
            };
            // Some member's range ends below this one's start, or starts above its end.
            agg_hi[k].below(lo, art_id[x]) || agg_lo[k].below(-hi, art_id[x])
        })
        .collect()
}

/// Which of a group of quantities (each its body and sources, all in
/// `unit`) conflict with another ([`conflicting`]), from each one's
/// measure words (interned, sorted, returned too), articles (sorted) and
/// the range of values it allows.
fn conflicting_members<'a>(
    members: impl Iterator<Item = (&'a Body, &'a [Source])> + Clone,
    unit: Option<&str>,
    interner: &mut Interner,
    counts: &mut Counts,
) -> (Vec<Vec<u32>>, Vec<bool>) {
    let mkeys: Vec<Vec<u32>> = members
        .clone()
        .map(|(body, _)| {
            let mut ids: Vec<u32> = measure_key(measure_of(body), unit)
                .iter()
                .map(|w| interner.id(w))
                .collect();
            ids.sort_unstable();
            ids
        })
        .collect();
    let arts: Vec<Vec<u32>> = members
        .clone()
        .map(|(_, sources)| {
            let mut a: Vec<u32> = sources.iter().map(|s| s.article).collect();
            a.sort_unstable();
            a.dedup();
            a
        })
        .collect();
    let ranges: Vec<Option<(f64, f64)>> = members.map(|(body, _)| interval(body)).collect();
    let conflict = conflicting(&mkeys, &arts, &ranges, counts);
    (mkeys, conflict)
}

/// Quantities about the same entity and measure whose values cannot both hold.
fn disagreements(
    merged: &[Merged],
    bundle: &Bundle,
    interner: &mut Interner,
    counts: &mut Counts,
) -> Vec<Disagreement> {
    let mut groups: HashMap<(u32, Option<&str>), Vec<usize>> = HashMap::default();
    for (i, m) in merged.iter().enumerate() {
        if let (Body::Quantity { .. }, Some(s)) = (&m.body, m.subject) {
            groups.entry((s, unit_of(&m.body))).or_default().push(i);
        }
    }
    let mut keys: Vec<_> = groups.keys().copied().collect();
    keys.sort();
    let share = interner.id("share");
    let mut out = Vec::new();
    for key in keys {
        let members = &groups[&key];
        if members.len() < 2 {
            continue;
        }
        let (mkeys, in_cluster) = conflicting_members(
            members
                .iter()
                .map(|&i| (&merged[i].body, &merged[i].sources[..])),
            key.1,
            interner,
            counts,
        );
        let mut cluster: Vec<usize> = (0..members.len())
            .filter(|&x| in_cluster[x])
            .map(|x| members[x])
            .collect();
        if cluster.len() >= 2 {
            cluster.sort();
            let subject = &bundle.entities[key.0 as usize].name;
            let first = measure_of(&merged[cluster[0]].body);
            let about = if key.1 == Some("%")
                && mkeys[members.iter().position(|&m| m == cluster[0]).unwrap_or(0)]
                    .contains(&share)
            {
                format!("{subject}'s share of the {first}")
            } else {
                format!("{subject}: {first}")
            };
            out.push(Disagreement {
                about,
                facts: cluster.into_iter().map(|i| i as u32).collect(),
            });
        }
    }
    out
}

/// The disagreements again after an editor corrected or hid facts
/// (`gone[i]`: fact `i` is hidden): the members of each are checked
/// again as [`disagreements`] checks them (by unit, measure words,
/// ranges and articles), and a disagreement keeps the members that still
/// conflict, or goes when fewer than two do (one for each unit, when an
/// edit gave members different units). A correction can settle a
/// disagreement but does not start one: what the editor set is checked.
pub(crate) fn settle_disagreements(b: &mut Bundle, gone: &[bool]) {
    let mut interner = Interner::default();
    let mut counts = Counts::default();
    let mut out = Vec::with_capacity(b.disagreements.len());
    for d in std::mem::take(&mut b.disagreements) {
        let mut units: Vec<Option<&str>> = Vec::new();
        for &i in &d.facts {
            let u = unit_of(&b.facts[i as usize].body);
            if !gone[i as usize] && !units.contains(&u) {
                units.push(u);
            }
        }
        for unit in units {
            let members: Vec<u32> = d
                .facts
                .iter()
                .copied()
                .filter(|&i| !gone[i as usize] && unit_of(&b.facts[i as usize].body) == unit)
                .collect();
            let (_, still) = conflicting_members(
                members
                    .iter()
                    .map(|&i| (&b.facts[i as usize].body, &b.facts[i as usize].sources[..])),
                unit,
                &mut interner,
                &mut counts,
            );
            let facts: Vec<u32> = (0..members.len())
                .filter(|&x| still[x])
                .map(|x| members[x])
                .collect();
            if facts.len() >= 2 {
                let about = relabel(
                    &d.about,
                    &b.facts[d.facts[0] as usize],
                    &b.facts[facts[0] as usize],
                );
                out.push(Disagreement { about, facts });
            }
        }
    }
    b.disagreements = out;
}

/// A disagreement's label after its first fact changed (hidden, moved to
/// another unit) or had its measure corrected: the build names it by its
/// subject and its first fact's measure as first compiled ("Acme Corp:
/// annual revenue"), so the measure at its end becomes the new first
/// fact's. A label that does not end with it is kept.
fn relabel(about: &str, was_first: &Fact, first: &Fact) -> String {
    let before = was_first
        .original()
        .unwrap_or_else(|| was_first.body.clone());
    let (old, new) = (measure_of(&before), measure_of(&first.body));
    match about.strip_suffix(old) {
        Some(head) if !old.is_empty() && !new.is_empty() => format!("{head}{new}"),
        _ => about.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The id's text as first written, char by char (quote marks by
    /// [`id_char`]; `tests/ids.rs` checks curly and straight quotes give one
    /// id): the byte-wise [`id_text`]
    /// and [`char_slice`] must hash every text and span alike (ids are
    /// stable across versions).
    fn id_text_chars(s: impl Iterator<Item = char>, h: &mut Fnv) {
        let mut space = false;
        for c in s {
            if c.is_whitespace() {
                space = true;
                continue;
            }
            if space {
                h.char(' ');
                space = false;
            }
            h.char(id_char(c));
        }
    }

    #[test]
    fn id_text_byte_wise_is_char_wise() {
        let texts = [
            "Sales rose 5% to $12 million.",
            "  \t“We’re done,” she said\u{a0}on Monday.\r\n ",
            "Le maire a dit « non » à 10\u{202f}h — `quoted´ \u{2003}x\u{85}y",
            "東京都は１２日、「新しい計画」を発表した。",
            "",
            "é",
        ];
        for t in texts {
            let n = t.chars().count() as u32;
            for span in [
                [0, 0],
                [0, n],
                [1, n.saturating_sub(1)],
                [2, 5],
                [n, n + 3],
                [5, 2],
            ] {
                let (a, z) = (span[0] as usize, span[1] as usize);
                let mut want = Fnv::default();
                id_text_chars(t.chars(), &mut want);
                id_text_chars(t.chars().skip(a).take(z.saturating_sub(a)), &mut want);
                let mut got = Fnv::default();
                id_text(t, &mut got);
                id_text(char_slice(t, a, z), &mut got);
                assert_eq!(got.0, want.0, "{t:?} {span:?}");
            }
        }
    }

    #[test]
    fn words_and_overlap() {
        let a = measure_key("the global market", Some("%"));
        let b = measure_key("global rare-earth production", Some("%"));
        assert!(a.iter().any(|w| w == "share") && b.iter().any(|w| w == "share"));
        let mut interner = Interner::default();
        let mut ids = |set: &[Cow<str>]| {
            let mut v: Vec<u32> = set.iter().map(|w| interner.id(w)).collect();
            v.sort_unstable();
            v
        };
        let (a, b) = (ids(&a), ids(&b));
        assert_eq!(overlap_ids(&a, &b), 1.0);
        assert_eq!(overlap_ids(&a, &[]), 0.0);
        assert_eq!(fmt(6000.0), "6,000");
        assert_eq!(fmt(-1234567.5), "-1,234,567.5");
    }

    #[test]
    fn content_words_table() {
        // (phrase, its content words: lower case, sorted, once each, plural "s" off)
        let table: &[(&str, &[&str])] = &[
            (
                "the Global Markets of the world",
                &["global", "market", "world"],
            ),
            ("Shares and shares", &["share"]),
            ("loss of glass", &["glass", "loss"]),
            ("Élan’s ÉCOLES", &["s", "école", "élan"]),
            ("", &[]),
        ];
        for (phrase, want) in table {
            let got: Vec<String> = content_words(phrase)
                .into_iter()
                .map(Cow::into_owned)
                .collect();
            assert_eq!(got, *want, "{phrase}");
        }
    }

    #[test]
    fn quote_keys_are_first_and_last_four_words() {
        let mut strings = Interner::default();
        let mut keys = Vec::new();
        let quote = |q: &str| RawFact {
            body: Body::Quote {
                speaker: None,
                quote: q.into(),
            },
            sentence: 0,
            span: [0, 0],
            entities: Vec::new(),
            subject: None,
            link: None,
            tense: Tense::Past,
            when: None,
        };
        for (q, first, last) in [
            (
                "one two three four five six",
                "one two three four",
                "three four five six",
            ),
            ("just two", "just two", "just two"),
            ("", "", ""),
        ] {
            let f = quote(q);
            index_keys(&f, &norm_quote(q), &mut strings, &mut keys);
            assert!(
                keys == [Key::First(strings.id(first)), Key::Last(strings.id(last))],
                "{q}"
            );
        }
    }

    #[test]
    fn intervals_respect_qualifiers() {
        let q = |v, qualifier| Body::Quantity {
            value: v,
            upper: None,
            unit: Some("%".into()),
            qualifier,
            measure: String::new(),
            same_as: None,
        };
        let over80 = interval(&q(80.0, Qualifier::Over)).unwrap();
        let about70 = interval(&q(70.0, Qualifier::Approx)).unwrap();
        assert!(about70.1 < over80.0);
        let exact70 = interval(&q(70.0, Qualifier::Exact)).unwrap();
        assert!(!(exact70.1 < about70.0 || about70.1 < exact70.0));
    }
}
