//! Amazon ECS: clusters (settings, execute-command and managed-storage configuration), the
//! latest ACTIVE revision of each task definition family (container log configurations,
//! environment variable names only, never their values; volumes) and services.

use super::Service;
use crate::cx::{Cx, obj};
use aws_sdk_ecs::types::{
    ClusterField, ServiceField, TaskDefinitionFamilyStatus, TaskDefinitionField,
};
use serde_json::{Map, Value, json};

const KINDS: &[&str] = &[
    "AWS::ECS::Cluster",
    "AWS::ECS::TaskDefinition",
    "AWS::ECS::Service",
];

pub static SERVICE: Service = Service {
    name: "ecs",
    global: false,
    actions: &[
        "ecs:ListClusters",
        "ecs:DescribeClusters",
        "ecs:ListTaskDefinitionFamilies",
        "ecs:DescribeTaskDefinition",
        "ecs:ListServices",
        "ecs:DescribeServices",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

fn tags(list: &[aws_sdk_ecs::types::Tag]) -> Vec<(String, String)> {
    list.iter()
        .filter_map(|t| Some((t.key()?.to_string(), t.value().unwrap_or("").to_string())))
        .collect()
}

async fn collect(cx: &Cx) {
    let client = aws_sdk_ecs::Client::new(&cx.sdk);
    task_definitions(cx, &client).await;
    let action = "ecs:ListClusters";
    let pages = client.list_clusters().into_paginator().send();
    let arns: Vec<String> = match cx.pages(action, pages).await {
        Ok(p) => p.iter().flat_map(|p| p.cluster_arns()).cloned().collect(),
        Err(f) => return cx.gap(action, &["AWS::ECS::Cluster", "AWS::ECS::Service"], &f),
    };
    for chunk in arns.chunks(100) {
        let action = "ecs:DescribeClusters";
        let call = client
            .describe_clusters()
            .set_clusters(Some(chunk.to_vec()))
            .include(ClusterField::Settings)
            .include(ClusterField::Configurations)
            .include(ClusterField::Tags)
            .send();
        match cx.call(action, call).await {
            Ok(out) => {
                for c in out.clusters() {
                    cluster(cx, c);
                }
            }
            Err(f) => {
                // The clusters exist (they were listed); what they hold is unknown.
                for arn in chunk {
                    let unknown = Cx::unknown(action, &f);
                    cx.add(
                        "AWS::ECS::Cluster",
                        arn.clone(),
                        vec![arn.rsplit('/').next().unwrap_or(arn).to_string()],
                        obj(json!({
                            "ClusterSettings": unknown.clone(),
                            "Configuration": unknown,
                        })),
                        Vec::new(),
                    );
                }
            }
        }
    }
    for arn in &arns {
        services(cx, &client, arn).await;
    }
}

fn cluster(cx: &Cx, c: &aws_sdk_ecs::types::Cluster) {
    let (Some(arn), Some(name)) = (c.cluster_arn(), c.cluster_name()) else {
        return;
    };
    let settings: Vec<Value> = c
        .settings()
        .iter()
        .map(|s| {
            obj(json!({
                "Name": s.name().map(|n| n.as_str()),
                "Value": s.value(),
            }))
            .into()
        })
        .collect();
    let configuration = c.configuration().map(|k| {
        obj(json!({
            "ExecuteCommandConfiguration": k.execute_command_configuration().map(|e| obj(json!({
                "KmsKeyId": e.kms_key_id(),
                "Logging": e.logging().map(|l| l.as_str()),
                "LogConfiguration": e.log_configuration().map(|l| obj(json!({
                    "CloudWatchLogGroupName": l.cloud_watch_log_group_name(),
                    "CloudWatchEncryptionEnabled": l.cloud_watch_encryption_enabled(),
                    "S3BucketName": l.s3_bucket_name(),
                    "S3EncryptionEnabled": l.s3_encryption_enabled(),
                    "S3KeyPrefix": l.s3_key_prefix(),
                }))),
            }))),
            "ManagedStorageConfiguration": k.managed_storage_configuration().map(|m| obj(json!({
                "KmsKeyId": m.kms_key_id(),
                "FargateEphemeralStorageKmsKeyId": m.fargate_ephemeral_storage_kms_key_id(),
            }))),
        }))
    });
    cx.add(
        "AWS::ECS::Cluster",
        arn.to_string(),
        vec![name.to_string()],
        obj(json!({
            "ClusterName": name,
            "ClusterSettings": settings,
            "Configuration": configuration,
            "CapacityProviders": c.capacity_providers(),
        })),
        tags(c.tags()),
    );
}

/// Log driver options whose values are credentials (a Splunk token, an HTTP password):
/// recorded as set, never copied.
fn secret_option(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    [
        "token",
        "password",
        "passwd",
        "secret",
        "apikey",
        "api_key",
        "api-key",
        "credential",
    ]
    .iter()
    .any(|s| k.contains(s))
}

fn container(c: &aws_sdk_ecs::types::ContainerDefinition) -> Value {
    // Values may be secrets or PHI: an inventory keeps the names only.
    let environment: Vec<Value> = c
        .environment()
        .iter()
        .filter_map(|v| {
            Some(json!({
                "Name": v.name()?,
                "Value": { "$hidden": "environment variable value" },
            }))
        })
        .collect();
    let log = c.log_configuration().map(|l| {
        let options: Option<Map<String, Value>> = l.options().map(|o| {
            o.iter()
                .map(|(k, v)| {
                    let v = if secret_option(k) {
                        json!({ "$hidden": "log driver option value" })
                    } else {
                        json!(v)
                    };
                    (k.clone(), v)
                })
                .collect()
        });
        obj(json!({
            "LogDriver": l.log_driver().as_str(),
            "Options": options,
            "SecretOptions": l.secret_options().iter().map(|s| json!({
                "Name": s.name(),
                "ValueFrom": s.value_from(),
            })).collect::<Vec<_>>(),
        }))
    });
    obj(json!({
        "Name": c.name(),
        "Image": c.image(),
        "Essential": c.essential(),
        "Privileged": c.privileged(),
        "ReadonlyRootFilesystem": c.readonly_root_filesystem(),
        "User": c.user(),
        "Environment": (!environment.is_empty()).then_some(environment),
        // Secrets name where the value lives (a secret or parameter ARN), not the value.
        "Secrets": (!c.secrets().is_empty()).then(|| c.secrets().iter().map(|s| json!({
            "Name": s.name(),
            "ValueFrom": s.value_from(),
        })).collect::<Vec<_>>()),
        "LogConfiguration": log,
        "PortMappings": c.port_mappings().iter().map(|p| obj(json!({
            "ContainerPort": p.container_port(),
            "HostPort": p.host_port(),
            "Protocol": p.protocol().map(|x| x.as_str()),
        }))).collect::<Vec<_>>(),
    }))
    .into()
}

fn volume(v: &aws_sdk_ecs::types::Volume) -> Value {
    obj(json!({
        "Name": v.name(),
        "Host": v.host().map(|h| obj(json!({ "SourcePath": h.source_path() }))),
        "EFSVolumeConfiguration": v.efs_volume_configuration().map(|e| obj(json!({
            "FilesystemId": e.file_system_id(),
            "RootDirectory": e.root_directory(),
            // As ECS reports it; absent means DISABLED, which the rules know.
            "TransitEncryption": e.transit_encryption().map(|t| t.as_str()),
            "TransitEncryptionPort": e.transit_encryption_port(),
            "AuthorizationConfig": e.authorization_config().map(|a| obj(json!({
                "AccessPointId": a.access_point_id(),
                "IAM": a.iam().map(|i| i.as_str()),
            }))),
        }))),
    }))
    .into()
}

async fn task_definitions(cx: &Cx, client: &aws_sdk_ecs::Client) {
    let action = "ecs:ListTaskDefinitionFamilies";
    let pages = client
        .list_task_definition_families()
        .status(TaskDefinitionFamilyStatus::Active)
        .into_paginator()
        .send();
    let families: Vec<String> = match cx.pages(action, pages).await {
        Ok(p) => p.iter().flat_map(|p| p.families()).cloned().collect(),
        Err(f) => return cx.gap(action, &["AWS::ECS::TaskDefinition"], &f),
    };
    for family in families {
        // A family name resolves to its latest ACTIVE revision.
        let action = "ecs:DescribeTaskDefinition";
        let call = client
            .describe_task_definition()
            .task_definition(&family)
            .include(TaskDefinitionField::Tags)
            .send();
        let out = match cx.call(action, call).await {
            Ok(o) => o,
            Err(f) => {
                cx.add(
                    "AWS::ECS::TaskDefinition",
                    cx.arn("ecs", &format!("task-definition/{family}")),
                    vec![family.clone()],
                    obj(json!({
                        "Family": family,
                        "ContainerDefinitions": Cx::unknown(action, &f),
                        "Volumes": Cx::unknown(action, &f),
                        "RequiresCompatibilities": Cx::unknown(action, &f),
                    })),
                    Vec::new(),
                );
                continue;
            }
        };
        let Some(t) = out.task_definition() else {
            continue;
        };
        let Some(arn) = t.task_definition_arn() else {
            continue;
        };
        let revision = format!("{family}:{}", t.revision());
        let volumes: Vec<Value> = t.volumes().iter().map(volume).collect();
        cx.add(
            "AWS::ECS::TaskDefinition",
            arn.to_string(),
            vec![revision, family.clone()],
            obj(json!({
                "Family": family,
                "TaskRoleArn": t.task_role_arn(),
                "ExecutionRoleArn": t.execution_role_arn(),
                "NetworkMode": t.network_mode().map(|m| m.as_str()),
                "RequiresCompatibilities": t.requires_compatibilities().iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                "Cpu": t.cpu(),
                "Memory": t.memory(),
                "ContainerDefinitions": t.container_definitions().iter().map(container).collect::<Vec<_>>(),
                "Volumes": (!volumes.is_empty()).then_some(volumes),
            })),
            tags(out.tags()),
        );
    }
}

async fn services(cx: &Cx, client: &aws_sdk_ecs::Client, cluster: &str) {
    let action = "ecs:ListServices";
    let pages = client
        .list_services()
        .cluster(cluster)
        .into_paginator()
        .send();
    let arns: Vec<String> = match cx.pages(action, pages).await {
        Ok(p) => p.iter().flat_map(|p| p.service_arns()).cloned().collect(),
        Err(f) => return cx.gap(action, &["AWS::ECS::Service"], &f),
    };
    for chunk in arns.chunks(10) {
        let action = "ecs:DescribeServices";
        let call = client
            .describe_services()
            .cluster(cluster)
            .set_services(Some(chunk.to_vec()))
            .include(ServiceField::Tags)
            .send();
        let out = match cx.call(action, call).await {
            Ok(o) => o,
            Err(f) => {
                for arn in chunk {
                    let unknown = Cx::unknown(action, &f);
                    cx.add(
                        "AWS::ECS::Service",
                        arn.clone(),
                        Vec::new(),
                        obj(json!({
                            "Cluster": cluster,
                            "TaskDefinition": unknown.clone(),
                            "NetworkConfiguration": unknown,
                        })),
                        Vec::new(),
                    );
                }
                continue;
            }
        };
        for s in out.services() {
            let (Some(arn), Some(name)) = (s.service_arn(), s.service_name()) else {
                continue;
            };
            let network = s.network_configuration().map(|n| {
                obj(json!({
                    "AwsvpcConfiguration": n.awsvpc_configuration().map(|a| obj(json!({
                        "Subnets": a.subnets(),
                        "SecurityGroups": a.security_groups(),
                        "AssignPublicIp": a.assign_public_ip().map(|p| p.as_str()),
                    }))),
                }))
            });
            cx.add(
                "AWS::ECS::Service",
                arn.to_string(),
                vec![name.to_string()],
                obj(json!({
                    "ServiceName": name,
                    "Cluster": s.cluster_arn().unwrap_or(cluster),
                    "TaskDefinition": s.task_definition(),
                    "LaunchType": s.launch_type().map(|l| l.as_str()),
                    "PlatformVersion": s.platform_version(),
                    "DesiredCount": s.desired_count(),
                    "EnableExecuteCommand": s.enable_execute_command(),
                    "NetworkConfiguration": network,
                    "LoadBalancers": s.load_balancers().iter().map(|l| obj(json!({
                        "TargetGroupArn": l.target_group_arn(),
                        "LoadBalancerName": l.load_balancer_name(),
                        "ContainerName": l.container_name(),
                        "ContainerPort": l.container_port(),
                    }))).collect::<Vec<_>>(),
                })),
                tags(s.tags()),
            );
        }
    }
}
