//! Amazon EKS: clusters (secrets envelope encryption, control-plane logging, API endpoint
//! access).

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::{Value, json};

const KINDS: &[&str] = &["AWS::EKS::Cluster"];

pub static SERVICE: Service = Service {
    name: "eks",
    global: false,
    actions: &["eks:ListClusters", "eks:DescribeCluster"],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

/// One `EncryptionConfig` entry. `Resources` is deprecated in the API (EKS now encrypts
/// all Kubernetes API data), but the schema and the rules still read it, and AWS still
/// reports it.
#[allow(deprecated)]
fn encryption(e: &aws_sdk_eks::types::EncryptionConfig) -> Value {
    obj(json!({
        "Resources": e.resources(),
        "Provider": e.provider().map(|p| obj(json!({ "KeyArn": p.key_arn() }))),
    }))
    .into()
}

async fn collect(cx: &Cx) {
    let client = aws_sdk_eks::Client::new(&cx.sdk);
    let action = "eks:ListClusters";
    let pages = client.list_clusters().into_paginator().send();
    let names: Vec<String> = match cx.pages(action, pages).await {
        Ok(p) => p.iter().flat_map(|p| p.clusters()).cloned().collect(),
        Err(f) => return cx.gap(action, KINDS, &f),
    };
    for name in names {
        let action = "eks:DescribeCluster";
        let c = match cx
            .call(action, client.describe_cluster().name(&name).send())
            .await
        {
            Ok(o) => o.cluster,
            Err(f) => {
                let unknown = Cx::unknown(action, &f);
                cx.add(
                    "AWS::EKS::Cluster",
                    cx.arn("eks", &format!("cluster/{name}")),
                    vec![name.clone()],
                    obj(json!({
                        "Name": name,
                        "EncryptionConfig": unknown.clone(),
                        "Logging": unknown.clone(),
                        "ResourcesVpcConfig": unknown,
                    })),
                    Vec::new(),
                );
                continue;
            }
        };
        let Some(c) = c else { continue };
        // Only the log types whose setup is enabled, as CloudFormation writes them; an
        // empty list when none is (AWS's default).
        let enabled: Vec<Value> = c
            .logging()
            .map(|l| l.cluster_logging())
            .unwrap_or_default()
            .iter()
            .filter(|s| s.enabled() == Some(true))
            .flat_map(|s| s.types())
            .map(|t| json!({ "Type": t.as_str() }))
            .collect();
        let vpc = c.resources_vpc_config().map(|v| {
            obj(json!({
                "SubnetIds": v.subnet_ids(),
                "SecurityGroupIds": v.security_group_ids(),
                "EndpointPublicAccess": v.endpoint_public_access(),
                "EndpointPrivateAccess": v.endpoint_private_access(),
                "PublicAccessCidrs": v.public_access_cidrs(),
            }))
        });
        let encryption: Vec<Value> = c.encryption_config().iter().map(encryption).collect();
        let tags = c
            .tags()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        cx.add(
            "AWS::EKS::Cluster",
            c.arn()
                .map_or_else(|| cx.arn("eks", &format!("cluster/{name}")), str::to_string),
            vec![name.clone()],
            obj(json!({
                "Name": name,
                "Version": c.version(),
                "RoleArn": c.role_arn(),
                "EncryptionConfig": encryption,
                "Logging": { "ClusterLogging": { "EnabledTypes": enabled } },
                "ResourcesVpcConfig": vpc,
            })),
            tags,
        );
    }
}
