//! phiguard as a library: find inputs, adapt them into one graph, run the rules.
//!
//! The `phiguard` binary is a thin command line over [`scan`].

pub mod baseline;
pub mod catalog;
pub mod config;
pub mod coverage;
pub mod diff;
pub mod help;
pub mod history;
pub mod inline;
pub mod inputs;
pub mod policy;
pub mod progress;
mod scan;

pub use scan::{ScanOptions, scan, scan_with_progress};

/// A sentence of phiguard's own for a person (an error, a notice): a message id of
/// `cli.ftl` and its arguments. It displays in English, as the English message formats
/// it; the command line shows it in the chosen language with [`Said::tr`]. Arguments are
/// identifiers, paths, values and error texts of the OS or a parser, never English words.
#[derive(Clone, Debug)]
pub struct Said {
    /// The message id.
    pub id: &'static str,
    /// The arguments.
    pub args: Vec<(&'static str, String)>,
    /// Further sentences, each on its own indented line (argument `list`).
    pub list: Vec<Said>,
}

impl Said {
    /// Message `id` with `args`.
    pub fn new(id: &'static str, args: &[(&'static str, &dyn std::fmt::Display)]) -> Self {
        let args = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        Self {
            id,
            args,
            list: Vec::new(),
        }
    }

    /// The sentence in `tr`'s language.
    pub fn tr(&self, tr: phiguard_i18n::Tr) -> String {
        let list: String = self
            .list
            .iter()
            .map(|s| format!("\n  {}", s.tr(tr)))
            .collect();
        let mut args: Vec<_> = self
            .args
            .iter()
            .map(|(k, v)| (*k, v.as_str().into()))
            .collect();
        args.push(("list", list.into()));
        tr.args(self.id, &args)
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.tr(phiguard_i18n::Tr::default()))
    }
}

impl std::error::Error for Said {}
