//! AWS KMS: keys (manager, state, spec, rotation, policy) and aliases.

use super::Service;
use crate::cx::{Cx, obj, policy};
use serde_json::json;

const KINDS: &[&str] = &["AWS::KMS::Key", "AWS::KMS::Alias"];

pub static SERVICE: Service = Service {
    name: "kms",
    global: false,
    actions: &[
        "kms:ListKeys",
        "kms:DescribeKey",
        "kms:GetKeyRotationStatus",
        "kms:GetKeyPolicy",
        "kms:ListAliases",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_kms::Client::new(&cx.sdk);
    let pages = client.list_aliases().into_paginator().send();
    let aliases = match cx.pages("kms:ListAliases", pages).await {
        Ok(p) => p,
        Err(f) => {
            cx.gap("kms:ListAliases", &["AWS::KMS::Alias"], &f);
            Vec::new()
        }
    };
    let aliases: Vec<_> = aliases.iter().flat_map(|p| p.aliases()).collect();
    let pages = client.list_keys().into_paginator().send();
    let pages = match cx.pages("kms:ListKeys", pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap("kms:ListKeys", KINDS, &f),
    };
    for k in pages.iter().flat_map(|p| p.keys()) {
        let Some(id) = k.key_id() else { continue };
        let arn = k
            .key_arn()
            .map_or_else(|| cx.arn("kms", &format!("key/{id}")), str::to_string);
        let mut props = obj(json!({ "KeyId": id }));
        let action = "kms:DescribeKey";
        let mut customer = false;
        let mut symmetric = false;
        match cx
            .call(action, client.describe_key().key_id(id).send())
            .await
        {
            Ok(out) => {
                if let Some(m) = out.key_metadata() {
                    customer = m.key_manager().is_some_and(|m| m.as_str() == "CUSTOMER");
                    symmetric = m
                        .key_spec()
                        .is_none_or(|s| s.as_str() == "SYMMETRIC_DEFAULT");
                    props.extend(obj(json!({
                        "KeyManager": m.key_manager().map(|m| m.as_str()),
                        "Enabled": m.enabled(),
                        "KeyState": m.key_state().map(|s| s.as_str()),
                        "KeySpec": m.key_spec().map(|s| s.as_str()),
                        "KeyUsage": m.key_usage().map(|s| s.as_str()),
                        "Origin": m.origin().map(|s| s.as_str()),
                        "Description": m.description(),
                        "MultiRegion": m.multi_region(),
                    })));
                }
            }
            Err(f) => {
                props.insert("KeyManager".into(), Cx::unknown(action, &f));
            }
        }
        // Rotation exists only for symmetric customer keys; AWS-managed keys rotate yearly.
        if customer && symmetric {
            let action = "kms:GetKeyRotationStatus";
            let v = match cx
                .call(action, client.get_key_rotation_status().key_id(id).send())
                .await
            {
                Ok(out) => json!(out.key_rotation_enabled()),
                Err(f) => Cx::unknown(action, &f),
            };
            props.insert("EnableKeyRotation".into(), v);
        }
        if customer {
            let action = "kms:GetKeyPolicy";
            let v = match cx
                .call(action, client.get_key_policy().key_id(id).send())
                .await
            {
                Ok(out) => out.policy().map_or(serde_json::Value::Null, policy),
                Err(crate::cx::Fault::NotFound(_)) => serde_json::Value::Null,
                Err(f) => Cx::unknown(action, &f),
            };
            props.insert("KeyPolicy".into(), v);
        }
        let mut ids = vec![id.to_string()];
        for a in aliases.iter().filter(|a| a.target_key_id() == Some(id)) {
            ids.extend(a.alias_name().map(str::to_string));
            ids.extend(a.alias_arn().map(str::to_string));
        }
        cx.add("AWS::KMS::Key", arn, ids, props, Vec::new());
    }
    for a in &aliases {
        let (Some(name), Some(arn)) = (a.alias_name(), a.alias_arn()) else {
            continue;
        };
        if name.starts_with("alias/aws/") {
            continue; // AWS-managed aliases
        }
        cx.add(
            "AWS::KMS::Alias",
            arn.to_string(),
            Vec::new(),
            obj(json!({ "AliasName": name, "TargetKeyId": a.target_key_id() })),
            Vec::new(),
        );
    }
}
