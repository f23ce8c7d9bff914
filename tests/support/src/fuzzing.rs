//! The properties the fuzz targets check (`tests/fuzz/`), as plain functions,
//! so that the test suite replays the fuzz corpus and every regression input
//! through exactly the same checks (`tests/robust.rs`). Native only.

use factpack::bundle;
use factpack::compiler::{compile_sources, read};
use factpack::ui::render::exercise;

/// Arbitrary bytes as a bundle. The first byte picks the mode: even, the other
/// bytes are decoded as they are (magic, version, length and checksum checks); odd,
/// the rest is wrapped in a valid header with a correct checksum, so the
/// payload decoder and the bounds validation are reached. Whatever decodes is
/// rendered in every view, as the widget and as the static fallback. Returns
/// whether the bytes decoded. Panics only on a bug.
pub fn decode_bytes(data: &[u8]) -> bool {
    let Some((&mode, rest)) = data.split_first() else {
        return false;
    };
    let bytes = if mode & 1 == 1 {
        bundle::frame(rest)
    } else {
        rest.to_vec()
    };
    match bundle::decode(&bytes) {
        Ok(b) => {
            exercise(b);
            true
        }
        Err(_) => false,
    }
}

/// Arbitrary bytes as an article file. The first byte picks `.md` (odd) or
/// `.txt`; the rest goes through the compiler's own text check (UTF-8, no
/// binary) and, if it passes, the whole pipeline. A compiled bundle must
/// encode, decode to itself, and render in every view. Returns whether the
/// bytes compiled. Panics only on a bug.
pub fn compile_bytes(data: &[u8]) -> bool {
    let Some((&mode, rest)) = data.split_first() else {
        return false;
    };
    let Ok(text) = read::decode_text(rest) else {
        return false;
    };
    let path = if mode & 1 == 1 { "fuzz.md" } else { "fuzz.txt" };
    let Ok(c) = compile_sources(&[read::SourceFile {
        path: path.into(),
        text,
    }]) else {
        return false;
    };
    let bytes = bundle::encode(&c.bundle).expect("a compiled bundle encodes");
    let back = bundle::decode(&bytes).expect("an encoded bundle decodes");
    assert_eq!(back, c.bundle, "the bundle survives encode and decode");
    exercise(back);
    true
}
