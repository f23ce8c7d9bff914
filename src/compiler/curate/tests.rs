use super::*;
use crate::bundle::{Body, Bundle, FactKind, fact_id_str};
use crate::compiler::compile_sources;
use crate::compiler::read::SourceFile;

const ARTICLE: &str = "---
title: \"Acme results\"
date: 2026-03-02
---

Acme Corp said on Monday that its revenue rose 12% to $4.2 billion in 2025.

The company opened its new plant in Ohio on March 1, 2026.

\"We are pleased with the year,\" said Jane Doe, the chief executive of Acme Corp.

Globex said its own sales fell 3% in 2025 as Globex shares dropped.
";

fn bundle() -> Bundle {
    compile_sources(&[SourceFile {
        path: "acme.md".into(),
        text: ARTICLE.into(),
    }])
    .unwrap()
    .bundle
}

/// The id of the first fact of a kind that `pick` accepts.
fn id_of(b: &Bundle, kind: FactKind, pick: impl Fn(&Body) -> bool) -> String {
    let f = b
        .facts
        .iter()
        .find(|f| f.kind() == kind && pick(&f.body))
        .unwrap_or_else(|| panic!("no {kind:?} in {:#?}", b.facts));
    fact_id_str(f.id)
}

fn revenue(b: &Bundle) -> String {
    id_of(
        b,
        FactKind::Quantity,
        |x| matches!(x, Body::Quantity { value, .. } if *value == 4.2e9),
    )
}

fn plant(b: &Bundle) -> String {
    id_of(
        b,
        FactKind::Event,
        |x| matches!(x, Body::Event { date, .. } if date == "2026-03-01"),
    )
}

fn quote(b: &Bundle) -> String {
    id_of(b, FactKind::Quote, |_| true)
}

fn apply(b: &mut Bundle, toml: &str) -> Result<Summary, CompileError> {
    Curation::parse(Path::new("box/factpack.toml"), toml)?.apply(b)
}

fn fact<'a>(b: &'a Bundle, id: &str) -> &'a crate::bundle::Fact {
    b.facts
        .iter()
        .find(|f| fact_id_str(f.id) == id)
        .unwrap_or_else(|| panic!("fact {id} is gone"))
}

