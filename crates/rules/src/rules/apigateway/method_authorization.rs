//! API Gateway methods and routes authenticate their callers.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "apigateway-method-authorization",
    title: "API Gateway methods and routes require IAM, Cognito, JWT or Lambda authorization",
    severity: Severity::High,
    service: "Amazon API Gateway",
    section: "Amazon API Gateway",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(d)"],
    requirements: &["APIGW-AUTHZ"],
    kinds: &["AWS::ApiGateway::Method", "AWS::ApiGatewayV2::Route"],
    phi_only: false,
    rationale: "The whitepaper asks that access to APIs carrying PHI be controlled, for example with \
IAM (SigV4), Amazon Cognito or Lambda authorizers. A method or route with authorization type NONE \
lets anyone who can reach the endpoint call it, which defeats access control (164.312(a)(1)) and \
person or entity authentication (164.312(d)). API keys identify callers for throttling; AWS says \
not to use them for authorization. CORS preflight (OPTIONS) and MOCK integrations carry no data \
and are not judged.",
    remediation: "Set `AuthorizationType` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` (with \
`AuthorizerId`) on `AWS::ApiGateway::Method`, or to `AWS_IAM`, `JWT` or `CUSTOM` on \
`AWS::ApiGatewayV2::Route`; in Terraform, `authorization` on `aws_api_gateway_method` and \
`authorization_type` on `aws_apigatewayv2_route`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::ApiGateway::Method" {
        if let Some(m) = r.get("HttpMethod").node().and_then(Node::as_str)
            && m.eq_ignore_ascii_case("OPTIONS")
        {
            return Outcome::not_applicable("OPTIONS (CORS preflight) methods carry no data")
                .l10n("apigateway-auth-options-method", &[]);
        }
        if r.get("Integration.Type").node().and_then(Node::as_str) == Some("MOCK") {
            return Outcome::not_applicable(
                "a MOCK integration returns a fixed response and reaches no backend",
            )
            .l10n("apigateway-auth-mock", &[]);
        }
    } else if let Some(na) = route_not_judged(ctx, r) {
        return na;
    }
    let api_key = matches!(flag(r, "ApiKeyRequired"), Flag::True(_));
    authorization(r, api_key)
}

fn authorization(r: &Resource, api_key: bool) -> Outcome {
    let path = "AuthorizationType";
    let (note, absent_id, none_id) = if api_key {
        (
            " An API key is required, but API keys are not an authorization mechanism.",
            "apigateway-auth-absent-api-key",
            "apigateway-auth-none-api-key",
        )
    } else {
        ("", "apigateway-auth-absent", "apigateway-auth-none")
    };
    match r.get(path) {
        Lookup::Absent => Outcome::fail(format!(
            "AuthorizationType is not set, so it defaults to NONE: anyone who reaches the endpoint can call it.{note}"
        ))
        .l10n(absent_id, &[])
        .at(path, None),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match n.as_str() {
            Some(t) if t.eq_ignore_ascii_case("NONE") => {
                Outcome::fail(format!("AuthorizationType is NONE: anyone who reaches the endpoint can call it.{note}"))
                    .l10n(none_id, &[])
                    .at(path, n.location.as_ref())
            }
            Some(t) => Outcome::pass(format!("callers are authorized with {t}"))
                .l10n("apigateway-auth-type", &[("type", t)])
                .at(path, n.location.as_ref()),
            None => crate::outcome::path_unknown(path, n),
        },
    }
}

/// WebSocket routes other than `$connect` cannot carry an authorizer (the connection is
/// authorized once), and OPTIONS routes carry no data.
fn route_not_judged(ctx: &Ctx, r: &Resource) -> Option<Outcome> {
    let key = match r.get("RouteKey") {
        Lookup::Set(n) => n.as_str()?,
        _ => return None,
    };
    if key.to_ascii_uppercase().starts_with("OPTIONS ") {
        return Some(
            Outcome::not_applicable("OPTIONS (CORS preflight) routes carry no data")
                .l10n("apigateway-auth-options-route", &[]),
        );
    }
    let websocket = match reference::follow_at(ctx, r, "ApiId") {
        Some(Pointee::Found(api) | Pointee::Other(api)) => Some(
            api.get("ProtocolType")
                .node()
                .and_then(Node::as_str)
                .is_some_and(|p| p.eq_ignore_ascii_case("WEBSOCKET")),
        ),
        _ => None,
    };
    let ws_only_key = key == "$disconnect" || (!key.contains(' ') && !key.starts_with('$'));
    match websocket {
        Some(true) if key != "$connect" => Some(not_judged()),
        None if ws_only_key => Some(not_judged()),
        None if key == "$default" => Some(
            Outcome::unknown(
                "the $default route's API is not in the scan, so whether it is a WebSocket route (which cannot carry an authorizer) is unknown",
            )
            .l10n("apigateway-auth-default-route", &[])
            .at("ApiId", r.get("ApiId").location()),
        ),
        _ => None,
    }
}

fn not_judged() -> Outcome {
    Outcome::not_applicable(
        "WebSocket routes other than $connect are authorized when the connection is made",
    )
    .l10n("apigateway-auth-websocket-route", &[])
}
