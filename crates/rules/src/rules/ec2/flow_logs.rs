//! Traffic reaching EC2 instances is recorded by VPC flow logs.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ec2-flow-logs",
    title: "EC2 instances and Auto Scaling groups run in a VPC (or subnet) with flow logs",
    severity: Severity::Medium,
    service: "Amazon EC2",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(5)(ii)(C)"],
    requirements: &["AUDIT-EC2-HOST-LOGGING"],
    kinds: &["AWS::EC2::Instance", "AWS::AutoScaling::AutoScalingGroup"],
    phi_only: false,
    rationale: "The whitepaper asks that EC2 hosts be audited down to the packet layer and that the IP \
traffic reaching instances be tracked. VPC flow logs record every connection to and from the \
instances' network interfaces; without them there is no record of which addresses reached a host \
that handles PHI. Instances whose subnets are defined outside the scan are judged where the VPC is \
defined; operating-system audit logs (CloudWatch agent) are not visible in a template.",
    remediation: "Add an `AWS::EC2::FlowLog` with `ResourceType: VPC` (or `Subnet`), `ResourceId` \
the instances' VPC (or subnet) and `TrafficType: ALL`; in Terraform, `aws_flow_log` with `vpc_id` \
(or `subnet_id`) and `traffic_type = \"ALL\"`.",
    check: Check::Resource(check),
};

/// The subnet nodes an instance or group is placed in.
fn subnets(r: &Resource) -> Vec<&Node> {
    if r.kind == "AWS::AutoScaling::AutoScalingGroup" {
        return r
            .get("VPCZoneIdentifier")
            .node()
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .collect();
    }
    let mut out: Vec<&Node> = r.get("SubnetId").node().into_iter().collect();
    for ni in r
        .get("NetworkInterfaces")
        .node()
        .map(Node::items)
        .unwrap_or_default()
    {
        out.extend(ni.get("SubnetId").node());
    }
    out
}

/// Whether a flow log in the scan covers `target`.
fn logged(ctx: &Ctx, target: &Resource) -> bool {
    ctx.graph.of_kind("AWS::EC2::FlowLog").any(|f| {
        ["ResourceId", "ResourceIds"].iter().any(|p| {
            f.get(p).node().is_some_and(|n| {
                crate::judge::json_doc::one_or_many(n)
                    .iter()
                    .any(|id| matches!(reference::follow(ctx, f, id), Pointee::Found(t) | Pointee::Other(t) if t.id == target.id))
            })
        })
    })
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let nets = subnets(r);
    if nets.is_empty() {
        return Outcome::not_applicable(
            "no subnet is named (default VPC or a launch template's network settings)",
        )
        .l10n("ec2-flow-logs-no-subnet", &[]);
    }
    let mut uncovered = None;
    for n in nets {
        let (Pointee::Found(subnet) | Pointee::Other(subnet)) = reference::follow(ctx, r, n) else {
            return Outcome::not_applicable(
                "the subnets are defined outside the scan; VPC flow logs are judged where the VPC is defined",
            )
            .l10n("ec2-flow-logs-subnets-outside", &[]);
        };
        if logged(ctx, subnet) {
            continue;
        }
        match reference::follow_at(ctx, subnet, "VpcId") {
            Some(Pointee::Found(vpc) | Pointee::Other(vpc)) if logged(ctx, vpc) => {}
            Some(Pointee::Found(vpc) | Pointee::Other(vpc)) => {
                uncovered.get_or_insert((subnet.name.clone(), vpc.name.clone()));
            }
            _ => {
                return Outcome::not_applicable(
                    "the VPC is defined outside the scan; VPC flow logs are judged where the VPC is defined",
                )
                .l10n("ec2-flow-logs-vpc-outside", &[]);
            }
        }
    }
    let elsewhere = ctx.graph.of_kind("AWS::EC2::FlowLog").find(|f| {
        ["ResourceId", "ResourceIds"].iter().any(|p| {
            f.get(p).node().is_some_and(|n| {
                crate::judge::json_doc::one_or_many(n).iter().any(|id| {
                    !matches!(
                        reference::follow(ctx, f, id),
                        Pointee::Found(_) | Pointee::Other(_)
                    )
                })
            })
        })
    });
    match uncovered {
        Some((subnet, vpc)) if elsewhere.is_some() => {
            let flow_log = elsewhere.map_or("", |f| f.name.as_str());
            Outcome::unknown(format!(
                "neither the subnet '{subnet}' nor the VPC '{vpc}' has a flow log in the template, and the flow log '{flow_log}' covers a VPC or subnet that cannot be resolved",
            ))
            .l10n(
                "ec2-flow-logs-uncovered-elsewhere",
                &[("subnet", &subnet), ("vpc", &vpc), ("flowlog", flow_log)],
            )
        }
        Some((subnet, vpc)) => crate::judge::live::gap_near(ctx.graph, "AWS::EC2::FlowLog", r)
            .unwrap_or_else(|| {
                Outcome::fail(format!(
                    "neither the subnet '{subnet}' nor the VPC '{vpc}' has a flow log, so traffic reaching the instances is not recorded"
                ))
                .l10n("ec2-flow-logs-uncovered", &[("subnet", &subnet), ("vpc", &vpc)])
            }),
        None => Outcome::pass("the instances' subnets are covered by VPC flow logs")
            .l10n("ec2-flow-logs-covered", &[]),
    }
}
