//! Amazon API Gateway: REST APIs with their stages, methods and custom domain names
//! (`apigateway`), and HTTP and WebSocket APIs with their stages, routes, integrations and
//! domain names (`apigatewayv2`). Stage variables are recorded by name only.

use super::Service;
use crate::cx::{Cx, obj, policy};
use aws_sdk_apigateway as v1;
use aws_sdk_apigatewayv2 as v2;
use serde_json::{Map, Value, json};
use std::collections::{BTreeSet, HashMap};

const REST_API: &str = "AWS::ApiGateway::RestApi";
const STAGE: &str = "AWS::ApiGateway::Stage";
const METHOD: &str = "AWS::ApiGateway::Method";
const DOMAIN: &str = "AWS::ApiGateway::DomainName";
const API: &str = "AWS::ApiGatewayV2::Api";
const STAGE2: &str = "AWS::ApiGatewayV2::Stage";
const ROUTE: &str = "AWS::ApiGatewayV2::Route";
const INTEGRATION: &str = "AWS::ApiGatewayV2::Integration";
const DOMAIN2: &str = "AWS::ApiGatewayV2::DomainName";

pub static SERVICE: Service = Service {
    name: "apigateway",
    global: false,
    // API Gateway's IAM actions are HTTP verbs on resource paths: `apigateway:GET` reads
    // every REST and HTTP API resource collected here.
    actions: &["apigateway:GET"],
    kinds: &[
        REST_API,
        STAGE,
        METHOD,
        DOMAIN,
        API,
        STAGE2,
        ROUTE,
        INTEGRATION,
        DOMAIN2,
    ],
    collect: |cx| Box::pin(collect(cx)),
};

/// The one IAM action every read here needs.
const GET: &str = "apigateway:GET";

async fn collect(cx: &Cx) {
    let domains = rest(cx, &v1::Client::new(&cx.sdk)).await;
    http(cx, &v2::Client::new(&cx.sdk), domains).await;
}

fn tags(map: Option<&HashMap<String, String>>) -> Vec<(String, String)> {
    map.map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}

/// Variables by name only: their values may be secrets.
fn names_only(map: Option<&HashMap<String, String>>) -> Option<Value> {
    let m = map.filter(|m| !m.is_empty())?;
    Some(Value::Object(
        m.keys()
            .map(|k| (k.clone(), json!({ "$hidden": "stage variable value" })))
            .collect(),
    ))
}

/// `arn:<partition>:apigateway:<region>::<path>`.
fn arn(cx: &Cx, path: &str) -> String {
    format!("arn:{}:apigateway:{}::{path}", cx.partition, cx.region)
}

/// REST APIs; returns the custom domain names read (they are shared with the v2 API).
async fn rest(cx: &Cx, client: &v1::Client) -> Option<BTreeSet<String>> {
    let pages = client.get_rest_apis().into_paginator().send();
    match cx.pages(GET, pages).await {
        Ok(pages) => {
            for api in pages.iter().flat_map(|p| p.items()) {
                let Some(id) = api.id() else { continue };
                let props = obj(json!({
                    "Name": api.name(),
                    "Description": api.description(),
                    "EndpointConfiguration": api.endpoint_configuration().map(|e| obj(json!({
                        "Types": e.types().iter().map(|t| t.as_str()).collect::<Vec<_>>(),
                        "VpcEndpointIds": (!e.vpc_endpoint_ids().is_empty()).then(|| e.vpc_endpoint_ids()),
                    }))),
                    "Policy": api.policy().map(|p| policy(&p.replace("\\\"", "\""))),
                    "DisableExecuteApiEndpoint": api.disable_execute_api_endpoint(),
                    "ApiKeySourceType": api.api_key_source().map(|s| s.as_str()),
                    "MinimumCompressionSize": api.minimum_compression_size(),
                    "BinaryMediaTypes": (!api.binary_media_types().is_empty()).then(|| api.binary_media_types()),
                }));
                cx.add(
                    REST_API,
                    arn(cx, &format!("/restapis/{id}")),
                    vec![id.to_string()],
                    props,
                    tags(api.tags()),
                );
                stages(cx, client, id).await;
                methods(cx, client, id).await;
            }
        }
        Err(f) => cx.gap(GET, &[REST_API, STAGE, METHOD], &f),
    }
    let pages = client.get_domain_names().into_paginator().send();
    match cx.pages(GET, pages).await {
        Ok(pages) => {
            let mut seen = BTreeSet::new();
            for d in pages.iter().flat_map(|p| p.items()) {
                let Some(name) = d.domain_name() else {
                    continue;
                };
                seen.insert(name.to_string());
                let props = obj(json!({
                    "DomainName": name,
                    "SecurityPolicy": d.security_policy().map(|p| p.as_str()),
                    "CertificateArn": d.certificate_arn(),
                    "RegionalCertificateArn": d.regional_certificate_arn(),
                    "EndpointConfiguration": d.endpoint_configuration().map(|e| json!({
                        "Types": e.types().iter().map(|t| t.as_str()).collect::<Vec<_>>(),
                    })),
                    "MutualTlsAuthentication": d.mutual_tls_authentication().map(|m| obj(json!({
                        "TruststoreUri": m.truststore_uri(),
                    }))),
                }));
                cx.add(
                    DOMAIN,
                    d.domain_name_arn()
                        .map_or_else(|| arn(cx, &format!("/domainnames/{name}")), str::to_string),
                    vec![name.to_string()],
                    props,
                    tags(d.tags()),
                );
            }
            Some(seen)
        }
        Err(f) => {
            cx.gap(GET, &[DOMAIN], &f);
            None
        }
    }
}

