//! Bad and hostile input: the compiler never panics and always produces a
//! valid bundle or a clear error.

use factpack::bundle;
use factpack::compiler::compile_sources;
use factpack::compiler::read::SourceFile;
use factpack_support::corpus::Rng;
use std::path::{Path, PathBuf};

/// Fragments that exercise every extractor's edge cases.
const PIECES: &[&str] = &[
    "$",
    "US$",
    "A$",
    "¥",
    "€",
    "£",
    "1,000",
    "5,000-6,000",
    "45.9",
    "billion",
    "million",
    "percent",
    "%",
    "(",
    ")",
    "“",
    "”",
    "\"",
    "'",
    "’s",
    "Jan.",
    "Feb",
    "March",
    "19",
    "2026",
    "2010s",
    "Monday",
    "last",
    "next",
    "month",
    "year",
    "the",
    "7th",
    "on",
    "of",
    "by",
    "more",
    "than",
    "about",
    "said",
    "Mr.",
    "Dr.",
    "U.S.",
    "Co.,",
    "Ltd.",
    "|",
    "|---|",
    "---",
    "+++",
    "#",
    "*",
    "**",
    "[",
    "](",
    "<b>",
    "—",
    "-",
    "–",
    ",",
    ".",
    ";",
    ":",
    "\n",
    "\n\n",
    "Japan",
    "JOGMEC",
    "(JOGMEC)",
    "Prime",
    "Minister",
    "Takaichi",
    "Corporation",
    "Island",
    "vessel",
    "dysprosium",
    "seven",
    "a",
    "dozen",
    "double",
    "twice",
    "times",
    "per",
    "kilogram",
    "km²",
    "meters",
    "depth",
    "🍪",
    "\u{202e}",
    "é",
    "日本",
    "\t",
    "  ",
    "Also Read:",
    "We use cookies",
    "By",
    "is a journalist",
    "Table of Contents",
    "0",
    "00",
    "99999999999999999999",
    "1e308",
    "-",
    "—",
    "…",
];

fn random_text(r: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for _ in 0..words {
        s.push_str(*r.pick(PIECES));
        if r.chance(70) {
            s.push(' ');
        }
    }
    s
}

#[test]
fn random_articles_never_panic_and_give_valid_bundles() {
    let mut r = Rng::new(42);
    for round in 0..150 {
        let n = 1 + r.below(4);
        let mut sources = Vec::new();
        for k in 0..n {
            let ext = if r.chance(50) { "md" } else { "txt" };
            let words = 20 + r.below(400);
            sources.push(SourceFile {
                path: PathBuf::from(format!("a{round}-{k}.{ext}")),
                text: random_text(&mut r, words),
            });
        }
        match compile_sources(&sources) {
            Ok(c) => {
                let bytes = bundle::encode(&c.bundle).expect("a compiled bundle always encodes");
                assert_eq!(bundle::decode(&bytes).unwrap(), c.bundle);
            }
            // Random text may open front matter it never closes, say: an error naming the file.
            Err(e) => assert!(e.file.to_string_lossy().starts_with('a'), "{e}"),
        }
    }
}

#[test]
fn generated_news_compiles() {
    let mut r = Rng::new(7);
    let sources: Vec<SourceFile> = (0..20)
        .map(|k| SourceFile {
            path: PathBuf::from(format!("g{k}.md")),
            text: factpack_support::corpus::article(&mut r, 3000),
        })
        .collect();
    let c = compile_sources(&sources).unwrap();
    assert_eq!(c.bundle.articles.len(), 20);
    assert!(c.bundle.facts.len() > 100, "{}", c.bundle.facts.len());
    assert!(!c.bundle.entities.is_empty());
}

/// The optimized compiler: `FACTPACK_BIN` (which `make test` sets), else
/// built here with the `compiler` profile (a debug build would take minutes
/// on 50 MB). Never skipped.
fn optimized_compiler() -> std::path::PathBuf {
    if let Some(bin) = std::env::var_os("FACTPACK_BIN") {
        return bin.into();
    }
    eprintln!(
        "FACTPACK_BIN not set: building the optimized compiler for the 50 MB test (cargo build --profile compiler)"
    );
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = std::process::Command::new(cargo)
        .args(["build", "--profile", "compiler", "--bin", "factpack"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("run cargo");
    assert!(status.success(), "cargo build --profile compiler failed");
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    target.join("compiler").join("factpack")
}

/// A 50 MB article, compiled by the optimized binary.
#[test]
fn a_fifty_megabyte_article() {
    let bin = optimized_compiler();
    let dir = std::env::temp_dir().join(format!("factpack-50mb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut r = Rng::new(9);
    let text = factpack_support::corpus::article(&mut r, 50_000_000);
    std::fs::write(dir.join("huge.txt"), &text).unwrap();
    let out = dir.join("huge.fpk");
    let run = std::process::Command::new(bin)
        .args(["build", dir.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let b = bundle::decode(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(b.articles.len(), 1);
    assert!(b.facts.len() > 10_000);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every input kept for the fuzz targets (their seed corpora and the
/// regression inputs of crashes they found, `tests/fuzz/regressions/`) goes
/// through the very checks the fuzzers make; the seeds must get through the
/// whole pipeline, not stop at the first check.
#[test]
fn fuzz_corpora_and_regressions_pass_the_fuzz_checks() {
    let read = |dir: &str| -> Vec<(PathBuf, Vec<u8>)> {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        files.sort();
        files
            .into_iter()
            .map(|p| (p.clone(), std::fs::read(p).unwrap()))
            .collect()
    };
    let decode = read("tests/fuzz/corpus/decode");
    let compile = read("tests/fuzz/corpus/compile");
    assert!(decode.len() >= 2 && compile.len() >= 4);
    for (path, bytes) in &decode {
        assert!(
            factpack_support::fuzzing::decode_bytes(bytes),
            "{} should decode",
            path.display()
        );
    }
    for (path, bytes) in &compile {
        assert!(
            factpack_support::fuzzing::compile_bytes(bytes),
            "{} should compile",
            path.display()
        );
    }
    for (_, bytes) in read("tests/fuzz/regressions/decode") {
        factpack_support::fuzzing::decode_bytes(&bytes);
    }
    for (_, bytes) in read("tests/fuzz/regressions/compile") {
        factpack_support::fuzzing::compile_bytes(&bytes);
    }
}
