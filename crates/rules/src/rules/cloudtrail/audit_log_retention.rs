//! CloudTrail log buckets keep audit logs for the retention period.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudtrail-audit-log-retention",
    title: "CloudTrail log buckets keep audit logs for at least six years",
    severity: Severity::Medium,
    service: "AWS CloudTrail",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.316(b)(2)(i)"],
    requirements: &["AUDIT-CENTRAL-LONG-RETENTION"],
    kinds: &["AWS::CloudTrail::Trail"],
    phi_only: false,
    rationale: "The whitepaper asks that audit data be stored centrally for extended periods in case \
of audit, and HIPAA keeps required documentation for six years from its creation \
(164.316(b)(2)(i)). A lifecycle rule on the trail's bucket that expires log objects sooner deletes \
the audit trail before that period ends. Moving logs to colder storage classes is fine.",
    remediation: "Remove the `Expiration` from the lifecycle rules that cover the trail's log \
prefix, or set `ExpirationInDays` to 2190 or more (use transitions to Glacier for cost); in \
Terraform, the `expiration { days }` of the `aws_s3_bucket_lifecycle_configuration` rule for the \
trail's bucket.",
    check: Check::Resource(check),
};

/// Six years.
const MIN_DAYS: i64 = 2190;

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "S3BucketName";
    let node = match written(r, path, || {
        Outcome::unknown("the trail names no bucket")
            .l10n("cloudtrail-retention-no-bucket", &[])
            .at(path, None)
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let bucket = match reference::bucket(ctx, r, node) {
        Pointee::Found(b) => b,
        Pointee::Other(o) => {
            return Outcome::unknown(format!(
                "{path} names '{}', a {}, not a bucket",
                o.name, o.kind
            ))
            .l10n(
                "cloudtrail-retention-not-bucket",
                &[("path", path), ("name", &o.name), ("kind", &o.kind)],
            )
            .at(path, node.location.as_ref());
        }
        Pointee::Outside(name) => {
            return Outcome::unknown(format!("the log bucket '{name}' is not defined in the scanned files, so its lifecycle cannot be checked"))
                .l10n("cloudtrail-retention-outside", &[("bucket", &name)])
                .at(path, node.location.as_ref());
        }
        Pointee::Unresolved(why) => {
            return Outcome::unknown(format!("{path} {why}")).at(path, node.location.as_ref());
        }
    };
    let log_root = match r.get("S3KeyPrefix").node().and_then(Node::as_str) {
        Some(p) if !p.is_empty() => format!("{}/AWSLogs/", p.trim_end_matches('/')),
        _ => "AWSLogs/".to_string(),
    };
    let rules = bucket
        .get("LifecycleConfiguration.Rules")
        .node()
        .map(Node::items)
        .unwrap_or_default();
    for (i, rule) in rules.iter().enumerate() {
        if rule.get("Status").node().and_then(Node::as_str) == Some("Disabled") {
            continue;
        }
        // CloudTrail writes untagged objects under `<S3KeyPrefix>/AWSLogs/`.
        if !rule.get("TagFilters").is_absent()
            || !rule.get("Filter.Tag").is_absent()
            || !rule.get("Filter.And.Tags").is_absent()
        {
            continue;
        }
        let filter = rule
            .get("Prefix")
            .node()
            .or_else(|| rule.get("Filter.Prefix").node())
            .or_else(|| rule.get("Filter.And.Prefix").node())
            .and_then(Node::as_str)
            .unwrap_or("");
        if !(log_root.starts_with(filter) || filter.starts_with(&log_root)) {
            continue;
        }
        let p = "ExpirationInDays";
        match rule.get(p) {
            Lookup::Set(n) => match n.as_i64() {
                Some(days) if days < MIN_DAYS => {
                    return Outcome::fail(format!(
                        "lifecycle rule {i} of the log bucket '{}' deletes audit logs after {days} days, before six years ({MIN_DAYS} days)",
                        bucket.name
                    ))
                    .l10n(
                        "cloudtrail-retention-expires",
                        &[
                            ("rule", &i.to_string()),
                            ("bucket", &bucket.name),
                            ("days", &days.to_string()),
                            ("minimum", &MIN_DAYS.to_string()),
                        ],
                    )
                    .at(path, node.location.as_ref());
                }
                Some(_) => {}
                None => return unreadable(bucket, n).at(path, node.location.as_ref()),
            },
            Lookup::Unknown(n) => return unreadable(bucket, n).at(path, node.location.as_ref()),
            Lookup::Absent => {}
        }
    }
    Outcome::pass(format!(
        "the log bucket '{}' does not expire audit logs within six years",
        bucket.name
    ))
    .l10n("cloudtrail-retention-kept", &[("bucket", &bucket.name)])
    .at(path, node.location.as_ref())
}

/// The unknown outcome: the log bucket's `ExpirationInDays` value `n` cannot be read.
fn unreadable(bucket: &Resource, n: &Node) -> Outcome {
    let mut o = Outcome::unknown(format!(
        "ExpirationInDays of the log bucket '{}' {}",
        bucket.name,
        crate::unknown_reason(n)
    ));
    o.l10n = crate::unknown_reason_l10n(n).map(|reason| {
        vec![
            crate::MessagePart::new(
                "cloudtrail-retention-expiration-unknown",
                &[("bucket", &bucket.name)],
            )
            .with("reason", reason),
        ]
    });
    o
}
