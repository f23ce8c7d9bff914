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
use crate::compiler::extract::quotes::{
    DOCUMENT_NOUNS, GENERIC_BODIES, NAMED_BODIES, PUBLIC_OFFICES, STUDY_AUTHORS,
};
use crate::compiler::extract::words::Tense;
use crate::compiler::extract::{ArticleFacts, SpeakerRef};
use crate::compiler::gazetteer::{self, Gender};
use crate::compiler::lexicon;
use crate::compiler::lexicon::is_in;
use crate::compiler::tokens::{Kind, Lower};
use jiff::civil::Date;

/// A fact of one article with its references resolved, before merging.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFact {
    /// `Quantity::same_as` is not set here; see `link`.
    pub body: Body,
    /// Its sentence: an index into [`ResolvedDoc::sentences`].
    pub sentence: u32,
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
    /// The article's sentences (and table rows), which its facts cite.
    pub sentences: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Resolved {
    pub entities: Vec<Entity>,
    pub docs: Vec<ResolvedDoc>,
}

/// Link mentions into entities and facts into resolved facts. Linking sees
/// the whole corpus; each article's facts are then resolved apart, on every
/// core, in article order.
pub fn resolve(docs: Vec<ArticleFacts>) -> Resolved {
    use rayon::prelude::*;
    let (reg, mention_keys) = link::register(&docs);
    let link::Links {
        mut uf,
        overrides,
        elsewhere,
    } = link::link(&reg);
    let (mut entities, root_to_entity) = naming::entities(&reg, &mut uf, &elsewhere);
    // The short form is an alias of each long name it stands for ("Lin").
    for &(k, _, long) in &overrides {
        let (Some(&e), Some((surface, _))) = (
            root_to_entity.get(&uf.find(long)),
            reg.info[k].surfaces.first(),
        ) else {
            continue;
        };
        let entity = &mut entities[e as usize];
        if entity.name != *surface && !entity.aliases.contains(surface) {
            entity.aliases.push(surface.clone());
        }
    }
    // The entity of each mention key (the union-find compresses its paths
    // as it answers, so it is asked once per key, here).
    let entity_of_key: Vec<Option<u32>> = (0..reg.keys.len())
        .map(|k| root_to_entity.get(&uf.find(k)).copied())
        .collect();
    let entity_in_article: rustc_hash::FxHashMap<(usize, u32), u32> = overrides
        .iter()
        .filter_map(|&(k, a, long)| Some(((k, a), *root_to_entity.get(&uf.find(long))?)))
        .collect();
    let entity_list = &entities;
    let out_docs = docs
        .into_par_iter()
        .zip(mention_keys)
        .enumerate()
        .with_max_len(64)
        .map(|(a, (doc, keys))| {
            let entities: Vec<Vec<u32>> = keys
                .iter()
                .map(|ks| {
                    let mut v: Vec<u32> = Vec::new();
                    for &k in ks {
                        let own = entity_in_article.get(&(k, a as u32)).copied();
                        if let Some(e) = own.or(entity_of_key[k]) {
                            if !v.contains(&e) {
                                v.push(e);
                            }
                        }
                    }
                    v
                })
                .collect();
            resolve_doc(doc, &entities, entity_list)
        })
        .collect();
    Resolved {
        entities,
        docs: out_docs,
    }
}

/// Turn one article's candidates into facts, given each mention's entity.
fn resolve_doc(doc: ArticleFacts, entities_of: &[Vec<u32>], all: &[Entity]) -> ResolvedDoc {
    // The entity a mention names (the last, for "A and B" read as two names).
    let mut mention_entity: Vec<Option<u32>> =
        entities_of.iter().map(|v| v.last().copied()).collect();
    // A person is an entity whose kind is a person's in the end ("Neon said"
    // is no one a pronoun stands for when Neon is the element).
    let persons: rustc_hash::FxHashSet<u32> = doc
        .mentions
        .iter()
        .zip(&mention_entity)
        .filter(|(m, _)| m.mention.kind == Some(EntityKind::Person))
        .filter_map(|(_, e)| *e)
        .filter(|&e| {
            all.get(e as usize)
                .is_none_or(|x| x.kind == EntityKind::Person)
        })
        .collect();
    // A lone word that became no entity (a surname that two articles give to
    // two people, with no cue of its own: "Marchetti was famously outspoken")
    // names the person of this article who bears it, the first named of
    // those who do ("Ashworth" in an obituary of Mick Ashworth that quotes
    // his daughter Rosie Ashworth).
    let mut in_order: Vec<u32> = Vec::new();
    for (m, e) in doc.mentions.iter().zip(&mention_entity) {
        if let Some(e) = e.filter(|e| persons.contains(e) && m.mention.text.contains(' ')) {
            if !in_order.contains(&e) {
                in_order.push(e);
            }
        }
    }
    for (m, e) in doc.mentions.iter().zip(mention_entity.iter_mut()) {
        if e.is_none() {
            *e = bearer_of_word(&m.mention.text, &in_order, all);
        }
    }
    // Entities per sentence, in order of mention.
    let mut by_sentence: Vec<Vec<u32>> = vec![Vec::new(); doc.sentences.len()];
    for ((m, es), bearer) in doc.mentions.iter().zip(entities_of).zip(&mention_entity) {
        let own = if es.is_empty() {
            bearer.as_slice()
        } else {
            es.as_slice()
        };
        for e in own {
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
            sentence: q.sentence as u32,
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
                .filter(|x| {
                    x.1 == crate::bundle::Precision::Day
                        || matches!(
                            e.expr,
                            crate::compiler::extract::dates::DateExpr::RelYear(_)
                        )
                })
                .map(|x| x.2)
        });
        // "charged the next day" after "last August": no day to count from, no date.
        if e.anchored && anchor_day.is_none() {
            continue;
        }
        let reference = anchor_day.or(doc.published);
        let Some((date, precision, when)) =
            resolve_date(e.expr, reference, doc.context_year, e.tense)
        else {
            continue;
        };
        facts.push(RawFact {
            body: Body::Event {
                date,
                precision,
                summary: e.summary.clone(),
            },
            sentence: e.sentence as u32,
            span: e.span,
            entities: by_sentence[e.sentence].clone(),
            subject: None,
            link: None,
            // A relative date that lands after publication points forward by
            // itself ("next Sunday", "this Friday"): never a past-tense slip.
            tense: if !e.expr.is_absolute() && doc.published.is_some_and(|p| when > p) {
                Tense::Future
            } else {
                e.tense
            },
            when: Some(when),
        });
    }
    // Quotes: pronouns take the person they stand for (see `pronoun_speaker`);
    // continuations the previous quote's speaker, or none after an unnamed source.
    // Names inside quoted words ("'Bruce sings about cars,' he told…") are
    // not who a pronoun after them stands for.
    let quoted_at = |m: &crate::compiler::extract::MentionAt| {
        doc.quotes.iter().any(|q| {
            q.sentence == m.sentence
                && q.span[0] <= m.mention.span[0]
                && m.mention.span[1] <= q.span[1]
        })
    };
    let mut who = Speakers::default();
    for (k, (m, e)) in doc.mentions.iter().zip(&mention_entity).enumerate() {
        if quoted_at(m) {
            continue;
        }
        if let Some(e) = e.filter(|&e| {
            all.get(e as usize)
                .is_some_and(|x| x.kind == EntityKind::Organization)
        }) {
            who.bodies.push((m.sentence, m.mention.span[0], e));
            if m.mention.speaks {
                who.bodies_spoke.push((m.sentence, m.mention.span[0], e));
            }
        }
        // A lone surname stands for the one person of the article who bears
        // it, even where this article's mention of it was read as no person's
        // (but a listed company or a place of the gazetteer that shares it is
        // not a person: "Ford said" beside Bill Ford).
        let person_name = |e: u32| {
            persons.contains(&e)
                || all.get(e as usize).is_some_and(|x| {
                    gazetteer::company(&x.name).is_none() && gazetteer::place(&x.name).is_none()
                })
        };
        if let Some(e) = e.filter(|&e| person_name(e)).and_then(|e| {
            bearer_of_surname(&doc, k, e, &persons, all).or(persons.contains(&e).then_some(e))
        }) {
            let at = (m.sentence, m.mention.span[0], e);
            who.first_named.entry(e).or_insert(m.sentence);
            who.named.push(at);
            if m.mention.speaks
                || speaks_after_apposition(&doc.sentences[m.sentence], m.mention.span[1])
            {
                who.spoke.push(at);
            }
        }
    }
    who.named.sort_unstable();
    who.bodies.sort_unstable();
    who.bodies_spoke.sort_unstable();
    who.spoke.sort_unstable();
    let mut last_quote: Option<(usize, Option<u32>)> = None;
    for q in &doc.quotes {
        let speaker = match &q.speaker {
            // (A lone word that became no entity has its bearer already, if any.)
            &SpeakerRef::Mention(m) => mention_entity[m]
                .map(|e| Some(bearer_of_surname(&doc, m, e, &persons, all).unwrap_or(e))),
            SpeakerRef::Pronoun(_) if after_unnamed_source(&doc, q, &who) => Some(None),
            // Who the quoted words name is not who speaks them, nor is a
            // person whose first name says another gender than "he" or "she".
            SpeakerRef::Pronoun(gender) => pronoun_speaker(&doc, q, &who, &|e| {
                let name = &all[e as usize].name;
                named_in_quote(name, &q.quote)
                    || gender.is_some_and(|g| gender_of_name(name).is_some_and(|h| h != g))
            })
            .map(Some),
            SpeakerRef::Continuation => match last_quote
                .filter(|&(s, _)| q.sentence - s <= 2 && continues_from(&doc, s, q.sentence))
            {
                Some((_, e)) => Some(e),
                None => subject_of_paragraph_before(&doc, q, &who, &|e| {
                    named_in_quote(&all[e as usize].name, &q.quote)
                })
                .map(Some),
            },
            SpeakerRef::Anonymous => Some(None),
            SpeakerRef::Body(noun) => body_speaker(&doc, q, noun, &who, all).map(Some),
            // A spokesperson of a body the article never named is an unnamed source.
            SpeakerRef::Spokesperson(noun) => Some(body_speaker(&doc, q, noun, &who, all)),
            // An interview's answers are those of the last person named before its first question.
            &SpeakerRef::Answer(start) => last_before(&who.named, (start, 0)).map(|p| Some(p.2)),
            SpeakerRef::ThatSpokesperson => Some(introduced_spokesperson(&doc, q, &who, all)),
            // "a Tessel spokesperson said": Tessel's, when it is a body in the end on the
            // article's own evidence (a mention read as one, or a listed company), not only by
            // the corpus's default for a lone word that speaks ("a Marchetti spokesperson").
            &SpeakerRef::SpokespersonOf(m) => Some(mention_entity[m].filter(|&e| {
                all[e as usize].kind == EntityKind::Organization
                    && (crate::compiler::gazetteer::company(&all[e as usize].name).is_some()
                        || doc.mentions.iter().zip(&mention_entity).any(|(x, &me)| {
                            me == Some(e) && x.mention.kind == Some(EntityKind::Organization)
                        }))
            })),
        };
        let Some(speaker) = speaker else { continue };
        last_quote = Some((q.sentence, speaker));
        if let Some(e) = speaker.filter(|e| persons.contains(e)) {
            who.quoted.push((q.sentence, q.span[0], e));
        }
        // A body quoted (by its noun too: "“…,” the court said") has spoken, for an "it"
        // after it ("It added that …").
        if let Some(e) = speaker.filter(|&e| all[e as usize].kind == EntityKind::Organization) {
            let at = (q.sentence, q.span[0], e);
            let k = who.bodies_spoke.partition_point(|p| *p < at);
            who.bodies_spoke.insert(k, at);
        }
        let mut entities: Vec<u32> = speaker.into_iter().collect();
        for e in &by_sentence[q.sentence] {
            if !entities.contains(e) {
                entities.push(*e);
            }
        }
        facts.push(RawFact {
            body: Body::Quote {
                speaker,
                quote: q.quote.clone(),
            },
            sentence: q.sentence as u32,
            span: q.span,
            entities,
            subject: speaker,
            link: None,
            tense: Tense::Neutral,
            when: None,
        });
    }
    for r in &doc.rows {
        let len = doc.sentences[r.sentence].chars().count() as u32;
        facts.push(RawFact {
            body: Body::Row {
                table: r.table.clone(),
                cells: r.cells.clone(),
            },
            sentence: r.sentence as u32,
            span: [0, len],
            entities: by_sentence[r.sentence].clone(),
            subject: None,
            link: None,
            tense: Tense::Neutral,
            when: None,
        });
    }
    ResolvedDoc {
        meta: doc.meta,
        published: doc.published,
        facts,
        sentences: doc.sentences,
    }
}

