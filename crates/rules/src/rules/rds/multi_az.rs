//! RDS databases holding PHI survive the loss of an Availability Zone.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "rds-multi-az",
    title: "RDS databases holding PHI run Multi-AZ (or, for Aurora, with a replica instance)",
    severity: Severity::Medium,
    service: "Amazon RDS",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.308(a)(7)(ii)(B)", "45 CFR 164.308(a)(7)(ii)(C)"],
    requirements: &["DR-MULTI-AZ"],
    kinds: &["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
    phi_only: true,
    rationale: "The whitepaper asks for systems spread over several Availability Zones so that PHI \
stays available in emergency-mode operation (164.308(a)(7)(ii)(B)-(C)). A Single-AZ RDS instance \
is unavailable while its zone is; an Aurora cluster with one instance has no reader to fail over \
to. Read replicas and members of a cluster are judged through their source or cluster.",
    remediation: "Set `MultiAZ: true` on `AWS::RDS::DBInstance`; for Aurora, add a second \
`AWS::RDS::DBInstance` to the cluster in another Availability Zone. In Terraform, `multi_az = true` \
on `aws_db_instance`, or two `aws_rds_cluster_instance` resources for the `aws_rds_cluster`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let engine = r
        .get("Engine")
        .node()
        .and_then(Node::as_str)
        .unwrap_or("")
        .to_ascii_lowercase();
    if r.kind == "AWS::RDS::DBCluster" {
        if !engine.starts_with("aurora") {
            return Outcome::not_applicable(
                "Multi-AZ DB clusters place their instances in three Availability Zones",
            )
            .l10n("rds-multi-az-cluster", &[]);
        }
        if r.get("EngineMode").node().and_then(Node::as_str) == Some("serverless") {
            return Outcome::not_applicable("Aurora Serverless v1 manages its own failover")
                .l10n("rds-multi-az-serverless", &[]);
        }
        let members = ctx
            .graph
            .referrers(r.id, "AWS::RDS::DBInstance")
            .filter(|i| i.get("DBClusterIdentifier").node().is_some())
            .count();
        return match members {
            0 => Outcome::unknown("no instance of the cluster is defined in the scan")
                .l10n("rds-multi-az-no-instance", &[]),
            1 => Outcome::fail(
                "the Aurora cluster has a single instance, so there is no replica in another Availability Zone to fail over to",
            )
            .l10n("rds-multi-az-single", &[]),
            n => Outcome::pass(format!("the Aurora cluster has {n} instances"))
                .l10n("rds-multi-az-instances", &[("count", &n.to_string())]),
        };
    }
    if !r.get("DBClusterIdentifier").is_absent() {
        return Outcome::not_applicable("member of a DB cluster; the cluster carries the verdict")
            .l10n("rds-multi-az-member", &[]);
    }
    if !r.get("SourceDBInstanceIdentifier").is_absent() {
        return Outcome::not_applicable("a read replica; its source carries the verdict")
            .l10n("rds-multi-az-replica", &[]);
    }
    require_true_said(
        r,
        "MultiAZ",
        "Multi-AZ deployment",
        "what-multi-az-deployment",
        Outcome::fail("MultiAZ is not set, so the database runs in a single Availability Zone")
            .l10n("rds-multi-az-absent", &[]),
    )
}
