//! Flows through the front doors: API Gateway integrations, load balancers and
//! CloudFront origins.

use crate::{Flows, Index, Mechanism, list_or_one};
use phiguard_model::{Node, Resource, ResourceId};

const LAMBDA: &str = "AWS::Lambda::Function";
const TARGET_GROUP: &[&str] = &["AWS::ElasticLoadBalancingV2::TargetGroup"];
const LISTENER: &[&str] = &["AWS::ElasticLoadBalancingV2::Listener"];

pub(crate) fn derive(idx: &Index, flows: &mut Flows) {
    rest_apis(idx, flows);
    http_apis(idx, flows);
    load_balancers(idx, flows);
    cloudfront(idx, flows);
}

/// An integration calls `target`: a function answers (request and response); other AWS
/// services receive the request.
fn integrate(idx: &Index, flows: &mut Flows, caller: ResourceId, target: ResourceId, detail: &str) {
    flows.add(caller, target, Mechanism::ApiIntegration, detail);
    if idx.res(target).kind == LAMBDA {
        flows.add(target, caller, Mechanism::ApiIntegrationResponse, detail);
    }
}

/// An `AWS` integration with a service outside the scan
/// (`arn:aws:apigateway:{region}:{subdomain.}service:{path|action}/...`).
fn aws_service(flows: &mut Flows, caller: &Resource, uri: &Node, ty: &str) {
    if !(ty.eq_ignore_ascii_case("AWS") || ty.eq_ignore_ascii_case("AWS_PROXY")) {
        return;
    }
    let Some(text) = uri.as_str() else { return };
    let text = crate::services::without_tokens(text);
    let parts: Vec<&str> = text.split(':').collect();
    if parts.len() < 6 || parts[0] != "arn" || parts[2] != "apigateway" {
        return;
    }
    let service = parts[4].rsplit('.').next().unwrap_or("");
    if let Some(ext) = flows.service(service, caller, uri.location.as_ref()) {
        flows.add(caller.id, ext, Mechanism::ApiIntegration, ty);
    }
}

fn rest_apis(idx: &Index, flows: &mut Flows) {
    let apis = &["AWS::ApiGateway::RestApi"][..];
    for m in idx.graph.of_kind("AWS::ApiGateway::Method") {
        if let Some(api) = idx.attr(m, "RestApiId", apis) {
            flows.add(api, m.id, Mechanism::ApiRoute, "");
        }
        let ty = m
            .get("Integration.Type")
            .node()
            .and_then(Node::as_str)
            .unwrap_or("");
        if let Some(uri) = m.get("Integration.Uri").node() {
            let targets = idx.refs(m, uri, &[]);
            if targets.is_empty() {
                aws_service(flows, m, uri, ty);
            }
            for target in targets {
                integrate(idx, flows, m.id, target, ty);
            }
        }
    }
    // OpenAPI bodies (`Body`, SAM `DefinitionBody`) with x-amazon-apigateway-integration.
    for api in idx.graph.of_kind("AWS::ApiGateway::RestApi") {
        openapi_integrations(idx, flows, api);
    }
}

fn openapi_integrations(idx: &Index, flows: &mut Flows, api: &Resource) {
    for body in ["Body", "DefinitionBody"] {
        let Some(b) = api.get(body).node() else {
            continue;
        };
        let mut uris = Vec::new();
        b.walk(&mut |n| {
            if let Some(uri) = n.get("x-amazon-apigateway-integration.uri").node() {
                uris.push(uri);
            }
        });
        for uri in uris {
            for target in idx.refs(api, uri, &[]) {
                integrate(idx, flows, api.id, target, "openapi");
            }
        }
    }
}

fn http_apis(idx: &Index, flows: &mut Flows) {
    let apis = &["AWS::ApiGatewayV2::Api"][..];
    for i in idx.graph.of_kind("AWS::ApiGatewayV2::Integration") {
        if let Some(api) = idx.attr(i, "ApiId", apis) {
            flows.add(api, i.id, Mechanism::ApiRoute, "");
        }
        let ty = i
            .get("IntegrationType")
            .node()
            .and_then(Node::as_str)
            .unwrap_or("");
        if let Some(subtype) = i.get("IntegrationSubtype").node().and_then(Node::as_str) {
            // First-class AWS service integrations name their target in RequestParameters.
            let targets = i
                .get("RequestParameters")
                .node()
                .map(|p| idx.refs(i, p, &[]))
                .unwrap_or_default();
            let service = match subtype.split('-').next().unwrap_or("") {
                "EventBridge" => "events",
                "StepFunctions" => "states",
                "SQS" => "sqs",
                "Kinesis" => "kinesis",
                _ => "",
            };
            if targets.is_empty()
                && !service.is_empty()
                && let Some(ext) = flows.service(service, i, i.get("IntegrationSubtype").location())
            {
                flows.add(i.id, ext, Mechanism::ApiIntegration, subtype);
            }
            for target in targets {
                integrate(idx, flows, i.id, target, subtype);
            }
        }
        if let Some(uri) = i.get("IntegrationUri").node() {
            let targets = idx.refs(i, uri, &[]);
            if targets.is_empty() {
                aws_service(flows, i, uri, ty);
            }
            for target in targets {
                integrate(idx, flows, i.id, target, ty);
            }
        }
    }
    for api in idx.graph.of_kind("AWS::ApiGatewayV2::Api") {
        openapi_integrations(idx, flows, api);
        // Quick create: `Target` is the integration.
        if let Some(target) = idx.attr(api, "Target", &[LAMBDA]) {
            integrate(idx, flows, api.id, target, "quick create");
        }
    }
}