/// The gender a person's first name gives ("Rhiannon Mabey": female), when
/// the name has a first name and the lists give it to one gender only; a
/// surname that only women bear says it first ([`female_surname`]: "Ólöf
/// Einarsdóttir", whose first name without its accents is a Swedish man's).
fn gender_of_name(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let last = words.last()?;
    let given = gazetteer::first_name_gender(first);
    match female_surname(last) {
        Some(true) => Some(Gender::Female),
        Some(false) if given.is_none() => Some(Gender::Female),
        _ => given,
    }
}

/// Surname endings only women bear: `Some(true)` for an Icelandic daughter's
/// name ("Einarsdóttir"), the Czech and Slovak feminine ("Nováková"), the
/// Russian adjectival ("Zavadskaya") and the Lithuanian wife's and daughter's
/// ("Kazlauskienė", "Petraitytė"); `Some(false)` for the Polish ("Kowalska",
/// "Nowicka"), which a Czech man's name without its accents can also end with
/// ("Ruzicka"): the first name decides when it says a gender. Not "-ova" nor
/// "-eva", which Italian and Spanish men bear ("Casanova", "Villanueva").
fn female_surname(word: &str) -> Option<bool> {
    let w = word.to_lowercase();
    let ends = |list: &[&str]| {
        list.iter()
            .any(|end| w.ends_with(end) && w.chars().count() > end.chars().count() + 2)
    };
    if ends(&["dóttir", "dottir", "ová", "skaya", "ienė", "aitė", "ytė"]) {
        Some(true)
    } else if ends(&["ska", "cka", "dzka"]) {
        Some(false)
    } else {
        None
    }
}

/// "“…,” Treviño said" where the lone name was read as something else than
/// a person (a place, an organization): the one person of the article whose
/// full name holds it after the first word (Mario Treviño, Rosa Huamán
/// Quispe) spoke. `None` when the speaker is a person already, or when no
/// single person of the article bears the name.
fn bearer_of_surname(
    doc: &ArticleFacts,
    m: usize,
    e: u32,
    persons: &rustc_hash::FxHashSet<u32>,
    all: &[Entity],
) -> Option<u32> {
    // A lone surname that is a person of its own across the corpus (two
    // articles quote two different Reyes) is, in this article, the one
    // person here whose full name ends in it.
    let lone_person = all
        .get(e as usize)
        .is_some_and(|x| x.kind == EntityKind::Person && !x.name.contains(' '));
    if !lone_person
        && (persons.contains(&e)
            || all
                .get(e as usize)
                .is_none_or(|x| x.kind == EntityKind::Person))
    {
        return None;
    }
    let text = doc.mentions[m].mention.text.as_str();
    if text.contains(' ') || !text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut found: Option<u32> = None;
    for &p in persons.iter().filter(|&&p| p != e) {
        let name = &all[p as usize].name;
        if name.split_whitespace().skip(1).any(|w| w == text) {
            if found.is_some_and(|f| f != p) {
                return None;
            }
            found = Some(p);
        }
    }
    found
}

/// "Prabowo, 74, said …" where the lone name became no entity of its own:
/// the first named person of the article (`persons`, in the order they are
/// first named in full) with that word in their name, first or last
/// ("Prabowo Subianto").
fn bearer_of_word(text: &str, persons: &[u32], all: &[Entity]) -> Option<u32> {
    if text.contains(' ') || !text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    persons.iter().copied().find(|&p| {
        all[p as usize].name.contains(' ')
            && all[p as usize].name.split_whitespace().any(|w| w == text)
    })
}

/// The people of one article, each list in article order of (sentence,
/// character, entity): every person named, those right before a speech
/// verb, the speakers of the quotes so far; and the sentence where each
/// person is first named.
#[derive(Default)]
struct Speakers {
    named: Vec<(usize, u32, u32)>,
    /// Organizations named outside quotes, and those of them that speak ("Apple said").
    bodies: Vec<(usize, u32, u32)>,
    bodies_spoke: Vec<(usize, u32, u32)>,
    spoke: Vec<(usize, u32, u32)>,
    quoted: Vec<(usize, u32, u32)>,
    first_named: rustc_hash::FxHashMap<u32, usize>,
}

