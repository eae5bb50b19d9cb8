//! Amazon OpenSearch Service: domains (OpenSearch and legacy Elasticsearch engines, both as
//! `AWS::OpenSearchService::Domain`, whose `EngineVersion` names the engine), with their
//! encryption, endpoint, logging, access policy and VPC options.

use super::Service;
use crate::cx::{Cx, obj, policy};
use serde_json::{Map, Value, json};

const KINDS: &[&str] = &["AWS::OpenSearchService::Domain"];

pub static SERVICE: Service = Service {
    name: "opensearch",
    global: false,
    actions: &["es:ListDomainNames", "es:DescribeDomains", "es:ListTags"],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

/// Properties the rules read, all unknown when the domain could not be described.
const DESCRIBED: &[&str] = &[
    "EngineVersion",
    "EncryptionAtRestOptions",
    "NodeToNodeEncryptionOptions",
    "DomainEndpointOptions",
    "LogPublishingOptions",
    "AccessPolicies",
    "VPCOptions",
];

async fn collect(cx: &Cx) {
    let client = aws_sdk_opensearch::Client::new(&cx.sdk);
    let action = "es:ListDomainNames";
    let names: Vec<String> = match cx.call(action, client.list_domain_names().send()).await {
        Ok(o) => o
            .domain_names()
            .iter()
            .filter_map(|d| d.domain_name().map(str::to_string))
            .collect(),
        Err(f) => return cx.gap(action, KINDS, &f),
    };
    for chunk in names.chunks(5) {
        let action = "es:DescribeDomains";
        let call = client
            .describe_domains()
            .set_domain_names(Some(chunk.to_vec()))
            .send();
        match cx.call(action, call).await {
            Ok(o) => {
                for d in o.domain_status_list() {
                    domain(cx, &client, d).await;
                }
            }
            Err(f) => {
                for name in chunk {
                    let mut props = Map::new();
                    props.insert("DomainName".into(), json!(name));
                    for key in DESCRIBED {
                        props.insert(key.to_string(), Cx::unknown(action, &f));
                    }
                    cx.add(
                        KINDS[0],
                        cx.arn("es", &format!("domain/{name}")),
                        vec![name.clone()],
                        props,
                        Vec::new(),
                    );
                }
            }
        }
    }
}

async fn domain(
    cx: &Cx,
    client: &aws_sdk_opensearch::Client,
    d: &aws_sdk_opensearch::types::DomainStatus,
) {
    let name = d.domain_name();
    let arn = d.arn();
    let logs: Option<Map<String, Value>> = d.log_publishing_options().map(|m| {
        m.iter()
            .map(|(kind, o)| {
                (
                    kind.as_str().to_string(),
                    obj(json!({
                        "CloudWatchLogsLogGroupArn": o.cloud_watch_logs_log_group_arn(),
                        "Enabled": o.enabled(),
                    }))
                    .into(),
                )
            })
            .collect()
    });
    // A domain without a VPC has a public endpoint: no VPCOptions, as AWS reports it.
    let vpc = d
        .vpc_options()
        .filter(|v| !v.subnet_ids().is_empty())
        .map(|v| {
            obj(json!({
                "SubnetIds": v.subnet_ids(),
                "SecurityGroupIds": v.security_group_ids(),
            }))
        });
    let access = d
        .access_policies()
        .filter(|p| !p.trim().is_empty())
        .map(policy);
    let props = obj(json!({
        "DomainName": name,
        "EngineVersion": d.engine_version(),
        "ClusterConfig": d.cluster_config().map(|c| obj(json!({
            "InstanceType": c.instance_type().map(|t| t.as_str()),
            "InstanceCount": c.instance_count(),
            "DedicatedMasterEnabled": c.dedicated_master_enabled(),
            "ZoneAwarenessEnabled": c.zone_awareness_enabled(),
        }))),
        "EncryptionAtRestOptions": d.encryption_at_rest_options().map(|e| obj(json!({
            "Enabled": e.enabled(),
            "KmsKeyId": e.kms_key_id(),
        }))),
        "NodeToNodeEncryptionOptions": d.node_to_node_encryption_options().map(|n| obj(json!({
            "Enabled": n.enabled(),
        }))),
        "DomainEndpointOptions": d.domain_endpoint_options().map(|e| obj(json!({
            "EnforceHTTPS": e.enforce_https(),
            "TLSSecurityPolicy": e.tls_security_policy().map(|t| t.as_str()),
            "CustomEndpointEnabled": e.custom_endpoint_enabled(),
            "CustomEndpoint": e.custom_endpoint(),
        }))),
        "LogPublishingOptions": logs,
        "AccessPolicies": access,
        "VPCOptions": vpc,
        "AdvancedSecurityOptions": d.advanced_security_options().map(|a| obj(json!({
            "Enabled": a.enabled(),
            "InternalUserDatabaseEnabled": a.internal_user_database_enabled(),
        }))),
    }));
    let tags = match cx
        .call("es:ListTags", client.list_tags().arn(arn).send())
        .await
    {
        Ok(t) => t
            .tag_list()
            .iter()
            .map(|t| (t.key().to_string(), t.value().to_string()))
            .collect(),
        Err(f) => cx.tags_unread("es:ListTags", arn, &f),
    };
    cx.add(
        KINDS[0],
        arn.to_string(),
        vec![name.to_string()],
        props,
        tags,
    );
}
