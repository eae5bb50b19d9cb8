//! Custom rules written in Rego and evaluated with `regorus`.
//!
//! A policy folder holds `.rego` files (`*_test.rego` are left out, as OPA does); each file
//! is one rule: a package with a `metadata` object (its documentation) and a `results`
//! set (its verdicts), over the `input` document of [`input::document`]. The contract is
//! written down in `docs/custom-rules.md`.
//!
//! Loaded rules are ordinary [`Rule`]s (leaked once per load, as a command line can
//! afford) whose check is [`Check::Custom`]: one evaluation per rule and scan over every
//! resource. A policy that cannot be loaded or that fails while judging is an error with
//! the file and line regorus reports; the other rules still run.

pub mod input;
mod load;
mod results;

pub use load::{PolicySet, load_dirs, load_sources};

use phiguard_model::{Diagnostic, Location};

/// A located error for a policy file: `file:line:col` when the message starts with one
/// (as regorus's do), else the line given, else the file alone.
fn located(file: &str, line: Option<u32>, message: &str) -> Diagnostic {
    let location =
        regorus_location(file, message).or_else(|| line.map(|l| Location::new(file.into(), l, 1)));
    // regorus's messages point at the place (`--> file:line:col`), quote the source and
    // end with `error: what`; the `error:` line says it.
    let what = message
        .lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix("error:"))
        .or_else(|| message.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or(message)
        .trim();
    Diagnostic::error(file, location, format!("custom rule not run: {what}"))
}

/// [`located`] for an error text of the Rego engine (or of a JSON conversion), which is
/// an argument of the Fluent form, never translated.
fn engine_error(file: &str, line: Option<u32>, message: &str) -> Diagnostic {
    let d = located(file, line, message);
    let what = d
        .message
        .strip_prefix("custom rule not run: ")
        .unwrap_or_default()
        .to_string();
    d.l10n("diag-policy-error", &[("error", &what)])
}

/// The `file:line:col` at the start of a regorus message about `file`, if there is one.
fn regorus_location(file: &str, message: &str) -> Option<Location> {
    let rest = message
        .find(&format!("{file}:"))
        .map(|i| &message[i + file.len() + 1..])?;
    let number = |s: &str| -> Option<u32> {
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    };
    let (line, rest) = rest.split_once(':')?;
    let line = number(line)?;
    let column = number(rest)?;
    Some(Location::new(file.into(), line, column))
}

/// The 1-based line where a top-level rule named `name` is first written in `text`.
fn line_of(text: &str, name: &str) -> Option<u32> {
    text.lines()
        .position(|l| {
            l.strip_prefix(name).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with(":=")
                    || rest.starts_with('=')
                    || rest.starts_with("contains")
                    || rest.starts_with("if")
                    || rest.starts_with('[')
                    || rest.starts_with('{')
            })
        })
        .map(|i| i as u32 + 1)
}
