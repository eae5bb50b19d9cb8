//! Suppressions: findings a team has accepted, with a reason, an owner and an expiry.
//!
//! A suppression comes from the configuration (`[[suppress]]` in `phiguard.toml`, matched
//! by rule, resource glob and file glob) or sits where the finding lives (CloudFormation
//! `Metadata`, a Terraform comment; matched to the resource it is written on). [`apply`]
//! marks each failing finding it covers as suppressed, keeps failing the findings whose
//! suppression has expired (saying when it expired), and warns about suppressions that
//! cover nothing (stale) or have expired.

use crate::{Finding, Verdict};
use globset::{Glob, GlobBuilder, GlobMatcher};
use phiguard_model::{Diagnostic, Location};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

/// A calendar date (`2027-03-31`), for expiries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD` (a real calendar date).
    pub fn parse(s: &str) -> Option<Date> {
        let fmt = time::macros::format_description!("[year]-[month]-[day]");
        let d = time::Date::parse(s.trim(), &fmt).ok()?;
        Some(Date {
            year: d.year(),
            month: d.month() as u8,
            day: d.day(),
        })
    }

    /// Today in UTC, from the wall clock. Callers that must be reproducible (tests, the
    /// CLI's `--now`/`PHIGUARD_NOW`) pass a date instead.
    pub fn today() -> Date {
        let d = time::OffsetDateTime::now_utc().date();
        Date {
            year: d.year(),
            month: d.month() as u8,
            day: d.day(),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Accepts a string (`"2027-03-31"`) or a TOML date (`expires = 2027-03-31`, which the
/// `toml` crate hands over as a one-entry map).
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date such as 2027-03-31")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
                Date::parse(s).ok_or_else(|| {
                    E::custom(format!("expected a date such as 2027-03-31, got '{s}'"))
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Date, A::Error> {
                let Some((_, v)) = m.next_entry::<String, String>()? else {
                    return Err(serde::de::Error::custom(
                        "expected a date such as 2027-03-31",
                    ));
                };
                self.visit_str(&v)
            }
        }
        d.deserialize_any(V)
    }
}

/// Where a suppression is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    /// In the central configuration (`[[suppress]]`).
    Config {
        /// The configuration file.
        file: String,
        /// Line of the entry, when known.
        line: Option<u32>,
    },
    /// Next to the resource (CloudFormation `Metadata`, Terraform comment).
    Inline {
        /// The file.
        file: String,
        /// Line of the suppression.
        line: u32,
    },
}

impl Default for Source {
    fn default() -> Self {
        Source::Config {
            file: "configuration".into(),
            line: None,
        }
    }
}

impl Source {
    /// Whether the suppression sits next to the resource.
    pub fn is_inline(&self) -> bool {
        matches!(self, Source::Inline { .. })
    }

    fn location(&self) -> (String, Option<Location>) {
        match self {
            Source::Config { file, line } => (
                file.clone(),
                line.map(|l| Location::new(Arc::from(file.as_str()), l, 1)),
            ),
            Source::Inline { file, line } => (
                file.clone(),
                Some(Location::new(Arc::from(file.as_str()), *line, 1)),
            ),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Config {
                file,
                line: Some(l),
            } => write!(f, "{file}:{l}"),
            Source::Config { file, line: None } => f.write_str(file),
            Source::Inline { file, line } => write!(f, "inline at {file}:{line}"),
        }
    }
}

/// A suppression as written: in `[[suppress]]`, or inline (then `on` names the resource).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// Rule id.
    pub rule: String,
    /// Resource name (logical id, Terraform address, ARN) or glob (`aws_s3_bucket.logs*`);
    /// `*` or absent for every resource and for scan-level findings.
    #[serde(default)]
    pub resource: Option<String>,
    /// Glob on the file that defines the resource (`infra/legacy/**`).
    #[serde(default)]
    pub path: Option<String>,
    /// Why it is accepted.
    pub reason: String,
    /// The day the suppression stops suppressing (from that day on, UTC).
    #[serde(default)]
    pub expires: Option<Date>,
    /// Who accepted it.
    #[serde(default)]
    pub owner: Option<String>,
    /// Where it is written.
    #[serde(skip)]
    pub source: Source,
    /// For an inline suppression: the resource it is written on (file and line of the
    /// resource's definition).
    #[serde(skip)]
    pub on: Option<Location>,
}

