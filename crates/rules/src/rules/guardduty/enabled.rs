//! Amazon GuardDuty watches the account for threats.
use crate::ScanOutcome;
use crate::judge::live;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "guardduty-enabled",
    title: "Amazon GuardDuty detectors are enabled",
    severity: Severity::Medium,
    service: "Amazon GuardDuty",
    section: "Amazon GuardDuty",
    cfr: &["45 CFR 164.308(a)(1)(ii)(D)", "45 CFR 164.308(a)(6)(ii)"],
    requirements: &["GUARDDUTY-ENABLED"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper recommends GuardDuty for continuous threat detection, which supports \
information system activity review (164.308(a)(1)(ii)(D)) and security incident response \
(164.308(a)(6)(ii)). GuardDuty is enabled per account and Region: a template can create a \
detector or disable one, but a scan without a detector cannot tell whether the account has one, so \
that case is unknown. In a live scan every scanned account and Region needs an enabled detector \
(guardduty:ListDetectors, GetDetector): a Region without one fails, and one whose detectors could \
not be listed is unknown, naming the refused call.",
    remediation: "Add an `AWS::GuardDuty::Detector` with `Enable: true` to the account's baseline \
stack in every Region you use (or enable GuardDuty organization-wide); in Terraform, \
`aws_guardduty_detector` with `enable = true`.",
    check: Check::Scan(check),
};

const DETECTOR: &str = "AWS::GuardDuty::Detector";

/// A live scan: a detector enabled in every scanned account and region.
fn check_live(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    let mut out = live::per_scope_said(
        g,
        &live::scopes(g),
        DETECTOR,
        |s, found| match found
            .iter()
            .find(|d| matches!(flag(d, "Enable"), Flag::True(_)))
        {
            Some(d) => (
                Some(d.id),
                Outcome::pass(format!("GuardDuty is enabled in {s}"))
                    .l10n(
                        "guardduty-enabled-scope",
                        &[("account", &s.account), ("region", &s.region)],
                    )
                    .at("Enable", None),
            ),
            None => (Some(found[0].id), judge(found[0])),
        },
        |s| {
            Outcome::fail(format!(
                "GuardDuty is not enabled in {s}: no detector exists there"
            ))
            .l10n(
                "guardduty-no-detector-scope",
                &[("account", &s.account), ("region", &s.region)],
            )
        },
    );
    out.extend(live::from_files(g, DETECTOR).map(|d| (Some(d.id), judge(d))));
    out
}

fn judge(d: &Resource) -> Outcome {
    require_true_said(
        d,
        "Enable",
        "GuardDuty",
        "what-guardduty",
        Outcome::fail("Enable is not set on the detector").l10n("guardduty-enable-absent", &[]),
    )
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    if live::is_live(ctx.graph) {
        return check_live(ctx);
    }
    let detectors: Vec<_> = ctx.graph.of_kind(DETECTOR).collect();
    if detectors.is_empty() {
        return vec![(
            None,
            if ctx.graph.resources().is_empty() {
                Outcome::not_applicable("nothing was scanned")
                    .l10n("guardduty-nothing-scanned", &[])
            } else {
                Outcome::unknown(
                    "no AWS::GuardDuty::Detector in the scanned files; GuardDuty is enabled per account and Region, so check the account",
                )
                .l10n("guardduty-no-detector", &[])
            },
        )];
    }
    detectors
        .into_iter()
        .map(|d| (Some(d.id), judge(d)))
        .collect()
}