/// Every correctable field, one row each: the entry, the field's value
/// after, and what the bundle records as its value before.
#[test]
fn each_field_is_corrected_and_remembered() {
    let b0 = bundle();
    let (q, e) = (revenue(&b0), plant(&b0));
    type Check = fn(&Body) -> bool;
    let rows: &[(&str, &str, Check, Prior)] = &[
        (
            "value = 361000000",
            "value",
            |x| matches!(x, Body::Quantity { value, .. } if *value == 3.61e8),
            Prior::Number(4.2e9),
        ),
        (
            "upper = 5e9\nqualifier = \"range\"",
            "upper",
            |x| matches!(x, Body::Quantity { upper: Some(u), qualifier: Qualifier::Range, .. } if *u == 5e9),
            Prior::None,
        ),
        (
            "unit = \"GBP\"",
            "unit",
            |x| matches!(x, Body::Quantity { unit: Some(u), .. } if u == "GBP"),
            Prior::Text("USD".into()),
        ),
        (
            "unit = \"\"",
            "unit",
            |x| matches!(x, Body::Quantity { unit: None, .. }),
            Prior::Text("USD".into()),
        ),
        (
            "qualifier = \"approx\"",
            "qualifier",
            |x| {
                matches!(
                    x,
                    Body::Quantity {
                        qualifier: Qualifier::Approx,
                        ..
                    }
                )
            },
            Prior::Text("exact".into()),
        ),
        (
            "measure = \"annual revenue\"",
            "measure",
            |x| matches!(x, Body::Quantity { measure, .. } if measure == "annual revenue"),
            Prior::Text("revenue".into()),
        ),
        (
            "date = \"2026-02-27\"",
            "date",
            |x| matches!(x, Body::Event { date, precision: Precision::Day, .. } if date == "2026-02-27"),
            Prior::Text("2026-03-01".into()),
        ),
        (
            "date = \"2026-03\"\nprecision = \"month\"",
            "precision",
            |x| matches!(x, Body::Event { date, precision: Precision::Month, .. } if date == "2026-03"),
            Prior::Text("day".into()),
        ),
        (
            "date = \"2026\"",
            "date",
            |x| matches!(x, Body::Event { date, precision: Precision::Year, .. } if date == "2026"),
            Prior::Text("2026-03-01".into()),
        ),
        (
            "summary = \"Plant opens in Ohio\"",
            "summary",
            |x| matches!(x, Body::Event { summary, .. } if summary == "Plant opens in Ohio"),
            Prior::Text("The company opened its new plant in Ohio".into()),
        ),
    ];
    for (entry, field, check, before) in rows {
        let id = if ["date", "precision", "summary"].contains(field) {
            &e
        } else {
            &q
        };
        let mut b = b0.clone();
        let toml = format!("[facts.\"{id}\"]\n{entry}\n");
        let s = apply(&mut b, &toml).unwrap_or_else(|err| panic!("{entry}: {err}"));
        assert_eq!(s.edited_facts, 1, "{entry}");
        let f = fact(&b, id);
        assert!(check(&f.body), "{entry}: {:?}", f.body);
        let rec = f.edited.iter().find(|x| x.field == *field);
        assert_eq!(
            rec.map(|x| &x.before),
            Some(before),
            "{entry}: {:?}",
            f.edited
        );
        // The edited bundle is a valid bundle, and its JSON view says what changed.
        let bytes = crate::bundle::encode(&b).unwrap();
        let back = crate::bundle::decode(&bytes).unwrap();
        assert_eq!(back, b, "{entry}");
        let v = serde_json::to_value(crate::bundle::view::view(&b)).unwrap();
        let jf = v["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == **id)
            .unwrap();
        assert!(jf["edited"].get(field).is_some(), "{entry}: {jf}");
    }
    // The same value as before is no edit.
    let mut b = b0.clone();
    let s = apply(
        &mut b,
        &format!("[facts.\"{q}\"]\nvalue = 4200000000\nunit = \"USD\"\n"),
    )
    .unwrap();
    assert_eq!((s.edited_facts, fact(&b, &q).edited.len()), (0, 0));
}

#[test]
fn hide_pin_note_and_box() {
    let b0 = bundle();
    let (q, e, qt) = (revenue(&b0), plant(&b0), quote(&b0));
    let mut b = b0.clone();
    let toml = format!(
        "# comments are fine\n[box]\ntitle = \"Acme's year\"\nviews = [\"quotes\", \"numbers\"]\n\n[facts.\"{q}\"]\nhide = true\n\n[facts.\"fact-{e}\"]\npin = true\nnote = \"Date from the company's release\"\n\n[facts.\"{}\"]\npin = true\n",
        qt.to_uppercase()
    );
    let s = apply(&mut b, &toml).unwrap();
    assert_eq!((s.hidden_facts, s.pinned_facts, s.edited_facts), (1, 2, 0));
    assert!(s.stale.is_empty(), "{:?}", s.stale);
    assert_eq!(b.facts.len(), b0.facts.len() - 1);
    assert!(b.facts.iter().all(|f| fact_id_str(f.id) != q), "hidden");
    let p = fact(&b, &e);
    assert!(p.pinned && p.note.as_deref() == Some("Date from the company's release"));
    assert!(fact(&b, &qt).pinned);
    assert_eq!(b.title.as_deref(), Some("Acme's year"));
    assert_eq!(b.views, ["quotes", "numbers"]);
    // Every index into the facts still holds (the encoder validates them).
    crate::bundle::encode(&b).unwrap();
    // A linked amount ("12% to $4.2 billion"), hidden, leaves no dangling link.
    for f in &b.facts {
        if let Body::Quantity {
            same_as: Some(s), ..
        } = f.body
        {
            assert!((s as usize) < b.facts.len());
        }
    }
}

#[test]
fn hiding_a_fact_removes_its_sentence_when_nothing_else_cites_it() {
    let b0 = bundle();
    let qt = quote(&b0);
    let sentence = b0.sentences[fact(&b0, &qt).sources[0].sentence as usize].clone();
    let mut b = b0.clone();
    apply(&mut b, &format!("[facts.\"{qt}\"]\nhide = true\n")).unwrap();
    assert!(!b.sentences.contains(&sentence), "{sentence}");
    assert_eq!(b.sentences.len(), b0.sentences.len() - 1);
    crate::bundle::encode(&b).unwrap();
}

#[test]
fn names_kind_display_merge_and_hide() {
    let b0 = bundle();
    let ent = |b: &Bundle, name: &str| b.entities.iter().position(|e| e.name == name);
    let qt = quote(&b0);
    let speaker = |b: &Bundle| match &fact(b, &qt).body {
        Body::Quote { speaker, .. } => speaker.map(|s| b.entities[s as usize].name.clone()),
        _ => None,
    };
    assert_eq!(speaker(&b0).as_deref(), Some("Jane Doe"));

    // Kind and display label; a name found by an alias or in another case.
    let mut b = b0.clone();
    apply(&mut b, "[entities.\"ohio\"]\nkind = \"organization\"\ndisplay = \"OH\"\n\n[entities.\"Doe\"]\ndisplay = \"J. Doe\"\n").unwrap();
    let o = &b.entities[ent(&b, "Ohio").unwrap()];
    assert_eq!(o.kind, EntityKind::Organization);
    assert_eq!(o.usual.map(|u| o.aliases[u as usize].as_str()), Some("OH"));
    let d = &b.entities[ent(&b, "Jane Doe").unwrap()];
    assert_eq!(
        d.usual.map(|u| d.aliases[u as usize].as_str()),
        Some("J. Doe")
    );

    // Merge: the merged name's facts and aliases go to the other.
    let mut b = b0.clone();
    let s = apply(&mut b, "[entities.\"Ohio\"]\nmerge_into = \"Acme Corp\"\n").unwrap();
    assert_eq!(s.merged_entities, 1);
    assert!(ent(&b, "Ohio").is_none());
    let acme = ent(&b, "Acme Corp").unwrap() as u32;
    assert!(
        b.entities[acme as usize]
            .aliases
            .contains(&"Ohio".to_string())
    );
    let e = plant(&b);
    assert!(fact(&b, &e).entities.contains(&acme), "{:?}", fact(&b, &e));
    crate::bundle::encode(&b).unwrap();

    // Hide: the name leaves every fact; a hidden speaker's quote has none.
    let mut b = b0.clone();
    let s = apply(&mut b, "[entities.\"Jane Doe\"]\nhide = true\n").unwrap();
    assert_eq!(s.hidden_entities, 1);
    assert!(ent(&b, "Jane Doe").is_none());
    assert_eq!(speaker(&b), None);
    assert_eq!(b.entities.len(), b0.entities.len() - 1);
    crate::bundle::encode(&b).unwrap();

    // Chains of merges end at the last name; a cycle is an error.
    let mut b = b0.clone();
    apply(&mut b, "[entities.\"Ohio\"]\nmerge_into = \"Globex\"\n[entities.\"Globex\"]\nmerge_into = \"Acme Corp\"\n").unwrap();
    let acme = &b.entities[ent(&b, "Acme Corp").unwrap()];
    assert!(acme.aliases.contains(&"Ohio".into()) && acme.aliases.contains(&"Globex".into()));
    let err = apply(&mut b0.clone(), "[entities.\"Ohio\"]\nmerge_into = \"Globex\"\n[entities.\"Globex\"]\nmerge_into = \"Ohio\"\n").unwrap_err();
    assert!(err.to_string().contains("cycle"), "{err}");
}

/// Entries that match nothing warn with their line; nothing else changes.
#[test]
fn stale_entries_are_warnings_with_their_line() {
    let mut b = bundle();
    let before = b.clone();
    let s = apply(
        &mut b,
        "[box]\n\n[facts.\"00000000000000ff\"]\nhide = true\n\n[entities.\"Nobody Atall\"]\nhide = true\n[entities.\"Ohio\"]\nmerge_into = \"Nowhere\"\n",
    )
    .unwrap();
    let got: Vec<String> = s.stale.iter().map(ToString::to_string).collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got[0].starts_with("box/factpack.toml:6: name \"Nobody Atall\""),
        "{got:?}"
    );
    assert!(
        got[1].starts_with("box/factpack.toml:9: merge_into \"Nowhere\""),
        "{got:?}"
    );
    assert!(
        got[2].starts_with("box/factpack.toml:3: fact 00000000000000ff"),
        "{got:?}"
    );
    assert_eq!(b, before);
}

