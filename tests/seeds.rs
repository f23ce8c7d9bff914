//! The project's own articles (`seeds/`): the facts the compiler must find
//! in them, and the page chrome it must leave out.

use factpack::bundle::{Body, Bundle, EntityKind, Precision, Qualifier};
use factpack::compiler::{Options, compile_dir};
use std::path::Path;

fn seeds() -> Bundle {
    compile_dir(Path::new("seeds"), &Options::default())
        .expect("seeds compile")
        .bundle
}

fn quantity<'a>(b: &'a Bundle, value: f64, unit: Option<&str>) -> Vec<&'a Body> {
    b.facts
        .iter()
        .map(|f| &f.body)
        .filter(|body| matches!(body, Body::Quantity { value: v, unit: u, .. } if *v == value && u.as_deref() == unit))
        .collect()
}

fn has_event(b: &Bundle, date: &str, precision: Precision) -> bool {
    b.facts.iter().any(|f| matches!(&f.body, Body::Event { date: d, precision: p, .. } if d == date && *p == precision))
}

fn entity<'a>(b: &'a Bundle, name: &str) -> &'a factpack::bundle::Entity {
    b.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no entity {name}: {:?}",
                b.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
}

#[test]
fn quantities_with_units_qualifiers_ranges_and_links() {
    let b = seeds();
    assert_eq!(quantity(&b, 1e10, Some("JPY")).len(), 1, "¥10 billion");
    assert_eq!(quantity(&b, 5569.0, Some("m")).len(), 1, "5,569 meters");
    let range = quantity(&b, 5000.0, Some("m"));
    assert!(
        matches!(range[0], Body::Quantity { upper: Some(u), qualifier: Qualifier::Range, .. } if *u == 6000.0),
        "{range:?}"
    );
    assert!(
        matches!(quantity(&b, 12.0, None)[0], Body::Quantity { measure, .. } if measure.contains("rare earths"))
    );
    assert!(
        matches!(quantity(&b, 2.0, Some("x"))[0], Body::Quantity { measure, .. } if measure.contains("capacity"))
    );
    assert!(matches!(
        quantity(&b, 80.0, Some("%"))[0],
        Body::Quantity {
            qualifier: Qualifier::Over,
            ..
        }
    ));
    assert!(matches!(
        quantity(&b, 70.0, Some("%"))
            .iter()
            .find(|q| matches!(q, Body::Quantity { measure, .. } if measure.contains("global"))),
        Some(Body::Quantity {
            qualifier: Qualifier::Approx,
            ..
        })
    ));
    // 1,950 kilometers (1,210 miles): two quantities, linked both ways.
    let km = b.facts.iter().position(|f| matches!(&f.body, Body::Quantity { value, unit: Some(u), .. } if *value == 1950.0 && u == "km")).unwrap();
    let mi = b.facts.iter().position(|f| matches!(&f.body, Body::Quantity { value, unit: Some(u), .. } if *value == 1210.0 && u == "mi")).unwrap();
    assert!(
        matches!(&b.facts[km].body, Body::Quantity { same_as: Some(x), .. } if *x as usize == mi)
    );
    assert!(
        matches!(&b.facts[mi].body, Body::Quantity { same_as: Some(x), .. } if *x as usize == km)
    );
}

#[test]
fn events_resolved_against_publication_dates() {
    let b = seeds();
    // "Japan said Monday" in an article dated 2026-02-02 (a Monday).
    assert!(has_event(&b, "2026-02-02", Precision::Day));
    assert!(
        has_event(&b, "2026-01", Precision::Month),
        "last month / in January"
    );
    assert!(has_event(&b, "2026-01-17", Precision::Day), "Jan. 17");
    assert!(has_event(&b, "2026-02-01", Precision::Day), "Feb. 1");
    assert!(has_event(&b, "2025-11", Precision::Month), "in November");
    assert!(has_event(&b, "2010s", Precision::Decade));
    // "her scheduled March 19 meeting" in an article without a date.
    assert!(has_event(&b, "--03-19", Precision::MonthDay));
    let published: Vec<Option<&str>> = b.articles.iter().map(|a| a.published.as_deref()).collect();
    assert!(
        published.contains(&Some("2026-02-02")) && published.contains(&Some("2025-11-08")),
        "{published:?}"
    );
}

