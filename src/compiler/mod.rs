//! The native fact compiler: read → clean → segment → extract → resolve →
//! merge, then [`crate::bundle::encode`].
//!
//! Each stage is one module with plain-data input and output, so each can be
//! tested on its own. Articles go through the per-article stages in parallel
//! (rayon); resolve and merge see the whole corpus.

pub mod clean;
pub mod curate;
pub mod extract;
pub mod gazetteer;
pub mod lexicon;
pub mod merge;
pub mod read;
pub mod record;
pub mod resolve;
pub mod segment;
pub mod tokens;

use crate::bundle::Bundle;
use extract::Prepared;
use rayon::prelude::*;
use rustc_hash::FxHashSet as HashSet;
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
        Self {
            file: file.into(),
            line,
            message: message.into(),
        }
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
    /// The line it is about, when it is about one.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The result of compiling a folder.
#[derive(Debug)]
pub struct Compiled {
    pub bundle: Bundle,
    pub warnings: Vec<Warning>,
    /// Bytes of article text read.
    pub bytes: u64,
    /// Wall time of each stage, in order.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// How much comparing merge did.
    pub merge_counts: merge::Counts,
    /// What the cache of extraction records did.
    pub cache: CacheCounts,
    /// The bundle encoded, when the build had to encode it anyway (to keep
    /// it with the records): writers use these bytes rather than encode
    /// it again.
    pub encoded: Option<Vec<u8>>,
}

/// How to compile.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Show a progress bar on a terminal when the corpus is large.
    pub progress: bool,
    /// A folder of extraction records ([`record`]): an article whose record
    /// is current is not extracted again, and every article extracted
    /// leaves its record there; records of articles no longer read are
    /// removed. `None` extracts every article and writes nothing.
    pub cache: Option<PathBuf>,
    /// Stop after writing the records (`factpack extract`): the bundle is empty.
    pub extract_only: bool,
}

/// Show a progress bar from this many bytes of articles.
const PROGRESS_FROM: u64 = 8 << 20;

/// Compile every `.txt` and `.md` article in `dir` into a bundle.
pub fn compile_dir(dir: &Path, opts: &Options) -> Result<Compiled, CompileError> {
    let paths = read::list_dir(dir)?;
    worker_pool(opts, dir)?.install(|| compile_paths(dir, &paths, opts))
}

/// The worker threads of a build (`opts.jobs`, else one per core); an
/// error names `at`, what was to be compiled.
fn worker_pool(opts: &Options, at: &Path) -> Result<rayon::ThreadPool, CompileError> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = opts.jobs {
        builder = builder.num_threads(n.max(1));
    }
    builder
        .build()
        .map_err(|e| CompileError::new(at, None, format!("cannot start worker threads: {e}")))
}

/// Compile a folder and apply its editor's corrections: `curation` names
/// the file, else the folder's `factpack.toml` is used when there is one.
/// The curation is read first, so a malformed file stops the build before
/// any work. Entries that match nothing are in the summary's `stale`.
pub fn compile_curated(
    dir: &Path,
    opts: &Options,
    curation: Option<&Path>,
) -> Result<(Compiled, curate::Summary), CompileError> {
    let cur = match curation {
        Some(p) => Some(curate::Curation::load(p)?),
        None => curate::Curation::of_dir(dir)?,
    };
    let mut compiled = compile_dir(dir, opts)?;
    let summary = match &cur {
        Some(c) => {
            // The bytes are of the bundle before the corrections.
            compiled.encoded = None;
            c.apply(&mut compiled.bundle)?
        }
        None => curate::Summary::default(),
    };
    Ok((compiled, summary))
}

fn progress_bar(paths: &[PathBuf], opts: &Options) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    let total: u64 = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    if !opts.progress || total < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} {msg} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
    .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message("compiling");
    bar
}

/// A folder of records in use, and the compiler they are of.
#[derive(Clone, Copy)]
struct Cache<'a> {
    folder: &'a Path,
    build: u64,
}

