//! Stage 5, resolve: link entity mentions across all articles into entities
//! (acronyms, surnames, short forms of organization names, place suffixes),
//! resolve relative dates against each article's publication date, and turn
//! candidates into facts with entity references.

use super::extract::dates::{DateExpr, Rel};
use super::extract::words::Tense;
use super::extract::{ArticleFacts, SpeakerRef};
use super::lexicon;
use crate::bundle::{Article, Body, Entity, EntityKind, Precision};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A fact of one article with its references resolved, before merging.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFact {
    /// `Quantity::same_as` is not set here; see `link`.
    pub body: Body,
    pub sentence: String,
    pub span: [u32; 2],
    /// Entity indices, in order of first mention.
    pub entities: Vec<u32>,
    /// The entity a quantity is about.
    pub subject: Option<u32>,
    /// Index in the same article's facts of the same amount in other units.
    pub link: Option<usize>,
    pub tense: Tense,
    /// An event's first day, for plausibility checks.
    pub when: Option<Date>,
}

#[derive(Debug, Clone)]
pub struct ResolvedDoc {
    pub meta: Article,
    pub published: Option<Date>,
    pub facts: Vec<RawFact>,
}

#[derive(Debug, Clone)]
pub struct Resolved {
    pub entities: Vec<Entity>,
    pub docs: Vec<ResolvedDoc>,
}

// ---------------------------------------------------------------- dates ----

fn month_index(y: i16, m: u8) -> i32 {
    y as i32 * 12 + m as i32 - 1
}

fn from_month_index(i: i32) -> (i16, u8) {
    ((i.div_euclid(12)) as i16, (i.rem_euclid(12) + 1) as u8)
}

fn weekday(n: u8) -> Weekday {
    Weekday::from_monday_zero_offset(n as i8).unwrap_or(Weekday::Monday)
}

/// Resolve a date expression against the publication date (or, without one,
/// the latest year the article names). Returns the ISO prefix, its
/// precision, and the first day it covers.
pub fn resolve_date(expr: DateExpr, published: Option<Date>, context_year: Option<i16>, tense: Tense) -> Option<(String, Precision, Date)> {
    let day = |d: Date| Some((d.to_string(), Precision::Day, d));
    let month = |y: i16, m: u8| Some((format!("{y:04}-{m:02}"), Precision::Month, Date::new(y, m as i8, 1).ok()?));
    let year = |y: i16| Some((format!("{y:04}"), Precision::Year, Date::new(y, 1, 1).ok()?));
    match expr {
        DateExpr::Ymd(y, m, d) => day(Date::new(y, m as i8, d as i8).ok()?),
        DateExpr::Ym(y, m) => month(y, m),
        DateExpr::Y(y) => year(y),
        DateExpr::Decade(y) => Some((format!("{y:04}s"), Precision::Decade, Date::new(y, 1, 1).ok()?)),
        DateExpr::MonthDay(m, d) => {
            let Some(p) = published else {
                return Some((format!("--{m:02}-{d:02}"), Precision::MonthDay, Date::new(2000, m as i8, d as i8).ok()?));
            };
            let cands: Vec<Date> = [p.year() - 1, p.year(), p.year() + 1].iter().filter_map(|&y| Date::new(y, m as i8, d as i8).ok()).collect();
            let pick = match tense {
                Tense::Past => cands.iter().rev().find(|&&c| c <= p),
                Tense::Future => cands.iter().find(|&&c| c >= p),
                Tense::Neutral => cands.iter().min_by_key(|&&c| (p - c).get_days().abs()),
            };
            day(*pick?)
        }
        DateExpr::Month(m, rel) => {
            let p = published?;
            let pm = month_index(p.year(), p.month() as u8);
            let same = month_index(p.year(), m);
            let (prev, next) = if same <= pm { (same, same + 12) } else { (same - 12, same) };
            let chosen = match rel {
                Rel::Last => if same < pm { same } else { same - 12 },
                Rel::Next => if same > pm { same } else { same + 12 },
                Rel::This => same,
                Rel::Plain => match tense {
                    Tense::Past => prev,
                    Tense::Future => if same >= pm { same } else { next },
                    Tense::Neutral => if pm - prev <= next - pm { prev } else { next },
                },
            };
            let (y, m) = from_month_index(chosen);
            month(y, m)
        }
        DateExpr::Weekday(w, rel) => {
            let p = published?;
            let wd = weekday(w);
            let back = (p.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7) as i64;
            let ahead = (wd.to_monday_zero_offset() - p.weekday().to_monday_zero_offset()).rem_euclid(7) as i64;
            let d = match (rel, tense) {
                (Rel::Next, _) => p.checked_add(if ahead == 0 { 7 } else { ahead }.days()).ok()?,
                (Rel::Last, _) => p.checked_sub(if back == 0 { 7 } else { back }.days()).ok()?,
                (_, Tense::Future) => p.checked_add(ahead.days()).ok()?,
                _ => p.checked_sub(back.days()).ok()?,
            };
            day(d)
        }
        DateExpr::RelDay(n) => day(published?.checked_add((n as i64).days()).ok()?),
        DateExpr::RelMonth(n) => {
            let p = published?;
            let (y, m) = from_month_index(month_index(p.year(), p.month() as u8) + n as i32);
            month(y, m)
        }
        DateExpr::RelYear(n) => year(published.map(|p| p.year()).or(context_year)? + n as i16),
        DateExpr::MonthOfRelYear(m, n) => month(published.map(|p| p.year()).or(context_year)? + n as i16, m),
        DateExpr::Season(start, rel) => {
            // The season's start and end (as month indexes) in the publication's year.
            let p = published?;
            let pm = month_index(p.year(), p.month() as u8);
            let s = month_index(p.year(), start);
            let (prev, next) = if s + 2 < pm { (s, s + 12) } else if s > pm { (s - 12, s) } else { (s, s) };
            let chosen = match (rel, tense) {
                (Rel::Last, _) | (Rel::Plain, Tense::Past) => if s + 2 < pm { s } else { s - 12 },
                (Rel::Next, _) | (Rel::Plain, Tense::Future) => if s > pm { s } else { s + 12 },
                (Rel::This, _) => s,
                (Rel::Plain, Tense::Neutral) => if pm - prev <= next - pm { prev } else { next },
            };
            year(from_month_index(chosen).0)
        }
        DateExpr::DayOfMonth(d) => {
            let p = published?;
            let mut idx = month_index(p.year(), p.month() as u8);
            if tense == Tense::Past && d as i8 > p.day() {
                idx -= 1;
            } else if tense == Tense::Future && (d as i8) < p.day() {
                idx += 1;
            }
            let (y, m) = from_month_index(idx);
            day(Date::new(y, m as i8, d as i8).ok()?)
        }
    }
}

