//! EC2 instances require IMDSv2 session tokens.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ec2-imdsv2",
    title: "EC2 instances, launch templates and launch configurations require IMDSv2 (HttpTokens required)",
    severity: Severity::Low,
    service: "Amazon EC2",
    section: "Amazon Elastic Compute Cloud",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["EC2-IMDSV2"],
    kinds: &[
        "AWS::EC2::Instance",
        "AWS::EC2::LaunchTemplate",
        "AWS::AutoScaling::LaunchConfiguration",
    ],
    phi_only: false,
    rationale: "Instance role credentials are what an instance uses to reach PHI stores. With IMDSv1 \
allowed, a server-side request forgery in an application can read those credentials from the \
metadata service; IMDSv2's session tokens block that. (A best-practice extension in the catalog, \
not whitepaper text.) When HttpTokens is not written the instance accepts IMDSv1 unless the AMI or \
the account default says otherwise, which the template does not show.",
    remediation: "Set `MetadataOptions.HttpTokens: required` on `AWS::EC2::Instance` or \
`AWS::AutoScaling::LaunchConfiguration`, or `LaunchTemplateData.MetadataOptions.HttpTokens: \
required` on `AWS::EC2::LaunchTemplate`; in Terraform, `metadata_options { http_tokens = \
\"required\" }` on `aws_instance` or `aws_launch_template`.",
    check: Check::Resource(check),
};

fn judge(r: &Resource, options: &str) -> Outcome {
    let endpoint = format!("{options}.HttpEndpoint");
    if r.get(&endpoint).node().and_then(Node::as_str) == Some("disabled") {
        return Outcome::pass("the instance metadata service is disabled")
            .l10n("ec2-imdsv2-disabled", &[])
            .at_lookup(&endpoint, r.get(&endpoint));
    }
    let tokens = format!("{options}.HttpTokens");
    match r.get(&tokens) {
        Lookup::Absent => Outcome::fail(
            "HttpTokens is not set, so IMDSv1 stays available unless the AMI or the account default requires tokens",
        )
        .l10n("ec2-imdsv2-tokens-absent", &[])
        .at(&tokens, None),
        Lookup::Unknown(n) => crate::outcome::path_unknown(&tokens, n),
        Lookup::Set(n) => match n.as_str() {
            Some("required") => Outcome::pass("IMDSv2 session tokens are required").l10n("ec2-imdsv2-required", &[]),
            Some("optional") => Outcome::fail("HttpTokens is optional, so IMDSv1 requests can read the instance's role credentials").l10n("ec2-imdsv2-optional", &[]),
            _ => crate::outcome::path_unknown(&tokens, n),
        }
        .at(&tokens, n.location.as_ref()),
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match r.kind.as_str() {
        "AWS::EC2::LaunchTemplate" => judge(r, "LaunchTemplateData.MetadataOptions"),
        "AWS::AutoScaling::LaunchConfiguration" => judge(r, "MetadataOptions"),
        _ => {
            if !r.get("MetadataOptions.HttpTokens").is_absent()
                || !r.get("MetadataOptions.HttpEndpoint").is_absent()
            {
                return judge(r, "MetadataOptions");
            }
            let lt = [
                "LaunchTemplate.LaunchTemplateId",
                "LaunchTemplate.LaunchTemplateName",
            ]
            .into_iter()
            .find_map(|p| reference::follow_at(ctx, r, p).map(|t| (p, t)));
            match lt {
                None => judge(r, "MetadataOptions"),
                Some((_, Pointee::Found(t) | Pointee::Other(t))) => {
                    Outcome::not_applicable(format!("the launch template '{}' carries the metadata options", t.name))
                        .l10n("ec2-imdsv2-template", &[("template", &t.name)])
                }
                Some((p, Pointee::Outside(name))) => {
                    Outcome::unknown(format!("the metadata options come from the launch template '{name}', which is not in the scan"))
                        .l10n("ec2-imdsv2-template-outside", &[("template", name.as_str())])
                        .at_lookup(p, r.get(p))
                }
                Some((p, Pointee::Unresolved(why))) => crate::judge::bucket::with_reason(
                    Outcome::unknown(format!("{p} {why}")).l10n("helper-path-unknown", &[("path", p)]),
                    &why,
                )
                .at_lookup(p, r.get(p)),
            }
        }
    }
}