async fn stages(cx: &Cx, client: &v1::Client, api: &str) {
    let stages = match cx
        .call(GET, client.get_stages().rest_api_id(api).send())
        .await
    {
        Ok(o) => o,
        Err(f) => return cx.gap(GET, &[STAGE], &f),
    };
    for s in stages.item() {
        let Some(name) = s.stage_name() else { continue };
        let mut settings: Vec<(&String, &v1::types::MethodSetting)> = s
            .method_settings()
            .map(|m| m.iter().collect())
            .unwrap_or_default();
        settings.sort_by(|a, b| a.0.cmp(b.0));
        let settings: Vec<Value> = settings
            .into_iter()
            .map(|(key, m)| {
                // "<resource path with ~1 for />/<method>"; "*/*" is the stage-wide entry.
                let (path, method) = key.rsplit_once('/').unwrap_or((key.as_str(), "*"));
                Value::Object(obj(json!({
                    "ResourcePath": format!("/{path}"),
                    "HttpMethod": method,
                    "LoggingLevel": m.logging_level(),
                    "DataTraceEnabled": m.data_trace_enabled(),
                    "MetricsEnabled": m.metrics_enabled(),
                    "CachingEnabled": m.caching_enabled(),
                    "CacheDataEncrypted": m.cache_data_encrypted(),
                    "CacheTtlInSeconds": m.cache_ttl_in_seconds(),
                    "ThrottlingBurstLimit": m.throttling_burst_limit(),
                    "ThrottlingRateLimit": m.throttling_rate_limit(),
                })))
            })
            .collect();
        let props = obj(json!({
            "RestApiId": api,
            "StageName": name,
            "DeploymentId": s.deployment_id(),
            "Description": s.description(),
            "AccessLogSetting": s.access_log_settings().filter(|a| a.destination_arn().is_some()).map(|a| obj(json!({
                "DestinationArn": a.destination_arn(),
                "Format": a.format(),
            }))),
            "CacheClusterEnabled": s.cache_cluster_enabled(),
            "CacheClusterSize": s.cache_cluster_size().map(|c| c.as_str()),
            "ClientCertificateId": s.client_certificate_id(),
            "MethodSettings": settings,
            "TracingEnabled": s.tracing_enabled(),
            "Variables": names_only(s.variables()),
            "WebAclArn": s.web_acl_arn(),
        }));
        cx.add(
            STAGE,
            arn(cx, &format!("/restapis/{api}/stages/{name}")),
            Vec::new(),
            props,
            tags(s.tags()),
        );
    }
}

