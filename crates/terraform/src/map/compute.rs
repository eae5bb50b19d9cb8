//! Compute and storage attached to it: EBS, EC2 instances, launch templates and
//! configurations, EFS, FSx, Lambda.

use super::shape::deep;
use super::{Mapping, Output, attach, field, first_block, generic, sub_list, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

const EBS: &[(&str, &str)] = &[
    ("encrypted", "Encrypted"),
    ("kms_key_id", "KmsKeyId"),
    ("volume_size", "VolumeSize"),
    ("volume_type", "VolumeType"),
    ("iops", "Iops"),
    ("throughput", "Throughput"),
    ("snapshot_id", "SnapshotId"),
    ("delete_on_termination", "DeleteOnTermination"),
];

const METADATA: &[(&str, &str)] = &[
    ("http_tokens", "HttpTokens"),
    ("http_endpoint", "HttpEndpoint"),
    ("http_put_response_hop_limit", "HttpPutResponseHopLimit"),
    ("instance_metadata_tags", "InstanceMetadataTags"),
    ("http_protocol_ipv6", "HttpProtocolIpv6"),
];

/// Maps the compute types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_ebs_volume" => {
            m.renames(&[
                ("availability_zone", "AvailabilityZone"),
                ("size", "Size"),
                ("type", "VolumeType"),
                ("encrypted", "Encrypted"),
                ("kms_key_id", "KmsKeyId"),
                ("iops", "Iops"),
                ("throughput", "Throughput"),
                ("snapshot_id", "SnapshotId"),
                ("multi_attach_enabled", "MultiAttachEnabled"),
            ]);
            "AWS::EC2::Volume"
        }
        "aws_instance" => {
            m.renames(&[
                ("ami", "ImageId"),
                ("instance_type", "InstanceType"),
                ("subnet_id", "SubnetId"),
                ("vpc_security_group_ids", "SecurityGroupIds"),
                ("security_groups", "SecurityGroups"),
                ("iam_instance_profile", "IamInstanceProfile"),
                ("user_data", "UserData"),
                ("key_name", "KeyName"),
                ("tenancy", "Tenancy"),
                ("monitoring", "Monitoring"),
                ("ebs_optimized", "EbsOptimized"),
                ("disable_api_termination", "DisableApiTermination"),
                ("associate_public_ip_address", "AssociatePublicIpAddress"),
            ]);
            block_devices(&mut m);
            m.block_map("metadata_options", "MetadataOptions", METADATA);
            m.block_map(
                "launch_template",
                "LaunchTemplate",
                &[
                    ("id", "LaunchTemplateId"),
                    ("name", "LaunchTemplateName"),
                    ("version", "Version"),
                ],
            );
            "AWS::EC2::Instance"
        }
        "aws_launch_configuration" => {
            m.renames(&[
                ("name", "LaunchConfigurationName"),
                ("image_id", "ImageId"),
                ("instance_type", "InstanceType"),
                ("security_groups", "SecurityGroups"),
                ("iam_instance_profile", "IamInstanceProfile"),
                ("user_data", "UserData"),
                ("key_name", "KeyName"),
                ("associate_public_ip_address", "AssociatePublicIpAddress"),
                ("enable_monitoring", "InstanceMonitoring"),
                ("placement_tenancy", "PlacementTenancy"),
                ("ebs_optimized", "EbsOptimized"),
            ]);
            block_devices(&mut m);
            m.block_map("metadata_options", "MetadataOptions", METADATA);
            "AWS::AutoScaling::LaunchConfiguration"
        }
        "aws_launch_template" => {
            launch_template(&mut m);
            "AWS::EC2::LaunchTemplate"
        }
        "aws_efs_file_system" => {
            m.renames(&[
                ("encrypted", "Encrypted"),
                ("kms_key_id", "KmsKeyId"),
                ("performance_mode", "PerformanceMode"),
                ("throughput_mode", "ThroughputMode"),
                (
                    "provisioned_throughput_in_mibps",
                    "ProvisionedThroughputInMibps",
                ),
                ("availability_zone_name", "AvailabilityZoneName"),
            ]);
            if let Some(l) = m.take("lifecycle_policy") {
                m.set(
                    "LifecyclePolicies",
                    sub_list(
                        &l,
                        &[
                            ("transition_to_ia", "TransitionToIA"),
                            (
                                "transition_to_primary_storage_class",
                                "TransitionToPrimaryStorageClass",
                            ),
                            ("transition_to_archive", "TransitionToArchive"),
                        ],
                    ),
                );
            }
            "AWS::EFS::FileSystem"
        }
        "aws_efs_backup_policy" => {
            let mut a = attach(
                &mut m,
                "file_system_id",
                &["AWS::EFS::FileSystem"],
                "FileSystemId",
            );
            if let Some(b) = m.block("backup_policy") {
                match field(&b, "status") {
                    Some(s) => a.set.push(("BackupPolicy.Status".into(), s.clone())),
                    None => a.set.push(("BackupPolicy".into(), b.clone())),
                }
            }
            return Some(Output::Attach(a));
        }
        "aws_efs_file_system_policy" => {
            let mut a = attach(
                &mut m,
                "file_system_id",
                &["AWS::EFS::FileSystem"],
                "FileSystemId",
            );
            if let Some(p) = m.take("policy") {
                a.set
                    .push(("FileSystemPolicy".into(), crate::policy::document(&p)));
            }
            return Some(Output::Attach(a));
        }
        "aws_efs_mount_target" => {
            m.renames(&[
                ("file_system_id", "FileSystemId"),
                ("subnet_id", "SubnetId"),
                ("security_groups", "SecurityGroups"),
                ("ip_address", "IpAddress"),
            ]);
            "AWS::EFS::MountTarget"
        }
        "aws_fsx_lustre_file_system"
        | "aws_fsx_windows_file_system"
        | "aws_fsx_ontap_file_system"
        | "aws_fsx_openzfs_file_system" => {
            fsx(&mut m);
            "AWS::FSx::FileSystem"
        }
        "aws_lambda_function" => {
            lambda(&mut m);
            "AWS::Lambda::Function"
        }
        "aws_lambda_function_url" => {
            m.renames(&[
                ("function_name", "TargetFunctionArn"),
                ("authorization_type", "AuthType"),
                ("qualifier", "Qualifier"),
                ("invoke_mode", "InvokeMode"),
            ]);
            "AWS::Lambda::Url"
        }
        "aws_lambda_permission" => {
            m.renames(&[
                ("action", "Action"),
                ("function_name", "FunctionName"),
                ("principal", "Principal"),
                ("source_arn", "SourceArn"),
                ("source_account", "SourceAccount"),
                ("function_url_auth_type", "FunctionUrlAuthType"),
            ]);
            "AWS::Lambda::Permission"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

/// `root_block_device` and `ebs_block_device` blocks into `BlockDeviceMappings`.
fn block_devices(m: &mut Mapping<'_>) {
    let mut items = Vec::new();
    let mut unknown = None;
    for tf in ["root_block_device", "ebs_block_device"] {
        let Some(blocks) = m.take(tf) else { continue };
        match &blocks.value {
            Value::List(list) => {
                for b in list {
                    let mut e = Vec::new();
                    if let Some(d) = field(b, "device_name") {
                        e.push(("DeviceName".to_string(), d.clone()));
                    }
                    let ebs = sub_map(b, &[&[("device_name", ""), ("tags", "")][..], EBS].concat());
                    e.push(("Ebs".to_string(), ebs));
                    items.push(Node::new(Value::Map(e), b.location.clone()));
                }
            }
            Value::Unknown(_) => unknown = Some(blocks.clone()),
            _ => {}
        }
    }
    if let Some(u) = unknown {
        m.set("BlockDeviceMappings", u);
    } else if !items.is_empty() {
        let loc = items[0].location.clone();
        m.set("BlockDeviceMappings", Node::new(Value::List(items), loc));
    }
    if let Some(e) = m.take("ephemeral_block_device") {
        let _ = e;
    }
}

fn launch_template(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "LaunchTemplateName"),
        ("image_id", "LaunchTemplateData.ImageId"),
        ("instance_type", "LaunchTemplateData.InstanceType"),
        ("key_name", "LaunchTemplateData.KeyName"),
        ("user_data", "LaunchTemplateData.UserData"),
        (
            "vpc_security_group_ids",
            "LaunchTemplateData.SecurityGroupIds",
        ),
        ("security_group_names", "LaunchTemplateData.SecurityGroups"),
        ("ebs_optimized", "LaunchTemplateData.EbsOptimized"),
        (
            "disable_api_termination",
            "LaunchTemplateData.DisableApiTermination",
        ),
    ]);
    if let Some(bdm) = m.take("block_device_mappings") {
        let v = match &bdm.value {
            Value::List(items) => Node::new(
                Value::List(
                    items
                        .iter()
                        .map(|b| {
                            let mut e = Vec::new();
                            for (k, v) in b.entries() {
                                match k.as_str() {
                                    "device_name" => e.push(("DeviceName".to_string(), v.clone())),
                                    "ebs" => {
                                        if let Some(ebs) = first_block(v) {
                                            e.push(("Ebs".to_string(), sub_map(&ebs, EBS)));
                                        }
                                    }
                                    other => e.push((super::pascal(other), generic(v))),
                                }
                            }
                            Node::new(Value::Map(e), b.location.clone())
                        })
                        .collect(),
                ),
                bdm.location.clone(),
            ),
            _ => bdm.clone(),
        };
        m.set("LaunchTemplateData.BlockDeviceMappings", v);
    }
    m.block_map(
        "metadata_options",
        "LaunchTemplateData.MetadataOptions",
        METADATA,
    );
    m.block_map(
        "iam_instance_profile",
        "LaunchTemplateData.IamInstanceProfile",
        &[("arn", "Arn"), ("name", "Name")],
    );
    m.block_map(
        "monitoring",
        "LaunchTemplateData.Monitoring",
        &[("enabled", "Enabled")],
    );
    if let Some(n) = m.take("network_interfaces") {
        m.set("LaunchTemplateData.NetworkInterfaces", generic(&n));
    }
}

