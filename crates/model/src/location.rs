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

/// Where a live resource was read: its ARN, account and region.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Live {
    /// The resource's ARN (its identity).
    pub arn: String,
    /// The account it was read from.
    pub account: String,
    /// The region it was read from (`global` for global services such as IAM).
    pub region: String,
}

/// Where a resource is defined: a file position, or an ARN for a live resource.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Defined in a file (template, `.tf`, plan).
    File(Location),
    /// Read from a live account (or a saved inventory of one).
    Arn(Live),
}

impl Origin {
    /// A live origin from an ARN alone (account and region taken from the ARN when it
    /// has them).
    pub fn arn(arn: impl Into<String>) -> Self {
        let arn = arn.into();
        let mut parts = arn.splitn(6, ':');
        let region = parts.nth(3).unwrap_or_default().to_string();
        let account = parts.next().unwrap_or_default().to_string();
        Origin::Arn(Live {
            arn,
            account,
            region,
        })
    }

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
            Origin::Arn(l) => f.write_str(&l.arn),
        }
    }
}
