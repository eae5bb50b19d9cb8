//! Redshift clusters holding PHI are encrypted.
use crate::judge::inherited::{self, Source};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "redshift-encryption-at-rest",
    title: "Redshift clusters holding PHI are encrypted (Encrypted, with a KMS or HSM key)",
    severity: Severity::Critical,
    service: "Amazon Redshift",
    section: "Amazon Redshift",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["REDSHIFT-ENCRYPTION-AT-REST"],
    kinds: &["AWS::Redshift::Cluster"],
    phi_only: true,
    rationale: "The whitepaper requires Redshift clusters holding PHI to enable encryption, which \
covers all data blocks, system metadata and backups under a four-tier key hierarchy with the \
cluster key in KMS or CloudHSM. Redshift has encrypted new clusters by default since \
January 2025, but a template that does not declare `Encrypted` is no evidence of it, and \
older clusters were unencrypted by default.",
    remediation: "Set `Encrypted: true` and `KmsKeyId` (a customer-managed key) on the cluster; \
Terraform: `encrypted = true` and `kms_key_id` on `aws_redshift_cluster`.",
    check: Check::Resource(check),
};

const PATH: &str = "Encrypted";

/// A Redshift restore with `KmsKeyId` is encrypted whatever the snapshot.
const SOURCES: &[Source] = &[Source {
    attribute: "SnapshotIdentifier",
    key_decides: true,
}];

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if let Some(o) = inherited::encryption(ctx, r, SOURCES, PATH) {
        return o;
    }
    match flag(r, PATH) {
        Flag::True(n) => Outcome::pass("the cluster is encrypted")
            .l10n("redshift-encrypted", &[])
            .at(PATH, n.location.as_ref()),
        Flag::False(n) => {
            Outcome::fail("Encrypted is false: the cluster's data and backups are not encrypted")
                .l10n("redshift-encrypted-false", &[])
                .at(PATH, n.location.as_ref())
        }
        Flag::Unknown(why, loc) => match r.get(PATH) {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(PATH, n),
            Lookup::Absent => Outcome::unknown(format!("{PATH} {why}")).at(PATH, loc),
        },
        Flag::Absent => ctx.aws_default_said(
            PATH,
            (
                "Encrypted is not declared",
                "redshift-encryption-at-rest-default-missing",
            ),
            (
                "has encrypted new provisioned clusters by default since January 2025",
                "redshift-encryption-at-rest-default-does",
            ),
        ),
    }
}
