//! `factpack-bench`: the compiler's speed and the widget's large bundle, for
//! `make bench`.
//!
//!   factpack-bench bench [--mb 50] [--corpus DIR] [--compiler PATH]
//!   factpack-bench synth --facts N -o FILE [--seed S]

use clap::{Parser, Subcommand};
use factpack::bundle;
use factpack_support::corpus;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "factpack-bench", about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Measure compile speed and peak memory of the `factpack` binary on a
    /// generated corpus, with one thread and with every core.
    Bench {
        /// Size of the generated corpus in megabytes.
        #[arg(long, default_value_t = 50)]
        mb: u64,
        /// Where the corpus is generated (kept for later runs).
        #[arg(long, default_value = "target/bench-corpus")]
        corpus: PathBuf,
        /// The `factpack` binary to measure (default: the one next to this command).
        #[arg(long)]
        compiler: Option<PathBuf>,
    },
    /// Write a generated corpus of articles (about only `--orgs` companies,
    /// when given) into a folder.
    Corpus {
        #[arg(long)]
        mb: u64,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long)]
        orgs: Option<usize>,
        #[arg(long, default_value_t = 0x5eed)]
        seed: u64,
    },
    /// Write a bundle of exactly N facts compiled from generated articles
    /// (for the widget's benchmark).
    Synth {
        #[arg(long)]
        facts: usize,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long, default_value_t = 0x5eed)]
        seed: u64,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Bench {
            mb,
            corpus,
            compiler,
        } => compiler
            .map_or_else(sibling_compiler, Ok)
            .and_then(|c| bench(mb, &corpus, &c)),
        Command::Synth {
            facts,
            output,
            seed,
        } => synth(facts, &output, seed),
        Command::Corpus {
            mb,
            output,
            orgs,
            seed,
        } => {
            let r = orgs.map_or_else(|| corpus::Rng::new(seed), |n| corpus::Rng::about(seed, n));
            corpus::generate_with(&output, mb * 1_000_000, r)
                .map(|(files, bytes)| {
                    eprintln!(
                        "wrote {files} articles, {bytes} bytes, to {}",
                        output.display()
                    )
                })
                .map_err(|e| format!("{}: {e}", output.display()))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The `factpack` binary in this command's own folder (cargo builds both there).
fn sibling_compiler() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let c = exe.with_file_name(format!("factpack{}", std::env::consts::EXE_SUFFIX));
    if c.is_file() {
        Ok(c)
    } else {
        Err(format!(
            "{}: no factpack binary here; build it or pass --compiler",
            c.display()
        ))
    }
}

/// Generate the corpus if needed, then compile it with one thread and with
/// every core, each in a fresh `factpack build --stats` process so that peak
/// memory is its own. Prints a Markdown table.
fn bench(mb: u64, dir: &Path, compiler: &Path) -> Result<(), String> {
    let want = mb * 1_000_000;
    let have: u64 = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok()?.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    if have < want {
        let _ = std::fs::remove_dir_all(dir);
        eprintln!("generating a {mb} MB corpus in {} …", dir.display());
        corpus::generate(dir, want, 0x5eed).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let out = std::env::temp_dir().join(format!("factpack-bench-{}.fpk", std::process::id()));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut threads = vec![1];
    if cores > 1 {
        threads.push(cores);
    }
    println!("| threads | corpus MB | seconds | MB/s | peak memory MB | facts |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for n in threads {
        let run = std::process::Command::new(compiler)
            .args([
                "build",
                &dir.to_string_lossy(),
                "-o",
                &out.to_string_lossy(),
                "--stats",
                "--jobs",
                &n.to_string(),
                // Every article compiled: the records of a cache are another figure.
                "--no-cache",
            ])
            .output()
            .map_err(|e| format!("{}: {e}", compiler.display()))?;
        let err = String::from_utf8_lossy(&run.stderr);
        // A corpus whose bundle is over the format's limit (about 1.3 bytes
        // of bundle per byte of generated text: 1 GB gives 1.3 GB) compiles,
        // and the build says what that took before it refuses to write.
        let refused = (!run.status.success())
            .then(|| err.lines().find(|l| l.contains("exceeds the limit")))
            .flatten();
        if !run.status.success() && refused.is_none() {
            return Err(format!("benchmark build failed: {err}"));
        }
        let (stats, facts) = match (parse_stats(&err), refused) {
            (Some((stats, _)), Some(why)) => (
                stats,
                format!("none written: {}", why.rsplit(": ").next().unwrap_or(why)),
            ),
            (Some((stats, facts)), None) => (stats, facts.to_string()),
            (None, _) => return Err(format!("no stats line in: {err}")),
        };
        // stats: MB, seconds, MB/s, peak MB
        println!(
            "| {n} | {:.1} | {:.2} | {:.2} | {:.0} | {facts} |",
            stats[0], stats[1], stats[2], stats[3]
        );
    }
    let _ = std::fs::remove_file(&out);
    Ok(())
}

/// The numbers of `factpack build --stats`'s stats line (MB, seconds, MB/s,
/// peak MB, threads) and the fact count of its summary line.
fn parse_stats(stderr: &str) -> Option<(Vec<f64>, u64)> {
    let stats = stderr.lines().find(|l| l.starts_with("stats:"))?;
    let nums: Vec<f64> = stats
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|x| x.parse().ok())
        .collect();
    if nums.len() < 4 {
        return None;
    }
    let facts = stderr
        .lines()
        .find_map(|l| {
            l.split(", ").find_map(|p| {
                p.strip_suffix(" facts")
                    .and_then(|x| x.split_whitespace().last()?.parse::<u64>().ok())
            })
        })
        .unwrap_or(0);
    Some((nums, facts))
}

fn synth(facts: usize, output: &Path, seed: u64) -> Result<(), String> {
    let b = corpus::bundle_of(facts, seed).map_err(|e| e.to_string())?;
    let bytes = bundle::encode(&b).map_err(|e| format!("{}: {e}", output.display()))?;
    factpack::atomic::write(output, &bytes)
        .map_err(|e| format!("{}: cannot write bundle: {e}", output.display()))?;
    eprintln!(
        "wrote {} ({} bytes): {} facts, {} entities",
        output.display(),
        bytes.len(),
        b.facts.len(),
        b.entities.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn stats_lines() {
        let err = "wrote x.fpk (10 bytes): 3 articles, 42 facts, 7 entities, 0 disagreements\n\
                   stages: read 0.01 s\n\
                   stats: 10.0 MB in 2.5000 s = 4.00 MB/s, peak memory 120 MB, 1 threads\n";
        let (nums, facts) = super::parse_stats(err).unwrap();
        assert_eq!(&nums[..4], &[10.0, 2.5, 4.0, 120.0]);
        assert_eq!(facts, 42);
        assert!(super::parse_stats("wrote x.fpk: 3 facts\n").is_none());
    }
}
