//! Amazon Inspector scans the EC2 instances that hold PHI.
use crate::ScanOutcome;
use crate::judge::live::{self, Scope};
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "inspector-phi-instances",
    title: "Amazon Inspector scans EC2 in the regions of instances that hold PHI (live)",
    severity: Severity::Low,
    service: "Amazon Inspector",
    section: "Amazon Inspector",
    cfr: &["45 CFR 164.308(a)(1)(ii)(A)", "45 CFR 164.308(a)(8)"],
    requirements: &["INSPECTOR-ON-PHI-INSTANCES"],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper recommends Amazon Inspector for vulnerability assessment of EC2 \
instances that hold PHI (risk analysis and evaluation, 164.308(a)(1)(ii)(A), 164.308(a)(8)). \
Inspector is enabled per account and region and per resource type (inspector2:BatchGetAccountStatus, \
collected as an `AWS::Inspector2::Enabler` with its `ResourceTypes`): each instance holding PHI \
passes when EC2 scanning is enabled where it runs. Only a live account can answer this: template \
scans give no finding.",
    remediation: "`aws inspector2 enable --resource-types EC2 --account-ids <account>` in each \
region that runs PHI instances (or enable it for the organization from the delegated \
administrator).",
    check: Check::Scan(check),
};

const ENABLER: &str = "AWS::Inspector2::Enabler";

fn judge(ctx: &Ctx, i: &Resource) -> Outcome {
    let g = ctx.graph;
    let (account, region) = live::place(i).unwrap_or_default();
    let scope = Scope {
        account: account.to_string(),
        region: region.to_string(),
    };
    let mut unknown = None;
    for e in g.of_kind(ENABLER).filter(|e| live::in_scope(e, &scope)) {
        match e.get("ResourceTypes") {
            Lookup::Set(n) if n.items().iter().any(|t| t.as_str() == Some("EC2")) => {
                return Outcome::pass(format!("Inspector scans EC2 in {scope}"))
                    .l10n(
                        "inspector-scans-ec2",
                        &[("account", account), ("region", region)],
                    )
                    .at("ResourceTypes", None);
            }
            Lookup::Set(_) | Lookup::Absent => {}
            Lookup::Unknown(n) => {
                let o = Outcome::unknown(format!(
                    "Inspector's ResourceTypes {}",
                    crate::unknown_reason(n)
                ));
                unknown = Some(with_reason(
                    o,
                    n,
                    "inspector-resource-types-unreadable",
                    &[],
                ))
            }
        }
    }
    if let Some(u) = unknown.or_else(|| live::gap(g, ENABLER, &scope)) {
        return u;
    }
    Outcome::fail(format!(
        "Amazon Inspector does not scan EC2 in {scope}: this PHI instance gets no vulnerability assessment"
    ))
    .l10n(
        "inspector-no-ec2-scan",
        &[("account", account), ("region", region)],
    )
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    if !live::is_live(g) {
        return Vec::new();
    }
    g.of_kind("AWS::EC2::Instance")
        .filter(|i| live::place(i).is_some() && ctx.phi.holds(i))
        .map(|i| (Some(i.id), judge(ctx, i)))
        .collect()
}
