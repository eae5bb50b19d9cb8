//! IoT Core domain configurations require TLS 1.2 or later.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "iot-domain-tls-policy",
    title: "IoT Core domain configurations use a security policy with TLS 1.2 or later",
    severity: Severity::Medium,
    service: "AWS IoT Core and AWS IoT Device Management",
    section: "AWS IoT Core and AWS IoT Device Management",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(b)"],
    requirements: &["IOT-TLS"],
    kinds: &["AWS::IoT::DomainConfiguration"],
    phi_only: false,
    rationale: "Devices may send PHI through IoT Core, which always uses TLS; the security policy \
of a domain configuration sets the minimum version. Policies named `..._1_0_...` still accept TLS \
1.0 and 1.1, which the HHS guidance (NIST SP 800-52) no longer allows for PHI. The default policy \
requires TLS 1.2.",
    remediation: "Set `TlsConfig.SecurityPolicy` to `IoTSecurityPolicy_TLS13_1_2_2022_10` (or a \
`TLS13_1_3` policy); in Terraform, `tls_config { security_policy = ... }` on \
`aws_iot_domain_configuration`.",
    check: Check::Resource(check),
};

/// The minimum TLS minor version a policy name allows (`IoTSecurityPolicy_TLS13_1_2_2022_10` → 2).
fn min_minor(policy: &str) -> Option<u32> {
    let rest = policy.strip_prefix("IoTSecurityPolicy_TLS1")?;
    let mut parts = rest.split('_');
    let _max = parts.next()?;
    if parts.next()? != "1" {
        return None;
    }
    parts.next()?.parse().ok()
}

fn check(_: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "TlsConfig.SecurityPolicy";
    match string_attr(r, P) {
        Ok(Some((p, loc))) => match min_minor(p) {
            Some(m) if m >= 2 => Outcome::pass(format!("{p} requires TLS 1.{m} or later"))
                .l10n(
                    "iot-domain-tls-min",
                    &[("policy", p), ("minor", &m.to_string())],
                )
                .at(P, loc),
            Some(m) => Outcome::fail(format!("{p} still accepts TLS 1.{m}"))
                .l10n(
                    "iot-domain-tls-old",
                    &[("policy", p), ("minor", &m.to_string())],
                )
                .at(P, loc),
            None => Outcome::unknown(format!(
                "security policy '{p}' is not a known IoT policy name"
            ))
            .l10n("iot-domain-policy-unknown", &[("policy", p)])
            .at(P, loc),
        },
        Ok(None) => Outcome::pass("the default security policy requires TLS 1.2 or later")
            .l10n("iot-domain-default-policy", &[])
            .at(P, None),
        Err(unknown) => unknown,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn policy_versions() {
        assert_eq!(
            super::min_minor("IoTSecurityPolicy_TLS13_1_2_2022_10"),
            Some(2)
        );
        assert_eq!(
            super::min_minor("IoTSecurityPolicy_TLS13_1_3_2022_10"),
            Some(3)
        );
        assert_eq!(
            super::min_minor("IoTSecurityPolicy_TLS12_1_0_2016_01"),
            Some(0)
        );
        assert_eq!(super::min_minor("Custom"), None);
    }
}