/// The cache a build can use: for a build (not `extract`), a cache that
/// cannot be made or trusted is a warning, and the build goes on without.
fn open_cache<'a>(
    opts: &'a Options,
    warnings: &mut Vec<Warning>,
) -> Result<Option<Cache<'a>>, CompileError> {
    let Some(folder) = opts.cache.as_deref() else {
        return Ok(None);
    };
    let fail = |message: String, warnings: &mut Vec<Warning>| {
        if opts.extract_only {
            return Err(CompileError::new(folder, None, message));
        }
        warnings.push(Warning {
            file: folder.to_path_buf(),
            line: None,
            message: format!("{message}; building without records"),
        });
        Ok(None)
    };
    let Some(build) = record::build_id() else {
        return fail(
            "cannot read the compiler's own executable, which tells its records from others'"
                .into(),
            warnings,
        );
    };
    if let Err(e) = std::fs::create_dir_all(folder) {
        return fail(
            format!("cannot create the folder of records: {e}"),
            warnings,
        );
    }
    Ok(Some(Cache { folder, build }))
}

fn compile_paths(dir: &Path, paths: &[PathBuf], opts: &Options) -> Result<Compiled, CompileError> {
    unique_ids(paths.iter().map(PathBuf::as_path))?;
    let bar = progress_bar(paths, opts);
    let start = std::time::Instant::now();
    let mut warnings = Vec::new();
    let cache = open_cache(opts, &mut warnings)?;
    // Per-article stages that need no corpus knowledge (read, clean,
    // segment), or the article's record when the cache has a current one.
    let read: Vec<Result<Option<Item>, CompileError>> = paths
        .par_iter()
        .map(|path| {
            let Some(src) = read::read_file(path)? else {
                return Ok(None);
            };
            bar.inc(src.text.len() as u64);
            if let Some(r) =
                cache.and_then(|c| record::lookup(c.build, c.folder, &src.path, &src.text))
            {
                return Ok(Some(Item::Cached(r)));
            }
            Item::fresh(src).map(Some)
        })
        .collect();
    let mut items = Vec::with_capacity(read.len());
    for (path, item) in paths.iter().zip(read) {
        match item? {
            Some(item) => items.push(item),
            None => warnings.push(Warning {
                file: path.clone(),
                line: None,
                message: "empty file skipped".into(),
            }),
        }
    }
    let mut compiled = compile_items(items, warnings, cache, opts.extract_only, start)?;
    bar.finish_and_clear();
    if let Some(c) = cache {
        match record::prune(c.folder, dir, &compiled.cache.keys) {
            Ok(n) => compiled.cache.removed = n,
            Err(e) if opts.extract_only => return Err(e),
            Err(e) => compiled.warnings.push(Warning {
                file: e.file,
                line: e.line,
                message: e.message,
            }),
        }
    }
    Ok(compiled)
}

/// Compile articles held in memory (in the order given), as `compile_dir`
/// does files. Used by tests and tools.
pub fn compile_sources(sources: &[read::SourceFile]) -> Result<Compiled, CompileError> {
    unique_ids(sources.iter().map(|s| s.path.as_path()))?;
    let start = std::time::Instant::now();
    let items = sources
        .par_iter()
        .map(|s| Item::fresh(s.clone()))
        .collect::<Result<Vec<_>, _>>()?;
    compile_items(items, Vec::new(), None, false, start)
}

/// Write the extraction record of every article of `dir` into `cache`
/// (`factpack extract`): articles whose record is current are skipped, and
/// records of articles no longer in `dir` are removed.
pub fn extract_dir(dir: &Path, cache: &Path, opts: &Options) -> Result<Compiled, CompileError> {
    let opts = Options {
        cache: Some(cache.to_path_buf()),
        extract_only: true,
        ..opts.clone()
    };
    compile_dir(dir, &opts)
}