/// Every method of every resource of a REST API (GetResources with the methods embedded).
async fn methods(cx: &Cx, client: &v1::Client, api: &str) {
    let pages = client
        .get_resources()
        .rest_api_id(api)
        .embed("methods")
        .into_paginator()
        .send();
    let pages = match cx.pages(GET, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(GET, &[METHOD], &f),
    };
    for r in pages.iter().flat_map(|p| p.items()) {
        let Some(rid) = r.id() else { continue };
        let mut methods: Vec<(&String, &v1::types::Method)> = r
            .resource_methods()
            .map(|m| m.iter().collect())
            .unwrap_or_default();
        methods.sort_by(|a, b| a.0.cmp(b.0));
        for (verb, m) in methods {
            let props = obj(json!({
                "RestApiId": api,
                "ResourceId": rid,
                "ResourcePath": r.path(),
                "HttpMethod": m.http_method().unwrap_or(verb),
                "AuthorizationType": m.authorization_type(),
                "AuthorizerId": m.authorizer_id(),
                "ApiKeyRequired": m.api_key_required(),
                "AuthorizationScopes": (!m.authorization_scopes().is_empty()).then(|| m.authorization_scopes()),
                "Integration": m.method_integration().map(|i| obj(json!({
                    "Type": i.r#type().map(|t| t.as_str()),
                    "Uri": i.uri(),
                    "IntegrationHttpMethod": i.http_method(),
                    "ConnectionType": i.connection_type().map(|c| c.as_str()),
                    "ConnectionId": i.connection_id(),
                    "Credentials": i.credentials(),
                }))),
            }));
            cx.add(
                METHOD,
                arn(
                    cx,
                    &format!("/restapis/{api}/resources/{rid}/methods/{verb}"),
                ),
                Vec::new(),
                props,
                Vec::new(),
            );
        }
    }
}

/// Every page of an API Gateway v2 list call (the v2 SDK has no paginators): `request` is
/// the call without its page token; the body runs on every page (`out`); a failed call is
/// a gap for `kinds`, and the pages end there.
macro_rules! each_page {
    ($cx:expr, $kinds:expr, $request:expr, |$out:ident| $body:block) => {{
        let mut token: Option<String> = None;
        loop {
            let $out = match $cx
                .call(GET, $request.set_next_token(token.clone()).send())
                .await
            {
                Ok(o) => o,
                Err(f) => {
                    $cx.gap(GET, $kinds, &f);
                    break;
                }
            };
            $body
            token = $out.next_token().map(str::to_string);
            if token.is_none() {
                break;
            }
        }
    }};
}

/// HTTP and WebSocket APIs. `rest_domains` are the custom domain names already read as
/// REST domain names (the same resources); `None` when they could not be listed.
async fn http(cx: &Cx, client: &v2::Client, rest_domains: Option<BTreeSet<String>>) {
    each_page!(
        cx,
        &[API, STAGE2, ROUTE, INTEGRATION],
        client.get_apis(),
        |out| {
            for api in out.items() {
                let Some(id) = api.api_id() else { continue };
                let props = obj(json!({
                    "Name": api.name(),
                    "Description": api.description(),
                    "ProtocolType": api.protocol_type().map(|p| p.as_str()),
                    "ApiEndpoint": api.api_endpoint(),
                    "DisableExecuteApiEndpoint": api.disable_execute_api_endpoint(),
                    "RouteSelectionExpression": api.route_selection_expression(),
                }));
                cx.add(
                    API,
                    arn(cx, &format!("/apis/{id}")),
                    vec![id.to_string()],
                    props,
                    tags(api.tags()),
                );
                http_stages(cx, client, id).await;
                routes(cx, client, id).await;
                integrations(cx, client, id).await;
            }
        }
    );
    each_page!(cx, &[DOMAIN2], client.get_domain_names(), |out| {
        for d in out.items() {
            let Some(name) = d.domain_name() else {
                continue;
            };
            if rest_domains.as_ref().is_some_and(|s| s.contains(name)) {
                continue;
            }
            let props = obj(json!({
                "DomainName": name,
                "DomainNameConfigurations": d.domain_name_configurations().iter().map(|c| obj(json!({
                    "SecurityPolicy": c.security_policy().map(|p| p.as_str()),
                    "EndpointType": c.endpoint_type().map(|p| p.as_str()),
                    "CertificateArn": c.certificate_arn(),
                }))).collect::<Vec<_>>(),
            }));
            cx.add(
                DOMAIN2,
                d.domain_name_arn()
                    .map_or_else(|| arn(cx, &format!("/domainnames/{name}")), str::to_string),
                vec![name.to_string()],
                props,
                tags(d.tags()),
            );
        }
    });
}

