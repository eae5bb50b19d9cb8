//! Amazon ElastiCache: replication groups and clusters (encryption, AUTH), and the
//! security updates not yet applied.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::{Value, json};

pub static SERVICE: Service = Service {
    name: "elasticache",
    global: false,
    actions: &[
        "elasticache:DescribeReplicationGroups",
        "elasticache:DescribeCacheClusters",
        "elasticache:DescribeUpdateActions",
    ],
    kinds: &[
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::UpdateAction",
    ],
    collect: |cx| Box::pin(collect(cx)),
};

/// An AUTH token is never returned: when one is set, the inventory says so without it.
fn auth(enabled: Option<bool>) -> Value {
    if enabled == Some(true) {
        json!({ "$hidden": "AUTH token" })
    } else {
        Value::Null
    }
}

async fn collect(cx: &Cx) {
    let client = aws_sdk_elasticache::Client::new(&cx.sdk);
    let action = "elasticache:DescribeReplicationGroups";
    let pages = client.describe_replication_groups().into_paginator().send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            for g in pages.iter().flat_map(|p| p.replication_groups()) {
                let Some(id) = g.replication_group_id() else {
                    continue;
                };
                let arn = g.arn().map_or_else(
                    || cx.arn("elasticache", &format!("replicationgroup:{id}")),
                    str::to_string,
                );
                cx.add(
                    "AWS::ElastiCache::ReplicationGroup",
                    arn,
                    vec![id.to_string()],
                    obj(json!({
                        "ReplicationGroupId": id,
                        "ReplicationGroupDescription": g.description(),
                        "Engine": g.engine(),
                        "AtRestEncryptionEnabled": g.at_rest_encryption_enabled(),
                        "TransitEncryptionEnabled": g.transit_encryption_enabled(),
                        "TransitEncryptionMode": g.transit_encryption_mode().map(|m| m.as_str()),
                        "AuthToken": auth(g.auth_token_enabled()),
                        "KmsKeyId": g.kms_key_id(),
                        "MultiAZEnabled": g.multi_az().map(|m| m.as_str() == "enabled"),
                        "AutomaticFailoverEnabled": g.automatic_failover().map(|m| m.as_str() == "enabled"),
                        "SnapshotRetentionLimit": g.snapshot_retention_limit(),
                        "UserGroupIds": g.user_group_ids(),
                    })),
                    Vec::new(),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::ElastiCache::ReplicationGroup"], &f),
    }
    let action = "elasticache:DescribeCacheClusters";
    let pages = client.describe_cache_clusters().into_paginator().send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            // Members of a replication group are judged through their group.
            for c in pages
                .iter()
                .flat_map(|p| p.cache_clusters())
                .filter(|c| c.replication_group_id().is_none())
            {
                let Some(id) = c.cache_cluster_id() else {
                    continue;
                };
                let arn = c.arn().map_or_else(
                    || cx.arn("elasticache", &format!("cluster:{id}")),
                    str::to_string,
                );
                cx.add(
                    "AWS::ElastiCache::CacheCluster",
                    arn,
                    vec![id.to_string()],
                    obj(json!({
                        "ClusterName": id,
                        "Engine": c.engine(),
                        "EngineVersion": c.engine_version(),
                        "CacheNodeType": c.cache_node_type(),
                        "NumCacheNodes": c.num_cache_nodes(),
                        "AtRestEncryptionEnabled": c.at_rest_encryption_enabled(),
                        "TransitEncryptionEnabled": c.transit_encryption_enabled(),
                        "AuthToken": auth(c.auth_token_enabled()),
                        "SnapshotRetentionLimit": c.snapshot_retention_limit(),
                    })),
                    Vec::new(),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::ElastiCache::CacheCluster"], &f),
    }
    let action = "elasticache:DescribeUpdateActions";
    let pages = client
        .describe_update_actions()
        .service_update_status(aws_sdk_elasticache::types::ServiceUpdateStatus::Available)
        .into_paginator()
        .send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            for u in pages.iter().flat_map(|p| p.update_actions()) {
                let name = u.service_update_name().unwrap_or("update");
                let target = u
                    .replication_group_id()
                    .or(u.cache_cluster_id())
                    .unwrap_or("unknown");
                cx.add(
                    "AWS::ElastiCache::UpdateAction",
                    cx.arn("elasticache", &format!("updateaction:{name}/{target}")),
                    Vec::new(),
                    obj(json!({
                        "ServiceUpdateName": name,
                        "ReplicationGroupId": u.replication_group_id(),
                        "CacheClusterId": u.cache_cluster_id(),
                        "ServiceUpdateType": u.service_update_type().map(|t| t.as_str()),
                        "ServiceUpdateSeverity": u.service_update_severity().map(|t| t.as_str()),
                        "ServiceUpdateRecommendedApplyByDate": crate::cx::time(u.service_update_recommended_apply_by_date()),
                        "UpdateActionStatus": u.update_action_status().map(|t| t.as_str()),
                    })),
                    Vec::new(),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::ElastiCache::UpdateAction"], &f),
    }
}
