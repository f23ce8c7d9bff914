//! Stage 5, resolve: link entity mentions across all articles into entities
//! (acronyms, surnames, short forms of organization names, place suffixes),
//! resolve relative dates against each article's publication date, and turn
//! candidates into facts with entity references.
//!
//! - [`link`]: mentions → keys → linked groups;
//! - [`naming`]: groups → entities (kind, name, aliases, ids);
//! - [`dates`]: relative dates;
//! - this module: each article's facts, with their entities.

pub mod dates;
mod link;
pub mod naming;

pub use dates::resolve_date;
pub use naming::{norm, slug};

use crate::bundle::{Article, Body, Entity, EntityKind};
use crate::compiler::extract::words::Tense;
use crate::compiler::extract::{ArticleFacts, SpeakerRef};
use jiff::civil::Date;

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

/// Link mentions into entities and facts into resolved facts.
pub fn resolve(docs: Vec<ArticleFacts>) -> Resolved {
    let (reg, mention_keys) = link::register(&docs);
    let mut uf = link::link(&reg);
    let (entities, root_to_entity) = naming::entities(&reg, &mut uf);
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
        // A relative date in quoted words counts from when they were said.
        // A day counts from a day; a year ("the following year") from any date.
        let anchor_day = e.anchor.and_then(|(said, tense)| {
            resolve_date(said, doc.published, doc.context_year, tense)
                .filter(|x| x.1 == crate::bundle::Precision::Day || matches!(e.expr, crate::compiler::extract::dates::DateExpr::RelYear(_)))
                .map(|x| x.2)
        });
        // "charged the next day" after "last August": no day to count from, no date.
        if e.anchored && anchor_day.is_none() {
            continue;
        }
        let reference = anchor_day.or(doc.published);
        let Some((date, precision, when)) = resolve_date(e.expr, reference, doc.context_year, e.tense) else { continue };
        facts.push(RawFact {
            body: Body::Event { date, precision, summary: e.summary.clone() },
            sentence: doc.sentences[e.sentence].clone(),
            span: e.span,
            entities: by_sentence[e.sentence].clone(),
            subject: None,
            link: None,
            // A relative date that lands after publication points forward by
            // itself ("next Sunday", "this Friday"): never a past-tense slip.
            tense: if !e.expr.is_absolute() && doc.published.is_some_and(|p| when > p) { Tense::Future } else { e.tense },
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
    use crate::bundle::Body;
    use crate::compiler::extract::{Prepared, extract};
    use crate::compiler::{clean, segment};

    /// The event dates of a text published on `published`, in order.
    fn event_dates(text: &str, published: &str) -> Vec<String> {
        let cleaned = clean::clean(text, 1, false);
        let sentences = segment::sentences(&cleaned);
        let p = Prepared { meta: Article::default(), published: published.parse().ok(), cleaned, sentences };
        let common = p.lower_words();
        let r = resolve(vec![extract(p, &common)]);
        r.docs[0].facts.iter().filter_map(|f| if let Body::Event { date, .. } = &f.body { Some(date.clone()) } else { None }).collect()
    }

    /// Dates counted from the story: (text, publication, dates).
    #[test]
    fn dates_counted_from_the_story() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("It froze withdrawals on Aug. 12, 2024, and filed for bankruptcy two days later.\n", "2026-03-05", &["2024-08-12", "2024-08-14"]),
            ("The court ruled on March 3.\n\nThe next day, the firm appealed.\n", "2026-03-20", &["2026-03-03", "2026-03-04"]),
            ("The bill passed in 2019.\n\nThe following year, it was repealed.\n", "2026-03-20", &["2019", "2020"]),
            // No day to count from: no date rather than a wrong one.
            ("He was released last August and charged the next day.\n", "2025-12-01", &["2025-08"]),
            // Deadlines ahead of a past-tense statement; the second of a pair in the first's tense.
            ("Classes were suspended until Monday, the governor said.\n", "2025-10-09", &["2025-10-13"]),
            ("It restored supply between April and November, and will meet on Jan. 4.\n", "2025-12-01", &["2025-04", "2025-11", "2026-01-04"]),
            ("Its first move since October came on Wednesday.\n", "2026-03-18", &["2025-10", "2026-03-18"]),
        ];
        for (text, published, want) in cases {
            assert_eq!(event_dates(text, published), *want, "{text}");
        }
    }
}
