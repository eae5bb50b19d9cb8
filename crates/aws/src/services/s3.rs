//! Amazon S3: buckets (encryption, versioning, public access block, logging, replication,
//! object lock, tags) and their policies, each read in the bucket's own region.

use super::Service;
use crate::cx::{Cx, Fault, obj, policy};
use serde_json::{Map, Value, json};

const KINDS: &[&str] = &["AWS::S3::Bucket", "AWS::S3::BucketPolicy"];

pub static SERVICE: Service = Service {
    name: "s3",
    global: false,
    actions: &[
        "s3:ListAllMyBuckets",
        "s3:GetBucketLocation",
        "s3:GetEncryptionConfiguration",
        "s3:GetBucketVersioning",
        "s3:GetBucketPublicAccessBlock",
        "s3:GetBucketLogging",
        "s3:GetBucketPolicy",
        "s3:GetReplicationConfiguration",
        "s3:GetBucketObjectLockConfiguration",
        "s3:GetBucketTagging",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    // An emulator's endpoint (moto) takes buckets in the path, not the host name.
    let config = aws_sdk_s3::config::Builder::from(&cx.sdk)
        .force_path_style(cx.sdk.endpoint_url().is_some())
        .build();
    let client = aws_sdk_s3::Client::from_conf(config);
    let pages = client.list_buckets().into_paginator().send();
    let pages = match cx.pages("s3:ListAllMyBuckets", pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap("s3:ListAllMyBuckets", KINDS, &f),
    };
    for b in pages.iter().flat_map(|p| p.buckets()) {
        let Some(name) = b.name() else { continue };
        let region = match b.bucket_region() {
            Some(r) => r.to_string(),
            None => match cx
                .call(
                    "s3:GetBucketLocation",
                    client.get_bucket_location().bucket(name).send(),
                )
                .await
            {
                // No constraint is us-east-1; `EU` is the old name of eu-west-1.
                Ok(l) => match l.location_constraint().map(|c| c.as_str()) {
                    None | Some("") => "us-east-1".into(),
                    Some("EU") => "eu-west-1".into(),
                    Some(r) => r.into(),
                },
                Err(_) => cx.region.clone(),
            },
        };
        if region == cx.region {
            bucket(cx, &client, name).await;
        }
    }
}

/// A refused or failed read: the property is unknown, naming the action. `NotFound`
/// (`NoSuch...Configuration`) means "not configured" and is handled by the caller.
fn unknown(action: &str, f: &Fault) -> Value {
    Cx::unknown(action, f)
}

async fn bucket(cx: &Cx, client: &aws_sdk_s3::Client, name: &str) {
    let arn = format!("arn:{}:s3:::{name}", cx.partition);
    let mut props = Map::new();
    props.insert("BucketName".into(), json!(name));

    let action = "s3:GetEncryptionConfiguration";
    match cx
        .call(action, client.get_bucket_encryption().bucket(name).send())
        .await
    {
        Ok(out) => {
            let rules: Vec<Value> = out
                .server_side_encryption_configuration()
                .map(|c| c.rules())
                .unwrap_or_default()
                .iter()
                .map(|r| {
                    let d = r.apply_server_side_encryption_by_default();
                    json!({
                        "ServerSideEncryptionByDefault": d.map(|d| obj(json!({
                            "SSEAlgorithm": d.sse_algorithm().as_str(),
                            "KMSMasterKeyID": d.kms_master_key_id(),
                        }))),
                        "BucketKeyEnabled": r.bucket_key_enabled(),
                    })
                })
                .map(|v| Value::Object(obj(v)))
                .collect();
            props.insert(
                "BucketEncryption".into(),
                json!({ "ServerSideEncryptionConfiguration": rules }),
            );
        }
        Err(Fault::NotFound(_)) => {}
        Err(f) => {
            props.insert("BucketEncryption".into(), unknown(action, &f));
        }
    }

    let action = "s3:GetBucketVersioning";
    match cx
        .call(action, client.get_bucket_versioning().bucket(name).send())
        .await
    {
        // A bucket never versioned has no status: the property stays absent.
        Ok(out) => {
            if let Some(s) = out.status() {
                props.insert(
                    "VersioningConfiguration".into(),
                    json!({ "Status": s.as_str() }),
                );
            }
        }
        Err(f) => {
            props.insert("VersioningConfiguration".into(), unknown(action, &f));
        }
    }

    let action = "s3:GetBucketPublicAccessBlock";
    match cx
        .call(action, client.get_public_access_block().bucket(name).send())
        .await
    {
        Ok(out) => {
            if let Some(c) = out.public_access_block_configuration() {
                props.insert(
                    "PublicAccessBlockConfiguration".into(),
                    Value::Object(obj(json!({
                        "BlockPublicAcls": c.block_public_acls(),
                        "IgnorePublicAcls": c.ignore_public_acls(),
                        "BlockPublicPolicy": c.block_public_policy(),
                        "RestrictPublicBuckets": c.restrict_public_buckets(),
                    }))),
                );
            }
        }
        Err(Fault::NotFound(_)) => {}
        Err(f) => {
            props.insert("PublicAccessBlockConfiguration".into(), unknown(action, &f));
        }
    }

    let action = "s3:GetBucketLogging";
    match cx
        .call(action, client.get_bucket_logging().bucket(name).send())
        .await
    {
        Ok(out) => {
            if let Some(l) = out.logging_enabled() {
                props.insert(
                    "LoggingConfiguration".into(),
                    json!({
                        "DestinationBucketName": l.target_bucket(),
                        "LogFilePrefix": l.target_prefix(),
                    }),
                );
            }
        }
        Err(f) => {
            props.insert("LoggingConfiguration".into(), unknown(action, &f));
        }
    }

    let action = "s3:GetReplicationConfiguration";
    match cx
        .call(action, client.get_bucket_replication().bucket(name).send())
        .await
    {
        Ok(out) => {
            if let Some(c) = out.replication_configuration() {
                let rules: Vec<Value> = c
                    .rules()
                    .iter()
                    .map(|r| {
                        let d = r.destination();
                        Value::Object(obj(json!({
                            "Id": r.id(),
                            "Status": r.status().as_str(),
                            "Destination": obj(json!({
                                "Bucket": d.map(|d| d.bucket()),
                                "EncryptionConfiguration": d
                                    .and_then(|d| d.encryption_configuration())
                                    .map(|e| obj(json!({"ReplicaKmsKeyID": e.replica_kms_key_id()}))),
                            })),
                        })))
                    })
                    .collect();
                props.insert(
                    "ReplicationConfiguration".into(),
                    json!({ "Role": c.role(), "Rules": rules }),
                );
            }
        }
        Err(Fault::NotFound(_)) => {}
        Err(f) => {
            props.insert("ReplicationConfiguration".into(), unknown(action, &f));
        }
    }

    let action = "s3:GetBucketObjectLockConfiguration";
    match cx
        .call(
            action,
            client.get_object_lock_configuration().bucket(name).send(),
        )
        .await
    {
        Ok(out) => {
            let enabled = out
                .object_lock_configuration()
                .and_then(|c| c.object_lock_enabled())
                .is_some_and(|e| e.as_str() == "Enabled");
            props.insert("ObjectLockEnabled".into(), json!(enabled));
        }
        Err(Fault::NotFound(_)) => {
            props.insert("ObjectLockEnabled".into(), json!(false));
        }
        Err(f) => {
            props.insert("ObjectLockEnabled".into(), unknown(action, &f));
        }
    }

    let tags = match cx
        .call(
            "s3:GetBucketTagging",
            client.get_bucket_tagging().bucket(name).send(),
        )
        .await
    {
        Ok(t) => t
            .tag_set()
            .iter()
            .map(|t| (t.key().to_string(), t.value().to_string()))
            .collect(),
        Err(f) => cx.tags_unread("s3:GetBucketTagging", &arn, &f),
    };

    let action = "s3:GetBucketPolicy";
    match cx
        .call(action, client.get_bucket_policy().bucket(name).send())
        .await
    {
        Ok(out) => {
            if let Some(doc) = out.policy() {
                cx.add(
                    "AWS::S3::BucketPolicy",
                    format!("{arn}/policy"),
                    Vec::new(),
                    obj(json!({ "Bucket": name, "PolicyDocument": policy(doc) })),
                    Vec::new(),
                );
            }
        }
        // NoSuchBucketPolicy: there is no policy.
        Err(Fault::NotFound(_)) => {}
        Err(f) => cx.add(
            "AWS::S3::BucketPolicy",
            format!("{arn}/policy"),
            Vec::new(),
            obj(json!({ "Bucket": name, "PolicyDocument": unknown(action, &f) })),
            Vec::new(),
        ),
    }
    cx.add("AWS::S3::Bucket", arn, vec![name.to_string()], props, tags);
}
