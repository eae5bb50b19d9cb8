//! Elastic Load Balancing: Application, Network and Gateway Load Balancers (v2) with their
//! attributes, listeners, listener rules and target groups, and Classic Load Balancers with
//! their listeners, policies and access logging.

use super::Service;
use crate::cx::{Cx, obj};
use aws_sdk_elasticloadbalancing as v1;
use aws_sdk_elasticloadbalancingv2 as v2;
use serde_json::{Value, json};
use std::collections::HashMap;

const LB: &str = "AWS::ElasticLoadBalancingV2::LoadBalancer";
const LISTENER: &str = "AWS::ElasticLoadBalancingV2::Listener";
const RULE: &str = "AWS::ElasticLoadBalancingV2::ListenerRule";
const TG: &str = "AWS::ElasticLoadBalancingV2::TargetGroup";
const CLASSIC: &str = "AWS::ElasticLoadBalancing::LoadBalancer";

pub static SERVICE: Service = Service {
    name: "elb",
    global: false,
    actions: &[
        "elasticloadbalancing:DescribeLoadBalancers",
        "elasticloadbalancing:DescribeLoadBalancerAttributes",
        "elasticloadbalancing:DescribeListeners",
        "elasticloadbalancing:DescribeRules",
        "elasticloadbalancing:DescribeTargetGroups",
        "elasticloadbalancing:DescribeTargetHealth",
        "elasticloadbalancing:DescribeTags",
        "elasticloadbalancing:DescribeLoadBalancerPolicies",
    ],
    kinds: &[LB, LISTENER, RULE, TG, CLASSIC],
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = v2::Client::new(&cx.sdk);
    load_balancers(cx, &client).await;
    target_groups(cx, &client).await;
    classic(cx, &v1::Client::new(&cx.sdk)).await;
}

/// Tags of v2 resources by ARN (DescribeTags takes 20 at a time). Resources whose tags a
/// failed call would have read are recorded as such (see [`Cx::tags_unread`]).
async fn tags_v2(
    cx: &Cx,
    client: &v2::Client,
    arns: &[String],
) -> HashMap<String, Vec<(String, String)>> {
    let mut out = HashMap::new();
    for chunk in arns.chunks(20) {
        let call = client
            .describe_tags()
            .set_resource_arns(Some(chunk.to_vec()))
            .send();
        let action = "elasticloadbalancing:DescribeTags";
        let o = match cx.call(action, call).await {
            Ok(o) => o,
            Err(f) => {
                for arn in chunk {
                    cx.tags_unread(action, arn, &f);
                }
                continue;
            }
        };
        for d in o.tag_descriptions() {
            let tags = d
                .tags()
                .iter()
                .filter_map(|t| Some((t.key()?.to_string(), t.value().unwrap_or("").to_string())))
                .collect();
            out.insert(d.resource_arn().unwrap_or_default().to_string(), tags);
        }
    }
    out
}

