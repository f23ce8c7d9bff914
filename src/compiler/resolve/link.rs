//! Linking mentions into entities: every mention's normalized keys (a name,
//! its canonical lexicon form, "A and B" read as two names), then unions by
//! named rules (acronyms, legal forms, a leading place, place suffixes,
//! tails of long names, surnames, first words of organizations).

use super::naming::{core, norm};
use crate::bundle::EntityKind;
use crate::compiler::extract::ArticleFacts;
use crate::compiler::extract::entities::{family_name_first, name_particle};
use crate::compiler::gazetteer;
use crate::compiler::lexicon;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};

pub(super) struct Uf(Vec<usize>);

impl Uf {
    pub(super) fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    /// Join two sets; the smaller index stays the root, so results do not
    /// depend on the order of unions.
    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = (a.min(b), a.max(b));
            self.0[hi] = lo;
        }
    }
}

#[derive(Default)]
pub(super) struct KeyInfo {
    /// Surfaces and how often each was seen (first-seen order).
    pub(super) surfaces: Vec<(String, u32)>,
    pub(super) count: u32,
    pub(super) strong: [u32; 5],
    /// Weak votes per kind (cues that a name often has without being of that kind).
    pub(super) weak: [u32; 5],
    /// Last-resort kinds of its mentions (their `guess`).
    pub(super) guess: [u32; 5],
    pub(super) lexicon: Option<(String, EntityKind)>,
    /// Seen as the expansion of an acronym.
    pub(super) expanded: u32,
    pub(super) acronyms: BTreeSet<String>,
    pub(super) articles: BTreeSet<u32>,
    pub(super) first: (u32, u32, u32),
}

pub(super) fn kind_ix(k: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|&x| x == k).unwrap_or(4)
}

pub(super) struct Registry {
    pub(super) keys: Vec<String>,
    pub(super) index: HashMap<String, usize>,
    pub(super) info: Vec<KeyInfo>,
}

impl Registry {
    pub(super) fn key(&mut self, k: &str) -> usize {
        if let Some(&i) = self.index.get(k) {
            return i;
        }
        let i = self.keys.len();
        self.keys.push(k.to_string());
        self.index.insert(k.to_string(), i);
        self.info.push(KeyInfo {
            first: (u32::MAX, u32::MAX, u32::MAX),
            ..Default::default()
        });
        i
    }
}