// ------------------------------------------------------------- entities ----

/// Normalized form of a name, for comparisons.
pub fn norm(name: &str) -> String {
    let s = name.replace('’', "'").to_lowercase();
    let s = s.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '&');
    let s = s.strip_prefix("the ").unwrap_or(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An organization's name without its legal form ("Hitachi, Ltd." → "hitachi").
fn core(key: &str) -> String {
    let mut words: Vec<&str> = key.split_whitespace().collect();
    loop {
        let Some(last) = words.last() else { break };
        let bare = last.trim_end_matches(',');
        if words.len() > 1 && lexicon::LEGAL_FORMS.contains(&bare) {
            words.pop();
            if let Some(w) = words.last_mut() {
                *w = w.trim_end_matches(',');
            }
        } else {
            break;
        }
    }
    words.join(" ").trim_end_matches(',').to_string()
}

pub fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_string()
}

struct Uf(Vec<usize>);

impl Uf {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    /// Join two sets; the smaller index stays the root, so results do not
    /// depend on the order of unions.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = (a.min(b), a.max(b));
            self.0[hi] = lo;
        }
    }
}

#[derive(Default)]
struct KeyInfo {
    /// Surfaces and how often each was seen (first-seen order).
    surfaces: Vec<(String, u32)>,
    count: u32,
    strong: [u32; 5],
    weak_person: u32,
    lexicon: Option<(String, EntityKind)>,
    /// Seen as the expansion of an acronym.
    expanded: u32,
    acronyms: BTreeSet<String>,
    articles: BTreeSet<u32>,
    first: (u32, u32, u32),
}

fn kind_ix(k: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|&x| x == k).unwrap_or(4)
}

struct Registry {
    keys: Vec<String>,
    index: HashMap<String, usize>,
    info: Vec<KeyInfo>,
}

