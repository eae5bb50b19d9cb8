//! Secrets in Parameter Store are SecureString parameters.
use crate::judge::reference::with_reason;
use crate::judge::secret_names::looks_secret;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ssm-parameter-secure-string",
    title: "Parameter Store parameters whose names say they hold secrets are SecureString",
    severity: Severity::Medium,
    service: "AWS Systems Manager",
    section: "AWS Systems Manager",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SSM-PARAMETERS-SECURESTRING"],
    kinds: &["AWS::SSM::Parameter"],
    phi_only: false,
    rationale: "String and StringList parameters are stored and returned in clear text; only \
SecureString parameters are encrypted with KMS. CloudFormation cannot create SecureString \
parameters, so a template that stores a password, token or API key in AWS::SSM::Parameter keeps \
it unencrypted (and in the template). The rule judges parameters whose name says they hold a \
secret; a value that is an ARN of, or a reference to, a secret kept elsewhere passes.",
    remediation: "Store the value in Secrets Manager (`AWS::SecretsManager::Secret` with \
`GenerateSecretString`) or create a SecureString parameter outside CloudFormation; in Terraform, \
`type = \"SecureString\"` (with `key_id`) on `aws_ssm_parameter`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    let name = match string_attr(r, "Name") {
        Ok(Some((n, _))) => n.to_string(),
        Ok(None) => r.name.clone(),
        Err(_) => r.name.clone(),
    };
    if !looks_secret(&name) {
        return Outcome::not_applicable(format!("'{name}' does not name a secret"))
            .l10n("ssm-parameter-not-secret", &[("name", &name)]);
    }
    match string_attr(r, "Type") {
        Ok(Some((t, loc))) if t.eq_ignore_ascii_case("SecureString") => {
            return Outcome::pass("the parameter is a SecureString, encrypted with KMS")
                .l10n("ssm-parameter-secure", &[])
                .at("Type", loc);
        }
        Err(unknown) => return unknown,
        _ => {}
    }
    match r.get("Value") {
        Lookup::Set(v) => match &v.value {
            Value::Str(s) if s.starts_with("arn:") || s.contains("${") => Outcome::pass(format!(
                "'{name}' points at a secret kept elsewhere, not the secret itself"
            ))
            .l10n("ssm-parameter-reference", &[("name", &name)])
            .at("Value", v.location.as_ref()),
            Value::Str(_) | Value::List(_) => Outcome::fail(format!(
                "'{name}' keeps a secret in a clear-text String parameter"
            ))
            .l10n("ssm-parameter-clear", &[("name", &name)])
            .at_lookup("Type", r.get("Type")),
            Value::Secret | Value::LiteralSecret => Outcome::fail(format!(
                "'{name}' copies a secret into a clear-text String parameter"
            ))
            .l10n("ssm-parameter-copies", &[("name", &name)])
            .at_lookup("Type", r.get("Type")),
            _ => Outcome::pass(format!(
                "'{name}' points at a secret kept elsewhere, not the secret itself"
            ))
            .l10n("ssm-parameter-reference", &[("name", &name)])
            .at("Value", v.location.as_ref()),
        },
        Lookup::Unknown(v) => with_reason(
            Outcome::unknown(format!(
                "the value of '{name}' {}",
                crate::unknown_reason(v)
            )),
            v,
            "ssm-parameter-value-unreadable",
            &[("name", &name)],
        )
        .at("Value", v.location.as_ref()),
        Lookup::Absent => Outcome::unknown(format!("'{name}' has no value in the template"))
            .l10n("ssm-parameter-no-value", &[("name", &name)]),
    }
}
