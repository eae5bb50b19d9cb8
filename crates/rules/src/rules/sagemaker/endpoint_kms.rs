//! SageMaker endpoint configurations encrypt hosting storage with a KMS key.
use crate::judge::reference::with_why;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "sagemaker-endpoint-kms",
    title: "SageMaker endpoint configurations name a KMS key for the hosting instances' storage",
    severity: Severity::High,
    service: "Amazon SageMaker",
    section: "Amazon SageMaker",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SAGEMAKER-ENDPOINT-KMS"],
    kinds: &["AWS::SageMaker::EndpointConfig"],
    phi_only: false,
    rationale: "Model-hosting instances keep the model and any captured or cached inference data \
(which can be PHI) on an attached EBS volume. The whitepaper asks to encrypt that storage by naming \
a KMS key in the endpoint configuration. Instance types with local NVMe storage are \
hardware-encrypted and do not accept a key; serverless endpoints have no attached volume.",
    remediation: "Set `KmsKeyId` on the `AWS::SageMaker::EndpointConfig` (Terraform: \
`kms_key_arn` on `aws_sagemaker_endpoint_configuration`) and grant the endpoint's execution role \
use of the key.",
    check: Check::Resource(check),
};

/// Whether an `ml.*` instance type has local NVMe instance storage (SageMaker refuses a
/// KmsKeyId for those; the storage is encrypted by the instance's hardware module).
fn local_storage(instance_type: &str) -> bool {
    let family = instance_type
        .trim_start_matches("ml.")
        .split('.')
        .next()
        .unwrap_or("");
    let Some(digit) = family.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let suffix = family[digit..].trim_start_matches(|c: char| c.is_ascii_digit());
    suffix.contains('d')
        || matches!(
            family,
            "g5" | "g6" | "g6e" | "p5" | "p5e" | "p5en" | "trn1" | "trn1n" | "trn2"
        )
}

fn check(_: &Ctx, r: &Resource) -> Outcome {
    if !r.get("KmsKeyId").is_absent() {
        return match is_set(r, "KmsKeyId") {
            Ok(_) => Outcome::pass("hosting storage is encrypted with the named KMS key")
                .l10n("sagemaker-endpoint-kms-set", &[])
                .at_lookup("KmsKeyId", r.get("KmsKeyId")),
            Err(unknown) => unknown,
        };
    }
    let variants = match written(r, "ProductionVariants", || {
        Outcome::unknown("the endpoint configuration has no production variants")
            .l10n("sagemaker-endpoint-no-variants", &[])
            .at("ProductionVariants", None)
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut ebs = None;
    let mut unknown = None;
    for v in variants.items() {
        match v.get("InstanceType") {
            Lookup::Set(t) => match t.as_str() {
                Some(t) if local_storage(t) => {}
                Some(t) => {
                    ebs.get_or_insert(t.to_string());
                }
                None => unknown = Some(crate::unknown_reason(t)),
            },
            Lookup::Unknown(t) => unknown = Some(crate::unknown_reason(t)),
            Lookup::Absent => {} // serverless variant: no attached volume
        }
    }
    if let Some(t) = ebs {
        return Outcome::fail(format!("no KmsKeyId: the EBS storage of the {t} hosting instances is not encrypted with a key the team names"))
            .l10n("sagemaker-endpoint-ebs-no-key", &[("instance-type", &t)])
            .at("KmsKeyId", None);
    }
    if let Some(why) = unknown {
        let o = Outcome::unknown(format!("no KmsKeyId, and a variant's InstanceType {why}"));
        return with_why(o, &why, "sagemaker-endpoint-instance-type-unreadable", &[])
            .at("ProductionVariants", variants.location.as_ref());
    }
    Outcome::not_applicable(
        "every variant is serverless or uses instance types with hardware-encrypted local storage, which take no KMS key",
    )
    .l10n("sagemaker-endpoint-local-storage", &[])
}

#[cfg(test)]
mod tests {
    #[test]
    fn local_storage_families() {
        assert!(super::local_storage("ml.m5d.large"));
        assert!(super::local_storage("ml.g4dn.xlarge"));
        assert!(super::local_storage("ml.g5.2xlarge"));
        assert!(!super::local_storage("ml.m5.large"));
        assert!(!super::local_storage("ml.c6i.xlarge"));
        assert!(!super::local_storage("ml.t2.medium"));
    }
}
