//! Arbitrary bytes as a bundle: see `factpack::fuzzing::decode_bytes`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    factpack::fuzzing::decode_bytes(data);
});
