//! Data processing: EMR clusters and security configurations, Glue (catalog, connections,
//! jobs, security configurations), Managed Service for Apache Flink applications.

use super::shape::deep;
use super::{Mapping, Output, field, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// Maps the data-processing types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let mut extra = Vec::new();
    let kind = match raw.ty.as_str() {
        "aws_emr_cluster" => {
            emr_cluster(&mut m);
            "AWS::EMR::Cluster"
        }
        "aws_emr_security_configuration" => {
            m.rename("name", "Name");
            m.document("configuration", "SecurityConfiguration");
            "AWS::EMR::SecurityConfiguration"
        }
        "aws_glue_catalog_database" => {
            m.rename("catalog_id", "CatalogId");
            m.renames(&[
                ("name", "DatabaseInput.Name"),
                ("description", "DatabaseInput.Description"),
                ("location_uri", "DatabaseInput.LocationUri"),
                ("parameters", "DatabaseInput.Parameters"),
            ]);
            "AWS::Glue::Database"
        }
        "aws_glue_connection" => {
            m.rename("catalog_id", "CatalogId");
            m.renames(&[
                ("name", "ConnectionInput.Name"),
                ("description", "ConnectionInput.Description"),
                ("connection_type", "ConnectionInput.ConnectionType"),
                (
                    "connection_properties",
                    "ConnectionInput.ConnectionProperties",
                ),
                ("match_criteria", "ConnectionInput.MatchCriteria"),
            ]);
            m.block_map(
                "physical_connection_requirements",
                "ConnectionInput.PhysicalConnectionRequirements",
                &[
                    ("availability_zone", "AvailabilityZone"),
                    ("security_group_id_list", "SecurityGroupIdList"),
                    ("subnet_id", "SubnetId"),
                ],
            );
            "AWS::Glue::Connection"
        }
        "aws_glue_data_catalog_encryption_settings" => {
            m.rename("catalog_id", "CatalogId");
            if let Some(s) = m.take("data_catalog_encryption_settings") {
                m.set(
                    "DataCatalogEncryptionSettings",
                    deep(
                        &s,
                        &[
                            ("aws_kms_key_id", "KmsKeyId"),
                            ("sse_aws_kms_key_id", "SseAwsKmsKeyId"),
                        ],
                        &[],
                    ),
                );
            }
            "AWS::Glue::DataCatalogEncryptionSettings"
        }
        "aws_glue_job" => {
            m.renames(&[
                ("name", "Name"),
                ("description", "Description"),
                ("role_arn", "Role"),
                ("security_configuration", "SecurityConfiguration"),
                ("glue_version", "GlueVersion"),
                ("worker_type", "WorkerType"),
                ("number_of_workers", "NumberOfWorkers"),
                ("max_capacity", "MaxCapacity"),
                ("max_retries", "MaxRetries"),
                ("timeout", "Timeout"),
                ("default_arguments", "DefaultArguments"),
                ("non_overridable_arguments", "NonOverridableArguments"),
                ("connections", "Connections.Connections"),
                ("execution_class", "ExecutionClass"),
            ]);
            m.block_map(
                "command",
                "Command",
                &[
                    ("name", "Name"),
                    ("script_location", "ScriptLocation"),
                    ("python_version", "PythonVersion"),
                    ("runtime", "Runtime"),
                ],
            );
            m.block_map(
                "execution_property",
                "ExecutionProperty",
                &[("max_concurrent_runs", "MaxConcurrentRuns")],
            );
            "AWS::Glue::Job"
        }
        "aws_glue_security_configuration" => {
            m.rename("name", "Name");
            if let Some(e) = m.take("encryption_configuration") {
                m.set(
                    "EncryptionConfiguration",
                    deep(
                        &e,
                        &[
                            ("cloudwatch_encryption", "CloudWatchEncryption"),
                            ("cloudwatch_encryption_mode", "CloudWatchEncryptionMode"),
                            ("s3_encryption", "S3Encryptions"),
                        ],
                        &["s3_encryption"],
                    ),
                );
            }
            "AWS::Glue::SecurityConfiguration"
        }
        "aws_kinesisanalyticsv2_application" => {
            m.renames(&[
                ("name", "ApplicationName"),
                ("description", "ApplicationDescription"),
                ("runtime_environment", "RuntimeEnvironment"),
                ("service_execution_role", "ServiceExecutionRole"),
                ("application_mode", "ApplicationMode"),
            ]);
            if let Some(c) = m.take("application_configuration") {
                m.set(
                    "ApplicationConfiguration",
                    deep(
                        &c,
                        &[
                            ("property_group", "PropertyGroups"),
                            ("vpc_configuration", "VpcConfigurations"),
                            ("bucket_arn", "BucketARN"),
                            ("input", "Inputs"),
                            ("output", "Outputs"),
                            ("reference_data_source", "ReferenceDataSources"),
                        ],
                        &[
                            "property_group",
                            "vpc_configuration",
                            "input",
                            "output",
                            "reference_data_source",
                        ],
                    ),
                );
            }
            // CloudFormation attaches CloudWatch logging as a resource of its own.
            if let Some(l) = m.block("cloudwatch_logging_options") {
                extra.push(logging_option(m.raw, &l));
            }
            "AWS::KinesisAnalyticsV2::Application"
        }
        _ => return None,
    };
    let attrs = m.finish();
    Some(if extra.is_empty() {
        Output::Resource(kind.into(), attrs)
    } else {
        Output::WithExtra(kind.into(), attrs, extra)
    })
}

