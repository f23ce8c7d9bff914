//! Stage 6, merge: the same fact reported several times (in one article or
//! many) becomes one fact with several sources; facts get stable ids;
//! implausible values get flags; sources that give different values for the
//! same measure are recorded as disagreements.

use super::Warning;
use super::extract::words::Tense;
use super::lexicon;
use super::resolve::{RawFact, Resolved};
use crate::bundle::{Body, Bundle, Disagreement, Fact, Flag, Precision, Qualifier, Source};
use jiff::civil::Date;
use std::collections::BTreeSet;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// FNV-1a, 32 bits: a stable hash for content-derived ids.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "its", "their",
    "his", "her", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "it", "as",
];

/// Content words of a phrase, lower case, with plural "s" dropped.
fn content_words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| if w.is_ascii() { w.to_ascii_lowercase() } else { w.to_lowercase().replace('’', "'") })
        .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
        .map(|w| if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") { w[..w.len() - 1].to_string() } else { w })
        .collect()
}

/// |A ∩ B| / min(|A|, |B|): 1 when one set holds the other.
fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return if a.is_empty() && b.is_empty() { 1.0 } else { 0.0 };
    }
    a.intersection(b).count() as f64 / a.len().min(b.len()) as f64
}

/// The words of a measure for comparing it with others; for percentages the
/// words of a market share count as "share".
fn measure_key(measure: &str, unit: Option<&str>) -> BTreeSet<String> {
    let mut w = content_words(measure);
    if unit == Some("%") {
        let shares: Vec<String> = w.iter().filter(|x| lexicon::SHARE_WORDS.contains(&x.as_str()) || lexicon::SHARE_WORDS.contains(&format!("{x}s").as_str())).cloned().collect();
        if !shares.is_empty() {
            for s in shares {
                w.remove(&s);
            }
            w.insert("share".into());
        }
    }
    w
}

/// A merged fact under construction.
struct Merged {
    body: Body,
    sources: Vec<Source>,
    seen: HashSet<Source>,
    entities: Vec<u32>,
    entity_set: HashSet<u32>,
    subject: Option<u32>,
    /// (published, tense, first day) of each dated source, for flags.
    dated: Vec<(Option<Date>, Tense, Date)>,
    /// Content words (interned ids, sorted).
    words: Vec<u32>,
    /// A quote's normalized words.
    norm: String,
}

/// Interned content words: comparisons of word sets work on sorted ids.
#[derive(Default)]
struct Interner(HashMap<String, u32>);