/// Compile the records of one or more cache folders into a bundle
/// (`factpack merge`). A record extracted with answers the whole corpus
/// does not give (on another shard, say) is extracted again from the text
/// it carries; the folders are only read.
pub fn merge_records(caches: &[PathBuf], opts: &Options) -> Result<Compiled, CompileError> {
    let start = std::time::Instant::now();
    let Some(first) = caches.first() else {
        return Err(CompileError::new("", None, "no folder of records given"));
    };
    let Some(build) = record::build_id() else {
        return Err(CompileError::new(
            first,
            None,
            "cannot read the compiler's own executable, which tells its records from others'",
        ));
    };
    let mut files = Vec::new();
    for c in caches {
        let found = record::list(c)?;
        if found.is_empty() {
            return Err(CompileError::new(
                c,
                None,
                format!(
                    "holds no records; write them with `factpack extract DIR -o {}`",
                    c.display()
                ),
            ));
        }
        files.extend(found);
    }
    worker_pool(opts, first)?.install(|| {
        let mut items = files
            .par_iter()
            .map(|f| {
                let bytes = record::read(f)
                    .map_err(|e| CompileError::new(f, None, format!("cannot read record: {e}")))?;
                match record::decode(build, f, &bytes) {
                    Ok(r) => Ok(Item::Cached(r)),
                    Err(record::Unusable::OtherBuild) => Err(CompileError::new(
                        f,
                        None,
                        "written by another build of factpack (records are read only by the very binary that wrote them); run `factpack extract` again with this one",
                    )),
                    Err(record::Unusable::Damaged(why)) => Err(CompileError::new(
                        f,
                        None,
                        format!("not a usable record ({why}); run `factpack extract` again"),
                    )),
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        // The order a build of one folder of them reads them in: by file
        // name (the shards' folders do not count).
        items.sort_by(|a, b| (a.path().file_name(), a.path()).cmp(&(b.path().file_name(), b.path())));
        // One article in two folders of records (extracted twice) is one article.
        items.dedup_by(|a, b| a.path().file_name() == b.path().file_name() && a.text() == b.text());
        if let Some(w) = items
            .windows(2)
            .find(|w| w[0].path().file_name() == w[1].path().file_name())
        {
            return Err(CompileError::new(
                w[1].path(),
                None,
                format!(
                    "two records of this article with different texts (the other from {}): a folder of records holds an older version; run `factpack extract` on its articles again, or remove that folder",
                    w[0].path().display()
                ),
            ));
        }
        unique_ids(items.iter().map(Item::path))?;
        compile_items(items, Vec::new(), None, false, start)
    })
}

/// One article between the per-article and the corpus stages.
enum Item {
    /// Read, cleaned and segmented now.
    Fresh {
        src: read::SourceFile,
        prepared: Box<Prepared>,
        lower: Vec<String>,
        dating: record::Dating,
    },
    /// Extracted before: its record.
    Cached(record::Record),
}

impl Item {
    fn fresh(src: read::SourceFile) -> Result<Item, CompileError> {
        let prepared = prepare(&src)?;
        let mut lower: Vec<String> = prepared.lower_words().into_iter().collect();
        lower.sort_unstable();
        let dating = record::Dating {
            published: prepared.published,
            dateline: prepared.dateline.clone(),
        };
        Ok(Item::Fresh {
            src,
            prepared: Box::new(prepared),
            lower,
            dating,
        })
    }

    fn path(&self) -> &Path {
        match self {
            Item::Fresh { src, .. } => &src.path,
            Item::Cached(r) => &r.head.path,
        }
    }

    fn text(&self) -> &str {
        match self {
            Item::Fresh { src, .. } => &src.text,
            Item::Cached(r) => &r.text,
        }
    }

    fn lower(&self) -> &[String] {
        match self {
            Item::Fresh { lower, .. } => lower,
            Item::Cached(r) => &r.head.lower,
        }
    }

    fn dating(&self) -> &record::Dating {
        match self {
            Item::Fresh { dating, .. } => dating,
            Item::Cached(r) => &r.head.dating,
        }
    }
}

/// What the cache did in a build.
#[derive(Debug, Default, Clone)]
pub struct CacheCounts {
    /// Records were read or written (a cache, or `merge`).
    pub used: bool,
    /// Articles whose record was reused.
    pub reused: usize,
    /// Articles extracted (new, changed, or whose answers changed).
    pub extracted: usize,
    /// Stale records removed.
    pub removed: usize,
    /// Every record was current and in the order of the last build: its
    /// bundle was used, without resolve or merge.
    pub bundle_reused: bool,
    /// The records of this build.
    keys: HashSet<u64>,
}

/// The corpus stages: extract (in parallel, reusing current records),
/// resolve, merge. With `cache`, the record of every article extracted is
/// written there.
fn compile_items(
    items: Vec<Item>,
    mut warnings: Vec<Warning>,
    cache: Option<Cache>,
    extract_only: bool,
    start: std::time::Instant,
) -> Result<Compiled, CompileError> {
    let records = items.iter().any(|i| matches!(i, Item::Cached(_)));
    let bytes = items.iter().map(|i| i.text().len() as u64).sum();
    let published = pack_dates(&items.iter().map(Item::dating).collect::<Vec<_>>());
    // Words seen in lower case anywhere: a capitalized sentence opener among
    // them is an ordinary word, not a name.
    let mut common: HashSet<String> = HashSet::default();
    for i in &items {
        for w in i.lower() {
            if !common.contains(w) {
                common.insert(w.clone());
            }
        }
    }
    // Every record current: the bundle is the one last built from them, if
    // the folder keeps it (a build where nothing changed ends here).
    if let Some(c) = cache.filter(|_| !extract_only) {
        let mut keys = Vec::with_capacity(items.len());
        let all_current = items.iter().zip(&published).all(|(i, p)| match i {
            Item::Cached(r) if r.current(&common, *p) => {
                keys.push(record::key(c.build, &r.head.path, &r.text));
                true
            }
            _ => false,
        });
        if all_current
            && let Some((bundle, encoded)) =
                record::last_bundle(c.folder, record::manifest(c.build, &keys))
        {
            let t = start.elapsed();
            return Ok(Compiled {
                bundle,
                warnings,
                bytes,
                timings: vec![("read+clean+segment", t)],
                merge_counts: merge::Counts::default(),
                cache: CacheCounts {
                    used: true,
                    reused: keys.len(),
                    extracted: 0,
                    removed: 0,
                    bundle_reused: true,
                    keys: keys.into_iter().collect(),
                },
                encoded: Some(encoded),
            });
        }
    }
    let t0 = std::time::Instant::now();
    // (`factpack extract` keeps no extraction: each is in its record.)
    type Done = (
        Option<extract::ArticleFacts>,
        u64,
        bool,
        Option<CompileError>,
    );
    let extracted: Vec<Result<Done, CompileError>> = items
        .into_par_iter()
        .zip(published)
        .map(|(item, published)| {
            let (src, mut prepared, lower, dating) = match item {
                Item::Cached(r) => {
                    if r.current(&common, published) {
                        let key = cache.map_or(0, |c| record::key(c.build, &r.head.path, &r.text));
                        if extract_only {
                            return Ok((None, key, false, None));
                        }
                        if let Some(facts) = r.facts() {
                            return Ok((Some(facts), key, false, None));
                        }
                    }
                    let src = read::SourceFile {
                        path: r.head.path,
                        text: r.text,
                    };
                    let prepared = prepare(&src)?;
                    (src, prepared, r.head.lower, r.head.dating)
                }
                Item::Fresh {
                    src,
                    prepared,
                    lower,
                    dating,
                } => (src, *prepared, lower, dating),
            };
            if prepared.published != published
                && let Some(date) = published
            {
                prepared.published = Some(date);
                prepared.meta.published = Some(date.to_string());
            }
            let asking = extract::Asking::new(&common);
            let facts = extract::extract(prepared, &asking);
            let Some(c) = cache else {
                return Ok((Some(facts), 0, true, None));
            };
            let key = record::key(c.build, &src.path, &src.text);
            let asked = asking.answers();
            let written = record::encode(
                c.build, &src.path, &src.text, &lower, &asked, &dating, &facts,
            )
            .map_err(|e| {
                CompileError::new(&src.path, None, format!("cannot encode its record: {e}"))
            })
            .and_then(|bytes| record::write(c.folder, key, &bytes));
            let facts = (!extract_only).then_some(facts);
            match written {
                Ok(()) => Ok((facts, key, true, None)),
                Err(e) if extract_only => Err(e),
                // A build goes on: records only spare later builds work.
                Err(e) => Ok((facts, key, true, Some(e))),
            }
        })
        .collect();
    let mut counts = CacheCounts {
        used: cache.is_some() || records,
        ..Default::default()
    };
    let mut facts = Vec::with_capacity(extracted.len());
    let mut unwritten = 0;
    let mut order = Vec::with_capacity(extracted.len());
    for r in extracted {
        let (f, key, fresh, failed) = r?;
        order.push(key);
        if let Some(e) = failed {
            unwritten += 1;
            if unwritten == 1 {
                warnings.push(Warning {
                    file: e.file,
                    line: e.line,
                    message: e.message,
                });
            }
        }
        if fresh {
            counts.extracted += 1;
        } else {
            counts.reused += 1;
        }
        counts.keys.insert(key);
        match f {
            Some(f) => facts.push(f),
            // Only `factpack extract` leaves its extractions in the records.
            None => debug_assert!(extract_only, "an article without its extraction"),
        }
    }
    if unwritten > 1 {
        warnings.push(Warning {
            file: cache.map(|c| c.folder.to_path_buf()).unwrap_or_default(),
            line: None,
            message: format!(
                "{unwritten} records could not be written; the build went on without them"
            ),
        });
    }
    let t1 = std::time::Instant::now();
    if extract_only {
        return Ok(Compiled {
            bundle: Bundle::default(),
            warnings,
            bytes,
            timings: vec![("read+clean+segment", t0 - start), ("extract", t1 - t0)],
            merge_counts: merge::Counts::default(),
            cache: counts,
            encoded: None,
        });
    }
    let resolved = resolve::resolve(facts);
    let t2 = std::time::Instant::now();
    let mut merge_counts = merge::Counts::default();
    let bundle = merge::merge(resolved, &mut warnings, &mut merge_counts)?;
    let mut encoded = None;
    if let Some(c) = cache {
        match record::keep_bundle(c.folder, record::manifest(c.build, &order), &bundle) {
            Ok(bytes) => encoded = Some(bytes),
            Err(e) => warnings.push(Warning {
                file: c.folder.to_path_buf(),
                line: None,
                message: e,
            }),
        }
    }
    let t3 = std::time::Instant::now();
    let timings = vec![
        ("read+clean+segment", t0 - start),
        ("extract", t1 - t0),
        ("resolve", t2 - t1),
        ("merge", t3 - t2),
    ];
    Ok(Compiled {
        bundle,
        warnings,
        bytes,
        timings,
        merge_counts,
        cache: counts,
        encoded,
    })
}

/// Articles are known by their file name without its extension (in fact
/// ids, citations, the widget's filters): two files that share it
/// (`story.md` and `story.txt`) are an error naming both.
fn unique_ids<'a>(paths: impl Iterator<Item = &'a Path>) -> Result<(), CompileError> {
    let mut seen: rustc_hash::FxHashMap<std::ffi::OsString, &Path> = Default::default();
    for p in paths {
        let stem = p.file_stem().unwrap_or_default().to_os_string();
        if let Some(other) = seen.insert(stem, p) {
            return Err(CompileError::new(
                p,
                None,
                format!(
                    "{} has the same name without its extension; an article is known by that name, so rename one of them",
                    other.display()
                ),
            ));
        }
    }
    Ok(())
}

/// The publication date of each article: its own, or, for a wire dateline
/// whose story names no year it can be read in ("TORONTO,
/// Sept 3 (Reuters) -" over a story of "last year" and "in March"): the
/// articles of a pack are of one time, so the years they are published in
/// stand for the years the story would name (the weekday of its lede decides
/// among them, as in [`extract::dates::dateline_year`]).
///
/// A story that names years ("TAIPEI, Aug 27 (Reuters) -" over "Typhoon
/// Morakot killed 700 in 2009") was read in the latest past year it names
/// that fits; a later year of the pack that fits the lede's weekday too is
/// the better reading, as a story comes after the past it names.
fn pack_dates(datings: &[&record::Dating]) -> Vec<Option<jiff::civil::Date>> {
    let mut years: Vec<(i16, bool)> = datings
        .iter()
        .filter(|d| d.dateline.is_none())
        .filter_map(|d| d.published.map(|p| (p.year(), false)))
        .collect();
    years.sort_unstable();
    years.dedup();
    datings
        .iter()
        .map(|d| {
            let Some((m, day, lede)) = &d.dateline else {
                return d.published;
            };
            let Some(date) = extract::dates::dateline_year(*m, *day, lede, &years)
                .and_then(|y| jiff::civil::Date::new(y, *m as i8, *day as i8).ok())
            else {
                return d.published;
            };
            // A year the story's own years gave gives way only to a year of the
            // pack that the lede's weekday fits, and fits at least as well (not
            // as the day before, a Thursday, a dateline's Friday when the
            // story's own year makes it the Thursday).
            let settled = |p: jiff::civil::Date| {
                p.year() >= date.year()
                    || !years.iter().any(|y| y.0 == date.year())
                    || !extract::dates::names_a_weekday(lede)
                    || extract::dates::lede_fits(p, lede) && !extract::dates::lede_fits(date, lede)
            };
            if d.published.is_some_and(settled) {
                return d.published;
            }
            Some(date)
        })
        .collect()
}

/// Read → clean → segment one article, and infer its title (and, from the
/// site name after it, its publisher) if it has none.
pub fn prepare(src: &read::SourceFile) -> Result<Prepared, CompileError> {
    let parsed = read::parse(src)?;
    let cleaned = clean::clean(&parsed.body, parsed.body_line, parsed.markdown);
    let sentences = segment::sentences(&cleaned);
    let mut meta = parsed.meta;
    if meta.publisher.is_none() {
        meta.publisher = cleaned.agency.clone();
    }
    if meta.title.trim().is_empty() {
        let (title, site) =
            infer_title(&cleaned, &sentences).unwrap_or_else(|| (meta.id.clone(), None));
        meta.title = title;
        if meta.publisher.is_none() {
            meta.publisher = site;
        }
    }
    Ok(Prepared {
        meta,
        published: parsed.published,
        cleaned,
        sentences,
        dateline: parsed.dateline,
    })
}

/// A headline without the site's name that pages append to it: "Title |
/// Site", "Title – Site Name" (a short run of capitalized words after a
/// spaced dash or bar).
pub fn strip_site_name(title: &str) -> &str {
    split_site_name(title).map_or(title, |(head, _)| head)
}

/// A headline and the site's name appended to it, if it has one.
fn split_site_name(title: &str) -> Option<(&str, &str)> {
    for sep in [" | ", " – ", " — ", " - ", " :: "] {
        let Some((head, site)) = title.rsplit_once(sep) else {
            continue;
        };
        let words: Vec<&str> = site.split_whitespace().collect();
        let named = !words.is_empty()
            && words.len() <= 4
            && words.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(*w, "of" | "the" | "and" | "&")
            })
            && !site.ends_with(['.', '?', '!']);
        if named && head.split_whitespace().count() >= 3 {
            return Some((head.trim_end(), site.trim()));
        }
    }
    None
}