impl Registry {
    fn key(&mut self, k: &str) -> usize {
        if let Some(&i) = self.index.get(k) {
            return i;
        }
        let i = self.keys.len();
        self.keys.push(k.to_string());
        self.index.insert(k.to_string(), i);
        self.info.push(KeyInfo { first: (u32::MAX, u32::MAX, u32::MAX), ..Default::default() });
        i
    }
}

/// Link mentions into entities and facts into resolved facts.
pub fn resolve(docs: Vec<ArticleFacts>) -> Resolved {
    let terms: HashSet<String> = docs.iter().flat_map(|d| d.terms.iter().cloned()).collect();
    let mut reg = Registry { keys: Vec::new(), index: HashMap::new(), info: Vec::new() };
    // Names that stand alone somewhere: "Sumitomo Chemical and Mitsubishi
    // Materials Corporation" is two names when the second stands alone.
    let standalone: HashSet<String> = docs
        .iter()
        .flat_map(|d| d.mentions.iter())
        .filter(|m| m.mention.strong && m.mention.kind != Some(EntityKind::Element))
        .map(|m| norm(m.mention.canonical.as_deref().unwrap_or(&m.mention.text)))
        .collect();
    // mention → keys, per article
    let mut mention_keys: Vec<Vec<Vec<usize>>> = Vec::with_capacity(docs.len());
    for (a, doc) in docs.iter().enumerate() {
        let mut keys = Vec::with_capacity(doc.mentions.len());
        for m in &doc.mentions {
            let mm = &m.mention;
            let demonym = super::extract::entities::is_demonym(&mm.text.to_lowercase());
            let surface = if demonym || mm.kind == Some(EntityKind::Element) { mm.canonical.clone().unwrap_or_else(|| mm.text.clone()) } else { mm.text.clone() };
            let bare = mm.text.trim_end_matches('s');
            let is_term = mm.canonical.is_none() && (terms.contains(&mm.text) || terms.contains(bare)) && mm.text.chars().all(|c| !c.is_lowercase());
            let k = norm(mm.canonical.as_deref().unwrap_or(&mm.text));
            if is_term || k.chars().filter(|c| c.is_alphabetic()).count() < 2 || lexicon::is_in(lexicon::NOT_NAMES, &k) {
                keys.push(Vec::new());
                continue;
            }
            let mut pieces: Vec<(String, String, Option<EntityKind>, bool, Option<String>)> = Vec::new();
            if let Some(pos) = k.match_indices(" and ").map(|(p, _)| p).find(|&p| standalone.contains(&k[p + 5..])) {
                let words_left = k[..pos].split(' ').count();
                let text_words: Vec<&str> = surface.split(' ').collect();
                let left_surface = text_words[..words_left.min(text_words.len())].join(" ");
                let right_surface = text_words[(words_left + 1).min(text_words.len())..].join(" ");
                let left_kind = k[..pos].rsplit(' ').next().filter(|w| lexicon::ORG_SUFFIXES.contains(w)).map(|_| EntityKind::Organization);
                pieces.push((k[..pos].to_string(), left_surface, left_kind, left_kind.is_some(), None));
                pieces.push((k[pos + 5..].to_string(), right_surface, mm.kind, mm.strong, mm.acronym.clone()));
            } else {
                pieces.push((k, surface, mm.kind, mm.strong, mm.acronym.clone()));
            }
            let mut ks = Vec::new();
            for (k, surface, kind, strong, acronym) in pieces {
                let i = reg.key(&k);
                let info = &mut reg.info[i];
                match info.surfaces.iter_mut().find(|(s, _)| *s == surface) {
                    Some((_, n)) => *n += 1,
                    None => info.surfaces.push((surface.clone(), 1)),
                }
                info.count += 1;
                info.articles.insert(a as u32);
                info.first = info.first.min((a as u32, m.sentence as u32, mm.span[0]));
                if let (Some(c), Some(kind)) = (&mm.canonical, kind) {
                    if kind != EntityKind::Element {
                        info.lexicon = Some((c.clone(), kind));
                    }
                }
                if let Some(kind) = kind {
                    if strong {
                        info.strong[kind_ix(kind)] += 1;
                    } else if kind == EntityKind::Person {
                        info.weak_person += 1;
                    }
                }
                if let Some(acr) = acronym {
                    info.expanded += 1;
                    info.acronyms.insert(acr);
                }
                ks.push(i);
            }
            keys.push(ks);
        }
        mention_keys.push(keys);
    }
    // Acronym keys exist even when the acronym is never used alone.
    let n0 = reg.keys.len();
    for i in 0..n0 {
        let acrs: Vec<String> = reg.info[i].acronyms.iter().cloned().collect();
        for a in acrs {
            let j = reg.key(&norm(&a));
            let first = reg.info[i].first;
            reg.info[j].first = reg.info[j].first.min(first);
        }
    }
    let n = reg.keys.len();
    let mut uf = Uf((0..n).collect());
    let is_known = |k: &str| super::extract::entities::known().contains_key(k);
    let strongest = |info: &KeyInfo| -> Option<EntityKind> {
        info.lexicon.as_ref().map(|l| l.1).or_else(|| {
            let (ix, &votes) = info.strong.iter().enumerate().max_by_key(|&(ix, &v)| (v, std::cmp::Reverse(ix)))?;
            (votes > 0).then(|| EntityKind::ALL[ix])
        })
    };
    // a. acronyms
    for i in 0..n {
        for a in reg.info[i].acronyms.clone() {
            let j = reg.index[&norm(&a)];
            uf.union(i, j);
        }
    }
    // b. organization core names; c. a leading place name; d. place suffixes
    let mut cores: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let key = reg.keys[i].clone();
        let kind = strongest(&reg.info[i]);
        let c = core(&key);
        if c != key && !c.is_empty() {
            if let Some(&j) = reg.index.get(&c) {
                uf.union(i, j);
            }
        }
        if kind == Some(EntityKind::Organization) && c.contains(' ') {
            cores.entry(c.split(' ').next().unwrap_or("").to_string()).or_default().push(i);
        }
        let words: Vec<&str> = key.split(' ').collect();
        if words.len() >= 3 && is_known(words[0]) {
            let rest = words[1..].join(" ");
            if let Some(&j) = reg.index.get(&rest) {
                uf.union(i, j);
            }
        }
        if words.len() >= 2 && kind == Some(EntityKind::Place) && lexicon::PLACE_SUFFIXES.contains(words.last().unwrap()) {
            let base = words[..words.len() - 1].join(" ");
            if let Some(&j) = reg.index.get(&base) {
                if !is_known(&base) || strongest(&reg.info[j]) == Some(EntityKind::Place) {
                    uf.union(i, j);
                }
            }
        }
        // g. "strategic innovation promotion program" ⊂ "cross-ministerial strategic …"
        if words.len() >= 4 && matches!(kind, Some(EntityKind::Other | EntityKind::Organization)) {
            for skip in 1..words.len() - 2 {
                let tail = words[skip..].join(" ");
                if let Some(&j) = reg.index.get(&tail) {
                    if strongest(&reg.info[j]) == kind {
                        uf.union(i, j);
                    }
                }
            }
        }
    }
    // e. surnames of people; f. first words of organizations
    let mut surnames: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        if strongest(&reg.info[i]) == Some(EntityKind::Person) {
            let words: Vec<&str> = reg.keys[i].split(' ').collect();
            if words.len() >= 2 {
                surnames.entry(words.last().unwrap().to_string()).or_default().push(i);
            }
        }
    }
    // Keys already joined with others (by acronym, legal form, …).
    let mut members = vec![0u32; n];
    for i in 0..n {
        members[uf.find(i)] += 1;
    }
    let grouped: Vec<bool> = (0..n).map(|i| members[uf.find(i)] > 1).collect();
    for i in 0..n {
        let key = reg.keys[i].clone();
        if key.contains(' ') || is_known(&key) {
            continue;
        }
        let kind = strongest(&reg.info[i]);
        if matches!(kind, None | Some(EntityKind::Person)) {
            if let Some(people) = surnames.get(&key) {
                let roots: BTreeSet<usize> = people.iter().map(|&p| uf.find(p)).collect();
                if roots.len() == 1 {
                    uf.union(i, people[0]);
                    continue;
                }
            }
        }
        if kind.is_none() && !grouped[i] {
            if let Some(orgs) = cores.get(&key) {
                let roots: BTreeSet<usize> = orgs.iter().map(|&o| uf.find(o)).collect();
                if roots.len() == 1 {
                    uf.union(i, orgs[0]);
                }
            }
        }
    }
    // Groups → entities.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    let mut built: Vec<(usize, Entity, (u32, u32, u32))> = Vec::new(); // root, entity, first seen
    for (root, members) in &groups {
        let infos: Vec<&KeyInfo> = members.iter().map(|&i| &reg.info[i]).collect();
        let total: u32 = infos.iter().map(|x| x.count).sum();
        let mut strong = [0u32; 5];
        for x in &infos {
            for (k, v) in x.strong.iter().enumerate() {
                strong[k] += v;
            }
        }
        let lexicon_entry = infos.iter().find_map(|x| x.lexicon.clone());
        let weak_person: u32 = infos.iter().map(|x| x.weak_person).sum();
        let any_strong = strong.iter().any(|&v| v > 0) || lexicon_entry.is_some();
        let multiword = members.iter().any(|&i| reg.keys[i].contains(' '));
        let kind = if let Some((_, k)) = &lexicon_entry {
            *k
        } else if any_strong {
            let (ix, _) = strong.iter().enumerate().max_by_key(|&(ix, &v)| (v, std::cmp::Reverse(ix))).unwrap();
            EntityKind::ALL[ix]
        } else if weak_person > 0 {
            EntityKind::Person
        } else if multiword && total >= 2 {
            EntityKind::Other
        } else {
            continue;
        };
        // Name: the lexicon's, a person's full name, an acronym's expansion,
        // or the most frequent strong surface.
        let mut surfaces: Vec<(String, u32, usize, bool)> = Vec::new(); // text, count, words, expanded
        for &i in members {
            let info = &reg.info[i];
            for (s, c) in &info.surfaces {
                match surfaces.iter_mut().find(|x| x.0.eq_ignore_ascii_case(s)) {
                    Some(x) => x.1 += c,
                    None => surfaces.push((s.clone(), *c, s.split_whitespace().count(), info.expanded > 0)),
                }
            }
        }
        let name = if let Some((c, _)) = &lexicon_entry {
            c.clone()
        } else if kind == EntityKind::Person {
            surfaces.iter().max_by_key(|x| (x.2, x.1)).map(|x| x.0.clone()).unwrap_or_default()
        } else if surfaces.iter().any(|x| x.3) {
            surfaces.iter().filter(|x| x.3).max_by_key(|x| (x.1, x.2)).map(|x| x.0.clone()).unwrap_or_default()
        } else {
            surfaces.iter().max_by_key(|x| (x.1, x.2)).map(|x| x.0.clone()).unwrap_or_default()
        };
        if name.is_empty() {
            continue;
        }
        let mut aliases: Vec<String> = Vec::new();
        let mut push = |a: String| {
            if !a.eq_ignore_ascii_case(&name) && !aliases.iter().any(|x| x.eq_ignore_ascii_case(&a)) {
                aliases.push(a);
            }
        };
        for s in &surfaces {
            push(s.0.clone());
        }
        for &i in members {
            for a in &reg.info[i].acronyms {
                push(a.clone());
            }
        }
        if kind == EntityKind::Person {
            if let Some(last) = name.split_whitespace().last().filter(|_| name.contains(' ')) {
                push(last.to_string());
            }
        }
        if kind == EntityKind::Element {
            if let Some((_, sym)) = lexicon::element(&name) {
                push(sym.to_string());
            }
        }
        let articles: BTreeSet<u32> = infos.iter().flat_map(|x| x.articles.iter().copied()).collect();
        let first = infos.iter().map(|x| x.first).min().unwrap_or_default();
        built.push((*root, Entity { id: String::new(), name, kind, aliases, articles: articles.into_iter().collect() }, first));
    }
    built.sort_by_key(|b| b.2);
    let mut root_to_entity: HashMap<usize, u32> = HashMap::new();
    let mut entities = Vec::with_capacity(built.len());
    let mut used_ids: HashSet<String> = HashSet::new();
    for (root, mut e, _) in built {
        let base = slug(&e.name);
        let mut id = if base.is_empty() { "entity".to_string() } else { base.clone() };
        let mut k = 2;
        while !used_ids.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        e.id = id;
        root_to_entity.insert(root, entities.len() as u32);
        entities.push(e);
    }
    let mut out_docs = Vec::with_capacity(docs.len());
    for (doc, keys) in docs.into_iter().zip(mention_keys) {
        let entities: Vec<Vec<u32>> = keys
            .iter()
            .map(|ks| {
                let mut v: Vec<u32> = Vec::new();
                for &k in ks {
                    if let Some(&e) = root_to_entity.get(&uf.find(k)) {
                        if !v.contains(&e) {
                            v.push(e);
                        }
                    }
                }
                v
            })
            .collect();
        out_docs.push(resolve_doc(doc, &entities));
    }
    Resolved { entities, docs: out_docs }
}

