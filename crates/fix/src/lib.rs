//! `phiguard fix`: edits that fix failing findings, format-preserving, shown as a diff.
//!
//! Each fixable rule has one entry in [`FIXES`]: whether its fix is safe, and one small
//! function per format (CloudFormation in [`cfn_fixes`], Terraform in [`tf_fixes`]) that
//! says *what* to change; [`cfn`] and [`tf`] know *how* to write it into a file without
//! touching anything else.

pub mod cfn;
pub mod cfn_fixes;
pub mod text;
pub mod tf;
pub mod tf_fixes;

use phiguard_i18n::Tr;
use phiguard_rules::Finding;
use serde::{Serialize, Serializer};
use std::collections::{BTreeMap, HashSet};

/// Why a fix was not written: a message id of `cli.ftl` (`fix-skip-…`) and its arguments
/// (identifiers, values, parser errors; never English words). It displays and serializes
/// in English; [`Why::tr`] says it in a report's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Why {
    /// The message id.
    pub id: &'static str,
    /// The arguments.
    pub args: Vec<(&'static str, String)>,
    /// Arguments whose value is the text of another message (its id), in the same language.
    pub refs: Vec<(&'static str, String)>,
}

impl Why {
    /// Message `id` with `args`.
    pub fn with(id: &'static str, args: &[(&'static str, &dyn std::fmt::Display)]) -> Self {
        Self {
            id,
            args: args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            refs: Vec::new(),
        }
    }

    /// The sentence in `tr`'s language; in English, whole, when a referenced message is
    /// not translated.
    pub fn tr(&self, tr: Tr) -> String {
        if tr != Tr::default() && self.refs.iter().any(|(_, id)| !tr.has(id)) {
            return self.tr(Tr::default());
        }
        let refs = self.refs.iter().map(|(k, id)| (*k, tr.t(id).into()));
        let args: Vec<_> = self
            .args
            .iter()
            .map(|(k, v)| (*k, v.as_str().into()))
            .chain(refs)
            .collect();
        tr.args(self.id, &args)
    }
}

/// A message without arguments: `id` is a `fix-skip-…` id of `cli.ftl`, never English
/// text (a test checks that every such id of the code is in `cli.ftl`).
impl From<&'static str> for Why {
    fn from(id: &'static str) -> Self {
        debug_assert!(id.starts_with("fix-skip-"), "not a message id: {id}");
        Self::with(id, &[])
    }
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.tr(Tr::default()))
    }
}

impl Serialize for Why {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Whether a fix can break a deployment or lose data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "safety", content = "why", rename_all = "snake_case")]
pub enum Safety {
    /// Cannot break a deployment or lose data.
    Safe,
    /// Applied only with `--unsafe-fixes`; says why.
    Unsafe(&'static str),
}

/// One rule's fix.
pub struct Fix {
    /// Rule id.
    pub rule: &'static str,
    /// Safe or not, and why.
    pub safety: Safety,
    /// What the fix writes, for `explain`.
    pub summary: &'static str,
    /// CloudFormation (YAML and JSON).
    pub cfn: Option<cfn_fixes::CfnFix>,
    /// Terraform HCL.
    pub tf: Option<tf_fixes::TfFix>,
}

pub use cfn_fixes::FIXES;

/// The fix of `rule`, if it has one.
pub fn find(rule: &str) -> Option<&'static Fix> {
    FIXES.iter().find(|f| f.rule == rule)
}

/// A paragraph for `phiguard explain`: whether the rule has a fix and whether it is safe.
pub fn explain(rule: &str) -> String {
    let Some(f) = find(rule) else {
        return "## Automatic fix\n\nNone: `phiguard fix` does not change this rule's findings.\n"
            .into();
    };
    let formats = match (f.cfn.is_some(), f.tf.is_some()) {
        (true, true) => "CloudFormation (YAML, JSON) and Terraform",
        (true, false) => "CloudFormation (YAML, JSON)",
        (false, true) => "Terraform",
        (false, false) => "no format yet",
    };
    let safety = match f.safety {
        Safety::Safe => "Safe: `phiguard fix --write` applies it.".to_string(),
        Safety::Unsafe(why) => {
            format!("Unsafe, applied only with `--unsafe-fixes`: {why}.")
        }
    };
    format!(
        "## Automatic fix\n\n{}. Formats: {formats}. {safety}\n",
        f.summary
    )
}

/// What to fix.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Also apply fixes that can break a deployment or lose data.
    pub unsafe_fixes: bool,
    /// Only these rules (all when empty).
    pub rules: Vec<String>,
}