/// Malformed files and wrong entries are errors naming the file and line.
#[test]
fn errors_name_file_and_line() {
    let b0 = bundle();
    let (q, e, qt) = (revenue(&b0), plant(&b0), quote(&b0));
    let rows: Vec<(String, &str)> = vec![
        (
            "[facts.\"x\"\nhide = true\n".into(),
            "box/factpack.toml:1: ",
        ),
        (
            "\n\n[box]\ncolour = \"red\"\n".into(),
            "box/factpack.toml:4: unknown field `colour`",
        ),
        (
            "[facts.\"12345\"]\nhide = true\n".into(),
            "box/factpack.toml:1: fact id \"12345\"",
        ),
        (
            "[box]\nviews = [\"numbers\", \"charts\"]\n".into(),
            "box/factpack.toml:2: view \"charts\"",
        ),
        (
            "[box]\nviews = [\"quotes\",\n  \"quotes\"]\n".into(),
            "box/factpack.toml:3: view \"quotes\" is listed twice",
        ),
        (
            format!("[facts.\"{e}\"]\n\nvalue = 3\n"),
            "box/factpack.toml:3: value does not apply to a fact of kind event",
        ),
        (
            format!("[facts.\"{qt}\"]\nsummary = \"x\"\n"),
            "box/factpack.toml:2: summary does not apply to a fact of kind quote",
        ),
        (
            format!("[facts.\"{q}\"]\ndate = \"2026\"\n"),
            "box/factpack.toml:2: date does not apply",
        ),
        (
            format!("[facts.\"{e}\"]\ndate = \"2026-02-30\"\n"),
            "box/factpack.toml:2: date \"2026-02-30\"",
        ),
        (
            format!("[facts.\"{e}\"]\ndate = \"2026-02\"\nprecision = \"day\"\n"),
            "box/factpack.toml:2: date \"2026-02\" is not written at precision day",
        ),
        (
            format!("[facts.\"{e}\"]\nprecision = \"week\"\n"),
            "box/factpack.toml:2: precision \"week\"",
        ),
        (
            format!("[facts.\"{q}\"]\nqualifier = \"roughly\"\n"),
            "box/factpack.toml:2: qualifier \"roughly\"",
        ),
        (
            format!("[facts.\"{q}\"]\nqualifier = \"range\"\n"),
            "box/factpack.toml:2: a range needs an upper value",
        ),
        (
            format!("[facts.\"{q}\"]\nupper = 1\n"),
            "box/factpack.toml:2: upper 1 is below value",
        ),
        (
            format!("[facts.\"{q}\"]\nvalue = nan\n"),
            "box/factpack.toml:2: NaN is not a number",
        ),
        (
            format!("[facts.\"{q}\"]\nmeasure = \"  \"\n"),
            "box/factpack.toml:2: measure cannot be empty",
        ),
        (
            format!("[facts.\"{q}\"]\nhide = \"yes\"\n"),
            "box/factpack.toml:2: ",
        ),
        (
            "[entities.\"Ohio\"]\nkind = \"city\"\n".into(),
            "box/factpack.toml:2: kind \"city\"",
        ),
    ];
    for (toml, want) in rows {
        let mut b = b0.clone();
        match apply(&mut b, &toml) {
            Ok(_) => panic!("{toml:?} was accepted"),
            Err(err) => assert!(err.to_string().starts_with(want), "{toml:?}: {err}"),
        }
    }
}

