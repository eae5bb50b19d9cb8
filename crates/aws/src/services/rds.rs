//! Amazon RDS and Aurora: DB instances, clusters, parameter groups (the parameters the
//! user set), and manual snapshots with who may restore them.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::{Map, Value, json};

pub static SERVICE: Service = Service {
    name: "rds",
    global: false,
    actions: &[
        "rds:DescribeDBInstances",
        "rds:DescribeDBClusters",
        "rds:DescribeDBParameterGroups",
        "rds:DescribeDBParameters",
        "rds:DescribeDBClusterParameterGroups",
        "rds:DescribeDBClusterParameters",
        "rds:DescribeDBSnapshots",
        "rds:DescribeDBSnapshotAttributes",
        "rds:DescribeDBClusterSnapshots",
        "rds:DescribeDBClusterSnapshotAttributes",
    ],
    kinds: &[
        "AWS::RDS::DBInstance",
        "AWS::RDS::DBCluster",
        "AWS::RDS::DBParameterGroup",
        "AWS::RDS::DBClusterParameterGroup",
        "AWS::RDS::DBSnapshot",
        "AWS::RDS::DBClusterSnapshot",
    ],
    collect: |cx| Box::pin(collect(cx)),
};

fn tags(list: &[aws_sdk_rds::types::Tag]) -> Vec<(String, String)> {
    list.iter()
        .filter_map(|t| Some((t.key()?.to_string(), t.value().unwrap_or("").to_string())))
        .collect()
}

async fn collect(cx: &Cx) {
    let client = aws_sdk_rds::Client::new(&cx.sdk);
    instances(cx, &client).await;
    clusters(cx, &client).await;
    parameter_groups(cx, &client).await;
    snapshots(cx, &client).await;
}

async fn instances(cx: &Cx, client: &aws_sdk_rds::Client) {
    let action = "rds:DescribeDBInstances";
    let pages = client.describe_db_instances().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &["AWS::RDS::DBInstance"], &f),
    };
    for d in pages.iter().flat_map(|p| p.db_instances()) {
        let (Some(id), Some(arn)) = (d.db_instance_identifier(), d.db_instance_arn()) else {
            continue;
        };
        let props = obj(json!({
            "DBInstanceIdentifier": id,
            "Engine": d.engine(),
            "EngineVersion": d.engine_version(),
            "DBInstanceClass": d.db_instance_class(),
            "DBClusterIdentifier": d.db_cluster_identifier(),
            "StorageEncrypted": d.storage_encrypted(),
            "KmsKeyId": d.kms_key_id(),
            "BackupRetentionPeriod": d.backup_retention_period(),
            "MultiAZ": d.multi_az(),
            "PubliclyAccessible": d.publicly_accessible(),
            "DeletionProtection": d.deletion_protection(),
            "CopyTagsToSnapshot": d.copy_tags_to_snapshot(),
            "EnableIAMDatabaseAuthentication": d.iam_database_authentication_enabled(),
            "MonitoringInterval": d.monitoring_interval(),
            "EnablePerformanceInsights": d.performance_insights_enabled(),
            "PerformanceInsightsKMSKeyId": d.performance_insights_kms_key_id(),
            "AutoMinorVersionUpgrade": d.auto_minor_version_upgrade(),
            "StorageType": d.storage_type(),
            "EnableCloudwatchLogsExports": d.enabled_cloudwatch_logs_exports(),
            "DBSubnetGroupName": d.db_subnet_group().and_then(|g| g.db_subnet_group_name()),
            "DBParameterGroupName": d.db_parameter_groups().first().and_then(|g| g.db_parameter_group_name()),
            "VPCSecurityGroups": d.vpc_security_groups().iter().filter_map(|g| g.vpc_security_group_id()).collect::<Vec<_>>(),
            "CACertificateIdentifier": d.ca_certificate_identifier(),
        }));
        cx.add(
            "AWS::RDS::DBInstance",
            arn.to_string(),
            vec![id.to_string()],
            props,
            tags(d.tag_list()),
        );
    }
}

