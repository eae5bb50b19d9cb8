//! DataSync EFS locations use TLS to the file system.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "datasync-efs-location-tls",
    title: "DataSync EFS locations encrypt traffic to the file system (TLS1_2)",
    severity: Severity::High,
    service: "AWS DataSync",
    section: "AWS DataSync",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["DATASYNC-TARGETS-CONFIGURED"],
    kinds: &["AWS::DataSync::LocationEFS"],
    phi_only: false,
    rationale: "The whitepaper asks that the EFS file systems DataSync writes to be configured per \
the EFS guidance, which includes encryption in transit. DataSync mounts the file system over NFS \
in clear text unless the location sets InTransitEncryption to TLS1_2.",
    remediation: "Set `InTransitEncryption: TLS1_2` on the `AWS::DataSync::LocationEFS`; in \
Terraform, `in_transit_encryption = \"TLS1_2\"` on `aws_datasync_location_efs`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "InTransitEncryption";
    match string_attr(r, P) {
        Ok(Some((v, loc))) if v.eq_ignore_ascii_case("TLS1_2") => {
            Outcome::pass("DataSync mounts the file system over TLS 1.2")
                .l10n("datasync-efs-tls", &[])
                .at(P, loc)
        }
        Ok(Some((v, loc))) => Outcome::fail(format!(
            "InTransitEncryption is {v}: DataSync copies PHI to EFS over unencrypted NFS"
        ))
        .l10n("datasync-efs-plain", &[("value", v)])
        .at(P, loc),
        Ok(None) => Outcome::fail(
            "InTransitEncryption is not set; DataSync mounts EFS without TLS by default",
        )
        .l10n("datasync-efs-absent", &[])
        .at(P, None),
        Err(unknown) => unknown,
    }
}