/// One table for the dates an editor may write and the precision they are at.
#[test]
fn date_shapes() {
    let rows: &[(&str, Option<Precision>)] = &[
        ("2026-02-01", Some(Precision::Day)),
        ("2024-02-29", Some(Precision::Day)),
        ("2026-02-29", None),
        ("2026-02", Some(Precision::Month)),
        ("2026-13", None),
        ("2026", Some(Precision::Year)),
        ("2020s", Some(Precision::Decade)),
        ("2025s", None),
        ("--02-29", Some(Precision::MonthDay)),
        ("--02-30", None),
        ("26-02-01", None),
        ("2026/02/01", None),
        ("", None),
    ];
    for (d, want) in rows {
        assert_eq!(date_precision(d), *want, "{d}");
    }
}

/// Names are found as compiled, whatever other entries do: a display label
/// that is another name's name does not capture that name's entry; a stale
/// merge does not cancel the entry's hide; a fact both hidden and corrected
/// counts as hidden only.
#[test]
fn entries_are_read_against_the_names_as_compiled() {
    let b0 = bundle();
    let ent = |b: &Bundle, name: &str| b.entities.iter().position(|e| e.name == name);
    // "Acme Corp" is shown as "Globex", and "Globex" is merged into "Acme Corp".
    let mut b = b0.clone();
    let s = apply(
        &mut b,
        "[entities.\"Acme Corp\"]\ndisplay = \"Globex\"\n\n[entities.\"Globex\"]\nmerge_into = \"Acme Corp\"\n",
    )
    .unwrap();
    assert_eq!(s.merged_entities, 1, "{:?}", b.entities);
    assert!(ent(&b, "Globex").is_none());
    // A stale merge_into does not cancel hide.
    let mut b = b0.clone();
    let s = apply(
        &mut b,
        "[entities.\"Ohio\"]\nmerge_into = \"Nowhere\"\nhide = true\n",
    )
    .unwrap();
    assert_eq!((s.stale.len(), s.hidden_entities), (1, 1));
    assert!(ent(&b, "Ohio").is_none());
    // Hidden and corrected: hidden only.
    let q = revenue(&b0);
    let mut b = b0.clone();
    let s = apply(
        &mut b,
        &format!("[facts.\"{q}\"]\nhide = true\npin = true\nvalue = 5\n"),
    )
    .unwrap();
    assert_eq!((s.hidden_facts, s.edited_facts, s.pinned_facts), (1, 0, 0));
}

