//! Templates do not create long-term IAM access keys.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "iam-no-long-term-access-keys",
    title: "Templates do not create active long-term IAM access keys",
    severity: Severity::Medium,
    service: "AWS Identity and Access Management",
    section: "AWS Certificate Manager",
    cfr: &[
        "45 CFR 164.312(d)",
        "45 CFR 164.308(a)(5)(ii)(D)",
        "45 CFR 164.312(a)(2)(i)",
        "45 CFR 164.308(a)(4)(ii)(B)",
    ],
    requirements: &[
        "ACM-TEMPORARY-CREDENTIALS",
        "AUTOSCALING-IAM-INDIVIDUAL-USERS",
    ],
    kinds: &["AWS::IAM::AccessKey"],
    phi_only: false,
    rationale: "The whitepaper (ACM and Auto Scaling sections) asks to protect account \
credentials, give each person an individual identity, and prefer temporary credentials (IAM \
Identity Center, roles) over long-term access keys for programmatic access. An access key created \
by a template never expires, its secret ends up in stack outputs or parameters, and it is easily \
shared by several people. This is the template part of the requirements; a live check would add \
the IAM credential report (active keys of human users, key age) and the absence of root keys.",
    remediation: "Replace the `AWS::IAM::AccessKey` (Terraform `aws_iam_access_key`) with an IAM \
role the workload assumes (instance profile, task role, IRSA, IAM Roles Anywhere for on-premises \
systems) or IAM Identity Center for people. Where a third party truly needs a key, keep it \
`Inactive` until used, store it in Secrets Manager and rotate it.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    let user = r.get("UserName").node().and_then(|n| match &n.value {
        Value::Str(s) => Some(s.clone()),
        Value::Ref { target, .. } => Some(target.clone()),
        _ => None,
    });
    let whose = user
        .as_ref()
        .map(|u| format!(" for '{u}'"))
        .unwrap_or_default();
    let said = |o: Outcome, id: &'static str, for_id: &'static str| match &user {
        Some(u) => o.l10n(for_id, &[("user", u)]),
        None => o.l10n(id, &[]),
    };
    match string_attr(r, "Status") {
        Ok(Some((s, loc))) if s.eq_ignore_ascii_case("Inactive") => said(
            Outcome::pass(format!("the access key{whose} is created inactive")),
            "iam-key-inactive",
            "iam-key-inactive-for",
        )
        .at("Status", loc),
        Ok(Some((_, loc))) => said(
            Outcome::fail(format!("the template creates an active long-term access key{whose}; use a role or temporary credentials")),
            "iam-key-active",
            "iam-key-active-for",
        )
        .at("Status", loc),
        Ok(None) => said(
            Outcome::fail(format!("the template creates a long-term access key{whose} (active by default); use a role or temporary credentials")),
            "iam-key-default-active",
            "iam-key-default-active-for",
        ),
        Err(unknown) => unknown,
    }
}