impl Interner {
    fn ids(&mut self, words: BTreeSet<String>) -> Vec<u32> {
        let mut v = Vec::with_capacity(words.len());
        for w in words {
            let next = self.0.len() as u32;
            v.push(*self.0.entry(w).or_insert(next));
        }
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

fn overlap_ids(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return if a.is_empty() && b.is_empty() { 1.0 } else { 0.0 };
    }
    intersect(a, b) as f64 / a.len().min(b.len()) as f64
}

fn jaccard_ids(a: &[u32], b: &[u32]) -> f64 {
    let i = intersect(a, b);
    let u = a.len() + b.len() - i;
    if u == 0 { 1.0 } else { i as f64 / u as f64 }
}

fn qual_compatible(a: Qualifier, b: Qualifier) -> bool {
    a == b || matches!((a, b), (Qualifier::Exact, Qualifier::Approx) | (Qualifier::Approx, Qualifier::Exact))
}

/// Keep the more informative wording of a merged quantity: "approximately
/// 70%" over a bare "70%", and the longer measure.
fn refine(kept: &mut Body, other: &Body) {
    if let (Body::Quantity { qualifier: q1, measure: m1, .. }, Body::Quantity { qualifier: q2, measure: m2, .. }) = (kept, other) {
        if *q1 == Qualifier::Exact && *q2 == Qualifier::Approx {
            *q1 = Qualifier::Approx;
        }
        if m2.split_whitespace().count() > m1.split_whitespace().count() {
            *m1 = m2.clone();
        }
    }
}

/// Coarse key that two mergeable facts share.
fn bucket_key(body: &Body) -> String {
    match body {
        Body::Quantity { value, upper, unit, .. } => format!("q|{}|{}|{:?}", value, upper.unwrap_or(f64::NAN), unit),
        Body::Event { date, precision, .. } => format!("e|{date}|{precision:?}"),
        Body::Quote { speaker, .. } => format!("s|{speaker:?}"),
        Body::Row { table, cells } => format!("r|{table}|{cells:?}"),
    }
}

fn norm_quote(q: &str) -> String {
    q.chars().filter(|c| c.is_alphanumeric() || c.is_whitespace()).collect::<String>().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn same_fact(m: &Merged, f: &RawFact, words: &[u32], norm: &str, article: u32) -> bool {
    // Across articles, an amount is the same fact only about the same things:
    // "a million households" in a storm story and in a budget story are two facts.
    // Articles are merged in order, so the last source has the latest article.
    let elsewhere = m.sources.last().is_none_or(|s| s.article != article);
    if elsewhere && matches!(f.body, Body::Quantity { .. }) && !f.entities.iter().any(|e| m.entity_set.contains(e)) && !(m.subject.is_some() && m.subject == f.subject) {
        return false;
    }
    match (&m.body, &f.body) {
        // The same amount is the same fact only when something says what it is
        // of: the same measure words, or the same subject. Two bare "4 years"
        // in unrelated articles are not one fact.
        (Body::Quantity { qualifier: a, measure: ma, .. }, Body::Quantity { qualifier: b, measure: mb, .. }) => {
            let said = !m.words.is_empty() && !words.is_empty();
            qual_compatible(*a, *b) && (ma == mb && !ma.is_empty() || (m.subject.is_some() && m.subject == f.subject) || said && overlap_ids(&m.words, words) >= 0.5)
        }
        (Body::Event { .. }, Body::Event { .. }) => !m.words.is_empty() && !words.is_empty() && jaccard_ids(&m.words, words) >= 0.6,
        (Body::Quote { .. }, Body::Quote { .. }) => {
            let (a, b) = (m.norm.as_str(), norm);
            a == b || (a.len().min(b.len()) * 10 >= a.len().max(b.len()) * 8 && (a.contains(b) || b.contains(a)))
        }
        (Body::Row { .. }, Body::Row { .. }) => true,
        _ => false,
    }
}

fn fact_words(f: &RawFact) -> BTreeSet<String> {
    match &f.body {
        Body::Quantity { measure, .. } => content_words(measure),
        Body::Event { summary, .. } => content_words(summary),
        Body::Quote { quote, .. } => content_words(quote),
        Body::Row { .. } => BTreeSet::new(),
    }
}

/// The canonical text a fact's id is derived from.
fn id_key(body: &Body) -> String {
    match body {
        Body::Quantity { value, upper, unit, qualifier, measure, .. } => {
            format!("quantity|{value}|{upper:?}|{unit:?}|{}|{}", qualifier.as_str(), measure.to_lowercase())
        }
        Body::Event { date, summary, .. } => format!("event|{date}|{}", summary.to_lowercase()),
        Body::Quote { quote, .. } => format!("quote|{}", norm_quote(quote)),
        Body::Row { table, cells } => format!("row|{table}|{cells:?}"),
    }
}

/// Merge resolved articles into a bundle. Deterministic: the output depends
/// only on the input's content and order.
pub fn merge(resolved: Resolved, _warnings: &mut Vec<Warning>) -> Bundle {
    let mut bundle = Bundle { entities: resolved.entities, ..Default::default() };
    let mut sentence_ix: HashMap<String, u32> = HashMap::default();
    let mut merged: Vec<Merged> = Vec::new();
    let mut buckets: HashMap<String, Bucket> = HashMap::default();
    let mut interner = Interner::default();
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (a, doc) in resolved.docs.into_iter().enumerate() {
        bundle.articles.push(doc.meta);
        let mut local = Vec::with_capacity(doc.facts.len());
        let local_links: Vec<Option<usize>> = doc.facts.iter().map(|f| f.link).collect();
        for f in doc.facts {
            let next = bundle.sentences.len() as u32;
            let sentence = *sentence_ix.entry(f.sentence.clone()).or_insert_with(|| {
                bundle.sentences.push(f.sentence.clone());
                next
            });
            let source = Source { article: a as u32, sentence, span: f.span };
            let words = interner.ids(fact_words(&f));
            let norm = match &f.body {
                Body::Quote { quote, .. } => norm_quote(quote),
                _ => String::new(),
            };
            let keys = index_keys(&f, &norm);
            let bucket = buckets.entry(bucket_key(&f.body)).or_default();
            let found = bucket.candidates(&words, &keys).into_iter().find(|&i| same_fact(&merged[i], &f, &words, &norm, a as u32));
            let i = match found {
                Some(i) => {
                    let m = &mut merged[i];
                    if m.seen.insert(source) {
                        m.sources.push(source);
                    }
                    for e in &f.entities {
                        if m.entity_set.insert(*e) {
                            m.entities.push(*e);
                        }
                    }
                    m.subject = m.subject.or(f.subject);
                    // A quantity's measure words grow with each report, so later
                    // reports in other words still find it.
                    if matches!(f.body, Body::Quantity { .. }) {
                        let new: Vec<u32> = words.iter().copied().filter(|w| m.words.binary_search(w).is_err()).collect();
                        bucket.add(i, &new, &keys);
                        m.words.extend(new);
                        m.words.sort_unstable();
                    }
                    refine(&mut m.body, &f.body);
                    i
                }
                None => {
                    let i = merged.len();
                    bucket.add(i, &words, &keys);
                    let seen = HashSet::from_iter([source]);
                    merged.push(Merged { body: f.body.clone(), sources: vec![source], seen, entity_set: f.entities.iter().copied().collect(), entities: f.entities.clone(), subject: f.subject, dated: Vec::new(), words, norm });
                    i
                }
            };
            if let Some(when) = f.when {
                merged[i].dated.push((doc.published, f.tense, when));
            }
            local.push(i);
        }
        for (k, link) in local_links.iter().enumerate() {
            if let Some(l) = link {
                links.push((local[k], local[*l]));
            }
        }
    }
    for (from, to) in links {
        if from != to {
            if let Body::Quantity { same_as, .. } = &mut merged[from].body {
                same_as.get_or_insert(to as u32);
            }
        }
    }
    let mut used = HashSet::default();
    for m in &merged {
        let mut id = fnv1a(id_key(&m.body).as_bytes());
        while !used.insert(id) {
            id = id.wrapping_add(1);
        }
        bundle.facts.push(Fact { id, body: m.body.clone(), sources: m.sources.clone(), entities: m.entities.clone(), flags: flags(m) });
    }
    bundle.disagreements = disagreements(&merged, &bundle);
    bundle
}

/// Postings longer than this are too common to find candidates by.
const MAX_POSTING: usize = 64;

/// The merged facts of one coarse bucket, indexed so that a new fact is
/// compared only with facts that share a word, a subject or a key with it.
#[derive(Default)]
struct Bucket {
    words: HashMap<u32, Vec<usize>>,
    keys: HashMap<String, Vec<usize>>,
}

impl Bucket {
    fn candidates(&self, words: &[u32], keys: &[String]) -> Vec<usize> {
        // The rarest words are enough: facts similar enough to merge share
        // most words, so they share one of the three rarest.
        let mut out: Vec<usize> = Vec::new();
        let mut postings: Vec<&Vec<usize>> = words.iter().filter_map(|w| self.words.get(w)).collect();
        postings.sort_by_key(|p| p.len());
        for p in postings.into_iter().take(3).filter(|p| p.len() <= MAX_POSTING) {
            out.extend(p);
        }
        for k in keys {
            if let Some(p) = self.keys.get(k) {
                out.extend(p);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn add(&mut self, i: usize, words: &[u32], keys: &[String]) {
        for w in words {
            self.words.entry(*w).or_default().push(i);
        }
        for k in keys {
            let p = self.keys.entry(k.clone()).or_default();
            if p.last() != Some(&i) {
                p.push(i);
            }
        }
    }
}

/// Keys besides words by which a mergeable fact is found.
fn index_keys(f: &RawFact, norm: &str) -> Vec<String> {
    let mut keys = Vec::new();
    match &f.body {
        // An empty measure, or an event without content words, merges with
        // nothing by itself: no key for it, so such facts are not compared
        // with each other (that was quadratic in a bucket).
        Body::Quantity { measure, .. } => {
            if !measure.is_empty() {
                keys.push(format!("m:{}", measure.to_lowercase()));
            }
            if let Some(s) = f.subject {
                keys.push(format!("s:{s}"));
            }
        }
        Body::Quote { .. } => {
            let w: Vec<&str> = norm.split(' ').collect();
            keys.push(format!("first:{}", w[..w.len().min(4)].join(" ")));
            keys.push(format!("last:{}", w[w.len().saturating_sub(4)..].join(" ")));
        }
        Body::Row { .. } => keys.push("row".into()),
        _ => {}
    }
    keys
}

/// Physical and logical bounds of general knowledge.
fn flags(m: &Merged) -> Vec<Flag> {
    let mut out = Vec::new();
    let flag = |code: &str, reason: String| Flag { code: code.into(), reason };
    if let Body::Quantity { value, upper, unit: Some(unit), measure, .. } = &m.body {
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
        let has = |x: &str| w.contains(x);
        if let Some(mt) = meters {
            if (has("depth") || has("deep") || has("deeper")) && mt > 12_500.0 {
                out.push(flag("implausible-depth", format!("a depth of {} {unit} is deeper than any ocean (about 11 km) or borehole (about 12 km)", fmt(top))));
            }
            if (has("height") || has("elevation") || has("altitude") || has("tall") || has("peak") || has("summit")) && mt > 8_849.0 && !has("flight") {
                out.push(flag("implausible-height", format!("a height of {} {unit} is higher than Mount Everest (8,849 m)", fmt(top))));
            }
            let distance = measure.split_whitespace().any(|x| matches!(x, "of" | "from")) && measure.split_whitespace().next().is_some_and(|d| d.contains("north") || d.contains("south") || d.contains("east") || d.contains("west") || d == "from");
            if distance && mt > 20_040_000.0 {
                out.push(flag("implausible-distance", format!("{} {unit} is farther than any two places on Earth can be (about 20,000 km)", fmt(top))));
            }
        }
        if unit == "%" && top > 100.0 {
            let change = ["increase", "rise", "growth", "grew", "rose", "jump", "surge", "gain", "more", "higher", "up", "increasing", "increased", "rising", "growing", "boost", "by"]
                .iter()
                .any(|x| w.contains(*x) || measure.to_lowercase().split_whitespace().any(|y| y.starts_with(x)));
            if !change {
                out.push(flag("share-over-100", format!("{}% of a whole is more than all of it", fmt(top))));
            }
        }
        if unit == "km2" && top > 510_100_000.0 {
            out.push(flag("implausible-area", format!("{} km² is more than the surface of the Earth", fmt(top))));
        }
        if (unit == "°C" && top < -273.15) || (unit == "°F" && top < -459.67) {
            out.push(flag("below-absolute-zero", format!("{} {unit} is colder than absolute zero", fmt(top))));
        }
    }
    if let Body::Event { precision, .. } = &m.body {
        if *precision != Precision::MonthDay {
            for (published, tense, when) in &m.dated {
                if let Some(p) = published {
                    if *tense == Tense::Past && when > p {
                        out.push(flag("future-date", format!("dated after the article's publication ({p}) but told in the past tense")));
                        break;
                    }
                }
            }
        }
    }
    out
}

fn fmt(v: f64) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") };
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
    format!("{}{}{}{}", if neg { "-" } else { "" }, out, if frac.is_empty() { "" } else { "." }, frac)
}

/// The range of values a quantity allows, given its qualifier.
fn interval(body: &Body) -> Option<(f64, f64)> {
    let Body::Quantity { value, upper, qualifier, .. } = body else { return None };
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

/// Quantities about the same entity and measure whose values cannot both hold.
fn disagreements(merged: &[Merged], bundle: &Bundle) -> Vec<Disagreement> {
    let mut groups: HashMap<(u32, Option<&str>), Vec<usize>> = HashMap::default();
    for (i, m) in merged.iter().enumerate() {
        if let (Body::Quantity { .. }, Some(s)) = (&m.body, m.subject) {
            groups.entry((s, unit_of(&m.body))).or_default().push(i);
        }
    }
    let mut keys: Vec<_> = groups.keys().copied().collect();
    keys.sort();
    let mut out = Vec::new();
    for key in keys {
        let members = &groups[&key];
        if members.len() < 2 {
            continue;
        }
        let mkeys: Vec<BTreeSet<String>> = members.iter().map(|&i| measure_key(measure_of(&merged[i].body), key.1)).collect();
        let arts: Vec<BTreeSet<u32>> = members.iter().map(|&i| merged[i].sources.iter().map(|s| s.article).collect()).collect();
        let mut cluster: Vec<usize> = Vec::new();
        for x in 0..members.len() {
            for y in x + 1..members.len() {
                let (a, b) = (&merged[members[x]], &merged[members[y]]);
                let same_measure = overlap(&mkeys[x], &mkeys[y]) >= 0.5 && !mkeys[x].is_empty() && !mkeys[y].is_empty();
                let other_articles = arts[x] != arts[y];
                let (Some((lo1, hi1)), Some((lo2, hi2))) = (interval(&a.body), interval(&b.body)) else { continue };
                let conflict = hi1 < lo2 || hi2 < lo1;
                if same_measure && other_articles && conflict {
                    for i in [members[x], members[y]] {
                        if !cluster.contains(&i) {
                            cluster.push(i);
                        }
                    }
                }
            }
        }
        if cluster.len() >= 2 {
            cluster.sort();
            let subject = &bundle.entities[key.0 as usize].name;
            let first = measure_of(&merged[cluster[0]].body);
            let about = if key.1 == Some("%") && mkeys[members.iter().position(|&m| m == cluster[0]).unwrap_or(0)].contains("share") {
                format!("{subject}'s share of the {first}")
            } else {
                format!("{subject}: {first}")
            };
            out.push(Disagreement { about, facts: cluster.into_iter().map(|i| i as u32).collect() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_overlap() {
        let a = measure_key("the global market", Some("%"));
        let b = measure_key("global rare-earth production", Some("%"));
        assert!(a.contains("share") && b.contains("share"));
        assert_eq!(overlap(&a, &b), 1.0);
        assert_eq!(fmt(6000.0), "6,000");
        assert_eq!(fmt(-1234567.5), "-1,234,567.5");
    }

    #[test]
    fn intervals_respect_qualifiers() {
        let q = |v, qualifier| Body::Quantity { value: v, upper: None, unit: Some("%".into()), qualifier, measure: String::new(), same_as: None };
        let over80 = interval(&q(80.0, Qualifier::Over)).unwrap();
        let about70 = interval(&q(70.0, Qualifier::Approx)).unwrap();
        assert!(about70.1 < over80.0);
        let exact70 = interval(&q(70.0, Qualifier::Exact)).unwrap();
        assert!(!(exact70.1 < about70.0 || about70.1 < exact70.0));
    }
}
