//! Loading `phiguard.toml`: which file (if any), strict parsing, and checks that a
//! configuration cannot loosen the gate by accident or unnoticed.
//!
//! Unknown keys, rule ids that name no rule (in `skip_rules` and `[[suppress]]`),
//! suppressions without a reason and invalid globs are errors with `file:line:column`.
//! Each suppression remembers its line, so the warnings about it (stale, expired; see
//! [`phiguard_rules::suppress`]) point at it. `--phi` or `--param` names that match nothing
//! are warnings in every report ([`unmatched`]).

use anyhow::Result;
use phiguard_model::{Diagnostic, MessagePart};
use phiguard_report::{ConfigSource, ScanResult};
use phiguard_rules::Config;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The file a scan looks for in the working directory when no `--config` is given.
pub const DEFAULT_FILE: &str = "phiguard.toml";

/// A loaded configuration and where it came from.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The settings.
    pub config: Config,
    /// The file, when one was loaded.
    pub source: Option<ConfigSource>,
}

/// Which configuration to load: `--config FILE`, none (`--no-config`), or
/// [`DEFAULT_FILE`] in the working directory when it exists.
pub fn load(explicit: Option<&Path>, no_config: bool) -> Result<Loaded> {
    let (path, how) = match explicit {
        Some(p) => (p.to_path_buf(), "--config"),
        None if no_config => return Ok(Loaded::default()),
        None if Path::new(DEFAULT_FILE).is_file() => (
            PathBuf::from(DEFAULT_FILE),
            "found in the working directory; --no-config or --config FILE to choose",
        ),
        None => return Ok(Loaded::default()),
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| anyhow::anyhow!("reading config file {}: {e}", path.display()))?;
    let shown = path.to_string_lossy().to_string();
    let config = parse(&shown, &text)?;
    Ok(Loaded {
        config,
        source: Some(ConfigSource {
            path: shown,
            how: how.into(),
        }),
    })
}

/// `file:line:column` of a byte offset.
fn at(file: &str, text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{file}:{line}:{column}")
}

/// The parts of a configuration that are checked against the rules, with their spans.
#[derive(Deserialize)]
struct Spans {
    #[serde(default)]
    skip_rules: Vec<Spanned<String>>,
    #[serde(default)]
    suppress: Vec<SuppressSpans>,
}

#[derive(Deserialize)]
struct SuppressSpans {
    rule: Spanned<String>,
    reason: Spanned<String>,
    #[serde(default)]
    resource: Option<Spanned<String>>,
    #[serde(default)]
    path: Option<Spanned<String>>,
}

