//! Reading a configuration's files from the file system, only inside the scan root.
//!
//! A configuration under review may be hostile (a pull request): `file("/proc/self/environ")`,
//! a symlink to the runner's home, `file("/dev/zero")` or a named pipe must neither leak
//! the runner's data into the report nor stall the scan. Every path is canonicalised
//! (resolving `..` and symlinks) and must lie inside the scan root; only regular files
//! are read, up to a size limit, and they are opened without blocking so a FIFO swapped
//! in after the check cannot hang the read.

use crate::module::Loader;
use phiguard_model::MessagePart;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Configuration files (`.tf`, `.tfvars`) larger than this are not read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Files read by `file()`, `templatefile()` and the other file functions larger than this
/// are not read.
pub const MAX_DATA_BYTES: u64 = 4 * 1024 * 1024;

/// Folders of the running system, never read even under an explicit `--root /`.
const SYSTEM: &[&str] = &["/proc", "/sys", "/dev"];

/// Reads module directories and files from the file system, inside a root directory.
pub struct FsLoader {
    /// The canonical scan root.
    root: PathBuf,
}

impl FsLoader {
    /// A loader confined to `root` (canonicalised; a root that does not exist confines
    /// to nothing that exists).
    pub fn new(root: &Path) -> Self {
        let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        Self { root }
    }

    /// The canonical scan root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The canonical form of `path`, if it lies inside the root.
    fn inside(&self, path: &Path) -> Result<PathBuf, String> {
        let real = std::fs::canonicalize(path).map_err(|e| e.to_string())?;
        if SYSTEM.iter().any(|s| real.starts_with(s)) {
            return Err(format!(
                "it is a system file ({}), never read",
                real.display()
            ));
        }
        if real.starts_with(&self.root) {
            Ok(real)
        } else {
            let via = if path.is_absolute() && real == crate::normalize(path) {
                String::new()
            } else {
                format!(" (it resolves to {})", real.display())
            };
            Err(format!(
                "it is outside the scanned tree {}{via}{OUTSIDE_END}",
                self.root.display()
            ))
        }
    }
}

impl Loader for FsLoader {
    fn list(&self, dir: &Path) -> Result<Vec<PathBuf>, String> {
        self.inside(dir)?;
        let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        out.sort();
        Ok(out)
    }

    fn read(&self, path: &Path) -> Result<String, String> {
        read_regular(&self.inside(path)?, MAX_FILE_BYTES)
    }

    fn read_data(&self, path: &Path) -> Result<String, String> {
        read_regular(&self.inside(path)?, MAX_DATA_BYTES)
    }

    fn read_given(&self, path: &Path) -> Result<String, String> {
        read_regular(path, MAX_FILE_BYTES)
    }
}

/// Reads a regular file of at most `limit` bytes as UTF-8 text. Devices, FIFOs and
/// sockets are refused without blocking.
pub fn read_regular(path: &Path, limit: u64) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    check_type(&meta)?;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO put in place after the check above must not block the open.
        opts.custom_flags(libc::O_NONBLOCK);
    }
    let file = opts.open(path).map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    check_type(&meta)?;
    if meta.len() > limit {
        return Err(format!(
            "it is {} bytes, over the {limit} byte limit",
            meta.len()
        ));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > limit {
        return Err(format!("it is over the {limit} byte limit"));
    }
    String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_string())
}

fn check_type(meta: &std::fs::Metadata) -> Result<(), String> {
    if meta.is_file() {
        return Ok(());
    }
    let what = if meta.is_dir() {
        "a directory"
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            let t = meta.file_type();
            if t.is_fifo() {
                "a named pipe"
            } else if t.is_socket() {
                "a socket"
            } else if t.is_char_device() || t.is_block_device() {
                "a device"
            } else {
                "not a regular file"
            }
        }
        #[cfg(not(unix))]
        {
            "not a regular file"
        }
    };
    Err(format!("it is {what}, not a regular file"))
}

/// The end of a refusal of a file outside the scan root.
const OUTSIDE_END: &str = "; only files under the scan root are read (set it with --root)";

/// A refusal written by this module as a Fluent message (`refusal-*`, `diagnostics.ftl`),
/// read back from its text so that it says exactly that text in English; `None` for the
/// system's own error text, which is shown as it is.
pub fn refusal_l10n(e: &str) -> Option<MessagePart> {
    const FIXED: &[(&str, &str)] = &[
        ("refusal-not-utf8", "it is not UTF-8 text"),
        ("refusal-directory", "it is a directory, not a regular file"),
        (
            "refusal-named-pipe",
            "it is a named pipe, not a regular file",
        ),
        ("refusal-socket", "it is a socket, not a regular file"),
        ("refusal-device", "it is a device, not a regular file"),
    ];
    if let Some(&(id, _)) = FIXED.iter().find(|(_, t)| *t == e) {
        return Some(MessagePart::new(id, &[]));
    }
    if let Some(path) = e
        .strip_prefix("it is a system file (")
        .and_then(|r| r.strip_suffix("), never read"))
    {
        return Some(MessagePart::new("refusal-system-file", &[("path", path)]));
    }
    if let Some(rest) = e
        .strip_prefix("it is outside the scanned tree ")
        .and_then(|r| r.strip_suffix(OUTSIDE_END))
    {
        return Some(match rest.split_once(" (it resolves to ") {
            Some((root, real)) if real.ends_with(')') => MessagePart::new(
                "refusal-outside-via",
                &[("root", root), ("real", &real[..real.len() - 1])],
            ),
            _ => MessagePart::new("refusal-outside", &[("root", rest)]),
        });
    }
    let sized = e.strip_prefix("it is ")?.strip_suffix(" byte limit")?;
    Some(match sized.strip_prefix("over the ") {
        Some(limit) => MessagePart::new("refusal-over-limit", &[("limit", limit)]),
        None => {
            let (size, limit) = sized.split_once(" bytes, over the ")?;
            MessagePart::new("refusal-too-large", &[("size", size), ("limit", limit)])
        }
    })
}

