//! The widget's view of a bundle: search text, counts and filters, as pure
//! functions so they are tested natively.

use crate::bundle::{Body, Bundle, EntityKind, FactKind};
use std::sync::{Arc, Mutex};

/// What the reader is looking for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Words that must all appear (case-insensitive) in a fact's text.
    pub query: String,
    /// Only facts naming this entity.
    pub entity: Option<u32>,
    /// Only facts from this article.
    pub article: Option<u32>,
}

/// A bundle with what the widget needs precomputed.
#[derive(Debug)]
pub struct Model {
    pub b: Bundle,
    /// Lower-case searchable text of each fact.
    text: Vec<String>,
    /// Whether each fact is in a disagreement.
    disputed: Vec<bool>,
    /// The facts matching the last two filters asked about (a reader's
    /// filter and the same words without its entity and article, which the
    /// name and source tallies use): one pass over the facts per change,
    /// however many counts, lists and tallies a render asks for.
    hits: Mutex<Vec<(Filter, Arc<[bool]>)>>,
    /// The tallies of the last query (the tabs and the names view ask twice per render).
    tally: Mutex<Option<(String, Arc<(Vec<u32>, Vec<u32>)>)>>,
}

/// Lower-case words of a query.
fn words(q: &str) -> Vec<String> {
    q.to_lowercase()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

impl Model {
    pub fn new(mut b: Bundle) -> Self {
        strip_bidi(&mut b);
        let text = b
            .facts
            .iter()
            .map(|f| {
                let mut t = String::new();
                match &f.body {
                    Body::Quantity { measure, unit, .. } => {
                        t.push_str(measure);
                        t.push(' ');
                        t.push_str(unit.as_deref().unwrap_or(""));
                    }
                    Body::Event { date, summary, .. } => {
                        t.push_str(date);
                        t.push(' ');
                        t.push_str(summary);
                    }
                    Body::Quote { quote, .. } => t.push_str(quote),
                    Body::Row { table, cells } => {
                        t.push_str(table);
                        for (_, c) in cells {
                            t.push(' ');
                            t.push_str(c);
                        }
                    }
                }
                for s in &f.sources {
                    t.push(' ');
                    t.push_str(&b.sentences[s.sentence as usize]);
                }
                for &e in &f.entities {
                    let e = &b.entities[e as usize];
                    t.push(' ');
                    t.push_str(&e.name);
                    for a in &e.aliases {
                        t.push(' ');
                        t.push_str(a);
                    }
                }
                t.to_lowercase()
            })
            .collect();
        let mut disputed = vec![false; b.facts.len()];
        for d in &b.disagreements {
            for &i in &d.facts {
                if let Some(x) = disputed.get_mut(i as usize) {
                    *x = true;
                }
            }
        }
        Model {
            b,
            text,
            disputed,
            hits: Mutex::new(Vec::new()),
            tally: Mutex::new(None),
        }
    }

    /// Which facts match the filter: computed once per filter (the last two
    /// are kept).
    pub fn hits(&self, f: &Filter) -> Arc<[bool]> {
        let mut cache = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, h)) = cache.iter().find(|(g, _)| g == f) {
            return h.clone();
        }
        let words = words(&f.query);
        let h: Arc<[bool]> = (0..self.b.facts.len())
            .map(|i| {
                let fact = &self.b.facts[i];
                !f.entity.is_some_and(|e| !fact.entities.contains(&e))
                    && !f
                        .article
                        .is_some_and(|a| !fact.sources.iter().any(|s| s.article == a))
                    && words.iter().all(|w| self.text[i].contains(w.as_str()))
            })
            .collect();
        if cache.len() == 2 {
            cache.remove(0);
        }
        cache.push((f.clone(), h.clone()));
        h
    }

    /// A test for "does fact `i` match the filter?" (the facts are matched once).
    pub fn matcher(&self, f: &Filter) -> impl Fn(usize) -> bool + use<> {
        let h = self.hits(f);
        move |i| h.get(i).copied().unwrap_or(false)
    }

    /// Does fact `i` match the filter?
    pub fn matches(&self, i: usize, f: &Filter) -> bool {
        self.matcher(f)(i)
    }

    /// The matching facts of a kind: those an editor pinned first, then
    /// the others, each in bundle order.
    pub fn list(&self, kind: FactKind, f: &Filter) -> Vec<usize> {
        let ok = self.matcher(f);
        let facts = &self.b.facts;
        let (mut pinned, rest): (Vec<usize>, Vec<usize>) = (0..facts.len())
            .filter(|&i| facts[i].kind() == kind && ok(i))
            .partition(|&i| facts[i].pinned);
        pinned.extend(rest);
        pinned
    }

    /// Matching facts per kind, in `FactKind::ALL` order.
    pub fn counts(&self, f: &Filter) -> [usize; 4] {
        let ok = self.matcher(f);
        let mut c = [0; 4];
        for i in 0..self.b.facts.len() {
            if ok(i) {
                c[FactKind::ALL
                    .iter()
                    .position(|&k| k == self.b.facts[i].kind())
                    .unwrap_or(0)] += 1;
            }
        }
        c
    }

    /// Matching facts per entity and per article (the filter's own entity
    /// and article restrictions aside, so the choices stay visible).
    pub fn tallies(&self, f: &Filter) -> Arc<(Vec<u32>, Vec<u32>)> {
        let mut cache = self.tally.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, t)) = cache.as_ref().filter(|(q, _)| *q == f.query) {
            return t.clone();
        }
        let open = Filter {
            query: f.query.clone(),
            entity: None,
            article: None,
        };
        let ok = self.matcher(&open);
        let mut ents = vec![0u32; self.b.entities.len()];
        let mut arts = vec![0u32; self.b.articles.len()];
        for (i, fact) in self.b.facts.iter().enumerate() {
            if !ok(i) {
                continue;
            }
            for &e in &fact.entities {
                ents[e as usize] += 1;
            }
            let mut seen: Vec<u32> = fact.sources.iter().map(|s| s.article).collect();
            seen.dedup();
            for a in seen {
                arts[a as usize] += 1;
            }
        }
        let t = Arc::new((ents, arts));
        *cache = Some((f.query.clone(), t.clone()));
        t
    }

    /// Disagreements with a fact that matches the filter.
    pub fn disagreements(&self, f: &Filter) -> Vec<usize> {
        let ok = self.matcher(f);
        (0..self.b.disagreements.len())
            .filter(|&d| {
                self.b.disagreements[d]
                    .facts
                    .iter()
                    .any(|&i| ok(i as usize))
            })
            .collect()
    }

    /// Order facts for a reader: those an editor pinned first, then those in a disagreement, then those
    /// reported by more sources or flagged, then one from each article in
    /// turn (so a long article does not fill the first screen).
    pub fn salient(&self, mut list: Vec<usize>) -> Vec<usize> {
        let b = &self.b;
        let in_dis = &self.disputed;
        let mut rank = vec![0usize; list.len()];
        let mut seen = vec![0usize; b.articles.len()];
        for (k, &i) in list.iter().enumerate() {
            let a = b.facts[i].sources[0].article as usize;
            rank[k] = seen[a];
            seen[a] += 1;
        }
        let score = |i: usize| {
            1000 * b.facts[i].pinned as usize
                + 100 * in_dis[i] as usize
                + 10 * b.facts[i].sources.len().min(9)
                + 5 * !b.facts[i].flags.is_empty() as usize
        };
        let key: Vec<(usize, usize, u32, usize)> = list
            .iter()
            .enumerate()
            .map(|(k, &i)| {
                (
                    usize::MAX - score(i),
                    rank[k],
                    b.facts[i].sources[0].article,
                    i,
                )
            })
            .collect();
        let mut order: Vec<usize> = (0..list.len()).collect();
        super::sort_by(&mut order, &|x, y| key[x] < key[y]);
        let sorted = order.iter().map(|&k| list[k]).collect();
        list = sorted;
        list
    }

    /// An entity by id, name or alias (case-insensitive).
    pub fn entity_named(&self, name: &str) -> Option<u32> {
        let n = name.trim().to_lowercase();
        self.b
            .entities
            .iter()
            .position(|e| {
                e.id == n
                    || e.name.to_lowercase() == n
                    || e.aliases.iter().any(|a| a.to_lowercase() == n)
            })
            .map(|i| i as u32)
    }

    /// Read a `filter` attribute: `entity:NAME`, `kind:KIND`, `article:ID`,
    /// or words to search for. Returns the filter and the kind, if any.
    pub fn parse_filter(&self, s: &str) -> (Filter, Option<FactKind>) {
        let mut f = Filter::default();
        let mut kind = None;
        let mut query = Vec::new();
        for part in s
            .split(';')
            .flat_map(|p| p.split_once(':').map(|x| vec![x]).unwrap_or_default())
        {
            let (key, value) = (part.0.trim().to_lowercase(), part.1.trim());
            match key.as_str() {
                "entity" => f.entity = self.entity_named(value),
                "kind" => {
                    kind = FactKind::ALL
                        .iter()
                        .copied()
                        .find(|k| k.as_str() == value.to_lowercase())
                }
                "article" => {
                    f.article = self
                        .b
                        .articles
                        .iter()
                        .position(|a| a.id == value || a.file == value)
                        .map(|i| i as u32)
                }
                "q" | "search" => query.push(value.to_string()),
                _ => {}
            }
        }
        if !s.contains(':') {
            query.push(s.trim().to_string());
        }
        f.query = query.join(" ");
        (f, kind)
    }

    /// The index of the fact with this id.
    pub fn fact_by_id(&self, id: u64) -> Option<usize> {
        self.b.facts.iter().position(|f| f.id == id)
    }

    /// Entities of a kind with at least one matching fact, most mentioned first.
    pub fn entities_of(&self, kind: EntityKind, tally: &[u32]) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.b.entities.len())
            .filter(|&e| self.b.entities[e].kind == kind && tally[e] > 0)
            .collect();
        super::sort_by(&mut v, &|a, b| {
            tally[a] > tally[b] || (tally[a] == tally[b] && a < b)
        });
        v
    }
}

