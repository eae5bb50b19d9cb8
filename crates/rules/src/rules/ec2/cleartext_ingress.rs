//! Security groups do not open cleartext protocols to the internet.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ec2-cleartext-ingress",
    title: "Security groups do not open cleartext protocols (HTTP, FTP, Telnet...) to the internet",
    severity: Severity::High,
    service: "Amazon EC2",
    section: "Amazon Elastic Compute Cloud",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["EC2-EXTERNAL-TRAFFIC-TLS-VPN"],
    kinds: &["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
    phi_only: false,
    rationale: "The whitepaper requires PHI traffic between the internet or on-premises sites and EC2 \
to use TLS or an IPsec VPN. A security group that admits 0.0.0.0/0 or ::/0 on a protocol that has \
no encryption (FTP, Telnet, HTTP, POP3, IMAP, LDAP, TFTP, SNMP, r-services) invites PHI to cross \
the internet in cleartext. Port 80 alongside 443 (the HTTP-to-HTTPS redirect pattern) is not \
flagged, nor are load balancer groups, whose listeners are judged by the load balancer rules.",
    remediation: "Remove the internet-wide rule for the cleartext port and serve the protocol over \
TLS (HTTPS, SFTP, LDAPS, IMAPS...), or reach the instances through a Site-to-Site VPN or a TLS \
load balancer. In CloudFormation, edit `SecurityGroupIngress` of `AWS::EC2::SecurityGroup` (or the \
`AWS::EC2::SecurityGroupIngress` resources); in Terraform, the `ingress` blocks of \
`aws_security_group` or the `aws_vpc_security_group_ingress_rule` resources.",
    check: Check::Resource(check),
};

/// Cleartext services: protocol, port, name.
const CLEARTEXT: &[(&str, i64, &str)] = &[
    ("tcp", 20, "FTP data"),
    ("tcp", 21, "FTP"),
    ("tcp", 23, "Telnet"),
    ("tcp", 80, "HTTP"),
    ("tcp", 110, "POP3"),
    ("tcp", 143, "IMAP"),
    ("tcp", 389, "LDAP"),
    ("tcp", 512, "rexec"),
    ("tcp", 513, "rlogin"),
    ("tcp", 514, "rsh"),
    ("tcp", 8080, "HTTP"),
    ("udp", 69, "TFTP"),
    ("udp", 161, "SNMP"),
];

enum Ingress {
    /// Opens (protocol, from, to) to the internet.
    Open(String, i64, i64, Option<phiguard_model::Location>),
    Closed,
    /// Cannot be judged: the unknown outcome (not yet located), and where.
    Unknown(Outcome, Option<phiguard_model::Location>),
}

