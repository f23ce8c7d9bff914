//! Entities from linked keys: their kind (the lexicon's, else a vote of the
//! strong cues of every mention, else weaker evidence), their name and
//! aliases, and stable ids; and the normal forms names are compared in.

use super::link::{KeyInfo, Registry, Uf, kind_ix};
use crate::bundle::{Entity, EntityKind};
use crate::compiler::lexicon;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};

/// Normalized form of a name, for comparisons.
pub fn norm(name: &str) -> String {
    let s = name.replace('’', "'").to_lowercase();
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '&');
    // "OPEC+" is not "OPEC".
    let s = s.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '&' && c != '+');
    let s = s.strip_prefix("the ").unwrap_or(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An organization's name without its legal form ("Hitachi, Ltd." → "hitachi").
pub(super) fn core(key: &str) -> String {
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

/// One name, one kind, for a person named in full and then by surname:
/// "Declan Foley, 51, of Blackrock" and then "Foley copied the data" (a town
/// of the gazetteer opening a sentence) are one person. The members of a
/// group that are the last word of a full name read as a person's (weakly
/// or strongly) and that no strong cue reads otherwise: their own weak cues
/// are not counted.
fn surnames_of_a_person(reg: &Registry, members: &[usize]) -> Vec<usize> {
    if members.len() < 2 {
        return Vec::new();
    }
    let person = kind_ix(EntityKind::Person);
    let full: Vec<&str> = members
        .iter()
        .filter(|&&i| {
            reg.keys[i].contains(' ')
                && (reg.info[i].strong[person] > 0 || reg.info[i].weak[person] > 0)
        })
        .filter_map(|&i| reg.keys[i].rsplit(' ').next())
        .collect();
    if full.is_empty() {
        return Vec::new();
    }
    members
        .iter()
        .copied()
        .filter(|&i| {
            !reg.keys[i].contains(' ')
                && full.contains(&reg.keys[i].as_str())
                && reg.info[i].strong.iter().all(|&v| v == 0)
                && reg.info[i].lexicon.is_none()
        })
        .collect()
}

/// One common English word that ends a longer form of the same name ("Act"
/// of "Finance Act", "Commission" of "European Commission"): a short second
/// reference, never the name to show ("Apple" of "Apple Inc." stays a name).
/// `surfaces`: the name's forms as [`usual_form`] gets them.
fn generic(form: &str, surfaces: &[(String, u32, usize, bool)]) -> bool {
    let tail = format!(" {}", form.to_lowercase());
    !form.contains(' ')
        && crate::compiler::gazetteer::is_common_word(&form.to_lowercase())
        && !form.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        && surfaces.iter().any(|s| s.0.to_lowercase().ends_with(&tail))
}

/// The form of a name the articles use most, when it is one of its aliases
/// (not a [`generic`] word)
/// and used more often than the name: "JOGMEC", said six times after
/// "Japan Organization for Metals and Energy Security" once. `surfaces` are
/// (text, times seen, …). A person keeps the full name: a surname alone is a
/// second reference, not the name readers know.
fn usual_form(
    kind: EntityKind,
    name: &str,
    aliases: &[String],
    surfaces: &[(String, u32, usize, bool)],
) -> Option<u32> {
    if kind == EntityKind::Person {
        return None;
    }
    let seen = |form: &str| -> u32 {
        surfaces
            .iter()
            .filter(|s| s.0.eq_ignore_ascii_case(form))
            .map(|s| s.1)
            .sum()
    };
    let named = seen(name);
    let (k, n) = aliases
        .iter()
        .enumerate()
        .filter(|(_, a)| !generic(a, surfaces))
        .map(|(k, a)| (k, seen(a)))
        .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)))?;
    (n > named).then_some(k as u32)
}

