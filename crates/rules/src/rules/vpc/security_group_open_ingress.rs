//! Security groups do not open ports other than HTTP(S) to the whole internet.
use crate::MessagePart;
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
    /// Open to the internet: the failing outcome (not yet located).
    Open(Outcome),
    Fine,
    /// Cannot be judged: the reason, and the whole sentence's Fluent form when it has one.
    Unknown(String, Option<MessagePart>),
}

/// The rule cannot be judged because `key`'s value `n` cannot be read.
fn unreadable(key: &str, n: &Node) -> Verdict {
    let o = crate::outcome::path_unknown(key, n);
    let said = o
        .l10n
        .and_then(|mut parts| parts.pop())
        .map(|why| MessagePart::new("vpc-sg-unjudged", &[]).with("why", why));
    Verdict::Unknown(o.message, said)
}

/// The rule cannot be judged because `key` is not written.
fn not_written(key: &str) -> Verdict {
    Verdict::Unknown(
        format!("{key} is not written"),
        Some(MessagePart::new(
            "vpc-sg-unjudged-not-written",
            &[("key", key)],
        )),
    )
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
                None => return unreadable(key, n),
            },
            Lookup::Unknown(n) => return unreadable(key, n),
            Lookup::Absent => {}
        }
    }
    let Some(cidr) = anywhere else {
        return Verdict::Fine;
    };
    let proto = match rule.get("IpProtocol") {
        Lookup::Set(n) => match text(n) {
            Some(p) => p,
            None => return unreadable("IpProtocol", n),
        },
        Lookup::Unknown(n) => return unreadable("IpProtocol", n),
        Lookup::Absent => return not_written("IpProtocol"),
    };
    match proto.as_str() {
        "-1" | "all" => {
            return Verdict::Open(
                Outcome::fail(format!("all protocols and ports are open to {cidr}"))
                    .l10n("vpc-sg-all-open", &[("cidr", &cidr)]),
            );
        }
        "icmp" | "icmpv6" | "1" | "58" => return Verdict::Fine,
        _ => {}
    }
    let port = |key: &'static str| -> Result<i64, Verdict> {
        match rule.get(key) {
            Lookup::Set(n) => n.as_i64().ok_or_else(|| unreadable(key, n)),
            Lookup::Unknown(n) => Err(unreadable(key, n)),
            Lookup::Absent => Err(not_written(key)),
        }
    };
    let (from, to) = match (port("FromPort"), port("ToPort")) {
        (Ok(f), Ok(t)) => (f, t),
        (Err(why), _) | (_, Err(why)) => return why,
    };
    let (f, t) = (from.to_string(), to.to_string());
    if from == -1 || to == -1 || from == 0 && to >= 65535 {
        return Verdict::Open(
            Outcome::fail(format!("all {proto} ports are open to {cidr}"))
                .l10n("vpc-sg-all-ports", &[("protocol", &proto), ("cidr", &cidr)]),
        );
    }
    let web = |p: i64| p == 80 || p == 443;
    if (from..=to).all(web) {
        Verdict::Fine
    } else if from == to {
        Verdict::Open(
            Outcome::fail(format!("{proto} port {from} is open to {cidr}")).l10n(
                "vpc-sg-port",
                &[("protocol", &proto), ("port", &f), ("cidr", &cidr)],
            ),
        )
    } else {
        Verdict::Open(
            Outcome::fail(format!("{proto} ports {from}-{to} are open to {cidr}")).l10n(
                "vpc-sg-ports",
                &[
                    ("protocol", &proto),
                    ("from", &f),
                    ("to", &t),
                    ("cidr", &cidr),
                ],
            ),
        )
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
        Lookup::Unknown(n) => return crate::outcome::path_unknown("SecurityGroupIngress", n),
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
                return why.at(path, loc);
            }
            Verdict::Unknown(why, said) => {
                unknown.get_or_insert((path.clone(), why, said, rule.location.clone()));
            }
            Verdict::Fine => {}
        }
    }
    if let Some((path, why, said, loc)) = unknown {
        let mut o = Outcome::unknown(format!("an ingress rule cannot be judged: {why}"));
        o.l10n = said.map(|part| vec![part]);
        return o.at(&path, loc.as_ref());
    }
    if rules.is_empty() {
        Outcome::pass("the security group has no ingress rules").l10n("vpc-sg-no-rules", &[])
    } else {
        Outcome::pass("no ingress rule opens ports other than 80/443 to the internet")
            .l10n("vpc-sg-web-only", &[])
    }
}