/// The inline `cloudwatch_logging_options` block as an
/// `AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption` naming the application.
/// A `dynamic` block over an unknown collection may write no option: its application is
/// then unknown, so the option proves nothing.
fn logging_option(raw: &RawResource, l: &Node) -> (String, String, Node) {
    let owner = match l.unknown_reason() {
        Some(why) => Node::new(Value::Unknown(why.to_string()), l.location.clone()),
        None => Node::new(
            Value::Ref {
                target: raw.address.clone(),
                attribute: None,
            },
            l.location.clone(),
        ),
    };
    let option = match field(l, "log_stream_arn") {
        Some(arn) => Node::new(
            Value::Map(vec![("LogStreamARN".into(), arn.clone())]),
            l.location.clone(),
        ),
        None => l.clone(),
    };
    let attrs = Node::new(
        Value::Map(vec![
            ("ApplicationName".into(), owner),
            ("CloudWatchLoggingOption".into(), option),
        ]),
        l.location.clone(),
    );
    (
        format!("{}.cloudwatch_logging_options", raw.address),
        "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption".into(),
        attrs,
    )
}

fn emr_cluster(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "Name"),
        ("release_label", "ReleaseLabel"),
        ("service_role", "ServiceRole"),
        ("security_configuration", "SecurityConfiguration"),
        ("log_uri", "LogUri"),
        ("log_encryption_kms_key_id", "LogEncryptionKmsKeyId"),
        ("autoscaling_role", "AutoScalingRole"),
        ("custom_ami_id", "CustomAmiId"),
        ("ebs_root_volume_size", "EbsRootVolumeSize"),
        ("visible_to_all_users", "VisibleToAllUsers"),
        ("step_concurrency_level", "StepConcurrencyLevel"),
        ("scale_down_behavior", "ScaleDownBehavior"),
        ("termination_protection", "Instances.TerminationProtected"),
        (
            "keep_job_flow_alive_when_no_steps",
            "Instances.KeepJobFlowAliveWhenNoSteps",
        ),
    ]);
    if let Some(a) = m.take("applications") {
        let apps = match &a.value {
            Value::List(items) => Node::new(
                Value::List(
                    items
                        .iter()
                        .map(|i| {
                            Node::new(
                                Value::Map(vec![("Name".into(), i.clone())]),
                                i.location.clone(),
                            )
                        })
                        .collect(),
                ),
                a.location.clone(),
            ),
            _ => a,
        };
        m.set("Applications", apps);
    }
    if let Some(e) = m.block("ec2_attributes") {
        for (tf, cfn) in [
            ("subnet_id", "Instances.Ec2SubnetId"),
            ("subnet_ids", "Instances.Ec2SubnetIds"),
            ("key_name", "Instances.Ec2KeyName"),
            (
                "emr_managed_master_security_group",
                "Instances.EmrManagedMasterSecurityGroup",
            ),
            (
                "emr_managed_slave_security_group",
                "Instances.EmrManagedSlaveSecurityGroup",
            ),
            (
                "service_access_security_group",
                "Instances.ServiceAccessSecurityGroup",
            ),
            (
                "additional_master_security_groups",
                "Instances.AdditionalMasterSecurityGroups",
            ),
            (
                "additional_slave_security_groups",
                "Instances.AdditionalSlaveSecurityGroups",
            ),
            ("instance_profile", "JobFlowRole"),
        ] {
            if let Some(v) = field(&e, tf) {
                m.set(cfn, v.clone());
            }
        }
    }
    for (tf, cfn) in [
        ("master_instance_group", "Instances.MasterInstanceGroup"),
        ("core_instance_group", "Instances.CoreInstanceGroup"),
    ] {
        if let Some(g) = m.block(tf) {
            m.set(
                cfn,
                sub_map(
                    &g,
                    &[
                        ("instance_type", "InstanceType"),
                        ("instance_count", "InstanceCount"),
                        ("name", "Name"),
                        ("bid_price", "BidPrice"),
                        ("ebs_config", ""),
                    ],
                ),
            );
        }
    }
    for (tf, cfn) in [
        ("master_instance_fleet", "Instances.MasterInstanceFleet"),
        ("core_instance_fleet", "Instances.CoreInstanceFleet"),
    ] {
        if let Some(f) = m.take(tf) {
            m.set(
                cfn,
                deep(
                    &f,
                    &[("instance_type_configs", "InstanceTypeConfigs")],
                    &["instance_type_configs"],
                ),
            );
        }
    }
    if let Some(k) = m.take("kerberos_attributes") {
        m.set("KerberosAttributes", deep(&k, &[], &[]));
    }
}
