//! SageMaker notebook instances and Studio domains encrypt storage with a KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "sagemaker-notebook-kms",
    title: "SageMaker notebook instances and Studio domains name a KMS key for their storage",
    severity: Severity::High,
    service: "Amazon SageMaker",
    section: "Amazon SageMaker",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(a)(1)"],
    requirements: &["SAGEMAKER-NOTEBOOK-KMS"],
    kinds: &["AWS::SageMaker::NotebookInstance", "AWS::SageMaker::Domain"],
    phi_only: false,
    rationale: "Data scientists working with PHI keep extracts, notebooks and model files on the \
notebook instance's ML storage volume or the Studio domain's EFS home directories. Naming a KMS \
key puts that storage under a key the team controls and whose use CloudTrail records.",
    remediation: "Set `KmsKeyId` on the `AWS::SageMaker::NotebookInstance` and on the \
`AWS::SageMaker::Domain`; in Terraform, `kms_key_id` on `aws_sagemaker_notebook_instance` and \
`aws_sagemaker_domain`. The key is fixed at creation.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if ctx.phi.any_marked && !ctx.phi.holds(r) {
        return Outcome::not_applicable("not marked as holding PHI")
            .l10n("sagemaker-notebook-not-phi", &[]);
    }
    let (what, set_id, absent_id) = if r.kind == "AWS::SageMaker::Domain" {
        (
            "the domain's EFS home directories",
            "sagemaker-domain-kms-set",
            "sagemaker-domain-kms-absent",
        )
    } else {
        (
            "the notebook's ML storage volume",
            "sagemaker-notebook-kms-set",
            "sagemaker-notebook-kms-absent",
        )
    };
    match is_set(r, "KmsKeyId") {
        Ok(true) => Outcome::pass(format!("{what} is encrypted with the named KMS key"))
            .l10n(set_id, &[])
            .at_lookup("KmsKeyId", r.get("KmsKeyId")),
        Ok(false) => Outcome::fail(format!(
            "KmsKeyId is not set: no KMS key the team names protects {what}"
        ))
        .l10n(absent_id, &[])
        .at("KmsKeyId", None),
        Err(unknown) => unknown,
    }
}
