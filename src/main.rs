//! The `factpack` command: compile articles into a fact bundle, print a
//! bundle as JSON, render it as static HTML.

/// The compiler allocates many small, short-lived strings and lists per
/// sentence; mimalloc serves them from per-thread pages (a quarter of the
/// time went to glibc's `malloc`/`free` before, see the README).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}

/// mimalloc returns freed pages to the system a second after they are freed
/// (its `purge_delay`: 1,000 ms in v3, 10 ms in v2), and each page the
/// compiler touches again then comes back zeroed, two megabytes at a time
/// with transparent huge pages: an eighth of the time on a 10 MB corpus went
/// to the kernel's `clear_page`. A one-shot compile (`build` without
/// `--watch`, `extract`, `merge`) is one batch that ends by giving all its
/// memory back, so it keeps its freed pages instead; the peak memory grows
/// by a few percent at most. The commands that stay running (`review`,
/// `build --watch`) keep mimalloc's default. The environment still decides
/// (`MIMALLOC_PURGE_DELAY` or the older `MIMALLOC_RESET_DELAY`, in any
/// case), and the option is set only while it holds one of its documented
/// defaults.
pub(crate) fn keep_freed_memory() {
    // `mi_option_purge_delay` in mimalloc.h (v2 and v3): the 16th option.
    const PURGE_DELAY: i32 = 15;
    unsafe extern "C" {
        fn mi_option_get(option: i32) -> std::ffi::c_long;
        fn mi_option_set(option: i32, value: std::ffi::c_long);
    }
    let set_outside = std::env::vars_os().any(|(k, _)| {
        k.to_str().is_some_and(|k| {
            k.eq_ignore_ascii_case("MIMALLOC_PURGE_DELAY")
                || k.eq_ignore_ascii_case("MIMALLOC_RESET_DELAY")
        })
    });
    if !set_outside {
        // SAFETY: both read and write one option of the linked mimalloc, by value.
        unsafe {
            if matches!(mi_option_get(PURGE_DELAY), 10 | 1000) {
                mi_option_set(PURGE_DELAY, -1);
            }
        }
    }
}

