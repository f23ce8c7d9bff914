//! Decoder and validator: compiled into both the compiler and the widget.
//!
//! `decode` never panics: any byte string either yields a bundle whose every
//! cross reference is in bounds, or a [`DecodeError`] saying what is wrong.

use super::{Body, Bundle, CRC, FORMAT, HEADER_LEN, MAGIC, MAX_PAYLOAD};
use core::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Fewer bytes than a header.
    TooShort { len: usize },
    /// The first bytes are not `FPAK` (often an HTML error page).
    BadMagic,
    /// Written by another format version.
    UnsupportedVersion { found: u16 },
    /// The header's payload length disagrees with the bytes present.
    BadLength { declared: usize, actual: usize },
    /// The payload's checksum does not match the header.
    BadChecksum { expected: u32, actual: u32 },
    /// The payload is not a well-formed bundle.
    Malformed,
    /// A cross reference or span points outside the bundle.
    OutOfBounds(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooShort { len } => write!(f, "not a fact bundle: only {len} bytes"),
            Self::BadMagic => f.write_str("not a fact bundle: wrong magic bytes"),
            Self::UnsupportedVersion { found } => {
                write!(
                    f,
                    "fact bundle format {found} is not supported (this build reads format {FORMAT})"
                )
            }
            Self::BadLength { declared, actual } => {
                write!(
                    f,
                    "fact bundle is truncated or padded: header says {declared} bytes, found {actual}"
                )
            }
            Self::BadChecksum { .. } => f.write_str("fact bundle is corrupted: checksum mismatch"),
            Self::Malformed => f.write_str("fact bundle is corrupted: malformed payload"),
            Self::OutOfBounds(what) => write!(f, "fact bundle is corrupted: {what} out of bounds"),
        }
    }
}

impl std::error::Error for DecodeError {}

fn le_u16(b: &[u8]) -> u16 {
    u16::from_le_bytes([b[0], b[1]])
}

fn le_u32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// Decode and validate a bundle.
pub fn decode(bytes: &[u8]) -> Result<Bundle, DecodeError> {
    if bytes.len() < HEADER_LEN {
        // Say "wrong magic" when even the first bytes are wrong: more useful
        // for a short HTML or text response than "too short".
        let n = bytes.len().min(4);
        if bytes[..n] != MAGIC[..n] {
            return Err(DecodeError::BadMagic);
        }
        return Err(DecodeError::TooShort { len: bytes.len() });
    }
    if bytes[..4] != MAGIC {
        return Err(DecodeError::BadMagic);
    }
    let version = le_u16(&bytes[4..6]);
    if version != FORMAT {
        return Err(DecodeError::UnsupportedVersion { found: version });
    }
    if bytes[6..8] != [0, 0] {
        // Reserved for flags of a later format; this one writes zeros.
        return Err(DecodeError::Malformed);
    }
    let declared = le_u32(&bytes[8..12]) as usize;
    let payload = &bytes[HEADER_LEN..];
    if declared != payload.len() || declared > MAX_PAYLOAD {
        return Err(DecodeError::BadLength {
            declared,
            actual: payload.len(),
        });
    }
    let expected = le_u32(&bytes[12..16]);
    let actual = CRC.checksum(payload);
    if expected != actual {
        return Err(DecodeError::BadChecksum { expected, actual });
    }
    let (bundle, rest): (Bundle, &[u8]) =
        postcard::take_from_bytes(payload).map_err(|_| DecodeError::Malformed)?;
    if !rest.is_empty() {
        return Err(DecodeError::Malformed);
    }
    validate(&bundle)?;
    Ok(bundle)
}

/// Check every cross reference and span of a bundle.
pub(crate) fn validate(b: &Bundle) -> Result<(), DecodeError> {
    use DecodeError::OutOfBounds as Oob;
    let (na, ne, ns, nf) = (
        b.articles.len(),
        b.entities.len(),
        b.sentences.len(),
        b.facts.len(),
    );
    let lt = |i: u32, n: usize| (i as usize) < n;
    for e in &b.entities {
        if !e.articles.iter().all(|&a| lt(a, na)) {
            return Err(Oob("entity article"));
        }
        if e.usual.is_some_and(|u| !lt(u, e.aliases.len())) {
            return Err(Oob("entity's usual form"));
        }
    }
    let chars: Vec<usize> = b.sentences.iter().map(|s| s.chars().count()).collect();
    let mut ids: Vec<u64> = Vec::with_capacity(nf);
    for f in &b.facts {
        ids.push(f.id);
        if f.sources.is_empty() {
            return Err(Oob("fact without source"));
        }
        for s in &f.sources {
            if !lt(s.article, na) {
                return Err(Oob("source article"));
            }
            if !lt(s.sentence, ns) {
                return Err(Oob("source sentence"));
            }
            let [a, z] = s.span;
            if a > z || z as usize > chars[s.sentence as usize] {
                return Err(Oob("source span"));
            }
        }
        if !f.entities.iter().all(|&e| lt(e, ne)) {
            return Err(Oob("fact entity"));
        }
        if f.edited
            .iter()
            .any(|e| matches!(e.before, super::Prior::Number(x) if !x.is_finite()))
        {
            return Err(Oob("edited value"));
        }
        match &f.body {
            Body::Quantity {
                value,
                upper,
                same_as,
                ..
            } => {
                if !value.is_finite() || upper.is_some_and(|u| !u.is_finite()) {
                    return Err(Oob("quantity value"));
                }
                if same_as.is_some_and(|i| !lt(i, nf)) {
                    return Err(Oob("linked quantity"));
                }
            }
            Body::Quote {
                speaker: Some(s), ..
            } if !lt(*s, ne) => return Err(Oob("quote speaker")),
            _ => {}
        }
    }
    let mut order: Vec<usize> = (0..ids.len()).collect();
    super::sort_by(&mut order, &|a, b| ids[a] < ids[b]);
    if order.windows(2).any(|w| ids[w[0]] == ids[w[1]]) {
        return Err(Oob("duplicate fact id"));
    }
    for (k, v) in b.views.iter().enumerate() {
        if !super::VIEWS.contains(&v.as_str()) || b.views[..k].contains(v) {
            return Err(Oob("view name"));
        }
    }
    for d in &b.disagreements {
        if d.facts.len() < 2 || !d.facts.iter().all(|&i| lt(i, nf)) {
            return Err(Oob("disagreement fact"));
        }
    }
    Ok(())
}
