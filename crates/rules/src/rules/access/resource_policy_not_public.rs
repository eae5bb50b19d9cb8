//! No resource policy opens a resource that holds or carries PHI to everyone.
use crate::MessagePart;
use crate::judge::exposure::{self, POLICY_KINDS};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "resource-policy-not-public",
    title: "Resource policies on resources that hold or carry PHI do not allow everyone",
    severity: Severity::Critical,
    service: "General",
    section: "Introduction",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["RESOURCE-POLICY-NOT-PUBLIC"],
    kinds: POLICY_KINDS,
    phi_only: false,
    rationale: "Access control (164.312(a)(1)) allows access to PHI only to authorized persons and \
software. A resource policy statement with Effect Allow and Principal \"*\" (or {\"AWS\": \"*\"}) grants \
every AWS account and anonymous callers, unless a condition ties the request to an account, an \
organisation, a VPC, a VPC endpoint or a calling resource (aws:SourceAccount, aws:SourceArn, \
aws:SourceVpce, aws:SourceVpc, aws:PrincipalOrgID, aws:PrincipalAccount, kms:CallerAccount...). \
phiguard reads the policy's meaning: a condition with a negated or ...IfExists operator, or a \
wildcard value, restricts nothing; a Deny is never a grant. Public S3 ACLs (PublicRead, \
PublicReadWrite, AuthenticatedRead) and Lambda permissions for Principal \"*\" without SourceArn or \
SourceAccount are public too. S3 Block Public Access (RestrictPublicBuckets, IgnorePublicAcls) and an \
OpenSearch domain inside a VPC neutralise an open policy, and phiguard says so.",
    remediation: "Name the principals that need access (account ARNs, roles, service principals), or \
add a condition such as `StringEquals: {aws:PrincipalOrgID: o-...}`, `aws:SourceAccount` or \
`aws:SourceVpce`; remove public canned ACLs from buckets; give Lambda permissions a `SourceArn` or \
`SourceAccount`. In Terraform, the same in the policy JSON or `aws_iam_policy_document`, `acl`, and \
`source_arn` on `aws_lambda_permission`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if !exposure::carries_phi(ctx, r) {
        return Outcome::not_applicable("the resource neither holds nor carries PHI")
            .l10n("resource-policy-no-phi", &[]);
    }
    if r.kind == "AWS::Lambda::Function" {
        return lambda(ctx, r);
    }
    let sources = exposure::policy_sources(ctx, r);
    let mut unknown = None;
    let mut grant = None;
    for s in &sources {
        match exposure::public_grant(s.owner.get(s.path)) {
            Ok(Some(g)) => {
                grant = Some((s.describe(r), g));
                break;
            }
            Ok(None) => {}
            Err(u) => {
                unknown.get_or_insert((s.describe(r), u));
            }
        }
    }
    if let Some((path, g)) = grant {
        let by = if g.by_sid { "sid" } else { "index" };
        let args = [("path", path.as_str()), ("by", by), ("statement", &g.label)];
        if let Some(neutral) = neutralised(r, true) {
            let o = Outcome::pass(format!(
                "{path} allows everyone in {}, but {}",
                g.statement,
                neutral.english()
            ));
            return match neutral {
                Neutral::BlockPublicAccess(setting) => o.l10n(
                    "resource-policy-open-but-bpa",
                    &[args[0], args[1], args[2], ("setting", setting)],
                ),
                Neutral::Vpc => o.l10n("resource-policy-open-but-vpc", &args),
            }
            .at(&path, g.location.as_ref());
        }
        return Outcome::fail(format!(
            "{path} allows Principal \"*\" in {} with no condition restricting it to an account, \
             organisation, VPC or source",
            g.statement
        ))
        .l10n("resource-policy-open", &args)
        .at(&path, g.location.as_ref());
    }
    if r.kind == "AWS::S3::Bucket"
        && let Some(acl @ ("PublicRead" | "PublicReadWrite" | "AuthenticatedRead")) =
            r.get("AccessControl").node().and_then(Node::as_str)
    {
        if let Some(neutral) = neutralised(r, false) {
            let o = Outcome::pass(format!(
                "the bucket grants the canned ACL {acl}, but {}",
                neutral.english()
            ));
            return match neutral {
                Neutral::BlockPublicAccess(setting) => o.l10n(
                    "resource-policy-acl-but-bpa",
                    &[("acl", acl), ("setting", setting)],
                ),
                Neutral::Vpc => o,
            }
            .at_lookup("AccessControl", r.get("AccessControl"));
        }
        let o = if acl == "AuthenticatedRead" {
            Outcome::fail(format!(
                "the bucket grants the public canned ACL {acl}: every AWS account can read it"
            ))
            .l10n("resource-policy-acl-authenticated", &[("acl", acl)])
        } else {
            Outcome::fail(format!(
                "the bucket grants the public canned ACL {acl}: anyone can read it"
            ))
            .l10n("resource-policy-acl-public", &[("acl", acl)])
        };
        return o.at_lookup("AccessControl", r.get("AccessControl"));
    }
    if let Some((path, u)) = unknown {
        let u = *u;
        let mut o = Outcome::unknown(format!("{path} cannot be evaluated: {}", u.why));
        o.l10n = u.said.map(|why| {
            vec![
                MessagePart::new("resource-policy-unevaluated", &[("path", &path)])
                    .with("why", why),
            ]
        });
        return o.at(&path, u.location.as_ref());
    }
    if sources.is_empty() {
        return Outcome::pass(
            "no resource policy is attached; only IAM identities of the account have access",
        )
        .l10n("resource-policy-none", &[]);
    }
    let names: Vec<String> = sources.iter().map(|s| s.describe(r)).collect();
    let names_list = names.join(", ");
    Outcome::pass(format!(
        "no statement of {names_list} allows everyone without a restricting condition"
    ))
    .l10n(
        "resource-policy-no-open-statement",
        &[("policies", &names_list)],
    )
    .at(&names[0], sources[0].owner.get(sources[0].path).location())
}

