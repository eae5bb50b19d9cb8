//! EMR clusters encrypt data at rest through a security configuration.
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "emr-at-rest-encryption",
    title: "EMR clusters use a security configuration that encrypts EMRFS data and local disks",
    severity: Severity::Critical,
    service: "Amazon EMR",
    section: "Amazon EMR",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(1)"],
    requirements: &["EMR-SECURITY-CONFIGURATION"],
    kinds: &["AWS::EMR::Cluster"],
    phi_only: false,
    rationale: "EMR clusters that process PHI must use EMR's encryption options. At-rest encryption \
is set in a security configuration: S3EncryptionConfiguration for data EMRFS writes to S3, and \
LocalDiskEncryptionConfiguration for HDFS, shuffle and spill data on instance store and EBS \
volumes (EnableEbsEncryption also covers the root volume). A cluster without a security \
configuration encrypts none of it.",
    remediation: "Create an `AWS::EMR::SecurityConfiguration` whose document sets \
`EncryptionConfiguration.EnableAtRestEncryption: true` with `AtRestEncryptionConfiguration.\
S3EncryptionConfiguration` (SSE-KMS) and `LocalDiskEncryptionConfiguration` (AwsKms, \
`EnableEbsEncryption: true`), and name it in `SecurityConfiguration` of `AWS::EMR::Cluster`; in \
Terraform, `aws_emr_security_configuration` and `security_configuration` on `aws_emr_cluster`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let (doc, config) = match crate::judge::emr_security::encryption_of(ctx, r) {
        Ok(d) => d,
        Err(out) => return out,
    };
    let at = r.get("SecurityConfiguration").location();
    let enc = "EncryptionConfiguration";
    match doc.get(&format!("{enc}.EnableAtRestEncryption")) {
        Lookup::Set(n) if n.as_bool() == Some(true) => {}
        Lookup::Set(n) if n.as_bool().is_none() => {
            return with_reason(
                Outcome::unknown(format!(
                    "EnableAtRestEncryption in '{}' {}",
                    config.name,
                    crate::unknown_reason(n)
                )),
                n,
                "emr-at-rest-unreadable",
                &[("configuration", &config.name)],
            )
            .at("SecurityConfiguration", at);
        }
        Lookup::Unknown(n) => {
            return with_reason(
                Outcome::unknown(format!(
                    "EnableAtRestEncryption in '{}' {}",
                    config.name,
                    crate::unknown_reason(n)
                )),
                n,
                "emr-at-rest-unreadable",
                &[("configuration", &config.name)],
            )
            .at("SecurityConfiguration", at);
        }
        _ => {
            return Outcome::fail(format!(
                "the security configuration '{}' does not enable at-rest encryption",
                config.name
            ))
            .l10n("emr-at-rest-off", &[("configuration", &config.name)])
            .at("SecurityConfiguration", at);
        }
    }
    let parts = format!("{enc}.AtRestEncryptionConfiguration");
    let missing: Vec<&str> = [
        "S3EncryptionConfiguration",
        "LocalDiskEncryptionConfiguration",
    ]
    .into_iter()
    .filter(|p| doc.get(&format!("{parts}.{p}")).is_absent())
    .collect();
    if !missing.is_empty() {
        let o = Outcome::fail(format!(
            "the security configuration '{}' enables at-rest encryption without {}",
            config.name,
            missing.join(" or ")
        ));
        let o = match missing[..] {
            [part] => o.l10n(
                "emr-at-rest-without",
                &[("configuration", &config.name), ("part", part)],
            ),
            _ => o.l10n(
                "emr-at-rest-without-both",
                &[("configuration", &config.name)],
            ),
        };
        return o.at("SecurityConfiguration", at);
    }
    let ebs = doc
        .get(&format!(
            "{parts}.LocalDiskEncryptionConfiguration.EnableEbsEncryption"
        ))
        .node()
        .and_then(Node::as_bool);
    let (message, id) = if ebs == Some(true) {
        (
            format!(
                "the security configuration '{}' encrypts EMRFS data, local disks and EBS volumes",
                config.name
            ),
            "emr-at-rest-all",
        )
    } else {
        (
            format!(
                "the security configuration '{}' encrypts EMRFS data and local disks (EnableEbsEncryption would also cover the EBS root volume)",
                config.name
            ),
            "emr-at-rest-no-ebs",
        )
    };
    Outcome::pass(message)
        .l10n(id, &[("configuration", &config.name)])
        .at("SecurityConfiguration", at)
}
