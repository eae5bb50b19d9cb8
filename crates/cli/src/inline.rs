//! Suppressions written next to the resource they accept.
//!
//! - CloudFormation: the resource's `Metadata`, as cfn-lint and cfn-nag users know it:
//!   `Metadata: {phiguard: {suppress: [{rule: ID, reason: WHY, expires: 2027-03-31, owner: WHO}]}}`.
//! - Terraform: a comment `# phiguard:ignore ID WHY` (or `//`, or `phiguard:ignore:ID`) on
//!   the comment lines just above a `resource` block, as with `trivy:ignore`, or on any line
//!   inside it, as with `checkov:skip`. `expires=2027-03-31` and `owner=WHO` words anywhere
//!   after the rule id set the expiry and the owner.
//!
//! An inline suppression without a reason, naming no rule, with an unreadable date or not
//! attached to a resource is a located warning and suppresses nothing.

use phiguard_cloudformation::yaml::{self, Raw, RawKind};
use phiguard_model::{Diagnostic, Location};
use phiguard_rules::{Date, Suppression, suppress::Source};
use std::sync::Arc;

/// The word that starts a Terraform inline suppression.
const MARKER: &str = "phiguard:ignore";

/// Inline suppressions of one input file (`kind` as in the report's inputs) and the
/// warnings about malformed ones.
pub fn from_file(kind: &str, file: &str, text: &str) -> (Vec<Suppression>, Vec<Diagnostic>) {
    let mut out = Inline::default();
    if !text.contains("phiguard") {
        return (out.found, out.warnings);
    }
    match kind {
        "cloudformation" => out.cloudformation(file, text),
        "terraform" if !file.ends_with(".json") => out.terraform(file, text),
        _ => {}
    }
    (out.found, out.warnings)
}

#[derive(Default)]
struct Inline {
    found: Vec<Suppression>,
    warnings: Vec<Diagnostic>,
}

