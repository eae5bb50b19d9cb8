//! S3 buckets holding PHI record who accessed their objects.
use crate::judge::bucket;
use crate::judge::policy::{self, Tri};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "s3-bucket-access-logging",
    title: "S3 buckets holding PHI have server access logging or CloudTrail S3 data events",
    severity: Severity::Medium,
    service: "Amazon S3",
    section: "Amazon Simple Storage Service (Amazon S3)",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &["S3-ACCESS-LOGGING"],
    kinds: &["AWS::S3::Bucket"],
    phi_only: true,
    rationale: "The whitepaper's auditing section asks for activity logs that show who accessed \
which data and from where (164.312(b)). CloudTrail records bucket-level API calls only; reads and \
writes of objects appear in S3 server access logs or in CloudTrail data events. Either counts: a \
LoggingConfiguration on the bucket, or a logging trail whose event selectors include \
AWS::S3::Object data events for all buckets or for this one. A bucket that receives other buckets' \
access logs (the target of a LoggingConfiguration, a LogDeliveryWrite ACL, or a policy granting \
logging.s3.amazonaws.com) is not applicable: logging the log bucket into itself loops and is not \
what the whitepaper asks.",
    remediation: "Set `LoggingConfiguration: {DestinationBucketName: !Ref AccessLogsBucket, \
LogFilePrefix: <prefix>}` on the bucket, or add an `AWS::S3::Object` data-event selector for it to \
a CloudTrail trail; in Terraform, an `aws_s3_bucket_logging` for the bucket (or an `event_selector` \
`data_resource` on `aws_cloudtrail`).",
    check: Check::Resource(check),
};

const PATH: &str = "LoggingConfiguration";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match r.get(PATH) {
        Lookup::Set(n) => {
            let out = match n.get("DestinationBucketName") {
                Lookup::Set(d) => match &d.value {
                    Value::Str(s) | Value::Ref { target: s, .. } => {
                        Outcome::pass(format!("server access logging is on to {s}"))
                            .l10n("s3-logging-on-to", &[("bucket", s)])
                    }
                    _ => Outcome::pass("server access logging is on to another bucket")
                        .l10n("s3-logging-on-other", &[]),
                },
                Lookup::Absent => {
                    Outcome::pass("server access logging is on into the bucket itself")
                        .l10n("s3-logging-on-itself", &[])
                }
                Lookup::Unknown(_) => {
                    Outcome::pass("server access logging is on").l10n("s3-logging-on", &[])
                }
            };
            return out.at(PATH, n.location.as_ref());
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown(PATH, n),
        Lookup::Absent => {}
    }
    if let Some(o) = log_bucket(ctx, r) {
        return o;
    }
    let mut unread = None;
    match data_events(ctx, r, &mut unread) {
        Tri::Yes => Outcome::pass(
            "no server access logging, but a CloudTrail trail records S3 data events for this bucket",
        )
        .l10n("s3-logging-data-events", &[]),
        Tri::Unknown(why) => {
            let (trail, selectors, reason) = unread.unwrap_or_default();
            bucket::with_reason(
                Outcome::unknown(format!(
                    "no server access logging; whether a CloudTrail trail records S3 data events for this bucket cannot be told: {why}"
                ))
                .l10n(
                    "s3-logging-data-events-unknown",
                    &[("trail", &trail), ("selectors", selectors)],
                ),
                &reason,
            )
        }
        Tri::No => Outcome::fail(
            "neither server access logging (LoggingConfiguration) nor CloudTrail S3 data events record access to this bucket's objects",
        )
        .l10n("s3-logging-none", &[]),
    }
}

