//! A CloudTrail trail records the account's API activity.
use crate::ScanOutcome;
use crate::judge::live;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudtrail-trail-exists",
    title: "A CloudTrail trail is defined and logging",
    severity: Severity::Critical,
    service: "AWS CloudTrail",
    section: "AWS CloudTrail",
    cfr: &[
        "45 CFR 164.312(b)",
        "45 CFR 164.308(a)(1)(ii)(D)",
        "45 CFR 164.308(a)(5)(ii)(C)",
    ],
    requirements: &[
        "CLOUDTRAIL-TRAIL-CREATED",
        "GEN-CLOUDTRAIL-ACTIVITY-LOGGING",
    ],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper names CloudTrail as the audit log the AWS BAA requires and asks for \
specific trails: the 90-day event history alone is not enough (164.312(b) audit controls). The \
rule looks at the whole scan, because one template (often a shared or organization stack) \
usually defines the trail for every other: when the scan holds PHI and defines no trail anywhere, \
it fails once, without a resource; each trail passes when it is logging and fails when \
IsLogging is false. A scan with nothing holding PHI and no trail is not applicable. In a live \
scan `IsLogging` is the trail's status now (GetTrailStatus); an account without any trail fails, \
and one whose trails could not be listed is unknown, naming the refused call.",
    remediation: "Define an AWS::CloudTrail::Trail with `IsLogging: true`, `IsMultiRegionTrail: \
true`, `EnableLogFileValidation: true`, a `KMSKeyId` and an `S3BucketName` (or include the stack \
that defines the organization trail in the scan); in Terraform, an `aws_cloudtrail` with \
`enable_logging = true`.",
    check: Check::Scan(check),
};

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let trails: Vec<&Resource> = ctx.graph.of_kind("AWS::CloudTrail::Trail").collect();
    if trails.is_empty() && live::is_live(ctx.graph) {
        return check_live_without_trails(ctx);
    }
    if trails.is_empty() {
        let holds_phi = ctx.graph.resources().iter().any(|r| ctx.phi.holds(r));
        let out = if holds_phi {
            Outcome::fail(
                "no CloudTrail trail is defined in the scanned configuration; the event history alone \
                 is not the audit log the BAA requires. If the trail lives in another stack or \
                 account, scan it too or suppress this finding with that reason",
            )
            .l10n("cloudtrail-trail-none", &[])
        } else {
            Outcome::not_applicable("no trail is defined and nothing in the scan holds PHI")
                .l10n("cloudtrail-trail-none-no-phi", &[])
        };
        return vec![(None, out)];
    }
    trails.into_iter().map(|t| (Some(t.id), judge(t))).collect()
}

/// A live scan that found no trail: per account, unknown where the trails could not be
/// listed (naming the call), else a failure that speaks of the account.
fn check_live_without_trails(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    let scopes = live::scopes(g);
    live::accounts(g)
        .into_iter()
        .map(|account| {
            let subject = live::account_resource(g, &account).map(|r| r.id);
            let gap = scopes
                .iter()
                .filter(|s| s.account == account)
                .find_map(|s| live::gap(g, "AWS::CloudTrail::Trail", s));
            let out = gap.unwrap_or_else(|| {
                Outcome::fail(format!(
                    "no CloudTrail trail exists in account {account}: its API activity is kept only in the 90-day event history, which is not the audit log the BAA requires"
                ))
                .l10n("cloudtrail-trail-none-account", &[("account", &account)])
            });
            (subject, out)
        })
        .collect()
}

fn judge(t: &Resource) -> Outcome {
    match flag(t, "IsLogging") {
        Flag::True(n) => Outcome::pass("the trail is logging")
            .l10n("cloudtrail-trail-logging", &[])
            .at("IsLogging", n.location.as_ref()),
        Flag::False(n) => Outcome::fail("IsLogging is false: the trail exists but records nothing")
            .l10n("cloudtrail-trail-not-logging", &[])
            .at("IsLogging", n.location.as_ref()),
        Flag::Unknown(why, loc) => match t.get("IsLogging") {
            Lookup::Unknown(n) | Lookup::Set(n) => crate::outcome::path_unknown("IsLogging", n),
            Lookup::Absent => Outcome::unknown(format!("IsLogging {why}")).at("IsLogging", loc),
        },
        // Terraform's `enable_logging` defaults to true; CloudFormation requires IsLogging.
        Flag::Absent if t.source_type.starts_with("aws_") => {
            Outcome::pass("the trail is logging (enable_logging defaults to true)")
                .l10n("cloudtrail-trail-logging-default", &[])
        }
        Flag::Absent if live::place(t).is_some() => Outcome::unknown(
            "IsLogging was not collected (cloudtrail:GetTrailStatus)",
        )
        .l10n("cloudtrail-trail-not-collected", &[])
        .at("IsLogging", None),
        Flag::Absent => Outcome::unknown(
            "IsLogging is not set; CloudFormation requires it, so the template does not deploy as written",
        )
        .l10n("cloudtrail-trail-logging-unset", &[])
        .at("IsLogging", None),
    }
}
