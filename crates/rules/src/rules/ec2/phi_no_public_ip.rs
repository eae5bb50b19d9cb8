//! EC2 instances and container hosts that hold or process PHI have no public IP address.
use crate::Verdict;
use crate::judge::exposure::{self, SubnetIp};
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ec2-phi-no-public-ip",
    title: "EC2 instances, launch templates, Auto Scaling groups and ECS services handling PHI get no public IP",
    severity: Severity::High,
    service: "Amazon EC2",
    section: "Amazon EC2",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(e)(1)"],
    requirements: &["EC2-PHI-NO-PUBLIC-IP"],
    kinds: &[
        "AWS::EC2::Instance",
        "AWS::EC2::LaunchTemplate",
        "AWS::AutoScaling::LaunchConfiguration",
        "AWS::AutoScaling::AutoScalingGroup",
        "AWS::ECS::Service",
    ],
    phi_only: false,
    rationale: "A host with a public IP address is reachable from the internet wherever its \
security group allows, and one mistaken rule exposes the PHI it holds or processes (access control, \
164.312(a)(1); transmission security, 164.312(e)(1)). Public entry belongs to a load balancer, API \
Gateway or VPN in front of private hosts. An instance gets a public IP from \
AssociatePublicIpAddress on its network interface or launch template, from a subnet with \
MapPublicIpOnLaunch, or from an Elastic IP; a Fargate or awsvpc ECS service from AssignPublicIp \
ENABLED. An instance with no subnet launches into the default VPC, whose default subnets assign \
public IPs unless the account changed them, so its verdict is unknown.",
    remediation: "Launch into private subnets (`MapPublicIpOnLaunch: false`), set \
`AssociatePublicIpAddress: false` on the network interface or launch template, remove Elastic IPs \
from PHI hosts, and set `AssignPublicIp: DISABLED` on ECS services; put an internal or internet-facing \
load balancer in front. In Terraform: `associate_public_ip_address = false`, \
`map_public_ip_on_launch = false`, `assign_public_ip = false`, no `aws_eip` for the instance.",
    check: Check::Resource(check),
};

const ASSOC: &str = "AssociatePublicIpAddress";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if !exposure::carries_phi(ctx, r) {
        return Outcome::not_applicable("the host neither holds nor processes PHI")
            .l10n("ec2-public-ip-no-phi", &[]);
    }
    match r.kind.as_str() {
        "AWS::EC2::Instance" => instance(ctx, r),
        "AWS::EC2::LaunchTemplate" => explicit(r, "LaunchTemplateData.NetworkInterfaces", None)
            .unwrap_or_else(launched_elsewhere),
        "AWS::AutoScaling::LaunchConfiguration" => {
            explicit(r, "", None).unwrap_or_else(launched_elsewhere)
        }
        "AWS::AutoScaling::AutoScalingGroup" => group(ctx, r),
        _ => ecs_service(r),
    }
}

fn launched_elsewhere() -> Outcome {
    Outcome::not_applicable(
        "AssociatePublicIpAddress is not written; the subnet of the instance or group that launches it decides, judged there",
    )
    .l10n("ec2-public-ip-launched-elsewhere", &[])
}

