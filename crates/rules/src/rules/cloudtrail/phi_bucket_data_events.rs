//! In a live account, a logging trail records the object-level (data) events of every
//! S3 bucket that holds PHI.
use crate::judge::live;
use crate::judge::trail_events::{DataSelector, s3_data_events};
use crate::prelude::*;
use crate::{MessagePart, ScanOutcome};

pub static RULE: Rule = Rule {
    id: "cloudtrail-phi-bucket-data-events",
    title: "A logging CloudTrail trail records the S3 data events (object reads and writes) of each PHI bucket (live)",
    severity: Severity::High,
    service: "AWS CloudTrail",
    section: "Auditing, backups, and disaster recovery",
    cfr: &[
        "45 CFR 164.312(b)",
        "45 CFR 164.308(a)(1)(ii)(D)",
        "45 CFR 164.308(a)(5)(ii)(C)",
    ],
    requirements: &["AUDIT-DETAILED-ACTIVITY-LOGS"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper asks for auditing that shows who accessed which data. Reads and \
writes of S3 objects are data events, which a trail records only for the buckets its event \
selectors name (or for every bucket). In a live account this rule names each bucket that holds \
PHI and checks that a trail that is logging now, covering the bucket's region, records both read \
and write object events for it (`EventSelectors` `DataResources` of type `AWS::S3::Object` with \
the bucket's ARN prefix or `arn:aws:s3`, or an advanced selector on `eventCategory` `Data` and \
`resources.type` `AWS::S3::Object` whose ARN filters include the bucket). Template scans give no \
finding (the static `cloudtrail-data-events` rule applies there).",
    remediation: "Add the bucket to a logging trail's data events: `aws cloudtrail \
put-event-selectors --trail-name <trail> --advanced-event-selectors \
'[{\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Data\"]},{\"Field\":\"resources.type\",\"Equals\":[\"AWS::S3::Object\"]},{\"Field\":\"resources.ARN\",\"StartsWith\":[\"arn:aws:s3:::<bucket>/\"]}]}]'` \
(keep a management-events selector beside it).",
    check: Check::Scan(check),
};

const TRAIL: &str = "AWS::CloudTrail::Trail";

fn bucket_name(b: &Resource) -> String {
    b.get("BucketName")
        .node()
        .and_then(Node::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| b.name.trim_start_matches("arn:aws:s3:::").to_string())
}

fn judge(ctx: &Ctx, b: &Resource) -> Outcome {
    let g = ctx.graph;
    let Some((account, region)) = live::place(b) else {
        return Outcome::not_applicable("the bucket was not read from a live account")
            .l10n("cloudtrail-phi-bucket-not-live", &[]);
    };
    let name = bucket_name(b);
    let mut unknown = Vec::new();
    // The trail whose IsLogging was not collected, when that is the only unknown.
    let mut not_collected = None;
    let mut stopped = Vec::new();
    for t in g.of_kind(TRAIL).filter(|t| live::in_account(t, account)) {
        let covers = matches!(flag(t, "IsMultiRegionTrail"), Flag::True(_))
            || t.get("HomeRegion").node().and_then(Node::as_str) == Some(region)
            || live::place(t).is_some_and(|(_, r)| r == region);
        if !covers {
            continue;
        }
        let records = match s3_data_events(t, &name) {
            Ok(r) => r,
            Err((path, why)) => {
                unknown.push(unread(t, &path, &why));
                continue;
            }
        };
        let Some(how) = records else { continue };
        match flag(t, "IsLogging") {
            Flag::True(_) => {
                let id = match how {
                    DataSelector::Advanced => "cloudtrail-phi-bucket-advanced",
                    DataSelector::Basic => "cloudtrail-phi-bucket-basic",
                };
                return Outcome::pass(format!("trail {} is logging and {}", t.name, how.english()))
                    .l10n(id, &[("trail", &t.name)]);
            }
            Flag::False(_) => stopped.push(t.name.clone()),
            Flag::Absent => {
                not_collected.get_or_insert(t.name.as_str());
                unknown.push((
                    format!("trail {}: IsLogging was not collected", t.name),
                    Some(MessagePart::new(
                        "cloudtrail-phi-bucket-item-not-collected",
                        &[("trail", &t.name)],
                    )),
                ));
            }
            Flag::Unknown(why, _) => unknown.push(unread(t, "IsLogging", &why)),
        }
    }
    if !unknown.is_empty() {
        let text: Vec<&str> = unknown.iter().map(|(t, _)| t.as_str()).collect();
        let mut o = Outcome::unknown(format!(
            "whether a trail records this bucket's object events is unknown: {}",
            text.join("; ")
        ));
        if let (Some(trail), 1) = (not_collected, unknown.len()) {
            return o.l10n("cloudtrail-phi-bucket-not-collected", &[("trail", trail)]);
        }
        // The trails' reasons, joined by `cloudtrail-next`.
        o.l10n = unknown
            .into_iter()
            .map(|(_, said)| said)
            .collect::<Option<Vec<_>>>()
            .and_then(|parts| {
                parts.into_iter().rev().reduce(|rest, first| {
                    MessagePart::new("cloudtrail-next", &[])
                        .with("first", first)
                        .with("rest", rest)
                })
            })
            .map(|trails| {
                vec![MessagePart::new("cloudtrail-phi-bucket-unknown", &[]).with("trails", trails)]
            });
        return o;
    }
    let scope = live::Scope {
        account: account.to_string(),
        region: region.to_string(),
    };
    if let Some(out) = live::gap(g, TRAIL, &scope) {
        return out;
    }
    if !stopped.is_empty() {
        let trails = stopped.join(", ");
        return Outcome::fail(format!(
            "trail {trails} would record this bucket's object events but is not logging"
        ))
        .l10n("cloudtrail-phi-bucket-stopped", &[("trails", &trails)]);
    }
    Outcome::fail(format!(
        "no trail in account {account} records read and write object events of bucket {name}: who read or changed PHI in it leaves no audit record"
    ))
    .l10n(
        "cloudtrail-phi-bucket-none",
        &[("account", account), ("bucket", &name)],
    )
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    if !live::is_live(ctx.graph) {
        return Vec::new();
    }
    ctx.graph
        .of_kind("AWS::S3::Bucket")
        .filter(|b| live::place(b).is_some() && ctx.phi.holds(b))
        .map(|b| (Some(b.id), judge(ctx, b)))
        .collect()
}

/// "trail T: `path` `why`", with its Fluent form when the reason has one.
fn unread(t: &Resource, path: &str, why: &str) -> (String, Option<MessagePart>) {
    (
        format!("trail {}: {path} {why}", t.name),
        phiguard_model::reason_l10n(why).map(|reason| {
            MessagePart::new(
                "cloudtrail-trail-unread-item",
                &[("trail", &t.name), ("path", path)],
            )
            .with("reason", reason)
        }),
    )
}