mod cli {
    use clap::{Parser, Subcommand};
    use factpack::{bundle, compiler};
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    /// Compile news articles into a fact bundle for the <fact-pack> widget.
    #[derive(Parser)]
    #[command(name = "factpack", version, about)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Compile every .txt and .md article in DIR into a bundle.
        Build {
            /// Folder of articles.
            #[arg(default_value = "seeds")]
            dir: PathBuf,
            /// Where to write the bundle; written atomically.
            #[arg(short, long, default_value = "facts.fpk")]
            output: PathBuf,
            /// Worker threads (default: every core).
            #[arg(short, long)]
            jobs: Option<usize>,
            /// Print throughput and peak memory when done.
            #[arg(long)]
            stats: bool,
            /// The editor's corrections (default: DIR/factpack.toml, when it exists).
            #[arg(long, value_name = "FILE")]
            curation: Option<PathBuf>,
            /// Fail when an entry of the curation file matches nothing (for CI).
            #[arg(long)]
            strict: bool,
            /// Build again whenever an article or the curation file changes
            /// (for static-site development servers); Ctrl-C to stop.
            #[arg(long)]
            watch: bool,
            /// The folder of extraction records: articles unchanged since
            /// the last build are not extracted again (default:
            /// target/factpack-cache/ in the current folder, one folder per DIR).
            #[arg(long, value_name = "CACHE", conflicts_with = "no_cache")]
            cache: Option<PathBuf>,
            /// Extract every article and keep no records.
            #[arg(long)]
            no_cache: bool,
        },
        /// Write one extraction record per article of DIR into CACHE (the
        /// map step of a build; `factpack merge` is the rest). Articles
        /// whose record is current are skipped; records of DIR's articles
        /// that are gone or changed are removed (folders may share a CACHE).
        Extract {
            /// Folder of articles.
            dir: PathBuf,
            /// The folder of records.
            #[arg(short, long, value_name = "CACHE")]
            output: PathBuf,
            /// Worker threads (default: every core).
            #[arg(short, long)]
            jobs: Option<usize>,
        },
        /// Compile the records of one or more CACHE folders into a bundle:
        /// the bundle `factpack build` gives for all their articles in one
        /// folder. The records must be written by this very binary
        /// (`factpack extract`, on this machine or on others with a copy of
        /// it). A curation file applies only when given.
        Merge {
            /// Folders of records.
            #[arg(required = true, value_name = "CACHE")]
            caches: Vec<PathBuf>,
            /// Where to write the bundle; written atomically.
            #[arg(short, long, default_value = "facts.fpk")]
            output: PathBuf,
            /// Worker threads (default: every core).
            #[arg(short, long)]
            jobs: Option<usize>,
            /// Print throughput and peak memory when done.
            #[arg(long)]
            stats: bool,
            /// The editor's corrections.
            #[arg(long, value_name = "FILE")]
            curation: Option<PathBuf>,
            /// Fail when an entry of the curation file matches nothing (for CI).
            #[arg(long)]
            strict: bool,
        },
        /// Review the facts of DIR in the browser: hide, pin, correct; every
        /// action is written to the curation file and rebuilt. Prints the
        /// page's URL (with its token) as the first line.
        Review {
            /// Folder of articles.
            #[arg(default_value = "seeds")]
            dir: PathBuf,
            /// Port on 127.0.0.1 (default: any free port).
            #[arg(long, default_value_t = 0)]
            port: u16,
            /// The curation file (default: DIR/factpack.toml).
            #[arg(long, value_name = "FILE")]
            curation: Option<PathBuf>,
            /// The widget's built files for the preview (default: www/factpack).
            #[arg(long, value_name = "DIR")]
            widget: Option<PathBuf>,
            /// Worker threads (default: every core).
            #[arg(short, long)]
            jobs: Option<usize>,
        },
        /// List the facts added, removed and changed between two bundles.
        Diff {
            /// The bundle before.
            old: PathBuf,
            /// The bundle after.
            new: PathBuf,
            /// Print {"added": [ids], "removed": [ids], "changed": [{"id", "fields"}]}.
            #[arg(long)]
            json: bool,
        },
        /// Print a bundle as JSON (the documented JSON view).
        Dump {
            /// Bundle file.
            file: PathBuf,
        },
        /// Render a bundle as static HTML: the fallback that readers without
        /// JavaScript and search engines see inside <fact-pack>.
        Render {
            /// Bundle file.
            #[arg(default_value = "facts.fpk")]
            file: PathBuf,
            /// One view (numbers, timeline, compare, quotes, entities, sources) or all.
            #[arg(long, default_value = "all")]
            view: String,
            /// Like the element's filter attribute: entity:NAME, kind:KIND, article:ID, or words.
            #[arg(long, default_value = "")]
            filter: String,
            /// Language of the words (en or ja) and of number and date formats
            /// (any BCP 47 tag: de, en-GB, pt-BR…). With --into, an element's own
            /// lang attribute comes first, then this, then the language of the
            /// page around it (its nearest ancestor's lang); default en.
            #[arg(long)]
            lang: Option<String>,
            /// Items per list (default: every item).
            #[arg(long)]
            limit: Option<usize>,
            /// Add schema.org JSON-LD describing the source articles.
            #[arg(long)]
            json_ld: bool,
            /// Write here instead of standard output; written atomically.
            #[arg(short, long, conflicts_with = "into")]
            output: Option<PathBuf>,
            /// Fill every <fact-pack> element of these HTML pages (files, or
            /// folders searched for .html) with its fallback; the element's
            /// view, filter and lang attributes override the options.
            #[arg(long, num_args = 1..)]
            into: Vec<PathBuf>,
        },
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        // The one-shot compiles keep their freed memory (see `keep_freed_memory`).
        if matches!(
            cli.command,
            Command::Build { watch: false, .. } | Command::Extract { .. } | Command::Merge { .. }
        ) {
            crate::keep_freed_memory();
        }
        let result = match cli.command {
            Command::Build {
                dir,
                output,
                jobs,
                stats,
                curation,
                strict,
                watch,
                cache,
                no_cache,
            } => {
                let cache = match (no_cache, cache) {
                    (true, _) => None,
                    (false, Some(c)) => Some(c),
                    (false, None) => Some(default_cache(&dir)),
                };
                let args = BuildArgs {
                    jobs,
                    stats,
                    curation,
                    strict,
                    cache,
                };
                if watch {
                    build_watch(&dir, &output, &args)
                } else {
                    build(&dir, &output, &args, true)
                }
            }
            Command::Review {
                dir,
                port,
                curation,
                widget,
                jobs,
            } => factpack::review::serve(
                factpack::review::Options {
                    dir,
                    curation,
                    jobs,
                    widget,
                },
                port,
            ),
            Command::Extract { dir, output, jobs } => extract(&dir, &output, jobs),
            Command::Merge {
                caches,
                output,
                jobs,
                stats,
                curation,
                strict,
            } => merge(
                &caches,
                &output,
                &BuildArgs {
                    jobs,
                    stats,
                    curation,
                    strict,
                    cache: None,
                },
            ),
            Command::Diff { old, new, json } => diff(&old, &new, json),
            Command::Dump { file } => dump(&file),
            Command::Render {
                file,
                view,
                filter,
                lang,
                limit,
                json_ld,
                output,
                into,
            } => render(
                &file,
                &RenderArgs {
                    view,
                    filter,
                    lang,
                    limit,
                    json_ld,
                },
                output.as_deref(),
                &into,
            ),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                eprintln!("error: {msg}");
                ExitCode::FAILURE
            }
        }
    }

    /// What `factpack build` was asked for besides its folder and output.
    struct BuildArgs {
        jobs: Option<usize>,
        stats: bool,
        curation: Option<PathBuf>,
        strict: bool,
        /// The folder of extraction records, if any.
        cache: Option<PathBuf>,
    }

    /// Where `factpack build DIR` keeps its records by default: a folder
    /// per DIR (its name and a hash of its full path) under
    /// target/factpack-cache/ in the current folder.
    fn default_cache(dir: &Path) -> PathBuf {
        use std::hash::Hasher;
        let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let mut h = rustc_hash::FxHasher::default();
        h.write(full.as_os_str().as_encoded_bytes());
        let name: String = full
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        Path::new("target")
            .join("factpack-cache")
            .join(format!("{name}-{:08x}", h.finish() as u32))
    }

    /// `factpack extract DIR -o CACHE`.
    fn extract(dir: &Path, cache: &Path, jobs: Option<usize>) -> Result<(), String> {
        let opts = compiler::Options {
            jobs,
            progress: true,
            ..Default::default()
        };
        let c = compiler::extract_dir(dir, cache, &opts).map_err(|e| e.to_string())?;
        for w in &c.warnings {
            eprintln!("warning: {w}");
        }
        eprintln!(
            "{}: {} records ({} extracted, {} current), {} stale removed",
            cache.display(),
            c.cache.reused + c.cache.extracted,
            c.cache.extracted,
            c.cache.reused,
            c.cache.removed
        );
        Ok(())
    }

    /// `factpack merge CACHE… -o BUNDLE`.
    fn merge(caches: &[PathBuf], output: &Path, args: &BuildArgs) -> Result<(), String> {
        let started = std::time::Instant::now();
        let cur = match &args.curation {
            Some(p) => Some(compiler::curate::Curation::load(p).map_err(|e| e.to_string())?),
            None => None,
        };
        let opts = compiler::Options {
            jobs: args.jobs,
            ..Default::default()
        };
        let mut compiled = compiler::merge_records(caches, &opts).map_err(|e| e.to_string())?;
        let curated = match &cur {
            Some(c) => c.apply(&mut compiled.bundle).map_err(|e| e.to_string())?,
            None => compiler::curate::Summary::default(),
        };
        write_bundle(compiled, curated, output, args, started, true)
    }

    /// Build, then build again on every change of an article or the
    /// curation file; a failed build says why and keeps the last bundle.
    fn build_watch(dir: &Path, output: &Path, args: &BuildArgs) -> Result<(), String> {
        let curation = args
            .curation
            .clone()
            .unwrap_or_else(|| dir.join(compiler::curate::FILE_NAME));
        let watch = factpack::review::watch::Watch::new(dir, &curation)?;
        loop {
            if let Err(e) = build(dir, output, args, false) {
                eprintln!("error: {e}");
            }
            eprintln!("watching {} and {}", dir.display(), curation.display());
            while watch
                .changed(std::time::Duration::from_secs(3600))
                .is_none()
            {}
        }
    }

    /// Build once; `exit`: the process ends after (its memory is not freed).
    fn build(dir: &Path, output: &Path, args: &BuildArgs, exit: bool) -> Result<(), String> {
        let jobs = args.jobs;
        let started = std::time::Instant::now();
        let opts = compiler::Options {
            jobs,
            progress: true,
            cache: args.cache.clone(),
            extract_only: false,
        };
        let (compiled, curated) = compiler::compile_curated(dir, &opts, args.curation.as_deref())
            .map_err(|e| e.to_string())?;
        write_bundle(compiled, curated, output, args, started, exit)
    }

    /// With `--stats`: how long each stage took, merge's counts, the
    /// cache's, and throughput and peak memory.
    fn print_stats(
        compiled: &compiler::Compiled,
        jobs: Option<usize>,
        started: std::time::Instant,
    ) {
        let stages: Vec<String> = compiled
            .timings
            .iter()
            .map(|(n, d)| format!("{n} {:.2} s", d.as_secs_f64()))
            .collect();
        eprintln!("stages: {}", stages.join(", "));
        let c = &compiled.merge_counts;
        eprintln!(
            "merge: {} comparisons of reports with facts, {} index entries read, {} disagreement checks",
            c.compared, c.scanned, c.disagreement_checks
        );
        if compiled.cache.used {
            let c = &compiled.cache;
            eprintln!(
                "cache: {} articles reused, {} extracted, {} stale records removed{}",
                c.reused,
                c.extracted,
                c.removed,
                if c.bundle_reused {
                    " (nothing changed: the last bundle, without resolve and merge)"
                } else {
                    ""
                }
            );
        }
        let secs = started.elapsed().as_secs_f64();
        let mb = compiled.bytes as f64 / 1e6;
        eprintln!(
            "stats: {:.1} MB in {:.4} s = {:.2} MB/s, peak memory {} MB, {} threads",
            mb,
            secs,
            mb / secs,
            peak_memory_kb().map_or("?".into(), |kb| format!("{:.0}", kb as f64 / 1024.0)),
            jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        );
    }

    /// Write a compiled bundle and say what it holds (with `--stats`, how
    /// long each stage took).
    fn write_bundle(
        mut compiled: compiler::Compiled,
        curated: compiler::curate::Summary,
        output: &Path,
        args: &BuildArgs,
        started: std::time::Instant,
        exit: bool,
    ) -> Result<(), String> {
        let (jobs, stats) = (args.jobs, args.stats);
        for w in compiled.warnings.iter().chain(&curated.stale) {
            eprintln!("warning: {w}");
        }
        if args.strict && !curated.stale.is_empty() {
            return Err(format!(
                "{} entries of the curation file match nothing (--strict); {} is unchanged",
                curated.stale.len(),
                output.display()
            ));
        }
        let bytes = match compiled.encoded.take() {
            Some(bytes) => bytes,
            None => match bundle::encode(&compiled.bundle) {
                Ok(bytes) => bytes,
                // (A bundle over the format's limit: what the compile took is
                // still worth saying.)
                Err(e) => {
                    if stats {
                        print_stats(&compiled, jobs, started);
                    }
                    return Err(format!("{}: {e}", output.display()));
                }
            },
        };
        factpack::atomic::write(output, &bytes)
            .map_err(|e| format!("{}: cannot write bundle: {e}", output.display()))?;
        let b = &compiled.bundle;
        let mut edits = Vec::new();
        for (n, what) in [
            (curated.hidden_facts, "hidden"),
            (curated.edited_facts, "edited"),
            (curated.pinned_facts, "pinned"),
        ] {
            if n > 0 {
                edits.push(format!("{n} {what}"));
            }
        }
        let edits = if edits.is_empty() {
            String::new()
        } else {
            format!(" ({})", edits.join(", "))
        };
        eprintln!(
            "wrote {} ({} bytes): {} articles, {} facts{edits}, {} entities, {} disagreements",
            output.display(),
            bytes.len(),
            b.articles.len(),
            b.facts.len(),
            b.entities.len(),
            b.disagreements.len()
        );
        if stats {
            print_stats(&compiled, jobs, started);
        }
        // The process ends here: freeing the bundle's millions of strings one
        // by one takes about a second on 50 MB; the OS takes the memory back
        // at once.
        if exit {
            std::mem::forget(compiled);
        }
        Ok(())
    }

    /// Peak resident memory of this process (Linux: VmHWM in /proc/self/status).
    fn peak_memory_kb() -> Option<u64> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    fn read_bundle(file: &Path) -> Result<bundle::Bundle, String> {
        let bytes =
            std::fs::read(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
        bundle::decode(&bytes).map_err(|e| format!("{}: {e}", file.display()))
    }

    /// What `factpack render` was asked for.
    struct RenderArgs {
        view: String,
        filter: String,
        lang: Option<String>,
        limit: Option<usize>,
        json_ld: bool,
    }

    fn render(
        file: &Path,
        args: &RenderArgs,
        output: Option<&Path>,
        into: &[PathBuf],
    ) -> Result<(), String> {
        use factpack::ui::model::Model;
        if args.limit == Some(0) {
            return Err("--limit 0: a list needs at least one item".into());
        }
        let m = std::sync::Arc::new(Model::new(read_bundle(file)?));
        if into.is_empty() {
            let html = static_html(
                &m,
                &args.view,
                &args.filter,
                args.lang.as_deref().unwrap_or("en"),
                args.limit,
                args.json_ld,
                0,
            )
            .map_err(|e| format!("--{e}"))?
                + "\n";
            return match output {
                Some(path) => factpack::atomic::write(path, html.as_bytes())
                    .map_err(|e| format!("{}: cannot write: {e}", path.display())),
                None => std::io::stdout()
                    .lock()
                    .write_all(html.as_bytes())
                    .map_err(|e| e.to_string()),
            };
        }
        let mut pages = Vec::new();
        for p in into {
            html_files(p, &mut pages).map_err(|e| format!("{}: {e}", p.display()))?;
        }
        let (mut elements, mut changed) = (0, 0);
        for page in &pages {
            let html = std::fs::read_to_string(page)
                .map_err(|e| format!("{}: cannot read: {e}", page.display()))?;
            let (out, n) = factpack::site::fill(&html, &mut |el| {
                let view = el.get("view").unwrap_or(&args.view);
                let filter = el.get("filter").unwrap_or(&args.filter);
                // JSON-LD once per page.
                // The language as the widget reads it, with --lang standing in for the browser's.
                let lang = el
                    .own_lang()
                    .or(args.lang.as_deref())
                    .or(el.lang())
                    .unwrap_or("en");
                static_html(
                    &m,
                    view,
                    filter,
                    lang,
                    args.limit,
                    args.json_ld && el.index == 0,
                    el.index,
                )
            })
            .map_err(|e| format!("{}: {e}", page.display()))?;
            elements += n;
            if out != html {
                factpack::atomic::write(page, out.as_bytes())
                    .map_err(|e| format!("{}: cannot write: {e}", page.display()))?;
                changed += 1;
            }
        }
        eprintln!(
            "filled {elements} <fact-pack> elements in {} pages ({changed} changed)",
            pages.len()
        );
        Ok(())
    }

    /// The .html files at `path`: the file itself, or every one under a folder.
    fn html_files(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        if !path.is_dir() {
            std::fs::metadata(path)?;
            out.push(path.to_path_buf());
            return Ok(());
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for p in entries {
            if p.is_dir() {
                html_files(&p, out)?;
            } else if p.extension().is_some_and(|x| x == "html" || x == "htm") {
                out.push(p);
            }
        }
        Ok(())
    }

    /// One static page of views, as `<fact-pack>` would show them.
    fn static_html(
        m: &std::sync::Arc<factpack::ui::model::Model>,
        view: &str,
        filter: &str,
        lang: &str,
        limit: Option<usize>,
        json_ld: bool,
        scope: usize,
    ) -> Result<String, String> {
        use factpack::ui::{cldr::Cldr, render};
        let view = match view.trim() {
            "all" => None,
            v => Some(render::View::parse(v).ok_or_else(|| format!("view {v:?}: expected all, numbers, timeline, compare, quotes, entities or sources"))?),
        };
        let (filter, _) = m.parse_filter(filter);
        let state = factpack::ui::state::State {
            filter,
            panel: render::PanelState {
                show_all: limit.is_none(),
                ..Default::default()
            },
            ..Default::default()
        };
        let fmt = std::sync::Arc::new(Cldr::new(lang));
        let limit = limit.unwrap_or(usize::MAX);
        Ok(render::static_page(
            m.clone(),
            fmt,
            state,
            limit,
            view,
            json_ld,
            scope,
        ))
    }

    fn diff(old: &Path, new: &Path, json: bool) -> Result<(), String> {
        let (a, b) = (read_bundle(old)?, read_bundle(new)?);
        let d = bundle::diff::diff(&a, &b);
        let mut out = std::io::stdout().lock();
        if json {
            serde_json::to_writer_pretty(&mut out, &d).map_err(|e| e.to_string())?;
            return writeln!(out).map_err(|e| e.to_string());
        }
        let mut text = d.summary() + "\n";
        let line = |b: &bundle::Bundle, id: &str| {
            let f = b.facts.iter().find(|f| bundle::fact_id_str(f.id) == id);
            f.map_or(String::new(), |f| {
                let s = &b.sentences[f.sources[0].sentence as usize];
                let short: String = s.chars().take(100).collect();
                let cut = if short.len() < s.len() { "…" } else { "" };
                format!("{} {}{cut}", f.kind().as_str(), short)
            })
        };
        for id in &d.added {
            text += &format!("+ {id}  {}\n", line(&b, id));
        }
        for id in &d.removed {
            text += &format!("- {id}  {}\n", line(&a, id));
        }
        for c in &d.changed {
            let fields: Vec<String> = c
                .fields
                .iter()
                .map(|(k, v)| {
                    let short = |x: &serde_json::Value| {
                        let s = x.to_string();
                        if s.chars().count() > 60 {
                            s.chars().take(59).collect::<String>() + "…"
                        } else {
                            s
                        }
                    };
                    format!("{k} {} → {}", short(&v.before), short(&v.after))
                })
                .collect();
            text += &format!("~ {}  {}\n", c.id, fields.join("; "));
        }
        out.write_all(text.as_bytes()).map_err(|e| e.to_string())
    }

    fn dump(file: &Path) -> Result<(), String> {
        let b = read_bundle(file)?;
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &bundle::view::view(&b))
            .map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())
    }
}
