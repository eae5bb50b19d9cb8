//! Systems Manager output that may contain PHI goes to encrypted destinations.
use crate::judge::bucket::judge_bucket_encryption;
use crate::judge::policy::document;
use crate::judge::reference::{with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ssm-output-encrypted",
    title: "Systems Manager command and session output goes to encrypted S3 buckets and log groups",
    severity: Severity::Medium,
    service: "AWS Systems Manager",
    section: "AWS Systems Manager",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SSM-OUTPUT-RECEIVING-SERVICE"],
    kinds: &[
        "AWS::SSM::Association",
        "AWS::SSM::MaintenanceWindowTask",
        "AWS::SSM::Document",
    ],
    phi_only: false,
    rationale: "Run Command output and Session Manager transcripts can contain PHI (a query \
result, a log line, a file listing). The whitepaper says the receiving service's PHI guidance then \
applies: the S3 bucket that receives association or maintenance-window output must declare \
default encryption, and Session Manager preferences must keep S3 and CloudWatch encryption on.",
    remediation: "Declare `BucketEncryption` on the bucket named by \
`OutputLocation.S3Location.OutputS3BucketName` (associations) or \
`MaintenanceWindowRunCommandParameters.OutputS3BucketName`; in the Session Manager preferences \
document (`SSM-SessionManagerRunShell`, `DocumentType: Session`) set `s3EncryptionEnabled` and \
`cloudWatchEncryptionEnabled` to true (and `kmsKeyId` for session data). In Terraform, \
`output_location` on `aws_ssm_association` and the `content` of `aws_ssm_document`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let bucket_path = match r.kind.as_str() {
        "AWS::SSM::Association" => "OutputLocation.S3Location.OutputS3BucketName",
        "AWS::SSM::MaintenanceWindowTask" => {
            "TaskInvocationParameters.MaintenanceWindowRunCommandParameters.OutputS3BucketName"
        }
        _ => return session_document(r),
    };
    match r.get(bucket_path) {
        Lookup::Absent => {
            Outcome::not_applicable("no S3 output location").l10n("ssm-output-no-s3", &[])
        }
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!("the output bucket {}", crate::unknown_reason(n)));
            with_reason(o, n, "ssm-output-bucket-unreadable", &[])
                .at(bucket_path, n.location.as_ref())
        }
        Lookup::Set(n) => judge_bucket_encryption(ctx, r, bucket_path, n, "command output"),
    }
}

fn session_document(r: &Resource) -> Outcome {
    match string_attr(r, "DocumentType") {
        Ok(Some((t, _))) if t.eq_ignore_ascii_case("Session") => {}
        Err(unknown) => return unknown,
        _ => {
            return Outcome::not_applicable("not a Session Manager preferences document")
                .l10n("ssm-output-not-session-prefs", &[]);
        }
    }
    let content = match written(r, "Content", || {
        Outcome::unknown("the document has no content")
            .l10n("ssm-output-no-content", &[])
            .at("Content", None)
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let doc = match document(content) {
        Ok(d) => d,
        Err(why) => {
            let o = Outcome::unknown(format!("the document content {why}"));
            return with_why(o, &why, "ssm-output-content-unreadable", &[])
                .at("Content", content.location.as_ref());
        }
    };
    let mut destinations = 0;
    for (dest, flag_key) in [
        ("s3BucketName", "s3EncryptionEnabled"),
        ("cloudWatchLogGroupName", "cloudWatchEncryptionEnabled"),
    ] {
        let named = doc
            .get(&format!("inputs.{dest}"))
            .node()
            .is_some_and(|n| !matches!(&n.value, Value::Str(s) if s.is_empty()));
        if !named {
            continue;
        }
        destinations += 1;
        let path = format!("Content.inputs.{flag_key}");
        match doc.get(&format!("inputs.{flag_key}")) {
            Lookup::Set(n) => match n.as_bool() {
                Some(true) => {}
                Some(false) => return Outcome::fail(format!("{flag_key} is false: session transcripts go to {dest} unencrypted"))
                    .l10n("ssm-output-flag-false", &[("flag", flag_key), ("destination", dest)])
                    .at(&path, n.location.as_ref()),
                None => return crate::outcome::path_unknown(flag_key, n).at(&path, n.location.as_ref()),
            },
            Lookup::Unknown(n) => return crate::outcome::path_unknown(flag_key, n).at(&path, n.location.as_ref()),
            Lookup::Absent => return Outcome::unknown(format!("{flag_key} is not written, so whether session transcripts are encrypted is not shown"))
                .l10n("ssm-output-flag-absent", &[("flag", flag_key)])
                .at(&path, content.location.as_ref()),
        }
    }
    if destinations == 0 {
        return Outcome::not_applicable(
            "session transcripts are not sent to S3 or CloudWatch Logs",
        )
        .l10n("ssm-output-no-destination", &[]);
    }
    Outcome::pass("session transcripts are sent only to encrypted destinations")
        .l10n("ssm-output-encrypted-only", &[])
        .at("Content", content.location.as_ref())
}
