//! Problems found while reading inputs.

use crate::Location;
use serde::Serialize;
use std::fmt;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The file (or part of it) could not be read.
    Error,
    /// Read, with a caveat.
    Warning,
}

/// A located problem with an input file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub level: Level,
    /// What went wrong, in one sentence.
    pub message: String,
    /// The file the problem is in.
    pub file: String,
    /// Where in the file, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

impl Diagnostic {
    /// An error in `file`, at `location` when known.
    pub fn error(file: &str, location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            level: Level::Error,
            message: message.into(),
            file: file.to_string(),
            location,
        }
    }

    /// A warning in `file`, at `location` when known.
    pub fn warning(file: &str, location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            level: Level::Warning,
            message: message.into(),
            file: file.to_string(),
            location,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        match &self.location {
            Some(l) => write!(f, "{level}: {l}: {}", self.message),
            None => write!(f, "{level}: {}: {}", self.file, self.message),
        }
    }
}
