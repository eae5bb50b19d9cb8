//! API Gateway custom domain names refuse TLS below 1.2.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "apigateway-domain-tls12",
    title: "API Gateway custom domain names use a TLS 1.2 (or newer) security policy",
    severity: Severity::Medium,
    service: "Amazon API Gateway",
    section: "Amazon API Gateway",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["APIGW-HTTPS-ENDPOINTS"],
    kinds: &[
        "AWS::ApiGateway::DomainName",
        "AWS::ApiGatewayV2::DomainName",
    ],
    phi_only: false,
    rationale: "API Gateway endpoints are HTTPS only; the whitepaper asks for TLS and recommends \
TLS 1.2 on custom domains. A REST API custom domain accepts TLS 1.0 and 1.1 unless its security \
policy says otherwise, and those versions are no longer considered strong cryptography for PHI in \
transit (HHS guidance points to NIST SP 800-52).",
    remediation: "Set `SecurityPolicy: TLS_1_2` (or an enhanced `SecurityPolicy_TLS13_*` policy) on \
`AWS::ApiGateway::DomainName`, and `DomainNameConfigurations[].SecurityPolicy: TLS_1_2` on \
`AWS::ApiGatewayV2::DomainName`; in Terraform, `security_policy = \"TLS_1_2\"` on \
`aws_api_gateway_domain_name` and `domain_name_configuration { security_policy = \"TLS_1_2\" }` on \
`aws_apigatewayv2_domain_name`.",
    check: Check::Resource(check),
};

/// Whether a security policy name sets TLS 1.2 or newer as the minimum.
fn strong(policy: &str) -> Option<bool> {
    match policy {
        "TLS_1_2" => Some(true),
        "TLS_1_0" | "TLS_1_1" => Some(false),
        p if p.starts_with("SecurityPolicy_TLS13") || p.starts_with("SecurityPolicy_TLS12") => {
            Some(true)
        }
        _ => None,
    }
}

fn judge(path: &str, node: &Node) -> Outcome {
    match node.as_str() {
        Some(p) => match strong(p) {
            Some(true) => Outcome::pass(format!("security policy {p} refuses TLS below 1.2"))
                .l10n("apigateway-tls-policy-strong", &[("policy", p)]),
            Some(false) => Outcome::fail(format!("security policy {p} accepts TLS 1.0 and 1.1"))
                .l10n("apigateway-tls-policy-weak", &[("policy", p)]),
            None => Outcome::unknown(format!("security policy '{p}' is not one phiguard knows"))
                .l10n("apigateway-tls-policy-unknown", &[("policy", p)]),
        }
        .at(path, node.location.as_ref()),
        None => crate::outcome::path_unknown(path, node),
    }
}

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::ApiGateway::DomainName" {
        return match r.get("SecurityPolicy") {
            Lookup::Absent => Outcome::fail(
                "SecurityPolicy is not set; REST API custom domains default to TLS_1_0, which accepts TLS 1.0 and 1.1",
            )
            .l10n("apigateway-tls-policy-absent", &[])
            .at("SecurityPolicy", None),
            Lookup::Unknown(n) | Lookup::Set(n) => judge("SecurityPolicy", n),
        };
    }
    let configs = match r.get("DomainNameConfigurations") {
        Lookup::Absent => {
            return Outcome::pass("no domain name configuration is written; API Gateway V2 domain names default to TLS_1_2")
                .l10n("apigateway-tls-no-configuration", &[])
                .at("DomainNameConfigurations", None);
        }
        Lookup::Unknown(n) => return judge("DomainNameConfigurations", n),
        Lookup::Set(n) => n,
    };
    let mut last = None;
    for (i, c) in configs.items().iter().enumerate() {
        let path = format!("DomainNameConfigurations.{i}.SecurityPolicy");
        let out = match c.get("SecurityPolicy") {
            Lookup::Absent => continue,
            Lookup::Unknown(n) | Lookup::Set(n) => judge(&path, n),
        };
        match out.verdict {
            crate::Verdict::Pass => last = Some(out),
            _ => return out,
        }
    }
    last.unwrap_or_else(|| {
        Outcome::pass(
            "no SecurityPolicy is written; API Gateway V2 domain names default to TLS_1_2",
        )
        .l10n("apigateway-tls-v2-default", &[])
        .at("DomainNameConfigurations", configs.location.as_ref())
    })
}
