//! AWS Lambda: functions (environment variable names only, never their values), function
//! URLs and event source mappings.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::{Map, Value, json};

const KINDS: &[&str] = &[
    "AWS::Lambda::Function",
    "AWS::Lambda::Url",
    "AWS::Lambda::EventSourceMapping",
];

pub static SERVICE: Service = Service {
    name: "lambda",
    global: false,
    actions: &[
        "lambda:ListFunctions",
        "lambda:ListFunctionUrlConfigs",
        "lambda:ListEventSourceMappings",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_lambda::Client::new(&cx.sdk);
    let pages = client.list_functions().into_paginator().send();
    let pages = match cx.pages("lambda:ListFunctions", pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap("lambda:ListFunctions", &KINDS[..2], &f),
    };
    for f in pages.iter().flat_map(|p| p.functions()) {
        let (Some(name), Some(arn)) = (f.function_name(), f.function_arn()) else {
            continue;
        };
        // Values may be secrets or PHI: an inventory keeps the names only.
        let variables: Map<String, Value> = f
            .environment()
            .and_then(|e| e.variables())
            .map(|v| {
                v.keys()
                    .map(|k| {
                        (
                            k.clone(),
                            json!({ "$hidden": "environment variable value" }),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let props = obj(json!({
            "FunctionName": name,
            "Runtime": f.runtime().map(|r| r.as_str()),
            "Role": f.role(),
            "KmsKeyArn": f.kms_key_arn(),
            "Environment": (!variables.is_empty()).then(|| json!({ "Variables": variables })),
            "VpcConfig": f.vpc_config().map(|v| obj(json!({
                "SubnetIds": v.subnet_ids(),
                "SecurityGroupIds": v.security_group_ids(),
            }))),
            "TracingConfig": f.tracing_config().and_then(|t| t.mode()).map(|m| json!({ "Mode": m.as_str() })),
            "DeadLetterConfig": f.dead_letter_config().and_then(|d| d.target_arn()).map(|t| json!({ "TargetArn": t })),
        }));
        cx.add(
            "AWS::Lambda::Function",
            arn.to_string(),
            vec![name.to_string()],
            props,
            Vec::new(),
        );
        let action = "lambda:ListFunctionUrlConfigs";
        match cx
            .call(
                action,
                client
                    .list_function_url_configs()
                    .function_name(name)
                    .send(),
            )
            .await
        {
            Ok(o) => {
                for u in o.function_url_configs() {
                    cx.add(
                        "AWS::Lambda::Url",
                        format!("{arn}/url"),
                        Vec::new(),
                        obj(json!({
                            "TargetFunctionArn": arn,
                            "AuthType": u.auth_type().as_str(),
                            "FunctionUrl": u.function_url(),
                        })),
                        Vec::new(),
                    );
                }
            }
            Err(f) => cx.gap(action, &KINDS[1..2], &f),
        }
    }
    let pages = client.list_event_source_mappings().into_paginator().send();
    match cx.pages("lambda:ListEventSourceMappings", pages).await {
        Ok(pages) => {
            for m in pages.iter().flat_map(|p| p.event_source_mappings()) {
                let Some(uuid) = m.uuid() else { continue };
                cx.add(
                    "AWS::Lambda::EventSourceMapping",
                    m.event_source_mapping_arn().map_or_else(
                        || cx.arn("lambda", &format!("event-source-mapping:{uuid}")),
                        str::to_string,
                    ),
                    Vec::new(),
                    obj(json!({
                        "EventSourceArn": m.event_source_arn(),
                        "FunctionName": m.function_arn(),
                        "Enabled": m.state().map(|s| s == "Enabled"),
                    })),
                    Vec::new(),
                );
            }
        }
        Err(f) => cx.gap("lambda:ListEventSourceMappings", &KINDS[2..], &f),
    }
}