/// The not-applicable outcome saying why the bucket is an access-log target, if it is.
fn log_bucket(ctx: &Ctx, r: &Resource) -> Option<Outcome> {
    let why = |why: String| Outcome::not_applicable(format!("this is an access-log bucket: {why}"));
    if let Some(other) = bucket::log_sources(ctx, r).first() {
        return Some(
            why(format!(
                "{} delivers its server access logs here",
                other.name
            ))
            .l10n("s3-logging-target-of", &[("bucket", &other.name)]),
        );
    }
    if r.get("AccessControl").node().and_then(Node::as_str) == Some("LogDeliveryWrite") {
        return Some(why("its ACL is LogDeliveryWrite".into()).l10n("s3-logging-target-acl", &[]));
    }
    for p in bucket::policies(ctx, r).attached {
        let Some(stmts) = p
            .get("PolicyDocument")
            .node()
            .and_then(|d| policy::statements(d).ok())
        else {
            continue;
        };
        let grants = stmts.iter().any(|s| {
            policy::is_deny(s) == Tri::No
                && policy::field(s, "Principal")
                    .and_then(|pr| policy::field(pr, "Service"))
                    .and_then(|sv| policy::strings(sv).ok())
                    .is_some_and(|v| v.iter().any(|x| x == "logging.s3.amazonaws.com"))
        });
        if grants {
            return Some(
                why(format!(
                    "bucket policy {} lets logging.s3.amazonaws.com deliver logs",
                    p.name
                ))
                .l10n("s3-logging-target-policy", &[("policy", &p.name)]),
            );
        }
    }
    None
}

/// Whether a logging CloudTrail trail records read and write data events for the bucket's
/// objects. When that cannot be told, `unread` gets the trail, its selectors property and
/// why they cannot be read.
fn data_events(
    ctx: &Ctx,
    r: &Resource,
    unread: &mut Option<(String, &'static str, String)>,
) -> Tri {
    let rewrites = bucket::arn_rewrites(r);
    let bucket_arn = format!("arn:aws:s3:::{}", bucket::arn_name(r));
    let whole = |v: &str| {
        let mut v = v.to_string();
        for (from, to) in &rewrites {
            v = v.replace(from.as_str(), to);
        }
        let v = v.replace("arn:${AWS::Partition}:", "arn:aws:");
        let v = v.trim_end_matches('/');
        v == "arn:aws:s3" || v == "arn:aws:s3:::" || v == bucket_arn
    };
    let mut unknown = None;
    for t in ctx.graph.of_kind("AWS::CloudTrail::Trail") {
        if matches!(flag(t, "IsLogging"), Flag::False(_)) {
            continue;
        }
        for sel in t.get("EventSelectors").node().map_or(&[][..], Node::items) {
            let rw = sel
                .get("ReadWriteType")
                .node()
                .and_then(Node::as_str)
                .unwrap_or("All");
            if !rw.eq_ignore_ascii_case("All") {
                continue;
            }
            for dr in sel.get("DataResources").node().map_or(&[][..], Node::items) {
                if dr.get("Type").node().and_then(Node::as_str) != Some("AWS::S3::Object") {
                    continue;
                }
                match dr.get("Values").node().map(policy::strings) {
                    Some(Ok(values)) if values.iter().any(|v| whole(v)) => return Tri::Yes,
                    Some(Err(why)) => {
                        unknown = Some(format!("{}.EventSelectors {why}", t.name));
                        *unread = Some((t.name.clone(), "EventSelectors", why));
                    }
                    _ => {}
                }
            }
        }
        for sel in t
            .get("AdvancedEventSelectors")
            .node()
            .map_or(&[][..], Node::items)
        {
            let fields = sel
                .get("FieldSelectors")
                .node()
                .map_or(&[][..], Node::items);
            let equals = |name: &str| {
                fields
                    .iter()
                    .find(|f| f.get("Field").node().and_then(Node::as_str) == Some(name))
            };
            let is_s3_objects = equals("resources.type")
                .and_then(|f| f.get("Equals").node())
                .and_then(|e| policy::strings(e).ok())
                .is_some_and(|v| v.iter().any(|x| x == "AWS::S3::Object"));
            if !is_s3_objects || equals("readOnly").is_some() {
                continue;
            }
            let Some(arn) = equals("resources.ARN") else {
                return Tri::Yes;
            };
            match arn.get("StartsWith").node().map(policy::strings) {
                Some(Ok(values)) if values.iter().any(|v| whole(v)) => return Tri::Yes,
                Some(Err(why)) => {
                    unknown = Some(format!("{}.AdvancedEventSelectors {why}", t.name));
                    *unread = Some((t.name.clone(), "AdvancedEventSelectors", why));
                }
                _ => {}
            }
        }
    }
    unknown.map_or(Tri::No, Tri::Unknown)
}
