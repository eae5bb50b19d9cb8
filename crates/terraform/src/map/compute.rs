//! Compute and storage attached to it: EBS, EC2 instances, launch templates and
//! configurations, EFS, Lambda; Storage Gateway gateways and file shares.

use super::shape::deep;
use super::{Mapping, Output, attach, field, first_block, generic, nested, sub_list, sub_map};
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

/// Arguments common to NFS and SMB file shares.
const FILE_SHARE: &[(&str, &str)] = &[
    ("gateway_arn", "GatewayARN"),
    ("location_arn", "LocationARN"),
    ("role_arn", "Role"),
    ("file_share_name", "FileShareName"),
    ("kms_encrypted", "KMSEncrypted"),
    ("kms_key_arn", "KMSKey"),
    ("encryption_type", "EncryptionType"),
    ("audit_destination_arn", "AuditDestinationARN"),
    ("default_storage_class", "DefaultStorageClass"),
    ("object_acl", "ObjectACL"),
    ("read_only", "ReadOnly"),
    ("requester_pays", "RequesterPays"),
    ("guess_mime_type_enabled", "GuessMIMETypeEnabled"),
    ("bucket_region", "BucketRegion"),
    ("vpc_endpoint_dns_name", "VPCEndpointDNSName"),
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
        "aws_storagegateway_gateway" => {
            // No CloudFormation type: the names are those of the Storage Gateway API.
            m.renames(&[
                ("gateway_name", "GatewayName"),
                ("gateway_timezone", "GatewayTimezone"),
                ("gateway_type", "GatewayType"),
                ("cloudwatch_log_group_arn", "CloudWatchLogGroupARN"),
                ("gateway_vpc_endpoint", "GatewayVpcEndpoint"),
                ("smb_security_strategy", "SMBSecurityStrategy"),
            ]);
            "AWS::StorageGateway::Gateway"
        }
        "aws_storagegateway_nfs_file_share" => {
            m.renames(FILE_SHARE);
            m.rename("client_list", "ClientList");
            m.rename("squash", "Squash");
            m.block_map(
                "nfs_file_share_defaults",
                "NFSFileShareDefaults",
                &[
                    ("directory_mode", "DirectoryMode"),
                    ("file_mode", "FileMode"),
                    ("group_id", "GroupId"),
                    ("owner_id", "OwnerId"),
                ],
            );
            "AWS::StorageGateway::NFSFileShare"
        }
        "aws_storagegateway_smb_file_share" => {
            m.renames(FILE_SHARE);
            m.renames(&[
                ("authentication", "Authentication"),
                ("valid_user_list", "ValidUserList"),
                ("invalid_user_list", "InvalidUserList"),
                ("admin_user_list", "AdminUserList"),
                ("smb_acl_enabled", "SMBACLEnabled"),
                ("access_based_enumeration", "AccessBasedEnumeration"),
                ("case_sensitivity", "CaseSensitivity"),
                ("oplocks_enabled", "OplocksEnabled"),
            ]);
            "AWS::StorageGateway::SMBFileShare"
        }
        "aws_ebs_encryption_by_default" => {
            // The provider's default: enabled unless written.
            let enabled = m
                .take("enabled")
                .unwrap_or_else(|| Node::new(Value::Bool(true), Some(raw.location.clone())));
            m.set("Enabled", enabled);
            "AWS::EC2::EBSEncryptionByDefault"
        }
        "aws_autoscaling_group" => {
            autoscaling_group(&mut m);
            "AWS::AutoScaling::AutoScalingGroup"
        }
        "aws_batch_compute_environment" => {
            // `name` since provider v6, `compute_environment_name` before.
            m.renames(&[
                ("name", "ComputeEnvironmentName"),
                ("compute_environment_name", "ComputeEnvironmentName"),
                ("type", "Type"),
                ("state", "State"),
                ("service_role", "ServiceRole"),
            ]);
            if let Some(c) = m.block("compute_resources") {
                m.set(
                    "ComputeResources",
                    nested(
                        &c,
                        &[
                            ("max_vcpus", "MaxvCpus"),
                            ("min_vcpus", "MinvCpus"),
                            ("desired_vcpus", "DesiredvCpus"),
                            ("instance_type", "InstanceTypes"),
                        ],
                        &[("ec2_configuration", "Ec2Configuration")],
                    ),
                );
            }
            "AWS::Batch::ComputeEnvironment"
        }
        "aws_batch_job_definition" => {
            m.renames(&[
                ("name", "JobDefinitionName"),
                ("type", "Type"),
                ("parameters", "Parameters"),
                ("platform_capabilities", "PlatformCapabilities"),
                ("propagate_tags", "PropagateTags"),
                ("scheduling_priority", "SchedulingPriority"),
            ]);
            for (tf, cfn) in [
                ("container_properties", "ContainerProperties"),
                ("node_properties", "NodeProperties"),
                ("ecs_properties", "EcsProperties"),
            ] {
                if let Some(d) = m.take(tf) {
                    m.set(cfn, capitalized(&crate::policy::document(&d), false));
                }
            }
            for (tf, cfn) in [("retry_strategy", "RetryStrategy"), ("timeout", "Timeout")] {
                if let Some(b) = m.block(tf) {
                    m.set(
                        cfn,
                        nested(&b, &[], &[("evaluate_on_exit", "EvaluateOnExit")]),
                    );
                }
            }
            "AWS::Batch::JobDefinition"
        }
        "aws_batch_job_queue" => {
            m.renames(&[
                ("name", "JobQueueName"),
                ("priority", "Priority"),
                ("state", "State"),
                ("scheduling_policy_arn", "SchedulingPolicyArn"),
            ]);
            if let Some(o) = m.take("compute_environment_order") {
                m.set("ComputeEnvironmentOrder", sub_list(&o, &[]));
            }
            "AWS::Batch::JobQueue"
        }

        "aws_fsx_lustre_file_system"
        | "aws_fsx_windows_file_system"
        | "aws_fsx_ontap_file_system"
        | "aws_fsx_openzfs_file_system" => {
            fsx(&mut m);
            "AWS::FSx::FileSystem"
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

fn autoscaling_group(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "AutoScalingGroupName"),
        ("min_size", "MinSize"),
        ("max_size", "MaxSize"),
        ("desired_capacity", "DesiredCapacity"),
        ("vpc_zone_identifier", "VPCZoneIdentifier"),
        ("availability_zones", "AvailabilityZones"),
        ("launch_configuration", "LaunchConfigurationName"),
        ("target_group_arns", "TargetGroupARNs"),
        ("load_balancers", "LoadBalancerNames"),
        ("health_check_type", "HealthCheckType"),
        ("health_check_grace_period", "HealthCheckGracePeriod"),
        ("default_cooldown", "Cooldown"),
        ("service_linked_role_arn", "ServiceLinkedRoleARN"),
        ("termination_policies", "TerminationPolicies"),
        ("capacity_rebalance", "CapacityRebalance"),
    ]);
    m.block_map(
        "launch_template",
        "LaunchTemplate",
        &[
            ("id", "LaunchTemplateId"),
            ("name", "LaunchTemplateName"),
            ("version", "Version"),
        ],
    );
    if let Some(p) = m.block("mixed_instances_policy") {
        m.set(
            "MixedInstancesPolicy",
            nested(&p, &[], &[("override", "Overrides")]),
        );
    }
    if let Some(t) = m.take("tag") {
        m.set(
            "Tags",
            sub_list(
                &t,
                &[
                    ("key", "Key"),
                    ("value", "Value"),
                    ("propagate_at_launch", "PropagateAtLaunch"),
                ],
            ),
        );
    }
}

/// A JSON document written in the AWS API's camelCase (`containerProperties`) with the
/// keys CloudFormation spells in PascalCase; the keys of free-form maps (log driver
/// options, Docker labels) stay as written.
fn capitalized(n: &Node, free_form: bool) -> Node {
    let value = match &n.value {
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|(k, v)| {
                    let key = if free_form {
                        k.clone()
                    } else {
                        let mut c = k.chars();
                        c.next().map_or_else(String::new, |f| {
                            f.to_ascii_uppercase().to_string() + c.as_str()
                        })
                    };
                    let inner = !free_form && matches!(k.as_str(), "options" | "dockerLabels");
                    (key, capitalized(v, inner))
                })
                .collect(),
        ),
        Value::List(items) => {
            Value::List(items.iter().map(|i| capitalized(i, free_form)).collect())
        }
        other => other.clone(),
    };
    Node::new(value, n.location.clone())
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
