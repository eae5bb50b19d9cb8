//! OpenSearch domains holding PHI run inside a VPC.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "opensearch-vpc-access",
    title: "OpenSearch domains holding PHI run inside a VPC, or at least admit no anonymous access",
    severity: Severity::High,
    service: "Amazon OpenSearch Service",
    section: "Amazon OpenSearch Service",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(e)(1)"],
    requirements: &["OPENSEARCH-VPC", "PHI-STORE-NOT-PUBLIC"],
    kinds: &[
        "AWS::OpenSearchService::Domain",
        "AWS::Elasticsearch::Domain",
    ],
    phi_only: true,
    rationale: "The whitepaper asks that OpenSearch domains holding PHI run inside a VPC, where \
security groups and private addressing limit who can reach the endpoint. A domain with a public \
endpoint is reachable from the internet; if its access policy also allows everyone (`Principal: *` \
without a condition), anyone can read the indexes.",
    remediation: "Set `VPCOptions.SubnetIds` (and `SecurityGroupIds`) on the domain; in Terraform, a \
`vpc_options` block on `aws_opensearch_domain`. A domain's network mode cannot be changed after \
creation: create a VPC domain and reindex or restore a snapshot into it.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    match r.get("VPCOptions.SubnetIds") {
        Lookup::Set(n) if !n.items().is_empty() || !matches!(n.value, Value::List(_)) => {
            return Outcome::pass("the domain runs inside a VPC")
                .l10n("opensearch-in-vpc", &[])
                .at("VPCOptions.SubnetIds", n.location.as_ref());
        }
        Lookup::Unknown(n) => {
            return crate::outcome::path_unknown("VPCOptions.SubnetIds", n);
        }
        _ => {}
    }
    let policy = r.get("AccessPolicies");
    let open = policy.node().map(open_statement);
    match open {
        Some(Some(true)) => Outcome::fail(
            "the domain has a public endpoint and its access policy allows everyone (Principal *) without a condition",
        )
        .l10n("opensearch-public-open-policy", &[])
        .at_lookup("AccessPolicies", policy),
        Some(None) => Outcome::unknown("the domain has a public endpoint and its access policy cannot be read").l10n("opensearch-public-unreadable-policy", &[])
            .at_lookup("AccessPolicies", policy),
        _ => Outcome::fail(
            "the domain has a public endpoint (no VPCOptions); the whitepaper asks for a VPC domain",
        )
        .l10n("opensearch-public-endpoint", &[])
        .at("VPCOptions", None),
    }
}

/// Whether an access policy has an Allow for `*` without a condition; `None` when unreadable.
fn open_statement(policy: &Node) -> Option<bool> {
    let doc = crate::judge::json_doc::read(policy)?;
    let Some(stmts) = doc.get("Statement").node() else {
        return Some(false);
    };
    Some(
        crate::judge::json_doc::one_or_many(stmts)
            .into_iter()
            .any(|s| {
                let allow = s.get("Effect").node().and_then(Node::as_str) == Some("Allow");
                let everyone = s.get("Principal").node().is_some_and(|p| {
                    p.as_str() == Some("*")
                        || p.get("AWS").node().is_some_and(|a| {
                            crate::judge::json_doc::one_or_many(a)
                                .iter()
                                .any(|i| i.as_str() == Some("*"))
                        })
                });
                allow && everyone && s.get("Condition").is_absent()
            }),
    )
}