async fn load_balancers(cx: &Cx, client: &v2::Client) {
    let action = "elasticloadbalancing:DescribeLoadBalancers";
    let pages = client.describe_load_balancers().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &[LB, LISTENER, RULE], &f),
    };
    let lbs: Vec<&v2::types::LoadBalancer> =
        pages.iter().flat_map(|p| p.load_balancers()).collect();
    let arns: Vec<String> = lbs
        .iter()
        .filter_map(|l| l.load_balancer_arn().map(str::to_string))
        .collect();
    let mut tags = tags_v2(cx, client, &arns).await;
    for lb in lbs {
        let (Some(arn), Some(name)) = (lb.load_balancer_arn(), lb.load_balancer_name()) else {
            continue;
        };
        let mut props = obj(json!({
            "Name": name,
            "Type": lb.r#type().map(|t| t.as_str()),
            "Scheme": lb.scheme().map(|s| s.as_str()),
            "IpAddressType": lb.ip_address_type().map(|t| t.as_str()),
            "SecurityGroups": lb.security_groups(),
            "Subnets": lb.availability_zones().iter().filter_map(|z| z.subnet_id()).collect::<Vec<_>>(),
            "DNSName": lb.dns_name(),
            "VpcId": lb.vpc_id(),
        }));
        let action = "elasticloadbalancing:DescribeLoadBalancerAttributes";
        let attrs = match cx
            .call(
                action,
                client
                    .describe_load_balancer_attributes()
                    .load_balancer_arn(arn)
                    .send(),
            )
            .await
        {
            Ok(o) => json!(
                o.attributes()
                    .iter()
                    .filter_map(|a| Some(
                        json!({ "Key": a.key()?, "Value": a.value().unwrap_or("") })
                    ))
                    .collect::<Vec<_>>()
            ),
            Err(f) => Cx::unknown(action, &f),
        };
        props.insert("LoadBalancerAttributes".into(), attrs);
        cx.add(
            LB,
            arn.to_string(),
            vec![name.to_string()],
            props,
            tags.remove(arn).unwrap_or_default(),
        );
        listeners(cx, client, arn).await;
    }
}

/// A listener or rule action in the schema shape (authentication configurations are left
/// out: they hold client secrets and no rule reads them).
fn action_json(a: &v2::types::Action) -> Value {
    Value::Object(obj(json!({
        "Type": a.r#type().map(|t| t.as_str()),
        "Order": a.order(),
        "TargetGroupArn": a.target_group_arn(),
        "RedirectConfig": a.redirect_config().map(|r| obj(json!({
            "Protocol": r.protocol(),
            "Port": r.port(),
            "Host": r.host(),
            "Path": r.path(),
            "Query": r.query(),
            "StatusCode": r.status_code().map(|s| s.as_str()),
        }))),
        "FixedResponseConfig": a.fixed_response_config().map(|r| obj(json!({
            "StatusCode": r.status_code(),
            "ContentType": r.content_type(),
        }))),
        "ForwardConfig": a.forward_config().map(|f| json!({
            "TargetGroups": f.target_groups().iter().map(|t| obj(json!({
                "TargetGroupArn": t.target_group_arn(),
                "Weight": t.weight(),
            }))).collect::<Vec<_>>(),
        })),
    })))
}

async fn listeners(cx: &Cx, client: &v2::Client, lb: &str) {
    let action = "elasticloadbalancing:DescribeListeners";
    let pages = client
        .describe_listeners()
        .load_balancer_arn(lb)
        .into_paginator()
        .send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &[LISTENER, RULE], &f),
    };
    for l in pages.iter().flat_map(|p| p.listeners()) {
        let Some(arn) = l.listener_arn() else {
            continue;
        };
        let props = obj(json!({
            "LoadBalancerArn": l.load_balancer_arn(),
            "Port": l.port(),
            "Protocol": l.protocol().map(|p| p.as_str()),
            "SslPolicy": l.ssl_policy(),
            "Certificates": (!l.certificates().is_empty()).then(|| l.certificates().iter().map(|c| obj(json!({
                "CertificateArn": c.certificate_arn(),
            }))).collect::<Vec<_>>()),
            "DefaultActions": l.default_actions().iter().map(action_json).collect::<Vec<_>>(),
            "AlpnPolicy": (!l.alpn_policy().is_empty()).then(|| l.alpn_policy()),
        }));
        cx.add(LISTENER, arn.to_string(), Vec::new(), props, Vec::new());
        rules(cx, client, arn).await;
    }
}

