//! Stage 1, read: find the articles in a folder, read them as UTF-8 text and
//! split off their metadata.

use super::{CompileError, Warning};
use crate::bundle::Article;
use std::path::{Path, PathBuf};

/// Largest article file accepted (256 MiB); larger files are refused.
pub const MAX_FILE: u64 = 256 << 20;

/// One article file, read and checked to be text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

/// An article's metadata and the body text the later stages work on.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub meta: Article,
    pub body: String,
}

/// Is this a file name the compiler reads?
pub fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

/// Read every `.txt` and `.md` file directly inside `dir`, in file-name order.
///
/// Empty files are skipped with a warning; unreadable, non-UTF-8, binary or
/// oversized files stop the build with an error naming the file.
pub fn read_dir(dir: &Path) -> Result<(Vec<SourceFile>, Vec<Warning>), CompileError> {
    let entries = std::fs::read_dir(dir).map_err(|e| CompileError::new(dir, None, format!("cannot read folder: {e}")))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| CompileError::new(dir, None, format!("cannot list folder: {e}")))?;
        let path = entry.path();
        // Folders named like articles are passed over; files and links to
        // files are read, and a dangling link is an error when read.
        if is_article(&path) && !path.is_dir() {
            paths.push(path);
        }
    }
    paths.sort();
    let mut files = Vec::with_capacity(paths.len());
    let mut warnings = Vec::new();
    for path in paths {
        match read_file(&path)? {
            Some(f) => files.push(f),
            None => warnings.push(Warning { file: path, message: "empty file skipped".into() }),
        }
    }
    Ok((files, warnings))
}

/// Read one article; `Ok(None)` for a file with no text.
pub fn read_file(path: &Path) -> Result<Option<SourceFile>, CompileError> {
    let err = |line, msg: String| CompileError::new(path, line, msg);
    let len = std::fs::metadata(path).map_err(|e| err(None, format!("cannot read file: {e}")))?.len();
    if len > MAX_FILE {
        return Err(err(None, format!("file of {len} bytes is larger than the limit of {MAX_FILE} bytes")));
    }
    let bytes = std::fs::read(path).map_err(|e| err(None, format!("cannot read file: {e}")))?;
    let text = decode_text(&bytes).map_err(|(line, msg)| err(Some(line), msg))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(SourceFile { path: path.to_path_buf(), text }))
}

/// Check that bytes are a UTF-8 text article (a BOM is dropped); on failure
/// the 1-based line of the first bad byte and a message.
pub fn decode_text(bytes: &[u8]) -> Result<String, (usize, String)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let line_of = |offset: usize| 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        (line_of(at), format!("not valid UTF-8 (byte {at}); save the article as UTF-8 text"))
    })?;
    if let Some(at) = text.bytes().position(|b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))) {
        return Err((line_of(at), format!("binary data (control byte 0x{:02x} at byte {at}); not a text article", bytes[at])));
    }
    Ok(text.to_owned())
}

/// Split an article's metadata from its body.
pub fn parse(src: &SourceFile) -> Result<Parsed, CompileError> {
    let file = src.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let id = src.path.file_stem().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let title = src
        .text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect();
    Ok(Parsed { meta: Article { id, file, title, ..Default::default() }, body: src.text.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_errors_name_the_line() {
        let (line, msg) = decode_text(b"one\ntwo\nthr\xffee").unwrap_err();
        assert_eq!(line, 3);
        assert!(msg.contains("UTF-8"), "{msg}");
    }

    #[test]
    fn binary_is_refused_with_line() {
        let (line, msg) = decode_text(b"a\nb\x00c").unwrap_err();
        assert_eq!(line, 2);
        assert!(msg.contains("binary"), "{msg}");
    }

    #[test]
    fn bom_is_dropped_and_tabs_allowed() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFa\tb\r\n").unwrap(), "a\tb\r\n");
    }

    #[test]
    fn article_extensions() {
        assert!(is_article(Path::new("x/a.TXT")));
        assert!(is_article(Path::new("a.md")));
        assert!(!is_article(Path::new("a.html")));
        assert!(!is_article(Path::new("md")));
    }
}
