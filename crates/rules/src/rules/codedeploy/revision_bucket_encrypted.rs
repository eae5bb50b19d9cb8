//! CodeDeploy revisions come from encrypted buckets.
use crate::judge::bucket::judge_bucket_encryption;
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "codedeploy-revision-bucket-encrypted",
    title: "CodeDeploy deployment groups deploy revisions from S3 buckets with default encryption",
    severity: Severity::Low,
    service: "AWS CodeDeploy",
    section: "AWS CodeDeploy",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(b)"],
    requirements: &["CODEDEPLOY-ARTIFACTS-SSE"],
    kinds: &["AWS::CodeDeploy::DeploymentGroup"],
    phi_only: false,
    rationale: "CodeDeploy pulls application revisions (which may bundle configuration, \
certificates or seed data) from S3 and relies on S3 server-side encryption for them at rest. The \
revision bucket should declare default encryption so every bundle is encrypted.",
    remediation: "Declare `BucketEncryption` (SSE-S3 or SSE-KMS) on the bucket named in \
`Deployment.Revision.S3Location.Bucket`; in Terraform, an \
`aws_s3_bucket_server_side_encryption_configuration` for the revision bucket.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "Deployment.Revision.S3Location.Bucket";
    match r.get(P) {
        Lookup::Absent => {
            Outcome::not_applicable("the deployment group does not deploy a revision from S3")
                .l10n("codedeploy-no-s3-revision", &[])
        }
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!("the revision bucket {}", crate::unknown_reason(n)));
            with_reason(o, n, "codedeploy-revision-bucket-unreadable", &[])
                .at(P, n.location.as_ref())
        }
        Lookup::Set(n) => judge_bucket_encryption(ctx, r, P, n, "revision"),
    }
}
