//! API Gateway stages log requests to CloudWatch.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "apigateway-logging",
    title: "API Gateway stages send access or execution logs to CloudWatch",
    severity: Severity::Medium,
    service: "Amazon API Gateway",
    section: "Amazon API Gateway",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &["APIGW-LOGGING"],
    kinds: &[
        "AWS::ApiGateway::Stage",
        "AWS::ApiGateway::Deployment",
        "AWS::ApiGateway::RestApi",
        "AWS::ApiGatewayV2::Stage",
        "AWS::ApiGatewayV2::Api",
    ],
    phi_only: false,
    rationale: "The whitepaper asks for CloudTrail and CloudWatch logging of API Gateway. CloudTrail \
records management calls only; requests to an API are recorded only when the stage writes access \
logs (caller, source IP, route, status) or execution logs to CloudWatch. Without either there is no \
audit trail of who called an API that carries PHI (164.312(b)). Access logs are the better audit \
record; execution logs with data tracing can themselves contain PHI.",
    remediation: "Set `AccessLogSetting.DestinationArn` (and `Format`) on `AWS::ApiGateway::Stage` \
or `AccessLogSettings.DestinationArn` on `AWS::ApiGatewayV2::Stage` (SAM: `AccessLogSetting` / \
`AccessLogSettings` on the API); execution logging is `MethodSettings` with `LoggingLevel: INFO` or \
`ERROR`. In Terraform, `access_log_settings { destination_arn, format }` on `aws_api_gateway_stage` \
or `aws_apigatewayv2_stage`, and `aws_api_gateway_method_settings` `settings { logging_level }`.",
    check: Check::Resource(check),
};

enum Seen<'a> {
    On(Outcome, String, Option<phiguard_model::Location>),
    Off,
    Unknown(String, &'a Node),
}

/// Whether `settings` writes logs: an access-log destination or an execution log level.
fn logging<'a>(settings: &'a Node, prefix: &str) -> Seen<'a> {
    let mut unknown = None;
    for access in [
        "AccessLogSetting.DestinationArn",
        "AccessLogSettings.DestinationArn",
    ] {
        match settings.get(access) {
            Lookup::Set(n) => {
                return Seen::On(
                    Outcome::pass("access logs go to CloudWatch")
                        .l10n("apigateway-logging-access", &[]),
                    format!("{prefix}{access}"),
                    n.location.clone(),
                );
            }
            Lookup::Unknown(n) => unknown = Some((format!("{prefix}{access}"), n)),
            Lookup::Absent => {}
        }
    }
    let mut levels: Vec<(String, &Node)> = Vec::new();
    for (i, m) in settings
        .get("MethodSettings")
        .node()
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        if let Lookup::Set(n) | Lookup::Unknown(n) = m.get("LoggingLevel") {
            levels.push((format!("{prefix}MethodSettings.{i}.LoggingLevel"), n));
        }
    }
    for p in ["LoggingLevel", "DefaultRouteSettings.LoggingLevel"] {
        if let Lookup::Set(n) | Lookup::Unknown(n) = settings.get(p) {
            levels.push((format!("{prefix}{p}"), n));
        }
    }
    for (path, n) in levels {
        match n.as_str() {
            Some(l) if l.eq_ignore_ascii_case("INFO") || l.eq_ignore_ascii_case("ERROR") => {
                return Seen::On(
                    Outcome::pass(format!("execution logs at level {l} go to CloudWatch"))
                        .l10n("apigateway-logging-execution", &[("level", l)]),
                    path,
                    n.location.clone(),
                );
            }
            Some(_) => {}
            None => unknown = Some((path, n)),
        }
    }
    match unknown {
        Some((p, n)) => Seen::Unknown(p, n),
        None => Seen::Off,
    }
}

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let (settings, prefix) = match (r.kind.as_str(), r.source_type.as_str()) {
        ("AWS::ApiGateway::Deployment", _) => {
            if r.get("StageName").is_absent() {
                return Outcome::not_applicable("the deployment creates no stage")
                    .l10n("apigateway-logging-no-stage", &[]);
            }
            match r.get("StageDescription") {
                Lookup::Set(n) => (n, "StageDescription."),
                Lookup::Unknown(n) => {
                    return crate::outcome::path_unknown("StageDescription", n);
                }
                Lookup::Absent => {
                    return Outcome::fail(
                        "the deployment creates a stage with neither access nor execution logging",
                    )
                    .l10n("apigateway-logging-deployment-none", &[])
                    .at("StageDescription", None);
                }
            }
        }
        ("AWS::ApiGateway::RestApi", src) if src != "AWS::Serverless::Api" => {
            return Outcome::not_applicable("the API's stages carry the logging settings")
                .l10n("apigateway-logging-api", &[]);
        }
        ("AWS::ApiGatewayV2::Api", src) if src != "AWS::Serverless::HttpApi" => {
            return Outcome::not_applicable("the API's stages carry the logging settings")
                .l10n("apigateway-logging-api", &[]);
        }
        _ => (&r.attributes, ""),
    };
    match logging(settings, prefix) {
        Seen::On(pass, path, at) => pass.at(&path, at.as_ref()),
        Seen::Unknown(path, n) => crate::outcome::path_unknown(&path, n),
        Seen::Off => Outcome::fail("the stage writes neither access logs nor execution logs, so calls to the API leave no audit record")
            .l10n("apigateway-logging-off", &[])
            .at(if r.kind.starts_with("AWS::ApiGatewayV2") { "AccessLogSettings" } else { "AccessLogSetting" }, None),
    }
}
