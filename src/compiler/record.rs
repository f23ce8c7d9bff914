//! Extraction records: what one article yields, kept on disk so that a
//! rebuild extracts only the articles that changed (`factpack build`'s cache,
//! `factpack extract` / `factpack merge`).
//!
//! An article's extraction is a function of its text and of two answers the
//! rest of the corpus gives: which of the words it asked about are written in
//! lower case somewhere (`extract::Vocabulary`), and, for a wire dateline
//! without a year, the publication date the pack's years give it
//! (`compiler::pack_dates`). A record keeps the extraction with those answers, and
//! what the article contributes to them (its lower-case words, its own
//! date). It is reused when the text is the same, the compiler is the same
//! binary and the answers are the same; otherwise the article is extracted
//! again, from the text the record carries. So a build from records is, by
//! construction, the build from the articles.
//!
//! The file: [`MAGIC`], the compiler's [`build_id`] (8 bytes, little
//! endian), a CRC-32 of the head and text (4 bytes) and their length (8
//! bytes), then the [`Head`] in postcard and the article's text as read,
//! then the extraction in postcard (its length and a CRC-32 of its own are
//! in the head). A build reads and checks the head and text of every record
//! to know whether it is current; the extraction is read, checked and
//! decoded only when it is used (a build where nothing changed reads none).

use super::CompileError;
use super::extract::ArticleFacts;
use jiff::civil::Date;
use rustc_hash::FxHashSet as HashSet;
use serde::{Deserialize, Serialize};
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The first bytes of a record file (the last two: the record format).
pub const MAGIC: &[u8; 8] = b"FPREC\0\x02\n";

/// A record file's name ends so.
pub const EXTENSION: &str = "fpr";

/// What an article's own text says about its date, before the pack is read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dating {
    pub published: Option<Date>,
    /// A dateline's month, day and lede when its year is left open.
    pub dateline: Option<(u8, u8, String)>,
}

/// One article's record, but for its extraction.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Head {
    /// The file as it was given (errors, order, the article's id).
    pub path: PathBuf,
    /// Words written in lower case in the article: its share of the corpus's vocabulary.
    pub lower: Vec<String>,
    /// The words extraction asked about, with the answers it had.
    pub asked: Vec<(String, bool)>,
    pub dating: Dating,
    /// The publication date the article was extracted with.
    pub extracted: Option<Date>,
    /// The length of the encoded extraction after the head, and its CRC-32.
    facts: (u64, u32),
}

/// A record as written: borrowing what the build holds.
#[derive(Serialize)]
struct HeadOut<'a> {
    path: &'a Path,
    lower: &'a [String],
    asked: &'a [(String, bool)],
    dating: &'a Dating,
    extracted: Option<Date>,
    facts: (u64, u32),
}

/// A record read back, with the article's text; its extraction stays in
/// the file until [`Record::facts`] reads it.
#[derive(Debug, Clone)]
pub struct Record {
    pub head: Head,
    pub text: String,
    /// The record's file and where the extraction starts in it.
    file: PathBuf,
    at: u64,
}

impl Record {
    /// Is the extraction still what the corpus would give? `published` is
    /// the date the pack gives the article now.
    pub fn current(&self, lower: &HashSet<String>, published: Option<Date>) -> bool {
        self.head.extracted == published
            && self
                .head
                .asked
                .iter()
                .all(|(w, yes)| lower.contains(w) == *yes)
    }

    /// The extraction, read from the record's file. `None` if it can no
    /// longer be read there, or its bytes are not the ones the head was
    /// written with: the article is then extracted again from its text.
    pub fn facts(&self) -> Option<ArticleFacts> {
        use std::io::{Read, Seek, SeekFrom};
        let (len, sum) = self.head.facts;
        let mut f = std::fs::File::open(&self.file).ok()?;
        f.seek(SeekFrom::Start(self.at)).ok()?;
        let mut bytes = vec![0; usize::try_from(len).ok()?];
        f.read_exact(&mut bytes).ok()?;
        (CRC.checksum(&bytes) == sum)
            .then(|| postcard::from_bytes(&bytes).ok())
            .flatten()
    }
}

/// The CRC-32 of a record's head and text, and of its extraction.
/// (Sixteen tables: a build reads every record's, about 3 GB/s here
/// instead of 0.4 with one.)
const CRC: crc::Crc<u32, crc::Table<16>> =
    crc::Crc::<u32, crc::Table<16>>::new(&crc::CRC_32_ISO_HDLC);

/// Bytes before the head: magic, build id, checksum and length of the head
/// and text.
const HEADER: usize = 8 + 8 + 4 + 8;