fn route_settings(s: &v2::types::RouteSettings) -> Value {
    Value::Object(obj(json!({
        "LoggingLevel": s.logging_level().map(|l| l.as_str()),
        "DataTraceEnabled": s.data_trace_enabled(),
        "DetailedMetricsEnabled": s.detailed_metrics_enabled(),
        "ThrottlingBurstLimit": s.throttling_burst_limit(),
        "ThrottlingRateLimit": s.throttling_rate_limit(),
    })))
}

async fn http_stages(cx: &Cx, client: &v2::Client, api: &str) {
    each_page!(cx, &[STAGE2], client.get_stages().api_id(api), |out| {
        for s in out.items() {
            let Some(name) = s.stage_name() else { continue };
            let per_route: Option<Map<String, Value>> =
                s.route_settings().filter(|m| !m.is_empty()).map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.clone(), route_settings(v)))
                        .collect()
                });
            let props = obj(json!({
                "ApiId": api,
                "StageName": name,
                "Description": s.description(),
                "DeploymentId": s.deployment_id(),
                "AutoDeploy": s.auto_deploy(),
                "AccessLogSettings": s.access_log_settings().filter(|a| a.destination_arn().is_some()).map(|a| obj(json!({
                    "DestinationArn": a.destination_arn(),
                    "Format": a.format(),
                }))),
                "DefaultRouteSettings": s.default_route_settings().map(route_settings),
                "RouteSettings": per_route,
                "ClientCertificateId": s.client_certificate_id(),
                "StageVariables": names_only(s.stage_variables()),
            }));
            cx.add(
                STAGE2,
                arn(cx, &format!("/apis/{api}/stages/{name}")),
                Vec::new(),
                props,
                tags(s.tags()),
            );
        }
    });
}

async fn routes(cx: &Cx, client: &v2::Client, api: &str) {
    each_page!(cx, &[ROUTE], client.get_routes().api_id(api), |out| {
        for r in out.items() {
            let Some(id) = r.route_id() else { continue };
            let props = obj(json!({
                "ApiId": api,
                "RouteKey": r.route_key(),
                "AuthorizationType": r.authorization_type().map(|t| t.as_str()),
                "AuthorizerId": r.authorizer_id(),
                "ApiKeyRequired": r.api_key_required(),
                "AuthorizationScopes": (!r.authorization_scopes().is_empty()).then(|| r.authorization_scopes()),
                "Target": r.target(),
            }));
            cx.add(
                ROUTE,
                arn(cx, &format!("/apis/{api}/routes/{id}")),
                Vec::new(),
                props,
                Vec::new(),
            );
        }
    });
}

async fn integrations(cx: &Cx, client: &v2::Client, api: &str) {
    each_page!(
        cx,
        &[INTEGRATION],
        client.get_integrations().api_id(api),
        |out| {
            for i in out.items() {
                let Some(id) = i.integration_id() else {
                    continue;
                };
                let props = obj(json!({
                    "ApiId": api,
                    "IntegrationType": i.integration_type().map(|t| t.as_str()),
                    "IntegrationUri": i.integration_uri(),
                    "IntegrationMethod": i.integration_method(),
                    "IntegrationSubtype": i.integration_subtype(),
                    "ConnectionType": i.connection_type().map(|t| t.as_str()),
                    "ConnectionId": i.connection_id(),
                    "CredentialsArn": i.credentials_arn(),
                    "PayloadFormatVersion": i.payload_format_version(),
                    "TlsConfig": i.tls_config().map(|t| obj(json!({
                        "ServerNameToVerify": t.server_name_to_verify(),
                    }))),
                }));
                cx.add(
                    INTEGRATION,
                    arn(cx, &format!("/apis/{api}/integrations/{id}")),
                    Vec::new(),
                    props,
                    Vec::new(),
                );
            }
        }
    );
}