/// A listener's rules besides the default one (its actions are the listener's
/// `DefaultActions`).
async fn rules(cx: &Cx, client: &v2::Client, listener: &str) {
    let action = "elasticloadbalancing:DescribeRules";
    let pages = client
        .describe_rules()
        .listener_arn(listener)
        .into_paginator()
        .send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            for r in pages.iter().flat_map(|p| p.rules()) {
                let Some(arn) = r.rule_arn() else { continue };
                if r.is_default() == Some(true) {
                    continue;
                }
                let props = obj(json!({
                    "ListenerArn": listener,
                    "Priority": r.priority().map(|p| p.parse::<i64>().map_or(json!(p), |n| json!(n))),
                    "Actions": r.actions().iter().map(action_json).collect::<Vec<_>>(),
                    "Conditions": r.conditions().iter().map(|c| obj(json!({
                        "Field": c.field(),
                        "Values": (!c.values().is_empty()).then(|| c.values()),
                        "HostHeaderConfig": c.host_header_config().map(|h| json!({ "Values": h.values() })),
                        "PathPatternConfig": c.path_pattern_config().map(|h| json!({ "Values": h.values() })),
                    }))).collect::<Vec<_>>(),
                }));
                cx.add(RULE, arn.to_string(), Vec::new(), props, Vec::new());
            }
        }
        Err(f) => {
            // The listener's verdict depends on its rules' actions: one rule whose actions
            // are unknown keeps an HTTP listener that redirects by default from passing.
            cx.add(
                RULE,
                format!(
                    "{}/unreadable",
                    listener.replacen(":listener/", ":listener-rule/", 1)
                ),
                Vec::new(),
                obj(json!({ "ListenerArn": listener, "Actions": Cx::unknown(action, &f) })),
                Vec::new(),
            );
        }
    }
}

async fn target_groups(cx: &Cx, client: &v2::Client) {
    let action = "elasticloadbalancing:DescribeTargetGroups";
    let pages = client.describe_target_groups().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &[TG], &f),
    };
    let groups: Vec<&v2::types::TargetGroup> =
        pages.iter().flat_map(|p| p.target_groups()).collect();
    let arns: Vec<String> = groups
        .iter()
        .filter_map(|g| g.target_group_arn().map(str::to_string))
        .collect();
    let mut tags = tags_v2(cx, client, &arns).await;
    for g in groups {
        let (Some(arn), Some(name)) = (g.target_group_arn(), g.target_group_name()) else {
            continue;
        };
        let mut props = obj(json!({
            "Name": name,
            "Protocol": g.protocol().map(|p| p.as_str()),
            "ProtocolVersion": g.protocol_version(),
            "Port": g.port(),
            "TargetType": g.target_type().map(|t| t.as_str()),
            "VpcId": g.vpc_id(),
            "HealthCheckProtocol": g.health_check_protocol().map(|p| p.as_str()),
            "HealthCheckEnabled": g.health_check_enabled(),
        }));
        let action = "elasticloadbalancing:DescribeTargetHealth";
        let targets = match cx
            .call(
                action,
                client.describe_target_health().target_group_arn(arn).send(),
            )
            .await
        {
            Ok(o) => json!(
                o.target_health_descriptions()
                    .iter()
                    .filter_map(|t| t.target())
                    .map(|t| obj(json!({ "Id": t.id(), "Port": t.port() })))
                    .collect::<Vec<_>>()
            ),
            Err(f) => Cx::unknown(action, &f),
        };
        props.insert("Targets".into(), targets);
        cx.add(
            TG,
            arn.to_string(),
            vec![name.to_string()],
            props,
            tags.remove(arn).unwrap_or_default(),
        );
    }
}