/// What makes an open policy (or ACL) harmless.
enum Neutral {
    /// S3 Block Public Access, the setting that is on.
    BlockPublicAccess(&'static str),
    /// An OpenSearch domain inside a VPC.
    Vpc,
}

impl Neutral {
    fn english(&self) -> String {
        match self {
            Neutral::BlockPublicAccess(setting) => {
                format!("Block Public Access {setting} is on, so S3 ignores it")
            }
            Neutral::Vpc => {
                "the domain is inside a VPC, so only its network (and security groups) can reach it"
                    .to_string()
            }
        }
    }
}

/// What makes an open policy (or ACL) harmless: S3 Block Public Access, or a VPC domain.
fn neutralised(r: &Resource, policy: bool) -> Option<Neutral> {
    match r.kind.as_str() {
        "AWS::S3::Bucket" => {
            let setting = if policy {
                "RestrictPublicBuckets"
            } else {
                "IgnorePublicAcls"
            };
            matches!(
                flag(r, &format!("PublicAccessBlockConfiguration.{setting}")),
                Flag::True(_)
            )
            .then_some(Neutral::BlockPublicAccess(setting))
        }
        "AWS::OpenSearchService::Domain" | "AWS::Elasticsearch::Domain" => {
            let v = r.get("VPCOptions.SubnetIds");
            v.node()
                .is_some_and(|n| !n.items().is_empty())
                .then_some(Neutral::Vpc)
        }
        _ => None,
    }
}

/// A function's permissions: Principal "*" without SourceArn, SourceAccount or
/// PrincipalOrgID lets anyone invoke it.
fn lambda(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut unknown = None;
    let mut any = false;
    for p in ctx.graph.referrers(r.id, "AWS::Lambda::Permission") {
        any = true;
        let principal = match p.get("Principal") {
            Lookup::Set(n) => match n.as_str() {
                Some(s) => s.trim().to_string(),
                None => {
                    unknown.get_or_insert((p, crate::unknown_reason(n)));
                    continue;
                }
            },
            Lookup::Unknown(n) => {
                unknown.get_or_insert((p, crate::unknown_reason(n)));
                continue;
            }
            Lookup::Absent => continue,
        };
        let restricted = ["SourceArn", "SourceAccount", "PrincipalOrgID"]
            .iter()
            .any(|k| !p.get(k).is_absent());
        if principal == "*" && !restricted {
            return Outcome::fail(format!(
                "permission {} lets Principal \"*\" invoke the function, with no SourceArn, \
                 SourceAccount or PrincipalOrgID",
                p.name
            ))
            .l10n("resource-policy-lambda-open", &[("permission", &p.name)])
            .at_lookup(&format!("{}.Principal", p.name), p.get("Principal"));
        }
    }
    if let Some((p, why)) = unknown {
        return crate::judge::bucket::with_reason(
            Outcome::unknown(format!("permission {}'s Principal {why}", p.name)).l10n(
                "resource-policy-lambda-principal-unknown",
                &[("permission", &p.name)],
            ),
            &why,
        )
        .at_lookup(&format!("{}.Principal", p.name), p.get("Principal"));
    }
    if any {
        Outcome::pass("every permission names its principal or restricts its source")
            .l10n("resource-policy-lambda-restricted", &[])
    } else {
        Outcome::pass("no resource-based permission is attached to the function")
            .l10n("resource-policy-lambda-none", &[])
    }
}