fn read(entry: &Node) -> Ingress {
    // Only address ranges can be the internet; group and prefix-list sources are not.
    let mut cidr_unknown = None;
    let mut internet = false;
    for k in ["CidrIp", "CidrIpv6"] {
        match entry.get(k) {
            Lookup::Set(n) => match n.as_str() {
                Some(c) => internet |= c == "0.0.0.0/0" || c == "::/0",
                None => {
                    cidr_unknown = Some((crate::outcome::path_unknown(k, n), n.location.clone()))
                }
            },
            Lookup::Unknown(n) => {
                cidr_unknown = Some((crate::outcome::path_unknown(k, n), n.location.clone()))
            }
            Lookup::Absent => {}
        }
    }
    if !internet && cidr_unknown.is_none() {
        return Ingress::Closed;
    }
    let proto = match entry.get("IpProtocol").node().and_then(Node::scalar_text) {
        Some(p) => match p.to_ascii_lowercase().as_str() {
            "-1" | "all" => "all".to_string(),
            "6" | "tcp" => "tcp".to_string(),
            "17" | "udp" => "udp".to_string(),
            _ => return Ingress::Closed,
        },
        None => {
            return Ingress::Unknown(
                Outcome::unknown("IpProtocol is not resolvable")
                    .l10n("ec2-cleartext-protocol-unresolvable", &[]),
                entry.location.clone(),
            );
        }
    };
    let port = |k: &str| entry.get(k).node().and_then(Node::as_i64);
    let (from, to) = match (proto.as_str(), port("FromPort"), port("ToPort")) {
        ("all", _, _) | (_, Some(-1), _) | (_, _, Some(-1)) => (0, 65535),
        (_, Some(f), Some(t)) => (f, t),
        (_, Some(f), None) => (f, f),
        _ => {
            return Ingress::Unknown(
                Outcome::unknown("the rule's ports are not resolvable")
                    .l10n("ec2-cleartext-ports-unresolvable", &[]),
                entry.location.clone(),
            );
        }
    };
    if internet {
        return Ingress::Open(proto, from, to, entry.location.clone());
    }
    // An unresolvable address range matters only when the rule opens a cleartext port.
    let cleartext = CLEARTEXT
        .iter()
        .any(|(p, port, _)| (proto == *p || proto == "all") && from <= *port && *port <= to);
    match cidr_unknown {
        Some((why, at)) if cleartext => Ingress::Unknown(why, at),
        _ => Ingress::Closed,
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let (group, entries): (&Resource, Vec<(String, &Node)>) = if r.kind
        == "AWS::EC2::SecurityGroupIngress"
    {
        if let Some(Pointee::Found(g) | Pointee::Other(g)) = reference::follow_at(ctx, r, "GroupId")
        {
            return Outcome::not_applicable(format!(
                "the security group '{}' carries the verdict",
                g.name
            ))
            .l10n("ec2-cleartext-group-verdict", &[("group", &g.name)]);
        }
        (r, vec![(String::new(), &r.attributes)])
    } else {
        let mut v: Vec<(String, &Node)> = r
            .get("SecurityGroupIngress")
            .node()
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, n)| (format!("SecurityGroupIngress.{i}"), n))
            .collect();
        for ing in ctx.graph.referrers(r.id, "AWS::EC2::SecurityGroupIngress") {
            if matches!(reference::follow_at(ctx, ing, "GroupId"), Some(Pointee::Found(g) | Pointee::Other(g)) if g.id == r.id)
            {
                v.push((
                    format!("AWS::EC2::SecurityGroupIngress {}", ing.name),
                    &ing.attributes,
                ));
            }
        }
        (r, v)
    };
    if let Some(lb) = [
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "AWS::ElasticLoadBalancing::LoadBalancer",
    ]
    .iter()
    .find_map(|k| ctx.graph.referrers(group.id, k).next())
    {
        return Outcome::not_applicable(format!(
            "the group protects the load balancer '{}', whose listeners decide which protocols are served (judged by the load balancer rules)",
            lb.name
        ))
        .l10n("ec2-cleartext-load-balancer", &[("balancer", &lb.name)]);
    }
    let rules: Vec<(String, Ingress)> = entries.iter().map(|(p, n)| (p.clone(), read(n))).collect();
    let opens = |proto: &str, port: i64| {
        rules.iter().any(|(_, x)| matches!(x, Ingress::Open(p, f, t, _) if (p == proto || p == "all") && *f <= port && port <= *t))
    };
    let https_too = opens("tcp", 443);
    for (path, rule) in &rules {
        let Ingress::Open(proto, from, to, at) = rule else {
            continue;
        };
        let hits: Vec<String> = CLEARTEXT
            .iter()
            .filter(|(p, port, name)| {
                (proto == p || proto == "all")
                    && *from <= *port
                    && *port <= *to
                    && !(*name == "HTTP" && https_too && proto != "all")
            })
            .map(|(p, port, name)| format!("{name} ({p}/{port})"))
            .collect();
        if !hits.is_empty() {
            let services = hits.join(", ");
            return Outcome::fail(format!(
                "the internet (0.0.0.0/0 or ::/0) may reach cleartext services: {services}"
            ))
            .l10n("ec2-cleartext-open", &[("services", &services)])
            .at(if path.is_empty() { "CidrIp" } else { path }, at.as_ref());
        }
    }
    if let Some((path, Ingress::Unknown(why, at))) = rules
        .iter()
        .find(|(_, x)| matches!(x, Ingress::Unknown(..)))
    {
        return why
            .clone()
            .at(if path.is_empty() { "CidrIp" } else { path }, at.as_ref());
    }
    Outcome::pass("no cleartext protocol is open to the internet").l10n("ec2-cleartext-none", &[])
}