/// Every mention's keys, per article (empty for terms, one-letter names and
/// ordinary words); acronyms get keys of their own.
pub(super) fn register(docs: &[ArticleFacts]) -> (Registry, Vec<Vec<Vec<usize>>>) {
    let terms: HashSet<String> = docs.iter().flat_map(|d| d.terms.iter().cloned()).collect();
    let mut reg = Registry {
        keys: Vec::new(),
        index: HashMap::default(),
        info: Vec::new(),
    };
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
        let local = local_expansions(doc);
        for m in &doc.mentions {
            let own;
            let mut mm = &m.mention;
            // "AFP Commander Lisa Brandt" in a story that names the Australian Federal Police:
            // an acronym is the name of its own article that it abbreviates, before the
            // lexicon's ("Agence France-Presse").
            if let Some(c) = mm
                .canonical
                .as_ref()
                .filter(|_| mm.kind == Some(EntityKind::Organization))
            {
                let ac = norm(&mm.text);
                // (Three letters at least: two fit too many names, "US" and "University of Sydney".)
                if in_capitals(&mm.text)
                    && ac.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && local.get(&ac).is_some_and(|ks| !ks.contains(&norm(c)))
                {
                    own = crate::compiler::extract::entities::Mention {
                        canonical: None,
                        acronym: None,
                        ..mm.clone()
                    };
                    mm = &own;
                }
            }
            let demonym = crate::compiler::extract::entities::is_demonym(&mm.text.to_lowercase());
            let surface = if demonym || mm.kind == Some(EntityKind::Element) {
                mm.canonical.clone().unwrap_or_else(|| mm.text.clone())
            } else {
                mm.text.clone()
            };
            let bare = mm.text.trim_end_matches('s');
            let is_term = mm.canonical.is_none()
                && (terms.contains(&mm.text) || terms.contains(bare))
                && bare.chars().all(|c| !c.is_lowercase());
            let k = norm(mm.canonical.as_deref().unwrap_or(&mm.text));
            // ("A24": one letter and a number is a name too; "the A5 motorway": with one digit,
            // when a rule read it strongly as a road.)
            let letters = k.chars().filter(|c| c.is_alphabetic()).count();
            let digits = k.chars().filter(|c| c.is_ascii_digit()).count();
            let letter_and_number = letters == 1
                && !k.contains(' ')
                && (digits >= 2 || digits == 1 && mm.strong && mm.kind == Some(EntityKind::Place));
            // (A letter that a rule read as a body on strong evidence: the social network X.)
            let letter_body =
                letters == 1 && mm.strong && mm.kind == Some(EntityKind::Organization);
            if is_term
                || letters < 2 && !letter_and_number && !letter_body
                || lexicon::is_in(lexicon::NOT_NAMES, &k)
            {
                keys.push(Vec::new());
                continue;
            }
            let mut pieces: Vec<(String, String, Option<EntityKind>, bool, Option<String>)> =
                Vec::new();
            if let Some(pos) = k
                .match_indices(" and ")
                .map(|(p, _)| p)
                .find(|&p| standalone.contains(&k[p + 5..]))
            {
                let words_left = k[..pos].split(' ').count();
                let text_words: Vec<&str> = surface.split(' ').collect();
                let left_surface = text_words[..words_left.min(text_words.len())].join(" ");
                let right_surface = text_words[(words_left + 1).min(text_words.len())..].join(" ");
                let left_kind = k[..pos]
                    .rsplit(' ')
                    .next()
                    .filter(|w| lexicon::ORG_SUFFIXES.contains(w))
                    .map(|_| EntityKind::Organization);
                pieces.push((
                    k[..pos].to_string(),
                    left_surface,
                    left_kind,
                    left_kind.is_some(),
                    None,
                ));
                pieces.push((
                    k[pos + 5..].to_string(),
                    right_surface,
                    mm.kind,
                    mm.strong,
                    mm.acronym.clone(),
                ));
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
                if let Some(g) = mm.guess {
                    info.guess[kind_ix(g)] += 1;
                }
                if let Some(kind) = kind {
                    if strong {
                        info.strong[kind_ix(kind)] += 1;
                    } else {
                        info.weak[kind_ix(kind)] += 1;
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
    (reg, mention_keys)
}

/// The strongest kind the key was seen with: a lexicon's, else the most strongly voted.
pub(super) fn strongest(info: &KeyInfo) -> Option<EntityKind> {
    info.lexicon.as_ref().map(|l| l.1).or_else(|| {
        let (ix, &votes) = info
            .strong
            .iter()
            .enumerate()
            .max_by_key(|&(ix, &v)| (v, std::cmp::Reverse(ix)))?;
        (votes > 0).then(|| EntityKind::ALL[ix])
    })
}

/// The article's names of several words, by their initials (of the words,
/// and of the parts of hyphenated words: "Agence France-Presse" is "afp"):
/// the key of each (a lexicon's canonical name, else the name).
fn local_expansions(doc: &ArticleFacts) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::default();
    for m in &doc.mentions {
        let mm = &m.mention;
        if in_capitals(&mm.text) {
            continue;
        }
        let k = norm(mm.canonical.as_deref().unwrap_or(&mm.text));
        let text = norm(&mm.text);
        let words: Vec<&str> = text.split(' ').collect();
        let parts: Vec<&str> = words.iter().flat_map(|w| w.split('-')).collect();
        if parts.len() >= 2 {
            let mut inis = vec![ini_of(&words), ini_of(&parts)];
            inis.dedup();
            for ini in inis.into_iter().filter(|i| i.chars().count() >= 2) {
                out.entry(ini).or_default().push(k.clone());
            }
        }
    }
    out
}

/// The initials of a name's key (lower-cased words), small words left out:
/// "pfa" for "professional footballers' association", "dpp" for
/// "democratic progressive party".
fn ini_of(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| {
            !matches!(
                **w,
                "of" | "for" | "and" | "the" | "on" | "&" | "de" | "des" | "du" | "la" | "le"
            )
        })
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Two letters or more, all in capitals ("UUK", "U.S.").
fn in_capitals(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && s.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// The kind the key was seen with at all: the strongest, else the most weakly voted.
pub(super) fn likeliest(info: &KeyInfo) -> Option<EntityKind> {
    strongest(info).or_else(|| {
        let (ix, &votes) = info
            .weak
            .iter()
            .enumerate()
            .max_by_key(|&(ix, &v)| (v, std::cmp::Reverse(ix)))?;
        (votes > 0).then(|| EntityKind::ALL[ix])
    })
}

use crate::compiler::extract::quotes::short_name_head;

/// Company words at the end of a name that its short form leaves out
/// ("Carrow Hill Partners" → "Carrow Hill").
const COMPANY_TAILS: &[&str] = &[
    "partners",
    "capital",
    "group",
    "holdings",
    "ventures",
    "investments",
    "advisors",
    "advisers",
    "associates",
    "management",
    "securities",
    "asset management",
    "corporation",
    "company",
    "inc",
    "inc.",
    "ltd",
    "plc",
    "pictures",
    "studios",
    "entertainment",
    "airlines",
    "airways",
    "motors",
    // "Harrow Creek Pharmaceuticals" and "Harrow Creek began the recall".
    "pharmaceuticals",
    "pharma",
    "therapeutics",
    "biosciences",
    "technologies",
    "industries",
    "resources",
    "logistics",
    "lines",
    "shipping",
    "foods",
    "brands",
    "laboratories",
];

/// A short form's name in one article: (key, article, a long name's key).
pub(super) type Override = (usize, u32, usize);

/// What [`link`] found: the joined keys; the short forms that name, in each
/// article, a different long name of that article ([`Override`]); and the
/// short forms so named in every article of theirs (no entity of their own).
pub(super) struct Links {
    pub(super) uf: Uf,
    pub(super) overrides: Vec<Override>,
    pub(super) elsewhere: HashSet<usize>,
}

/// Join keys that name the same entity (see [`Links`]).
pub(super) fn link(reg: &Registry) -> Links {
    let n = reg.keys.len();
    let mut uf = Uf((0..n).collect());
    let mut overrides: Vec<Override> = Vec::new();
    let mut elsewhere: HashSet<usize> = HashSet::default();
    let is_known = |k: &str| crate::compiler::extract::entities::known().contains_key(k);
    // a. acronyms
    for i in 0..n {
        for a in reg.info[i].acronyms.clone() {
            let j = reg.index[&norm(&a)];
            uf.union(i, j);
        }
    }
    // b. organization core names; c. a leading place name; d. place suffixes
    let mut cores: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    // Short forms of bodies named with their country (rule i): short key → long keys.
    let mut national: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    // The places named by one base and a place's word ("Cagayan Valley", "Cagayan River").
    let mut suffixed: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let words: Vec<&str> = reg.keys[i].split(' ').collect();
        // (Not an administrative word: "Kilifi County" beside "Kilifi Creek" leaves "Kilifi" the county's.)
        let last = words.last().unwrap();
        if words.len() >= 2
            && lexicon::PLACE_SUFFIXES.contains(last)
            && !lexicon::ADMINISTRATIVE_SUFFIXES.contains(last)
        {
            suffixed
                .entry(words[..words.len() - 1].join(" "))
                .or_default()
                .push(i);
        }
    }
    for i in 0..n {
        let key = reg.keys[i].clone();
        let kind = strongest(&reg.info[i]);
        let c = core(&key);
        if c != key && !c.is_empty() {
            // Not "Australian Grand Prix Corporation" with the race it runs.
            if let Some(&j) = reg.index.get(&c).filter(|&&j| {
                matches!(
                    strongest(&reg.info[j]),
                    None | Some(EntityKind::Organization)
                )
            }) {
                uf.union(i, j);
            }
        }
        // "Carrow Hill Partners" and "Carrow Hill": a company without its company word;
        // "Ferro Serrano Mineração S.A." and "Ferro Serrano": a company with its legal
        // form, without that and its last word.
        if kind == Some(EntityKind::Organization) {
            let words: Vec<&str> = key.split(' ').collect();
            let core_words: Vec<&str> = c.split(' ').collect();
            let tail = words.len() >= 3 && COMPANY_TAILS.contains(words.last().unwrap());
            let base = if tail {
                Some(words[..words.len() - 1].join(" "))
            } else {
                (c != key && core_words.len() >= 3)
                    .then(|| core_words[..core_words.len() - 1].join(" "))
            };
            if let Some(base) = base {
                // (Shortened past its legal form, only a name no cue read strongly: "Air India"
                // is a company of its own beside "Air India Express Limited".)
                let own_kind = |j: usize| !tail && strongest(&reg.info[j]).is_some();
                // Not a person the company is named after ("Howard Hughes Medical Institute").
                let person = |j: usize| {
                    strongest(&reg.info[j]) == Some(EntityKind::Person)
                        || crate::compiler::gazetteer::first_name_tier(words[0]) == Some(1)
                            && strongest(&reg.info[j]).is_none()
                };
                if let Some(&j) = reg.index.get(&base).filter(|&&j| {
                    !matches!(
                        strongest(&reg.info[j]),
                        Some(EntityKind::Place | EntityKind::Other)
                    ) && !person(j)
                        && !own_kind(j)
                }) {
                    uf.union(i, j);
                }
            }
        }
        // Not a body's branch in a place ("NHS England", "BBC Scotland": an acronym is a
        // whole name of its own, unlike "Bayern" of "Bayern Munich") nor a ground named after
        // a sponsor ("SuperSport Park"): the first word names another thing.
        let branch_or_ground = |c: &str| {
            let (first, rest) = c.split_once(' ').unwrap_or((c, ""));
            let last = c.rsplit(' ').next().unwrap_or("");
            let acronym = reg.info[i].surfaces.iter().any(|(s, _)| {
                s.split(' ').next().is_some_and(|w| {
                    w.len() >= 2
                        && w.chars().all(|ch| ch.is_ascii_uppercase())
                        && w.to_lowercase() == first
                })
            });
            // (A country or a region: "PSV Eindhoven" and "CSKA Moscow" are clubs named with
            // their city, "Norwich City" and "Derby County" with an area's word.)
            acronym
                && crate::compiler::gazetteer::place(rest).is_some_and(|p| {
                    !p.common_word && p.kind != crate::compiler::gazetteer::PlaceKind::City
                })
                || lexicon::PLACE_SUFFIXES.contains(&last)
                    && !lexicon::ADMINISTRATIVE_SUFFIXES.contains(&last)
        };
        if likeliest(&reg.info[i]) == Some(EntityKind::Organization)
            && c.contains(' ')
            && !branch_or_ground(&c)
        {
            cores
                .entry(c.split(' ').next().unwrap_or("").to_string())
                .or_default()
                .push(i);
        }
        let words: Vec<&str> = key.split(' ').collect();
        if words.len() >= 3 && is_known(words[0]) {
            let rest = words[1..].join(" ");
            if let Some(&j) = reg.index.get(&rest) {
                uf.union(i, j);
            }
        }
        // Not a building or ground named after its town ("Salford Cathedral", "Hollywood Hills").
        if words.len() >= 2
            && kind == Some(EntityKind::Place)
            && lexicon::PLACE_SUFFIXES.contains(words.last().unwrap())
            && !lexicon::BUILDING_SUFFIXES.contains(words.last().unwrap())
        {
            let base = words[..words.len() - 1].join(" ");
            // "Quebec City" and "Quebec", "Mexico City" and "Mexico": two places of the gazetteer.
            let two_places = crate::compiler::gazetteer::place(&key).is_some()
                && (is_known(&base) || crate::compiler::gazetteer::place(&base).is_some());
            // "Manzanillo Bay" is no more the town than "Salford Cathedral": a landform named
            // after a town, a region or a country of the gazetteer is another place ("Panama
            // Canal" is not Panama).
            // (A stadium goes by its town's name too, "at Wembley"; not an airport, a river or a
            // valley: "Dublin Airport" is not Dublin, nor "the Aosta Valley" Aosta.)
            let landform_of_a_town = !lexicon::ADMINISTRATIVE_SUFFIXES
                .contains(words.last().unwrap())
                && !matches!(
                    *words.last().unwrap(),
                    "stadium" | "arena" | "racecourse" | "speedway"
                )
                && crate::compiler::gazetteer::place(&base).is_some_and(|p| !p.common_word);
            // "Cagayan" beside "Cagayan Valley" and "Cagayan River" in one article is neither.
            let ambiguous = |j: usize| {
                suffixed.get(&base).into_iter().flatten().any(|&o| {
                    o != i
                        && reg.info[o]
                            .articles
                            .intersection(&reg.info[j].articles)
                            .next()
                            .is_some()
                })
            };
            if let Some(&j) = reg
                .index
                .get(&base)
                .filter(|&&j| !two_places && !landform_of_a_town && !ambiguous(j))
            {
                // (Not a body the ground is named after: "the broadcaster SuperSport".)
                let base_kind = strongest(&reg.info[j]);
                if !is_known(&base) && base_kind.is_none() || base_kind == Some(EntityKind::Place) {
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
        // i. "Minerals Council South Africa" → "Minerals Council", "Amnesty International UK"
        // → "Amnesty International": a body named with its country after its own name (not a
        // region's: "Planned Parenthood Arizona", "Crown Estate Scotland" are bodies of their
        // own), shortened to that name (joined below, when every article of the short form
        // names it in full and no other such body claims it).
        if words.len() >= 3 && kind == Some(EntityKind::Organization) {
            for cut in 1..=2.min(words.len() - 2) {
                let own = words[..words.len() - cut].join(" ");
                let country = words[words.len() - cut..].join(" ");
                let is_country = crate::compiler::gazetteer::place(&country).is_some_and(|p| {
                    !p.common_word && p.kind == crate::compiler::gazetteer::PlaceKind::Country
                });
                if let Some(&j) = reg.index.get(&own).filter(|&&j| {
                    is_country
                        && matches!(
                            strongest(&reg.info[j]),
                            None | Some(EntityKind::Organization)
                        )
                }) {
                    national.entry(j).or_default().push(i);
                }
            }
        }
    }
    // e. surnames of people; f. first words of organizations; h. the last
    // word of a named thing ("Cyclone Mira" → "Mira", "Galaxy Aura" → "Aura")
    let mut surnames: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut thing_tails: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    // "Borussia Dortmund" → "Dortmund": the last word of a two-word organization.
    let mut org_tails: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let words: Vec<&str> = reg.keys[i].split(' ').collect();
        // A person's full name read only weakly ("Oscar Piastri", "Yashasvi Jaiswal") gives its surname too.
        let person = strongest(&reg.info[i]) == Some(EntityKind::Person)
            || strongest(&reg.info[i]).is_none()
                && likeliest(&reg.info[i]) == Some(EntityKind::Person)
                && words.len() <= 4;
        // (Asked of the name as written: in lower case "Rees-Mogg" would look like "Ha-jun".)
        let written = reg.info[i]
            .surfaces
            .first()
            .map(|s| s.0.as_str())
            .unwrap_or("");
        let written: Vec<&str> = written.split_whitespace().collect();
        if person && family_name_first(&written) {
            surnames.entry(words[0].to_string()).or_default().push(i);
        }
        // "Yannick Le Bihan" → "Le Bihan", "Pieter van Rensburg" → "van Rensburg":
        // a surname that opens with a particle, as writers shorten the name.
        if person && words.len() >= 3 {
            if let Some(k) = (1..words.len() - 1).find(|&k| name_particle(words[k])) {
                surnames.entry(words[k..].join(" ")).or_default().push(i);
            } else if words.len() == 3 && !words[1].ends_with('.') {
                // "Ellen Mattsson Berg" → "Mattsson Berg": a double surname, shortened the same way.
                surnames.entry(words[1..].join(" ")).or_default().push(i);
                // "Rosalba Quiñones Trejo" → "Quiñones": a Spanish name's first surname, when it
                // is no given name ("Marco Antonio Leyva" is not "Antonio").
                if !gazetteer::is_first_name(words[1]) && !gazetteer::is_common_word(words[1]) {
                    surnames.entry(words[1].to_string()).or_default().push(i);
                }
            }
        }
        match strongest(&reg.info[i]) {
            _ if person && words.len() >= 2 => surnames
                .entry(words.last().unwrap().to_string())
                .or_default()
                .push(i),
            Some(EntityKind::Other) if words.len() == 2 => {
                thing_tails.entry(words[1].to_string()).or_default().push(i)
            }
            Some(EntityKind::Organization)
                if words.len() == 2 && !lexicon::ORG_SUFFIXES.contains(&words[1]) =>
            {
                org_tails.entry(words[1].to_string()).or_default().push(i)
            }
            _ => {}
        }
        // "Los Angeles Lakers" → "Lakers", "Brisbane Broncos" → "Broncos": a team named for a
        // known place or a city of the gazetteer, by its last word.
        let place_head = || {
            let head = words[..words.len() - 1].join(" ");
            is_known(&head)
                || crate::compiler::gazetteer::place(&head).is_some_and(|p| !p.common_word)
        };
        if words.len() >= 2
            && likeliest(&reg.info[i]) == Some(EntityKind::Organization)
            && !lexicon::ORG_SUFFIXES.contains(words.last().unwrap())
            && place_head()
        {
            org_tails
                .entry(words.last().unwrap().to_string())
                .or_default()
                .push(i)
        }
    }
    // "European Commission" → "Commission", "Court of Arbitration for Sport" → "Court":
    // a public body's own noun ([`short_name_head`]), capitalized, as a writer shortens its name.
    let mut heads: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let words: Vec<&str> = reg.keys[i].split(' ').collect();
        if words.len() < 2 || likeliest(&reg.info[i]) != Some(EntityKind::Organization) {
            continue;
        }
        // The last such noun before a connector ("court" in "European Court of Human Rights").
        let before = words
            .iter()
            .position(|w| matches!(*w, "of" | "for" | "on" | "and" | "&"))
            .unwrap_or(words.len());
        if let Some(head) = words[..before].iter().rev().find(|w| short_name_head(w)) {
            heads.entry(head.to_string()).or_default().push(i);
        }
    }
    // "DPP" and "Democratic Progressive Party": an acronym written without
    // its parenthesis, the initials of one organization's name.
    let mut initials: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let words: Vec<&str> = reg.keys[i].split(' ').collect();
        // (A name no cue read counts too: "Paris Saint-Germain were left empty-handed" beside
        // "PSG said" is the club.)
        let kind = likeliest(&reg.info[i]);
        let unread = kind.is_none() && reg.info[i].guess.iter().all(|&g| g == 0);
        if words.len() >= 2 && (kind == Some(EntityKind::Organization) || unread) {
            // "PSG" and "Paris Saint-Germain": the parts of a hyphenated word count as words too.
            let parts: Vec<&str> = words.iter().flat_map(|w| w.split('-')).collect();
            let (ini, hyphened) = (ini_of(&words), ini_of(&parts));
            if hyphened != ini {
                initials.entry(hyphened).or_default().push(i);
            }
            // "FDA" and "U.S. Food and Drug Administration": a country's name or short form
            // before the body's own name is no part of its acronym.
            if words.len() >= 3 && is_known(words[0]) {
                let own = ini_of(&words[1..]);
                if own.chars().count() >= 2 && own != ini {
                    initials.entry(own).or_default().push(i);
                }
            }
            // "UUK" and "Universities UK": a word in capitals gives all its letters.
            for (surface, _) in &reg.info[i].surfaces {
                let sw: Vec<&str> = surface.split(' ').collect();
                if sw.len() == words.len() && sw.iter().any(|w| in_capitals(w)) {
                    let whole: String = sw
                        .iter()
                        .zip(&words)
                        .map(|(w, k)| {
                            if in_capitals(w) {
                                k.to_string()
                            } else {
                                // ("UK Anti-Doping": a hyphenated word gives a letter a part.)
                                ini_of(&k.split('-').collect::<Vec<_>>())
                            }
                        })
                        .collect();
                    if whole != ini && whole.chars().count() >= 3 {
                        initials.entry(whole).or_default().push(i);
                    }
                }
            }
            if ini.chars().count() >= 2 {
                initials.entry(ini).or_default().push(i);
            }
        }
    }
    for i in 0..n {
        let key = &reg.keys[i];
        let caps = reg.info[i].surfaces.iter().any(|(s, _)| in_capitals(s));
        if key.contains(' ') || !caps || reg.info[i].expanded > 0 {
            continue;
        }
        if let Some(orgs) = initials.get(key.as_str()) {
            let shares = |o: usize| {
                reg.info[o]
                    .articles
                    .intersection(&reg.info[i].articles)
                    .next()
                    .is_some()
            };
            // The names in the acronym's own articles decide ("Paris Saint-Germain" beside
            // "PSG", whatever "Paris St Germain" of another article is); a name no cue read
            // only for an acronym of three letters or more (two initials fit too much).
            let long = key.chars().filter(|c| c.is_alphabetic()).count() >= 3;
            let orgs: Vec<usize> = orgs
                .iter()
                .copied()
                .filter(|&o| shares(o) && (long || likeliest(&reg.info[o]).is_some()))
                .collect();
            let roots: BTreeSet<usize> = orgs.iter().map(|&o| uf.find(o)).collect();
            if roots.len() == 1 {
                uf.union(i, orgs[0]);
            }
        }
    }
    // "Liberal Democrat group" and "the Liberal Democrats", "a Springbok try" and "the
    // Springboks": an organization's name and its plural are one name.
    for i in 0..n {
        if likeliest(&reg.info[i]) != Some(EntityKind::Organization) {
            continue;
        }
        if let Some(&j) = reg.keys[i]
            .strip_suffix('s')
            .and_then(|single| reg.index.get(single))
        {
            if matches!(
                likeliest(&reg.info[j]),
                None | Some(EntityKind::Organization)
            ) && reg.info[j]
                .articles
                .intersection(&reg.info[i].articles)
                .next()
                .is_some()
            {
                uf.union(i, j);
            }
        }
    }
    // Keys already joined with others (by acronym, legal form, …).
    let mut members = vec![0u32; n];
    for i in 0..n {
        members[uf.find(i)] += 1;
    }
    let grouped: Vec<bool> = (0..n).map(|i| members[uf.find(i)] > 1).collect();
    // A short form joins only the long names of its own articles: "Hamilton" in a story about a
    // New Zealand city is not the racing driver of another story, nor "Commission" the Philippine one.
    let sharing = |i: usize, longs: &[usize]| -> Vec<usize> {
        longs
            .iter()
            .copied()
            .filter(|&o| {
                reg.info[o]
                    .articles
                    .intersection(&reg.info[i].articles)
                    .next()
                    .is_some()
            })
            .collect()
    };
    // A short form that two articles give to two long names ("Lin" for Lin Yu-ting in one story
    // and for Lin Cheng-hao in another) is, in each article, the one long name of that article:
    // the long name that shares each of its articles, when every article has at most one.
    // (One pass over the long names' articles: linear in their mentions, not articles × names.)
    let mut per_article = |uf: &mut Uf, i: usize, longs: &[usize]| -> bool {
        // Per article of the short form: a long name there, and whether it has two.
        let mut found: BTreeMap<u32, (usize, bool)> = BTreeMap::new();
        for &o in longs {
            let root = uf.find(o);
            for a in reg.info[o].articles.intersection(&reg.info[i].articles) {
                let e = found.entry(*a).or_insert((o, false));
                if uf.find(e.0) != root {
                    e.1 = true;
                }
            }
        }
        if found.values().any(|&(_, two)| two) {
            return false;
        }
        if found.len() == reg.info[i].articles.len() {
            elsewhere.insert(i);
        }
        overrides.extend(found.into_iter().map(|(a, (o, _))| (i, a, o)));
        true
    };
    // Rule i's short forms: one entity with the long name when every article of the short
    // form names that one body in full; else, in each article that names one such body, that
    // body's (an article that never names it in full keeps the short form's own entity).
    for (&j, longs) in &national {
        let roots: BTreeSet<usize> = longs.iter().map(|&o| uf.find(o)).collect();
        let in_each = reg.info[j]
            .articles
            .iter()
            .all(|a| longs.iter().any(|&o| reg.info[o].articles.contains(a)));
        if roots.len() == 1 && in_each {
            uf.union(j, longs[0]);
        } else {
            per_article(&mut uf, j, longs);
        }
    }
    for i in 0..n {
        let key = reg.keys[i].clone();
        // One word, or a surname with its particle ("le bihan").
        // ("von der leyen", "de la cruz": every word but the last may be a particle.)
        let words: Vec<&str> = key.split(' ').collect();
        let particle_surname =
            words.len() >= 2 && words[..words.len() - 1].iter().all(|w| name_particle(w));
        let double_surname = words.len() == 2 && surnames.contains_key(&key);
        if key.contains(' ') && !particle_surname && !double_surname || is_known(&key) {
            continue;
        }
        let kind = strongest(&reg.info[i]);
        if matches!(kind, None | Some(EntityKind::Person)) {
            if let Some(people) = surnames
                .get(&key)
                .map(|p| sharing(i, p))
                .filter(|p| !p.is_empty())
            {
                let roots: BTreeSet<usize> = people.iter().map(|&p| uf.find(p)).collect();
                if roots.len() == 1 {
                    uf.union(i, people[0]);
                    continue;
                }
                if per_article(&mut uf, i, &people) {
                    continue;
                }
            }
        }
        if matches!(kind, None | Some(EntityKind::Other)) && !grouped[i] {
            if let Some(things) = thing_tails
                .get(&key)
                .map(|p| sharing(i, p))
                .filter(|p| !p.is_empty())
            {
                let roots: BTreeSet<usize> = things.iter().map(|&p| uf.find(p)).collect();
                if roots.len() == 1 {
                    uf.union(i, things[0]);
                    continue;
                }
            }
        }
        if likeliest(&reg.info[i]) == Some(EntityKind::Organization)
            && !grouped[i]
            && strongest(&reg.info[i]) != Some(EntityKind::Place)
        {
            if let Some(orgs) = org_tails
                .get(&key)
                .map(|p| sharing(i, p))
                .filter(|p| !p.is_empty())
            {
                let roots: BTreeSet<usize> = orgs.iter().map(|&o| uf.find(o)).collect();
                if roots.len() == 1 {
                    uf.union(i, orgs[0]);
                    continue;
                }
            }
        }
        if matches!(kind, None | Some(EntityKind::Organization))
            && !grouped[i]
            && likeliest(&reg.info[i]) != Some(EntityKind::Place)
        {
            // Every article of the short name names one such body in full.
            let in_each = |orgs: &[usize]| {
                reg.info[i]
                    .articles
                    .iter()
                    .all(|a| orgs.iter().any(|&o| reg.info[o].articles.contains(a)))
            };
            if let Some(orgs) = heads
                .get(&key)
                .map(|p| sharing(i, p))
                .filter(|p| !p.is_empty() && in_each(p))
            {
                let roots: BTreeSet<usize> = orgs.iter().map(|&o| uf.find(o)).collect();
                if roots.len() == 1 {
                    uf.union(i, orgs[0]);
                    continue;
                }
            }
        }
        // Not a place named before its council ("Walsall" and "Walsall Council").
        if matches!(kind, None | Some(EntityKind::Organization))
            && !grouped[i]
            && likeliest(&reg.info[i]) != Some(EntityKind::Place)
        {
            if let Some(orgs) = cores
                .get(&key)
                .map(|p| sharing(i, p))
                .filter(|p| !p.is_empty())
            {
                let roots: BTreeSet<usize> = orgs.iter().map(|&o| uf.find(o)).collect();
                if roots.len() == 1 {
                    uf.union(i, orgs[0]);
                }
            }
        }
    }
    Links {
        uf,
        overrides,
        elsewhere,
    }
}

#[cfg(test)]
mod tests {
    use crate::bundle::EntityKind::{self, *};
    use crate::compiler::{compile_sources, read::SourceFile};

    /// The entities of one article: (name, kind, aliases).
    fn entities(text: &str) -> Vec<(String, EntityKind, Vec<String>)> {
        let src = SourceFile {
            path: "a.txt".into(),
            text: text.to_string(),
        };
        let c = compile_sources(&[src]).unwrap();
        c.bundle
            .entities
            .iter()
            .map(|e| (e.name.clone(), e.kind, e.aliases.clone()))
            .collect()
    }

    /// Linking rules, one case each: an article, and an entity it must hold
    /// (name, kind, one alias) and a name that must not stand alone.
    #[test]
    fn linking_rules() {
        let cases: &[(&str, (&str, EntityKind, &str), &str)] = &[
            // A surname joins a full name read only weakly (no strong cue, a foreign first name).
            (
                "Yashasvi Jaiswal struck an unbeaten 131 on Monday.\n\n\"I was nervous,\" Jaiswal told reporters.\n",
                ("Yashasvi Jaiswal", Person, "Jaiswal"),
                "Jaiswal",
            ),
            // A company with its legal form, shortened without that and its last word.
            (
                "Prosecutors froze R$ 1.2 billion of assets of Ferro Serrano Mineração S.A. on Monday.\n\nFerro Serrano raised the dam's alert on Saturday.\n",
                (
                    "Ferro Serrano Mineração S.A.",
                    Organization,
                    "Ferro Serrano",
                ),
                "Ferro Serrano",
            ),
            // A body named with its country after its name, shortened to the name.
            (
                "The Minerals Council South Africa, which represents mine owners, met on Monday.\n\n\"We are deeply saddened,\" the Minerals Council said in a statement.\n",
                (
                    "Minerals Council South Africa",
                    Organization,
                    "Minerals Council",
                ),
                "Minerals Council",
            ),
            // Not when the short form is a company of its own, read strongly: two entities.
            (
                "The airline Air India said on Monday it would add flights. The carrier's unit, Air India Express Limited, cut fares.\n",
                ("Air India", Organization, ""),
                "",
            ),
            // A lexicon's acronym is the name of its own article that it abbreviates
            // ("AFP" beside "Australian Federal Police", not Agence France-Presse).
            (
                "The Australian Federal Police said it was investigating.\n\n\"Do not engage with them,\" AFP Commander Lisa Brandt said.\n",
                ("Australian Federal Police", Organization, "AFP"),
                "AFP",
            ),
            // Not an acronym whose own expansion the article names too, nor one of two letters.
            (
                "Agence France-Presse and the Australian Federal Police both reported it.\n\n\"Do not engage,\" an AFP reporter was told.\n",
                ("Agence France-Presse", Organization, "AFP"),
                "AFP",
            ),
            // A public body's own noun, capitalized, for its name; the noun before "of".
            (
                "The European Commission opened a case on Monday.\n\nThe Commission said the fine would follow.\n",
                ("European Commission", Organization, "Commission"),
                "Commission",
            ),
            (
                "The athlete appealed to the Court of Arbitration for Sport in May.\n\nThe Court said its ruling was final.\n",
                ("Court of Arbitration for Sport", Organization, "Court"),
                "Court",
            ),
            // A company's short form without its company word.
            (
                "The firm was bought by Carrow Hill Partners on Monday.\n\nCarrow Hill said it would invest £150m.\n",
                ("Carrow Hill Partners", Organization, "Carrow Hill"),
                "Carrow Hill",
            ),
            // An organization's last word: "Borussia Dortmund" and "Dortmund coach Niko Kovac".
            (
                "Bayern beat Borussia Dortmund 3-1 on Saturday.\n\n\"It was not our night,\" Dortmund coach Niko Kovac said.\n",
                ("Borussia Dortmund", Organization, "Dortmund"),
                "Dortmund",
            ),
            // A team named for a known place, by its last word.
            (
                "The Nuggets beat the Los Angeles Lakers 121-114 on Wednesday.\n\nLakers coach JJ Redick said it was on him.\n",
                ("Los Angeles Lakers", Organization, "Lakers"),
                "Lakers",
            ),
            // A building named after its town is not the town.
            (
                "He died in Salford on Sunday.\n\nA funeral will be held at Salford Cathedral.\n",
                ("Salford Cathedral", Place, ""),
                "",
            ),
            // A lawmaker's party label names the state, by its abbreviation.
            (
                "The bill's sponsor, Sen. Ana Ruiz, D-N.M., said it would pass.\n",
                ("New Mexico", Place, "N.M."),
                "N.M.",
            ),
            // … but a prefecture is the place of its name.
            (
                "The quake struck Kagoshima on Friday.\n\nOfficials in Kagoshima Prefecture said 12 people were hurt.\n",
                ("Kagoshima", Place, "Kagoshima Prefecture"),
                "Kagoshima Prefecture",
            ),
            // A family name first, before a hyphenated given name.
            (
                "President Lai Ching-te lost the vote on Saturday.\n\nLai said he would negotiate.\n",
                ("Lai Ching-te", Person, "Lai"),
                "Lai",
            ),
            // … a family name of six letters too.
            (
                "Taitung County Magistrate Chiang Wen-pin opened shelters. \"People are tired, but they are safe,\" Chiang said.\n",
                ("Chiang Wen-pin", Person, "Chiang"),
                "Chiang",
            ),
            // A country's short form before a body's name is no part of its acronym.
            (
                "The U.S. Food and Drug Administration approved the drug.\n\nThe FDA said it was safe.\n",
                ("U.S. Food and Drug Administration", Organization, "FDA"),
                "FDA",
            ),
            // An acronym written without its parenthesis.
            (
                "The Democratic Progressive Party lost seats.\n\nCritics said the DPP had erred.\n",
                ("Democratic Progressive Party", Organization, "DPP"),
                "DPP",
            ),
            // A lone word that speaks and elsewhere does what companies do is a company.
            (
                "Avianca said the disruption would cost it $12 million.\n\nAvianca shares fell 3% on Tuesday.\n",
                ("Avianca", Organization, ""),
                "",
            ),
            // A surname with its particles is an alias.
            (
                "The plan was backed by Ursula von der Leyen on Monday.\n",
                ("Ursula von der Leyen", Person, "von der Leyen"),
                "",
            ),
            // A surname that opens with a particle joins the full name.
            (
                "Toulouse coach Yannick Le Bihan was furious.\n\n\"I have watched it four times,\" Le Bihan said.\n",
                ("Yannick Le Bihan", Person, "Le Bihan"),
                "Le Bihan",
            ),
            // An acronym of a name with a hyphenated word.
            (
                "Europe's transfer window closed on Tuesday.\n\nThe French club Paris Saint-Germain was left empty-handed, the league said.\n\nPSG said in a statement that it had acted \"in good faith\".\n",
                ("Paris Saint-Germain", Organization, "PSG"),
                "PSG",
            ),
            // … one with a word in capitals, which gives all its letters.
            (
                "Universities UK said the cut was harmful.\n\nUUK said more.\n",
                ("Universities UK", Organization, "UUK"),
                "UUK",
            ),
            // … one that no cue read.
            (
                "Juventus landed a striker and Paris Saint-Germain were left empty-handed.\n\nPSG said it had acted in good faith.\n",
                ("Paris Saint-Germain", Organization, "PSG"),
                "PSG",
            ),
            // A double surname, shortened the same way; and a dotted-initial first name's surname.
            (
                "Ellen Mattsson Berg, who chairs the committee, said it had met.\n\n\"Her novels are about memory,\" Mattsson Berg said.\n",
                ("Ellen Mattsson Berg", Person, "Mattsson Berg"),
                "Mattsson Berg",
            ),
            // A Spanish name's first surname alone.
            (
                "\"Cases are rising,\" said Dr. Rosalba Quiñones Trejo, head of epidemiology at the state hospital.\n\nQuiñones said the pattern was the one doctors had feared.\n",
                ("Rosalba Quiñones Trejo", Person, "Quiñones"),
                "Quiñones",
            ),
            (
                "Outgoing Chief Minister P.K. Sasidharan, 72, retained his seat.\n\n\"The people have given their verdict,\" Sasidharan said.\n",
                ("P.K. Sasidharan", Person, "Sasidharan"),
                "Sasidharan",
            ),
            // Two places of the gazetteer stay two: a city named after its province or country.
            (
                "Trains will run between Toronto and Quebec City.\n\nThe union is Quebec's largest.\n",
                ("Quebec City", Place, ""),
                "",
            ),
            // A surname's own weak cues (a town of the gazetteer opening a sentence) do not outvote its full name.
            (
                "Declan Foley, 51, of Blackrock, was jailed on Monday.\n\nFoley copied the data in 2024.\n\nFoley will be freed in 2029.\n",
                ("Declan Foley", Person, "Foley"),
                "Foley",
            ),
            // A name of several words said twice with no cue is a body; with a figure in it, a product.
            (
                "The tour was cancelled by Brightwater Lantern on Monday.\n\nBrightwater Lantern has not commented.\n",
                ("Brightwater Lantern", Organization, ""),
                "",
            ),
            (
                "The Orbit 4 sold out on Monday.\n\nThe Orbit 4 costs more than its rival.\n",
                ("Orbit 4", Other, ""),
                "",
            ),
            // A team named for a city of the gazetteer, by its last word.
            (
                "The Brisbane Broncos beat Melbourne on Saturday.\n\nThe Broncos will meet Penrith next.\n",
                ("Brisbane Broncos", Organization, "Broncos"),
                "Broncos",
            ),
            // An organization's name and its plural.
            (
                "It was backed by the Liberal Democrats.\n\nThe Liberal Democrat group tabled it.\n\nThe Liberal Democrats won.\n",
                ("Liberal Democrats", Organization, "Liberal Democrat"),
                "Liberal Democrat",
            ),
            // A dateline's places, in capitals there, are the story's places.
            (
                "SWANSEA, Wales, April 16 (PA Media) - The council met on Thursday.\n",
                ("Swansea", Place, ""),
                "",
            ),
        ];
        for (text, (name, kind, alias), alone) in cases {
            let es = entities(text);
            let e = es
                .iter()
                .find(|e| e.0 == *name)
                .unwrap_or_else(|| panic!("no {name} in {es:?}"));
            assert_eq!(e.1, *kind, "{name}: {es:?}");
            assert!(
                alias.is_empty() || e.2.iter().any(|a| a == alias),
                "{name} lacks {alias}: {es:?}"
            );
            assert!(
                alone.is_empty() || !es.iter().any(|e| e.0 == *alone),
                "{alone} stands alone: {es:?}"
            );
        }
        // A bay or an airport named after its town is not the town, a body's branch in a place
        // is not the body, a ground named after its sponsor not the sponsor, a name that opens
        // two places' names in one article ("Tarvena Valley", "Tarvena River") neither: two
        // entities each.
        for (text, long, short) in [
            (
                "Floods hit the Tarvena Valley.\n\nThe Tarvena River rose.\n\nAid reached southern Tarvena.\n",
                "Tarvena Valley",
                "Tarvena",
            ),
            (
                "Floods hit the Tarvena Valley.\n\nThe Tarvena River rose.\n\nAid reached southern Tarvena.\n",
                "Tarvena River",
                "Tarvena",
            ),
            (
                "Snow fell across Dublin on Monday.\n\nFlights at Dublin Airport were cancelled.\n",
                "Dublin Airport",
                "Dublin",
            ),
            (
                "The storm hit Manzanillo on Friday.\n\nSand covered the beaches of Manzanillo Bay.\n",
                "Manzanillo Bay",
                "Manzanillo",
            ),
            (
                "Rain returned to Panama on Friday.\n\nShips waited to enter the Panama Canal.\n",
                "Panama Canal",
                "Panama",
            ),
            (
                "The NHS faces its worst winter.\n\nThe trust said it was working with NHS England on the incident.\n",
                "NHS England",
                "NHS",
            ),
            (
                "\"We were short,\" he told the broadcaster SuperSport on Friday.\n\nThe next game is at SuperSport Park in Centurion.\n",
                "SuperSport Park",
                "SuperSport",
            ),
        ] {
            let es = entities(text);
            assert!(
                es.iter().any(|e| e.0 == long) && es.iter().any(|e| e.0 == short),
                "{long} and {short}: {es:?}"
            );
        }
        // A hyphenated surname is no given name after a family name: "Jacob" is not its alias.
        let es = entities(
            "Jacob Rees-Mogg spoke on Monday.\n\nJacob Miles, his son, said nothing. Jacob left.\n",
        );
        assert!(
            es.iter()
                .any(|e| e.0 == "Jacob Rees-Mogg" && !e.2.iter().any(|a| a == "Jacob")),
            "{es:?}"
        );
        let es = entities(
            "Trains will run between Toronto and Quebec City.\n\nThe union is Quebec's largest.\n",
        );
        // A surname joins only the full names of its own article.
        let two = |a: &str, b: &str| {
            let srcs = [
                SourceFile {
                    path: "a.txt".into(),
                    text: a.to_string(),
                },
                SourceFile {
                    path: "b.txt".into(),
                    text: b.to_string(),
                },
            ];
            let c = compile_sources(&srcs).unwrap();
            c.bundle
                .entities
                .iter()
                .map(|e| (e.name.clone(), e.kind, e.aliases.clone()))
                .collect::<Vec<_>>()
        };
        let es2 = two(
            "Lewis Hamilton won in Monaco on Sunday.\n",
            "Nurses in Hamilton voted to strike on Monday.\n",
        );
        assert!(
            es2.iter().any(|e| e.0 == "Hamilton" && e.1 == Place),
            "{es2:?}"
        );
        assert!(es.iter().any(|e| e.0 == "Quebec" && e.1 == Place), "{es:?}");
    }

    /// Articles that must be read together: each case's articles, and
    /// (article, first words of a quote, its speaker's name) for every quote
    /// that must be there, and names that no entity may have.
    #[test]
    fn per_article_rules() {
        let cases: &[(&[&str], &[(usize, &str, &str)], &[&str])] = &[
            // A surname that two stories give to two people is, in each, that story's person.
            (
                &[
                    "\"The storm is strong,\" forecaster Lin Yu-ting told reporters in Taipei.\n\n\"It will not weaken soon,\" Lin said.\n",
                    "\"The chip is fast,\" chairman Lin Cheng-hao told reporters in Hsinchu.\n\n\"It will sell well,\" Lin said.\n",
                ],
                &[
                    (0, "It will not", "Lin Yu-ting"),
                    (1, "It will sell", "Lin Cheng-hao"),
                ],
                &["Lin"],
            ),
            // A word the corpus writes in lower case ("an apple tree") opening a sentence is
            // a name where its article writes it capitalized inside one.
            (
                &[
                    "The regulator fined Apple on Monday.\n\nApple said: \"Today's decision is bad for users.\"\n",
                    "The painting shows an apple tree in an orchard.\n",
                ],
                &[(0, "Today's decision", "Apple")],
                &[],
            ),
        ];
        for (texts, quotes, absent) in cases {
            let srcs: Vec<SourceFile> = texts
                .iter()
                .enumerate()
                .map(|(k, t)| SourceFile {
                    path: format!("{k}.txt").into(),
                    text: t.to_string(),
                })
                .collect();
            let b = compile_sources(&srcs).unwrap().bundle;
            let name = |id: u32| b.entities[id as usize].name.as_str();
            for &(article, words, speaker) in *quotes {
                let found = b.facts.iter().any(|f| {
                    matches!(&f.body, crate::bundle::Body::Quote { quote, speaker: Some(s) }
                        if quote.starts_with(words) && name(*s) == speaker)
                        && f.sources.iter().any(|s| s.article as usize == article)
                });
                assert!(found, "{texts:?}: {words} by {speaker}: {:?}", b.facts);
            }
            for a in *absent {
                assert!(!b.entities.iter().any(|e| e.name == *a), "{texts:?}: {a}");
                // (It is, instead, an alias of each long name it stands for.)
                for &(_, _, speaker) in *quotes {
                    let e = b.entities.iter().find(|e| e.name == speaker).unwrap();
                    assert!(
                        e.aliases.iter().any(|x| x == a),
                        "{speaker}: {:?}",
                        e.aliases
                    );
                }
            }
        }
    }
}