/// The target groups a list of listener actions forwards to.
fn forwarded(idx: &Index, from: &Resource, actions: Option<&Node>) -> Vec<ResourceId> {
    let mut out = Vec::new();
    for a in actions.map(list_or_one).unwrap_or_default() {
        out.extend(
            a.get("TargetGroupArn")
                .node()
                .and_then(|n| idx.one(from, n, TARGET_GROUP)),
        );
        for tg in a
            .get("ForwardConfig.TargetGroups")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            out.extend(
                tg.get("TargetGroupArn")
                    .node()
                    .and_then(|n| idx.one(from, n, TARGET_GROUP)),
            );
        }
    }
    out
}

/// Load balancer → listener → target group → targets for requests, and back for
/// responses.
fn load_balancers(idx: &Index, flows: &mut Flows) {
    for l in idx.graph.of_kind("AWS::ElasticLoadBalancingV2::Listener") {
        if let Some(lb) = idx.attr(
            l,
            "LoadBalancerArn",
            &["AWS::ElasticLoadBalancingV2::LoadBalancer"],
        ) {
            request_response(flows, lb, l.id, Mechanism::LoadBalancerForward, "");
        }
        for tg in forwarded(idx, l, l.get("DefaultActions").node()) {
            request_response(flows, l.id, tg, Mechanism::LoadBalancerForward, "");
        }
    }
    for rule in idx
        .graph
        .of_kind("AWS::ElasticLoadBalancingV2::ListenerRule")
    {
        let Some(l) = idx.attr(rule, "ListenerArn", LISTENER) else {
            continue;
        };
        for tg in forwarded(idx, rule, rule.get("Actions").node()) {
            request_response(flows, l, tg, Mechanism::LoadBalancerForward, &rule.name);
        }
    }
    for tg in idx
        .graph
        .of_kind("AWS::ElasticLoadBalancingV2::TargetGroup")
    {
        for t in tg
            .get("Targets")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            if let Some(target) = t
                .get("Id")
                .node()
                .and_then(|n| idx.one(tg, n, &[LAMBDA, "AWS::EC2::Instance"]))
            {
                request_response(flows, tg.id, target, Mechanism::LoadBalancerTarget, "");
            }
        }
    }
    for svc in idx.graph.of_kind("AWS::ECS::Service") {
        let Some(task) = idx.attr(svc, "TaskDefinition", &["AWS::ECS::TaskDefinition"]) else {
            continue;
        };
        for lb in svc
            .get("LoadBalancers")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            if let Some(tg) = lb
                .get("TargetGroupArn")
                .node()
                .and_then(|n| idx.one(svc, n, TARGET_GROUP))
            {
                request_response(
                    flows,
                    tg,
                    task,
                    Mechanism::LoadBalancerTarget,
                    &format!("ECS service {}", svc.name),
                );
            }
        }
    }
    for asg in idx.graph.of_kind("AWS::AutoScaling::AutoScalingGroup") {
        let compute = idx
            .attr(
                asg,
                "LaunchTemplate.LaunchTemplateId",
                &["AWS::EC2::LaunchTemplate"],
            )
            .or_else(|| {
                idx.attr(
                    asg,
                    "LaunchTemplate.LaunchTemplateName",
                    &["AWS::EC2::LaunchTemplate"],
                )
            })
            .or_else(|| {
                idx.attr(
                    asg,
                    "LaunchConfigurationName",
                    &["AWS::AutoScaling::LaunchConfiguration"],
                )
            })
            .unwrap_or(asg.id);
        let Some(tgs) = asg.get("TargetGroupARNs").node() else {
            continue;
        };
        for tg in idx.refs(asg, tgs, TARGET_GROUP) {
            request_response(
                flows,
                tg,
                compute,
                Mechanism::LoadBalancerTarget,
                &format!("Auto Scaling group {}", asg.name),
            );
        }
    }
}

/// A request edge by `m` and the response edge back.
fn request_response(
    flows: &mut Flows,
    from: ResourceId,
    to: ResourceId,
    m: Mechanism,
    detail: &str,
) {
    flows.add(from, to, m, detail);
    flows.add(to, from, Mechanism::LoadBalancerResponse, detail);
}

/// Each origin serves content to the distribution.
fn cloudfront(idx: &Index, flows: &mut Flows) {
    for d in idx.graph.of_kind("AWS::CloudFront::Distribution") {
        for o in d
            .get("DistributionConfig.Origins")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            let id = o.get("Id").node().and_then(Node::as_str).unwrap_or("");
            if let Some(origin) = o.get("DomainName").node().and_then(|n| idx.one(d, n, &[])) {
                flows.add(origin, d.id, Mechanism::CloudFrontOrigin, id);
            }
        }
    }
}
