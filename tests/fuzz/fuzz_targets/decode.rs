//! Arbitrary bytes as a bundle: see `factpack_support::fuzzing::decode_bytes`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    factpack_support::fuzzing::decode_bytes(data);
});