fn lambda(m: &mut Mapping<'_>) {
    m.renames(&[
        ("function_name", "FunctionName"),
        ("role", "Role"),
        ("runtime", "Runtime"),
        ("handler", "Handler"),
        ("kms_key_arn", "KmsKeyArn"),
        (
            "reserved_concurrent_executions",
            "ReservedConcurrentExecutions",
        ),
        ("layers", "Layers"),
        ("memory_size", "MemorySize"),
        ("timeout", "Timeout"),
        ("package_type", "PackageType"),
        ("architectures", "Architectures"),
        ("code_signing_config_arn", "CodeSigningConfigArn"),
        ("description", "Description"),
        ("image_uri", "Code.ImageUri"),
        ("s3_bucket", "Code.S3Bucket"),
        ("s3_key", "Code.S3Key"),
        ("s3_object_version", "Code.S3ObjectVersion"),
    ]);
    m.block_map("environment", "Environment", &[("variables", "Variables")]);
    m.block_map(
        "vpc_config",
        "VpcConfig",
        &[
            ("subnet_ids", "SubnetIds"),
            ("security_group_ids", "SecurityGroupIds"),
            ("ipv6_allowed_for_dual_stack", "Ipv6AllowedForDualStack"),
        ],
    );
    m.block_map("tracing_config", "TracingConfig", &[("mode", "Mode")]);
    m.block_map(
        "dead_letter_config",
        "DeadLetterConfig",
        &[("target_arn", "TargetArn")],
    );
    m.block_map("ephemeral_storage", "EphemeralStorage", &[("size", "Size")]);
    m.block_map("logging_config", "LoggingConfig", &[]);
    if let Some(f) = m.take("file_system_config") {
        m.set(
            "FileSystemConfigs",
            sub_list(
                &f,
                &[("arn", "Arn"), ("local_mount_path", "LocalMountPath")],
            ),
        );
    }
}

