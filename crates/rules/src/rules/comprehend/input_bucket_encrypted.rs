//! The S3 buckets that Comprehend reads training and input documents from are encrypted.
use crate::Verdict;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "comprehend-input-bucket-encrypted",
    title: "S3 buckets holding Comprehend input documents declare default encryption",
    severity: Severity::High,
    service: "Amazon Comprehend",
    section: "Data protection and secrets management",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["COMPREHEND-INPUT-S3-ENCRYPTED"],
    kinds: &[
        "AWS::Comprehend::DocumentClassifier",
        "AWS::Comprehend::Flywheel",
    ],
    phi_only: false,
    rationale: "Comprehend reads its training and input documents, clinical text with PHI, from \
S3. The guidance asks that those buckets be encrypted. The buckets named in InputDataConfig (or a \
flywheel's data lake) must declare default encryption; a bucket outside the scan gives unknown.",
    remediation: "Declare `BucketEncryption` (SSE-KMS with a customer managed key where possible) on \
every bucket named in `InputDataConfig.S3Uri`, `TestS3Uri`, `Documents` or \
`AugmentedManifests`, or in a flywheel's `DataLakeS3Uri`; in Terraform, an \
`aws_s3_bucket_server_side_encryption_configuration` for each bucket.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut paths: Vec<String> = if r.kind == "AWS::Comprehend::Flywheel" {
        vec!["DataLakeS3Uri".into()]
    } else {
        [
            "InputDataConfig.S3Uri",
            "InputDataConfig.TestS3Uri",
            "InputDataConfig.Documents.S3Uri",
            "InputDataConfig.Documents.TestS3Uri",
        ]
        .map(String::from)
        .to_vec()
    };
    let manifests = r
        .get("InputDataConfig.AugmentedManifests")
        .node()
        .map(Node::items)
        .unwrap_or_default();
    paths.extend(
        (0..manifests.len()).map(|i| format!("InputDataConfig.AugmentedManifests.{i}.S3Uri")),
    );
    let mut worst: Option<Outcome> = None;
    for p in &paths {
        let out = match r.get(p) {
            Lookup::Absent => continue,
            Lookup::Unknown(n) => crate::outcome::path_unknown(p, n),
            Lookup::Set(n) => crate::judge::bucket::judge_bucket_encryption(ctx, r, p, n, "input"),
        };
        let rank = |o: &Outcome| match o.verdict {
            Verdict::Fail => 3,
            Verdict::Unknown => 2,
            Verdict::Pass => 1,
            Verdict::NotApplicable => 0,
        };
        if worst.as_ref().is_none_or(|w| rank(&out) > rank(w)) {
            worst = Some(out);
        }
    }
    worst.unwrap_or_else(|| {
        Outcome::not_applicable("no input location is written").l10n("comprehend-input-none", &[])
    })
}