async fn classic(cx: &Cx, client: &v1::Client) {
    let action = "elasticloadbalancing:DescribeLoadBalancers";
    let pages = client.describe_load_balancers().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &[CLASSIC], &f),
    };
    let lbs: Vec<&v1::types::LoadBalancerDescription> = pages
        .iter()
        .flat_map(|p| p.load_balancer_descriptions())
        .collect();
    let names: Vec<String> = lbs
        .iter()
        .filter_map(|l| l.load_balancer_name().map(str::to_string))
        .collect();
    let mut tags: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for chunk in names.chunks(20) {
        let call = client
            .describe_tags()
            .set_load_balancer_names(Some(chunk.to_vec()))
            .send();
        let action = "elasticloadbalancing:DescribeTags";
        let o = match cx.call(action, call).await {
            Ok(o) => o,
            Err(f) => {
                for name in chunk {
                    let arn = cx.arn("elasticloadbalancing", &format!("loadbalancer/{name}"));
                    cx.tags_unread(action, &arn, &f);
                }
                continue;
            }
        };
        for d in o.tag_descriptions() {
            let t = d
                .tags()
                .iter()
                .map(|t| (t.key().to_string(), t.value().unwrap_or("").to_string()))
                .collect();
            tags.insert(d.load_balancer_name().unwrap_or_default().to_string(), t);
        }
    }
    for lb in lbs {
        let Some(name) = lb.load_balancer_name() else {
            continue;
        };
        let listeners: Vec<Value> = lb
            .listener_descriptions()
            .iter()
            .filter_map(|d| {
                let l = d.listener()?;
                Some(Value::Object(obj(json!({
                    "Protocol": l.protocol(),
                    "LoadBalancerPort": l.load_balancer_port(),
                    "InstanceProtocol": l.instance_protocol(),
                    "InstancePort": l.instance_port(),
                    "SSLCertificateId": l.ssl_certificate_id(),
                    "PolicyNames": d.policy_names(),
                }))))
            })
            .collect();
        let mut props = obj(json!({
            "LoadBalancerName": name,
            "Scheme": lb.scheme(),
            "Listeners": listeners,
            "SecurityGroups": lb.security_groups(),
            "Subnets": lb.subnets(),
            "AvailabilityZones": lb.availability_zones(),
            "Instances": lb.instances().iter().filter_map(|i| i.instance_id()).collect::<Vec<_>>(),
            "DNSName": lb.dns_name(),
        }));
        let action = "elasticloadbalancing:DescribeLoadBalancerPolicies";
        let policies =
            match cx
                .call(
                    action,
                    client
                        .describe_load_balancer_policies()
                        .load_balancer_name(name)
                        .send(),
                )
                .await
            {
                Ok(o) => json!(o
                .policy_descriptions()
                .iter()
                .map(|p| obj(json!({
                    "PolicyName": p.policy_name(),
                    "PolicyType": p.policy_type_name(),
                    "Attributes": p.policy_attribute_descriptions().iter().map(|a| obj(json!({
                        "Name": a.attribute_name(),
                        "Value": a.attribute_value(),
                    }))).collect::<Vec<_>>(),
                })))
                .collect::<Vec<_>>()),
                Err(f) => Cx::unknown(action, &f),
            };
        props.insert("Policies".into(), policies);
        let action = "elasticloadbalancing:DescribeLoadBalancerAttributes";
        let logging = match cx
            .call(
                action,
                client
                    .describe_load_balancer_attributes()
                    .load_balancer_name(name)
                    .send(),
            )
            .await
        {
            Ok(o) => {
                let log = o.load_balancer_attributes().and_then(|a| a.access_log());
                Value::Object(obj(json!({
                    // AWS reports a load balancer without access logs as Enabled: false.
                    "Enabled": log.is_some_and(|l| l.enabled()),
                    "S3BucketName": log.and_then(|l| l.s3_bucket_name()),
                    "S3BucketPrefix": log.and_then(|l| l.s3_bucket_prefix()),
                    "EmitInterval": log.and_then(|l| l.emit_interval()),
                })))
            }
            Err(f) => Cx::unknown(action, &f),
        };
        props.insert("AccessLoggingPolicy".into(), logging);
        cx.add(
            CLASSIC,
            cx.arn("elasticloadbalancing", &format!("loadbalancer/{name}")),
            vec![name.to_string()],
            props,
            tags.remove(name).unwrap_or_default(),
        );
    }
}