/// The suppression a finding carries, as reports show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suppressed {
    /// Why it is accepted.
    pub reason: String,
    /// Who accepted it.
    pub owner: Option<String>,
    /// When it stops (or stopped) suppressing.
    pub expires: Option<Date>,
    /// Where it is written.
    pub source: Source,
}

impl Suppressed {
    /// Owner, expiry and origin in one parenthesis-free line: `owner: sec-team; expires
    /// 2027-03-31; phiguard.toml:7`.
    pub fn details(&self) -> String {
        let mut parts = Vec::new();
        if let Some(o) = &self.owner {
            parts.push(format!("owner: {o}"));
        }
        if let Some(e) = self.expires {
            parts.push(format!("expires {e}"));
        }
        parts.push(self.source.to_string());
        parts.join("; ")
    }

    /// Reason and details: `scratch data (owner: sec-team; expires 2027-03-31; phiguard.toml:7)`.
    pub fn describe(&self) -> String {
        format!("{} ({})", self.reason, self.details())
    }
}

impl From<&Suppression> for Suppressed {
    fn from(s: &Suppression) -> Self {
        Suppressed {
            reason: s.reason.clone(),
            owner: s.owner.clone(),
            expires: s.expires,
            source: s.source.clone(),
        }
    }
}

/// A compiled glob that also matches its pattern literally (Terraform addresses carry
/// `[0]` and `["key"]`, which are glob classes).
struct Pattern {
    text: String,
    glob: Option<GlobMatcher>,
}

impl Pattern {
    fn new(text: &str, literal_separator: bool) -> Self {
        let glob = GlobBuilder::new(text)
            .literal_separator(literal_separator)
            .build()
            .ok()
            .map(|g| g.compile_matcher());
        Pattern {
            text: text.to_string(),
            glob,
        }
    }

    fn matches(&self, s: &str) -> bool {
        self.text == s || self.glob.as_ref().is_some_and(|g| g.is_match(s))
    }
}

/// Whether `pattern` is a valid glob (configuration check).
pub fn glob_error(pattern: &str) -> Option<String> {
    Glob::new(pattern).err().map(|e| e.kind().to_string())
}

/// A path as compared with `path` globs: without a leading `./`.
fn normal(path: &str) -> &str {
    let mut p = path;
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    p
}

struct Matcher<'s> {
    s: &'s Suppression,
    resource: Option<Pattern>,
    path: Option<Pattern>,
}

impl Matcher<'_> {
    fn covers(&self, f: &Finding) -> bool {
        if !self.s.rule.eq_ignore_ascii_case(f.rule.id) {
            return false;
        }
        if let Some(on) = &self.s.on {
            return f
                .subject
                .as_ref()
                .and_then(|s| s.origin.location())
                .is_some_and(|l| l.file == on.file && l.line == on.line);
        }
        if let Some(p) = &self.resource {
            match &f.subject {
                Some(sub) if p.matches(&sub.name) => {}
                _ => return false,
            }
        }
        if let Some(p) = &self.path {
            let file = f
                .subject
                .as_ref()
                .and_then(|s| s.origin.location())
                .or(f.location.as_ref())
                .map(|l| l.file.clone());
            if !file.is_some_and(|file| p.matches(normal(&file))) {
                return false;
            }
        }
        true
    }
}