/// Two articles that disagree about one figure, a depth deeper than any
/// ocean, and a plant opened (past tense) after its article's date.
fn disputed() -> Bundle {
    let article = |path: &str, date: &str, body: &str| SourceFile {
        path: path.into(),
        text: format!("---\ntitle: \"Acme\"\ndate: {date}\n---\n\n{body}\n"),
    };
    compile_sources(&[
        article(
            "first.md",
            "2026-03-02",
            "Acme Corp said on Monday that its annual revenue was $4.2 billion in 2025.\n\nThe company said the mine reaches a depth of 15,000 metres.\n\nAcme said it opened its new plant in Ohio on March 10, 2026.",
        ),
        article(
            "second.md",
            "2026-03-03",
            "Acme Corp said on Tuesday that its annual revenue was $5.9 billion in 2025.",
        ),
        article(
            "third.md",
            "2026-03-04",
            "Acme Corp's annual revenue was $4.2 billion in 2025, the company said.",
        ),
    ])
    .unwrap()
    .bundle
}

fn quantity_of(b: &Bundle, v: f64) -> String {
    id_of(
        b,
        FactKind::Quantity,
        |x| matches!(x, Body::Quantity { value, .. } if *value == v),
    )
}

fn codes(b: &Bundle, id: &str) -> Vec<String> {
    fact(b, id).flags.iter().map(|f| f.code.clone()).collect()
}

