//! Atomic file writes with the permissions any ordinary tool would give.
//!
//! A file is written to a temporary file in the same folder, synced, then
//! renamed over the target: readers see the old content or the new, never
//! half of it. The mode follows the usual rule rather than the temporary
//! file's private `0600`:
//! - a new file gets `0666` minus the process's umask (`0644` under `022`,
//!   `0664` under `002`), exactly as `open(2)` with `O_CREAT` would give it;
//! - a file that is replaced keeps its previous mode (a `0664` page stays
//!   `0664`, a `0600` one stays private).

use std::fs::Permissions;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Write `bytes` to `path` atomically; creates the parent folder if needed.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent)?;
    // The mode of the file being replaced, if there is one.
    let previous = std::fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o7777);
    // 0666 asked of open(2): the kernel applies the umask, as for any new file.
    let mut tmp = tempfile::Builder::new()
        .prefix(".factpack-")
        .permissions(Permissions::from_mode(0o666))
        .tempfile_in(parent)?;
    if let Some(mode) = previous {
        // An explicit chmod is not masked: the replaced file's mode exactly.
        tmp.as_file()
            .set_permissions(Permissions::from_mode(mode))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn replaced_files_keep_their_mode_and_content_is_whole() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("page.html");
        for m in [0o664, 0o600, 0o640] {
            std::fs::write(&f, "old").unwrap();
            std::fs::set_permissions(&f, Permissions::from_mode(m)).unwrap();
            write(&f, b"new").unwrap();
            assert_eq!(mode(&f), m);
            assert_eq!(std::fs::read(&f).unwrap(), b"new");
        }
        // Nothing but the file itself is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_new_file_is_not_private() {
        // Whatever the umask of the test process, group or others can read a
        // new file unless the umask forbids it; never the temporary 0600.
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("sub/new.fpk");
        write(&f, b"x").unwrap();
        let probe = dir.path().join("probe");
        std::fs::write(&probe, b"").unwrap();
        assert_eq!(
            mode(&f),
            mode(&probe),
            "same mode as a file made by std::fs::write"
        );
    }
}
