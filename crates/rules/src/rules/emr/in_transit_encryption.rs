//! EMR clusters encrypt traffic between nodes.
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "emr-in-transit-encryption",
    title: "EMR clusters use a security configuration that enables in-transit (TLS) encryption",
    severity: Severity::High,
    service: "Amazon EMR",
    section: "Amazon EMR",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["EMR-IN-TRANSIT", "EMR-SECURITY-CONFIGURATION"],
    kinds: &["AWS::EMR::Cluster"],
    phi_only: false,
    rationale: "PHI moves between EMR nodes during shuffles, HDFS replication and Spark RPC. EMR \
encrypts that traffic with TLS only when the cluster's security configuration sets \
EnableInTransitEncryption with a TLS certificate provider; otherwise it crosses the VPC in \
cleartext.",
    remediation: "Set `EncryptionConfiguration.EnableInTransitEncryption: true` with \
`InTransitEncryptionConfiguration.TLSCertificateConfiguration` in the `AWS::EMR::SecurityConfiguration` \
the cluster names; in Terraform, the same keys in the `configuration` JSON of \
`aws_emr_security_configuration`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let (doc, config) = match crate::judge::emr_security::encryption_of(ctx, r) {
        Ok(d) => d,
        Err(out) => return out,
    };
    let at = r.get("SecurityConfiguration").location();
    match doc.get("EncryptionConfiguration.EnableInTransitEncryption") {
        Lookup::Set(n) if n.as_bool() == Some(true) => Outcome::pass(format!(
            "the security configuration '{}' enables in-transit encryption",
            config.name
        ))
        .l10n("emr-in-transit-on", &[("configuration", &config.name)]),
        Lookup::Set(n) if n.as_bool().is_none() => with_reason(
            Outcome::unknown(format!(
                "EnableInTransitEncryption in '{}' {}",
                config.name,
                crate::unknown_reason(n)
            )),
            n,
            "emr-in-transit-unreadable",
            &[("configuration", &config.name)],
        ),
        Lookup::Unknown(n) => with_reason(
            Outcome::unknown(format!(
                "EnableInTransitEncryption in '{}' {}",
                config.name,
                crate::unknown_reason(n)
            )),
            n,
            "emr-in-transit-unreadable",
            &[("configuration", &config.name)],
        ),
        _ => Outcome::fail(format!(
            "the security configuration '{}' does not enable in-transit encryption",
            config.name
        ))
        .l10n("emr-in-transit-off", &[("configuration", &config.name)]),
    }
    .at("SecurityConfiguration", at)
}
