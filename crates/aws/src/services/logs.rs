//! Amazon CloudWatch Logs: log groups (KMS key, retention) and subscription filters.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::json;

const KINDS: &[&str] = &["AWS::Logs::LogGroup", "AWS::Logs::SubscriptionFilter"];

pub static SERVICE: Service = Service {
    name: "logs",
    global: false,
    actions: &["logs:DescribeLogGroups", "logs:DescribeSubscriptionFilters"],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_cloudwatchlogs::Client::new(&cx.sdk);
    let pages = client.describe_log_groups().into_paginator().send();
    let pages = match cx.pages("logs:DescribeLogGroups", pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap("logs:DescribeLogGroups", KINDS, &f),
    };
    for g in pages.iter().flat_map(|p| p.log_groups()) {
        let Some(name) = g.log_group_name() else {
            continue;
        };
        let arn = cx.arn("logs", &format!("log-group:{name}"));
        cx.add(
            "AWS::Logs::LogGroup",
            arn.clone(),
            vec![name.to_string(), format!("{arn}:*")],
            obj(json!({
                "LogGroupName": name,
                "KmsKeyId": g.kms_key_id(),
                "RetentionInDays": g.retention_in_days(),
            })),
            Vec::new(),
        );
        let action = "logs:DescribeSubscriptionFilters";
        match cx
            .call(
                action,
                client
                    .describe_subscription_filters()
                    .log_group_name(name)
                    .send(),
            )
            .await
        {
            Ok(o) => {
                for f in o.subscription_filters() {
                    let fname = f.filter_name().unwrap_or("filter");
                    cx.add(
                        "AWS::Logs::SubscriptionFilter",
                        format!("{arn}/subscription-filter/{fname}"),
                        Vec::new(),
                        obj(json!({
                            "LogGroupName": name,
                            "FilterName": fname,
                            "FilterPattern": f.filter_pattern(),
                            "DestinationArn": f.destination_arn(),
                            "RoleArn": f.role_arn(),
                        })),
                        Vec::new(),
                    );
                }
            }
            Err(f) => cx.gap(action, &KINDS[1..], &f),
        }
    }
}
