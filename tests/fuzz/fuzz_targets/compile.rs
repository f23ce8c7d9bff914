//! Arbitrary bytes as an article: see `factpack_support::fuzzing::compile_bytes`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    factpack_support::fuzzing::compile_bytes(data);
});
