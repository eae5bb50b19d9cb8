//! Containers: ECR repositories, ECS task definitions, EKS clusters.

use super::{Mapping, Output, first_block, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// Maps the container types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_ecr_repository" => {
            m.renames(&[
                ("name", "RepositoryName"),
                ("image_tag_mutability", "ImageTagMutability"),
                ("force_delete", "EmptyOnDelete"),
            ]);
            m.block_map(
                "encryption_configuration",
                "EncryptionConfiguration",
                &[("encryption_type", "EncryptionType"), ("kms_key", "KmsKey")],
            );
            m.block_map(
                "image_scanning_configuration",
                "ImageScanningConfiguration",
                &[("scan_on_push", "ScanOnPush")],
            );
            "AWS::ECR::Repository"
        }
        "aws_ecs_task_definition" => {
            m.renames(&[
                ("family", "Family"),
                ("requires_compatibilities", "RequiresCompatibilities"),
                ("network_mode", "NetworkMode"),
                ("cpu", "Cpu"),
                ("memory", "Memory"),
                ("task_role_arn", "TaskRoleArn"),
                ("execution_role_arn", "ExecutionRoleArn"),
                ("pid_mode", "PidMode"),
                ("ipc_mode", "IpcMode"),
            ]);
            if let Some(c) = m.take("container_definitions") {
                m.set("ContainerDefinitions", container_definitions(&c));
            }
            if let Some(v) = m.take("volume") {
                let v = match &v.value {
                    Value::List(items) => Node::new(
                        Value::List(items.iter().map(volume).collect()),
                        v.location.clone(),
                    ),
                    _ => v,
                };
                m.set("Volumes", v);
            }
            m.block_map(
                "runtime_platform",
                "RuntimePlatform",
                &[
                    ("operating_system_family", "OperatingSystemFamily"),
                    ("cpu_architecture", "CpuArchitecture"),
                ],
            );
            m.block_map(
                "ephemeral_storage",
                "EphemeralStorage",
                &[("size_in_gib", "SizeInGiB")],
            );
            "AWS::ECS::TaskDefinition"
        }
        "aws_eks_cluster" => {
            eks_cluster(&mut m);
            "AWS::EKS::Cluster"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

/// `container_definitions` (JSON text or `jsonencode`, ECS API camelCase keys) with the
/// CloudFormation property names: each key's first letter upper-cased, except inside
/// the maps of option names (`logConfiguration.options`, `dockerLabels`).
fn container_definitions(n: &Node) -> Node {
    fn keys(n: &Node, keep: bool) -> Node {
        let value = match &n.value {
            Value::Map(entries) => Value::Map(
                entries
                    .iter()
                    .map(|(k, v)| {
                        let inner = matches!(k.as_str(), "options" | "dockerLabels");
                        let k = if keep { k.clone() } else { upper_first(k) };
                        (k, keys(v, inner))
                    })
                    .collect(),
            ),
            Value::List(items) => Value::List(items.iter().map(|i| keys(i, false)).collect()),
            other => other.clone(),
        };
        Node::new(value, n.location.clone())
    }
    let doc = crate::policy::document(n);
    match doc.value {
        Value::List(_) => keys(&doc, false),
        _ => doc,
    }
}

fn upper_first(k: &str) -> String {
    let mut c = k.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

/// One `volume` block as a CloudFormation `Volume`.
fn volume(b: &Node) -> Node {
    if !matches!(b.value, Value::Map(_)) {
        return b.clone();
    }
    let mut out = sub_map(
        b,
        &[
            ("name", "Name"),
            ("host_path", "Host.SourcePath"),
            ("configure_at_launch", "ConfiguredAtLaunch"),
            ("efs_volume_configuration", ""),
            ("fsx_windows_file_server_volume_configuration", ""),
            ("docker_volume_configuration", ""),
        ],
    );
    let Value::Map(e) = &mut out.value else {
        return out;
    };
    let field = |k: &str| {
        b.entries()
            .iter()
            .find(|(x, _)| x == k)
            .and_then(|(_, v)| first_block(v))
    };
    if let Some(efs) = field("efs_volume_configuration") {
        let mut cfg = sub_map(
            &efs,
            &[
                ("file_system_id", "FilesystemId"),
                ("root_directory", "RootDirectory"),
                ("transit_encryption", "TransitEncryption"),
                ("transit_encryption_port", "TransitEncryptionPort"),
                ("authorization_config", ""),
            ],
        );
        if let (Value::Map(c), Some(auth)) = (
            &mut cfg.value,
            efs.entries()
                .iter()
                .find(|(x, _)| x == "authorization_config")
                .and_then(|(_, v)| first_block(v)),
        ) {
            c.push((
                "AuthorizationConfig".into(),
                sub_map(
                    &auth,
                    &[("access_point_id", "AccessPointId"), ("iam", "IAM")],
                ),
            ));
        }
        e.push(("EFSVolumeConfiguration".into(), cfg));
    }
    if let Some(fsx) = field("fsx_windows_file_server_volume_configuration") {
        let mut cfg = sub_map(
            &fsx,
            &[
                ("file_system_id", "FileSystemId"),
                ("root_directory", "RootDirectory"),
                ("authorization_config", ""),
            ],
        );
        if let (Value::Map(c), Some(auth)) = (
            &mut cfg.value,
            fsx.entries()
                .iter()
                .find(|(x, _)| x == "authorization_config")
                .and_then(|(_, v)| first_block(v)),
        ) {
            c.push((
                "AuthorizationConfig".into(),
                sub_map(
                    &auth,
                    &[
                        ("credentials_parameter", "CredentialsParameter"),
                        ("domain", "Domain"),
                    ],
                ),
            ));
        }
        e.push(("FSxWindowsFileServerVolumeConfiguration".into(), cfg));
    }
    if let Some(docker) = field("docker_volume_configuration") {
        e.push(("DockerVolumeConfiguration".into(), sub_map(&docker, &[])));
    }
    out
}

fn eks_cluster(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "Name"),
        ("version", "Version"),
        ("role_arn", "RoleArn"),
        (
            "bootstrap_self_managed_addons",
            "BootstrapSelfManagedAddons",
        ),
    ]);
    m.block_map(
        "vpc_config",
        "ResourcesVpcConfig",
        &[
            ("subnet_ids", "SubnetIds"),
            ("security_group_ids", "SecurityGroupIds"),
            ("endpoint_public_access", "EndpointPublicAccess"),
            ("endpoint_private_access", "EndpointPrivateAccess"),
            ("public_access_cidrs", "PublicAccessCidrs"),
        ],
    );
    if let Some(e) = m.take("encryption_config") {
        let configs = match &e.value {
            Value::List(items) => Node::new(
                Value::List(items.iter().map(encryption_config).collect()),
                e.location.clone(),
            ),
            _ => e,
        };
        m.set("EncryptionConfig", configs);
    }
    // CloudFormation lists the enabled types as `{Type: api}` entries.
    if let Some(t) = m.take("enabled_cluster_log_types") {
        let types = match &t.value {
            Value::List(items) => Node::new(
                Value::List(
                    items
                        .iter()
                        .map(|i| {
                            Node::new(
                                Value::Map(vec![("Type".into(), i.clone())]),
                                i.location.clone(),
                            )
                        })
                        .collect(),
                ),
                t.location.clone(),
            ),
            _ => t,
        };
        m.set("Logging.ClusterLogging.EnabledTypes", types);
    }
    m.block_map(
        "access_config",
        "AccessConfig",
        &[
            ("authentication_mode", "AuthenticationMode"),
            (
                "bootstrap_cluster_creator_admin_permissions",
                "BootstrapClusterCreatorAdminPermissions",
            ),
        ],
    );
    m.block_map(
        "kubernetes_network_config",
        "KubernetesNetworkConfig",
        &[
            ("service_ipv4_cidr", "ServiceIpv4Cidr"),
            ("ip_family", "IpFamily"),
        ],
    );
}

/// One `encryption_config` block: its single `provider` block becomes a map.
fn encryption_config(b: &Node) -> Node {
    let mut out = sub_map(b, &[("resources", "Resources"), ("provider", "")]);
    if let (Value::Map(e), Some(p)) = (
        &mut out.value,
        b.entries()
            .iter()
            .find(|(k, _)| k == "provider")
            .and_then(|(_, v)| first_block(v)),
    ) {
        e.push(("Provider".into(), sub_map(&p, &[("key_arn", "KeyArn")])));
    }
    out
}
