//! Where a resource or value came from.

use serde::Serialize;
use std::fmt;
use std::sync::Arc;

/// A position in an input file (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Location {
    /// Path of the file, as given to the scan (relative where the user gave a relative path).
    pub file: Arc<str>,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

impl Location {
    /// A location in `file` at `line`:`column` (both 1-based).
    pub fn new(file: Arc<str>, line: u32, column: u32) -> Self {
        Self { file, line, column }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// Where a resource is defined: a file position, or an ARN for a live resource.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Defined in a file (template, `.tf`, plan).
    File(Location),
    /// Read from a live account.
    Arn(String),
}

impl Origin {
    /// The file location, if the resource came from a file.
    pub fn location(&self) -> Option<&Location> {
        match self {
            Origin::File(l) => Some(l),
            Origin::Arn(_) => None,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(l) => l.fmt(f),
            Origin::Arn(a) => f.write_str(a),
        }
    }
}