/// A fix applied to one resource.
#[derive(Clone, Debug, Serialize)]
pub struct Applied {
    /// Rule id.
    pub rule: &'static str,
    /// Resource (logical id or address).
    pub resource: String,
    /// Safe or not.
    #[serde(flatten)]
    pub safety: Safety,
}

/// A failing finding left as it is, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Skipped {
    /// Rule id.
    pub rule: &'static str,
    /// Resource.
    pub resource: String,
    /// File.
    pub file: String,
    /// Why no fix was written.
    pub reason: Why,
}

/// One file's fixed text.
#[derive(Clone, Debug, Serialize)]
pub struct FileFix {
    /// The path, as scanned.
    pub path: String,
    /// Text before.
    #[serde(skip)]
    pub before: String,
    /// Text after.
    #[serde(skip)]
    pub after: String,
    /// The fixes in it.
    pub fixes: Vec<Applied>,
}

impl FileFix {
    /// The unified diff of this file.
    pub fn diff(&self) -> String {
        similar::TextDiff::from_lines(&self.before, &self.after)
            .unified_diff()
            .context_radius(3)
            .header(
                &format!("a/{}", self.path.trim_start_matches('/')),
                &format!("b/{}", self.path.trim_start_matches('/')),
            )
            .to_string()
    }
}

/// Everything a run would change.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Plan {
    /// Files that change.
    pub files: Vec<FileFix>,
    /// Failing findings with a fix that was not written, and why.
    pub skipped: Vec<Skipped>,
    /// Fixes left out because they are unsafe (`--unsafe-fixes` applies them).
    pub unsafe_hidden: usize,
}

/// A fix to run on one resource of one file.
#[derive(Clone)]
pub(crate) struct Job {
    pub fix: &'static Fix,
    /// Logical id or Terraform address.
    pub resource: String,
    /// The input's own type name (`AWS::S3::Bucket`, `aws_s3_bucket`).
    pub source_type: String,
}