/// Is this heading a page's masthead or menu rather than its headline? A
/// line in capitals ("THE GLOBAL DISPATCH"), a bar of links ("LIVE SCORES |
/// IPL 2026 | Fixtures"), or three words or fewer ("Aire Valley Echo").
fn is_masthead(text: &str) -> bool {
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    let caps = letters().count() >= 4 && letters().all(char::is_uppercase);
    caps || text.matches(" | ").count() >= 2 || text.split_whitespace().count() <= 3
}

/// The headline: among the headings before the story's first paragraph, the
/// first that carries the site's name ("Title | Site"), else the first that
/// is no masthead or menu, else the first; without headings, the first
/// sentence, shortened. With it, the site's name when the headline had one.
fn infer_title(
    cleaned: &clean::Cleaned,
    sentences: &[segment::Sentence],
) -> Option<(String, Option<String>)> {
    let heads: Vec<&str> = cleaned
        .blocks
        .iter()
        .take_while(|b| b.kind == clean::BlockKind::Heading)
        .map(|b| b.text.as_str())
        .collect();
    let with_site = heads
        .iter()
        .find_map(|h| split_site_name(h).filter(|(head, _)| !is_masthead(head)));
    let text = match with_site {
        Some((head, site)) => return Some((head.to_string(), Some(site.to_string()))),
        None => match heads.iter().find(|h| !is_masthead(h)).or(heads.first()) {
            Some(h) => h.to_string(),
            None => sentences.first()?.text.clone(),
        },
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 16 {
        return Some((text.trim_end_matches('.').to_string(), None));
    }
    Some((
        format!(
            "{}…",
            words[..14].join(" ").trim_end_matches([',', ';', ':'])
        ),
        None,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A wire dateline whose story names no year takes the pack's year its lede's weekday fits.
    #[test]
    fn dateline_year_from_the_pack() {
        let src = |name: &str, text: &str| read::SourceFile {
            path: PathBuf::from(name),
            text: text.into(),
        };
        let sources = [
            src(
                "a.md",
                "---\ntitle: \"A\"\ndate: 2026-03-01\n---\n\nPrices rose in March.\n",
            ),
            src(
                "b.txt",
                "Grocer beats forecasts\n\nTORONTO, Sept 3 (Reuters) - The grocer reported a rise in profit on Thursday.\n\nSales rose in July from June.\n",
            ),
        ];
        let b = compile_sources(&sources).unwrap().bundle;
        let wire = b.articles.iter().find(|a| a.id == "b").unwrap();
        assert_eq!(wire.published.as_deref(), Some("2026-09-03"));
        // A story that names only a past year fitting the lede's weekday is the
        // pack's year when that fits too (27 August was a Thursday in 2009 and 2026);
        // a story alone keeps the year it names.
        // The date a wire story is read at beside article a.
        let in_pack = |text: &str| {
            let pack = compile_sources(&[sources[0].clone(), src("w.txt", text)])
                .unwrap()
                .bundle;
            let w = pack.articles.into_iter().find(|a| a.id == "w").unwrap();
            w.published
        };
        let typhoon = "TAIPEI, Aug 27 (Reuters) - A typhoon hit Taiwan on Thursday.\n\nTyphoon Morakot killed about 700 people in 2009.\n";
        assert_eq!(in_pack(typhoon).as_deref(), Some("2026-08-27"));
        let alone = compile_sources(&[src("c.txt", typhoon)]).unwrap().bundle;
        assert_eq!(alone.articles[0].published.as_deref(), Some("2009-08-27"));
        // Without a weekday in the lede, nothing says the pack's year is the story's.
        let no_weekday = "TAIPEI, Aug 27 (Reuters) - A typhoon hit Taiwan.\n\nTyphoon Morakot killed about 700 people in 2009.\n";
        assert_eq!(in_pack(no_weekday).as_deref(), Some("2009-08-27"));
        // The story's own year, where the lede's weekday is the dateline's day, beats a
        // pack's year where it would be the day before (9 October: a Thursday in 2025,
        // a Friday in 2026).
        let recall = "TOKYO, Oct. 9 (Kyodo) -- Honda said Thursday it will recall about 1.02 million vehicles.\n\nThe recall covers models made between June 2021 and August 2025.\n";
        assert_eq!(in_pack(recall).as_deref(), Some("2025-10-09"));
    }

    /// "$US24bn" in an Australian story is US dollars, and "US" no name; a bare "$" is the home country's.
    #[test]
    fn lettered_dollars_against_the_home_country() {
        let src = read::SourceFile {
            path: PathBuf::from("a.txt"),
            text: "SYDNEY, March 3 (Reuters) - The merger values the miner at $US24bn, and the state will spend $30 million on roads.\n".into(),
        };
        let b = compile_sources(&[src]).unwrap().bundle;
        let units: Vec<(f64, Option<String>)> = b
            .facts
            .iter()
            .filter_map(|f| match &f.body {
                crate::bundle::Body::Quantity { value, unit, .. } => Some((*value, unit.clone())),
                _ => None,
            })
            .collect();
        assert!(units.contains(&(2.4e10, Some("USD".into()))), "{units:?}");
        assert!(units.contains(&(3e7, Some("AUD".into()))), "{units:?}");
        assert!(
            b.entities
                .iter()
                .all(|e| e.name != "United States" && e.name != "US"),
            "{:?}",
            b.entities
        );
    }

    /// Two files with one name without extension: an error naming both.
    #[test]
    fn two_articles_with_one_name_are_an_error() {
        let src = |name: &str| read::SourceFile {
            path: PathBuf::from("desk").join(name),
            text: "Prices rose 5% in March.\n".into(),
        };
        let err =
            compile_sources(&[src("story.md"), src("other.txt"), src("story.txt")]).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("desk/story.txt: desk/story.md has the same name"),
            "{msg}"
        );
        assert!(compile_sources(&[src("story.md"), src("story-2.txt")]).is_ok());
    }

    fn title(text: &str) -> (String, Option<String>) {
        let cleaned = clean::clean(text, 1, false);
        let sentences = segment::sentences(&cleaned);
        infer_title(&cleaned, &sentences).unwrap()
    }

    /// One table for the headline of a page without front matter: the page's
    /// first lines, and the title and site read from them.
    #[test]
    fn headline_past_mastheads_and_menus() {
        let story =
            "\n\nThe council approved the budget on Monday after a long debate, the mayor said.\n";
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "THE GLOBAL DISPATCH\n\nSudan's warring sides agree a truce after shelling - The Global Dispatch",
                "Sudan's warring sides agree a truce after shelling",
                Some("The Global Dispatch"),
            ),
            (
                "Aire Valley Echo\n\nRider's killer found guilty of murder after Leeds stabbing – Aire Valley Echo",
                "Rider's killer found guilty of murder after Leeds stabbing",
                Some("Aire Valley Echo"),
            ),
            (
                "LIVE SCORES | IPL 2026 | Fixtures | Points Table\n\nIndia beat Australia by seven wickets",
                "India beat Australia by seven wickets",
                None,
            ),
            // A cookie notice in another language before the headline.
            (
                "THE STOCKHOLM COURIER\nSveriges nyheter på engelska\n\nVi använder kakor (cookies) för att ge dig en bättre upplevelse och för att visa relevanta annonser. Genom att klicka på \"Godkänn alla\" samtycker du till att kakor lagras på din enhet. Godkänn\n\nNovelist wins the Nobel Prize in Literature | The Stockholm Courier",
                "Novelist wins the Nobel Prize in Literature",
                Some("The Stockholm Courier"),
            ),
            // A cookie notice and a breadcrumb trail in Slovene before the headline.
            (
                "SAVA POST\nSlovenia in English | Slovenska izdaja | Naroči se\nDomov | Slovenija | Politika | Gospodarstvo | Svet | Šport | Kultura | Mnenja | Volitve 2026\n\nSpletna stran uporablja piškotke za boljše delovanje in analizo obiska. Z nadaljnjo uporabo strani se strinjate z njihovo uporabo. Sprejmi vse | Zavrni | Nastavitve\n\nDomov › Volitve 2026 › Državni zbor\n\nSDS wins most seats in Slovenian election, but kingmaker holds the key – Sava Post\n\nAvtor: Maja Pečnik | 23. 3. 2026, 07:41 | Posodobljeno: 23. 3. 2026, 11:05",
                "SDS wins most seats in Slovenian election, but kingmaker holds the key",
                Some("Sava Post"),
            ),
            (
                "# Council approves the budget",
                "Council approves the budget",
                None,
            ),
            (
                "",
                "The council approved the budget on Monday after a long debate, the mayor said",
                None,
            ),
        ];
        for (head, want, site) in cases {
            let (t, s) = title(&format!("{head}{story}"));
            assert_eq!((t.as_str(), s.as_deref()), (*want, *site), "{head}");
        }
    }
}