/// `b0` with one fact's entry (`fields`, TOML lines) applied.
fn corrected(b0: &Bundle, id: &str, fields: &str) -> Bundle {
    let mut b = b0.clone();
    apply(&mut b, &format!("[facts.\"{id}\"]\n{fields}\n")).unwrap();
    b
}

/// A correction is checked again as the compiler checks a fact: the
/// disagreement it settles goes, the flag its new value no longer earns
/// goes, and one it still earns stays.
#[test]
fn corrections_settle_disagreements_and_flags() {
    let b0 = dispute_checked(disputed());
    let (low, high) = (quantity_of(&b0, 4.2e9), quantity_of(&b0, 5.9e9));
    let depth = quantity_of(&b0, 15000.0);
    let opened = id_of(
        &b0,
        FactKind::Event,
        |x| matches!(x, Body::Event { date, .. } if date == "2026-03-10"),
    );
    assert_eq!(codes(&b0, &depth), ["implausible-depth"]);
    assert_eq!(codes(&b0, &opened), ["future-date"]);
    // The wrong figure corrected: the sources agree.
    let b = corrected(&b0, &high, "value = 4200000000");
    assert!(b.disagreements.is_empty(), "{:?}", b.disagreements);
    // The right one "corrected" to the wrong one: they still disagree.
    let b = corrected(&b0, &low, "value = 4300000000");
    assert_eq!(b.disagreements.len(), 1, "{:?}", b.disagreements);
    // The first fact's measure corrected: the label names the new one.
    let first = fact_id_str(b0.facts[b0.disagreements[0].facts[0] as usize].id);
    let b = corrected(&b0, &first, "measure = \"yearly revenue\"");
    assert_eq!(b.disagreements.len(), 1, "{:?}", b.disagreements);
    assert_eq!(b.disagreements[0].about, "Acme Corp: yearly revenue");
    assert!(
        b0.disagreements[0].about.ends_with("annual revenue"),
        "{:?}",
        b0.disagreements
    );
    // Into another unit: nothing left to compare.
    let b = corrected(&b0, &high, "unit = \"EUR\"");
    assert!(b.disagreements.is_empty(), "{:?}", b.disagreements);
    // The depth corrected: no flag; still too deep: flagged again.
    let b = corrected(&b0, &depth, "value = 1500");
    assert!(codes(&b, &depth).is_empty());
    let b = corrected(&b0, &depth, "value = 13000");
    assert_eq!(codes(&b, &depth), ["implausible-depth"]);
    assert!(fact(&b, &depth).flags[0].reason.contains("13,000"));
    // The date corrected to before publication: no flag; to a later
    // month, still after it: flagged.
    let b = corrected(&b0, &opened, "date = \"2026-03-01\"");
    assert!(codes(&b, &opened).is_empty());
    let b = corrected(&b0, &opened, "date = \"2026-04\"");
    assert_eq!(codes(&b, &opened), ["future-date"]);
    // An edit beside the disagreement leaves it as it was.
    let b = corrected(&b0, &depth, "value = 1500");
    assert_eq!(b.disagreements, b0.disagreements);
    // A summary corrected, not the date: the flag and its reason stay.
    let b = corrected(&b0, &opened, "summary = \"Plant opens\"");
    assert_eq!(fact(&b, &opened).flags, fact(&b0, &opened).flags);
    // A note alone changes no flag.
    let b = corrected(&b0, &depth, "note = \"Checked\"");
    assert_eq!(codes(&b, &depth), ["implausible-depth"]);
}