/// `AssociatePublicIpAddress` written on the resource (`base` empty) or on one of its
/// network interfaces (`base` the list): `None` when not written anywhere. `from` names
/// the launch template or configuration (`template` or `configuration`, and its name) an
/// instance or group takes it from: the message then begins with it.
fn explicit(r: &Resource, base: &str, from: Option<(&str, &str)>) -> Option<Outcome> {
    let said = |o: Outcome, id: &'static str, from_id: &'static str, p: &str| match from {
        None => o.l10n(id, &[("path", p)]),
        Some((kind, name)) => Outcome {
            message: format!("launch {kind} {name}: {}", o.message),
            ..o
        }
        .l10n(from_id, &[("kind", kind), ("name", name), ("path", p)]),
    };
    // Why a value cannot be read, led by `from`: its own message nested in
    // `ec2-public-ip-from-unread`.
    let unread = |o: Outcome| match from {
        None => o,
        Some((kind, name)) => Outcome {
            message: format!("launch {kind} {name}: {}", o.message),
            l10n: o.l10n.and_then(|mut parts| parts.pop()).map(|why| {
                vec![
                    crate::MessagePart::new(
                        "ec2-public-ip-from-unread",
                        &[("kind", kind), ("name", name)],
                    )
                    .with("why", why),
                ]
            }),
            ..o
        },
    };
    let paths: Vec<String> = if base.is_empty() {
        vec![ASSOC.to_string()]
    } else {
        let n = r.get(base).node().map_or(0, |n| n.items().len());
        let mut p: Vec<String> = (0..n).map(|i| format!("{base}.{i}.{ASSOC}")).collect();
        // Terraform's aws_instance writes it on the instance itself.
        p.push(ASSOC.to_string());
        p
    };
    let mut outcome = None;
    for p in paths {
        match flag(r, &p) {
            Flag::True(n) => {
                return Some(
                    said(
                        Outcome::fail(format!("{p} is true: the host gets a public IP address")),
                        "ec2-public-ip-assoc-true",
                        "ec2-public-ip-from-assoc-true",
                        &p,
                    )
                    .at(&p, n.location.as_ref()),
                );
            }
            Flag::False(n) => {
                outcome.get_or_insert(
                    said(
                        Outcome::pass(format!("{p} is false: no public IP address is assigned")),
                        "ec2-public-ip-assoc-false",
                        "ec2-public-ip-from-assoc-false",
                        &p,
                    )
                    .at(&p, n.location.as_ref()),
                );
            }
            Flag::Unknown(why, loc) => {
                let o = match r.get(&p) {
                    Lookup::Unknown(n) | Lookup::Set(n) => crate::outcome::path_unknown(&p, n),
                    Lookup::Absent => Outcome::unknown(format!("{p} {why}")).at(&p, loc),
                };
                return Some(unread(o));
            }
            Flag::Absent => {}
        }
    }
    outcome
}

/// An Elastic IP attached to the instance.
fn elastic_ip(ctx: &Ctx, r: &Resource) -> Option<Outcome> {
    ["AWS::EC2::EIP", "AWS::EC2::EIPAssociation"]
        .iter()
        .find_map(|k| ctx.graph.referrers(r.id, k).next())
        .map(|eip| {
            Outcome::fail(format!(
                "Elastic IP {} gives the instance a public IP address",
                eip.name
            ))
            .l10n("ec2-public-ip-eip", &[("eip", &eip.name)])
            .at_lookup(&format!("{}.InstanceId", eip.name), eip.get("InstanceId"))
        })
}

/// Judges the subnets a host launches into.
fn subnets<'a>(
    ctx: &Ctx,
    r: &Resource,
    nodes: impl Iterator<Item = (String, &'a Node)>,
) -> Option<Outcome> {
    let mut unknown = None;
    let mut any = None;
    for (path, n) in nodes {
        match exposure::subnet_ip(ctx, r, n) {
            SubnetIp::Public(name, loc) => {
                return Some(
                    Outcome::fail(format!(
                        "subnet {name} has MapPublicIpOnLaunch true, so the host gets a public IP address"
                    ))
                    .l10n("ec2-public-ip-subnet-public", &[("subnet", &name)])
                    .at(&path, loc.as_ref().or(n.location.as_ref())),
                );
            }
            SubnetIp::Private => {
                any.get_or_insert((path, n.location.clone()));
            }
            SubnetIp::Unknown(why) => {
                unknown.get_or_insert(why.at(&path, n.location.as_ref()));
            }
        }
    }
    unknown.or_else(|| {
        any.map(|(path, loc)| {
            Outcome::pass("the host launches into private subnets (no MapPublicIpOnLaunch)")
                .l10n("ec2-public-ip-private-subnets", &[])
                .at(&path, loc.as_ref())
        })
    })
}

fn instance(ctx: &Ctx, r: &Resource) -> Outcome {
    if let Some(o) = elastic_ip(ctx, r) {
        return o;
    }
    let from_template = launch_template(ctx, r, "LaunchTemplate");
    let own = explicit(r, "NetworkInterfaces", None);
    if let Some(o) = own {
        return o;
    }
    if let Some(o) = from_template
        && o.verdict != Verdict::NotApplicable
    {
        return o;
    }
    let mut nodes: Vec<(String, &Node)> = Vec::new();
    if let Some(n) = r.get("SubnetId").node() {
        nodes.push(("SubnetId".into(), n));
    }
    if let Some(list) = r.get("NetworkInterfaces").node() {
        for (i, ni) in list.items().iter().enumerate() {
            if let Some(n) = ni.get("SubnetId").node() {
                nodes.push((format!("NetworkInterfaces.{i}.SubnetId"), n));
            }
        }
    }
    if let Lookup::Unknown(n) = r.get("SubnetId") {
        return crate::outcome::path_unknown("SubnetId", n);
    }
    if nodes.is_empty() {
        return Outcome::unknown(
            "no subnet is named: the instance launches into the default VPC, whose default subnets \
             assign public IP addresses unless the account changed them",
        )
        .l10n("ec2-public-ip-instance-default-vpc", &[])
        .at("SubnetId", None);
    }
    subnets(ctx, r, nodes.into_iter()).unwrap_or_else(|| {
        Outcome::unknown("the subnet cannot be judged").l10n("ec2-public-ip-subnet-unjudged", &[])
    })
}

