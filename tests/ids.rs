//! Fact ids are stable: a fact keeps its id when other articles are added,
//! removed or come in another order, when unrelated paragraphs of its
//! article change, and when its sentence changes only in white space or
//! quote marks (the rule is in the README, "Review and correct").

use factpack::bundle::{Bundle, Fact, fact_id_str};
use factpack::compiler::compile_sources;
use factpack::compiler::read::SourceFile;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// The labeled test articles and the seeds: 33 articles from many beats.
fn corpus() -> Vec<SourceFile> {
    let mut out = Vec::new();
    for dir in ["tests/articles", "seeds"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push(SourceFile { path, text });
        }
    }
    out
}

fn build(sources: &[SourceFile]) -> Bundle {
    compile_sources(sources).expect("compiles").bundle
}

/// What a report is, independent of any build: its article's file, its
/// sentence and its words.
type Report = (String, String, [u32; 2]);

fn reports(b: &Bundle, f: &Fact) -> Vec<Report> {
    f.sources
        .iter()
        .map(|s| {
            (
                b.articles[s.article as usize].file.clone(),
                b.sentences[s.sentence as usize].clone(),
                s.span,
            )
        })
        .collect()
}

/// The id of each fact reported in only one article, by its reports.
fn single_article_ids(b: &Bundle) -> BTreeMap<Vec<Report>, u64> {
    b.facts
        .iter()
        .filter(|f| f.sources.iter().all(|s| s.article == f.sources[0].article))
        .map(|f| (reports(b, f), f.id))
        .collect()
}

/// A small deterministic generator (xorshift64*), so failures repeat.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

/// Shuffled, and with articles added and removed: every fact of an article
/// that is in both builds, and that no other article reports, has the same id.
#[test]
fn ids_survive_shuffles_additions_and_removals() {
    let all = corpus();
    let full = build(&all);
    let want = single_article_ids(&full);
    assert!(want.len() > 400, "{} facts to follow", want.len());
    let ids: BTreeSet<u64> = full.facts.iter().map(|f| f.id).collect();
    assert_eq!(ids.len(), full.facts.len(), "ids are unique");

    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..6 {
        let mut sub = all.clone();
        rng.shuffle(&mut sub);
        // Round 0 keeps every article (order only); the others drop some.
        if round > 0 {
            let keep = sub.len() / 3 + rng.below(sub.len() / 2);
            sub.truncate(keep);
        }
        let files: BTreeSet<String> = sub
            .iter()
            .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        let b = build(&sub);
        let got = single_article_ids(&b);
        let mut checked = 0;
        for (reports, id) in &want {
            if !files.contains(&reports[0].0) {
                continue;
            }
            // Facts merge across articles only with another article's
            // report; a fact of one article is the same fact in any build.
            let Some(g) = got.get(reports) else {
                continue;
            };
            checked += 1;
            assert_eq!(
                fact_id_str(*g),
                fact_id_str(*id),
                "round {round}: {reports:?}"
            );
        }
        assert!(
            checked * 10 >= want.iter().filter(|(r, _)| files.contains(&r[0].0)).count() * 9,
            "round {round}: only {checked} facts found again"
        );
    }
}

/// Editing an article elsewhere, or only in white space and quote marks,
/// leaves its facts' ids as they were.
#[test]
fn ids_survive_unrelated_edits_and_typography() {
    let all = corpus();
    let file = "02-cobalt-congo.txt";
    let k = all
        .iter()
        .position(|s| s.path.ends_with(file))
        .expect("test article");
    let before = build(&all[k..=k]);
    let by_sentence = |b: &Bundle| -> BTreeMap<(String, String), u64> {
        b.facts
            .iter()
            .map(|f| {
                let s = f.sources[0];
                let sentence: String = b.sentences[s.sentence as usize]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace(['“', '”'], "\"")
                    .replace(['‘', '’'], "'");
                let words: String = sentence
                    .chars()
                    .skip(s.span[0] as usize)
                    .take((s.span[1] - s.span[0]) as usize)
                    .collect();
                ((sentence, words), f.id)
            })
            .collect()
    };
    let want = by_sentence(&before);
    assert!(want.len() >= 10, "{want:?}");

    let text = &all[k].text;
    let edits: [(&str, String); 3] = [
        (
            "a paragraph added at the top of the body",
            text.replacen(
                "\n\n",
                "\n\nThe shipment was inspected on arrival at the port by 14 officials.\n\n",
                1,
            ),
        ),
        (
            "double spaces and line breaks inside sentences",
            text.replace(". ", ".  ").replace(", ", ",\n"),
        ),
        (
            "curly quotes for straight ones",
            text.replace(" \"", " “")
                .replace("\" ", "” ")
                .replace("\",", "”,")
                .replace("'", "’"),
        ),
    ];
    for (what, edited) in edits {
        assert_ne!(&edited, text, "{what}: the edit changes the text");
        let src = SourceFile {
            path: all[k].path.clone(),
            text: edited,
        };
        let got = by_sentence(&build(&[src]));
        let mut same = 0;
        for (key, id) in &want {
            if let Some(g) = got.get(key) {
                assert_eq!(fact_id_str(*g), fact_id_str(*id), "{what}: {key:?}");
                same += 1;
            }
        }
        assert!(
            same * 10 >= want.len() * 9,
            "{what}: only {same} of {} facts found again",
            want.len()
        );
    }
}

/// A fact reported by several articles takes its id from the report in the
/// earliest published one, whatever the order of the build; adding a later
/// article that reports it too changes nothing.
#[test]
fn a_merged_fact_keeps_the_id_of_its_earliest_report() {
    let art = |name: &str, date: &str, body: &str| SourceFile {
        path: PathBuf::from(name),
        text: format!("---\ntitle: \"{name}\"\ndate: {date}\n---\n\n{body}\n"),
    };
    let early = art(
        "zeta.md",
        "2026-03-01",
        "Acme Corp said on Monday that its revenue rose 12% to $4.2 billion in 2025.",
    );
    let late = art(
        "alpha.md",
        "2026-03-05",
        "Acme Corp's revenue rose 12% to $4.2 billion last year, the company said.",
    );
    let id_of = |b: &Bundle| {
        b.facts
            .iter()
            .find(|f| {
                matches!(f.body, factpack::bundle::Body::Quantity { value, .. } if value == 4.2e9)
            })
            .map(|f| (f.id, f.sources.len()))
            .expect("the revenue")
    };
    let alone = id_of(&build(std::slice::from_ref(&early)));
    let both = id_of(&build(&[early.clone(), late.clone()]));
    let swapped = id_of(&build(&[late, early]));
    assert_eq!(both.1, 2, "the two reports are one fact");
    assert_eq!(alone.0, both.0);
    assert_eq!(both, swapped);
}