/// "“…,” the company said": the body named last before the quote whose name
/// holds the noun ("the ministry": Hungary's Ministry of Foreign Affairs and
/// Trade); failing one, for a noun of [`GENERIC_BODIES`], the body that
/// spoke last in the quote's paragraph or the one before it ("Apple said it
/// would appeal to the General Court. “…,” the company said"), else the one
/// named last there, else the body the article names most before the quote
/// (twice at least) for a company's nouns ("the company", "the firm"), as
/// for a document whose issuer is found nowhere.
fn body_speaker(
    doc: &ArticleFacts,
    q: &crate::compiler::extract::QuoteCand,
    noun: &str,
    who: &Speakers,
    all: &[Entity],
) -> Option<u32> {
    let near = |p: &&(usize, u32, u32)| continues_from(doc, p.0, q.sentence);
    let at = (q.sentence, q.span[0]);
    // "It called the strike “political”": the body that spoke last, nearby.
    if noun == "it" {
        return last_before(&who.bodies_spoke, at)
            .as_ref()
            .filter(near)
            .map(|p| p.2);
    }
    let n = who
        .bodies
        .partition_point(|p| (p.0, p.1) < (q.sentence, q.span[0]));
    let before = &who.bodies[..n];
    // By its name or an alias, a public body: "Australian Federal Police", "FDA" (U.S. Food
    // and Drug Administration).
    let public = |e: u32, nouns: &[&'static [&'static str]]| -> bool {
        let body = &all[e as usize];
        std::iter::once(&body.name)
            .chain(&body.aliases)
            .flat_map(|s| s.split_whitespace())
            .any(|w| nouns.iter().any(|list| is_in(list, w)))
    };
    // "the company", "the airline": no body of the state ("The Australian Federal Police said
    // it was investigating. “…,” the company said" is the insurer's; "the group" or "the
    // utility" may be a committee or an authority).
    let company = is_in(COMPANY_NOUNS, noun);
    // ("The Metropolitan Police said … “…,” the group said": no force for "the group" either;
    // an authority may be "the utility" or "the operator".)
    let of_state = |e: u32| {
        company
            && if matches!(noun, "group" | "utility" | "operator") {
                public(e, &[FORCES_AND_COURTS])
            } else {
                public(e, &[FORCES_AND_COURTS, STATE_WORDS])
            }
    };
    let fits = |p: &&(usize, u32, u32)| near(p) && !of_state(p.2);
    // Failing all else: the body that spoke last nearby, else the one named last nearby.
    let nearby = || {
        who.bodies_spoke[..who.bodies_spoke.partition_point(|p| (p.0, p.1) < at)]
            .iter()
            .rev()
            .find(fits)
            .or(before.iter().rev().find(fits))
            .map(|p| p.2)
    };
    // Last of all, for "the company" or "the statement": the body the article is about, named
    // most often before the quote (twice at least; the first named of equals).
    let main = || {
        let mut counts: Vec<(u32, usize, usize)> = Vec::new(); // (body, times, first)
        for (k, p) in before.iter().enumerate() {
            match counts.iter_mut().find(|c| c.0 == p.2) {
                Some(c) => c.1 += 1,
                None => counts.push((p.2, 1, k)),
            }
        }
        counts
            .into_iter()
            .filter(|c| c.1 >= 2 && !of_state(c.0))
            .max_by_key(|c| (c.1, std::cmp::Reverse(c.2)))
            .map(|c| c.0)
    };
    // "Researchers led by Ioana Munteanu …" … "“…,” the authors wrote": the person the
    // study's authors are led by, or its lead author, named before; else no one.
    if is_in(STUDY_AUTHORS, noun) {
        let leads = |p: &&(usize, u32, u32)| {
            let s = &doc.sentences[p.0];
            let upto: String = s.chars().take(p.1 as usize).collect();
            let upto = upto.to_lowercase();
            [
                "led by ",
                "lead author, ",
                "lead author ",
                "first author ",
                "senior author ",
            ]
            .iter()
            .any(|cue| upto.ends_with(cue))
        };
        return who
            .named
            .iter()
            .take_while(|p| (p.0, p.1) < at)
            .find(leads)
            .map(|p| p.2);
    }
    if is_in(DOCUMENT_NOUNS, noun) {
        return document_issuer(doc, q, noun, before, who, all)
            .or_else(nearby)
            .or_else(main);
    }
    if let Some(p) = before
        .iter()
        .rev()
        .find(|p| name_holds(&all[p.2 as usize], noun))
    {
        return Some(p.2);
    }
    if !is_in(GENERIC_BODIES, noun) {
        return None;
    }
    // "The CNMV suspended Quiva's authorisation. “…,” the regulator said": a
    // regulator is a public body, named by one of their words.
    if PUBLIC_NOUNS.contains(&noun) {
        // (Of several nearby, the one the article names most, the last named of equals: "the
        // agency" of an FDA story is the FDA, not an office inside it named once.)
        let times = |e: u32| before.iter().filter(|p| p.2 == e).count();
        if let Some(p) = before
            .iter()
            .enumerate()
            .filter(|(_, p)| near(p) && public(p.2, &[PUBLIC_OFFICES, PUBLIC_HEADS]))
            .max_by_key(|(k, p)| (times(p.2), *k))
        {
            return Some(p.1.2);
        }
    }
    // (Not "the union said" in a story about a company.)
    nearby().or_else(|| main().filter(|_| company))
}

/// Words that name a force, a court or a government, which no company's or
/// group's name holds ("Australian Federal Police", "High Court", "Ministry
/// of Finance").
const FORCES_AND_COURTS: &[&str] = &[
    "police",
    "court",
    "tribunal",
    "ministry",
    "government",
    "parliament",
    "senate",
    "army",
    "navy",
    "coastguard",
];

/// Words of the other bodies of the state, which no company's name holds
/// ("European Commission", "Financial Conduct Authority", "Australian Signals
/// Directorate"), though an authority may run a utility.
const STATE_WORDS: &[&str] = &[
    "embassy",
    "commission",
    "authority",
    "bureau",
    "regulator",
    "council",
    "board",
    "department",
    "agency",
    "administration",
    "directorate",
    "inspectorate",
    "ombudsman",
    "commissioner",
];

/// The nouns of [`GENERIC_BODIES`] that stand for a company: one named most
/// in the article speaks by them when none is near, and no public body does.
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "business",
    "maker",
    "manufacturer",
    "carmaker",
    "automaker",
    "lender",
    "bank",
    "insurer",
    "miner",
    "retailer",
    "operator",
    "carrier",
    "airline",
    "developer",
    "supplier",
    "utility",
    "startup",
];

/// Does a word of the body's name or of one of its aliases make the noun
/// ("the ministry": Ministry of Foreign Affairs)? The name's last two words
/// may make it as one ("the coastguard": Italian Coast Guard; not "the
/// airline" and Air Line Pilots Association).
fn name_holds(body: &Entity, noun: &str) -> bool {
    std::iter::once(&body.name).chain(&body.aliases).any(|s| {
        let words: Vec<&str> = s.split_whitespace().collect();
        let last_two = words.len() >= 2 && {
            let (a, b) = (words[words.len() - 2], words[words.len() - 1]);
            noun.len() == a.len() + b.len()
                && noun
                    .get(..a.len())
                    .is_some_and(|x| x.eq_ignore_ascii_case(a))
                && noun
                    .get(a.len()..)
                    .is_some_and(|x| x.eq_ignore_ascii_case(b))
        };
        last_two || words.iter().any(|w| w.eq_ignore_ascii_case(noun))
    })
}

/// How many paragraphs before a quote's own the sentence that introduced its
/// document may stand.
const DOCUMENT_PARAGRAPHS: usize = 4;

/// How far (in characters) from a document's word its issuer's name may start.
const DOCUMENT_REACH: usize = 80;

/// "“…,” the report said": whose document it is. Going back from the quote
/// over its paragraph and the [`DOCUMENT_PARAGRAPHS`] before it, the last
/// sentence that names a document ("In a communique issued after the
/// ceremony, the Government Information Service said …", "the Fair Work
/// Commission handed down its annual wage decision") — the same noun first,
/// then any of [`DOCUMENT_NOUNS`], where the word introduces a document (see
/// [`introduces`]) — gives the body named nearest before that word, else
/// nearest after it, within [`DOCUMENT_REACH`], else a person so named;
/// a sentence that names none gives the body named before whose name holds
/// a body's noun before the word ("The ministry said in a statement": the
/// Ministry of Health), else the word itself ("The audit, published on
/// August 27, found …": the Netherlands Court of Audit). `before`: the bodies named before the quote.
fn document_issuer(
    doc: &ArticleFacts,
    q: &crate::compiler::extract::QuoteCand,
    noun: &str,
    before: &[(usize, u32, u32)],
    who: &Speakers,
    all: &[Entity],
) -> Option<u32> {
    let block = |s: usize| doc.blocks.get(s).copied().unwrap_or(usize::MAX);
    let mut paragraphs = 0;
    let mut window = Vec::new();
    for s in (0..q.sentence).rev() {
        if block(s) != block(s + 1) {
            paragraphs += 1;
            if paragraphs > DOCUMENT_PARAGRAPHS {
                break;
            }
        }
        window.push(s);
    }
    let same = |w: &str| w == noun;
    let any = |w: &str| is_in(DOCUMENT_NOUNS, w);
    // The same noun introduced as new ("in a report", "its annual wage decision") before
    // named again ("figures cited in the report").
    let new = |words: &[(usize, Lower)], k: usize| {
        (1..=3).any(|n| {
            k >= n
                && matches!(
                    &*words[k - n].1,
                    "a" | "an" | "its" | "their" | "his" | "her"
                )
        })
    };
    let passes: [(&dyn Fn(&str) -> bool, bool); 3] = [(&same, true), (&same, false), (&any, false)];
    // Each sentence of the window read once, for all passes: its words in lower case.
    let read: Vec<(usize, Vec<(usize, Lower)>)> = window
        .iter()
        .map(|&s| {
            let words = crate::compiler::tokens::tokenize(&doc.sentences[s])
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .map(|t| (t.cstart as usize, t.lc()))
                .collect();
            (s, words)
        })
        .collect();
    for (named, only_new) in passes {
        for (s, words) in &read {
            let (s, words) = (*s, words.as_slice());
            let Some(k) = (0..words.len()).find(|&k| {
                named(&words[k].1) && introduces(&words, k) && (!only_new || new(&words, k))
            }) else {
                continue;
            };
            let (at, word) = (words[k].0, &*words[k].1);
            // "It competes with Paytm and Razorpay, according to its prospectus": "its" is the
            // subject's, named first in the sentence; a sentence's opening "It" is the subject of
            // the last sentence before that names a body.
            if k >= 1 && &*words[k - 1].1 == "its" {
                if words.first().is_some_and(|w| &*w.1 == "it") {
                    // (The first body of the last sentence before that names one: its subject,
                    // whatever the sentence names before "its".)
                    let last = before.iter().rev().find(|p| p.0 < s).map(|p| p.0);
                    return before.iter().find(|p| Some(p.0) == last).map(|p| p.2);
                }
                // (Not when a possessive stands between: "Sebi rejected Zentro's listing,
                // citing gaps in its prospectus" is Zentro's, found below.)
                let opener = before.iter().find(|p| p.0 == s && p.1 <= 4);
                let possessive = |from: u32| {
                    words.iter().any(|(c, w)| {
                        *c > from as usize
                            && *c < at
                            && (w.ends_with("'s")
                                || w.ends_with("’s")
                                || w.ends_with('\'')
                                || w.ends_with('’'))
                    })
                };
                if let Some(p) = opener.filter(|p| !possessive(p.1)) {
                    return Some(p.2);
                }
            }
            // Who issued it is named close by, a body before a person: before the word ("the
            // Group of 20 … agreed a joint communique"), else after it ("In a statement,
            // Ferro Serrano said").
            for list in [before, &who.named[..]] {
                let here = || {
                    list.iter()
                        .filter(|p| p.0 == s)
                        .map(|p| (p.1 as usize, p.2))
                };
                let issuer = here()
                    .filter(|&(c, _)| c < at && at - c <= DOCUMENT_REACH)
                    .max_by_key(|&(c, _)| c)
                    .or_else(|| {
                        here()
                            .filter(|&(c, _)| c > at && c - at <= DOCUMENT_REACH)
                            .min_by_key(|&(c, _)| c)
                    });
                if let Some((_, e)) = issuer {
                    return Some(e);
                }
            }
            // "The ministry said in a statement": a body's noun before the word, for the body
            // named before whose name holds it (the Ministry of Health).
            // (The first such noun, the subject: "The company asked the court in a filing".)
            let subject = words[..k]
                .iter()
                .filter(|(c, _)| at - c <= DOCUMENT_REACH)
                .filter(|(_, w)| {
                    is_in(NAMED_BODIES, w) || is_in(GENERIC_BODIES, w) || is_in(PUBLIC_OFFICES, w)
                })
                .find_map(|(_, w)| {
                    before
                        .iter()
                        .rev()
                        .find(|p| name_holds(&all[p.2 as usize], w))
                });
            if let Some(p) = subject {
                return Some(p.2);
            }
            if let Some(p) = before
                .iter()
                .rev()
                .find(|p| name_holds(&all[p.2 as usize], word))
            {
                return Some(p.2);
            }
        }
    }
    None
}