/// The launch template a resource names at `path` (`LaunchTemplate`), judged for an
/// explicit AssociatePublicIpAddress.
fn launch_template(ctx: &Ctx, r: &Resource, path: &str) -> Option<Outcome> {
    ["LaunchTemplateId", "LaunchTemplateName"]
        .iter()
        .find_map(|k| {
            let n = r.get(&format!("{path}.{k}")).node()?;
            match reference::follow(ctx, r, n) {
                Pointee::Found(lt) | Pointee::Other(lt)
                    if lt.kind == "AWS::EC2::LaunchTemplate" =>
                {
                    Some(
                        explicit(
                            lt,
                            "LaunchTemplateData.NetworkInterfaces",
                            Some(("template", &lt.name)),
                        )
                        .unwrap_or_else(launched_elsewhere),
                    )
                }
                _ => None,
            }
        })
}

fn group(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut from_config = launch_template(ctx, r, "LaunchTemplate").or_else(|| {
        launch_template(
            ctx,
            r,
            "MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification",
        )
    });
    if from_config.is_none()
        && let Some(n) = r.get("LaunchConfigurationName").node()
        && let Pointee::Found(lc) | Pointee::Other(lc) = reference::follow(ctx, r, n)
    {
        from_config = explicit(lc, "", Some(("configuration", &lc.name)));
    }
    if let Some(o) = from_config
        && o.verdict != Verdict::NotApplicable
    {
        return o;
    }
    match r.get("VPCZoneIdentifier") {
        Lookup::Set(list) => {
            let nodes = list
                .items()
                .iter()
                .enumerate()
                .map(|(i, n)| (format!("VPCZoneIdentifier.{i}"), n));
            subnets(ctx, r, nodes).unwrap_or_else(|| {
                Outcome::unknown("VPCZoneIdentifier names no subnet")
                    .l10n("ec2-public-ip-group-no-subnet", &[])
                    .at_lookup("VPCZoneIdentifier", r.get("VPCZoneIdentifier"))
            })
        }
        Lookup::Unknown(n) => crate::outcome::path_unknown("VPCZoneIdentifier", n),
        Lookup::Absent => Outcome::unknown(
            "no VPCZoneIdentifier: the group launches into the default VPC, whose default subnets \
             assign public IP addresses unless the account changed them",
        )
        .l10n("ec2-public-ip-group-default-vpc", &[]),
    }
}

fn ecs_service(r: &Resource) -> Outcome {
    // CloudFormation: NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp ENABLED|DISABLED;
    // Terraform: network_configuration { assign_public_ip = true|false }.
    for path in [
        "NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp",
        "NetworkConfiguration.0.AssignPublicIp",
    ] {
        match r.get(path) {
            Lookup::Absent => {}
            Lookup::Unknown(n) => return crate::outcome::path_unknown(path, n),
            Lookup::Set(n) => {
                let on = match (n.as_bool(), n.as_str()) {
                    (Some(b), _) => Some(b),
                    (_, Some(s)) => Some(s.eq_ignore_ascii_case("ENABLED")),
                    _ => None,
                };
                return match on {
                    Some(true) => Outcome::fail(
                        "AssignPublicIp is enabled: every task gets a public IP address",
                    )
                    .l10n("ec2-public-ip-ecs-enabled", &[]),
                    Some(false) => Outcome::pass("AssignPublicIp is disabled")
                        .l10n("ec2-public-ip-ecs-disabled", &[]),
                    None => crate::outcome::path_unknown(path, n),
                }
                .at(path, n.location.as_ref());
            }
        }
    }
    if r.get("NetworkConfiguration").is_absent() {
        return Outcome::not_applicable(
            "the service uses bridge or host networking: its tasks share the container instance's address, judged on the instance",
        )
        .l10n("ec2-public-ip-ecs-bridge", &[]);
    }
    Outcome::pass("AssignPublicIp is not set; ECS does not assign public IPs by default")
        .l10n("ec2-public-ip-ecs-default", &[])
}
