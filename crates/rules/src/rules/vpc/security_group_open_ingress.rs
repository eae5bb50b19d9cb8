//! Security groups do not open ports other than HTTP(S) to the whole internet.
use crate::judge::reference::{Pointee, resolve};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "vpc-security-group-open-ingress",
    title: "Security groups allow inbound traffic from anywhere (0.0.0.0/0, ::/0) only on ports 80 and 443",
    severity: Severity::High,
    service: "Amazon VPC",
    section: "Amazon Virtual Private Cloud",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(e)(1)"],
    requirements: &["VPC-SG-NACL"],
    kinds: &["AWS::EC2::SecurityGroup"],
    phi_only: false,
    rationale: "The whitepaper asks to protect instances that process PHI from unauthorized \
network access with security groups and network ACLs. An ingress rule open to 0.0.0.0/0 or ::/0 \
on SSH, RDP, database or all ports exposes the instance to the whole internet. Web ports 80 and \
443 are accepted (public load balancers need them; the HTTPS rules judge what they serve). \
Network ACLs are not judged: an allow-all ACL is the VPC default and is normal when security \
groups do the filtering.",
    remediation: "Restrict `CidrIp`/`CidrIpv6` of the ingress rule (inline `SecurityGroupIngress` \
or `AWS::EC2::SecurityGroupIngress`) to known ranges, a prefix list or a source security group; \
use Session Manager instead of open SSH/RDP. In Terraform, narrow `cidr_blocks` / \
`ipv6_cidr_blocks` of the `ingress` block, `aws_security_group_rule` or \
`aws_vpc_security_group_ingress_rule`.",
    check: Check::Resource(check),
};

enum Verdict {
    Open(String),
    Fine,
    Unknown(String),
}

fn text(n: &Node) -> Option<String> {
    n.scalar_text().map(|s| s.trim().to_ascii_lowercase())
}

/// Judges one ingress rule (inline entry or standalone resource attributes).
fn judge(rule: &Node) -> Verdict {
    let mut anywhere = None;
    for key in ["CidrIp", "CidrIpv6"] {
        match rule.get(key) {
            Lookup::Set(n) => match n.as_str() {
                Some(c) if c.trim() == "0.0.0.0/0" || c.trim() == "::/0" => {
                    anywhere = Some(c.trim().to_string())
                }
                Some(_) => {}
                None => return Verdict::Unknown(format!("{key} {}", crate::unknown_reason(n))),
            },
            Lookup::Unknown(n) => {
                return Verdict::Unknown(format!("{key} {}", crate::unknown_reason(n)));
            }
            Lookup::Absent => {}
        }
    }
    let Some(cidr) = anywhere else {
        return Verdict::Fine;
    };
    let proto = match rule.get("IpProtocol") {
        Lookup::Set(n) => match text(n) {
            Some(p) => p,
            None => return Verdict::Unknown(format!("IpProtocol {}", crate::unknown_reason(n))),
        },
        Lookup::Unknown(n) => {
            return Verdict::Unknown(format!("IpProtocol {}", crate::unknown_reason(n)));
        }
        Lookup::Absent => return Verdict::Unknown("IpProtocol is not written".into()),
    };
    match proto.as_str() {
        "-1" | "all" => {
            return Verdict::Open(format!("all protocols and ports are open to {cidr}"));
        }
        "icmp" | "icmpv6" | "1" | "58" => return Verdict::Fine,
        _ => {}
    }
    let port = |key: &str| -> Result<i64, String> {
        match rule.get(key) {
            Lookup::Set(n) => n
                .as_i64()
                .ok_or_else(|| format!("{key} {}", crate::unknown_reason(n))),
            Lookup::Unknown(n) => Err(format!("{key} {}", crate::unknown_reason(n))),
            Lookup::Absent => Err(format!("{key} is not written")),
        }
    };
    let (from, to) = match (port("FromPort"), port("ToPort")) {
        (Ok(f), Ok(t)) => (f, t),
        (Err(why), _) | (_, Err(why)) => return Verdict::Unknown(why),
    };
    if from == -1 || to == -1 || from == 0 && to >= 65535 {
        return Verdict::Open(format!("all {proto} ports are open to {cidr}"));
    }
    let web = |p: i64| p == 80 || p == 443;
    if (from..=to).all(web) {
        Verdict::Fine
    } else if from == to {
        Verdict::Open(format!("{proto} port {from} is open to {cidr}"))
    } else {
        Verdict::Open(format!("{proto} ports {from}-{to} are open to {cidr}"))
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut rules: Vec<(String, &Node)> = Vec::new();
    match r.get("SecurityGroupIngress") {
        Lookup::Set(n) => {
            for (i, item) in n.items().iter().enumerate() {
                rules.push((format!("SecurityGroupIngress.{i}"), item));
            }
        }
        Lookup::Unknown(n) => {
            return Outcome::unknown(format!("SecurityGroupIngress {}", crate::unknown_reason(n)))
                .at("SecurityGroupIngress", n.location.as_ref());
        }
        Lookup::Absent => {}
    }
    let standalone: Vec<&Resource> = ctx
        .graph
        .referrers(r.id, "AWS::EC2::SecurityGroupIngress")
        .filter(|i| {
            ["GroupId", "GroupName"].iter().any(|k| match i.get(k) {
                Lookup::Set(n) => matches!(resolve(ctx, i, n, &["AWS::EC2::SecurityGroup"], "GroupName"), Pointee::Found(g) if g.id == r.id),
                _ => false,
            })
        })
        .collect();
    for i in &standalone {
        rules.push((
            format!("{} (AWS::EC2::SecurityGroupIngress)", i.name),
            &i.attributes,
        ));
    }
    let mut unknown = None;
    for (path, rule) in &rules {
        match judge(rule) {
            Verdict::Open(why) => {
                let loc = rule
                    .get("CidrIp")
                    .location()
                    .or(rule.get("CidrIpv6").location())
                    .or(rule.location.as_ref());
                return Outcome::fail(why).at(path, loc);
            }
            Verdict::Unknown(why) => {
                unknown.get_or_insert((path.clone(), why, rule.location.clone()));
            }
            Verdict::Fine => {}
        }
    }
    if let Some((path, why, loc)) = unknown {
        return Outcome::unknown(format!("an ingress rule cannot be judged: {why}"))
            .at(&path, loc.as_ref());
    }
    Outcome::pass(if rules.is_empty() {
        "the security group has no ingress rules".to_string()
    } else {
        "no ingress rule opens ports other than 80/443 to the internet".to_string()
    })
}
