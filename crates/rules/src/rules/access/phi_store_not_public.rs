//! Databases, warehouses, brokers and clusters that hold PHI have no public endpoint.
use crate::judge::exposure;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "phi-store-not-public",
    title: "Databases, warehouses, brokers and clusters holding PHI are not publicly accessible",
    severity: Severity::Critical,
    service: "General",
    section: "Introduction",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(e)(1)"],
    requirements: &["PHI-STORE-NOT-PUBLIC"],
    kinds: &[
        "AWS::RDS::DBInstance",
        "AWS::RDS::DBCluster",
        "AWS::Redshift::Cluster",
        "AWS::AmazonMQ::Broker",
        "AWS::EKS::Cluster",
    ],
    phi_only: false,
    rationale: "A public endpoint puts the machine holding PHI on the internet, guarded only by its \
security group and credentials; public database endpoints are among the most common causes of \
reported breaches (access control, 164.312(a)(1); transmission security, 164.312(e)(1)). RDS makes \
an instance public when PubliclyAccessible is left out and no DB subnet group (or the `default` one) \
is named, for non-Aurora engines; Redshift and Amazon MQ default to private; an EKS cluster's API \
endpoint is public from everywhere unless EndpointPublicAccess is false or PublicAccessCidrs narrows \
it. DMS replication instances, MSK clusters and OpenSearch domains are judged by their own rules \
(dms-replication-instance-private, msk-public-access-disabled, opensearch-vpc-access).",
    remediation: "Set `PubliclyAccessible: false` (Terraform `publicly_accessible = false`) on RDS \
instances, Multi-AZ DB clusters, Redshift clusters and Amazon MQ brokers, and place them in private \
subnets through a DB subnet group; for EKS, set `ResourcesVpcConfig.EndpointPublicAccess: false` \
with `EndpointPrivateAccess: true` (Terraform `endpoint_public_access = false`), or list the \
administrators' address ranges in `PublicAccessCidrs`.",
    check: Check::Resource(check),
};

const P: &str = "PubliclyAccessible";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if !exposure::carries_phi(ctx, r) && !cluster_carries_phi(ctx, r) {
        return Outcome::not_applicable("the resource does not hold PHI")
            .l10n("phi-store-no-phi", &[]);
    }
    match r.kind.as_str() {
        "AWS::EKS::Cluster" => eks(r),
        "AWS::RDS::DBInstance" => rds_instance(r),
        "AWS::RDS::DBCluster" => rds_cluster(r),
        _ => judge(r, |_| {
            if r.kind == "AWS::Redshift::Cluster" {
                Outcome::pass(format!(
                    "{P} is not set; a Redshift cluster is private unless it is true"
                ))
                .l10n("phi-store-redshift-private", &[])
            } else {
                Outcome::pass(format!(
                    "{P} is not set; a broker is private unless it is true"
                ))
                .l10n("phi-store-broker-private", &[])
            }
        }),
    }
}

/// An Aurora instance holds the PHI of its cluster.
fn cluster_carries_phi(ctx: &Ctx, r: &Resource) -> bool {
    r.get("DBClusterIdentifier")
        .node()
        .and_then(|n| ctx.graph.target_of(r, n))
        .is_some_and(|c| exposure::carries_phi(ctx, c))
}

/// The unknown outcome of a flag at `path` that is written but cannot be read.
fn unread(r: &Resource, path: &str) -> Outcome {
    match r.get(path) {
        Lookup::Unknown(n) | Lookup::Set(n) => crate::outcome::path_unknown(path, n),
        Lookup::Absent => Outcome::unknown(format!("{path} is not a literal value")).at(path, None),
    }
}

/// Reads `PubliclyAccessible`; `absent` decides when it is not written.
fn judge(r: &Resource, absent: impl FnOnce(&Resource) -> Outcome) -> Outcome {
    match flag(r, P) {
        Flag::True(n) => Outcome::fail(format!(
            "{P} is true: the endpoint resolves to a public IP address from outside the VPC"
        ))
        .l10n("phi-store-public-true", &[])
        .at(P, n.location.as_ref()),
        Flag::False(n) => Outcome::pass(format!("{P} is false: the endpoint is private"))
            .l10n("phi-store-public-false", &[])
            .at(P, n.location.as_ref()),
        Flag::Unknown(..) => unread(r, P),
        Flag::Absent => absent(r).at(P, None),
    }
}

fn is_aurora(r: &Resource) -> Option<bool> {
    r.get("Engine")
        .node()
        .and_then(Node::as_str)
        .map(|e| e.to_ascii_lowercase().starts_with("aurora"))
}