/// The encoded record of an article, by the compiler `build`.
pub fn encode(
    build: u64,
    path: &Path,
    text: &str,
    lower: &[String],
    asked: &[(String, bool)],
    dating: &Dating,
    facts: &ArticleFacts,
) -> Result<Vec<u8>, String> {
    let extracted = facts.published;
    let facts = postcard::to_allocvec(facts).map_err(|e| e.to_string())?;
    let head = HeadOut {
        path,
        lower,
        asked,
        dating,
        extracted,
        facts: (facts.len() as u64, CRC.checksum(&facts)),
    };
    let mut out = Vec::with_capacity(text.len() + facts.len() + 1024);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&build.to_le_bytes());
    out.extend_from_slice(&[0; 12]);
    let mut out = postcard::to_extend(&head, out).map_err(|e| e.to_string())?;
    out.extend_from_slice(text.as_bytes());
    let sum = CRC.checksum(&out[HEADER..]);
    let len = (out.len() - HEADER) as u64;
    out[16..20].copy_from_slice(&sum.to_le_bytes());
    out[20..HEADER].copy_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&facts);
    Ok(out)
}

/// Why a record file cannot be used.
#[derive(Debug, PartialEq)]
pub enum Unusable {
    /// Not a record file, or a damaged one.
    Damaged(String),
    /// Written by another build of factpack.
    OtherBuild,
}

/// The checked head and text of a record, and the build that wrote it
/// (`bytes` may go on with its extraction).
fn body(bytes: &[u8]) -> Result<(u64, &[u8]), Unusable> {
    let cut = || Unusable::Damaged("cut short".into());
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| Unusable::Damaged("not a factpack record".into()))?;
    let (id, rest) = rest.split_first_chunk::<8>().ok_or_else(cut)?;
    let (sum, rest) = rest.split_first_chunk::<4>().ok_or_else(cut)?;
    let (len, rest) = rest.split_first_chunk::<8>().ok_or_else(cut)?;
    let body = usize::try_from(u64::from_le_bytes(*len))
        .ok()
        .and_then(|n| rest.get(..n))
        .ok_or_else(cut)?;
    if CRC.checksum(body) != u32::from_le_bytes(*sum) {
        return Err(Unusable::Damaged(
            "checksum mismatch (cut short or changed)".into(),
        ));
    }
    Ok((u64::from_le_bytes(*id), body))
}

