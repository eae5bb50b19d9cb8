//! QLDB ledgers declare the key that encrypts them at rest.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "qldb-ledger-kms",
    title: "QLDB ledgers holding PHI declare their at-rest encryption key",
    severity: Severity::Low,
    service: "Amazon QLDB",
    section: "Amazon Quantum Ledger Database (Amazon QLDB)",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(1)"],
    requirements: &["QLDB-DEFAULT-ENCRYPTION"],
    kinds: &["AWS::QLDB::Ledger"],
    phi_only: true,
    rationale: "QLDB encrypts ledgers at rest and uses TLS in transit; the whitepaper accepts the \
default AWS owned key. Writing the choice in `KmsKey` (`AWS_OWNED_KMS_KEY` or a customer managed \
key ARN) is the evidence an auditor reads; a customer managed key also leaves a key-usage trail in \
CloudTrail.",
    remediation: "Set `KmsKey` on the `AWS::QLDB::Ledger` to a customer managed key ARN, or to \
`AWS_OWNED_KMS_KEY` to record the default; in Terraform, `kms_key` on `aws_qldb_ledger`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match r.get("KmsKey") {
        Lookup::Absent => ctx.aws_default_said(
            "KmsKey",
            (
                "No encryption key is declared for the ledger",
                "qldb-ledger-kms-default-missing",
            ),
            (
                "encrypts QLDB ledgers with an AWS owned key when none is named",
                "qldb-ledger-kms-default-does",
            ),
        ),
        Lookup::Unknown(n) => crate::outcome::path_unknown("KmsKey", n),
        Lookup::Set(n) if n.as_str() == Some("AWS_OWNED_KMS_KEY") => {
            Outcome::pass("encryption with the AWS owned key is declared")
                .l10n("qldb-kms-aws-owned", &[])
                .at("KmsKey", n.location.as_ref())
        }
        Lookup::Set(n) => Outcome::pass("the ledger is encrypted with a declared KMS key")
            .l10n("qldb-kms-declared", &[])
            .at("KmsKey", n.location.as_ref()),
    }
}
