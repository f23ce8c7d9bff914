//! The extractor against labeled articles written for this project
//! (`tests/articles/`), each with its expected facts (`tests/expected/`),
//! exhaustive for what the article contains: every quantity, event, quote,
//! table row and entity must be found, and nothing else.

use factpack::bundle::{Body, Bundle};
use factpack::compiler::{Options, compile_dir};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn compiled() -> Bundle {
    compile_dir(Path::new("tests/articles"), &Options::default())
        .expect("test articles compile")
        .bundle
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

/// Facts with a source in article `a`.
fn facts_of(b: &Bundle, a: u32) -> Vec<&factpack::bundle::Fact> {
    b.facts
        .iter()
        .filter(|f| f.sources.iter().any(|s| s.article == a))
        .collect()
}

fn check_article(b: &Bundle, a: u32, exp: &Value, problems: &mut Vec<String>) {
    let art = &b.articles[a as usize];
    let mut p = |m: String| problems.push(format!("{}: {m}", art.id));
    for key in ["title", "published", "publisher", "url"] {
        if let Some(want) = exp.get(key) {
            let got = match key {
                "title" => Some(art.title.clone()),
                "published" => art.published.clone(),
                "publisher" => art.publisher.clone(),
                _ => art.url.clone(),
            };
            if want.as_str().map(str::to_string) != got {
                p(format!("{key}: expected {want}, got {got:?}"));
            }
        }
    }
    let facts = facts_of(b, a);
    // Quantities: value, upper, unit, qualifier exactly; measure contains the expected words.
    let mut actual: Vec<(f64, Option<f64>, Option<String>, String, String)> = facts
        .iter()
        .filter_map(|f| match &f.body {
            Body::Quantity {
                value,
                upper,
                unit,
                qualifier,
                measure,
                ..
            } => Some((
                *value,
                *upper,
                unit.clone(),
                qualifier.as_str().to_string(),
                measure.clone(),
            )),
            _ => None,
        })
        .collect();
    for q in exp["quantities"].as_array().unwrap() {
        let (v, up, unit, qual, meas) = (
            num(&q[0]).unwrap(),
            num(&q[1]),
            q[2].as_str().map(str::to_string),
            q[3].as_str().unwrap(),
            q[4].as_str().unwrap().to_lowercase(),
        );
        let pos = actual.iter().position(|x| {
            close(x.0, v)
                && x.1
                    .zip(up)
                    .map_or(x.1.is_none() && up.is_none(), |(a, b)| close(a, b))
                && x.2 == unit
                && x.3 == qual
                && x.4.to_lowercase().contains(&meas)
        });
        match pos {
            Some(i) => {
                actual.remove(i);
            }
            None => p(format!("missing quantity {q}")),
        }
    }
    for x in actual {
        p(format!("unexpected quantity {x:?}"));
    }
    // Events: date and precision.
    let mut events: Vec<(String, String, String)> = facts
        .iter()
        .filter_map(|f| match &f.body {
            Body::Event {
                date,
                precision,
                summary,
            } => Some((
                date.clone(),
                precision.as_str().to_string(),
                summary.clone(),
            )),
            _ => None,
        })
        .collect();
    for e in exp["events"].as_array().unwrap() {
        let (d, pr) = (e[0].as_str().unwrap(), e[1].as_str().unwrap());
        match events.iter().position(|x| x.0 == d && x.1 == pr) {
            Some(i) => {
                events.remove(i);
            }
            None => p(format!("missing event {e}")),
        }
    }
    for x in events {
        p(format!("unexpected event {x:?}"));
    }
    // Quotes: speaker and words.
    let mut quotes: Vec<(String, String)> = facts
        .iter()
        .filter_map(|f| match &f.body {
            Body::Quote { speaker, quote } => Some((
                speaker
                    .map(|s| b.entities[s as usize].name.clone())
                    .unwrap_or_default(),
                quote.clone(),
            )),
            _ => None,
        })
        .collect();
    for q in exp["quotes"].as_array().unwrap() {
        let want = (
            q[0].as_str().unwrap().to_string(),
            q[1].as_str().unwrap().to_string(),
        );
        match quotes.iter().position(|x| *x == want) {
            Some(i) => {
                quotes.remove(i);
            }
            None => p(format!("missing quote {q}")),
        }
    }
    for x in quotes {
        p(format!("unexpected quote {x:?}"));
    }
    // Table rows.
    let mut rows: Vec<Value> = facts
        .iter()
        .filter_map(|f| match &f.body {
            Body::Row { cells, .. } => Some(Value::Object(
                cells
                    .iter()
                    .map(|(h, c)| (h.clone(), Value::String(c.clone())))
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    for r in exp["rows"].as_array().unwrap() {
        match rows.iter().position(|x| x == r) {
            Some(i) => {
                rows.remove(i);
            }
            None => p(format!("missing row {r}")),
        }
    }
    for x in rows {
        p(format!("unexpected row {x}"));
    }
    // Entities: exactly these (name, kind); the listed aliases at least.
    let ents: Vec<&factpack::bundle::Entity> = b
        .entities
        .iter()
        .filter(|e| e.articles.contains(&a))
        .collect();
    let got: BTreeSet<(String, String)> = ents
        .iter()
        .map(|e| (e.name.clone(), e.kind.as_str().to_string()))
        .collect();
    let want: BTreeSet<(String, String)> = exp["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e[0].as_str().unwrap().to_string(),
                e[1].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for m in want.difference(&got) {
        p(format!("missing entity {m:?}"));
    }
    for m in got.difference(&want) {
        p(format!("unexpected entity {m:?}"));
    }
    for e in exp["entities"].as_array().unwrap() {
        if let Some(ent) = ents.iter().find(|x| x.name == e[0].as_str().unwrap()) {
            for alias in e[2].as_array().unwrap() {
                if !ent.aliases.iter().any(|x| x == alias.as_str().unwrap()) {
                    p(format!(
                        "entity {} lacks alias {alias} (has {:?})",
                        ent.name, ent.aliases
                    ));
                }
            }
        }
    }
    // Flags.
    for fl in exp["flags"].as_array().unwrap() {
        let code = fl[0].as_str().unwrap();
        let found = facts.iter().any(|f| {
            f.flags.iter().any(|x| x.code == code)
                && match &f.body {
                    Body::Quantity { value, .. } => num(&fl[1]).is_some_and(|v| close(v, *value)),
                    Body::Event { date, .. } => fl[1].as_str() == Some(date.as_str()),
                    _ => false,
                }
        });
        if !found {
            p(format!("missing flag {fl}"));
        }
    }
    let flagged = facts.iter().filter(|f| !f.flags.is_empty()).count();
    if flagged != exp["flags"].as_array().unwrap().len() {
        p(format!(
            "{flagged} flagged facts, expected {}",
            exp["flags"].as_array().unwrap().len()
        ));
    }
    // Chrome never yields a fact or an entity.
    for s in exp["absent"].as_array().unwrap() {
        let s = s.as_str().unwrap();
        for f in &facts {
            for src in f.sources.iter().filter(|x| x.article == a) {
                if b.sentences[src.sentence as usize].contains(s) {
                    p(format!(
                        "chrome {s:?} in a fact's sentence: {}",
                        b.sentences[src.sentence as usize]
                    ));
                }
            }
        }
        for e in &ents {
            if e.name.contains(s) || e.aliases.iter().any(|x| x.contains(s)) {
                p(format!("chrome {s:?} in entity {}", e.name));
            }
        }
    }
}

#[test]
fn labeled_articles_exhaustively() {
    let b = compiled();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (a, art) in b.articles.iter().enumerate() {
        let path = Path::new("tests/expected").join(format!("{}.json", art.id));
        let exp: Value = serde_json::from_str(
            &std::fs::read_to_string(&path)
                .unwrap_or_else(|_| panic!("{} has no expectations", art.id)),
        )
        .unwrap();
        check_article(&b, a as u32, &exp, &mut problems);
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} labeled articles");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn merges_and_disagreements_across_articles() {
    let b = compiled();
    let corpus: Value =
        serde_json::from_str(&std::fs::read_to_string("tests/expected/_corpus.json").unwrap())
            .unwrap();
    let id_of = |a: u32| b.articles[a as usize].id.clone();
    for d in corpus["disagreements"].as_array().unwrap() {
        let want_values: BTreeSet<i64> = d["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap() as i64)
            .collect();
        let found = b.disagreements.iter().any(|x| {
            let values: BTreeSet<i64> = x
                .facts
                .iter()
                .filter_map(|&f| match &b.facts[f as usize].body {
                    Body::Quantity { value, .. } => Some(*value as i64),
                    _ => None,
                })
                .collect();
            let arts: BTreeSet<String> = x
                .facts
                .iter()
                .flat_map(|&f| b.facts[f as usize].sources.iter().map(|s| id_of(s.article)))
                .collect();
            x.about.contains(d["about_has"].as_str().unwrap())
                && values == want_values
                && d["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|a| arts.contains(a.as_str().unwrap()))
        });
        assert!(found, "disagreement {d} not found in {:?}", b.disagreements);
    }
    assert_eq!(
        b.disagreements.len(),
        corpus["disagreements"].as_array().unwrap().len(),
        "{:?}",
        b.disagreements
    );
    for m in corpus["merged"].as_array().unwrap() {
        let want: BTreeSet<String> = m["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_string())
            .collect();
        let found = b.facts.iter().any(|f| {
            let arts: BTreeSet<String> = f.sources.iter().map(|s| id_of(s.article)).collect();
            let same = match &f.body {
                Body::Quantity { value, unit, .. } => {
                    close(*value, m["value"].as_f64().unwrap())
                        && unit.as_deref() == m["unit"].as_str()
                }
                _ => false,
            };
            same && arts == want
                && m.get("sources")
                    .is_none_or(|n| n.as_u64() == Some(f.sources.len() as u64))
        });
        assert!(found, "merged fact {m} not found");
    }
}
