//! Keys, audit logs, identity and backups: KMS, CloudTrail, CloudWatch Logs, AWS Config,
//! IAM, AWS Backup, Secrets Manager.

use super::{Mapping, Output, attach, field, nested, sub_list, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// Maps the security and audit types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_kms_key" => {
            m.renames(&[
                ("description", "Description"),
                ("enable_key_rotation", "EnableKeyRotation"),
                ("rotation_period_in_days", "RotationPeriodInDays"),
                ("is_enabled", "Enabled"),
                ("key_usage", "KeyUsage"),
                ("customer_master_key_spec", "KeySpec"),
                ("deletion_window_in_days", "PendingWindowInDays"),
                ("multi_region", "MultiRegion"),
                (
                    "bypass_policy_lockout_safety_check",
                    "BypassPolicyLockoutSafetyCheck",
                ),
            ]);
            m.document("policy", "KeyPolicy");
            "AWS::KMS::Key"
        }
        "aws_kms_alias" => {
            m.renames(&[("name", "AliasName"), ("target_key_id", "TargetKeyId")]);
            "AWS::KMS::Alias"
        }
        "aws_cloudtrail" => {
            m.renames(&[
                ("name", "TrailName"),
                ("s3_bucket_name", "S3BucketName"),
                ("s3_key_prefix", "S3KeyPrefix"),
                (
                    "include_global_service_events",
                    "IncludeGlobalServiceEvents",
                ),
                ("is_multi_region_trail", "IsMultiRegionTrail"),
                ("is_organization_trail", "IsOrganizationTrail"),
                ("enable_log_file_validation", "EnableLogFileValidation"),
                ("kms_key_id", "KMSKeyId"),
                ("cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn"),
                ("cloud_watch_logs_role_arn", "CloudWatchLogsRoleArn"),
                ("sns_topic_name", "SnsTopicName"),
            ]);
            // The provider turns logging on unless `enable_logging = false`.
            let logging = m
                .take("enable_logging")
                .unwrap_or_else(|| Node::new(Value::Bool(true), Some(raw.location.clone())));
            m.set("IsLogging", logging);
            if let Some(e) = m.take("event_selector") {
                let v = match &e.value {
                    Value::List(items) => Node::new(
                        Value::List(
                            items
                                .iter()
                                .map(|s| {
                                    let mut n = sub_map(
                                        s,
                                        &[
                                            ("read_write_type", "ReadWriteType"),
                                            (
                                                "include_management_events",
                                                "IncludeManagementEvents",
                                            ),
                                            (
                                                "exclude_management_event_sources",
                                                "ExcludeManagementEventSources",
                                            ),
                                            ("data_resource", ""),
                                        ],
                                    );
                                    if let (Some(d), Value::Map(m)) =
                                        (field(s, "data_resource"), &mut n.value)
                                    {
                                        m.push((
                                            "DataResources".into(),
                                            sub_list(d, &[("type", "Type"), ("values", "Values")]),
                                        ));
                                    }
                                    n
                                })
                                .collect(),
                        ),
                        e.location.clone(),
                    ),
                    _ => e.clone(),
                };
                m.set("EventSelectors", v);
            }
            if let Some(a) = m.take("advanced_event_selector") {
                m.set("AdvancedEventSelectors", super::generic(&a));
            }
            if let Some(i) = m.take("insight_selector") {
                m.set(
                    "InsightSelectors",
                    sub_list(&i, &[("insight_type", "InsightType")]),
                );
            }
            "AWS::CloudTrail::Trail"
        }
        "aws_cloudwatch_log_group" => {
            m.renames(&[
                ("name", "LogGroupName"),
                ("retention_in_days", "RetentionInDays"),
                ("kms_key_id", "KmsKeyId"),
                ("log_group_class", "LogGroupClass"),
            ]);
            "AWS::Logs::LogGroup"
        }
        "aws_iam_role" => {
            m.renames(&[
                ("name", "RoleName"),
                ("path", "Path"),
                ("description", "Description"),
                ("max_session_duration", "MaxSessionDuration"),
                ("permissions_boundary", "PermissionsBoundary"),
                ("managed_policy_arns", "ManagedPolicyArns"),
            ]);
            m.document("assume_role_policy", "AssumeRolePolicyDocument");
            if let Some(p) = m.take("inline_policy") {
                m.set("Policies", inline_policies(&p));
            }
            "AWS::IAM::Role"
        }
        "aws_iam_policy" => {
            m.renames(&[
                ("name", "ManagedPolicyName"),
                ("path", "Path"),
                ("description", "Description"),
            ]);
            m.document("policy", "PolicyDocument");
            "AWS::IAM::ManagedPolicy"
        }
        "aws_iam_role_policy" | "aws_iam_user_policy" | "aws_iam_group_policy" => {
            let (owner, kind) = match raw.ty.as_str() {
                "aws_iam_role_policy" => (("role", "RoleName"), "AWS::IAM::RolePolicy"),
                "aws_iam_user_policy" => (("user", "UserName"), "AWS::IAM::UserPolicy"),
                _ => (("group", "GroupName"), "AWS::IAM::GroupPolicy"),
            };
            m.renames(&[("name", "PolicyName"), owner]);
            m.document("policy", "PolicyDocument");
            kind
        }
        "aws_iam_role_policy_attachment" => {
            let mut a = attach(&mut m, "role", &["AWS::IAM::Role"], "RoleName");
            if let Some(p) = m.take("policy_arn") {
                a.append.push(("ManagedPolicyArns".into(), p));
            }
            return Some(Output::Attach(a));
        }
        "aws_iam_user" => {
            m.renames(&[
                ("name", "UserName"),
                ("path", "Path"),
                ("permissions_boundary", "PermissionsBoundary"),
            ]);
            "AWS::IAM::User"
        }
        "aws_iam_instance_profile" => {
            m.renames(&[("name", "InstanceProfileName"), ("path", "Path")]);
            if let Some(r) = m.take("role") {
                let loc = r.location.clone();
                m.set("Roles", Node::new(Value::List(vec![r]), loc));
            }
            "AWS::IAM::InstanceProfile"
        }
        "aws_backup_vault" => {
            m.renames(&[
                ("name", "BackupVaultName"),
                ("kms_key_arn", "EncryptionKeyArn"),
            ]);
            "AWS::Backup::BackupVault"
        }
        "aws_backup_vault_lock_configuration" => {
            let mut a = attach(
                &mut m,
                "backup_vault_name",
                &["AWS::Backup::BackupVault"],
                "BackupVaultName",
            );
            for (tf, cfn) in [
                ("min_retention_days", "LockConfiguration.MinRetentionDays"),
                ("max_retention_days", "LockConfiguration.MaxRetentionDays"),
                ("changeable_for_days", "LockConfiguration.ChangeableForDays"),
            ] {
                if let Some(v) = m.take(tf) {
                    a.set.push((cfn.into(), v));
                }
            }
            return Some(Output::Attach(a));
        }
        "aws_backup_vault_policy" => {
            let mut a = attach(
                &mut m,
                "backup_vault_name",
                &["AWS::Backup::BackupVault"],
                "BackupVaultName",
            );
            if let Some(p) = m.take("policy") {
                a.set
                    .push(("AccessPolicy".into(), crate::policy::document(&p)));
            }
            return Some(Output::Attach(a));
        }
        "aws_backup_vault_notifications" => {
            let mut a = attach(
                &mut m,
                "backup_vault_name",
                &["AWS::Backup::BackupVault"],
                "BackupVaultName",
            );
            for (tf, cfn) in [
                ("sns_topic_arn", "Notifications.SNSTopicArn"),
                ("backup_vault_events", "Notifications.BackupVaultEvents"),
            ] {
                if let Some(v) = m.take(tf) {
                    a.set.push((cfn.into(), v));
                }
            }
            return Some(Output::Attach(a));
        }
        "aws_backup_plan" => {
            m.rename("name", "BackupPlan.BackupPlanName");
            if let Some(r) = m.take("rule") {
                m.set("BackupPlan.BackupPlanRule", backup_rules(&r));
            }
            if let Some(s) = m.take("advanced_backup_setting") {
                m.set(
                    "BackupPlan.AdvancedBackupSettings",
                    sub_list(
                        &s,
                        &[
                            ("backup_options", "BackupOptions"),
                            ("resource_type", "ResourceType"),
                        ],
                    ),
                );
            }
            "AWS::Backup::BackupPlan"
        }
        "aws_backup_selection" => {
            m.renames(&[
                ("plan_id", "BackupPlanId"),
                ("name", "BackupSelection.SelectionName"),
                ("iam_role_arn", "BackupSelection.IamRoleArn"),
                ("resources", "BackupSelection.Resources"),
                ("not_resources", "BackupSelection.NotResources"),
            ]);
            if let Some(t) = m.take("selection_tag") {
                m.set(
                    "BackupSelection.ListOfTags",
                    sub_list(
                        &t,
                        &[
                            ("type", "ConditionType"),
                            ("key", "ConditionKey"),
                            ("value", "ConditionValue"),
                        ],
                    ),
                );
            }
            if let Some(c) = m.take("condition") {
                m.set("BackupSelection.Conditions", super::generic(&c));
            }
            "AWS::Backup::BackupSelection"
        }
        "aws_secretsmanager_secret" => {
            m.renames(&[
                ("name", "Name"),
                ("description", "Description"),
                ("kms_key_id", "KmsKeyId"),
            ]);
            m.document("policy", "ResourcePolicy");
            if let Some(r) = m.take("replica") {
                m.set(
                    "ReplicaRegions",
                    sub_list(&r, &[("region", "Region"), ("kms_key_id", "KmsKeyId")]),
                );
            }
            "AWS::SecretsManager::Secret"
        }
        "aws_secretsmanager_secret_rotation" => {
            m.rename("secret_id", "SecretId");
            m.block_map(
                "rotation_rules",
                "RotationRules",
                &[
                    ("automatically_after_days", "AutomaticallyAfterDays"),
                    ("schedule_expression", "ScheduleExpression"),
                    ("duration", "Duration"),
                ],
            );
            m.rename("rotation_lambda_arn", "RotationLambdaARN");
            "AWS::SecretsManager::RotationSchedule"
        }
        "aws_config_configuration_recorder" => {
            m.renames(&[("name", "Name"), ("role_arn", "RoleARN")]);
            for (tf, cfn) in [
                ("recording_group", "RecordingGroup"),
                ("recording_mode", "RecordingMode"),
            ] {
                if let Some(b) = m.block(tf) {
                    m.set(
                        cfn,
                        nested(
                            &b,
                            &[],
                            &[("recording_mode_override", "RecordingModeOverrides")],
                        ),
                    );
                }
            }
            "AWS::Config::ConfigurationRecorder"
        }
        "aws_config_configuration_recorder_status" => {
            m.renames(&[("name", "Name"), ("is_enabled", "IsEnabled")]);
            "AWS::Config::ConfigurationRecorderStatus"
        }
        "aws_config_delivery_channel" => {
            m.renames(&[
                ("name", "Name"),
                ("s3_bucket_name", "S3BucketName"),
                ("s3_key_prefix", "S3KeyPrefix"),
                ("s3_kms_key_arn", "S3KmsKeyArn"),
                ("sns_topic_arn", "SnsTopicARN"),
            ]);
            m.block_map(
                "snapshot_delivery_properties",
                "ConfigSnapshotDeliveryProperties",
                &[("delivery_frequency", "DeliveryFrequency")],
            );
            "AWS::Config::DeliveryChannel"
        }
        "aws_macie2_account" => {
            m.renames(&[
                ("status", "Status"),
                ("finding_publishing_frequency", "FindingPublishingFrequency"),
            ]);
            "AWS::Macie::Session"
        }
        "aws_macie2_classification_job" => {
            m.renames(&[
                ("name", "Name"),
                ("description", "Description"),
                ("job_type", "JobType"),
                ("job_status", "JobStatus"),
                ("initial_run", "InitialRun"),
                ("sampling_percentage", "SamplingPercentage"),
                ("custom_data_identifier_ids", "CustomDataIdentifierIds"),
            ]);
            if let Some(d) = m.take("s3_job_definition") {
                m.set(
                    "S3JobDefinition",
                    super::shape::deep(
                        &d,
                        &[],
                        &["bucket_definitions", "and", "or", "excludes", "includes"],
                    ),
                );
            }
            m.block_map(
                "schedule_frequency",
                "ScheduleFrequency",
                &[
                    ("daily_schedule", "DailySchedule"),
                    ("weekly_schedule", "WeeklySchedule"),
                    ("monthly_schedule", "MonthlySchedule"),
                ],
            );
            "AWS::Macie::ClassificationJob"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

fn inline_policies(p: &Node) -> Node {
    let Value::List(items) = &p.value else {
        return p.clone();
    };
    let out = items
        .iter()
        .map(|i| {
            let mut e = Vec::new();
            if let Some(n) = field(i, "name") {
                e.push(("PolicyName".to_string(), n.clone()));
            }
            if let Some(d) = field(i, "policy") {
                e.push(("PolicyDocument".to_string(), crate::policy::document(d)));
            }
            Node::new(Value::Map(e), i.location.clone())
        })
        .collect();
    Node::new(Value::List(out), p.location.clone())
}

fn backup_rules(r: &Node) -> Node {
    let Value::List(items) = &r.value else {
        return r.clone();
    };
    let lifecycle = [
        ("delete_after", "DeleteAfterDays"),
        ("cold_storage_after", "MoveToColdStorageAfterDays"),
    ];
    let out = items
        .iter()
        .map(|i| {
            let mut n = sub_map(
                i,
                &[
                    ("rule_name", "RuleName"),
                    ("target_vault_name", "TargetBackupVault"),
                    ("schedule", "ScheduleExpression"),
                    ("start_window", "StartWindowMinutes"),
                    ("completion_window", "CompletionWindowMinutes"),
                    ("enable_continuous_backup", "EnableContinuousBackup"),
                    ("recovery_point_tags", "RecoveryPointTags"),
                    ("lifecycle", ""),
                    ("copy_action", ""),
                ],
            );
            if let Value::Map(e) = &mut n.value {
                if let Some(l) = field(i, "lifecycle").and_then(super::first_block) {
                    e.push(("Lifecycle".into(), sub_map(&l, &lifecycle)));
                }
                if let Some(Value::List(copies)) = field(i, "copy_action").map(|c| &c.value) {
                    let list = copies
                        .iter()
                        .map(|c| {
                            let mut n = sub_map(
                                c,
                                &[
                                    ("destination_vault_arn", "DestinationBackupVaultArn"),
                                    ("lifecycle", ""),
                                ],
                            );
                            if let (Some(l), Value::Map(e)) = (
                                field(c, "lifecycle").and_then(super::first_block),
                                &mut n.value,
                            ) {
                                e.push(("Lifecycle".into(), sub_map(&l, &lifecycle)));
                            }
                            n
                        })
                        .collect();
                    e.push((
                        "CopyActions".into(),
                        Node::new(Value::List(list), i.location.clone()),
                    ));
                }
            }
            n
        })
        .collect();
    Node::new(Value::List(out), r.location.clone())
}