/// A bidirectional control (it could reorder what readers see around it).
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Take the bidirectional controls out of every text of a bundle, once,
/// before any view reads it. A sentence's become zero-width spaces, so its
/// facts' spans (in characters) still fit.
fn strip_bidi(b: &mut Bundle) {
    fn strip(s: &mut String) {
        if s.chars().any(is_bidi) {
            s.retain(|c| !is_bidi(c));
        }
    }
    for a in &mut b.articles {
        for s in [&mut a.file, &mut a.title] {
            strip(s);
        }
        for s in [&mut a.publisher, &mut a.published, &mut a.url]
            .into_iter()
            .flatten()
        {
            strip(s);
        }
    }
    for e in &mut b.entities {
        strip(&mut e.name);
        e.aliases.iter_mut().for_each(strip);
    }
    for s in &mut b.sentences {
        if s.chars().any(is_bidi) {
            *s = s
                .chars()
                .map(|c| if is_bidi(c) { '\u{200b}' } else { c })
                .collect();
        }
    }
    for f in &mut b.facts {
        match &mut f.body {
            Body::Quantity { measure, unit, .. } => {
                strip(measure);
                unit.iter_mut().for_each(strip);
            }
            Body::Event { date, summary, .. } => {
                strip(date);
                strip(summary);
            }
            Body::Quote { quote, .. } => strip(quote),
            Body::Row { table, cells } => {
                strip(table);
                for (h, c) in cells {
                    strip(h);
                    strip(c);
                }
            }
        }
        for fl in &mut f.flags {
            strip(&mut fl.reason);
        }
        f.note.iter_mut().for_each(strip);
        for e in &mut f.edited {
            if let crate::bundle::Prior::Text(t) = &mut e.before {
                strip(t);
            }
        }
    }
    b.title.iter_mut().for_each(strip);
    for d in &mut b.disagreements {
        strip(&mut d.about);
    }
}

