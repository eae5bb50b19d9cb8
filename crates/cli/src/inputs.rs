//! Input formats: which files a scan reads and which adapter reads them. A new input
//! format is one more [`InputKind`] and one more arm in [`read_file`].

use phiguard_model::{Diagnostic, Location, Unit};
use std::path::Path;
use std::sync::Arc;

/// An input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum InputKind {
    /// CloudFormation or SAM template (YAML or JSON).
    Cloudformation,
}

impl InputKind {
    /// Name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Cloudformation => "cloudformation",
        }
    }
}

/// Files larger than this are reported, not read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The input kind a file may be, from its name (content is checked when read).
pub fn candidate(path: &Path) -> Option<InputKind> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    [".yaml", ".yml", ".json", ".template"]
        .iter()
        .any(|e| name.ends_with(e))
        .then_some(InputKind::Cloudformation)
}

/// Reads one file of a known kind. `Ok(None)`: not an input of that kind (skipped quietly).
pub fn read_file(
    kind: InputKind,
    path: &str,
    text: &str,
    opts: &crate::ScanOptions,
) -> Result<Option<Unit>, Diagnostic> {
    match kind {
        InputKind::Cloudformation => {
            phiguard_cloudformation::read(path, text, &opts.cloudformation)
        }
    }
}

/// A located error for a file that cannot be read at all.
pub fn unreadable(path: &str, why: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        path,
        Some(Location::new(Arc::from(path), 1, 1)),
        format!("cannot read file: {why}"),
    )
}
