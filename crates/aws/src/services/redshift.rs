//! Amazon Redshift: provisioned clusters (encryption, public access, parameter group, audit
//! logging from DescribeLoggingStatus) and cluster parameter groups with their parameters
//! (`require_ssl`), default groups included, as AWS reports their values.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::{Value, json};

const KINDS: &[&str] = &[
    "AWS::Redshift::Cluster",
    "AWS::Redshift::ClusterParameterGroup",
];

pub static SERVICE: Service = Service {
    name: "redshift",
    global: false,
    actions: &[
        "redshift:DescribeClusters",
        "redshift:DescribeLoggingStatus",
        "redshift:DescribeClusterParameterGroups",
        "redshift:DescribeClusterParameters",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

fn tags(list: &[aws_sdk_redshift::types::Tag]) -> Vec<(String, String)> {
    list.iter()
        .filter_map(|t| Some((t.key()?.to_string(), t.value().unwrap_or("").to_string())))
        .collect()
}

async fn collect(cx: &Cx) {
    let client = aws_sdk_redshift::Client::new(&cx.sdk);
    clusters(cx, &client).await;
    parameter_groups(cx, &client).await;
}

async fn clusters(cx: &Cx, client: &aws_sdk_redshift::Client) {
    let action = "redshift:DescribeClusters";
    let pages = client.describe_clusters().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &KINDS[..1], &f),
    };
    for c in pages.iter().flat_map(|p| p.clusters()) {
        let Some(id) = c.cluster_identifier() else {
            continue;
        };
        let action = "redshift:DescribeLoggingStatus";
        let logging = match cx
            .call(
                action,
                client
                    .describe_logging_status()
                    .cluster_identifier(id)
                    .send(),
            )
            .await
        {
            // Logging off: no LoggingProperties, as a template without them.
            Ok(l) if l.logging_enabled() != Some(true) => Value::Null,
            Ok(l) => obj(json!({
                "BucketName": l.bucket_name(),
                "S3KeyPrefix": l.s3_key_prefix(),
                "LogDestinationType": l.log_destination_type().map(|d| d.as_str()),
                "LogExports": l.log_exports(),
            }))
            .into(),
            Err(f) => Cx::unknown(action, &f),
        };
        let props = obj(json!({
            "ClusterIdentifier": id,
            "NodeType": c.node_type(),
            "NumberOfNodes": c.number_of_nodes(),
            "Encrypted": c.encrypted(),
            "KmsKeyId": c.kms_key_id(),
            "PubliclyAccessible": c.publicly_accessible(),
            "ClusterParameterGroupName": c.cluster_parameter_groups().first().and_then(|g| g.parameter_group_name()),
            "ClusterSubnetGroupName": c.cluster_subnet_group_name(),
            "VpcSecurityGroupIds": c.vpc_security_groups().iter().filter_map(|g| g.vpc_security_group_id()).collect::<Vec<_>>(),
            "AutomatedSnapshotRetentionPeriod": c.automated_snapshot_retention_period(),
            "EnhancedVpcRouting": c.enhanced_vpc_routing(),
            "ClusterVersion": c.cluster_version(),
            "MasterUsername": c.master_username(),
            // The password is never readable; a managed one lives in Secrets Manager.
            "ManageMasterPassword": c.master_password_secret_arn().map(|_| true),
            "MasterPasswordSecretKmsKeyId": c.master_password_secret_kms_key_id(),
            "LoggingProperties": logging,
        }));
        cx.add(
            KINDS[0],
            cx.arn("redshift", &format!("cluster:{id}")),
            vec![id.to_string()],
            props,
            tags(c.tags()),
        );
    }
}

async fn parameter_groups(cx: &Cx, client: &aws_sdk_redshift::Client) {
    let action = "redshift:DescribeClusterParameterGroups";
    let pages = client
        .describe_cluster_parameter_groups()
        .into_paginator()
        .send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &KINDS[1..], &f),
    };
    for g in pages.iter().flat_map(|p| p.parameter_groups()) {
        let Some(name) = g.parameter_group_name() else {
            continue;
        };
        // Every parameter with the value in force (engine defaults included): a group
        // that does not set require_ssl reports its default.
        let action = "redshift:DescribeClusterParameters";
        let pages = client
            .describe_cluster_parameters()
            .parameter_group_name(name)
            .into_paginator()
            .send();
        let parameters = match cx.pages(action, pages).await {
            Ok(p) => json!(
                p.iter()
                    .flat_map(|p| p.parameters())
                    .filter_map(|p| Some(json!({
                        "ParameterName": p.parameter_name()?,
                        "ParameterValue": p.parameter_value()?,
                    })))
                    .collect::<Vec<_>>()
            ),
            Err(f) => Cx::unknown(action, &f),
        };
        cx.add(
            KINDS[1],
            cx.arn("redshift", &format!("parametergroup:{name}")),
            vec![name.to_string()],
            obj(json!({
                "ParameterGroupName": name,
                "ParameterGroupFamily": g.parameter_group_family(),
                "Description": g.description(),
                "Parameters": parameters,
            })),
            tags(g.tags()),
        );
    }
}