/// Turn one article's candidates into facts, given each mention's entity.
fn resolve_doc(doc: ArticleFacts, entities_of: &[Vec<u32>]) -> ResolvedDoc {
    // The entity a mention names (the last, for "A and B" read as two names).
    let mention_entity: Vec<Option<u32>> = entities_of.iter().map(|v| v.last().copied()).collect();
    // Entities per sentence, in order of mention.
    let mut by_sentence: Vec<Vec<u32>> = vec![Vec::new(); doc.sentences.len()];
    for (m, es) in doc.mentions.iter().zip(entities_of) {
        for e in es {
            let list = &mut by_sentence[m.sentence];
            if !list.contains(e) {
                list.push(*e);
            }
        }
    }
    let mut facts: Vec<RawFact> = Vec::new();
    let mut quantity_fact: Vec<Option<usize>> = vec![None; doc.quantities.len()];
    for (qi, q) in doc.quantities.iter().enumerate() {
        quantity_fact[qi] = Some(facts.len());
        facts.push(RawFact {
            body: Body::Quantity {
                value: q.q.value,
                upper: q.q.upper,
                unit: q.q.unit.clone(),
                qualifier: q.q.qualifier,
                measure: q.q.measure.clone(),
                same_as: None,
            },
            sentence: doc.sentences[q.sentence].clone(),
            span: q.q.span,
            entities: by_sentence[q.sentence].clone(),
            subject: q.subject.and_then(|m| mention_entity[m]),
            link: None,
            tense: Tense::Neutral,
            when: None,
        });
    }
    for (qi, q) in doc.quantities.iter().enumerate() {
        if let (Some(f), Some(other)) = (quantity_fact[qi], q.same_as) {
            facts[f].link = quantity_fact[other];
        }
    }
    for e in &doc.events {
        let Some((date, precision, when)) = resolve_date(e.expr, doc.published, doc.context_year, e.tense) else { continue };
        facts.push(RawFact {
            body: Body::Event { date, precision, summary: e.summary.clone() },
            sentence: doc.sentences[e.sentence].clone(),
            span: e.span,
            entities: by_sentence[e.sentence].clone(),
            subject: None,
            link: None,
            tense: e.tense,
            when: Some(when),
        });
    }
    // Quotes: pronouns take the last person named before; continuations the previous speaker.
    let people: Vec<(usize, u32, u32)> = doc
        .mentions
        .iter()
        .zip(&mention_entity)
        .filter_map(|(m, e)| e.map(|e| (m.sentence, m.mention.span[0], e)))
        .collect();
    let mut last_quote: Option<(usize, u32)> = None;
    for q in &doc.quotes {
        let speaker = match q.speaker {
            SpeakerRef::Mention(m) => mention_entity[m],
            SpeakerRef::Pronoun => people
                .iter()
                .filter(|(s, at, e)| (*s < q.sentence || (*s == q.sentence && *at < q.span[0])) && is_person(&doc, *e, &mention_entity))
                .map(|p| p.2)
                .next_back(),
            SpeakerRef::Continuation => last_quote.filter(|(s, _)| q.sentence - s <= 2).map(|(_, e)| e),
        };
        let Some(speaker) = speaker else { continue };
        last_quote = Some((q.sentence, speaker));
        let mut entities = vec![speaker];
        for e in &by_sentence[q.sentence] {
            if !entities.contains(e) {
                entities.push(*e);
            }
        }
        facts.push(RawFact {
            body: Body::Quote { speaker: Some(speaker), quote: q.quote.clone() },
            sentence: doc.sentences[q.sentence].clone(),
            span: q.span,
            entities,
            subject: Some(speaker),
            link: None,
            tense: Tense::Neutral,
            when: None,
        });
    }
    for r in &doc.rows {
        let len = doc.sentences[r.sentence].chars().count() as u32;
        facts.push(RawFact {
            body: Body::Row { table: r.table.clone(), cells: r.cells.clone() },
            sentence: doc.sentences[r.sentence].clone(),
            span: [0, len],
            entities: by_sentence[r.sentence].clone(),
            subject: None,
            link: None,
            tense: Tense::Neutral,
            when: None,
        });
    }
    ResolvedDoc { meta: doc.meta, published: doc.published, facts }
}

