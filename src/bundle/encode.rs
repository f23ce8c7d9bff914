//! Encoder: compiled only into the native compiler.

use super::{Bundle, CRC, FORMAT, HEADER_LEN, MAGIC, MAX_PAYLOAD, decode::validate};

#[derive(Debug)]
pub enum EncodeError {
    /// The bundle has a dangling reference: a compiler bug, caught before writing.
    Invalid(super::DecodeError),
    /// The payload would exceed what a decoder accepts.
    TooLarge(usize),
    Serialize(postcard::Error),
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Invalid(e) => write!(f, "refusing to write an invalid bundle: {e}"),
            Self::TooLarge(n) => write!(
                f,
                "bundle payload of {n} bytes exceeds the limit of {MAX_PAYLOAD} bytes"
            ),
            Self::Serialize(e) => write!(f, "cannot serialize bundle: {e}"),
        }
    }
}

impl std::error::Error for EncodeError {}

/// Encode a bundle: header (magic, format, length, CRC-32) and postcard payload.
///
/// The output depends only on the bundle's content, so the same input gives
/// byte-identical bundles.
pub fn encode(bundle: &Bundle) -> Result<Vec<u8>, EncodeError> {
    validate(bundle).map_err(EncodeError::Invalid)?;
    let payload = postcard::to_allocvec(bundle).map_err(EncodeError::Serialize)?;
    if payload.len() > MAX_PAYLOAD {
        return Err(EncodeError::TooLarge(payload.len()));
    }
    Ok(frame(&payload))
}

/// A payload behind a header (magic, format, length, CRC-32). `encode` uses
/// it; so do the fuzzer and tests that need a valid frame around any payload.
pub fn frame(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&CRC.checksum(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}