/// An invalid configuration: the error's English text (its `Display`) and its Fluent form,
/// one message per line (`cli.ftl`, `config-*`).
#[derive(Debug)]
pub struct Invalid {
    /// What the error says in English.
    pub english: String,
    /// The lines of `english` as Fluent messages.
    pub l10n: Vec<MessagePart>,
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl std::error::Error for Invalid {}

/// Parses and checks a configuration's text; errors are located.
pub fn parse(file: &str, text: &str) -> Result<Config> {
    let mut config: Config = match toml::from_str(text) {
        Ok(c) => c,
        Err(e) => {
            let place = e
                .span()
                .map_or_else(|| file.to_string(), |s| at(file, text, s.start));
            return Err(Invalid {
                english: format!("{place}: invalid config: {}", e.message()),
                l10n: vec![MessagePart::new(
                    "config-invalid-toml",
                    &[("place", &place), ("error", e.message())],
                )],
            }
            .into());
        }
    };
    let spans: Spans = toml::from_str(text).map_err(|e| anyhow::anyhow!("{file}: {e}"))?;
    let mut errors = Vec::new();
    let mut said = Vec::new();
    let known = |id: &str| phiguard_rules::find(id).is_some();
    for id in &spans.skip_rules {
        if !known(id.get_ref()) {
            let place = at(file, text, id.span().start);
            errors.push(format!(
                "{place}: skip_rules names no rule '{}' (`phiguard rules` lists them)",
                id.get_ref()
            ));
            said.push(MessagePart::new(
                "config-skip-unknown-rule",
                &[("place", &place), ("rule", id.get_ref())],
            ));
        }
    }
    for s in &spans.suppress {
        if !known(s.rule.get_ref()) {
            let place = at(file, text, s.rule.span().start);
            errors.push(format!(
                "{place}: [[suppress]] names no rule '{}' (`phiguard rules` lists them)",
                s.rule.get_ref()
            ));
            said.push(MessagePart::new(
                "config-suppress-unknown-rule",
                &[("place", &place), ("rule", s.rule.get_ref())],
            ));
        }
        for glob in [&s.resource, &s.path].into_iter().flatten() {
            if let Some(why) = phiguard_rules::suppress::glob_error(glob.get_ref()) {
                let place = at(file, text, glob.span().start);
                errors.push(format!(
                    "{place}: '{}' is not a valid glob: {why}",
                    glob.get_ref()
                ));
                said.push(MessagePart::new(
                    "config-bad-glob",
                    &[
                        ("place", &place),
                        ("glob", glob.get_ref()),
                        ("error", &why.to_string()),
                    ],
                ));
            }
        }
        if s.reason.get_ref().trim().is_empty() {
            let place = at(file, text, s.reason.span().start);
            errors.push(format!(
                "{place}: a suppression needs a reason (who accepted it and why)"
            ));
            said.push(MessagePart::new("config-no-reason", &[("place", &place)]));
        }
    }
    if !errors.is_empty() {
        said.insert(0, MessagePart::new("config-invalid", &[]));
        return Err(Invalid {
            english: format!("invalid config:\n  {}", errors.join("\n  ")),
            l10n: said,
        }
        .into());
    }
    for (s, span) in config.suppress.iter_mut().zip(&spans.suppress) {
        let line = text[..span.rule.span().start.min(text.len())]
            .matches('\n')
            .count() as u32
            + 1;
        s.source = phiguard_rules::suppress::Source::Config {
            file: file.to_string(),
            line: Some(line),
        };
    }
    Ok(config)
}

/// Warnings for names that matched nothing in the scan: `--phi`/`[phi] resources` names,
/// `--param` names. (Suppressions that match nothing are reported by the rules engine.)
pub fn unmatched(
    result: &ScanResult,
    config: &Config,
    config_file: Option<&str>,
    params: &[String],
) -> Vec<Diagnostic> {
    let file = config_file.unwrap_or("(command line)");
    let mut out = Vec::new();
    let names: Vec<&str> = result
        .graph
        .resources()
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    for name in &config.phi.resources {
        if !names.contains(&name.as_str()) {
            out.push(
                Diagnostic::warning(
                    file,
                    None,
                    format!("'{name}' (--phi or [phi] resources) names no resource in this scan"),
                )
                .l10n("diag-config-phi-unmatched", &[("name", name)]),
            );
        }
    }
    let declared: Vec<&str> = result
        .graph
        .resources()
        .iter()
        .filter(|r| r.kind == phiguard_cloudformation::TEMPLATE_KIND)
        .flat_map(|r| r.attributes.get("Parameters").node().map(|n| n.entries()))
        .flatten()
        .map(|(k, _)| k.as_str())
        .collect();
    for p in params {
        if !declared.contains(&p.as_str()) {
            out.push(
                Diagnostic::warning(
                    "(command line)",
                    None,
                    format!("--param {p} names no parameter of a scanned CloudFormation template"),
                )
                .l10n("diag-config-param-unmatched", &[("name", p)]),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_located_errors() {
        let e = parse(
            "p.toml",
            "trust_aws_defaults = false\nskip_rule = [\"x\"]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("p.toml:2:1: invalid config"), "{e}");
        assert!(e.contains("skip_rule"), "{e}");
        let e = parse("p.toml", "[phi]\ntag_key = [\"phi\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("p.toml:2:1"), "{e}");
    }

    #[test]
    fn rule_ids_and_reasons_are_checked() {
        let text = "skip_rules = [\"s3-bucket-encryption\", \"s3-bucket-encrypton\"]\n\n[[suppress]]\nrule = \"no-such-rule\"\nreason = \"x\"\n\n[[suppress]]\nrule = \"s3-bucket-versioning\"\nreason = \"  \"\n";
        let e = parse("p.toml", text).unwrap_err().to_string();
        assert!(
            e.contains("p.toml:1:39: skip_rules names no rule 's3-bucket-encrypton'"),
            "{e}"
        );
        assert!(
            e.contains("p.toml:4:8: [[suppress]] names no rule 'no-such-rule'"),
            "{e}"
        );
        assert!(
            e.contains("p.toml:9:10: a suppression needs a reason"),
            "{e}"
        );
        assert!(!e.contains("'s3-bucket-encryption'"), "{e}");
        let ok = parse("p.toml", "skip_rules = [\"s3-bucket-encryption\"]\n").unwrap();
        assert_eq!(ok.skip_rules, ["s3-bucket-encryption"]);
    }
}
