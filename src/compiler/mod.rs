//! The native fact compiler: read → clean → segment → extract → resolve →
//! merge, then [`crate::bundle::encode`].
//!
//! Each stage is one module with plain-data input and output, so each can be
//! tested on its own.

pub mod clean;
pub mod extract;
pub mod merge;
pub mod read;
pub mod segment;

use crate::bundle::Bundle;
use std::fmt;
use std::path::{Path, PathBuf};

/// An error that stops a build, naming the file and, where it applies, the line.
#[derive(Debug)]
pub struct CompileError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl CompileError {
    pub fn new(file: impl Into<PathBuf>, line: Option<usize>, message: impl Into<String>) -> Self {
        Self { file: file.into(), line, message: message.into() }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for CompileError {}

/// A problem that does not stop the build (a skipped file, say).
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub file: PathBuf,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

/// The result of compiling a folder.
#[derive(Debug)]
pub struct Compiled {
    pub bundle: Bundle,
    pub warnings: Vec<Warning>,
}

/// Compile every `.txt` and `.md` article in `dir` into a bundle.
pub fn compile_dir(dir: &Path) -> Result<Compiled, CompileError> {
    let (sources, mut warnings) = read::read_dir(dir)?;
    let docs = sources.into_iter().map(compile_article).collect::<Result<Vec<_>, _>>()?;
    let bundle = merge::merge(docs, &mut warnings);
    Ok(Compiled { bundle, warnings })
}

/// Run the per-article stages (clean → segment → extract) on one article.
pub fn compile_article(src: read::SourceFile) -> Result<extract::ArticleFacts, CompileError> {
    let parsed = read::parse(&src)?;
    let cleaned = clean::clean(&parsed.body);
    let sentences = segment::sentences(&cleaned);
    Ok(extract::extract(parsed.meta, sentences))
}