/// Applies `suppressions` to the failing findings as of `today`: the first suppression in
/// force that covers a finding suppresses it; an expired one that covers it is recorded
/// on it ([`Finding::expired_suppression`]) and the finding stays failing. Returns the
/// warnings: expired suppressions, and stale ones (covering no failing finding).
pub fn apply(
    findings: &mut [Finding],
    suppressions: &[Suppression],
    today: Date,
) -> Vec<Diagnostic> {
    let matchers: Vec<Matcher> = suppressions
        .iter()
        .map(|s| Matcher {
            s,
            resource: s
                .resource
                .as_deref()
                .filter(|r| *r != "*")
                .map(|r| Pattern::new(r, false)),
            path: s.path.as_deref().map(|p| Pattern::new(normal(p), true)),
        })
        .collect();
    let expired = |s: &Suppression| s.expires.is_some_and(|e| today >= e);
    // Inline suppressions by the resource they are written on, the others by rule.
    let mut inline: HashMap<(&str, u32), Vec<usize>> = HashMap::new();
    let mut central: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, m) in matchers.iter().enumerate() {
        match &m.s.on {
            Some(l) => inline.entry((&*l.file, l.line)).or_default().push(i),
            None => central
                .entry(m.s.rule.to_ascii_lowercase())
                .or_default()
                .push(i),
        }
    }
    let mut covered = vec![0usize; matchers.len()];
    for f in findings.iter_mut().filter(|f| f.verdict == Verdict::Fail) {
        let here = f
            .subject
            .as_ref()
            .and_then(|s| s.origin.location())
            .and_then(|l| inline.get(&(&*l.file, l.line)));
        let hits: Vec<usize> = central
            .get(f.rule.id)
            .into_iter()
            .flatten()
            .chain(here.into_iter().flatten())
            .copied()
            .filter(|&i| matchers[i].covers(f))
            .collect();
        for &i in &hits {
            covered[i] += 1;
        }
        match hits.iter().find(|&&i| !expired(matchers[i].s)) {
            Some(&i) => f.suppressed = Some(matchers[i].s.into()),
            None => f.expired_suppression = hits.first().map(|&i| matchers[i].s.into()),
        }
    }
    let mut out = Vec::new();
    for (m, n) in matchers.iter().zip(covered) {
        let s = m.s;
        let what = match (&s.on, s.resource.as_deref()) {
            (Some(_), _) => format!("the inline suppression of {}", s.rule),
            (None, Some(r)) if r != "*" => format!("the suppression of {} on '{r}'", s.rule),
            (None, _) => format!("the suppression of {}", s.rule),
        };
        // `what` for Fluent (`diag-suppression-what`): which kind, the rule, the resource.
        let (kind, resource) = match (&s.on, s.resource.as_deref()) {
            (Some(_), _) => ("inline", ""),
            (None, Some(r)) if r != "*" => ("resource", r),
            (None, _) => ("rule", ""),
        };
        let said = |id, date: &str, d: Diagnostic| {
            let count = n.to_string();
            d.l10n(
                id,
                &[
                    ("kind", kind),
                    ("rule", &s.rule),
                    ("resource", resource),
                    ("date", date),
                    ("count", &count),
                ],
            )
        };
        let (file, at) = s.source.location();
        if let Some(e) = s.expires.filter(|_| expired(s))
            && n == 0
        {
            out.push(said(
                "diag-suppression-expired-unused",
                &e.to_string(),
                Diagnostic::warning(
                    &file,
                    at,
                    format!("{what} expired on {e} and matches no failing finding; remove it"),
                ),
            ));
        } else if let Some(e) = s.expires.filter(|_| expired(s)) {
            let id = if n == 1 {
                "diag-suppression-expired-one"
            } else {
                "diag-suppression-expired-other"
            };
            out.push(said(id, &e.to_string(), Diagnostic::warning(
                &file,
                at,
                format!(
                    "{what} expired on {e}; the {n} failing finding{} it covered {} reported as failing again (renew it with a new expiry, or fix the finding)",
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "is" } else { "are" },
                ),
            )));
        } else if n == 0 {
            out.push(said("diag-suppression-stale", "", Diagnostic::warning(
                &file,
                at,
                format!(
                    "stale suppression: {what} matches no failing finding (the resource is gone or passes, or the rule does not judge it); remove it"
                ),
            )));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_order() {
        let a = Date::parse("2027-03-31").unwrap();
        let b = Date::parse("2027-04-01").unwrap();
        assert!(a < b);
        assert_eq!(a.to_string(), "2027-03-31");
        assert!(Date::parse("2027-02-30").is_none());
        assert!(Date::parse("31/03/2027").is_none());
    }

    #[test]
    fn toml_dates_and_strings_deserialize() {
        #[derive(Deserialize)]
        struct T {
            a: Date,
            b: Date,
        }
        let t: T = toml::from_str("a = 2027-03-31\nb = \"2026-01-02\"\n").unwrap();
        assert_eq!(t.a.to_string(), "2027-03-31");
        assert_eq!(t.b.to_string(), "2026-01-02");
        assert!(toml::from_str::<T>("a = 2027-03-31T10:00:00Z\nb = \"x\"\n").is_err());
    }

    #[test]
    fn globs_also_match_literally() {
        let p = Pattern::new("aws_s3_bucket.logs[\"a\"]", false);
        assert!(p.matches("aws_s3_bucket.logs[\"a\"]"));
        let p = Pattern::new("module.*.aws_s3_bucket.logs*", false);
        assert!(p.matches("module.app.aws_s3_bucket.logs[0]"));
        assert!(!p.matches("aws_s3_bucket.logs"));
        let p = Pattern::new("infra/legacy/*", true);
        assert!(p.matches("infra/legacy/a.yaml"));
        assert!(!p.matches("infra/legacy/sub/a.yaml"));
    }
}