/// Does the document noun at `k` of these words introduce a document: a
/// determiner among the three words before it ("In a statement", "its annual
/// wage decision", "The audit"), not "to" right before ("due to report"), nor
/// "of the" ("reading a summary of the decision" names one introduced before)?
fn introduces(words: &[(usize, Lower)], k: usize) -> bool {
    let w = |i: usize| words.get(i).map(|x| &*x.1).unwrap_or("");
    let before = |n: usize| if k >= n { w(k - n) } else { "" };
    let determiner = (1..=3).any(|n| {
        matches!(
            before(n),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "that"
        )
    });
    let of_the = before(2) == "of" && matches!(before(1), "the" | "its" | "a" | "an");
    determiner && before(1) != "to" && !of_the
}

/// Generic nouns of a public body ("the regulator said"), which stand for
/// the last body named nearby whose name has a word of [`PUBLIC_OFFICES`]
/// or [`PUBLIC_HEADS`].
const PUBLIC_NOUNS: &[&str] = &["regulator", "watchdog", "agency"];

/// Words that name a public body besides the [`PUBLIC_OFFICES`]: "Food
/// Standards Agency", "Health and Safety Inspectorate".
const PUBLIC_HEADS: &[&str] = &[
    "agency",
    "administration",
    "inspectorate",
    "ombudsman",
    "directorate",
    "regulator",
    "commissioner",
];

/// The last entry of a list in article order before a place in the article.
fn last_before(list: &[(usize, u32, u32)], at: (usize, u32)) -> Option<(usize, u32, u32)> {
    let n = list.partition_point(|p| (p.0, p.1) < at);
    n.checked_sub(1).map(|k| list[k])
}

/// "A spokesperson for Meridian Exhibitions, which organizes the show, said
/// … “…,” the spokesperson said": the body named right after the last
/// "spokesperson for" (spokesman, spokeswoman) before the quote, or right
/// before a later "spokesperson" ("A MAS spokesperson said …"), in its
/// paragraph or the one before; else none.
fn introduced_spokesperson(
    doc: &ArticleFacts,
    q: &crate::compiler::extract::QuoteCand,
    who: &Speakers,
    all: &[Entity],
) -> Option<u32> {
    for s in (0..=q.sentence).rev() {
        if !continues_from(doc, s, q.sentence) {
            break;
        }
        let limit = if s == q.sentence {
            q.span[0] as usize
        } else {
            usize::MAX
        };
        // (Character offsets, as the mentions' spans are: one lower-case character for one.)
        let chars: Vec<char> = doc.sentences[s]
            .chars()
            .map(|c| c.to_lowercase().next().unwrap_or(c))
            .collect();
        let upto: String = chars[..limit.min(chars.len())].iter().collect();
        // A spokesperson in apposition ("Anna Berg, a spokeswoman for Tessel", "…, a Tessel
        // spokeswoman"), whose description starts at `at`: the person named last before it.
        let appositive = |at: usize| -> Option<Option<u32>> {
            let before: String = upto.chars().take(at).collect();
            (before.ends_with(", a ") || before.ends_with(", the ")).then(|| {
                who.named
                    .iter()
                    .filter(|p| p.0 == s && (p.1 as usize) < at)
                    .last()
                    .map(|p| p.2)
            })
        };
        // (Where the noun starts, and where the words after "for " do, in characters.)
        let found = ["spokesperson for ", "spokeswoman for ", "spokesman for "]
            .iter()
            .filter_map(|n| {
                upto.rfind(n).map(|b| {
                    let at = upto[..b].chars().count();
                    (at, at + n.chars().count())
                })
            })
            .max();
        // "A MAS spokesperson said …": the body named right before the noun, when no
        // "spokesperson for" comes after it.
        let before_noun = [" spokesperson", " spokeswoman", " spokesman"]
            .iter()
            .filter_map(|n| {
                upto.rfind(n)
                    .map(|b| (upto[..b].chars().count(), n.chars().count()))
            })
            .max()
            .filter(|&(end, _)| found.is_none_or(|(at, _)| end > at));
        if let Some((end, noun_len)) = before_noun {
            // "Kremlin spokesman Dmitry Peskov said": the spokesman is named after the noun.
            let named_after = who
                .named
                .iter()
                .find(|p| p.0 == s && p.1 as usize == end + noun_len + 1)
                .map(|p| p.2);
            if named_after.is_some() {
                return named_after;
            }
            let original: Vec<char> = doc.sentences[s].chars().collect();
            // (Every word from the name's start to the noun is capitalized: one name.)
            let one_name = |from: usize| {
                original
                    .get(from..end)
                    .map(|w| w.iter().collect::<String>())
                    .is_some_and(|w| {
                        w.split_whitespace()
                            .all(|x| x.chars().next().is_some_and(|c| !c.is_lowercase()))
                    })
            };
            let body = who
                .bodies
                .iter()
                .filter(|p| {
                    p.0 == s
                        && (p.1 as usize) < end
                        && all[p.2 as usize].kind == EntityKind::Organization
                        && one_name(p.1 as usize)
                })
                .last();
            if let Some(b) = body {
                // "Anna Berg, a Tessel spokeswoman, said".
                return appositive(b.1 as usize).unwrap_or(Some(b.2));
            }
        }
        if let Some((noun_at, after)) = found {
            // "Anna Berg, a spokeswoman for Tessel, said".
            if let Some(person) = appositive(noun_at) {
                return person;
            }
            let the = chars
                .get(after..after + 4)
                .is_some_and(|w| w == ['t', 'h', 'e', ' ']);
            let after = after as u32;
            return who
                .bodies
                .iter()
                .find(|p| {
                    p.0 == s
                        && (p.1 == after || the && p.1 == after + 4)
                        && all[p.2 as usize].kind == EntityKind::Organization
                })
                .map(|p| p.2);
        }
    }
    None
}

/// Does a quotation in `to` go on from the last one, in `from`: in the same
/// paragraph, or in the one right before?
fn continues_from(doc: &ArticleFacts, from: usize, to: usize) -> bool {
    let block = |s: usize| doc.blocks.get(s).copied().unwrap_or(usize::MAX);
    let previous = (0..to).rev().map(block).find(|&b| b != block(to));
    block(from) == block(to) || Some(block(from)) == previous
}

/// Is a person named in the quoted words (a word of the name of three
/// letters or more, capitalized, as a whole word)? Who is talked about in a
/// quotation ("'Graham showed the bosses blink first,' she said") is not
/// who a pronoun after it stands for.
fn named_in_quote(name: &str, quote: &str) -> bool {
    name.split_whitespace()
        .filter(|w| w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase))
        .any(|w| {
            quote.match_indices(w).any(|(at, _)| {
                let before = quote[..at].chars().next_back();
                let after = quote[at + w.len()..].chars().next();
                before.is_none_or(|c| !c.is_alphanumeric())
                    && after.is_none_or(|c| !c.is_alphanumeric())
            })
        })
}

