//! The compiler stage by stage (divan): read+clean+segment, extract,
//! resolve, merge and encode, each on the output of the one before, over
//! 300 generated articles (about 3.6 MB, `corpus::article`) — the per-stage
//! figures behind `make bench`'s whole-build ones. Run with
//! `make bench-stages` (`cargo bench -p factpack-support --bench stages`);
//! `cargo test` runs each once, as a check that they still run.

use factpack::compiler::{self, extract, merge, read::SourceFile, resolve};
use factpack_support::corpus;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

/// The generated articles, the same on every run.
static ARTICLES: LazyLock<Vec<SourceFile>> = LazyLock::new(|| {
    let mut r = corpus::Rng::new(0x5eed);
    (0..300)
        .map(|i| {
            let size = 4_000 + r.below(16_000);
            SourceFile {
                path: format!("article-{i:06}.{}", if i % 3 == 0 { "md" } else { "txt" }).into(),
                text: corpus::article(&mut r, size),
            }
        })
        .collect()
});

fn bytes() -> divan::counter::BytesCount {
    divan::counter::BytesCount::new(ARTICLES.iter().map(|a| a.text.len()).sum::<usize>())
}

static PREPARED: LazyLock<Vec<extract::Prepared>> = LazyLock::new(|| {
    ARTICLES
        .iter()
        .map(|a| compiler::prepare(a).expect("generated articles compile"))
        .collect()
});

static LOWER: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    PREPARED
        .iter()
        .flat_map(extract::Prepared::lower_words)
        .collect()
});

static EXTRACTED: LazyLock<Vec<extract::ArticleFacts>> = LazyLock::new(|| {
    PREPARED
        .iter()
        .map(|p| extract::extract(p.clone(), &*LOWER))
        .collect()
});

static RESOLVED: LazyLock<resolve::Resolved> =
    LazyLock::new(|| resolve::resolve(EXTRACTED.clone()));

static BUNDLE: LazyLock<factpack::bundle::Bundle> = LazyLock::new(|| {
    merge::merge(RESOLVED.clone(), &mut Vec::new(), &mut Default::default()).expect("merges")
});

/// Read (front matter, metadata), clean (chrome, Markdown) and segment.
#[divan::bench(sample_count = 10)]
fn read_clean_segment(b: divan::Bencher) {
    b.counter(bytes()).bench(|| {
        ARTICLES
            .iter()
            .map(|a| compiler::prepare(a).expect("compiles").sentences.len())
            .sum::<usize>()
    });
}

/// Every article's candidates, with the corpus's lower-case words.
#[divan::bench(sample_count = 10)]
fn extract(b: divan::Bencher) {
    b.counter(bytes())
        .with_inputs(|| PREPARED.clone())
        .bench_values(|docs| {
            docs.into_iter()
                .map(|p| extract::extract(p, &*LOWER).sentences.len())
                .sum::<usize>()
        });
}

/// Entities across articles, relative dates.
#[divan::bench(sample_count = 10)]
fn resolve(b: divan::Bencher) {
    b.counter(bytes())
        .with_inputs(|| EXTRACTED.clone())
        .bench_values(resolve::resolve);
}

/// One fact per content, ids, flags, disagreements.
#[divan::bench(sample_count = 10)]
fn merge(b: divan::Bencher) {
    b.counter(bytes())
        .with_inputs(|| RESOLVED.clone())
        .bench_values(|r| {
            merge::merge(r, &mut Vec::new(), &mut Default::default()).expect("merges")
        });
}

/// The bundle's bytes.
#[divan::bench(sample_count = 10)]
fn encode(b: divan::Bencher) {
    b.counter(bytes())
        .bench(|| factpack::bundle::encode(&BUNDLE).expect("encodes").len());
}
