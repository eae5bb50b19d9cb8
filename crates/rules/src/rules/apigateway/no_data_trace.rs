//! API Gateway stages do not log full request and response bodies (data tracing).
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "apigateway-no-data-trace",
    title: "API Gateway REST API stages do not log full requests and responses (DataTraceEnabled)",
    severity: Severity::Medium,
    service: "Amazon API Gateway",
    section: "Amazon API Gateway",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.502(b)"],
    requirements: &["APIGW-NO-PHI-IN-LOGS"],
    kinds: &[
        "AWS::ApiGateway::Stage",
        "AWS::ApiGateway::Deployment",
        "AWS::ApiGateway::RestApi",
    ],
    phi_only: false,
    rationale: "The whitepaper: PHI in headers, URLs and request or response bodies must only be \
captured by eligible, properly configured services, and full request/response data tracing needs \
care. `DataTraceEnabled` writes whole payloads, which carry PHI on a healthcare API, into the \
execution log group, outside the API's own controls; AWS itself recommends against it for \
production APIs.",
    remediation: "Set `DataTraceEnabled: false` (or leave it out) in `MethodSettings` and keep \
`LoggingLevel: INFO`/`ERROR` plus access logs without bodies. Terraform: \
`aws_api_gateway_method_settings` `settings { data_trace_enabled = false }`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let base = match r.kind.as_str() {
        "AWS::ApiGateway::Stage" => "",
        "AWS::ApiGateway::Deployment" if !r.get("StageDescription").is_absent() => {
            "StageDescription."
        }
        "AWS::ApiGateway::RestApi" if r.source_type == "AWS::Serverless::Api" => "",
        _ => {
            return Outcome::not_applicable("no stage settings are defined here")
                .l10n("apigateway-trace-no-stage", &[]);
        }
    };
    let mut places = vec![format!("{base}DataTraceEnabled")];
    let settings = format!("{base}MethodSettings");
    match r.get(&settings) {
        Lookup::Unknown(n) => return crate::outcome::path_unknown(&settings, n),
        Lookup::Set(n) => {
            places.extend((0..n.items().len()).map(|i| format!("{settings}.{i}.DataTraceEnabled")));
        }
        Lookup::Absent => {}
    }
    let mut unknown = None;
    for p in &places {
        match flag(r, p) {
            Flag::True(n) => {
                return Outcome::fail(format!(
                    "{p} is true: full request and response bodies, with any PHI they carry, are written to CloudWatch Logs"
                ))
                .l10n("apigateway-trace-on", &[("path", p)])
                .at(p, n.location.as_ref());
            }
            Flag::Unknown(why, loc) => {
                unknown.get_or_insert_with(|| match r.get(p) {
                    Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(p, n),
                    Lookup::Absent => Outcome::unknown(format!("{p} {why}")).at(p, loc),
                });
            }
            Flag::False(_) | Flag::Absent => {}
        }
    }
    unknown.unwrap_or_else(|| {
        Outcome::pass("data tracing is off (DataTraceEnabled is not true)")
            .l10n("apigateway-trace-off", &[])
    })
}