/// One entity per group of linked keys; returns the entities in order of
/// first mention and each group root's entity index.
pub(super) fn entities(
    reg: &Registry,
    uf: &mut Uf,
    elsewhere: &HashSet<usize>,
) -> (Vec<Entity>, HashMap<usize, u32>) {
    let n = reg.keys.len();
    // Groups → entities.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    let mut built: Vec<(usize, Entity, (u32, u32, u32))> = Vec::new(); // root, entity, first seen
    for (root, members) in &groups {
        // (Short forms that name, in each of their articles, another entity: none of their own.)
        if members.iter().all(|i| elsewhere.contains(i)) {
            continue;
        }
        let infos: Vec<&KeyInfo> = members.iter().map(|&i| &reg.info[i]).collect();
        let total: u32 = infos.iter().map(|x| x.count).sum();
        let mut strong = [0u32; 5];
        for x in &infos {
            for (k, v) in x.strong.iter().enumerate() {
                strong[k] += v;
            }
        }
        let lexicon_entry = infos.iter().find_map(|x| x.lexicon.clone());
        let mut weak = [0u32; 5];
        let surname_of_full_name = surnames_of_a_person(reg, members);
        for (&i, x) in members.iter().zip(&infos) {
            for (k, v) in x.weak.iter().enumerate() {
                // A surname's own weak cues do not outvote its full name's.
                if !(surname_of_full_name.contains(&i) && k != kind_ix(EntityKind::Person)) {
                    weak[k] += v;
                }
            }
        }
        let any_strong = strong.iter().any(|&v| v > 0) || lexicon_entry.is_some();
        let any_weak = weak.iter().any(|&v| v > 0);
        let multiword = members.iter().any(|&i| reg.keys[i].contains(' '));
        let person = kind_ix(EntityKind::Person);
        let kind = if let Some((_, k)) = &lexicon_entry {
            *k
        } else if any_strong {
            // One name, one kind: every mention's strong cues vote, across the corpus.
            let (ix, _) = strong
                .iter()
                .enumerate()
                .max_by_key(|&(ix, &v)| (v, std::cmp::Reverse(ix)))
                .unwrap();
            EntityKind::ALL[ix]
        } else if any_weak {
            let (ix, _) = weak
                .iter()
                .enumerate()
                .max_by_key(|&(ix, &v)| (v, std::cmp::Reverse(ix)))
                .unwrap();
            // A lone word that only speaks ("Fortescue said"), never linked to
            // a person's full name, is a company more often than a person.
            // So is one that speaks and, elsewhere, does what companies do ("Avianca said…",
            // "Avianca shares fell"): the speech is no evidence against the company.
            let org = kind_ix(EntityKind::Organization);
            let lone_speaker = ix == person
                && !multiword
                && weak
                    .iter()
                    .enumerate()
                    .all(|(k, &v)| k == person || k == org || v == 0);
            let first_name = members
                .iter()
                .any(|&i| crate::compiler::gazetteer::is_first_name(&reg.keys[i]));
            if lone_speaker && !first_name {
                EntityKind::Organization
            } else {
                EntityKind::ALL[ix]
            }
        } else if let Some(ix) = (0..5)
            .filter(|&k| infos.iter().any(|x| x.guess[k] > 0))
            .max_by_key(|&k| infos.iter().map(|x| x.guess[k]).sum::<u32>())
        {
            // No mention anywhere has a kind: the last-resort guesses decide.
            EntityKind::ALL[ix]
        } else if multiword && total >= 2 {
            // A name of several words said more than once with no cue: in the news, a body
            // more often than anything else ("Harland & Rowe", "La Scala"); with a figure
            // in it, a product or a model ("Falcon 9", "Nova 8").
            if members
                .iter()
                .any(|&i| reg.keys[i].contains(|c: char| c.is_ascii_digit()))
            {
                EntityKind::Other
            } else {
                EntityKind::Organization
            }
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
                    None => surfaces.push((
                        s.clone(),
                        *c,
                        s.split_whitespace().count(),
                        info.expanded > 0,
                    )),
                }
            }
        }
        let name = if let Some((c, _)) = &lexicon_entry {
            c.clone()
        } else if kind == EntityKind::Person {
            surfaces
                .iter()
                .max_by_key(|x| (x.2, x.1))
                .map(|x| x.0.clone())
                .unwrap_or_default()
        } else if surfaces.iter().any(|x| x.3) {
            surfaces
                .iter()
                .filter(|x| x.3)
                .max_by_key(|x| (x.1, x.2))
                .map(|x| x.0.clone())
                .unwrap_or_default()
        } else {
            // (A common word alone is a second reference, not the name: "the Act" said twice
            // after "the Finance Act" once.)
            // (Nor an acronym beside the words it stands for: "FDA" said three times after
            // "U.S. Food and Drug Administration" once; the acronym is the usual form.)
            let multiword = surfaces.iter().any(|x| x.2 >= 2);
            let acronym = |s: &str| {
                multiword
                    && !s.contains(' ')
                    && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && s.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            };
            surfaces
                .iter()
                .max_by_key(|x| (!generic(&x.0, &surfaces), !acronym(&x.0), x.1, x.2))
                .map(|x| x.0.clone())
                .unwrap_or_default()
        };
        if name.is_empty() {
            continue;
        }
        let mut aliases: Vec<String> = Vec::new();
        let mut push = |a: String| {
            if !a.eq_ignore_ascii_case(&name) && !aliases.iter().any(|x| x.eq_ignore_ascii_case(&a))
            {
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
            // "Park Jae-hoon": the family name comes first, and its own surface is an alias already.
            let words: Vec<&str> = name.split_whitespace().collect();
            let family_first = crate::compiler::extract::entities::family_name_first(&words);
            if let Some(last) = words.last().filter(|_| words.len() >= 2 && !family_first) {
                push(last.to_string());
            }
            // "Ursula von der Leyen" → "von der Leyen", "Aurelio De Laurentiis" → "De Laurentiis".
            if let Some(k) = (1..words.len().saturating_sub(1))
                .find(|&k| crate::compiler::extract::entities::name_particle(words[k]))
            {
                push(words[k..].join(" "));
            }
        }
        if kind == EntityKind::Element {
            if let Some((_, sym)) = lexicon::element(&name) {
                push(sym.to_string());
            }
        }
        let usual = usual_form(kind, &name, &aliases, &surfaces);
        let articles: BTreeSet<u32> = infos
            .iter()
            .flat_map(|x| x.articles.iter().copied())
            .collect();
        let first = infos.iter().map(|x| x.first).min().unwrap_or_default();
        built.push((
            *root,
            Entity {
                id: String::new(),
                name,
                kind,
                aliases,
                articles: articles.into_iter().collect(),
                usual,
            },
            first,
        ));
    }
    built.sort_by_key(|b| b.2);
    let mut root_to_entity: HashMap<usize, u32> = HashMap::default();
    let mut entities = Vec::with_capacity(built.len());
    let mut used_ids: HashSet<String> = HashSet::default();
    for (root, mut e, _) in built {
        let base = slug(&e.name);
        let mut id = if base.is_empty() {
            "entity".to_string()
        } else {
            base.clone()
        };
        let mut k = 2;
        while !used_ids.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        e.id = id;
        root_to_entity.insert(root, entities.len() as u32);
        entities.push(e);
    }
    (entities, root_to_entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(core("hitachi, ltd."), "hitachi");
        assert_eq!(
            core("sumitomo metal mining co., ltd."),
            "sumitomo metal mining"
        );
        assert_eq!(core("dowa holdings co., ltd."), "dowa");
        assert_eq!(norm("The Japan’s  Agency"), "japan's agency");
        assert_eq!(
            slug("Japan Organization for Metals & Energy"),
            "japan-organization-for-metals-energy"
        );
    }

    /// [`usual_form`]: (kind, name, aliases, surfaces seen, the usual alias).
    #[test]
    fn usual_forms() {
        use EntityKind::*;
        let sf = |x: &[(&str, u32)]| -> Vec<(String, u32, usize, bool)> {
            x.iter()
                .map(|&(s, n)| (s.to_string(), n, 1, false))
                .collect()
        };
        type Case<'a> = (
            EntityKind,
            &'a str,
            &'a [&'a str],
            &'a [(&'a str, u32)],
            Option<u32>,
        );
        let cases: &[Case] = &[
            // An acronym said more often than the name it stands for.
            (
                Organization,
                "Japan Organization for Metals and Energy Security",
                &["JOGMEC"],
                &[
                    ("Japan Organization for Metals and Energy Security", 1),
                    ("JOGMEC", 6),
                ],
                Some(0),
            ),
            // The name said as often or more: the name.
            (
                Organization,
                "Tosoh Corporation",
                &["Tosoh"],
                &[("Tosoh Corporation", 2), ("Tosoh", 2)],
                None,
            ),
            // Case aside, the most used alias.
            (
                Place,
                "United States",
                &["US", "U.S."],
                &[("us", 3), ("U.S.", 4), ("United States", 1)],
                Some(1),
            ),
            // A person keeps the full name.
            (
                Person,
                "Sanae Takaichi",
                &["Takaichi"],
                &[("Sanae Takaichi", 1), ("Takaichi", 8)],
                None,
            ),
            // No aliases.
            (Other, "Chikyu", &[], &[("Chikyu", 6)], None),
            // A common word that ends the name is no usual form; one that opens it may be.
            (
                Organization,
                "European Commission",
                &["Commission"],
                &[("European Commission", 1), ("Commission", 5)],
                None,
            ),
            (
                Organization,
                "Apple Inc.",
                &["Apple"],
                &[("Apple Inc.", 1), ("Apple", 5)],
                Some(0),
            ),
        ];
        for &(kind, name, aliases, seen, want) in cases {
            let aliases: Vec<String> = aliases.iter().map(|a| a.to_string()).collect();
            assert_eq!(usual_form(kind, name, &aliases, &sf(seen)), want, "{name}");
        }
    }
}
