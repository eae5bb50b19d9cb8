//! Comprehend classifiers and flywheels declare KMS keys for volumes, models and output.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "comprehend-kms",
    title: "Comprehend classifiers and flywheels declare KMS keys for job volumes, models and output",
    severity: Severity::Medium,
    service: "Amazon Comprehend",
    section: "Data protection and secrets management",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["COMPREHEND-KMS-VOLUME-OUTPUT"],
    kinds: &[
        "AWS::Comprehend::DocumentClassifier",
        "AWS::Comprehend::Flywheel",
    ],
    phi_only: false,
    rationale: "Training and analysis jobs copy documents (PHI) onto ML storage volumes, trained \
models can memorise training text, and job output lands in S3. The Comprehend guidance asks for \
KMS volume encryption, output encryption with a customer KMS key, and encrypted custom models. \
Without the keys Comprehend uses keys it manages, which the configuration does not declare.",
    remediation: "On `AWS::Comprehend::DocumentClassifier` set `VolumeKmsKeyId`, `ModelKmsKeyId` \
and `OutputDataConfig.KmsKeyId`; on `AWS::Comprehend::Flywheel` set `DataSecurityConfig.\
VolumeKmsKeyId`, `ModelKmsKeyId` and `DataLakeKmsKeyId`. In Terraform, `volume_kms_key_id`, \
`model_kms_key_id` and `output_data_config { kms_key_id }` on \
`aws_comprehend_document_classifier`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let paths: &[&str] = if r.kind == "AWS::Comprehend::Flywheel" {
        &[
            "DataSecurityConfig.VolumeKmsKeyId",
            "DataSecurityConfig.ModelKmsKeyId",
            "DataSecurityConfig.DataLakeKmsKeyId",
        ]
    } else if r.get("OutputDataConfig").is_absent() {
        &["VolumeKmsKeyId", "ModelKmsKeyId"]
    } else {
        &[
            "VolumeKmsKeyId",
            "ModelKmsKeyId",
            "OutputDataConfig.KmsKeyId",
        ]
    };
    let mut missing = Vec::new();
    for p in paths {
        match r.get(p) {
            Lookup::Absent => missing.push(*p),
            Lookup::Unknown(n) => return crate::outcome::path_unknown(p, n),
            Lookup::Set(n) if n.as_str().is_some_and(|s| s.trim().is_empty()) => missing.push(*p),
            Lookup::Set(_) => {}
        }
    }
    if missing.is_empty() {
        return Outcome::pass(
            "KMS keys are declared for the job volumes, the model and the output",
        )
        .l10n("comprehend-kms-declared", &[])
        .at_lookup(paths[0], r.get(paths[0]));
    }
    let paths = missing.join(", ");
    let out = ctx.aws_default(
        missing[0],
        &format!("No KMS key is declared for {paths}"),
        "encrypts these with keys Comprehend manages",
    );
    let id = if out.verdict == crate::Verdict::Pass {
        "comprehend-kms-default-trusted"
    } else {
        "comprehend-kms-default-fail"
    };
    out.l10n(id, &[("paths", &paths)])
}
