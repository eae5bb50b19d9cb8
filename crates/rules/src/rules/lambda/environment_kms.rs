//! Lambda functions that handle PHI encrypt their environment with a declared KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "lambda-environment-kms",
    title: "Lambda functions marked as holding PHI encrypt environment variables with a declared KMS key",
    severity: Severity::High,
    service: "AWS Lambda",
    section: "AWS Lambda",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["LAMBDA-PHI-AT-REST-ENCRYPTED"],
    kinds: &["AWS::Lambda::Function"],
    phi_only: true,
    rationale: "The whitepaper requires PHI placed at rest within a function, such as in environment \
variables, to be encrypted with KMS or CloudHSM keys. Lambda encrypts environment variables with \
the AWS managed key aws/lambda unless KmsKeyArn names a key; that default is not declared in the \
configuration and its key policy cannot be restricted. Only functions marked as holding PHI are \
judged, since most environments hold configuration, not PHI.",
    remediation: "Set `KmsKeyArn` on `AWS::Lambda::Function` (SAM: `KmsKeyArn` on the function or in \
`Globals`) to a customer managed key, and keep PHI out of environment variables where possible; in \
Terraform, `kms_key_arn` on `aws_lambda_function`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match r.get("Environment.Variables") {
        Lookup::Absent => {
            return Outcome::not_applicable("the function has no environment variables")
                .l10n("lambda-env-none", &[]);
        }
        Lookup::Set(n) if n.entries().is_empty() && matches!(n.value, Value::Map(_)) => {
            return Outcome::not_applicable("the function has no environment variables")
                .l10n("lambda-env-none", &[]);
        }
        _ => {}
    }
    crate::judge::declared_key::check(
        ctx,
        r,
        "KmsKeyArn",
        (
            "encrypts environment variables with the AWS managed key aws/lambda",
            "lambda-environment-kms-aws-does",
        ),
    )
}
