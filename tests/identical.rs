//! The speed work of issue 14 changes nothing that is extracted: the
//! bundles of the seeds, the labeled test articles and the development
//! articles are byte for byte what the compiler made when that work began
//! (commit 58edb06, the end of issue 13's review fixes; the linear
//! merge of c2dfd41 was checked against its build with `cmp`, on these
//! folders, the held-out articles and two generated corpora). A change that means to change what is
//! extracted updates these figures in its own commit, saying so; the test
//! prints the new ones.

use factpack::compiler::merge::fnv1a64;
use factpack::compiler::{Options, compile_dir};
use std::path::Path;

/// (folder, bundle length in bytes, FNV-1a 64 of the bundle).
const EXPECTED: &[(&str, usize, u64)] = &[
    ("seeds", 28683, 0x78090b575bed0e11),
    ("tests/articles", 55239, 0x7c02d56e2bfb1111),
    ("tests/dev/articles", 2158277, 0x9a7d83e1b08635c6),
];

#[test]
fn bundles_are_byte_for_byte_as_before() {
    let mut got = Vec::new();
    for (dir, ..) in EXPECTED {
        let b = compile_dir(Path::new(dir), &Options::default())
            .unwrap()
            .bundle;
        let bytes = factpack::bundle::encode(&b).unwrap();
        got.push((*dir, bytes.len(), fnv1a64(&bytes)));
    }
    let table: Vec<String> = got
        .iter()
        .map(|(d, n, h)| format!("    ({d:?}, {n}, 0x{h:016x}),"))
        .collect();
    assert_eq!(
        got,
        EXPECTED,
        "the bundles changed; now:\n{}",
        table.join("\n")
    );
}
