//! AWS Secrets Manager: secrets (name, KMS key, description, tags; never the secret value),
//! their rotation, and their resource policies.

use super::Service;
use crate::cx::{Cx, obj, policy};
use serde_json::json;

const KINDS: &[&str] = &[
    "AWS::SecretsManager::Secret",
    "AWS::SecretsManager::RotationSchedule",
    "AWS::SecretsManager::ResourcePolicy",
];

pub static SERVICE: Service = Service {
    name: "secretsmanager",
    global: false,
    actions: &[
        "secretsmanager:ListSecrets",
        "secretsmanager:GetResourcePolicy",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_secretsmanager::Client::new(&cx.sdk);
    let action = "secretsmanager:ListSecrets";
    let pages = client.list_secrets().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, KINDS, &f),
    };
    for s in pages.iter().flat_map(|p| p.secret_list()) {
        let (Some(arn), Some(name)) = (s.arn(), s.name()) else {
            continue;
        };
        // ListSecrets never returns the value; KmsKeyId is absent when the secret uses the
        // AWS managed key aws/secretsmanager, as AWS reports it.
        let props = obj(json!({
            "Name": name,
            "Description": s.description(),
            "KmsKeyId": s.kms_key_id(),
        }));
        let tags = s
            .tags()
            .iter()
            .filter_map(|t| Some((t.key()?.to_string(), t.value().unwrap_or("").to_string())))
            .collect();
        cx.add(
            "AWS::SecretsManager::Secret",
            arn.to_string(),
            vec![name.to_string()],
            props,
            tags,
        );
        if s.rotation_enabled() == Some(true) {
            let rules = s.rotation_rules().map(|r| {
                obj(json!({
                    "AutomaticallyAfterDays": r.automatically_after_days(),
                    "ScheduleExpression": r.schedule_expression(),
                    "Duration": r.duration(),
                }))
            });
            cx.add(
                "AWS::SecretsManager::RotationSchedule",
                format!("{arn}/rotation"),
                Vec::new(),
                obj(json!({
                    "SecretId": arn,
                    "RotationLambdaARN": s.rotation_lambda_arn().filter(|a| !a.is_empty()),
                    "RotationRules": rules,
                })),
                Vec::new(),
            );
        }
        let action = "secretsmanager:GetResourcePolicy";
        let doc = match cx
            .call(action, client.get_resource_policy().secret_id(arn).send())
            .await
        {
            Ok(o) => match o.resource_policy() {
                Some(text) if !text.trim().is_empty() => policy(text),
                // No policy: nothing to emit.
                _ => continue,
            },
            Err(f) => Cx::unknown(action, &f),
        };
        cx.add(
            "AWS::SecretsManager::ResourcePolicy",
            format!("{arn}/policy"),
            Vec::new(),
            obj(json!({ "SecretId": arn, "ResourcePolicy": doc })),
            Vec::new(),
        );
    }
}
