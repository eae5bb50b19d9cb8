//! Roles that Comprehend assumes reach only the buckets the jobs need.
use crate::judge::json_doc::one_or_many;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "comprehend-data-access-scope",
    title: "IAM roles trusted by Comprehend grant S3 access to named buckets, not to every bucket",
    severity: Severity::Medium,
    service: "Amazon Comprehend",
    section: "AWS Identity and Access Management",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["COMPREHEND-DATA-FLOW"],
    kinds: &["AWS::IAM::Role"],
    phi_only: false,
    rationale: "Customers control Comprehend's data inputs and outputs with the IAM data access role \
the jobs assume. A role whose S3 permissions apply to Resource \"*\" (or that carries an AWS \
managed S3 policy) lets any job read and write every bucket in the account, PHI buckets included, \
instead of the job's own input and output prefixes. This checks the role's inline policies, \
attached AWS managed policies and policies in the scan that name the role; other customer managed \
policies give unknown.",
    remediation: "Scope the `s3:` statements of the role's policies to the input and output bucket \
ARNs and prefixes (`arn:aws:s3:::bucket/prefix/*`), and drop `AmazonS3FullAccess` / \
`AmazonS3ReadOnlyAccess`; in Terraform, the policy documents attached to the `aws_iam_role`.",
    check: Check::Resource(check),
};

/// A statement that allows S3 actions on every resource.
fn s3_everywhere(stmt: &Node) -> bool {
    let allow = stmt.get("Effect").node().and_then(Node::as_str) == Some("Allow");
    let lower = |p: &str| -> Vec<String> {
        stmt.get(p)
            .node()
            .map(one_or_many)
            .unwrap_or_default()
            .iter()
            .filter_map(|x| x.as_str().map(str::to_ascii_lowercase))
            .collect()
    };
    let s3 = lower("Action")
        .iter()
        .any(|a| a == "*" || a.starts_with("s3:"));
    let star = lower("Resource")
        .iter()
        .any(|r| r == "*" || r == "arn:aws:s3:::*" || r == "arn:aws:s3:::*/*");
    allow && s3 && star
}

fn document_grants_everywhere(doc: &Node) -> Option<bool> {
    let doc = crate::judge::json_doc::read(doc)?;
    Some(
        doc.get("Statement")
            .node()
            .map(one_or_many)
            .unwrap_or_default()
            .iter()
            .any(|s| s3_everywhere(s)),
    )
}

fn trusts_comprehend(r: &Resource) -> bool {
    let Some(doc) = r
        .get("AssumeRolePolicyDocument")
        .node()
        .and_then(crate::judge::json_doc::read)
    else {
        return false;
    };
    doc.get("Statement")
        .node()
        .map(one_or_many)
        .unwrap_or_default()
        .iter()
        .any(|s| {
            s.get("Principal.Service")
                .node()
                .map(one_or_many)
                .unwrap_or_default()
                .iter()
                .any(|p| {
                    p.as_str().is_some_and(|x| {
                        x.eq_ignore_ascii_case("comprehend.amazonaws.com")
                            || x.eq_ignore_ascii_case("comprehendmedical.amazonaws.com")
                    })
                })
        })
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if !trusts_comprehend(r) {
        return Outcome::not_applicable("the role is not trusted by Comprehend")
            .l10n("comprehend-not-trusted", &[]);
    }
    for (i, p) in r
        .get("Policies")
        .node()
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        if let Some(doc) = p.get("PolicyDocument").node()
            && document_grants_everywhere(doc) == Some(true)
        {
            let path = format!("Policies.{i}.PolicyDocument");
            return Outcome::fail(
                "an inline policy allows S3 actions on every bucket (Resource \"*\")",
            )
            .l10n("comprehend-scope-inline", &[])
            .at(&path, doc.location.as_ref());
        }
    }
    let mut unknown = None;
    for arn in r
        .get("ManagedPolicyArns")
        .node()
        .map(Node::items)
        .unwrap_or_default()
    {
        match crate::judge::reference::follow(ctx, r, arn) {
            crate::judge::reference::Pointee::Found(mp)
            | crate::judge::reference::Pointee::Other(mp) => {
                if mp
                    .get("PolicyDocument")
                    .node()
                    .and_then(document_grants_everywhere)
                    == Some(true)
                {
                    return Outcome::fail(format!(
                        "the managed policy '{}' allows S3 actions on every bucket",
                        mp.name
                    ))
                    .l10n("comprehend-scope-managed", &[("policy", &mp.name)])
                    .at("ManagedPolicyArns", arn.location.as_ref());
                }
            }
            crate::judge::reference::Pointee::Outside(a) if a.contains(":iam::aws:policy/") => {
                if a.contains("AmazonS3")
                    || a.ends_with("/AdministratorAccess")
                    || a.ends_with("/PowerUserAccess")
                {
                    return Outcome::fail(format!(
                        "the AWS managed policy {a} grants S3 access to every bucket"
                    ))
                    .l10n("comprehend-scope-aws-managed", &[("policy", &a)])
                    .at("ManagedPolicyArns", arn.location.as_ref());
                }
            }
            crate::judge::reference::Pointee::Outside(a) => {
                unknown.get_or_insert(
                    Outcome::unknown(format!("the managed policy {a} is not in the scan"))
                        .l10n("comprehend-scope-outside", &[("policy", &a)]),
                );
            }
            crate::judge::reference::Pointee::Unresolved(why) => {
                let mut o = Outcome::unknown(format!("a managed policy ARN {why}"));
                o.l10n = phiguard_model::reason_l10n(&why).map(|reason| {
                    vec![
                        crate::MessagePart::new("comprehend-scope-arn-unknown", &[])
                            .with("reason", reason),
                    ]
                });
                unknown.get_or_insert(o);
            }
        }
    }
    for kind in [
        "AWS::IAM::Policy",
        "AWS::IAM::ManagedPolicy",
        "AWS::IAM::RolePolicy",
    ] {
        for pol in ctx.graph.referrers(r.id, kind) {
            if pol
                .get("PolicyDocument")
                .node()
                .and_then(document_grants_everywhere)
                == Some(true)
            {
                return Outcome::fail(format!(
                    "the policy '{}' attached to the role allows S3 actions on every bucket",
                    pol.name
                ))
                .l10n("comprehend-scope-attached", &[("policy", &pol.name)]);
            }
        }
    }
    match unknown {
        Some(why) => why.at("ManagedPolicyArns", r.get("ManagedPolicyArns").location()),
        None => Outcome::pass("the role's S3 permissions name specific buckets")
            .l10n("comprehend-scope-specific", &[]),
    }
}