/// "A juror, who asked not to be named, said deliberations took two days.
/// 'We went through every invoice,' she said.": a pronoun after a sentence
/// of the same paragraph, or of the paragraph before, whose speaker is
/// described, not named, with no person named since, stands for that source.
fn after_unnamed_source(
    doc: &ArticleFacts,
    q: &crate::compiler::extract::QuoteCand,
    who: &Speakers,
) -> bool {
    let Some(&u) = doc.unnamed.iter().rev().find(|&&u| u < q.sentence) else {
        return false;
    };
    let block = |s: usize| doc.blocks.get(s).copied().unwrap_or(usize::MAX);
    let (here, source) = (block(q.sentence), block(u));
    if here != source {
        // The paragraph right after the source's ("An investigator … told AP that …" ¶ "“…,” he
        // said."), when that sentence opens with one source, unless a person is named in the
        // quote's sentence or the next one of its paragraph: a quote that opens a paragraph may
        // be of someone introduced after it.
        let next_block = (u + 1..doc.sentences.len())
            .map(block)
            .find(|&b| b != source);
        let until = if block(q.sentence + 1) == here {
            q.sentence + 2
        } else {
            q.sentence + 1
        };
        let named_after = who.named.iter().any(|p| p.0 >= q.sentence && p.0 < until);
        // One source ("An investigator …", "One official …"), not "City officials said": "he"
        // and "she" stand for one person.
        let opener = doc.sentences[u].split_whitespace().next().unwrap_or("");
        let one = matches!(opener, "A" | "An" | "One");
        if next_block != Some(here) || named_after || !one {
            return false;
        }
    }
    last_before(&who.named, (q.sentence, q.span[0])).is_none_or(|p| p.0 <= u)
}

/// "Xavier Roe, a professor of art history at Ghent University, said …": a
/// name, then a description between commas (no comma or quote mark of its
/// own, at most 150 characters), then a verb of speech.
fn speaks_after_apposition(sentence: &str, end: u32) -> bool {
    let Some((at, _)) = sentence.char_indices().nth(end as usize) else {
        return false;
    };
    let Some(rest) = sentence[at..].strip_prefix(", ") else {
        return false;
    };
    let Some(comma) = rest.find(", ") else {
        return false;
    };
    let description = &rest[..comma];
    let verb = rest[comma + 2..].split_whitespace().next().unwrap_or("");
    description.chars().count() <= 150
        && !description.contains(['"', '“', '”', '‘', '’'])
        && description.starts_with(|c: char| c.is_lowercase())
        && lexicon::SPEECH_VERBS.contains(&verb.trim_end_matches([',', '.', ':']))
}

/// A quote that makes a paragraph of its own after a paragraph about someone
/// ("Bellandi, 51, joined Torino in 2024. He was asked whether…" ¶ "“Why
/// not? …”"), with no quotation of the paragraph before to go on from: the
/// last person named in that paragraph, unless the quote names them.
fn subject_of_paragraph_before(
    doc: &ArticleFacts,
    q: &crate::compiler::extract::QuoteCand,
    who: &Speakers,
    named_in: &dyn Fn(u32) -> bool,
) -> Option<u32> {
    let block = |s: usize| doc.blocks.get(s).copied().unwrap_or(usize::MAX);
    let here = block(q.sentence);
    let opens = q.span[0] <= 1 && (q.sentence == 0 || block(q.sentence - 1) != here);
    if !opens {
        return None;
    }
    let previous = (0..q.sentence).rev().map(block).find(|&b| b != here)?;
    let n = who.named.partition_point(|p| (p.0, p.1) < (q.sentence, 0));
    who.named[..n]
        .iter()
        .rev()
        .take_while(|p| block(p.0) == previous)
        .find(|p| !named_in(p.2))
        .map(|p| p.2)
}