async fn clusters(cx: &Cx, client: &aws_sdk_rds::Client) {
    let action = "rds:DescribeDBClusters";
    let pages = client.describe_db_clusters().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &["AWS::RDS::DBCluster"], &f),
    };
    for c in pages.iter().flat_map(|p| p.db_clusters()) {
        let (Some(id), Some(arn)) = (c.db_cluster_identifier(), c.db_cluster_arn()) else {
            continue;
        };
        let props = obj(json!({
            "DBClusterIdentifier": id,
            "Engine": c.engine(),
            "EngineVersion": c.engine_version(),
            "EngineMode": c.engine_mode(),
            "StorageEncrypted": c.storage_encrypted(),
            "KmsKeyId": c.kms_key_id(),
            "BackupRetentionPeriod": c.backup_retention_period(),
            "DeletionProtection": c.deletion_protection(),
            "CopyTagsToSnapshot": c.copy_tags_to_snapshot(),
            "PubliclyAccessible": c.publicly_accessible(),
            "EnableIAMDatabaseAuthentication": c.iam_database_authentication_enabled(),
            "EnableCloudwatchLogsExports": c.enabled_cloudwatch_logs_exports(),
            "DBClusterParameterGroupName": c.db_cluster_parameter_group(),
            "DBSubnetGroupName": c.db_subnet_group(),
            "VpcSecurityGroupIds": c.vpc_security_groups().iter().filter_map(|g| g.vpc_security_group_id()).collect::<Vec<_>>(),
        }));
        cx.add(
            "AWS::RDS::DBCluster",
            arn.to_string(),
            vec![id.to_string()],
            props,
            tags(c.tag_list()),
        );
    }
}

