//! Data Exchange automatic exports land encrypted in S3.
use crate::judge::bucket::judge_bucket_encryption;
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dataexchange-export-encrypted",
    title: "Data Exchange automatic exports to S3 are encrypted",
    severity: Severity::Low,
    service: "AWS Data Exchange",
    section: "AWS Data Exchange",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(1)"],
    requirements: &["DATAEXCHANGE-DEFAULT-ENCRYPTION"],
    kinds: &["AWS::DataExchange::EventAction"],
    phi_only: false,
    rationale: "Data Exchange encrypts products at rest and always uses TLS, but data sets it \
exports (for example licensed claims or clinical data) land in the team's own bucket, which must \
follow the S3 guidance. An automatic export either names its encryption (SSE-S3 or SSE-KMS) or \
relies on the destination bucket's default encryption.",
    remediation: "Set `Action.ExportRevisionToS3.Encryption: {Type: aws:kms, KmsKeyArn: ...}` \
(or `AES256`) on the `AWS::DataExchange::EventAction`, or declare `BucketEncryption` on the \
destination bucket.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    const EXPORT: &str = "Action.ExportRevisionToS3";
    const TYPE: &str = "Action.ExportRevisionToS3.Encryption.Type";
    const BUCKET: &str = "Action.ExportRevisionToS3.RevisionDestination.Bucket";
    if r.get(EXPORT).is_absent() {
        return Outcome::not_applicable("the event action does not export to S3")
            .l10n("dataexchange-no-export", &[]);
    }
    match string_attr(r, TYPE) {
        Ok(Some((t, loc))) if t == "aws:kms" || t == "AES256" => {
            return Outcome::pass(format!("exports are encrypted ({t})"))
                .l10n("dataexchange-export-encrypted", &[("type", t)])
                .at(TYPE, loc);
        }
        Ok(Some((t, loc))) => {
            return Outcome::fail(format!("'{t}' is not an S3 server-side encryption type"))
                .l10n("dataexchange-export-invalid-type", &[("type", t)])
                .at(TYPE, loc);
        }
        Err(unknown) => return unknown,
        Ok(None) => {}
    }
    match r.get(BUCKET) {
        Lookup::Set(n) => judge_bucket_encryption(ctx, r, BUCKET, n, "export destination"),
        Lookup::Unknown(n) => with_reason(
            Outcome::unknown(format!(
                "the destination bucket {}",
                crate::unknown_reason(n)
            )),
            n,
            "dataexchange-bucket-unreadable",
            &[],
        )
        .at(BUCKET, n.location.as_ref()),
        Lookup::Absent => Outcome::unknown("the export names no destination bucket")
            .l10n("dataexchange-no-bucket", &[])
            .at(EXPORT, None),
    }
}
