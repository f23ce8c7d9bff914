//! The `factpack` command: compile articles into a fact bundle, and print a
//! bundle as JSON.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use clap::{Parser, Subcommand};
    use factpack::{bundle, compiler, json};
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
        },
        /// Print a bundle as JSON (the documented JSON view).
        Dump {
            /// Bundle file.
            file: PathBuf,
        },
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        let result = match cli.command {
            Command::Build { dir, output } => build(&dir, &output),
            Command::Dump { file } => dump(&file),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                eprintln!("error: {msg}");
                ExitCode::FAILURE
            }
        }
    }

    fn build(dir: &Path, output: &Path) -> Result<(), String> {
        let compiled = compiler::compile_dir(dir).map_err(|e| e.to_string())?;
        for w in &compiled.warnings {
            eprintln!("warning: {w}");
        }
        let bytes = bundle::encode(&compiled.bundle).map_err(|e| format!("{}: {e}", output.display()))?;
        write_atomic(output, &bytes).map_err(|e| format!("{}: cannot write bundle: {e}", output.display()))?;
        let b = &compiled.bundle;
        eprintln!(
            "wrote {} ({} bytes): {} articles, {} facts, {} entities, {} disagreements",
            output.display(),
            bytes.len(),
            b.articles.len(),
            b.facts.len(),
            b.entities.len(),
            b.disagreements.len()
        );
        Ok(())
    }

    /// Write through a temporary file in the same folder, then rename: readers
    /// see the old bundle or the new one, never half of one.
    fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(parent)?;
        let mut tmp = tempfile::NamedTempFile::new_in(parent)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }

    fn dump(file: &Path) -> Result<(), String> {
        let bytes = std::fs::read(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
        let b = bundle::decode(&bytes).map_err(|e| format!("{}: {e}", file.display()))?;
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &json::to_json(&b)).map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())
    }
}
