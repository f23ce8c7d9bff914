//! The fact bundle: the single contract between the compiler and the widget.
//!
//! Both sides use these types. The binary form is
//!
//! ```text
//! offset  size  field
//! 0       4     magic  b"FPAK"
//! 4       2     format version, little endian (FORMAT)
//! 6       2     reserved, zero
//! 8       4     payload length in bytes, little endian
//! 12      4     CRC-32 (ISO-HDLC) of the payload, little endian
//! 16      n     payload: the `Bundle` in postcard encoding
//! ```
//!
//! Following syntect's split for build-time data, the encoder ([`encode`]) is
//! compiled only into the native compiler, the decoder ([`decode`]) into both;
//! a decoded bundle is validated (magic, version, length, checksum, and every
//! index and span in bounds) before anyone may use it.
//!
//! Cross references inside the payload are indices (`u32`) into the bundle's
//! vectors; sentences are stored once in a string table and shared by every
//! fact that cites them.

mod decode;
#[cfg(feature = "compiler")]
pub mod diff;
#[cfg(feature = "compiler")]
mod encode;
pub mod view;

pub use decode::{DecodeError, decode};
#[cfg(feature = "compiler")]
pub use encode::{EncodeError, encode, frame};

use serde::{Deserialize, Serialize};

/// Magic bytes at the start of every bundle.
pub const MAGIC: [u8; 4] = *b"FPAK";
/// Format version written by this build and the only one it reads.
pub const FORMAT: u16 = 3;
/// Length of the fixed header in bytes.
pub const HEADER_LEN: usize = 16;
/// Largest payload the format allows (512 MiB); the widget sets its own,
/// lower limit on what it downloads.
pub const MAX_PAYLOAD: usize = 512 << 20;

/// CRC-32 of the payload: table-less in the widget (small code), with
/// lookup tables in the compiler (fast on large bundles); same checksum.
#[cfg(not(feature = "compiler"))]
pub(crate) const CRC: crc::Crc<u32, crc::NoTable> =
    crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);
#[cfg(feature = "compiler")]
pub(crate) const CRC: crc::Crc<u32, crc::Table<16>> =
    crc::Crc::<u32, crc::Table<16>>::new(&crc::CRC_32_ISO_HDLC);

/// Sort indices by a comparison: one small shared sort instead of one
/// generic instance per call site (every byte of the widget counts); the decoder's
/// duplicate check and the widget's lists use it.
pub fn sort_by(v: &mut [usize], less: &dyn Fn(usize, usize) -> bool) {
    // Shell sort with Ciura's gaps: in place, small code, fine for the list sizes here.
    for gap in [701, 301, 132, 57, 23, 10, 4, 1] {
        for i in gap..v.len() {
            let x = v[i];
            let mut j = i;
            while j >= gap && less(x, v[j - gap]) {
                v[j] = v[j - gap];
                j -= gap;
            }
            v[j] = x;
        }
    }
}

/// A compiled set of facts drawn from a set of articles.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Bundle {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    /// String table of source sentences; `Source::sentence` indexes it.
    pub sentences: Vec<String>,
    pub facts: Vec<Fact>,
    pub disagreements: Vec<Disagreement>,
    /// The box's title, set by an editor (`[box] title` in `factpack.toml`).
    pub title: Option<String>,
    /// The views to show, in order, as [`VIEWS`] names; empty: every view
    /// that has facts, in the widget's order.
    pub views: Vec<String>,
}

/// The names of the widget's views, in its default order.
pub const VIEWS: [&str; 6] = [
    "numbers", "timeline", "compare", "quotes", "entities", "sources",
];

/// One source article.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: the file name without its extension.
    pub id: String,
    /// The file name as it is in the folder.
    pub file: String,
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    /// Publication date, ISO 8601 (`2026-02-02`).
    pub published: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Element,
    Other,
}

impl EntityKind {
    /// From its name in the JSON view.
    pub fn parse(s: &str) -> Option<EntityKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    pub const ALL: [EntityKind; 5] = [
        Self::Person,
        Self::Organization,
        Self::Place,
        Self::Element,
        Self::Other,
    ];

    /// The name used in the JSON view and in filters.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Place => "place",
            Self::Element => "element",
            Self::Other => "other",
        }
    }
}

/// A named thing: person, organization, place, chemical element, vessel...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: a slug of the name.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Other names for the same entity (acronyms, surnames).
    pub aliases: Vec<String>,
    /// Indices of the articles the entity appears in.
    pub articles: Vec<u32>,
    /// The form the articles use most, when it is another than `name`: an
    /// index into `aliases` ("JOGMEC" for "Japan Organization for Metals and
    /// Energy Security"). Readers see it, with `name` as its expansion.
    pub usual: Option<u32>,
}

/// Where a fact was read: an article, one of its sentences, and the
/// character span (Unicode scalar values, end exclusive) of the fact's words
/// inside that sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Source {
    pub article: u32,
    pub sentence: u32,
    pub span: [u32; 2],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    Exact,
    Approx,
    Over,
    Under,
    Range,
}

impl Qualifier {
    pub const ALL: [Qualifier; 5] = [
        Self::Exact,
        Self::Approx,
        Self::Over,
        Self::Under,
        Self::Range,
    ];

    /// From its name in the JSON view.
    pub fn parse(s: &str) -> Option<Qualifier> {
        Self::ALL.into_iter().find(|q| q.as_str() == s.trim())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Approx => "approx",
            Self::Over => "over",
            Self::Under => "under",
            Self::Range => "range",
        }
    }
}

