//! Amazon Macie discovers PHI in S3.
use crate::ScanOutcome;
use crate::judge::live;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "macie-enabled",
    title: "Amazon Macie is enabled to discover sensitive data in S3",
    severity: Severity::Low,
    service: "Amazon Macie",
    section: "AWS Auto Scaling",
    cfr: &["45 CFR 164.308(a)(1)(ii)(D)", "45 CFR 164.308(a)(1)(ii)(A)"],
    requirements: &["GEN-MACIE-S3-DISCOVERY"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper recommends managed security services such as Amazon Macie to \
discover and protect personal data in S3, which feeds the risk analysis (164.308(a)(1)(ii)(A)) and \
information system activity review. Macie is enabled per account and Region: a template can enable \
it (AWS::Macie::Session) or pause it, but a scan without a session cannot tell whether the account \
has Macie on, so that case is unknown; the live check reads GetMacieSession.",
    remediation: "Add an `AWS::Macie::Session` with `Status: ENABLED` (the default) to the \
account's baseline stack, and classification jobs for the PHI buckets; in Terraform, \
`aws_macie2_account` with `status = \"ENABLED\"` and `aws_macie2_classification_job`.",
    check: Check::Scan(check),
};

/// A live scan: Macie enabled in each scanned account and region that has a PHI bucket.
fn check_live(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    let scopes: Vec<live::Scope> = live::scopes(g)
        .into_iter()
        .filter(|s| {
            g.of_kind("AWS::S3::Bucket")
                .any(|b| live::in_scope(b, s) && ctx.phi.holds(b))
        })
        .collect();
    if scopes.is_empty() {
        return vec![(
            None,
            Outcome::not_applicable("no S3 bucket holding PHI in the scanned accounts and regions")
                .l10n("macie-no-phi-bucket", &[]),
        )];
    }
    live::per_scope_said(
        g,
        &scopes,
        "AWS::Macie::Session",
        |_, found| (Some(found[0].id), judge(found[0])),
        |s| {
            Outcome::fail(format!(
                "Macie is not enabled in {s}, where S3 buckets hold PHI"
            ))
            .l10n(
                "macie-not-enabled-scope",
                &[("account", &s.account), ("region", &s.region)],
            )
        },
    )
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    if live::is_live(ctx.graph) {
        return check_live(ctx);
    }
    let sessions: Vec<_> = ctx.graph.of_kind("AWS::Macie::Session").collect();
    if sessions.is_empty() {
        let phi_buckets = ctx
            .graph
            .of_kind("AWS::S3::Bucket")
            .any(|b| ctx.phi.holds(b));
        return vec![(
            None,
            if phi_buckets {
                Outcome::unknown(
                    "no AWS::Macie::Session in the scanned files; Macie is enabled per account and Region, so check the account",
                )
                .l10n("macie-no-session", &[])
            } else {
                Outcome::not_applicable("no Macie session and no S3 bucket holding PHI in the scan")
                    .l10n("macie-no-session-no-phi", &[])
            },
        )];
    }
    sessions
        .into_iter()
        .map(|s| (Some(s.id), judge(s)))
        .collect()
}

fn judge(s: &Resource) -> Outcome {
    match s.get("Status") {
        Lookup::Absent => {
            Outcome::pass("the Macie session is enabled (Status defaults to ENABLED)")
                .l10n("macie-session-default", &[])
                .at("Status", None)
        }
        Lookup::Unknown(n) => crate::outcome::path_unknown("Status", n),
        Lookup::Set(n) => match n.as_str() {
            Some("ENABLED") => {
                Outcome::pass("the Macie session is enabled").l10n("macie-session-enabled", &[])
            }
            Some(other) => Outcome::fail(format!(
                "the Macie session's Status is {other}, so Macie does not look for sensitive data"
            ))
            .l10n("macie-session-status", &[("status", other)]),
            None => crate::outcome::path_unknown("Status", n),
        }
        .at("Status", n.location.as_ref()),
    }
}
