//! DynamoDB tables holding PHI are encrypted with a KMS key, not the AWS-owned key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dynamodb-table-kms-encryption",
    title: "DynamoDB tables holding PHI are encrypted with a KMS key (SSEEnabled with SSEType KMS)",
    severity: Severity::High,
    service: "Amazon DynamoDB",
    section: "Amazon DynamoDB",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(b)"],
    requirements: &["DYNAMODB-ENCRYPTION-AT-REST", "GEN-ENCRYPT-PHI-AT-REST"],
    kinds: &["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"],
    phi_only: true,
    rationale: "The whitepaper describes DynamoDB encryption with keys managed through AWS KMS, \
which also covers backups, replicas and snapshots. Every table is encrypted, but by default with \
a key AWS owns, whose use never appears in the customer's CloudTrail; with SSEEnabled the table \
uses a KMS key (the AWS managed aws/dynamodb key, or a customer managed key given in \
KMSMasterKeyId) and every use of it is logged, which is the audit evidence 164.312(b) asks for. \
The AWS-owned default is therefore not accepted, even with trust_aws_defaults. SAM \
AWS::Serverless::SimpleTable is judged as the table it creates.",
    remediation: "Set `SSESpecification: {SSEEnabled: true, SSEType: KMS}` and, for a customer \
managed key, `KMSMasterKeyId` (on AWS::DynamoDB::GlobalTable the SSESpecification is at the top \
level and the key per replica); in Terraform, `server_side_encryption { enabled = true, \
kms_key_arn = aws_kms_key.x.arn }` on `aws_dynamodb_table`.",
    check: Check::Resource(check),
};

const PATH: &str = "SSESpecification.SSEEnabled";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let owned = "the table is encrypted with an AWS-owned key (the DynamoDB default), whose use \
                 leaves no trail in your CloudTrail; enable SSE with a KMS key";
    match flag(r, PATH) {
        Flag::Absent => Outcome::fail(format!("SSESpecification is not set: {owned}"))
            .l10n("dynamodb-sse-absent", &[])
            .at_lookup("SSESpecification", r.get("SSESpecification")),
        Flag::False(n) => Outcome::fail(format!("SSEEnabled is false: {owned}"))
            .l10n("dynamodb-sse-false", &[])
            .at(PATH, n.location.as_ref()),
        Flag::Unknown(why, loc) => match r.get(PATH) {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(PATH, n),
            Lookup::Absent => Outcome::unknown(format!("{PATH} {why}")).at(PATH, loc),
        },
        Flag::True(n) => match string_attr(r, "SSESpecification.SSEType") {
            Err(unknown) => unknown,
            Ok(Some((t, loc))) if !t.eq_ignore_ascii_case("KMS") => Outcome::unknown(format!(
                "SSEType '{t}' is not a DynamoDB encryption type (only KMS is)"
            ))
            .l10n("dynamodb-sse-type-invalid", &[("type", t)])
            .at("SSESpecification.SSEType", loc),
            Ok(_) => {
                // A global table names its keys per replica.
                let replica_keys = r.get("Replicas").node().is_some_and(|reps| {
                    reps.items()
                        .iter()
                        .any(|rep| !rep.get("SSESpecification.KMSMasterKeyId").is_absent())
                });
                let (key, id) =
                    if replica_keys || !r.get("SSESpecification.KMSMasterKeyId").is_absent() {
                        ("a customer managed KMS key", "dynamodb-sse-customer-key")
                    } else {
                        (
                            "the AWS managed KMS key aws/dynamodb",
                            "dynamodb-sse-aws-managed-key",
                        )
                    };
                Outcome::pass(format!("the table is encrypted with {key}"))
                    .l10n(id, &[])
                    .at(PATH, n.location.as_ref())
            }
        },
    }
}
