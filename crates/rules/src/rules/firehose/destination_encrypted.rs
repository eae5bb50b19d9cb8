//! Firehose delivers PHI to encrypted destinations over TLS.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "firehose-destination-encrypted",
    title: "Firehose streams holding PHI write to encrypted S3 locations and deliver to https:// endpoints",
    severity: Severity::High,
    service: "Amazon Data Firehose",
    section: "Amazon Data Firehose",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(1)"],
    requirements: &["FIREHOSE-DESTINATION-ENCRYPTED"],
    kinds: &["AWS::KinesisFirehose::DeliveryStream"],
    phi_only: true,
    rationale: "Records delivered by Firehose land at rest in the destination. Every S3 location the \
stream writes (the S3 destination, and the staging or backup bucket of Redshift, OpenSearch, Splunk \
or HTTP destinations) must be encrypted: either the stream encrypts with KMS, or the bucket declares \
default encryption. HTTP endpoint destinations must be https:// URLs. Redshift and OpenSearch \
destinations are judged by their own rules.",
    remediation: "Set `EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN` in each S3 \
configuration of `AWS::KinesisFirehose::DeliveryStream` (or declare `BucketEncryption` on the \
bucket), and use an `https://` `EndpointConfiguration.Url`; in Terraform, `kms_key_arn` in \
`extended_s3_configuration` / `s3_configuration` and `url` in `http_endpoint_configuration` of \
`aws_kinesis_firehose_delivery_stream`.",
    check: Check::Resource(check),
};

fn rank(o: &Outcome) -> u8 {
    match o.verdict {
        crate::Verdict::Fail => 3,
        crate::Verdict::Unknown => 2,
        crate::Verdict::Pass => 1,
        crate::Verdict::NotApplicable => 0,
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut worst: Option<Outcome> = None;
    let mut keep = |o: Outcome| {
        if worst.as_ref().is_none_or(|w| rank(&o) > rank(w)) {
            worst = Some(o);
        }
    };
    for (path, cfg) in crate::judge::firehose_dest::s3_configs(r) {
        let kms = format!("{path}.EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN");
        match cfg.get("EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN") {
            Lookup::Set(n) => {
                keep(
                    Outcome::pass("the stream encrypts what it writes to S3 with KMS")
                        .l10n("firehose-dest-kms", &[])
                        .at(&kms, n.location.as_ref()),
                );
                continue;
            }
            Lookup::Unknown(n) => {
                keep(crate::outcome::path_unknown(&kms, n));
                continue;
            }
            Lookup::Absent => {}
        }
        let arn = format!("{path}.BucketARN");
        match cfg.get("BucketARN") {
            Lookup::Set(n) => keep(crate::judge::bucket::judge_bucket_encryption(
                ctx,
                r,
                &arn,
                n,
                "destination",
            )),
            Lookup::Unknown(n) => keep(crate::outcome::path_unknown(&arn, n)),
            Lookup::Absent => {}
        }
    }
    let url_path = "HttpEndpointDestinationConfiguration.EndpointConfiguration.Url";
    match r.get(url_path) {
        Lookup::Set(n) => match n.as_str() {
            Some(u) if u.to_ascii_lowercase().starts_with("https://") => keep(
                Outcome::pass("the HTTP endpoint is https://")
                    .l10n("firehose-dest-https", &[])
                    .at(url_path, n.location.as_ref()),
            ),
            Some(u) => keep(
                Outcome::fail(format!("the HTTP endpoint {u} is not https://"))
                    .l10n("firehose-dest-not-https", &[("url", u)])
                    .at(url_path, n.location.as_ref()),
            ),
            None => keep(crate::outcome::path_unknown(url_path, n)),
        },
        Lookup::Unknown(n) => keep(crate::outcome::path_unknown(url_path, n)),
        Lookup::Absent => {}
    }
    worst.unwrap_or_else(|| {
        Outcome::not_applicable(
            "no S3 or HTTP endpoint destination (other destinations are judged by their own rules)",
        )
        .l10n("firehose-dest-none", &[])
    })
}