/// "“…,” she said": the person a pronoun stands for. In turn:
/// 1. the last who spoke before it (right before a speech verb, or a quote's
///    speaker) in the same paragraph;
/// 2. the last person named before it in the same paragraph;
/// 3. when the quote opens its paragraph, a person named for the first time
///    at the start of the paragraph's next sentence ("“…,” she said. Maria
///    Lopez, 54, has run the shop for 30 years.");
/// 4. the last who spoke, if in the paragraph before;
/// 5. the last person named before it, or the person who opens (is the
///    subject of) the sentence that names them.
fn pronoun_speaker(
    doc: &ArticleFacts,
    q: &crate::compiler::extract::QuoteCand,
    who: &Speakers,
    excluded: &dyn Fn(u32) -> bool,
) -> Option<u32> {
    let block = |s: usize| doc.blocks.get(s).copied().unwrap_or(usize::MAX);
    let here = block(q.sentence);
    let at = (q.sentence, q.span[0]);
    let last = |list: &[(usize, u32, u32)]| {
        let n = list.partition_point(|p| (p.0, p.1) < at);
        list[..n].iter().rev().find(|p| !excluded(p.2)).copied()
    };
    let spoke = match (last(&who.spoke), last(&who.quoted)) {
        (Some(a), Some(b)) => Some(if (a.0, a.1) >= (b.0, b.1) { a } else { b }),
        (a, b) => a.or(b),
    };
    let named = last(&who.named);
    for p in [spoke, named].into_iter().flatten() {
        if block(p.0) == here {
            return Some(p.2);
        }
    }
    let opens = q.span[0] <= 1 && (q.sentence == 0 || block(q.sentence - 1) != here);
    let next = q.sentence + 1;
    if opens && next < doc.sentences.len() && block(next) == here {
        let from = doc.mentions.partition_point(|m| m.sentence < next);
        let first = doc.mentions[from..]
            .iter()
            .take_while(|m| m.sentence == next)
            .min_by_key(|m| m.mention.span[0]);
        let introduced = first.filter(|m| {
            m.mention.span[0] <= 40
                && m.mention.kind == Some(EntityKind::Person)
                && m.mention.text.split_whitespace().count() >= 2
        });
        if let Some(m) = introduced {
            let e = last_before(&who.named, (next, m.mention.span[0] + 1))
                .filter(|p| p.0 == next && p.1 == m.mention.span[0])
                .map(|p| p.2);
            if let Some(e) = e.filter(|&e| who.first_named.get(&e) == Some(&next) && !excluded(e)) {
                return Some(e);
            }
        }
    }
    let previous = (0..q.sentence).rev().map(block).find(|&b| b != here);
    // "De Graaf, 21, crossed the line 5.9 seconds behind Marchand and … behind Brennan." ¶
    // "“…,” he said.": of the sentence that named someone last, the person who opens it (its
    // subject) rather than the last it names; a sentence that opens with "He" or "She" goes on
    // with the subject of the one before it ("Kjeldsen, the Dane, had led the race. He stayed
    // with Kralj …"). Only capitalized words may come before the subject ("Isabela Governor
    // Rodolfo Dumlao, who flew … with … Ernesto Calaguas, said"), or a name's particle ("De
    // Graaf" is named from "Graaf").
    let opens = |s: usize, at: u32| {
        let before: String = doc.sentences[s].chars().take(at as usize).collect();
        // (A capitalized word that is an English word and no title opens a clause: "With
        // Verstappen out, Norris led" has no subject in Verstappen.)
        before.split_whitespace().all(|w| {
            let l = w.trim_end_matches(',').to_lowercase();
            crate::compiler::extract::entities::name_particle(w)
                || w.chars().next().is_some_and(char::is_uppercase)
                    && !w.ends_with(',')
                    && (!gazetteer::is_common_word(&l)
                        || is_in(lexicon::PERSON_TITLES, &l)
                        || is_in(lexicon::ROLE_TITLES, &l))
        })
    };
    let subject = |p: (usize, u32, u32)| {
        let mut s = p.0;
        loop {
            if let Some(x) = who
                .named
                .iter()
                .find(|x| x.0 == s && opens(x.0, x.1) && !excluded(x.2))
            {
                return *x;
            }
            let first = doc.sentences[s].split_whitespace().next().unwrap_or("");
            if s == 0 || block(s - 1) != block(s) || !matches!(first, "He" | "She") {
                return p;
            }
            s -= 1;
        }
    };
    spoke
        .filter(|p| previous.is_some_and(|b| block(p.0) == b))
        .or(named.map(subject))
        .map(|p| p.2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::{clean, extract, segment};

    /// Gender from a name: a surname only women bear first, then the first name.
    #[test]
    fn gender_of_names() {
        let cases = [
            ("Ólöf Einarsdóttir", Some(Gender::Female)),
            ("Jana Nováková", Some(Gender::Female)),
            ("Agnieszka Nowicka", Some(Gender::Female)),
            ("Ewa Kowalska", Some(Gender::Female)),
            // (A Polish ending the first name overrules: a Czech man's name without accents.)
            ("Vladimir Ruzicka", Some(Gender::Male)),
            ("Rhiannon Mabey", Some(Gender::Female)),
            ("Gareth Jones", Some(Gender::Male)),
            // (The Swedish man's name, and surnames men bear too.)
            ("Olof Palme", Some(Gender::Male)),
            ("Gareth Casanova", Some(Gender::Male)),
            ("Jordan Ska", None),
            ("Einarsdóttir", None),
        ];
        for (name, want) in cases {
            assert_eq!(gender_of_name(name), want, "{name}");
        }
    }

    /// One article of the given text, extracted.
    fn doc(text: &str) -> ArticleFacts {
        let cleaned = clean::clean(text, 1, false);
        let sentences = segment::sentences(&cleaned);
        let p = extract::Prepared {
            meta: Article::default(),
            published: None,
            cleaned,
            sentences,
            dateline: None,
        };
        let common = p.lower_words();
        extract::extract(p, &common)
    }

    /// The quotes of one article: (speaker's name or "", first words).
    fn quotes(text: &str) -> Vec<(String, String)> {
        let r = resolve(vec![doc(text)]);
        r.docs[0]
            .facts
            .iter()
            .filter_map(|f| match &f.body {
                Body::Quote { speaker, quote } => Some((
                    speaker
                        .map(|s| r.entities[s as usize].name.clone())
                        .unwrap_or_default(),
                    quote.chars().take(20).collect(),
                )),
                _ => None,
            })
            .collect()
    }

    /// A lone surname that two articles give to two people is, in each, the
    /// person of that article who bears it.
    #[test]
    fn lone_surname_shared_across_articles() {
        let r = resolve(vec![
            doc(
                "Battalion Chief Carla Reyes spoke at a briefing.\n\nReyes said crews had saved homes. \"We're not out of the woods,\" she said.\n",
            ),
            doc("Coach Mario Reyes was sacked on Monday.\n\n\"It was time,\" Reyes said.\n"),
            // The lone surname is a person in the next article, but not by
            // its reading here: it still stands for this article's bearer.
            doc(
                "Director Mara Lindqvist won best director, and Nadine Okafor was named best actress.\n\n\"Nobody wanted this film,\" Lindqvist said.\n\nOkafor, 29, who won the BAFTA in London a month ago, became the first winner from Lagos.\n\n\"She told me acting was not a real job,\" she said.\n",
            ),
            doc(
                "A jury found former mayor Thomas Okafor guilty on Tuesday.\n\nOkafor, 58, showed no reaction. \"We will appeal,\" Okafor said.\n",
            ),
            // The lone surname has no cue in either article, so it is no entity of its
            // own: here it is still the soprano the pronoun after it stands for.
            doc(
                "Transport Minister Hélène Duval defended the reform.\n\nUnion leaders met Duval for three hours on Monday.\n",
            ),
            doc(
                "Livia Duval, the soprano, died on Monday. Culture Minister Giulia Ferro wrote: \"A great voice is gone.\"\n\nDuval was famously outspoken. \"I listened to too many men in suits,\" she said.\n",
            ),
            // Two people of the article bear it: the lone surname is the one named first.
            doc(
                "Mick Ashworth, the singer, has died aged 74.\n\n'Dad wrote songs for people who clocked on at seven,' his daughter, Rosie Ashworth, said.\n\nAshworth formed the band with his schoolfriend Pete Kinsella in 1976.\n\nCritics compared Ashworth with Bruce Springsteen, a comparison he rejected. 'Bruce sings about cars,' he told the NME.\n",
            ),
        ]);
        let speakers: Vec<Vec<String>> = r
            .docs
            .iter()
            .map(|d| {
                d.facts
                    .iter()
                    .filter_map(|f| match &f.body {
                        Body::Quote { speaker, .. } => Some(
                            speaker
                                .map(|s| r.entities[s as usize].name.clone())
                                .unwrap_or_default(),
                        ),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            speakers,
            [
                vec!["Carla Reyes".to_string()],
                vec!["Mario Reyes".to_string()],
                vec!["Mara Lindqvist".to_string(), "Nadine Okafor".to_string()],
                vec!["Thomas Okafor".to_string()],
                vec![],
                vec!["Giulia Ferro".to_string(), "Livia Duval".to_string()],
                vec!["Rosie Ashworth".to_string(), "Mick Ashworth".to_string()],
            ]
        );
    }

    /// A last-resort guess names an entity only when no mention of the name
    /// has a kind: "at Tarvena" alone makes a place; "Corbly said" elsewhere
    /// keeps the company its speech made it ("switched to Corbly" does not
    /// make it a place or outvote the speech).
    #[test]
    fn guesses_decide_last() {
        let r = resolve(vec![doc(
            "Officials set aside land for a new camp at Tarvena, about 60 kilometres inland.\n\nMillions of users switched to Corbly.\n\nCorbly said it would appeal.\n",
        )]);
        let kind = |name: &str| r.entities.iter().find(|e| e.name == name).map(|e| e.kind);
        assert_eq!(kind("Tarvena"), Some(EntityKind::Place));
        assert_eq!(kind("Corbly"), Some(EntityKind::Organization));
    }

    /// One table for who a pronoun or a continued quote stands for: an
    /// article and the speaker of each of its quotes.
    #[test]
    fn pronouns_and_continued_quotes() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "'she' right after a body's spokeswoman speaks for the body, not a woman named before",
                "Marta Kowal, the federation's president, opened the hall on Monday.\n\nA spokeswoman for the Polish Chess Federation said all 1,800 seats had been sold. \"We could have filled a stadium,\" she said.\n",
                &["Polish Chess Federation"],
            ),
            (
                "'she' after a spokesman is not his body's",
                "Marta Kowal, the federation's president, opened the hall on Monday.\n\nA spokesman for the Polish Chess Federation said all 1,800 seats had been sold. \"We could have filled a stadium,\" she said.\n",
                &["Marta Kowal"],
            ),
            (
                "'its prospectus' after another body is that body's, not the subject's",
                "Sebi rejected Zentro Technologies' listing, citing gaps in its prospectus.\n\nThe prospectus said the company expected a first profit \"by March 2028 at the latest\".\n",
                &["Zentro Technologies"],
            ),
            (
                "'he' after a spokesman who reported of another man is the spokesman's body",
                "Acme cut its forecast on Monday.\n\nA spokesman for Acme said chief executive John Smith had not been told. \"He found out on Monday,\" he said.\n",
                &["Acme"],
            ),
            (
                "'the company' is no commission that spoke last",
                "The European Commission fined Google Inc. on Monday. The European Commission said Google had abused its dominance.\n\n\"We will appeal,\" the company said.\n",
                &["Google Inc."],
            ),
            (
                "'the company' is no public body that spoke last ('Australian Federal Police')",
                "Hackers stole the data of Wattle Health's customers, Wattle Health said on Wednesday.\n\nThe Australian Federal Police said it was investigating. \"Our portal will stay offline until it is safe,\" the company said.\n",
                &["Wattle Health"],
            ),
            (
                "'its prospectus' after an opening 'It' is the issuer that the previous sentence opened with",
                "Zentro Technologies lets shopkeepers accept payments over the Unified Payments Interface (UPI). It competes with Paytm and Razorpay, according to its prospectus.\n\nThe prospectus said the company expected a first profit \"by March 2028 at the latest\".\n",
                &["Zentro Technologies"],
            ),
            (
                "who spoke last in the paragraph",
                "Danielle Ortega, president of distribution at Warner Bros, said the film drew \"every age group in the country.\" \"Families came out in numbers,\" she said.\n",
                &["Danielle Ortega", "Danielle Ortega"],
            ),
            (
                "not a person whose first name gives the other gender than the pronoun",
                "Gareth Pryce, who had led the council since 2021, lost the vote. Rhiannon Mabey will take charge until May.\n\n\"The chamber has spoken,\" he said.\n\nMabey thanked her colleagues. Pryce stayed on. \"It is a fresh start,\" she said.\n",
                &["Gareth Pryce", "Rhiannon Mabey"],
            ),
            (
                "a family name before a hyphenated given name, after a title, then alone",
                "Governor Park Jae-hoon spoke on Thursday.\n\n\"Growth has weakened,\" Park said.\n",
                &["Park Jae-hoon"],
            ),
            (
                "who spoke in the paragraph before, after a description between commas",
                "Xavier Roe, a professor of art history at Ghent University and an expert on the painter Lucas Verbeke, said such works were hard to sell.\n\n\"What usually happens is that they disappear for years,\" he said.\n",
                &["Xavier Roe"],
            ),
            (
                "not after reported speech that names another person after its speaker",
                "\"I did nothing wrong,\" Jane Roe told the court.\n\nProsecutors said Roe had texted the victim. \"I know where you live.\"\n",
                &["Jane Roe", "Jane Roe"],
            ),
            (
                "'the spokesman' after 'Kremlin spokesman Dmitry Peskov' is the man named after the noun",
                "Kremlin spokesman Dmitry Peskov said talks had stalled.\n\n\"There is no date for a meeting,\" the spokesman said.\n",
                &["Dmitry Peskov"],
            ),
            (
                "'the spokeswoman' after 'Anna Berg, a Tessel spokeswoman' is the woman in apposition",
                "Tessel makes chips. Anna Berg, a Tessel spokeswoman, said the plant would close.\n\n\"We regret the decision,\" the spokeswoman said.\n",
                &["Anna Berg"],
            ),
            (
                "a quote right after a sentence of reported speech in its paragraph is that speaker's",
                "\"The cut is deep,\" said economist Jonah Pike.\n\nThe farmer Sarah Donnelly said the cut would hit sharemilkers hardest. \"We get half the income and we carry all the risk.\"\n",
                &["Jonah Pike", "Sarah Donnelly"],
            ),
            (
                "'the spokesperson' after 'a MAS spokesperson' speaks for the body named before the noun",
                "Zenthra had applied for a licence from the Monetary Authority of Singapore (MAS). A MAS spokesperson said the application had been withdrawn in September.\n\n\"Members of the public should deal only with licensed providers,\" the spokesperson said.\n",
                &["Monetary Authority of Singapore"],
            ),
            (
                "a possessive pronoun's message after a colon; a woman's surname decides her gender",
                "\"Everyone was out within minutes,\" police commissioner Ólöf Einarsdóttir told reporters. Her message to residents was blunt: \"Stay out of the town until we say it is safe.\"\n",
                &["Ólöf Einarsdóttir", "Ólöf Einarsdóttir"],
            ),
            (
                "several sources in the paragraph before are no 'she'",
                "Mayor Jane Roe unveiled the budget.\n\nCity officials said the cost had doubled.\n\n\"We will not back down,\" she said.\n",
                &["Jane Roe"],
            ),
            (
                "'it' opening the sentence is the body that spoke before, nearby",
                "The Ministry of Human Capital said in a statement that pay was \"the responsibility of each province\". It called the strike \"political\" and said teachers would not be paid.\n",
                &["Ministry of Human Capital", "Ministry of Human Capital"],
            ),
            (
                "'it' after a body quoted by its noun is that body",
                "The General Court upheld the fine on Wednesday.\n\n\"The Commission was entitled to conclude that the tying was harmful,\" the court said in its ruling. It added that Corvanta had offered \"no objective justification\" for the practice.\n",
                &["General Court", "General Court"],
            ),
            (
                "'it' with no body that spoke before is nobody's",
                "Dario Vance was sentenced on Friday. It called the ruling \"unjust\".\n",
                &[],
            ),
            (
                "a spokesperson for a body the article never named is unnamed",
                "Cases rose to 23 on Friday.\n\nA spokesperson for the county health department said it was \"working hand in hand with partners\".\n",
                &[""],
            ),
            (
                "a source described, not named, in the paragraph before",
                "Dario Vance was sentenced on Friday.\n\nAn investigator who worked on the case, speaking on condition of anonymity, told reporters that most of the money was gone.\n\n\"We followed it for three years,\" he said.\n",
                &[""],
            ),
            (
                "of the sentence that named someone last, its subject, not the last it names",
                "Pieter Veld, 21, finished two seconds behind Tomas Maris and a second behind Aldo Brenner.\n\n\"I left him space,\" he said.\n",
                &["Pieter Veld"],
            ),
            (
                "a sentence opening with 'He' goes on with the subject before it",
                "Aldo Brenner won the stage.\n\nTomas Maris, the 29-year-old Dane, had led since Tuesday. He stayed with Brenner until the last climb.\n\n\"My legs were empty,\" he said.\n",
                &["Tomas Maris"],
            ),
            (
                "a subject after a title of capitalized words",
                "Isabela Governor Pedro Dumalo, who flew over the flooded towns of Cauayan and Naguilian with Office of Civil Defense (OCD) Cagayan Valley director Ernesto Calaguas on Tuesday morning, said 61,240 people were still staying in 212 evacuation centers in the province.\n\n\"We need food packs,\" he said.\n",
                &["Pedro Dumalo"],
            ),
            (
                "a subject whose name opens with a particle",
                "Tomas Maris won the race. Pieter de Vries came second.\n\nDe Vries, 21, finished a second behind Maris.\n\n\"I left him space,\" he said.\n",
                &["Pieter de Vries"],
            ),
            (
                "a capitalized English word opening the sentence is no title before its subject",
                "With Aldo Brenner out of the race, Tomas Maris took the lead.\n\n\"It was a gift,\" he said.\n",
                &["Tomas Maris"],
            ),
            (
                "'said the German carmaker' is the body, not someone by nationality",
                "Vossberg Motoren cut its forecast. Chief executive Anna Keller left early.\n\n\"We expect a weaker quarter,\" said the German carmaker.\n",
                &["Vossberg Motoren"],
            ),
            (
                "someone named before, by nationality",
                "Aldo Brenner set the fastest lap. \"He closed the door,\" the Briton said.\n",
                &["Aldo Brenner"],
            ),
            (
                "a person of no listed first name, speaking for a body",
                "Lena Hoffmann of Germanwatch said the text was weak.\n\nWanjiru Kamau of Power Shift Africa, who has followed the talks since 2009, said they would fail. \"They rarely do,\" she said.\n",
                &["Wanjiru Kamau"],
            ),
            (
                "a person introduced after a quote that opens the paragraph",
                "Fishers have vowed to fight the plan.\n\n'We have landed fish here for generations,' she said. Morwenna Tregear runs the last family trawler.\n",
                &["Morwenna Tregear"],
            ),
            (
                "a quote continued into the next paragraph",
                "\"It was fast,\" Helen Marquez said. \"They trusted you. You lied to them.\n\n\"It was never safe.\"\n",
                &["Helen Marquez", "Helen Marquez", "Helen Marquez"],
            ),
            (
                "a lone surname read as another kind names the person who bears it",
                "Rosa Huamán Quispe leads the dig at the site.\n\nHuamán said the textiles were 'remarkably well preserved for a coastal site'.\n",
                &["Rosa Huamán Quispe"],
            ),
            (
                "a name inside the quoted words is not who the pronoun stands for",
                "Critics compared Mick Ashworth with his hero. 'Bruce Springsteen sings about cars,' he told the NME.\n",
                &["Mick Ashworth"],
            ),
            (
                "a lone first name that is no entity of its own",
                "Indonesian President Prabowo Subianto met Anthony Albanese.\n\nPrabowo, 74, said through an interpreter that Indonesia would \"never join any military alliance,\" but that the patrols would help.\n",
                &["Prabowo Subianto"],
            ),
            (
                "an unnamed source goes on",
                "\"The shells fell at the busiest time,\" a doctor at the hospital said. \"We are running out of blood.\"\n",
                &["", ""],
            ),
            (
                "a person the quoted words name by surname is not who the pronoun stands for",
                "Karen Bowles compared the dispute with the walkout led by Sharon Graham. 'Graham showed the bosses blink first,' she said.\n",
                &["Karen Bowles"],
            ),
            (
                "a pronoun after an unnamed source",
                "Judge Harold Benning set sentencing for June.\n\nA juror, a retired teacher who asked not to be named, said deliberations took two days. 'We went through every invoice,' she said.\n",
                &[""],
            ),
            (
                "a person introduced after a quote that opens the paragraph after an unnamed source",
                "Officials said a man had been arrested.\n\n'It was terrifying,' she said. Morwenna Tregear, 34, lives next door.\n",
                &["Morwenna Tregear"],
            ),
            (
                "a lead-in that ends in a colon, then the quotation in the next paragraphs",
                "\"We cannot pay,\" said Maarten Verbeek.\n\nSanne Bakker told the broadcaster NOS that more strikes were possible:\n\n\"If there is no better offer, we will come back.\n\n\"Nobody wants this.\"\n",
                &["Maarten Verbeek", "Sanne Bakker", "Sanne Bakker"],
            ),
            (
                "a quote alone after a paragraph about someone",
                "\"It will be a hard game,\" said Jonas Albrecht.\n\nThe match is on Thursday. Stefano Bellandi, 51, joined the club in 2024. He was asked about the knockout rounds.\n\n\"Why not? Nobody expected us to finish sixth.\"\n",
                &["Jonas Albrecht", "Stefano Bellandi"],
            ),
            (
                "a body by a noun its name holds",
                "Hungary's Ministry of Foreign Affairs summoned the ambassador, Tomasz Brzezinski. \"These accusations are absurd,\" the ministry said in a statement. \"We will respond in kind.\"\n",
                &["Ministry of Foreign Affairs", "Ministry of Foreign Affairs"],
            ),
            (
                "a body by a generic noun: the one that spoke last in the paragraph",
                "Halvorsen Shipping said it would appeal to the Maritime Court in Oslo. \"We deeply regret this incident,\" the company said in a statement.\n",
                &["Halvorsen Shipping"],
            ),
            (
                "a regulator: the public body named nearby, not the company it acts on",
                "Quiva Exchange said it had paused withdrawals.\n\nThe Financial Markets Commission suspended Quiva Exchange's licence on Tuesday. \"A licence is not a guarantee against losses,\" the regulator said in a statement.\n",
                &["Financial Markets Commission"],
            ),
            (
                "a body by a noun two words of its name make",
                "A patrol boat of the Italian Coast Guard rescued 22 survivors on Sunday. Frontex said a plane had spotted the boat.\n\n\"The sea was calm,\" the coastguard said in a statement.\n",
                &["Italian Coast Guard"],
            ),
            (
                "a document: the body named where it was introduced, before its word",
                "Ministers of the International Energy Agency agreed a joint communique on Friday.\n\nThe talks were held in Washington.\n\n\"Global demand has proven resilient,\" the communique said.\n",
                &["International Energy Agency"],
            ),
            (
                "a document: else the body named after its word",
                "In a communique issued after the ceremony, the Government Information Service said the cabinet was grateful.\n\n\"The cabinet wishes her every success,\" the communique said.\n",
                &["Government Information Service"],
            ),
            (
                "a document: a body before a person, and the noun's own sentence before another's",
                "Australia's lowest-paid workers will get a pay rise after the Fair Work Commission on Thursday handed down its annual wage decision, well below the ACTU's claim.\n\nCommission President Roslyn Achterberg, reading a summary of the decision in Melbourne, said inflation had eased.\n\n\"An increase of this size will deliver a modest improvement,\" the decision said.\n",
                &["Fair Work Commission"],
            ),
            (
                "a document introduced by another word: the body whose name holds it",
                "The minister resigned after the Netherlands Court of Audit found that costs had risen.\n\nThe audit, published on August 27, found that officials had known since March.\n\n\"The minister was informed late,\" the report said.\n",
                &["Netherlands Court of Audit"],
            ),
            (
                "a document: the sentence that introduced it, a person too",
                "Westbridge United said in a statement on Monday it had suspended Jane Roe.\n\nIn a statement released by her lawyers, Jane Roe said she was innocent.\n\n\"I have never placed a bet,\" the statement said.\n",
                &["Jane Roe"],
            ),
            (
                "a document: a body's noun before its word, for the body whose name holds it",
                "The Ministry of Water said 40 wells had run dry.\n\nDr Ana Ruiz, a hydrologist, said the aquifer was falling. The ministry said in a statement that tankers would be sent.\n\n\"Water is free at every tanker,\" the statement said.\n",
                &["Ministry of Water"],
            ),
            (
                "a spokesperson for a body whose first word is also a first name",
                "A spokesperson for the Cree Nation Government said elders and \"anyone who needs dialysis\" had been flown out.\n",
                &["Cree Nation Government"],
            ),
            (
                "a document: where its noun came new, not where it was named again",
                "Ireland needs more homes, the Economic and Social Research Institute said in a report on Tuesday.\n\nCompletions fell 8 per cent, according to Central Statistics Office figures cited in the report.\n\n\"Affordability will deteriorate,\" the report said.\n",
                &["Economic and Social Research Institute"],
            ),
            (
                "'the company' with no body nearby: the body the article names most",
                "Norandes Resources runs the Cerro Morado mine. Norandes Resources offered a bonus.\n\nThe union rejected it on Monday.\n\nThe strike began on Tuesday.\n\nA spokeswoman for the company said the offer was \"the best in the industry\".\n",
                &["Norandes Resources"],
            ),
            (
                "a study's authors: the person who leads them",
                "Researchers led by Ioana Munteanu, a paediatrician at a Bucharest hospital, analysed 9,214 records.\n\n\"Infants bore a burden of severe disease,\" the authors wrote.\n",
                &["Ioana Munteanu"],
            ),
            (
                "the agency: the public body the article names most nearby, by its name or an alias",
                "The U.S. Food and Drug Administration approved the drug on Friday, the FDA said.\n\nDr. Helen Marchetti, director of the Office of Immunology in the FDA's drug centre, said it was a good day. \"The drug has not been studied in children,\" the agency said.\n",
                &["U.S. Food and Drug Administration"],
            ),
            (
                "the stewards: the body named nearby",
                "After the race the FIA stewards gave Tomas Veld a five-second penalty.\n\n\"The car moved under braking,\" the stewards said.\n",
                &["FIA"],
            ),
            (
                "a document: a verb of the same word introduces none",
                "Halvorsen Shipping said in a report on Monday that sales fell.\n\nThe Maritime Authority is due to report on Thursday.\n\n\"Sales fell,\" the report said.\n",
                &["Halvorsen Shipping"],
            ),
            (
                "a body by a noun neither its name holds nor generic",
                "Halvorsen Shipping said the crew acted quickly.\n\n\"We are investigating,\" the ministry said.\n",
                &[],
            ),
            (
                "an interview's answers are those of the person its lead-in names",
                "In an interview on Tuesday, the player's agent, Jorge Valente, spoke about his future.\n\nQ: Does Tiago want to leave?\nA: Tiago is happy in Lisbon. He has told the club this.\n\nQ: Will there be another offer?\nA: That is a question for Westbridge.\n\nThe window closes on Friday.\n",
                &["Jorge Valente", "Jorge Valente"],
            ),
            (
                "a question of several sentences still leads to its answer",
                "In an interview, the player's agent, Jorge Valente, spoke about his future.\n\nQ: You met the club on Monday. Does Tiago want to leave?\nA: Tiago is happy in Lisbon. He has told the club this.\n",
                &["Jorge Valente"],
            ),
            (
                "an answer with no question before it is not an interview's",
                "Jorge Valente, the agent, spoke to us.\n\nThe club said little.\nA: Tiago is happy in Lisbon and will stay.\n",
                &[],
            ),
            (
                "the spokesperson is the one introduced before, for the body named after \"for\"",
                "A spokesperson for Meridian Exhibitions, which organizes the show, said it expected 62,000 visitors. \"The fall show has become the place to launch,\" the spokesperson said.\n",
                &["Meridian Exhibitions"],
            ),
            (
                "the spokesperson of no body introduced is an unnamed source",
                "The ministry was asked about the plan.\n\n\"We will not comment on rumours,\" the spokesperson said.\n",
                &[""],
            ),
            (
                "the spokesperson introduced by name is that person",
                "Anna Berg, a spokeswoman for Tessel, said the company would appeal. \"We disagree,\" the spokeswoman said.\n",
                &["Anna Berg"],
            ),
            (
                "one word before \"spokesperson\" speaks for a body when it names one in the end",
                "Tessel said it would appeal to the General Court. \"We strongly disagree,\" a Tessel spokesperson said.\n",
                &["Tessel"],
            ),
            (
                "and is an unnamed source when it names a person",
                "Prime Minister Mark Carney spoke on Monday.\n\n\"He will not resign,\" a Carney spokesperson said.\n",
                &[""],
            ),
        ];
        for (rule, text, want) in cases {
            let got: Vec<String> = quotes(text).into_iter().map(|q| q.0).collect();
            assert_eq!(got, *want, "{rule}");
        }
        let answers = quotes(
            "Jorge Valente, the agent, spoke to us.\n\nQ: Does Tiago want to leave?\nA: Tiago is happy in Lisbon. He has told the club this.\n",
        );
        assert_eq!(answers.len(), 1, "{answers:?}");
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;
    use crate::bundle::Body;
    use crate::compiler::extract::{Prepared, extract};
    use crate::compiler::{clean, segment};

    /// The event dates of a text published on `published`, in order.
    fn event_dates(text: &str, published: &str) -> Vec<String> {
        let cleaned = clean::clean(text, 1, false);
        let sentences = segment::sentences(&cleaned);
        let p = Prepared {
            meta: Article::default(),
            published: published.parse().ok(),
            cleaned,
            sentences,
            dateline: None,
        };
        let common = p.lower_words();
        let r = resolve(vec![extract(p, &common)]);
        r.docs[0]
            .facts
            .iter()
            .filter_map(|f| {
                if let Body::Event { date, .. } = &f.body {
                    Some(date.clone())
                } else {
                    None
                }
            })
            .collect()
    }

    /// Dates counted from the story: (text, publication, dates).
    #[test]
    fn dates_counted_from_the_story() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "It froze withdrawals on Aug. 12, 2024, and filed for bankruptcy two days later.\n",
                "2026-03-05",
                &["2024-08-12", "2024-08-14"],
            ),
            (
                "The court ruled on March 3.\n\nThe next day, the firm appealed.\n",
                "2026-03-20",
                &["2026-03-03", "2026-03-04"],
            ),
            (
                "The bill passed in 2019.\n\nThe following year, it was repealed.\n",
                "2026-03-20",
                &["2019", "2020"],
            ),
            // No day to count from: no date rather than a wrong one.
            (
                "He was released last August and charged the next day.\n",
                "2025-12-01",
                &["2025-08"],
            ),
            // Deadlines ahead of a past-tense statement; the second of a pair in the first's tense.
            (
                "Classes were suspended until Monday, the governor said.\n",
                "2025-10-09",
                &["2025-10-13"],
            ),
            (
                "It restored supply between April and November, and will meet on Jan. 4.\n",
                "2025-12-01",
                &["2025-04", "2025-11", "2026-01-04"],
            ),
            (
                "Its first move since October came on Wednesday.\n",
                "2026-03-18",
                &["2025-10", "2026-03-18"],
            ),
        ];
        for (text, published, want) in cases {
            assert_eq!(event_dates(text, published), *want, "{text}");
        }
    }

    /// Tense and deadlines around a date: (text, publication, dates).
    #[test]
    fn tense_of_the_dated_clause() {
        let cases: &[(&str, &str, &[&str])] = &[
            // A time of day between the deadline word and the day (2025-08-21 is a Thursday).
            (
                "The union said it would call off the strike if Health NZ returned with a better offer by 5pm on Friday.\n",
                "2025-08-21",
                &["2025-08-22"],
            ),
            (
                "It extended a red flag warning through 8 p.m. Thursday.\n",
                "2025-10-22",
                &["2025-10-23"],
            ),
            (
                "He declared a day of mourning for Friday.\n",
                "2026-06-17",
                &["2026-06-19"],
            ),
            // An adjective participle is no verb: "would" rules the date.
            (
                "It said late Monday that it would impose a tariff on imported memory chips from May 1.\n",
                "2026-04-07",
                &["2026-04-06", "2026-05-01"],
            ),
            // A condition without a past verb looks ahead.
            (
                "She said prices could test the record set in February if the dry spell lasts into October.\n",
                "2025-09-11",
                &["2025-02", "2025-10"],
            ),
            // "before June": the nearer one.
            (
                "Asked whether talks could succeed before June, she said no.\n",
                "2026-04-15",
                &["2026-06"],
            ),
            // In a past clause "in 31 days" is how long it took.
            ("We shot it in 31 days, she said.\n", "2026-03-15", &[]),
            (
                "It will reopen in 30 days.\n",
                "2026-03-15",
                &["2026-04-14"],
            ),
            // Results to come are of the part of the year just ended.
            (
                "Samsung is due to release its first-quarter earnings on Thursday.\n",
                "2026-04-07",
                &["2026", "2026-04-09"],
            ),
            // A fixture after a colon.
            (
                "Lakers: Visit the Utah Jazz on Friday night.\n",
                "2026-01-15",
                &["2026-01-16"],
            ),
        ];
        for (text, published, want) in cases {
            assert_eq!(event_dates(text, published), *want, "{text}");
        }
    }
}
