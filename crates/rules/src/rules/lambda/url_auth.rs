//! Lambda function URLs authenticate their callers.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "lambda-url-auth",
    title: "Lambda function URLs require IAM authentication (AuthType AWS_IAM)",
    severity: Severity::Medium,
    service: "AWS Lambda",
    section: "AWS Lambda",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(e)(1)"],
    requirements: &["LAMBDA-APIGW-GUIDANCE"],
    kinds: &["AWS::Lambda::Url", "AWS::Lambda::Function"],
    phi_only: false,
    rationale: "Functions reached over HTTP must follow the API Gateway guidance, which asks for \
authorized access to APIs that carry PHI. A function URL with AuthType NONE is a public HTTPS \
endpoint that anyone on the internet can invoke; AWS_IAM requires SigV4-signed requests from \
permitted principals.",
    remediation: "Set `AuthType: AWS_IAM` on `AWS::Lambda::Url` (SAM: `FunctionUrlConfig.AuthType`), \
or put the function behind API Gateway with an authorizer; in Terraform, `authorization_type = \
\"AWS_IAM\"` on `aws_lambda_function_url`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let path = if r.kind == "AWS::Lambda::Url" {
        "AuthType"
    } else if r.get("FunctionUrlConfig").is_absent() {
        return match ctx.graph.referrers(r.id, "AWS::Lambda::Url").next() {
            Some(url) => Outcome::not_applicable(format!(
                "the function URL '{}' carries the verdict",
                url.name
            ))
            .l10n("lambda-url-carries", &[("url", &url.name)]),
            None => Outcome::not_applicable("the function has no function URL")
                .l10n("lambda-url-none", &[]),
        };
    } else {
        "FunctionUrlConfig.AuthType"
    };
    match r.get(path) {
        Lookup::Absent => Outcome::unknown(format!("{path} is not written"))
            .l10n("lambda-url-auth-not-written", &[("path", path)])
            .at(path, None),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match n.as_str() {
            Some("AWS_IAM") => Outcome::pass("callers must sign requests with IAM credentials")
                .l10n("lambda-url-iam", &[]),
            Some("NONE") => Outcome::fail(
                "AuthType is NONE: anyone on the internet can invoke the function URL",
            )
            .l10n("lambda-url-auth-none", &[]),
            _ => crate::outcome::path_unknown(path, n),
        }
        .at(path, n.location.as_ref()),
    }
}