#[test]
fn entities_with_aliases() {
    let b = seeds();
    let jogmec = entity(&b, "Japan Organization for Metals and Energy Security");
    assert_eq!(jogmec.kind, EntityKind::Organization);
    assert!(jogmec.aliases.contains(&"JOGMEC".to_string()));
    // The articles say "JOGMEC" more often than its full name: readers see that.
    let usual = jogmec.usual.map(|u| jogmec.aliases[u as usize].as_str());
    assert_eq!(usual, Some("JOGMEC"));
    let takaichi = entity(&b, "Sanae Takaichi");
    assert_eq!(takaichi.kind, EntityKind::Person);
    assert!(takaichi.aliases.contains(&"Takaichi".to_string()));
    // A person keeps the full name, however often the surname alone is used.
    assert_eq!(takaichi.usual, None);
    assert!(takaichi.articles.len() >= 3);
    assert_eq!(entity(&b, "Dysprosium").kind, EntityKind::Element);
    assert_eq!(entity(&b, "Chikyu").kind, EntityKind::Other);
    assert_eq!(entity(&b, "Minamitorishima").kind, EntityKind::Place);
    assert_eq!(entity(&b, "Donald Trump").kind, EntityKind::Person);
    assert!(
        entity(&b, "United States")
            .aliases
            .contains(&"US".to_string())
    );
}

#[test]
fn quotes_rows_disagreement_and_flag() {
    let b = seeds();
    let speaker_of = |q: &str| {
        b.facts.iter().find_map(|f| match &f.body {
            Body::Quote {
                speaker: Some(s),
                quote,
            } if quote.starts_with(q) => Some(b.entities[*s as usize].name.clone()),
            _ => None,
        })
    };
    assert_eq!(
        speaker_of("It is a first step").as_deref(),
        Some("Sanae Takaichi")
    );
    assert_eq!(
        speaker_of("We will make effort").as_deref(),
        Some("Sanae Takaichi")
    );
    assert_eq!(
        speaker_of("The successful retrieval").as_deref(),
        Some("Masanao Ozaki")
    );
    let rows: Vec<&Vec<(String, String)>> = b
        .facts
        .iter()
        .filter_map(|f| match &f.body {
            Body::Row { cells, .. } => Some(cells),
            _ => None,
        })
        .collect();
    assert_eq!(rows.len(), 11);
    assert!(
        rows.iter()
            .any(|c| c.contains(&("Location".into(), "Okinawa, Japan".into())))
    );
    // China's share: "more than 80 percent" against "approximately 70%".
    let d = &b.disagreements[0];
    assert!(d.about.contains("China"), "{}", d.about);
    let values: Vec<f64> = d
        .facts
        .iter()
        .filter_map(|&f| match &b.facts[f as usize].body {
            Body::Quantity { value, .. } => Some(*value),
            _ => None,
        })
        .collect();
    assert!(
        values.contains(&80.0) && values.contains(&70.0),
        "{values:?}"
    );
    // "a depth of nearly 6,000 kilometers".
    let flagged: Vec<_> = b.facts.iter().filter(|f| !f.flags.is_empty()).collect();
    assert_eq!(flagged.len(), 1);
    assert!(
        matches!(&flagged[0].body, Body::Quantity { value, unit: Some(u), .. } if *value == 6000.0 && u == "km")
    );
    assert_eq!(flagged[0].flags[0].code, "implausible-depth");
}

#[test]
fn page_chrome_yields_nothing() {
    let b = seeds();
    let chrome = [
        "cookies",
        "Your support",
        "donation",
        "Elon Musk",
        "The Independent",
        "Also Read",
        "Smart Vessel",
        "Quinn Parker",
        "Ophelia",
        "Magazines",
        "#shorts",
        "Leave a Reply",
        "log in or register",
        "Mayuko Ono",
        "Table of Contents",
        "Required fields",
    ];
    for s in &b.sentences {
        for c in chrome {
            assert!(!s.contains(c), "chrome {c:?} in sentence {s}");
        }
    }
    for e in &b.entities {
        for c in chrome {
            assert!(
                !e.name.contains(c) && !e.aliases.iter().any(|a| a.contains(c)),
                "chrome {c:?} in entity {}",
                e.name
            );
        }
    }
}
