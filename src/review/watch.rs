//! Rebuild when an article or the curation file changes (`notify`): shared by
//! `factpack build --watch` and `factpack review`.

use notify::{RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

/// Changes settle when nothing more changed for this long (an editor's save
/// is often a write, a rename and a metadata change).
const QUIET: Duration = Duration::from_millis(150);

/// Watches an articles folder and a curation file.
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
    rx: Receiver<Change>,
}

/// What changed: the articles (compile again), the curation file (apply it again).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Change {
    pub articles: bool,
    pub curation: bool,
}

/// What a change to `path` touches: an article of the folder, the curation file, or nothing.
fn touches(path: &Path, dir: &Path, curation: &Path) -> Change {
    Change {
        curation: path == curation,
        articles: path.parent() == Some(dir) && crate::compiler::read::is_article(path),
    }
}

impl Watch {
    /// Watch `dir` (its articles) and the curation file (which may be
    /// elsewhere, and need not exist yet).
    pub fn new(dir: &Path, curation: &Path) -> Result<Watch, String> {
        // Real paths (symbolic links resolved), as the OS reports changes:
        // the folders exist; the curation file need not.
        let real = |p: &Path| {
            std::fs::canonicalize(p).map_err(|e| format!("cannot watch {}: {e}", p.display()))
        };
        let dir = real(dir)?;
        let cparent = match curation.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let curation = real(cparent)?.join(curation.file_name().unwrap_or_default());
        let (tx, rx) = channel();
        let (d, c) = (dir.clone(), curation.clone());
        let mut watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
            let Ok(ev) = ev else { return };
            if matches!(ev.kind, notify::EventKind::Access(_)) {
                return;
            }
            for p in &ev.paths {
                let t = touches(p, &d, &c);
                if t != Change::default() {
                    let _ = tx.send(t);
                }
            }
        })
        .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        watcher
            .watch(&dir, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        let cdir: PathBuf = curation.parent().map_or(dir.clone(), Path::to_path_buf);
        if cdir != dir {
            watcher
                .watch(&cdir, RecursiveMode::NonRecursive)
                .map_err(|e| format!("cannot watch {}: {e}", cdir.display()))?;
        }
        Ok(Watch {
            _watcher: watcher,
            rx,
        })
    }

    /// What changed, waiting at most `wait` for a first change; when one
    /// came, waits until the changes settle. `None`: nothing changed.
    pub fn changed(&self, wait: Duration) -> Option<Change> {
        let mut c = match self.rx.recv_timeout(wait) {
            Ok(c) => c,
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return None,
        };
        while let Ok(more) = self.rx.recv_timeout(QUIET) {
            c.articles |= more.articles;
            c.curation |= more.curation;
        }
        Some(c)
    }
}
