//! Amazon CloudFront (global): distributions, with their configuration in the schema's
//! `DistributionConfig` shape (origins, cache behaviours, viewer certificate, logging, web
//! ACL).

use super::Service;
use crate::cx::{Cx, obj};
use aws_sdk_cloudfront::types as t;
use serde_json::{Value, json};

const KIND: &str = "AWS::CloudFront::Distribution";

pub static SERVICE: Service = Service {
    name: "cloudfront",
    global: true,
    actions: &[
        "cloudfront:ListDistributions",
        "cloudfront:GetDistributionConfig",
        "cloudfront:ListTagsForResource",
    ],
    kinds: &[KIND],
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_cloudfront::Client::new(&cx.sdk);
    let action = "cloudfront:ListDistributions";
    let pages = client.list_distributions().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap_at("global", action, &[KIND], &f),
    };
    for d in pages
        .iter()
        .filter_map(|p| p.distribution_list())
        .flat_map(|l| l.items())
    {
        let mut config = obj(json!({
            "Enabled": d.enabled(),
            "Aliases": d.aliases().map(|a| a.items()),
            "Origins": d.origins().map(|o| o.items().iter().map(origin).collect::<Vec<_>>()),
            "OriginGroups": d.origin_groups().map(origin_groups),
            "DefaultCacheBehavior": d.default_cache_behavior().map(|b| behavior(
                None,
                b.target_origin_id(),
                b.viewer_protocol_policy(),
                b.lambda_function_associations(),
                b.field_level_encryption_id(),
            )),
            "CacheBehaviors": d.cache_behaviors().map(|c| c.items().iter().map(|b| behavior(
                Some(b.path_pattern()),
                b.target_origin_id(),
                b.viewer_protocol_policy(),
                b.lambda_function_associations(),
                b.field_level_encryption_id(),
            )).collect::<Vec<_>>()),
            "ViewerCertificate": d.viewer_certificate().map(viewer_certificate),
            // AWS reports "no web ACL" as an empty id; the schema leaves it out.
            "WebACLId": Some(d.web_acl_id()).filter(|w| !w.is_empty()),
            "HttpVersion": d.http_version().as_str(),
            "PriceClass": d.price_class().as_str(),
            "IPV6Enabled": d.is_ipv6_enabled(),
        }));
        // Logging is only in the full configuration.
        let action = "cloudfront:GetDistributionConfig";
        match cx
            .call(action, client.get_distribution_config().id(d.id()).send())
            .await
        {
            Ok(o) => {
                if let Some(l) = o
                    .distribution_config()
                    .and_then(|c| c.logging())
                    .filter(|l| l.enabled())
                {
                    config.insert(
                        "Logging".into(),
                        json!({
                            "Bucket": l.bucket(),
                            "Prefix": l.prefix(),
                            "IncludeCookies": l.include_cookies(),
                        }),
                    );
                }
                if let Some(root) = o
                    .distribution_config()
                    .and_then(|c| c.default_root_object())
                    .filter(|r| !r.is_empty())
                {
                    config.insert("DefaultRootObject".into(), json!(root));
                }
            }
            Err(f) => {
                config.insert("Logging".into(), Cx::unknown(action, &f));
            }
        }
        let tags = match cx
            .call(
                "cloudfront:ListTagsForResource",
                client.list_tags_for_resource().resource(d.arn()).send(),
            )
            .await
        {
            Ok(o) => o
                .tags()
                .map(|t| {
                    t.items()
                        .iter()
                        .map(|t| (t.key().to_string(), t.value().unwrap_or("").to_string()))
                        .collect()
                })
                .unwrap_or_default(),
            Err(f) => cx.tags_unread("cloudfront:ListTagsForResource", d.arn(), &f),
        };
        let mut props = serde_json::Map::new();
        props.insert("DistributionConfig".into(), Value::Object(config));
        props.insert("DomainName".into(), json!(d.domain_name()));
        props.insert("Id".into(), json!(d.id()));
        cx.add_at("global", KIND, d.arn().to_string(), props, tags);
    }
}

fn origin(o: &t::Origin) -> Value {
    Value::Object(obj(json!({
        "Id": o.id(),
        "DomainName": o.domain_name(),
        "OriginPath": o.origin_path().filter(|p| !p.is_empty()),
        "OriginAccessControlId": o.origin_access_control_id().filter(|p| !p.is_empty()),
        "S3OriginConfig": o.s3_origin_config().map(|s| json!({
            "OriginAccessIdentity": s.origin_access_identity(),
        })),
        "CustomOriginConfig": o.custom_origin_config().map(|c| obj(json!({
            "HTTPPort": c.http_port(),
            "HTTPSPort": c.https_port(),
            "OriginProtocolPolicy": c.origin_protocol_policy().as_str(),
            "OriginSSLProtocols": c.origin_ssl_protocols().map(|p| p.items().iter().map(|x| x.as_str()).collect::<Vec<_>>()),
            "OriginReadTimeout": c.origin_read_timeout(),
            "OriginKeepaliveTimeout": c.origin_keepalive_timeout(),
        }))),
        "VpcOriginConfig": o.vpc_origin_config().map(|v| json!({ "VpcOriginId": v.vpc_origin_id() })),
    })))
}

fn origin_groups(g: &t::OriginGroups) -> Value {
    json!({
        "Quantity": g.quantity(),
        "Items": g.items().iter().map(|g| json!({
            "Id": g.id(),
            "Members": {
                "Quantity": g.members().map_or(0, |m| m.quantity()),
                "Items": g.members().map(|m| m.items().iter().map(|m| json!({ "OriginId": m.origin_id() })).collect::<Vec<_>>()).unwrap_or_default(),
            },
        })).collect::<Vec<_>>(),
    })
}

fn behavior(
    path: Option<&str>,
    target: &str,
    viewer: &t::ViewerProtocolPolicy,
    lambdas: Option<&t::LambdaFunctionAssociations>,
    fle: Option<&str>,
) -> Value {
    Value::Object(obj(json!({
        "PathPattern": path,
        "TargetOriginId": target,
        "ViewerProtocolPolicy": viewer.as_str(),
        "LambdaFunctionAssociations": lambdas.filter(|l| !l.items().is_empty()).map(|l| l.items().iter().map(|a| obj(json!({
            "EventType": a.event_type().as_str(),
            "LambdaFunctionARN": a.lambda_function_arn(),
            "IncludeBody": a.include_body(),
        }))).collect::<Vec<_>>()),
        "FieldLevelEncryptionId": fle.filter(|f| !f.is_empty()),
    })))
}

fn viewer_certificate(c: &t::ViewerCertificate) -> Value {
    Value::Object(obj(json!({
        "CloudFrontDefaultCertificate": c.cloud_front_default_certificate(),
        "AcmCertificateArn": c.acm_certificate_arn().filter(|a| !a.is_empty()),
        "IamCertificateId": c.iam_certificate_id().filter(|a| !a.is_empty()),
        "MinimumProtocolVersion": c.minimum_protocol_version().map(|v| v.as_str()),
        "SslSupportMethod": c.ssl_support_method().map(|v| v.as_str()),
    })))
}