/// RDS's default (CreateDBInstance): without a DB subnet group, non-Aurora instances are
/// public; with one, private unless it is the `default` group. The Terraform provider
/// always sends `false` when the argument is left out. `what` is `instance` or `cluster`,
/// also the selector of the Fluent messages.
fn rds_default(r: &Resource, what: &str, aurora: Option<bool>) -> Outcome {
    let kind = [("kind", what)];
    if r.source_type.starts_with("aws_") {
        return Outcome::pass(format!(
            "{P} is not set; the Terraform provider creates the {what} private by default"
        ))
        .l10n("phi-store-terraform-private", &kind);
    }
    match r.get("DBSubnetGroupName") {
        Lookup::Set(n) => match n.as_str() {
            Some(g) if g.eq_ignore_ascii_case("default") => Outcome::fail(format!(
                "{P} is not set and the {what} uses the `default` DB subnet group, so RDS makes it public"
            ))
            .l10n("phi-store-default-subnet-group", &kind),
            Some(_) | None if !n.is_unknown() => Outcome::pass(format!(
                "{P} is not set; with a DB subnet group of its own RDS creates the {what} private"
            ))
            .l10n("phi-store-own-subnet-group", &kind),
            _ => crate::judge::bucket::with_node_reason(
                Outcome::unknown(format!(
                    "{P} is not set and DBSubnetGroupName {}; RDS makes the {what} public only with the `default` group",
                    crate::unknown_reason(n)
                ))
                .l10n("phi-store-subnet-group-unknown-default", &kind),
                n,
            ),
        },
        Lookup::Unknown(n) => crate::judge::bucket::with_node_reason(
            Outcome::unknown(format!(
                "{P} is not set and DBSubnetGroupName {}",
                crate::unknown_reason(n)
            ))
            .l10n("phi-store-subnet-group-unknown", &[]),
            n,
        ),
        Lookup::Absent => match aurora {
            Some(true) => Outcome::pass(format!(
                "{P} is not set; Aurora creates instances private when no DB subnet group is named"
            ))
            .l10n("phi-store-aurora-private", &[]),
            Some(false) => Outcome::fail(format!(
                "{P} is not set and no DB subnet group is named: RDS puts the {what} in the default \
                 VPC and makes it public"
            ))
            .l10n("phi-store-default-vpc", &kind),
            None => Outcome::unknown(format!(
                "{P} is not set and no DB subnet group is named; RDS makes the {what} public unless \
                 its engine is Aurora, and the engine is not known"
            ))
            .l10n("phi-store-engine-unknown", &kind),
        },
    }
}

fn rds_instance(r: &Resource) -> Outcome {
    // Aurora members inherit the cluster's engine; the instance still has its own flag.
    let aurora = if r.get("DBClusterIdentifier").is_absent() {
        is_aurora(r)
    } else {
        Some(true)
    };
    judge(r, |r| rds_default(r, "instance", aurora))
}

fn rds_cluster(r: &Resource) -> Outcome {
    match is_aurora(r) {
        Some(true) => {
            return Outcome::not_applicable(
                "an Aurora cluster's endpoints follow its instances' PubliclyAccessible, judged on each instance",
            )
            .l10n("phi-store-aurora-cluster", &[]);
        }
        None if r.get("DBClusterInstanceClass").is_absent() => {
            return Outcome::not_applicable(
                "not a Multi-AZ DB cluster (no DBClusterInstanceClass); its instances carry PubliclyAccessible",
            )
            .l10n("phi-store-not-multi-az-cluster", &[]);
        }
        _ => {}
    }
    judge(r, |r| rds_default(r, "cluster", Some(false)))
}

fn eks(r: &Resource) -> Outcome {
    const PUBLIC: &str = "ResourcesVpcConfig.EndpointPublicAccess";
    const CIDRS: &str = "ResourcesVpcConfig.PublicAccessCidrs";
    match flag(r, PUBLIC) {
        Flag::False(n) => {
            return Outcome::pass(
                "the cluster's API endpoint is private (EndpointPublicAccess is false)",
            )
            .l10n("phi-store-eks-private", &[])
            .at(PUBLIC, n.location.as_ref());
        }
        Flag::Unknown(..) => return unread(r, PUBLIC),
        Flag::True(_) | Flag::Absent => {}
    }
    match r.get(CIDRS) {
        Lookup::Absent => Outcome::fail(
            "the cluster's API endpoint is public to the whole internet: EndpointPublicAccess is on \
             (the default) and no PublicAccessCidrs narrow it",
        )
        .l10n("phi-store-eks-public", &[])
        .at_lookup(PUBLIC, r.get(PUBLIC)),
        Lookup::Unknown(n) => crate::outcome::path_unknown(CIDRS, n),
        Lookup::Set(n) => {
            let mut unknown = None;
            for c in n.items() {
                match c.as_str() {
                    Some(s) if s.trim() == "0.0.0.0/0" || s.trim() == "::/0" => {
                        return Outcome::fail(format!(
                            "the cluster's API endpoint is public and PublicAccessCidrs includes {}",
                            s.trim()
                        ))
                        .l10n("phi-store-eks-open-cidr", &[("cidr", s.trim())])
                        .at(CIDRS, c.location.as_ref().or(n.location.as_ref()));
                    }
                    Some(_) => {}
                    None => unknown = Some(c),
                }
            }
            match unknown {
                Some(c) => crate::judge::bucket::with_node_reason(
                    Outcome::unknown(format!(
                        "an entry of {CIDRS} {}",
                        crate::unknown_reason(c)
                    ))
                    .l10n("phi-store-eks-cidr-unknown", &[("path", CIDRS)]),
                    c,
                )
                .at(CIDRS, n.location.as_ref()),
                None if n.items().is_empty() && n.as_str().is_none() => Outcome::fail(
                    "the cluster's API endpoint is public and PublicAccessCidrs is empty (AWS then allows 0.0.0.0/0)",
                )
                .l10n("phi-store-eks-cidrs-empty", &[])
                .at(CIDRS, n.location.as_ref()),
                None => Outcome::pass("the cluster's public API endpoint is limited to the listed PublicAccessCidrs")
                    .l10n("phi-store-eks-cidrs-limited", &[])
                    .at(CIDRS, n.location.as_ref()),
            }
        }
    }
}
