//! S3 buckets holding PHI keep versioning enabled.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "s3-bucket-versioning",
    title: "S3 buckets holding PHI have versioning enabled",
    severity: Severity::Medium,
    service: "Amazon S3",
    section: "Amazon Simple Storage Service (Amazon S3)",
    cfr: &["45 CFR 164.312(c)(1)", "45 CFR 164.308(a)(7)(ii)(A)"],
    requirements: &["S3-VERSIONING"],
    kinds: &["AWS::S3::Bucket"],
    phi_only: true,
    rationale: "HIPAA requires retrievable exact copies of ePHI (164.308(a)(7)(ii)(A)) and protection \
against improper alteration or destruction (164.312(c)(1)). S3 versioning keeps every prior version \
of an object, so an overwrite or delete can be undone. Versioning is off on a new bucket; a \
Suspended status keeps old versions but stops protecting new writes.",
    remediation: "Set `VersioningConfiguration: {Status: Enabled}`; in Terraform, an \
`aws_s3_bucket_versioning` for the bucket with `versioning_configuration { status = \"Enabled\" }`. \
Add a lifecycle rule for noncurrent versions to bound the cost.",
    check: Check::Resource(check),
};

const PATH: &str = "VersioningConfiguration.Status";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, PATH) {
        Err(unknown) => unknown,
        Ok(None) => Outcome::fail("versioning is not configured; S3 buckets are unversioned by default")
            .l10n("s3-versioning-absent", &[])
            .at_lookup("VersioningConfiguration", r.get("VersioningConfiguration")),
        Ok(Some((s, loc))) if s.eq_ignore_ascii_case("Enabled") => {
            Outcome::pass("versioning is enabled")
                .l10n("s3-versioning-enabled", &[])
                .at(PATH, loc)
        }
        Ok(Some((s, loc))) if s.eq_ignore_ascii_case("Suspended") => Outcome::fail(
            "versioning is Suspended: earlier versions are kept, but new overwrites and deletes are not recoverable",
        )
        .l10n("s3-versioning-suspended", &[])
        .at(PATH, loc),
        Ok(Some((s, loc))) => {
            Outcome::fail(format!("versioning status '{s}' is not Enabled"))
                .l10n("s3-versioning-other", &[("status", s)])
                .at(PATH, loc)
        }
    }
}
