//! AWS Backup: plans, selections, vaults and recovery points.

use super::Service;
use crate::cx::{Cx, obj, time};
use serde_json::{Value, json};

const PLANS: &[&str] = &["AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection"];

pub static SERVICE: Service = Service {
    name: "backup",
    global: false,
    actions: &[
        "backup:ListBackupPlans",
        "backup:GetBackupPlan",
        "backup:ListBackupSelections",
        "backup:GetBackupSelection",
        "backup:ListBackupVaults",
        "backup:ListRecoveryPointsByBackupVault",
    ],
    kinds: &[
        "AWS::Backup::BackupPlan",
        "AWS::Backup::BackupSelection",
        "AWS::Backup::BackupVault",
        "AWS::Backup::RecoveryPoint",
    ],
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_backup::Client::new(&cx.sdk);
    plans(cx, &client).await;
    vaults(cx, &client).await;
}

async fn plans(cx: &Cx, client: &aws_sdk_backup::Client) {
    let action = "backup:ListBackupPlans";
    let pages = client.list_backup_plans().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, PLANS, &f),
    };
    for p in pages.iter().flat_map(|p| p.backup_plans_list()) {
        let (Some(id), Some(arn)) = (p.backup_plan_id(), p.backup_plan_arn()) else {
            continue;
        };
        let action = "backup:GetBackupPlan";
        let plan = match cx
            .call(action, client.get_backup_plan().backup_plan_id(id).send())
            .await
        {
            Ok(o) => o.backup_plan().map_or(Value::Null, |b| {
                json!({
                    "BackupPlanName": b.backup_plan_name(),
                    "BackupPlanRule": b.rules().iter().map(|r| obj(json!({
                        "RuleName": r.rule_name(),
                        "TargetBackupVault": r.target_backup_vault_name(),
                        "ScheduleExpression": r.schedule_expression(),
                        "Lifecycle": r.lifecycle().map(|l| obj(json!({
                            "DeleteAfterDays": l.delete_after_days(),
                            "MoveToColdStorageAfterDays": l.move_to_cold_storage_after_days(),
                        }))),
                        "CopyActions": r.copy_actions().iter().map(|c| obj(json!({
                            "DestinationBackupVaultArn": c.destination_backup_vault_arn(),
                        }))).collect::<Vec<_>>(),
                    }))).collect::<Vec<_>>(),
                })
            }),
            Err(f) => Cx::unknown(action, &f),
        };
        cx.add(
            "AWS::Backup::BackupPlan",
            arn.to_string(),
            vec![id.to_string()],
            obj(json!({ "BackupPlan": plan })),
            Vec::new(),
        );
        let action = "backup:ListBackupSelections";
        let pages = client
            .list_backup_selections()
            .backup_plan_id(id)
            .into_paginator()
            .send();
        let selections = match cx.pages(action, pages).await {
            Ok(p) => p,
            Err(f) => {
                cx.gap(action, &PLANS[1..], &f);
                continue;
            }
        };
        for s in selections.iter().flat_map(|p| p.backup_selections_list()) {
            let Some(sid) = s.selection_id() else {
                continue;
            };
            let action = "backup:GetBackupSelection";
            let selection = match cx
                .call(
                    action,
                    client
                        .get_backup_selection()
                        .backup_plan_id(id)
                        .selection_id(sid)
                        .send(),
                )
                .await
            {
                Ok(o) => o.backup_selection().map_or(Value::Null, |b| {
                    json!(obj(json!({
                        "SelectionName": b.selection_name(),
                        "IamRoleArn": b.iam_role_arn(),
                        "Resources": b.resources(),
                        "NotResources": b.not_resources(),
                        "ListOfTags": b.list_of_tags().iter().map(|t| json!({
                            "ConditionType": t.condition_type().as_str(),
                            "ConditionKey": t.condition_key(),
                            "ConditionValue": t.condition_value(),
                        })).collect::<Vec<_>>(),
                    })))
                }),
                Err(f) => Cx::unknown(action, &f),
            };
            cx.add(
                "AWS::Backup::BackupSelection",
                format!("{arn}/selection/{sid}"),
                Vec::new(),
                obj(json!({ "BackupPlanId": id, "BackupSelection": selection })),
                Vec::new(),
            );
        }
    }
}

async fn vaults(cx: &Cx, client: &aws_sdk_backup::Client) {
    let action = "backup:ListBackupVaults";
    let pages = client.list_backup_vaults().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => {
            return cx.gap(
                action,
                &["AWS::Backup::BackupVault", "AWS::Backup::RecoveryPoint"],
                &f,
            );
        }
    };
    for v in pages.iter().flat_map(|p| p.backup_vault_list()) {
        let (Some(name), Some(arn)) = (v.backup_vault_name(), v.backup_vault_arn()) else {
            continue;
        };
        cx.add(
            "AWS::Backup::BackupVault",
            arn.to_string(),
            vec![name.to_string()],
            obj(json!({ "BackupVaultName": name, "EncryptionKeyArn": v.encryption_key_arn() })),
            Vec::new(),
        );
        let action = "backup:ListRecoveryPointsByBackupVault";
        let pages = client
            .list_recovery_points_by_backup_vault()
            .backup_vault_name(name)
            .into_paginator()
            .send();
        match cx.pages(action, pages).await {
            Ok(pages) => {
                for r in pages.iter().flat_map(|p| p.recovery_points()) {
                    let Some(rp) = r.recovery_point_arn() else {
                        continue;
                    };
                    cx.add(
                        "AWS::Backup::RecoveryPoint",
                        rp.to_string(),
                        Vec::new(),
                        obj(json!({
                            "RecoveryPointArn": rp,
                            "ResourceArn": r.resource_arn(),
                            "ResourceType": r.resource_type(),
                            "BackupVaultName": name,
                            "CreationDate": time(r.creation_date()),
                            "Status": r.status().map(|s| s.as_str()),
                            "IsEncrypted": r.is_encrypted(),
                        })),
                        Vec::new(),
                    );
                }
            }
            Err(f) => cx.gap(action, &["AWS::Backup::RecoveryPoint"], &f),
        }
    }
}