/// `part` with the argument `error`: a refusal's own message when this module wrote it
/// ([`refusal_l10n`]), else the error text.
pub fn with_error(mut part: MessagePart, e: &str) -> MessagePart {
    match refusal_l10n(e) {
        Some(refusal) => part.with("error", refusal),
        None => {
            part.args.push(("error", e.to_string()));
            part
        }
    }
}

/// The scan root for `paths`: their deepest common ancestor directory, widened to the
/// enclosing repository (the nearest ancestor holding `.git`), so that a root module
/// scanned on its own still reads `../../modules/x` of its repository.
pub fn scan_root(paths: &[PathBuf]) -> PathBuf {
    let mut common: Option<PathBuf> = None;
    for p in paths {
        let Ok(real) = std::fs::canonicalize(p) else {
            continue;
        };
        let dir = if real.is_dir() {
            real
        } else {
            real.parent().map(Path::to_path_buf).unwrap_or(real)
        };
        common = Some(match common {
            None => dir,
            Some(c) => c
                .ancestors()
                .find(|a| dir.starts_with(a))
                .map(Path::to_path_buf)
                .unwrap_or_default(),
        });
    }
    let common = common.unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
    common
        .ancestors()
        .find(|a| a.join(".git").exists())
        .map(Path::to_path_buf)
        .unwrap_or(common)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn tree() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("repo");
        std::fs::create_dir_all(root.join("mod")).unwrap();
        std::fs::write(root.join("mod/ok.txt"), "fine").unwrap();
        std::fs::write(dir.path().join("outside.txt"), "OUTSIDE-SECRET").unwrap();
        (dir, root)
    }

    #[test]
    fn reads_regular_files_inside_the_root() {
        let (_d, root) = tree();
        let l = FsLoader::new(&root);
        assert_eq!(l.read_data(&root.join("mod/ok.txt")).unwrap(), "fine");
        assert_eq!(
            l.read_data(&root.join("mod/../mod/ok.txt")).unwrap(),
            "fine"
        );
    }

    #[test]
    fn refuses_dot_dot_and_symlinks_that_leave_the_root() {
        let (d, root) = tree();
        let l = FsLoader::new(&root);
        let e = l.read_data(&root.join("../outside.txt")).unwrap_err();
        assert!(e.contains("outside the scanned tree"), "{e}");
        std::os::unix::fs::symlink(d.path().join("outside.txt"), root.join("link.txt")).unwrap();
        let e = l.read_data(&root.join("link.txt")).unwrap_err();
        assert!(
            e.contains("outside the scanned tree") && e.contains("resolves to"),
            "{e}"
        );
        std::os::unix::fs::symlink(d.path(), root.join("up")).unwrap();
        assert!(l.list(&root.join("up")).is_err());
        assert!(l.read(&root.join("up/outside.txt")).is_err());
    }

    #[test]
    fn refuses_system_files_even_under_root_slash() {
        let l = FsLoader::new(Path::new("/"));
        for p in ["/proc/self/environ", "/dev/zero"] {
            let e = l.read_data(Path::new(p)).unwrap_err();
            assert!(e.contains("system file"), "{p}: {e}");
        }
    }

    #[test]
    fn refuses_devices_fifos_and_large_files_without_blocking() {
        let e = read_regular(Path::new("/dev/zero"), MAX_DATA_BYTES).unwrap_err();
        assert!(e.contains("a device"), "{e}");
        let (_d, root) = tree();
        let fifo = root.join("pipe");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = FsLoader::new(&root).read_data(&fifo).unwrap_err();
        assert!(e.contains("a named pipe"), "{e}");
        let big = root.join("big.txt");
        std::fs::write(&big, "x".repeat(MAX_DATA_BYTES as usize + 1)).unwrap();
        let e = FsLoader::new(&root).read_data(&big).unwrap_err();
        assert!(e.contains("byte limit"), "{e}");
        assert!(FsLoader::new(&root).read(&big).is_ok());
    }

    #[test]
    fn the_root_is_the_enclosing_repository() {
        let (_d, root) = tree();
        let real = std::fs::canonicalize(&root).unwrap();
        assert_eq!(scan_root(&[root.join("mod")]), real.join("mod"));
        assert_eq!(
            scan_root(&[root.join("mod/ok.txt"), root.join("mod")]),
            real.join("mod")
        );
        std::fs::create_dir(root.join(".git")).unwrap();
        assert_eq!(scan_root(&[root.join("mod")]), real);
    }
}