async fn parameter_groups(cx: &Cx, client: &aws_sdk_rds::Client) {
    let action = "rds:DescribeDBParameterGroups";
    let pages = client
        .describe_db_parameter_groups()
        .into_paginator()
        .send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            for g in pages.iter().flat_map(|p| p.db_parameter_groups()) {
                let (Some(name), Some(arn)) =
                    (g.db_parameter_group_name(), g.db_parameter_group_arn())
                else {
                    continue;
                };
                let action = "rds:DescribeDBParameters";
                let pages = client
                    .describe_db_parameters()
                    .db_parameter_group_name(name)
                    .source("user")
                    .into_paginator()
                    .send();
                let parameters = match cx.pages(action, pages).await {
                    Ok(p) => {
                        let mut m = Map::new();
                        for p in p.iter().flat_map(|p| p.parameters()) {
                            if let (Some(k), Some(v)) = (p.parameter_name(), p.parameter_value()) {
                                m.insert(k.into(), json!(v));
                            }
                        }
                        Value::Object(m)
                    }
                    Err(f) => Cx::unknown(action, &f),
                };
                cx.add(
                    "AWS::RDS::DBParameterGroup",
                    arn.to_string(),
                    vec![name.to_string()],
                    obj(json!({
                        "DBParameterGroupName": name,
                        "Family": g.db_parameter_group_family(),
                        "Description": g.description(),
                        "Parameters": parameters,
                    })),
                    Vec::new(),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::RDS::DBParameterGroup"], &f),
    }
    let action = "rds:DescribeDBClusterParameterGroups";
    let pages = client
        .describe_db_cluster_parameter_groups()
        .into_paginator()
        .send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            for g in pages.iter().flat_map(|p| p.db_cluster_parameter_groups()) {
                let (Some(name), Some(arn)) = (
                    g.db_cluster_parameter_group_name(),
                    g.db_cluster_parameter_group_arn(),
                ) else {
                    continue;
                };
                let action = "rds:DescribeDBClusterParameters";
                let parameters = match cx
                    .call(
                        action,
                        client
                            .describe_db_cluster_parameters()
                            .db_cluster_parameter_group_name(name)
                            .source("user")
                            .send(),
                    )
                    .await
                {
                    Ok(p) => {
                        let mut m = Map::new();
                        for p in p.parameters() {
                            if let (Some(k), Some(v)) = (p.parameter_name(), p.parameter_value()) {
                                m.insert(k.into(), json!(v));
                            }
                        }
                        Value::Object(m)
                    }
                    Err(f) => Cx::unknown(action, &f),
                };
                cx.add(
                    "AWS::RDS::DBClusterParameterGroup",
                    arn.to_string(),
                    vec![name.to_string()],
                    obj(json!({
                        "DBClusterParameterGroupName": name,
                        "Family": g.db_parameter_group_family(),
                        "Description": g.description(),
                        "Parameters": parameters,
                    })),
                    Vec::new(),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::RDS::DBClusterParameterGroup"], &f),
    }
}

/// Who may restore a snapshot: `["all"]` (public) or account ids.
fn restore(attrs: &[aws_sdk_rds::types::DbSnapshotAttribute]) -> Value {
    json!(
        attrs
            .iter()
            .filter(|a| a.attribute_name() == Some("restore"))
            .flat_map(|a| a.attribute_values())
            .collect::<Vec<_>>()
    )
}

async fn snapshots(cx: &Cx, client: &aws_sdk_rds::Client) {
    let action = "rds:DescribeDBSnapshots";
    let pages = client
        .describe_db_snapshots()
        .snapshot_type("manual")
        .into_paginator()
        .send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            for s in pages.iter().flat_map(|p| p.db_snapshots()) {
                let (Some(id), Some(arn)) = (s.db_snapshot_identifier(), s.db_snapshot_arn())
                else {
                    continue;
                };
                let action = "rds:DescribeDBSnapshotAttributes";
                let who = match cx
                    .call(
                        action,
                        client
                            .describe_db_snapshot_attributes()
                            .db_snapshot_identifier(id)
                            .send(),
                    )
                    .await
                {
                    Ok(a) => restore(
                        a.db_snapshot_attributes_result()
                            .map(|r| r.db_snapshot_attributes())
                            .unwrap_or_default(),
                    ),
                    Err(f) => Cx::unknown(action, &f),
                };
                cx.add(
                    "AWS::RDS::DBSnapshot",
                    arn.to_string(),
                    vec![id.to_string()],
                    obj(json!({
                        "DBSnapshotIdentifier": id,
                        "DBInstanceIdentifier": s.db_instance_identifier(),
                        "Encrypted": s.encrypted(),
                        "KmsKeyId": s.kms_key_id(),
                        "SnapshotType": s.snapshot_type(),
                        "RestoreAttribute": who,
                    })),
                    tags(s.tag_list()),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::RDS::DBSnapshot"], &f),
    }
    let action = "rds:DescribeDBClusterSnapshots";
    let pages = client
        .describe_db_cluster_snapshots()
        .snapshot_type("manual")
        .into_paginator()
        .send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            for s in pages.iter().flat_map(|p| p.db_cluster_snapshots()) {
                let (Some(id), Some(arn)) = (
                    s.db_cluster_snapshot_identifier(),
                    s.db_cluster_snapshot_arn(),
                ) else {
                    continue;
                };
                let action = "rds:DescribeDBClusterSnapshotAttributes";
                let who = match cx
                    .call(
                        action,
                        client
                            .describe_db_cluster_snapshot_attributes()
                            .db_cluster_snapshot_identifier(id)
                            .send(),
                    )
                    .await
                {
                    Ok(a) => json!(
                        a.db_cluster_snapshot_attributes_result()
                            .map(|r| r.db_cluster_snapshot_attributes())
                            .unwrap_or_default()
                            .iter()
                            .filter(|a| a.attribute_name() == Some("restore"))
                            .flat_map(|a| a.attribute_values())
                            .collect::<Vec<_>>()
                    ),
                    Err(f) => Cx::unknown(action, &f),
                };
                cx.add(
                    "AWS::RDS::DBClusterSnapshot",
                    arn.to_string(),
                    vec![id.to_string()],
                    obj(json!({
                        "DBClusterSnapshotIdentifier": id,
                        "DBClusterIdentifier": s.db_cluster_identifier(),
                        "StorageEncrypted": s.storage_encrypted(),
                        "KmsKeyId": s.kms_key_id(),
                        "SnapshotType": s.snapshot_type(),
                        "RestoreAttribute": who,
                    })),
                    tags(s.tag_list()),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::RDS::DBClusterSnapshot"], &f),
    }
}
