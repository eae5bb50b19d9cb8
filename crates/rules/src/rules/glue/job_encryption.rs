//! Glue ETL jobs write S3 data with server-side encryption.
use crate::judge::reference::{Pointee, resolve, with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "glue-job-encryption",
    title: "Glue ETL jobs write to S3 with server-side encryption (security configuration or --encryption-type)",
    severity: Severity::High,
    service: "AWS Glue",
    section: "AWS Glue",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["GLUE-JOB-SSE-S3"],
    kinds: &["AWS::Glue::Job"],
    phi_only: false,
    rationale: "The whitepaper asks to pass server-side encryption settings (at least SSE-S3) to \
Glue ETL jobs so the data they write stays encrypted, preferably through a security \
configuration, which can also encrypt CloudWatch logs and job bookmarks. Without either, the job \
writes with whatever the target bucket does by default, which the job's configuration does not \
show. Python shell jobs write through their own code and are not judged.",
    remediation: "Attach an `AWS::Glue::SecurityConfiguration` whose \
`EncryptionConfiguration.S3Encryptions` uses `SSE-KMS` (or `SSE-S3`) through the job's \
`SecurityConfiguration`, or set `DefaultArguments: {\"--encryption-type\": sse-s3}`; in Terraform, \
`security_configuration` on `aws_glue_job` and an `aws_glue_security_configuration`.",
    check: Check::Resource(check),
};

fn s3_mode(sc: &Resource) -> Result<String, Outcome> {
    const P: &str = "EncryptionConfiguration.S3Encryptions";
    let node = match sc.get(P) {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!(
                "the S3 encryption of '{}' {}",
                sc.name,
                crate::unknown_reason(n)
            ));
            return Err(with_reason(
                o,
                n,
                "glue-job-sc-s3-unreadable",
                &[("configuration", &sc.name)],
            ));
        }
        Lookup::Absent => {
            return Err(Outcome::fail(format!(
                "security configuration '{}' does not encrypt S3 data",
                sc.name
            ))
            .l10n("glue-job-sc-no-s3", &[("configuration", &sc.name)]));
        }
    };
    let items: Vec<&Node> = match &node.value {
        Value::List(items) => items.iter().collect(),
        _ => vec![node],
    };
    for i in items {
        match i.get("S3EncryptionMode") {
            Lookup::Set(m) => match m.as_str() {
                Some(mode) if mode.eq_ignore_ascii_case("DISABLED") => {}
                Some(mode) => return Ok(mode.to_string()),
                None => return Err(crate::outcome::path_unknown("S3EncryptionMode", m)),
            },
            Lookup::Unknown(m) => return Err(crate::outcome::path_unknown("S3EncryptionMode", m)),
            Lookup::Absent => {}
        }
    }
    Err(Outcome::fail(format!(
        "security configuration '{}' leaves S3 encryption DISABLED",
        sc.name
    ))
    .l10n("glue-job-sc-disabled", &[("configuration", &sc.name)]))
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, "Command.Name") {
        Ok(Some((n, _))) if n.eq_ignore_ascii_case("pythonshell") => {
            return Outcome::not_applicable("Python shell jobs write through their own code")
                .l10n("glue-job-python-shell", &[]);
        }
        Ok(Some((n, loc))) if n.eq_ignore_ascii_case("glueray") => {
            return Outcome::unknown("Ray jobs' S3 encryption settings are not judged")
                .l10n("glue-job-ray", &[])
                .at("Command.Name", loc);
        }
        Err(unknown) => return unknown,
        _ => {}
    }
    const ARG: &str = "DefaultArguments.--encryption-type";
    if let Ok(Some((v, loc))) = string_attr(r, ARG)
        && v.eq_ignore_ascii_case("sse-s3")
    {
        return Outcome::pass("the job writes S3 data with SSE-S3 (--encryption-type)")
            .l10n("glue-job-sse-s3", &[])
            .at(ARG, loc);
    }
    const SC: &str = "SecurityConfiguration";
    match r.get(SC) {
        Lookup::Set(n) => {
            let loc = n.location.as_ref();
            match resolve(ctx, r, n, &["AWS::Glue::SecurityConfiguration"], "Name") {
                Pointee::Found(sc) => match s3_mode(sc) {
                    Ok(mode) => Outcome::pass(format!("security configuration '{}' encrypts S3 data ({mode})", sc.name))
                        .l10n("glue-job-sc-encrypts", &[("configuration", &sc.name), ("mode", &mode)])
                        .at(SC, loc),
                    Err(out) => out.at(SC, loc),
                },
                Pointee::Outside(name) => Outcome::unknown(format!("security configuration '{name}' is not in this scan"))
                    .l10n("glue-job-sc-outside", &[("configuration", &name)])
                    .at(SC, loc),
                Pointee::Other(o) => Outcome::unknown(format!("SecurityConfiguration points at '{}', a {}", o.name, o.kind))
                    .l10n("glue-job-sc-other", &[("target", &o.name), ("kind", &o.kind)])
                    .at(SC, loc),
                Pointee::Unresolved(why) => with_why(
                    Outcome::unknown(format!("the security configuration cannot be resolved: {why}")),
                    &why,
                    "glue-job-sc-unresolved",
                    &[],
                )
                .at(SC, loc),
            }
        }
        Lookup::Unknown(n) => crate::outcome::path_unknown(SC, n),
        Lookup::Absent => match r.get(ARG) {
            Lookup::Unknown(n) => crate::outcome::path_unknown("--encryption-type", n).at(ARG, n.location.as_ref()),
            _ => Outcome::fail("the job has no security configuration and no --encryption-type, so its S3 output carries no server-side encryption setting").l10n("glue-job-no-encryption", &[]).at(SC, None),
        },
    }
}
