//! EKS clusters envelope-encrypt Kubernetes secrets with a declared KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "eks-secrets-encryption",
    title: "EKS clusters envelope-encrypt Kubernetes secrets with a declared KMS key",
    severity: Severity::Medium,
    service: "Amazon EKS",
    section: "Amazon Elastic Kubernetes Service (Amazon EKS)",
    cfr: &[
        "45 CFR 164.312(a)(2)(iv)",
        "45 CFR 164.312(b)",
        "45 CFR 164.312(a)(1)",
    ],
    requirements: &["EKS-FOLLOW-EKS-WHITEPAPER"],
    kinds: &["AWS::EKS::Cluster"],
    phi_only: false,
    rationale: "The whitepaper defers to 'Architecting for HIPAA Security and Compliance on Amazon \
EKS', which asks for envelope encryption of Kubernetes secrets (database credentials, keys to PHI \
stores) with a KMS key. Clusters on Kubernetes 1.28 or later get default envelope encryption with an \
AWS-owned key, which the configuration does not declare and which leaves no key-usage record in \
CloudTrail; older clusters have none.",
    remediation: "Set `EncryptionConfig: [{Provider: {KeyArn: <KMS key ARN>}, Resources: [secrets]}]` \
on `AWS::EKS::Cluster`; in Terraform, `encryption_config { provider { key_arn = ... } resources = \
[\"secrets\"] }` on `aws_eks_cluster`.",
    check: Check::Resource(check),
};

/// Kubernetes versions before 1.28 have no default envelope encryption.
fn before_default(r: &Resource) -> bool {
    let Some(v) = r.get("Version").node().and_then(Node::scalar_text) else {
        return false;
    };
    let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
    matches!((parts.next().flatten(), parts.next().flatten()), (Some(1), Some(minor)) if minor < 28)
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "EncryptionConfig";
    let configs = match r.get(path) {
        Lookup::Unknown(n) => return crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => n.items(),
        Lookup::Absent => &[],
    };
    for (i, c) in configs.iter().enumerate() {
        let secrets = c
            .get("Resources")
            .node()
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .any(|x| x.as_str() == Some("secrets"));
        if !secrets {
            continue;
        }
        let p = format!("{path}.{i}.Provider.KeyArn");
        return match c.get("Provider.KeyArn") {
            Lookup::Set(k) if !matches!(&k.value, Value::Str(s) if s.is_empty()) => {
                Outcome::pass("Kubernetes secrets are envelope-encrypted with a declared KMS key")
                    .l10n("eks-secrets-kms", &[])
                    .at(&p, k.location.as_ref())
            }
            Lookup::Unknown(k) => crate::outcome::path_unknown(&p, k),
            _ => Outcome::fail("EncryptionConfig covers secrets but names no KMS key")
                .l10n("eks-secrets-no-key", &[])
                .at(&p, c.location.as_ref()),
        };
    }
    if before_default(r) {
        return Outcome::fail("no EncryptionConfig for secrets, and this Kubernetes version predates EKS default envelope encryption (1.28)")
            .l10n("eks-secrets-old-version", &[])
            .at_lookup("Version", r.get("Version"));
    }
    ctx.aws_default_said(
        path,
        (
            "No envelope encryption of Kubernetes secrets with a KMS key is declared",
            "eks-secrets-encryption-default-missing",
        ),
        (
            "encrypts Kubernetes API data on clusters running 1.28 or later with an AWS-owned key",
            "eks-secrets-encryption-default-does",
        ),
    )
}
