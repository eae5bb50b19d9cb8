//! Roles that Comprehend assumes limit which jobs may assume them.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "comprehend-role-confused-deputy",
    title: "IAM roles trusted by Comprehend restrict the trust with aws:SourceArn or aws:SourceAccount",
    severity: Severity::Medium,
    service: "Amazon Comprehend",
    section: "Cross-service confused deputy prevention",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &[
        "COMPREHEND-CONFUSED-DEPUTY",
        "COMPREHENDMEDICAL-SAME-AS-COMPREHEND",
    ],
    kinds: &["AWS::IAM::Role"],
    phi_only: false,
    rationale: "A data access role trusted by comprehend.amazonaws.com (or comprehendmedical) lets \
Comprehend read and write PHI in the customer's buckets. Without an aws:SourceArn or \
aws:SourceAccount condition, a Comprehend job started from another account that learns the role's \
ARN can make the service use it: the cross-service confused deputy the guidance warns about. \
Comprehend Medical follows the same guidance.",
    remediation: "Add `Condition: { StringEquals: { \"aws:SourceAccount\": !Ref AWS::AccountId } }` \
(or `ArnLike` on `aws:SourceArn` with the jobs' ARNs) to the statement of \
`AssumeRolePolicyDocument` that trusts the Comprehend service principal; in Terraform, a \
`condition` block in the `assume_role_policy` of `aws_iam_role`.",
    check: Check::Resource(check),
};

const PRINCIPALS: [&str; 2] = [
    "comprehend.amazonaws.com",
    "comprehendmedical.amazonaws.com",
];

/// Whether a statement's principal names a Comprehend service principal.
fn trusts_comprehend(stmt: &Node) -> bool {
    stmt.get("Principal.Service")
        .node()
        .map(crate::judge::json_doc::one_or_many)
        .unwrap_or_default()
        .iter()
        .any(|p| {
            p.as_str()
                .is_some_and(|s| PRINCIPALS.contains(&s.to_ascii_lowercase().as_str()))
        })
}

/// Whether a statement allows assuming the role.
fn allows_assume(stmt: &Node) -> bool {
    stmt.get("Effect").node().and_then(Node::as_str) == Some("Allow")
        && stmt
            .get("Action")
            .node()
            .map(crate::judge::json_doc::one_or_many)
            .unwrap_or_default()
            .iter()
            .any(|a| {
                a.as_str().is_some_and(|s| {
                    matches!(
                        s.to_ascii_lowercase().as_str(),
                        "sts:assumerole" | "sts:*" | "*"
                    )
                })
            })
}

/// Whether the statement's condition names aws:SourceArn or aws:SourceAccount.
fn scoped(stmt: &Node) -> bool {
    stmt.get("Condition").node().is_some_and(|c| {
        c.entries().iter().any(|(_, keys)| {
            keys.entries().iter().any(|(k, _)| {
                let k = k.to_ascii_lowercase();
                k == "aws:sourcearn" || k == "aws:sourceaccount"
            })
        })
    })
}

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "AssumeRolePolicyDocument";
    let raw = match r.get(path) {
        Lookup::Absent => {
            return Outcome::not_applicable("no trust policy is written")
                .l10n("comprehend-trust-none", &[]);
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => n,
    };
    let Some(doc) = crate::judge::json_doc::read(raw) else {
        return Outcome::unknown("the trust policy is not a readable policy document")
            .l10n("comprehend-trust-unreadable", &[])
            .at(path, raw.location.as_ref());
    };
    let stmts = doc
        .get("Statement")
        .node()
        .map(crate::judge::json_doc::one_or_many)
        .unwrap_or_default();
    let mut judged = None;
    for (i, s) in stmts.iter().enumerate() {
        if !trusts_comprehend(s) || !allows_assume(s) {
            continue;
        }
        let at = format!("{path}.Statement.{i}");
        if !scoped(s) {
            return Outcome::fail(
                "the role trusts Comprehend without an aws:SourceArn or aws:SourceAccount condition, so jobs in other accounts could make Comprehend use it",
            )
            .l10n("comprehend-trust-unscoped", &[])
            .at(&at, s.location.as_ref());
        }
        judged = Some(
            Outcome::pass("the Comprehend trust is limited by aws:SourceArn or aws:SourceAccount")
                .l10n("comprehend-trust-scoped", &[])
                .at(&at, s.location.as_ref()),
        );
    }
    judged.unwrap_or_else(|| {
        Outcome::not_applicable("the role is not trusted by Comprehend")
            .l10n("comprehend-not-trusted", &[])
    })
}
