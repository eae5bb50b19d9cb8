//! DMS replication instances, serverless replications and endpoints name their KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dms-kms-key",
    title: "DMS replication instances, serverless replications and endpoints name a KMS key",
    severity: Severity::Medium,
    service: "AWS Database Migration Service",
    section: "AWS Database Migration Service",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["DMS-REPLICATION-INSTANCE-KMS"],
    kinds: &[
        "AWS::DMS::ReplicationInstance",
        "AWS::DMS::ReplicationConfig",
        "AWS::DMS::Endpoint",
    ],
    phi_only: false,
    rationale: "A replication instance stages migrated rows (PHI) on its storage, and an endpoint \
stores the database credentials. DMS encrypts both with KMS; when no key is named it uses the AWS \
managed key aws/dms. The whitepaper asks for a customer key where the team's policy requires one, \
and naming the key is the evidence an auditor reads.",
    remediation: "Set `KmsKeyId` on `AWS::DMS::ReplicationInstance` and `AWS::DMS::Endpoint`, and \
`ComputeConfig.KmsKeyId` on `AWS::DMS::ReplicationConfig`; in Terraform, `kms_key_arn` on \
`aws_dms_replication_instance` and `aws_dms_endpoint`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    // The path, what the key encrypts, and the Fluent messages of the pass and of the
    // missing key.
    let (path, what, (pass_id, missing_id)) = match r.kind.as_str() {
        "AWS::DMS::ReplicationConfig" => (
            "ComputeConfig.KmsKeyId",
            "the serverless replication's storage",
            (
                "dms-kms-key-serverless",
                "dms-kms-key-default-missing-serverless",
            ),
        ),
        "AWS::DMS::Endpoint" => (
            "KmsKeyId",
            "the endpoint's connection settings",
            (
                "dms-kms-key-endpoint",
                "dms-kms-key-default-missing-endpoint",
            ),
        ),
        _ => (
            "KmsKeyId",
            "the replication instance's storage",
            (
                "dms-kms-key-instance",
                "dms-kms-key-default-missing-instance",
            ),
        ),
    };
    match is_set(r, path) {
        Ok(true) => Outcome::pass(format!("the named KMS key encrypts {what}"))
            .l10n(pass_id, &[])
            .at_lookup(path, r.get(path)),
        Ok(false) => ctx.aws_default_said(
            path,
            (&format!("No KMS key is named for {what}"), missing_id),
            (
                "encrypts it with the AWS managed key aws/dms",
                "dms-kms-key-default-does",
            ),
        ),
        Err(unknown) => unknown,
    }
}
