//! Amazon DynamoDB: tables (encryption, streams) and point-in-time recovery.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::json;

const KINDS: &[&str] = &["AWS::DynamoDB::Table"];

pub static SERVICE: Service = Service {
    name: "dynamodb",
    global: false,
    actions: &[
        "dynamodb:ListTables",
        "dynamodb:DescribeTable",
        "dynamodb:DescribeContinuousBackups",
        "dynamodb:ListTagsOfResource",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_dynamodb::Client::new(&cx.sdk);
    let pages = client.list_tables().into_paginator().send();
    let pages = match cx.pages("dynamodb:ListTables", pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap("dynamodb:ListTables", KINDS, &f),
    };
    for name in pages.iter().flat_map(|p| p.table_names()) {
        let action = "dynamodb:DescribeTable";
        let t = match cx
            .call(action, client.describe_table().table_name(name).send())
            .await
        {
            Ok(o) => o,
            Err(f) => {
                cx.add(
                    "AWS::DynamoDB::Table",
                    cx.arn("dynamodb", &format!("table/{name}")),
                    vec![name.clone()],
                    obj(json!({ "TableName": name, "SSESpecification": Cx::unknown(action, &f) })),
                    Vec::new(),
                );
                continue;
            }
        };
        let Some(t) = t.table() else { continue };
        let arn = t.table_arn().map_or_else(
            || cx.arn("dynamodb", &format!("table/{name}")),
            str::to_string,
        );
        // No SSEDescription: encrypted with an AWS owned key (the service default).
        let sse = t.sse_description().map_or_else(
            || json!({ "SSEEnabled": false }),
            |s| {
                json!(obj(json!({
                    "SSEEnabled": s.status().is_some_and(|s| matches!(s.as_str(), "ENABLED" | "ENABLING" | "UPDATING")),
                    "SSEType": s.sse_type().map(|t| t.as_str()),
                    "KMSMasterKeyId": s.kms_master_key_arn(),
                })))
            },
        );
        let mut props = obj(json!({
            "TableName": name,
            "SSESpecification": sse,
            "BillingMode": t.billing_mode_summary().and_then(|b| b.billing_mode()).map(|m| m.as_str()),
            "StreamSpecification": t.stream_specification().map(|s| obj(json!({
                "StreamViewType": s.stream_view_type().map(|v| v.as_str()),
            }))),
            "DeletionProtectionEnabled": t.deletion_protection_enabled(),
        }));
        let action = "dynamodb:DescribeContinuousBackups";
        let pitr = match cx
            .call(
                action,
                client.describe_continuous_backups().table_name(name).send(),
            )
            .await
        {
            Ok(o) => json!({
                "PointInTimeRecoveryEnabled": o
                    .continuous_backups_description()
                    .and_then(|d| d.point_in_time_recovery_description())
                    .and_then(|p| p.point_in_time_recovery_status())
                    .is_some_and(|s| s.as_str() == "ENABLED"),
            }),
            Err(f) => Cx::unknown(action, &f),
        };
        props.insert("PointInTimeRecoverySpecification".into(), pitr);
        let tags = match cx
            .call(
                "dynamodb:ListTagsOfResource",
                client.list_tags_of_resource().resource_arn(&arn).send(),
            )
            .await
        {
            Ok(o) => o
                .tags()
                .iter()
                .map(|t| (t.key().to_string(), t.value().to_string()))
                .collect(),
            Err(f) => cx.tags_unread("dynamodb:ListTagsOfResource", &arn, &f),
        };
        let mut ids = vec![name.clone()];
        ids.extend(t.latest_stream_arn().map(str::to_string));
        cx.add("AWS::DynamoDB::Table", arn, ids, props, tags);
    }
}
