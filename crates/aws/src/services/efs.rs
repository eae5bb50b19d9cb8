//! Amazon EFS: file systems (encryption, backup policy) and their file system policies.

use super::Service;
use crate::cx::{Cx, Fault, obj, policy};
use serde_json::json;

const KINDS: &[&str] = &["AWS::EFS::FileSystem"];

pub static SERVICE: Service = Service {
    name: "efs",
    global: false,
    actions: &[
        "elasticfilesystem:DescribeFileSystems",
        "elasticfilesystem:DescribeBackupPolicy",
        "elasticfilesystem:DescribeFileSystemPolicy",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_efs::Client::new(&cx.sdk);
    let action = "elasticfilesystem:DescribeFileSystems";
    let pages = client.describe_file_systems().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, KINDS, &f),
    };
    for fs in pages.iter().flat_map(|p| p.file_systems()) {
        let id = fs.file_system_id();
        let arn = fs.file_system_arn().map_or_else(
            || cx.arn("elasticfilesystem", &format!("file-system/{id}")),
            str::to_string,
        );
        let mut props = obj(json!({
            "FileSystemId": id,
            "Encrypted": fs.encrypted(),
            "KmsKeyId": fs.kms_key_id(),
            "PerformanceMode": fs.performance_mode().as_str(),
        }));
        let action = "elasticfilesystem:DescribeBackupPolicy";
        let backup = match cx
            .call(
                action,
                client.describe_backup_policy().file_system_id(id).send(),
            )
            .await
        {
            Ok(o) => json!({ "Status": o.backup_policy().map(|b| b.status().as_str()) }),
            Err(Fault::NotFound(_)) => json!({ "Status": "DISABLED" }),
            Err(f) => Cx::unknown(action, &f),
        };
        props.insert("BackupPolicy".into(), backup);
        let action = "elasticfilesystem:DescribeFileSystemPolicy";
        match cx
            .call(
                action,
                client
                    .describe_file_system_policy()
                    .file_system_id(id)
                    .send(),
            )
            .await
        {
            Ok(o) => {
                if let Some(p) = o.policy() {
                    props.insert("FileSystemPolicy".into(), policy(p));
                }
            }
            Err(Fault::NotFound(_)) => {}
            Err(f) => {
                props.insert("FileSystemPolicy".into(), Cx::unknown(action, &f));
            }
        }
        let tags = fs
            .tags()
            .iter()
            .map(|t| (t.key().to_string(), t.value().to_string()))
            .collect();
        cx.add(
            "AWS::EFS::FileSystem",
            arn,
            vec![id.to_string()],
            props,
            tags,
        );
    }
}