/// The bundle of [`disputed`] as the tests above need it: one
/// disagreement, between the two figures.
fn dispute_checked(b: Bundle) -> Bundle {
    assert_eq!(b.disagreements.len(), 1, "{:?}", b.disagreements);
    assert_eq!(b.disagreements[0].facts.len(), 2, "{:?}", b.facts);
    b
}

/// Hiding one side of a disagreement settles it, in the bundle and on the
/// review page (which keeps hidden facts to show them again).
#[test]
fn hiding_a_side_settles_a_disagreement() {
    let b0 = dispute_checked(disputed());
    let high = quantity_of(&b0, 5.9e9);
    let toml = format!("[facts.\"{high}\"]\nhide = true\n");
    let mut b = b0.clone();
    apply(&mut b, &toml).unwrap();
    assert!(b.disagreements.is_empty());
    let mut b = b0.clone();
    Curation::parse(Path::new("box/factpack.toml"), &toml)
        .unwrap()
        .apply_for_review(&mut b)
        .unwrap();
    assert_eq!(b.facts.len(), b0.facts.len());
    assert!(b.disagreements.is_empty());
}

/// An entry written under a fact's id still names it when an earlier
/// article that reports the same fact comes and gives it that report's
/// id; a second entry under the new id is an error naming both lines.
#[test]
fn an_entry_follows_its_fact_to_an_earlier_report() {
    let article = |path: &str, date: &str| SourceFile {
        path: path.into(),
        text: format!(
            "---\ntitle: \"Acme\"\ndate: {date}\n---\n\nAcme Corp said its annual revenue was $4.2 billion in 2025.\n"
        ),
    };
    let late = compile_sources(&[article("late.md", "2026-03-05")])
        .unwrap()
        .bundle;
    let old = quantity_of(&late, 4.2e9);
    let both = compile_sources(&[
        article("late.md", "2026-03-05"),
        article("early.md", "2026-03-01"),
    ])
    .unwrap()
    .bundle;
    let new = quantity_of(&both, 4.2e9);
    assert_ne!(old, new, "the earlier report gives the fact its id");
    assert_eq!(fact(&both, &new).sources.len(), 2);
    let mut b = both.clone();
    let s = apply(
        &mut b,
        &format!("[facts.\"fact-{old}\"]\nvalue = 4300000000\n"),
    )
    .unwrap();
    assert!(s.stale.is_empty(), "{:?}", s.stale);
    assert_eq!(s.edited_facts, 1);
    assert!(matches!(fact(&b, &new).body, Body::Quantity { value, .. } if value == 4.3e9));
    // A second entry for the fact (both ids written) is left out, with a
    // warning naming both lines; the first in the file applies.
    let mut b = both.clone();
    let s = apply(
        &mut b,
        &format!("[facts.\"{old}\"]\npin = true\n\n[facts.\"{new}\"]\nhide = true\n"),
    )
    .unwrap();
    let got: Vec<String> = s.stale.iter().map(ToString::to_string).collect();
    assert!(
        got.len() == 1
            && got[0].starts_with("box/factpack.toml:4: ")
            && got[0].contains("on line 1"),
        "{got:?}"
    );
    assert!(fact(&b, &new).pinned);
    assert_eq!(s.hidden_facts, 0);
    // An id the reports of two facts share names neither.
    let mut b = both.clone();
    let mut twin = fact(&both, &new).clone();
    twin.id ^= 1;
    b.facts.push(twin);
    let names = FactNames::new(&b);
    let old_id = crate::bundle::parse_fact_id(&old).unwrap();
    assert_eq!(names.get(old_id), None);
    assert_eq!(
        names.get(b.facts.last().unwrap().id),
        Some(b.facts.len() - 1)
    );
    // The ids a fact answers to: its own and its reports'.
    let ids = fact_ids(&both, fact(&both, &new));
    assert!(
        ids.len() == 2 && ids.iter().any(|&i| fact_id_str(i) == old),
        "{ids:?}"
    );
}