/// Is entity `e` a person? (Known from the mentions that resolved to it.)
fn is_person(doc: &ArticleFacts, e: u32, mention_entity: &[Option<u32>]) -> bool {
    doc.mentions
        .iter()
        .zip(mention_entity)
        .any(|(m, me)| *me == Some(e) && m.mention.kind == Some(EntityKind::Person))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    fn r(expr: DateExpr, p: &str, tense: Tense) -> Option<String> {
        resolve_date(expr, d(p), None, tense).map(|x| x.0)
    }

    #[test]
    fn relative_dates_against_publication() {
        use DateExpr::*;
        // 2026-02-02 is a Monday.
        assert_eq!(r(Weekday(0, Rel::Plain), "2026-02-02", Tense::Past).as_deref(), Some("2026-02-02"));
        assert_eq!(r(Weekday(4, Rel::Plain), "2026-02-02", Tense::Past).as_deref(), Some("2026-01-30"));
        assert_eq!(r(Weekday(4, Rel::Plain), "2026-02-02", Tense::Future).as_deref(), Some("2026-02-06"));
        assert_eq!(r(RelMonth(-1), "2026-02-02", Tense::Past).as_deref(), Some("2026-01"));
        assert_eq!(r(Month(11, Rel::Plain), "2026-02-02", Tense::Past).as_deref(), Some("2025-11"));
        assert_eq!(r(Month(1, Rel::Plain), "2025-11-08", Tense::Future).as_deref(), Some("2026-01"));
        assert_eq!(r(Month(11, Rel::Last), "2026-11-20", Tense::Neutral).as_deref(), Some("2025-11"));
        assert_eq!(r(MonthDay(1, 17), "2026-02-02", Tense::Past).as_deref(), Some("2026-01-17"));
        assert_eq!(r(MonthDay(3, 19), "2026-02-02", Tense::Future).as_deref(), Some("2026-03-19"));
        assert_eq!(r(DayOfMonth(7), "2026-02-02", Tense::Past).as_deref(), Some("2026-01-07"));
        assert_eq!(r(RelYear(-1), "2026-02-02", Tense::Past).as_deref(), Some("2025"));
        assert_eq!(r(RelDay(-1), "2026-03-01", Tense::Past).as_deref(), Some("2026-02-28"));
        assert_eq!(r(MonthOfRelYear(2, -1), "2026-03-12", Tense::Past).as_deref(), Some("2025-02"));
        assert_eq!(r(MonthOfRelYear(9, 1), "2026-03-12", Tense::Future).as_deref(), Some("2027-09"));
        assert_eq!(r(Season(3, Rel::Next), "2026-01-15", Tense::Future).as_deref(), Some("2026"));
        assert_eq!(r(Season(3, Rel::Next), "2026-10-02", Tense::Future).as_deref(), Some("2027"));
        assert_eq!(r(Season(6, Rel::Last), "2026-03-01", Tense::Past).as_deref(), Some("2025"));
        assert_eq!(r(Season(6, Rel::Plain), "2026-10-01", Tense::Past).as_deref(), Some("2026"));
        assert_eq!(r(Season(12, Rel::This), "2026-10-01", Tense::Future).as_deref(), Some("2026"));
    }

    #[test]
    fn without_publication_date() {
        use DateExpr::*;
        assert_eq!(resolve_date(MonthDay(3, 19), None, Some(2025), Tense::Future).map(|x| (x.0, x.1)), Some(("--03-19".into(), Precision::MonthDay)));
        assert_eq!(resolve_date(RelYear(-1), None, Some(2025), Tense::Past).map(|x| x.0).as_deref(), Some("2024"));
        assert_eq!(resolve_date(Weekday(0, Rel::Plain), None, Some(2025), Tense::Past), None);
        assert_eq!(resolve_date(Decade(2010), None, None, Tense::Past).map(|x| (x.0, x.1)), Some(("2010s".into(), Precision::Decade)));
    }

    #[test]
    fn names() {
        assert_eq!(core("hitachi, ltd."), "hitachi");
        assert_eq!(core("sumitomo metal mining co., ltd."), "sumitomo metal mining");
        assert_eq!(core("dowa holdings co., ltd."), "dowa");
        assert_eq!(norm("The Japan’s  Agency"), "japan's agency");
        assert_eq!(slug("Japan Organization for Metals & Energy"), "japan-organization-for-metals-energy");
    }
}