impl Inline {
    /// Warns that a suppression is ignored because of `message`, said in Fluent as
    /// `id` with `args` (the whole sentence).
    fn warn(
        &mut self,
        (file, line, col): (&str, u32, u32),
        message: String,
        id: &'static str,
        args: &[(&'static str, &str)],
    ) {
        self.warnings.push(
            Diagnostic::warning(
                file,
                Some(Location::new(Arc::from(file), line, col)),
                format!("inline suppression ignored: {message}"),
            )
            .l10n(id, args),
        );
    }

    /// Checks the fields and keeps the suppression, or warns.
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        file: &str,
        (line, col): (u32, u32),
        on: Location,
        rule: Option<String>,
        reason: Option<String>,
        expires: Option<String>,
        owner: Option<String>,
    ) {
        let Some(rule) = rule.filter(|r| !r.trim().is_empty()) else {
            return self.warn(
                (file, line, col),
                "it names no rule".into(),
                "diag-inline-no-rule",
                &[],
            );
        };
        let Some(known) = phiguard_rules::find(rule.trim()) else {
            return self.warn(
                (file, line, col),
                format!("no rule '{rule}' (`phiguard rules` lists them)"),
                "diag-inline-unknown-rule",
                &[("rule", &rule)],
            );
        };
        let Some(reason) = reason.filter(|r| !r.trim().is_empty()) else {
            return self.warn(
                (file, line, col),
                format!("the suppression of {rule} needs a reason (who accepted it and why)"),
                "diag-inline-no-reason",
                &[("rule", &rule)],
            );
        };
        let expires = match expires {
            None => None,
            Some(e) => match Date::parse(&e) {
                Some(d) => Some(d),
                None => {
                    return self.warn(
                        (file, line, col),
                        format!("expires '{e}' is not a date such as 2027-03-31"),
                        "diag-inline-bad-date",
                        &[("expires", &e)],
                    );
                }
            },
        };
        self.found.push(Suppression {
            rule: known.id.to_string(),
            resource: None,
            path: None,
            reason: reason.trim().to_string(),
            expires,
            owner: owner.filter(|o| !o.trim().is_empty()),
            source: Source::Inline {
                file: file.to_string(),
                line,
            },
            on: Some(on),
        });
    }

    fn cloudformation(&mut self, file: &str, text: &str) {
        // The template already parsed once for the scan; a file that does not parse has
        // its own error there.
        let Ok(root) = yaml::parse(text) else { return };
        for (key, body) in root.get("Resources").map_or(&[][..], Raw::entries) {
            let Some((pk, phi)) = body.get("Metadata").and_then(|m| m.entry("phiguard")) else {
                continue;
            };
            let on = Location::new(Arc::from(file), key.line, key.col);
            let list = match phi.get("suppress").map(|s| &s.kind) {
                Some(RawKind::Seq(items)) => items,
                _ => {
                    self.warn(
                        (file, pk.line, pk.col),
                        "Metadata.phiguard needs `suppress:` with a list of {rule, reason, expires, owner}".into(),
                        "diag-inline-no-list",
                        &[],
                    );
                    continue;
                }
            };
            for item in list {
                let field = |k: &str| item.get(k).and_then(Raw::scalar_text);
                let unknown: Vec<&str> = item
                    .entries()
                    .iter()
                    .map(|(k, _)| k.name.as_str())
                    .filter(|k| !["rule", "reason", "expires", "owner"].contains(k))
                    .collect();
                if !unknown.is_empty() {
                    let keys = unknown.join(", ");
                    self.warn(
                        (file, item.line, item.col),
                        format!("unknown key {keys} (rule, reason, expires, owner)"),
                        "diag-inline-unknown-key",
                        &[("keys", &keys)],
                    );
                    continue;
                }
                self.add(
                    file,
                    (item.line, item.col),
                    on.clone(),
                    field("rule"),
                    field("reason"),
                    field("expires"),
                    field("owner"),
                );
            }
        }
    }

    fn terraform(&mut self, file: &str, text: &str) {
        let lines: Vec<&str> = text.lines().collect();
        let mut used = vec![false; lines.len()];
        for (i, l) in lines.iter().enumerate() {
            if !is_resource_start(l) {
                continue;
            }
            let on = Location::new(Arc::from(file), i as u32 + 1, 1);
            // The comment lines right above the block...
            let above = (0..i)
                .rev()
                .take_while(|&j| is_comment(lines[j]))
                .collect::<Vec<_>>();
            // ...and the lines of the block, up to its closing brace at the margin.
            let one_line = l.matches('{').count() <= l.matches('}').count();
            let inside = (i..lines.len())
                .take_while(|&j| j == i || !(one_line || ends_block(lines[j])))
                .collect::<Vec<_>>();
            for j in above.into_iter().rev().chain(inside) {
                if let Some(col) = lines[j]
                    .find(MARKER)
                    .filter(|&c| is_in_comment(lines[j], c))
                {
                    used[j] = true;
                    self.terraform_comment(file, j, col, lines[j], on.clone());
                }
            }
        }
        for (j, l) in lines.iter().enumerate() {
            if !used[j]
                && let Some(col) = l.find(MARKER).filter(|&c| is_in_comment(l, c))
            {
                self.warn(
                    (file, j as u32 + 1, col as u32 + 1),
                    "it is neither inside a resource block nor on the comment lines right above one".into(),
                    "diag-inline-misplaced",
                    &[],
                );
            }
        }
    }

    fn terraform_comment(&mut self, file: &str, j: usize, col: usize, line: &str, on: Location) {
        let rest = &line[col + MARKER.len()..];
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        let mut words = rest.split_whitespace();
        let rule = words.next().map(str::to_string);
        let (mut expires, mut owner, mut reason) = (None, None, Vec::new());
        for w in words {
            if let Some(d) = w.strip_prefix("expires=") {
                expires = Some(d.to_string());
            } else if let Some(o) = w.strip_prefix("owner=") {
                owner = Some(o.to_string());
            } else {
                reason.push(w);
            }
        }
        let reason = reason
            .join(" ")
            .trim_start_matches([':', '-', '—'])
            .trim()
            .to_string();
        self.add(
            file,
            (j as u32 + 1, col as u32 + 1),
            on,
            rule,
            Some(reason),
            expires,
            owner,
        );
    }
}

fn is_comment(l: &str) -> bool {
    let t = l.trim_start();
    t.starts_with('#') || t.starts_with("//")
}

/// Whether byte `col` of `l` is after a `#` or `//` (a comment, not a string's text).
fn is_in_comment(l: &str, col: usize) -> bool {
    let before = &l[..col];
    before.contains('#') || before.contains("//")
}

fn is_resource_start(l: &str) -> bool {
    l.strip_prefix("resource")
        .is_some_and(|r| r.starts_with([' ', '\t', '"']))
}

/// A closing brace at the margin, or the next top-level block.
fn ends_block(l: &str) -> bool {
    l.starts_with('}') || l.starts_with(|c: char| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terraform_comments_above_and_inside_a_block() {
        let text = "# keep\n# phiguard:ignore s3-bucket-versioning scratch data owner=sec expires=2027-03-31\nresource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\" // phiguard:ignore:s3-bucket-encryption — encrypted by the app\n}\n\n# phiguard:ignore s3-bucket-versioning\nresource \"aws_s3_bucket\" \"b\" {}\n# phiguard:ignore s3-bucket-versioning nowhere\n\nlocals {}\n";
        let (found, warnings) = from_file("terraform", "m.tf", text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].rule, "s3-bucket-versioning");
        assert_eq!(found[0].reason, "scratch data");
        assert_eq!(found[0].owner.as_deref(), Some("sec"));
        assert_eq!(found[0].expires.unwrap().to_string(), "2027-03-31");
        assert_eq!(found[0].on.as_ref().unwrap().line, 3);
        assert_eq!(found[1].rule, "s3-bucket-encryption");
        assert_eq!(found[1].reason, "encrypted by the app");
        let w: Vec<String> = warnings.iter().map(|d| d.to_string()).collect();
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[0].contains("m.tf:7:3") && w[0].contains("needs a reason"),
            "{w:?}"
        );
        assert!(
            w[1].contains("m.tf:9:3") && w[1].contains("neither inside"),
            "{w:?}"
        );
    }

    #[test]
    fn cloudformation_metadata() {
        let text = "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Metadata:\n      phiguard:\n        suppress:\n          - rule: s3-bucket-versioning\n            reason: log bucket\n            expires: 2027-03-31\n          - rule: s3-no-such-rule\n            reason: x\n          - rule: s3-bucket-encryption\n";
        let (found, warnings) = from_file("cloudformation", "t.yaml", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].on.as_ref().unwrap().line, 2);
        assert_eq!(found[0].expires.unwrap().to_string(), "2027-03-31");
        let w: Vec<String> = warnings.iter().map(|d| d.to_string()).collect();
        assert!(w[0].contains("no rule 's3-no-such-rule'"), "{w:?}");
        assert!(w[1].contains("needs a reason"), "{w:?}");
    }
}
