//! Amazon GuardDuty watches the account for threats.
use crate::ScanOutcome;
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
that case is unknown; the live check reads ListDetectors in each Region.",
    remediation: "Add an `AWS::GuardDuty::Detector` with `Enable: true` to the account's baseline \
stack in every Region you use (or enable GuardDuty organization-wide); in Terraform, \
`aws_guardduty_detector` with `enable = true`.",
    check: Check::Scan(check),
};

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let detectors: Vec<_> = ctx.graph.of_kind("AWS::GuardDuty::Detector").collect();
    if detectors.is_empty() {
        return vec![(
            None,
            if ctx.graph.resources().is_empty() {
                Outcome::not_applicable("nothing was scanned")
            } else {
                Outcome::unknown(
                    "no AWS::GuardDuty::Detector in the scanned files; GuardDuty is enabled per account and Region, so check the account",
                )
            },
        )];
    }
    detectors
        .into_iter()
        .map(|d| {
            let out = require_true(
                d,
                "Enable",
                "GuardDuty",
                Outcome::fail("Enable is not set on the detector"),
            );
            (Some(d.id), out)
        })
        .collect()
}
