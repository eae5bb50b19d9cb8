//! Athena workgroups encrypt query results.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "athena-workgroup-results-encrypted",
    title: "Athena workgroups encrypt query results (SSE_S3, SSE_KMS or CSE_KMS)",
    severity: Severity::High,
    service: "Amazon Athena",
    section: "Amazon Athena",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["ATHENA-RESULTS-ENCRYPTED"],
    kinds: &["AWS::Athena::WorkGroup"],
    phi_only: true,
    rationale: "Query results over PHI are PHI. The whitepaper requires Athena query results, \
including staged results, to be encrypted with SSE-S3, SSE-KMS or CSE-KMS. A workgroup that \
declares the encryption (and enforces its configuration) makes that true for every query, \
whatever the client asks for.",
    remediation: "Set `WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.\
EncryptionOption` to `SSE_KMS` (with `KmsKey`), `CSE_KMS` or `SSE_S3`, and \
`EnforceWorkGroupConfiguration: true`; in Terraform, `configuration { \
enforce_workgroup_configuration = true, result_configuration { encryption_configuration { \
encryption_option = \"SSE_KMS\", kms_key_arn = ... } } }` on `aws_athena_workgroup`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let cfg = "WorkGroupConfiguration";
    if matches!(
        flag(
            r,
            &format!("{cfg}.ManagedQueryResultsConfiguration.Enabled")
        ),
        Flag::True(_)
    ) {
        return Outcome::pass("managed query results are enabled; Athena encrypts them")
            .l10n("athena-managed-results", &[])
            .at_lookup(
                "WorkGroupConfiguration.ManagedQueryResultsConfiguration",
                r.get("WorkGroupConfiguration.ManagedQueryResultsConfiguration"),
            );
    }
    let path =
        "WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption";
    let enforced = !matches!(
        flag(r, &format!("{cfg}.EnforceWorkGroupConfiguration")),
        Flag::False(_)
    );
    match r.get(path) {
        Lookup::Absent => ctx.aws_default_said(
            "WorkGroupConfiguration.ResultConfiguration",
            ("No encryption of query results is declared", "athena-workgroup-results-encrypted-default-missing"), ("has encrypted new objects in the results bucket with SSE-S3 since January 2023", "athena-workgroup-results-encrypted-default-does"),
        ),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match n.as_str() {
            Some(o @ ("SSE_S3" | "SSE_KMS" | "CSE_KMS")) => if enforced {
                Outcome::pass(format!("query results are encrypted with {o}"))
                    .l10n("athena-results-encrypted", &[("option", o)])
            } else {
                Outcome::pass(format!("query results are encrypted with {o}, though clients may override it (EnforceWorkGroupConfiguration is false)"))
                    .l10n("athena-results-encrypted-overridable", &[("option", o)])
            },
            Some(o) => Outcome::fail(format!("EncryptionOption '{o}' is not SSE_S3, SSE_KMS or CSE_KMS"))
                .l10n("athena-results-invalid-option", &[("option", o)]),
            None => crate::outcome::path_unknown(path, n),
        }
        .at(path, n.location.as_ref()),
    }
}
