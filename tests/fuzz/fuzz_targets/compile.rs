//! Arbitrary bytes as an article: see `factpack::fuzzing::compile_bytes`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    factpack::fuzzing::compile_bytes(data);
});