/// Precision of an event date; the date string is an ISO prefix at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Precision {
    /// `2026-02-01`
    Day,
    /// `2026-01`
    Month,
    /// `2025`
    Year,
    /// `2010s`
    Decade,
    /// `--03-19`: month and day without a knowable year.
    MonthDay,
}

impl Precision {
    pub const ALL: [Precision; 5] = [
        Self::Day,
        Self::Month,
        Self::Year,
        Self::Decade,
        Self::MonthDay,
    ];

    /// From its name in the JSON view.
    pub fn parse(s: &str) -> Option<Precision> {
        Self::ALL.into_iter().find(|p| p.as_str() == s.trim())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
            Self::Decade => "decade",
            Self::MonthDay => "month-day",
        }
    }
}

/// What a fact says, by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Body {
    Quantity {
        value: f64,
        /// Upper bound of a range.
        upper: Option<f64>,
        /// Canonical unit (`%`, `m`, `USD`, `USD/kg`, `x`); `None` for counts.
        unit: Option<String>,
        qualifier: Qualifier,
        /// What was measured, in words taken from the sentence.
        measure: String,
        /// Another quantity fact stating the same amount in other units
        /// (`45.9 billion yen ($423 million)`).
        same_as: Option<u32>,
    },
    Event {
        /// ISO prefix at `precision`.
        date: String,
        precision: Precision,
        summary: String,
    },
    Quote {
        /// Index of the speaking entity.
        speaker: Option<u32>,
        quote: String,
    },
    Row {
        /// Name of the table (its header row joined).
        table: String,
        /// Header → cell.
        cells: Vec<(String, String)>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FactKind {
    Quantity,
    Event,
    Quote,
    Row,
}

impl FactKind {
    pub const ALL: [FactKind; 4] = [Self::Quantity, Self::Event, Self::Quote, Self::Row];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Quantity => "quantity",
            Self::Event => "event",
            Self::Quote => "quote",
            Self::Row => "row",
        }
    }
}

impl Body {
    pub fn kind(&self) -> FactKind {
        match self {
            Body::Quantity { .. } => FactKind::Quantity,
            Body::Event { .. } => FactKind::Event,
            Body::Quote { .. } => FactKind::Quote,
            Body::Row { .. } => FactKind::Row,
        }
    }
}

/// Why a value looks implausible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    /// Machine-readable code, e.g. `implausible-depth`.
    pub code: String,
    /// Human-readable reason, in English.
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Stable id derived from the fact's first report (shown as 16 hex
    /// digits; see the README's "Review and correct" for the rule).
    pub id: u64,
    pub body: Body,
    /// Every place the fact was reported; never empty.
    pub sources: Vec<Source>,
    /// Indices of the entities the fact mentions.
    pub entities: Vec<u32>,
    pub flags: Vec<Flag>,
    /// An editor made it a key fact: first in its view.
    pub pinned: bool,
    /// An editor's note, shown on the card.
    pub note: Option<String>,
    /// The fields an editor corrected, each with its value before.
    pub edited: Vec<Edit>,
}

/// One corrected field of a fact and what it said before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edit {
    /// The field's name in the JSON view (`value`, `unit`, `date`…).
    pub field: String,
    pub before: Prior,
}

/// A field's value before an editor's correction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Prior {
    /// The field had no value (a quantity without a unit).
    None,
    Number(f64),
    Text(String),
}

impl Fact {
    pub fn kind(&self) -> FactKind {
        self.body.kind()
    }

    /// What the fact said before an editor corrected it (its body with each
    /// edited field's value before); `None` when nothing was edited.
    pub fn original(&self) -> Option<Body> {
        if self.edited.is_empty() {
            return None;
        }
        let mut b = self.body.clone();
        for e in &self.edited {
            let text = match &e.before {
                Prior::Text(t) => Some(t.as_str()),
                _ => None,
            };
            let num = match e.before {
                Prior::Number(x) => Some(x),
                _ => None,
            };
            match (&mut b, e.field.as_str()) {
                (Body::Quantity { value, .. }, "value") => *value = num.unwrap_or(*value),
                (Body::Quantity { upper, .. }, "upper") => *upper = num,
                (Body::Quantity { unit, .. }, "unit") => *unit = text.map(str::to_string),
                (Body::Quantity { qualifier, .. }, "qualifier") => {
                    *qualifier = text.and_then(Qualifier::parse).unwrap_or(*qualifier)
                }
                (Body::Quantity { measure: t, .. }, "measure")
                | (Body::Event { summary: t, .. }, "summary")
                | (Body::Event { date: t, .. }, "date") => {
                    if let Some(x) = text {
                        *t = x.to_string();
                    }
                }
                (Body::Event { precision, .. }, "precision") => {
                    *precision = text.and_then(Precision::parse).unwrap_or(*precision)
                }
                _ => {}
            }
        }
        Some(b)
    }
}

/// A fact id from its text (16 hex digits, either case).
pub fn parse_fact_id(hex: &str) -> Option<u64> {
    (hex.len() == 16 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(hex, 16).ok())
        .flatten()
}

/// Sources giving different values for the same measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    /// What the sources disagree about.
    pub about: String,
    /// Indices of the disagreeing facts (at least two).
    pub facts: Vec<u32>,
}

/// The id of a fact as text: 16 lowercase hex digits.
pub fn fact_id_str(id: u64) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    (0..16)
        .rev()
        .map(|i| HEX[((id >> (i * 4)) & 0xf) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests;