/// The bytes of a record file up to its extraction (the header, head and
/// text: all [`decode`] needs); fewer if the file is shorter than its header says.
pub fn read(file: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut f = std::fs::File::open(file)?;
    let mut bytes = Vec::with_capacity(HEADER);
    (&mut f).take(HEADER as u64).read_to_end(&mut bytes)?;
    if let Some(len) = bytes
        .get(20..HEADER)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
    {
        f.take(u64::from_le_bytes(len)).read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// Read a record's bytes (at least what [`read`] gives), written by the
/// compiler `build`, from `file`.
pub fn decode(build: u64, file: &Path, bytes: &[u8]) -> Result<Record, Unusable> {
    let (id, body) = body(bytes)?;
    if id != build {
        return Err(Unusable::OtherBuild);
    }
    let (head, text): (Head, &[u8]) =
        postcard::take_from_bytes(body).map_err(|e| Unusable::Damaged(e.to_string()))?;
    let text = std::str::from_utf8(text)
        .map_err(|e| Unusable::Damaged(format!("text: {e}")))?
        .to_string();
    Ok(Record {
        at: (HEADER + body.len()) as u64,
        head,
        text,
        file: file.to_path_buf(),
    })
}

/// The article a record file is of (by any build), if it can be read.
pub fn article_of(file: &Path) -> Option<PathBuf> {
    let bytes = read(file).ok()?;
    let (_, body) = body(&bytes).ok()?;
    postcard::take_from_bytes::<PathBuf>(body)
        .ok()
        .map(|(p, _)| p)
}

/// The key of an article's record: a 64-bit hash of the compiler, the
/// file's name (all the article's metadata can depend on) and its text.
/// Only an index: a record is used only when the name and text it holds
/// are the article's.
pub fn key(build: u64, path: &Path, text: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write_u64(build);
    h.write(path.file_name().unwrap_or_default().as_encoded_bytes());
    h.write_u8(0xff);
    h.write(text.as_bytes());
    h.finish()
}

/// The record file of an article in a cache folder.
pub fn file_of(cache: &Path, key: u64) -> PathBuf {
    cache.join(format!("{key:016x}.{EXTENSION}"))
}

/// Is this the name of a record file?
pub fn is_record_name(name: &str) -> bool {
    name.strip_suffix(EXTENSION)
        .and_then(|s| s.strip_suffix('.'))
        .is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The cached record of an article, if the cache holds a usable one for
/// exactly this file name and text.
pub fn lookup(build: u64, cache: &Path, path: &Path, text: &str) -> Option<Record> {
    let file = file_of(cache, key(build, path, text));
    let bytes = read(&file).ok()?;
    let r = decode(build, &file, &bytes).ok()?;
    (r.head.path.file_name() == path.file_name() && r.text == text).then_some(r)
}

/// Write a record file (a cache can always be rebuilt: no sync, but never a
/// half-written file under the record's name).
pub fn write(cache: &Path, key: u64, bytes: &[u8]) -> Result<(), CompileError> {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    let err =
        |e: std::io::Error| CompileError::new(cache, None, format!("cannot write record: {e}"));
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(cache)
        .map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.persist(file_of(cache, key)).map_err(|e| err(e.error))?;
    Ok(())
}

/// The bundle a folder of records last gave, without the editor's curation,
/// with the [`manifest`] of the records it was built from: a build whose
/// records are all current and in the same order gives this bundle again.
const LAST: &str = "last.fpk";

/// What a build's bundle is a function of when every record is current:
/// the compiler and the records, in order.
pub fn manifest(build: u64, keys: &[u64]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write_u64(build);
    h.write_usize(keys.len());
    for k in keys {
        h.write_u64(*k);
    }
    h.finish()
}

/// The bundle last built in a folder of records, if it was built from the
/// records of `manifest` (checked and validated like any bundle), and its bytes.
pub fn last_bundle(cache: &Path, manifest: u64) -> Option<(crate::bundle::Bundle, Vec<u8>)> {
    let mut bytes = std::fs::read(cache.join(LAST)).ok()?;
    let (m, rest) = bytes.split_first_chunk::<8>()?;
    if u64::from_le_bytes(*m) != manifest {
        return None;
    }
    let bundle = crate::bundle::decode(rest).ok()?;
    bytes.drain(..8);
    Some((bundle, bytes))
}

/// Keep a build's bundle for [`last_bundle`]; its encoded bytes.
pub fn keep_bundle(
    cache: &Path,
    manifest: u64,
    bundle: &crate::bundle::Bundle,
) -> Result<Vec<u8>, String> {
    let encoded = crate::bundle::encode(bundle).map_err(|e| e.to_string())?;
    let mut bytes = Vec::with_capacity(encoded.len() + 8);
    bytes.extend(manifest.to_le_bytes());
    bytes.extend(&encoded);
    let err = |e: std::io::Error| format!("cannot keep the bundle with the records: {e}");
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(cache)
        .map_err(err)?;
    std::io::Write::write_all(&mut tmp, &bytes).map_err(err)?;
    tmp.persist(cache.join(LAST)).map_err(|e| err(e.error))?;
    Ok(encoded)
}

/// Temporary files of records being written start so.
const TEMP_PREFIX: &str = ".factpack-";

/// Every record file of a folder, sorted by name.
pub fn list(cache: &Path) -> Result<Vec<PathBuf>, CompileError> {
    let entries = std::fs::read_dir(cache)
        .map_err(|e| CompileError::new(cache, None, format!("cannot read folder: {e}")))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry
            .map_err(|e| CompileError::new(cache, None, format!("cannot list folder: {e}")))?;
        if entry.file_name().to_str().is_some_and(is_record_name) {
            out.push(entry.path());
        }
    }
    out.sort();
    Ok(out)
}

/// Remove the records of a cache folder that are of articles of `dir` but
/// not in `keep` (articles removed or changed since they were written),
/// and records no build can read. Records of other folders' articles stay:
/// folders may share a cache. So do temporary files younger than an hour
/// (another build may be writing them).
pub fn prune(cache: &Path, dir: &Path, keep: &HashSet<u64>) -> Result<usize, CompileError> {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let dir = canonical(dir);
    let mut parents: rustc_hash::FxHashMap<PathBuf, bool> = Default::default();
    let mut removed = 0;
    let remove = |path: &Path| match std::fs::remove_file(path) {
        // Another build removed it first.
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CompileError::new(
            path,
            None,
            format!("cannot remove stale record: {e}"),
        )),
        _ => Ok(()),
    };
    for path in list(cache)? {
        let key = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| u64::from_str_radix(s, 16).ok());
        if key.is_none_or(|k| keep.contains(&k)) {
            continue;
        }
        let ours = match article_of(&path) {
            Some(article) => {
                let parent = article.parent().unwrap_or(Path::new("")).to_path_buf();
                *parents.entry(parent).or_insert_with_key(|p| {
                    canonical(if p.as_os_str().is_empty() {
                        Path::new(".")
                    } else {
                        p
                    }) == dir
                })
            }
            None => true,
        };
        if ours {
            remove(&path)?;
            removed += 1;
        }
    }
    // Temporary files a killed build left.
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    if let Ok(entries) = std::fs::read_dir(cache) {
        for e in entries.flatten() {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t < hour_ago);
            if old && e.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
                remove(&e.path())?;
            }
        }
    }
    Ok(removed)
}

/// This compiler: a hash of its own executable and version, so a record is
/// never read by a factpack whose rules or record format differ from the one
/// that wrote it. Computed once per process; `None` when the executable
/// cannot be read (then no record can be trusted).
pub fn build_id() -> Option<u64> {
    static ID: OnceLock<Option<u64>> = OnceLock::new();
    *ID.get_or_init(|| {
        let exe = std::env::current_exe().and_then(std::fs::read).ok()?;
        let mut h = rustc_hash::FxHasher::default();
        h.write(env!("CARGO_PKG_VERSION").as_bytes());
        h.write(MAGIC);
        h.write(&exe);
        Some(h.finish())
    })
}
