//! The scanned account enables Security Hub with a standard.
use crate::ScanOutcome;
use crate::judge::live;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "securityhub-enabled",
    title: "Security Hub is enabled with at least one security standard",
    severity: Severity::Medium,
    service: "AWS Security Hub",
    section: "AWS Security Hub",
    cfr: &["45 CFR 164.308(a)(1)(ii)(D)", "45 CFR 164.308(a)(6)(ii)"],
    requirements: &["SECURITYHUB-ENABLED"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper describes Security Hub as the place that aggregates GuardDuty, \
Inspector, Macie, IAM Access Analyzer and Firewall Manager findings and drives remediation: the \
information-system activity review and incident response that HIPAA requires. This rule judges \
the scan as a whole and fails once when no hub is defined in the scanned files (Security Hub is \
usually enabled in a baseline stack that should be scanned too). In a live scan every scanned \
account and Region needs a hub (securityhub:DescribeHub): a Region without one fails, and one \
where the call was refused is unknown, naming it.",
    remediation: "Define an `AWS::SecurityHub::Hub` (keep `EnableDefaultStandards` true or add \
`AWS::SecurityHub::Standard` for AWS Foundational Security Best Practices); in Terraform, \
`aws_securityhub_account` and `aws_securityhub_standards_subscription`. Add an \
`AWS::AccessAnalyzer::Analyzer` so its findings reach the hub.",
    check: Check::Scan(check),
};

/// A live scan: a hub in every scanned account and region.
fn check_live(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    live::per_scope_said(
        g,
        &live::scopes(g),
        "AWS::SecurityHub::Hub",
        |s, found| {
            (
                Some(found[0].id),
                Outcome::pass(format!("Security Hub is enabled in {s}")).l10n(
                    "securityhub-enabled-scope",
                    &[("account", &s.account), ("region", &s.region)],
                ),
            )
        },
        |s| {
            Outcome::fail(format!("Security Hub is not enabled in {s}")).l10n(
                "securityhub-not-enabled-scope",
                &[("account", &s.account), ("region", &s.region)],
            )
        },
    )
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    if live::is_live(g) {
        return check_live(ctx);
    }
    let hubs: Vec<&Resource> = g
        .of_kind("AWS::SecurityHub::Hub")
        .chain(g.of_kind("AWS::SecurityHub::HubV2"))
        .collect();
    if hubs.is_empty() {
        return vec![(
            None,
            Outcome::unknown(
                "no Security Hub hub is defined in the scanned files; Security Hub is enabled per account and Region, so check the account (or scan its baseline stack too)",
            )
            .l10n("securityhub-no-hub", &[]),
        )];
    }
    let has_standard = g.of_kind("AWS::SecurityHub::Standard").next().is_some();
    hubs.into_iter()
        .map(|h| {
            let out = match flag(h, "EnableDefaultStandards") {
                Flag::False(n) if !has_standard => Outcome::fail("EnableDefaultStandards is false and no AWS::SecurityHub::Standard is enabled, so nothing is checked")
                    .l10n("securityhub-no-standards", &[])
                    .at("EnableDefaultStandards", n.location.as_ref()),
                Flag::Unknown(why, loc) if !has_standard => match h.get("EnableDefaultStandards") {
                    Lookup::Set(n) | Lookup::Unknown(n) => {
                        crate::outcome::path_unknown("EnableDefaultStandards", n)
                    }
                    Lookup::Absent => Outcome::unknown(format!("EnableDefaultStandards {why}"))
                        .at("EnableDefaultStandards", loc),
                },
                _ => Outcome::pass("Security Hub is enabled with security standards")
                    .l10n("securityhub-standards", &[]),
            };
            (Some(h.id), out)
        })
        .collect()
}