/// Arguments common to the FSx types, at the top of `AWS::FSx::FileSystem`.
const FSX_COMMON: &[(&str, &str)] = &[
    ("storage_capacity", "StorageCapacity"),
    ("storage_type", "StorageType"),
    ("subnet_ids", "SubnetIds"),
    ("security_group_ids", "SecurityGroupIds"),
    ("kms_key_id", "KmsKeyId"),
    ("file_system_type_version", "FileSystemTypeVersion"),
    ("backup_id", "BackupId"),
];

/// FSx file systems: one CloudFormation type whose `FileSystemType` the Terraform type
/// names; the other arguments go into the type's configuration block.
fn fsx(m: &mut Mapping<'_>) {
    let (ty, config) = match m.raw.ty.as_str() {
        "aws_fsx_lustre_file_system" => ("LUSTRE", "LustreConfiguration"),
        "aws_fsx_windows_file_system" => ("WINDOWS", "WindowsConfiguration"),
        "aws_fsx_ontap_file_system" => ("ONTAP", "OntapConfiguration"),
        _ => ("OPENZFS", "OpenZFSConfiguration"),
    };
    m.set(
        "FileSystemType",
        Node::new(Value::Str(ty.into()), Some(m.raw.location.clone())),
    );
    m.renames(FSX_COMMON);
    let raw = m.raw;
    for (k, v) in raw.attrs.entries() {
        if FSX_COMMON.iter().any(|(c, _)| c == k)
            || matches!(
                k.as_str(),
                "tags" | "tags_all" | "skip_final_backup" | "final_backup_tags"
            )
        {
            continue;
        }
        m.take(k);
        let name = match k.as_str() {
            "self_managed_active_directory" => "SelfManagedActiveDirectoryConfiguration".into(),
            "ha_pairs" => "HAPairs".into(),
            "throughput_capacity_per_ha_pair" => "ThroughputCapacityPerHAPair".into(),
            _ => super::pascal(k),
        };
        m.set(&format!("{config}.{name}"), deep(v, &[], &[]));
    }
}
