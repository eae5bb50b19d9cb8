//! CodePipeline artifact stores are encrypted with a named KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "codepipeline-artifact-store-kms",
    title: "CodePipeline artifact stores name a KMS encryption key",
    severity: Severity::Medium,
    service: "AWS CodePipeline",
    section: "AWS CodePipeline",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["CODEPIPELINE-ARTIFACT-ENCRYPTION"],
    kinds: &["AWS::CodePipeline::Pipeline"],
    phi_only: false,
    rationale: "Pipelines that move PHI (clinical or genomic data sets, for example) keep every \
stage's input and output in the artifact store. The whitepaper asks to encrypt it with SSE-S3 or \
SSE-KMS; without `EncryptionKey` CodePipeline uses the AWS managed key aws/s3, which the \
configuration does not show and which cannot be shared across accounts.",
    remediation: "Set `ArtifactStore.EncryptionKey: {Id: <KMS key ARN>, Type: KMS}` (or the same \
in each `ArtifactStores[].ArtifactStore`); in Terraform, `encryption_key { id = ... type = \"KMS\" }` \
inside `artifact_store` of `aws_codepipeline`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut stores = Vec::new();
    match r.get("ArtifactStore") {
        Lookup::Set(_) => stores.push("ArtifactStore".to_string()),
        Lookup::Unknown(n) => return crate::outcome::path_unknown("ArtifactStore", n),
        Lookup::Absent => {}
    }
    match r.get("ArtifactStores") {
        Lookup::Set(n) => {
            stores.extend((0..n.items().len()).map(|i| format!("ArtifactStores.{i}.ArtifactStore")))
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown("ArtifactStores", n),
        Lookup::Absent => {}
    }
    if stores.is_empty() {
        return Outcome::unknown("the pipeline declares no artifact store")
            .l10n("codepipeline-no-store", &[]);
    }
    for s in &stores {
        let path = format!("{s}.EncryptionKey.Id");
        match is_set(r, &path) {
            Ok(true) => {}
            Ok(false) => {
                let out = ctx.aws_default(
                    &path,
                    &format!("{s} names no KMS key"),
                    "encrypts artifacts with the AWS managed key aws/s3",
                );
                let id = if out.verdict == crate::Verdict::Pass {
                    "codepipeline-store-no-key-trusted"
                } else {
                    "codepipeline-store-no-key"
                };
                return out.l10n(id, &[("store", s)]).at(&path, r.get(s).location());
            }
            Err(unknown) => return unknown,
        }
    }
    Outcome::pass("every artifact store names a KMS key")
        .l10n("codepipeline-all-keys", &[])
        .at_lookup(
            &format!("{}.EncryptionKey.Id", stores[0]),
            r.get(&format!("{}.EncryptionKey.Id", stores[0])),
        )
}
