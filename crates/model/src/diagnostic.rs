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

/// One sentence of a message for people as a Fluent message (phiguard-i18n): its id and
/// arguments, whose English formatting is exactly the English sentence (tests check this).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessagePart {
    /// The message id (`s3-encryption-declared`).
    pub id: &'static str,
    /// Named arguments; values are identifiers or names from the input, never English.
    pub args: Vec<(&'static str, String)>,
    /// Named arguments whose value is itself a Fluent message id (an English phrase a rule
    /// passes to a shared helper, such as `require_true`'s `what`), rendered in the
    /// report's language before being inserted.
    pub refs: Vec<(&'static str, &'static str)>,
    /// Named arguments whose value is itself a message with arguments (why a value is
    /// unknown, a refusal), rendered in the report's language before being inserted.
    pub nested: Vec<(&'static str, MessagePart)>,
}

impl MessagePart {
    /// Message `id` with `args`.
    pub fn new(id: &'static str, args: &[(&'static str, &str)]) -> Self {
        Self {
            id,
            args: args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            refs: Vec::new(),
            nested: Vec::new(),
        }
    }

    /// Adds argument `name`, said by the message `part`.
    pub fn with(mut self, name: &'static str, part: MessagePart) -> Self {
        self.nested.push((name, part));
        self
    }

    /// Whether this message, its references and its nested messages all satisfy `has`
    /// (are translated in a language).
    pub fn all_ids(&self, has: &dyn Fn(&str) -> bool) -> bool {
        has(self.id)
            && self.refs.iter().all(|(_, r)| has(r))
            && self.nested.iter().all(|(_, p)| p.all_ids(has))
    }
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
    /// `message` as a Fluent message (phiguard-i18n `diagnostics.ftl`) for translated
    /// reports; `None` shows `message` in English.
    /// (Boxed: a `Result<_, Diagnostic>` stays small.)
    #[serde(skip)]
    pub l10n: Option<Box<MessagePart>>,
}

impl Diagnostic {
    /// An error in `file`, at `location` when known.
    pub fn error(file: &str, location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            level: Level::Error,
            message: message.into(),
            file: file.to_string(),
            location,
            l10n: None,
        }
    }

    /// A warning in `file`, at `location` when known.
    pub fn warning(file: &str, location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            level: Level::Warning,
            message: message.into(),
            file: file.to_string(),
            location,
            l10n: None,
        }
    }
}

impl Diagnostic {
    /// Says `message` as Fluent message `id` with `args` (the English message is kept).
    pub fn l10n(mut self, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        self.l10n = Some(Box::new(MessagePart::new(id, args)));
        self
    }

    /// Like [`Diagnostic::l10n`], with argument `name` said by the message `part`.
    pub fn l10n_with(
        self,
        id: &'static str,
        args: &[(&'static str, &str)],
        name: &'static str,
        part: MessagePart,
    ) -> Self {
        let mut d = self.l10n(id, args);
        d.l10n = d.l10n.map(|p| Box::new((*p).with(name, part)));
        d
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
