//! The merge stage's work grows with the corpus, not with its square: on n
//! and 4n articles about the same subjects, the facts compared, the merge
//! index's size and the entries read from it, and the disagreement
//! candidates looked at grow at most 4.5 times. Counted, not
//! timed, so the test says the same on any machine and under any load.

use factpack::compiler::compile_sources;
use factpack::compiler::merge::Counts;
use factpack::compiler::read::SourceFile;

// The generator's company stems (eight of them are used here).
use factpack_support::corpus::ORG_STEMS as STEMS;

/// A company name of its own for each `i` ("Northwind Arelon").
fn company(i: usize) -> String {
    const SYL: &[&str] = &["ar", "el", "on", "is", "um", "ex", "ol", "ia"];
    let cap = |s: &str| s[..1].to_uppercase() + &s[1..];
    format!(
        "{} {}{}{}",
        STEMS[i % 8],
        cap(SYL[(i / 8) % 8]),
        SYL[(i / 64) % 8],
        SYL[(i / 512) % 8]
    )
}

/// `n` short articles (600 and 2,400 in the test: past the first hundreds, where
/// the capped word lists of the merge index are still filling). `kind` picks what repeats across them:
/// - `same-subject`: one company's sales, a different figure in each
///   article (every pair is a disagreement candidate);
/// - `same-figure`: many companies, one figure and one measure ("sales rose
///   5%"), which must not all be compared with each other;
/// - `archive`: eight companies, a few measures, figures that come back.
fn corpus(n: usize, kind: &str) -> Vec<SourceFile> {
    (0..n)
        .map(|i| {
            let day = i % 28 + 1;
            let body = match kind {
                "same-subject" => format!(
                    "Northwind Corporation said on Monday that its sales rose {}.{}% in the quarter.",
                    3 + i / 10,
                    i % 10
                ),
                "same-figure" => format!(
                    "{} Holdings said its sales rose 5% in 2025.",
                    company(i)
                ),
                _ => format!(
                    "{} Group said its {} rose {}% in March. {} Group's output fell {}% last year.",
                    STEMS[i % 8],
                    ["exports", "sales", "revenue"][i % 3],
                    i % 40 + 1,
                    STEMS[(i / 8) % 8],
                    i % 25 + 1
                ),
            };
            SourceFile {
                path: format!("a{i:05}.md").into(),
                text: format!("---\ntitle: \"Report {i}\"\ndate: 2026-03-{day:02}\n---\n\n{body}\n"),
            }
        })
        .collect()
}

fn counts(n: usize, kind: &str) -> (Counts, usize) {
    let c = compile_sources(&corpus(n, kind)).expect("compiles");
    // Reports: the facts with each of their sources.
    (
        c.merge_counts,
        c.bundle.facts.iter().map(|f| f.sources.len()).sum(),
    )
}

#[test]
fn merge_work_grows_linearly_with_the_corpus() {
    for kind in ["same-subject", "same-figure", "archive"] {
        let (small, f1) = counts(600, kind);
        let (large, f4) = counts(2400, kind);
        assert!(f4 >= 3 * f1, "{kind}: {f1} reports, then {f4}");
        let ratio = |a: u64, b: u64| b as f64 / a.max(1) as f64;
        let compared = ratio(small.compared, large.compared);
        let checks = ratio(small.disagreement_checks, large.disagreement_checks);
        eprintln!(
            "{kind}: compared {} -> {} ({compared:.2}x), disagreement checks {} -> {} ({checks:.2}x)",
            small.compared, large.compared, small.disagreement_checks, large.disagreement_checks
        );
        assert!(
            compared <= 4.5,
            "{kind}: comparisons grew {compared:.1}x for 4x the articles ({small:?} -> {large:?})"
        );
        let indexed = ratio(small.indexed, large.indexed);
        assert!(
            indexed <= 4.5,
            "{kind}: the merge index grew {indexed:.1}x for 4x the articles ({small:?} -> {large:?})"
        );
        let scanned = ratio(small.scanned, large.scanned);
        eprintln!(
            "{kind}: index entries read {} -> {} ({scanned:.2}x)",
            small.scanned, large.scanned
        );
        assert!(
            scanned <= 4.5,
            "{kind}: index entries read grew {scanned:.1}x for 4x the articles ({small:?} -> {large:?})"
        );
        assert!(
            checks <= 4.5,
            "{kind}: disagreement checks grew {checks:.1}x for 4x the articles ({small:?} -> {large:?})"
        );
    }
}

/// Articles resolve and buckets merge on every core, in whatever order the
/// threads take them: the bundle (its facts' order, ids, entities, sources,
/// links and disagreements) is the same on one thread and on four.
#[test]
fn resolve_and_merge_give_the_same_bundle_on_any_number_of_threads() {
    let sources: Vec<SourceFile> = ["archive", "same-subject", "same-figure"]
        .iter()
        .flat_map(|kind| corpus(400, kind))
        .enumerate()
        .map(|(i, mut s)| {
            s.path = format!("b{i:05}.md").into();
            s
        })
        .collect();
    let on = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let c = pool
            .install(|| compile_sources(&sources))
            .expect("compiles");
        assert!(c.bundle.facts.len() > 1000, "{}", c.bundle.facts.len());
        assert!(!c.bundle.disagreements.is_empty());
        (factpack::bundle::encode(&c.bundle).unwrap(), c.merge_counts)
    };
    let one = on(1);
    assert!(one == on(4), "one thread and four give different bundles");
}