/// Computes the fixes for the failing findings of a scan. `sources`: each scanned file's
/// path and text (as `phiguard::scan` returns them).
pub fn plan(findings: &[Finding], sources: &[(String, String)], opts: &Options) -> Plan {
    let mut plan = Plan::default();
    let mut by_file: BTreeMap<&str, Vec<Job>> = BTreeMap::new();
    let mut seen = HashSet::new();
    for f in findings.iter().filter(|f| f.is_failure()) {
        if !opts.rules.is_empty() && !opts.rules.iter().any(|r| r == f.rule.id) {
            continue;
        }
        let (Some(fix), Some(subject)) = (find(f.rule.id), &f.subject) else {
            continue;
        };
        let Some(loc) = subject.origin.location() else {
            continue;
        };
        if !seen.insert((f.rule.id, subject.name.clone(), loc.file.clone())) {
            continue;
        }
        if let Safety::Unsafe(_) = fix.safety
            && !opts.unsafe_fixes
        {
            plan.unsafe_hidden += 1;
            plan.skipped.push(Skipped {
                rule: fix.rule,
                resource: subject.name.clone(),
                file: loc.file.to_string(),
                reason: Why {
                    refs: vec![("why", format!("fix-why-{}", fix.rule))],
                    ..Why::from("fix-skip-unsafe")
                },
            });
            continue;
        }
        by_file.entry(&loc.file).or_default().push(Job {
            fix,
            resource: subject.name.clone(),
            source_type: subject.source_type.clone(),
        });
    }
    let texts: BTreeMap<&str, &str> = sources
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    for (file, jobs) in by_file {
        let Some(text) = texts.get(file) else {
            continue;
        };
        let is_tf = file.ends_with(".tf");
        let tf_json = [".tf.json", ".plan.json", ".tfplan.json"]
            .iter()
            .any(|e| file.ends_with(e));
        let (after, applied, skipped) = if tf_json {
            let why = Why::from("fix-skip-terraform-json");
            (
                text.to_string(),
                Vec::new(),
                jobs.into_iter().map(|j| (j, why.clone())).collect(),
            )
        } else {
            // A bug must not take the other files down: a panic skips this file's fixes.
            let backup = jobs.clone();
            let run = std::panic::AssertUnwindSafe(|| {
                if is_tf {
                    tf::fix_file(text, jobs)
                } else {
                    cfn_fixes::fix_file(text, jobs)
                }
            });
            std::panic::catch_unwind(run).unwrap_or_else(|_| {
                let why = Why::from("fix-skip-internal-error");
                (
                    text.to_string(),
                    Vec::new(),
                    backup.into_iter().map(|j| (j, why.clone())).collect(),
                )
            })
        };
        plan.skipped
            .extend(skipped.into_iter().map(|(j, reason)| Skipped {
                rule: j.fix.rule,
                resource: j.resource,
                file: file.to_string(),
                reason,
            }));
        if after != *text {
            plan.files.push(FileFix {
                path: file.to_string(),
                before: text.to_string(),
                after,
                fixes: applied,
            });
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_its_english_sentence_and_the_unsafe_one_quotes_the_fixs_why() {
        let en = Tr::default();
        for f in FIXES {
            if let Safety::Unsafe(why) = f.safety {
                assert_eq!(en.t(&format!("fix-why-{}", f.rule)), why, "{}", f.rule);
                let reason = Why {
                    refs: vec![("why", format!("fix-why-{}", f.rule))],
                    ..Why::from("fix-skip-unsafe")
                };
                let english = format!("unsafe ({why}); --unsafe-fixes applies it");
                assert_eq!(reason.to_string(), english);
                assert_eq!(serde_json::to_value(&reason).unwrap(), english.as_str());
            }
        }
        let why = Why::with(
            "fix-skip-no-family",
            &[("engine", &"mysql"), ("version", &"5")],
        );
        assert_eq!(
            why.to_string(),
            "no parameter group family known for mysql 5"
        );
        let ja = why.tr(Tr::new(phiguard_i18n::Lang::Ja));
        assert!(ja.contains("mysql 5") && !ja.contains("known"), "{ja}");
    }

    /// Reasons with arguments or escaped braces say in English what they said as free text.
    #[test]
    fn reasons_keep_their_english_text() {
        let cases = [
            (
                Why::with("fix-skip-no-tls-port", &[("from", &20), ("to", &23)]),
                "ports 20-23 have no TLS port to move to (FTP 21→990, Telnet 23→22, HTTP 80→443, LDAP 389→636, IMAP 143→993, POP3 110→995)",
            ),
            (
                Why::from("fix-skip-security-configuration-shape"),
                "the security configuration is not a jsonencode({EncryptionConfiguration = {...}}) the fixer can edit",
            ),
            (
                Why::with(
                    "fix-skip-encryption-config-written",
                    &[("property", &"EncryptionConfig")],
                ),
                "EncryptionConfig is written; which resources it encrypts is the author's",
            ),
            (
                Why::with("fix-skip-several-blocks", &[("block", &"access_logs")]),
                "several access_logs blocks",
            ),
            (
                Why::with("fix-skip-vpc-has-flow-log", &[("vpc", &"aws_vpc.main")]),
                "aws_vpc.main already has a flow log of all traffic",
            ),
            (
                Why::with(
                    "fix-skip-group-elsewhere-tf",
                    &[("argument", &"parameter_group_name")],
                ),
                "parameter_group_name does not name a parameter group of this configuration",
            ),
            (
                Why::with("fix-skip-type", &[("type", &"aws_instance")]),
                "no fix for aws_instance",
            ),
            (
                Why::with("fix-skip-no-parameter", &[("name", &"Env")]),
                "no parameter Env",
            ),
            (Why::from("fix-skip-no-properties"), "no Properties"),
        ];
        for (why, english) in cases {
            assert_eq!(why.to_string(), english);
        }
    }

    /// Every `"fix-skip-…"` literal of the fix crate and the CLI is a message of `cli.ftl`.
    #[test]
    fn every_skip_id_of_the_code_is_in_cli_ftl() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let ftl = std::fs::read_to_string(root.join("i18n/locales/en/cli.ftl")).unwrap();
        let mut ids = 0;
        for dir in ["fix/src", "cli/src"] {
            let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "rs"))
                .collect();
            files.sort();
            for file in files {
                let text = std::fs::read_to_string(&file).unwrap();
                for (at, _) in text.match_indices("\"fix-skip-") {
                    let rest = &text[at + 1..];
                    let end = rest
                        .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
                        .unwrap_or(rest.len());
                    let id = &rest[..end];
                    if !rest[end..].starts_with('"') || id == "fix-skip-" {
                        continue;
                    }
                    ids += 1;
                    let line = format!("\n{id} =");
                    assert!(
                        ftl.contains(&line),
                        "{}: {id} is not in en/cli.ftl",
                        file.display()
                    );
                }
            }
        }
        assert!(ids > 50, "{ids}");
    }
}
