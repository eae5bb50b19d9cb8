//! CloudTrail records activity in every region.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudtrail-multi-region",
    title: "CloudTrail trails record every region (IsMultiRegionTrail)",
    severity: Severity::High,
    service: "AWS CloudTrail",
    section: "AWS CloudTrail",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &[
        "CLOUDTRAIL-TRAIL-CREATED",
        "GEN-CLOUDTRAIL-ACTIVITY-LOGGING",
    ],
    kinds: &["AWS::CloudTrail::Trail"],
    phi_only: false,
    rationale: "Activity in a region no trail covers leaves no audit record: someone could copy PHI \
out through a region the team never uses. A multi-region trail records every region, including \
ones enabled later. A single-region trail passes when another logging trail in the scan is \
multi-region (the regions are covered), and fails otherwise.",
    remediation: "Set `IsMultiRegionTrail: true` (with `IncludeGlobalServiceEvents: true`); in \
Terraform, `is_multi_region_trail = true` on `aws_cloudtrail`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let out = require_true_said(
        r,
        "IsMultiRegionTrail",
        "multi-region logging",
        "what-multi-region-logging",
        Outcome::fail(
            "IsMultiRegionTrail is not set; a trail records only its home region by default",
        )
        .l10n("cloudtrail-multi-region-absent", &[]),
    );
    if out.verdict != crate::Verdict::Fail {
        return out;
    }
    let other = ctx.graph.of_kind("AWS::CloudTrail::Trail").find(|t| {
        t.id != r.id
            && matches!(flag(t, "IsMultiRegionTrail"), Flag::True(_))
            && !matches!(flag(t, "IsLogging"), Flag::False(_) | Flag::Unknown(..))
    });
    match other {
        Some(t) => Outcome::pass(format!(
            "this trail records one region, but trail {} records every region",
            t.name
        ))
        .l10n("cloudtrail-multi-region-other", &[("trail", &t.name)])
        .at(
            out.path.as_deref().unwrap_or("IsMultiRegionTrail"),
            out.location.as_ref(),
        ),
        None => out,
    }
}