/// The fact id in a `#fact-…` link (16 hex digits).
pub fn parse_fact_link(s: &str) -> Option<u64> {
    crate::bundle::parse_fact_id(s.strip_prefix("#").unwrap_or(s).strip_prefix("fact-")?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::*;

    fn model() -> Model {
        let q = |value: f64, measure: &str| Body::Quantity {
            value,
            upper: None,
            unit: Some("%".into()),
            qualifier: Qualifier::Exact,
            measure: measure.into(),
            same_as: None,
        };
        let src = |article, sentence| {
            vec![Source {
                article,
                sentence,
                span: [0, 1],
            }]
        };
        Model::new(Bundle {
            articles: vec![
                Article {
                    id: "a".into(),
                    ..Default::default()
                },
                Article {
                    id: "b".into(),
                    file: "b.md".into(),
                    ..Default::default()
                },
            ],
            entities: vec![
                Entity {
                    id: "china".into(),
                    name: "China".into(),
                    kind: EntityKind::Place,
                    aliases: vec!["PRC".into()],
                    articles: vec![0, 1],
                    usual: None,
                },
                Entity {
                    id: "jogmec".into(),
                    name: "Japan Organization for Metals".into(),
                    kind: EntityKind::Organization,
                    aliases: vec!["JOGMEC".into()],
                    articles: vec![0],
                    usual: None,
                },
            ],
            sentences: vec![
                "China controls 70% of output.".into(),
                "JOGMEC invested.".into(),
                "Talks began Monday.".into(),
            ],
            facts: vec![
                Fact {
                    id: 1,
                    body: q(70.0, "global output"),
                    sources: src(0, 0),
                    entities: vec![0],
                    flags: vec![],
                    pinned: false,
                    note: None,
                    edited: vec![],
                },
                Fact {
                    id: 0xabcdef12,
                    body: q(80.0, "market"),
                    sources: src(1, 0),
                    entities: vec![0, 1],
                    flags: vec![],
                    pinned: false,
                    note: None,
                    edited: vec![],
                },
                Fact {
                    id: 3,
                    body: Body::Event {
                        date: "2026-02-02".into(),
                        precision: Precision::Day,
                        summary: "Talks began".into(),
                    },
                    sources: src(1, 2),
                    entities: vec![],
                    flags: vec![],
                    pinned: false,
                    note: None,
                    edited: vec![],
                },
            ],
            disagreements: vec![Disagreement {
                about: "China's share".into(),
                facts: vec![0, 1],
            }],
            title: None,
            views: vec![],
        })
    }

    #[test]
    fn search_is_case_insensitive_and_needs_every_word() {
        let m = model();
        let f = |q: &str| Filter {
            query: q.into(),
            ..Default::default()
        };
        assert_eq!(m.list(FactKind::Quantity, &f("CHINA")), [0, 1]);
        assert_eq!(m.list(FactKind::Quantity, &f("china market")), [1]);
        assert_eq!(
            m.list(FactKind::Quantity, &f("jogmec")),
            [1],
            "aliases of entities are searchable"
        );
        assert!(
            m.list(FactKind::Quantity, &f("nothing-like-this"))
                .is_empty()
        );
        assert_eq!(m.counts(&f("")), [2, 1, 0, 0]);
        assert_eq!(m.counts(&f("talks")), [0, 1, 0, 0]);
    }

    #[test]
    fn entity_and_article_filters() {
        let m = model();
        let f = Filter {
            entity: Some(1),
            ..Default::default()
        };
        assert_eq!(m.counts(&f), [1, 0, 0, 0]);
        let f = Filter {
            article: Some(1),
            ..Default::default()
        };
        assert_eq!(m.counts(&f), [1, 1, 0, 0]);
        let (ents, arts) = &*m.tallies(&Filter {
            query: "market".into(),
            entity: Some(0),
            article: None,
        });
        assert_eq!(ents, &[1, 1]);
        assert_eq!(arts, &[0, 1]);
        assert_eq!(
            m.disagreements(&Filter {
                query: "talks".into(),
                ..Default::default()
            }),
            Vec::<usize>::new()
        );
        assert_eq!(m.disagreements(&Filter::default()), [0]);
    }

    #[test]
    fn filter_attribute() {
        let m = model();
        assert_eq!(m.parse_filter("entity:JOGMEC").0.entity, Some(1));
        assert_eq!(m.parse_filter("entity:china").0.entity, Some(0));
        assert_eq!(m.parse_filter("kind:event").1, Some(FactKind::Event));
        assert_eq!(m.parse_filter("article:b.md").0.article, Some(1));
        assert_eq!(m.parse_filter("rare earths").0.query, "rare earths");
        assert_eq!(m.parse_filter("entity:nobody").0.entity, None);
    }

    #[test]
    fn deep_link_ids() {
        let m = model();
        assert_eq!(parse_fact_link("#fact-00000000abcdef12"), Some(0xabcdef12));
        assert_eq!(parse_fact_link("#fact-abcdef12"), None, "16 digits");
        assert_eq!(m.fact_by_id(0xabcdef12), Some(1));
        assert_eq!(parse_fact_link("#fact-xyz"), None);
        assert_eq!(parse_fact_link("#other"), None);
        assert_eq!(m.entities_of(EntityKind::Place, &[2, 1]), [0]);
    }

    #[test]
    fn salient_order_puts_disagreements_and_spread_first() {
        let m = model();
        // Both quantities are in the disagreement: bundle order among them.
        assert_eq!(m.salient(vec![0, 1]), [0, 1]);
        assert_eq!(m.salient(vec![2, 1, 0]), [0, 1, 2]);
    }

    /// The facts are matched once per filter: the same filter gives the same
    /// answer without another pass; the two latest filters are kept.
    #[test]
    fn matches_are_computed_once_per_filter() {
        let m = model();
        let f = |q: &str| Filter {
            query: q.into(),
            ..Default::default()
        };
        let a = m.hits(&f("market"));
        assert!(Arc::ptr_eq(&a, &m.hits(&f("market"))));
        assert_eq!(
            a.iter().filter(|&&x| x).count(),
            m.list(FactKind::Quantity, &f("market")).len()
        );
        let _ = m.hits(&f("output"));
        assert!(Arc::ptr_eq(&a, &m.hits(&f("market"))), "two are kept");
        let _ = m.hits(&f("x"));
        let _ = m.hits(&f("y"));
        assert!(!Arc::ptr_eq(&a, &m.hits(&f("market"))), "older ones go");
    }
}
