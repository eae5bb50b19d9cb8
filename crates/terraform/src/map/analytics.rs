//! Search and analytics stores: OpenSearch / Elasticsearch domains, Redshift; SageMaker
//! hosting and model monitoring.

use super::{Mapping, Output, attach, field, first_block, generic, nested, sub_list, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

const DOMAINS: &[&str] = &[
    "AWS::OpenSearchService::Domain",
    "AWS::Elasticsearch::Domain",
];

/// Maps the analytics types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_opensearch_domain" | "aws_elasticsearch_domain" => {
            let opensearch = raw.ty == "aws_opensearch_domain";
            domain(&mut m, opensearch);
            if opensearch {
                "AWS::OpenSearchService::Domain"
            } else {
                "AWS::Elasticsearch::Domain"
            }
        }
        "aws_opensearch_domain_policy" | "aws_elasticsearch_domain_policy" => {
            let mut a = attach(&mut m, "domain_name", DOMAINS, "DomainName");
            if let Some(p) = m.take("access_policies") {
                a.set
                    .push(("AccessPolicies".into(), crate::policy::document(&p)));
            }
            return Some(Output::Attach(a));
        }
        "aws_redshift_cluster" => {
            m.renames(&[
                ("cluster_identifier", "ClusterIdentifier"),
                ("node_type", "NodeType"),
                ("number_of_nodes", "NumberOfNodes"),
                ("cluster_type", "ClusterType"),
                ("database_name", "DBName"),
                ("master_username", "MasterUsername"),
                ("master_password", "MasterUserPassword"),
                ("manage_master_password", "ManageMasterPassword"),
                ("encrypted", "Encrypted"),
                ("kms_key_id", "KmsKeyId"),
                ("publicly_accessible", "PubliclyAccessible"),
                ("cluster_parameter_group_name", "ClusterParameterGroupName"),
                ("enhanced_vpc_routing", "EnhancedVpcRouting"),
                (
                    "automated_snapshot_retention_period",
                    "AutomatedSnapshotRetentionPeriod",
                ),
                ("iam_roles", "IamRoles"),
                ("vpc_security_group_ids", "VpcSecurityGroupIds"),
                ("cluster_subnet_group_name", "ClusterSubnetGroupName"),
                ("port", "Port"),
                ("snapshot_identifier", "SnapshotIdentifier"),
                ("allow_version_upgrade", "AllowVersionUpgrade"),
            ]);
            if let Some(l) = m.block("logging") {
                logging(&l, &mut |p, n| m.set(p, n));
            }
            "AWS::Redshift::Cluster"
        }
        "aws_redshift_logging" => {
            let mut a = attach(
                &mut m,
                "cluster_identifier",
                &["AWS::Redshift::Cluster"],
                "ClusterIdentifier",
            );
            for (tf, cfn) in [
                ("bucket_name", "LoggingProperties.BucketName"),
                ("s3_key_prefix", "LoggingProperties.S3KeyPrefix"),
                (
                    "log_destination_type",
                    "LoggingProperties.LogDestinationType",
                ),
                ("log_exports", "LoggingProperties.LogExports"),
            ] {
                if let Some(v) = m.take(tf) {
                    a.set.push((cfn.into(), v));
                }
            }
            return Some(Output::Attach(a));
        }
        "aws_redshift_parameter_group" => {
            m.renames(&[
                ("name", "ParameterGroupName"),
                ("family", "ParameterGroupFamily"),
                ("description", "Description"),
            ]);
            if let Some(p) = m.take("parameter") {
                m.set(
                    "Parameters",
                    sub_list(
                        &p,
                        &[("name", "ParameterName"), ("value", "ParameterValue")],
                    ),
                );
            }
            "AWS::Redshift::ClusterParameterGroup"
        }
        "aws_sagemaker_endpoint_configuration" => {
            endpoint_configuration(&mut m);
            "AWS::SageMaker::EndpointConfig"
        }
        "aws_sagemaker_data_quality_job_definition" => {
            m.renames(&[("name", "JobDefinitionName"), ("role_arn", "RoleArn")]);
            m.nested(&[
                (
                    "data_quality_app_specification.image_uri",
                    "DataQualityAppSpecification.ImageUri",
                ),
                (
                    "data_quality_job_input.endpoint_input.endpoint_name",
                    "DataQualityJobInput.EndpointInput.EndpointName",
                ),
                (
                    "data_quality_job_output_config.kms_key_id",
                    "DataQualityJobOutputConfig.KmsKeyId",
                ),
                (
                    "job_resources.cluster_config.instance_count",
                    "JobResources.ClusterConfig.InstanceCount",
                ),
                (
                    "job_resources.cluster_config.instance_type",
                    "JobResources.ClusterConfig.InstanceType",
                ),
                (
                    "job_resources.cluster_config.volume_size_in_gb",
                    "JobResources.ClusterConfig.VolumeSizeInGB",
                ),
                (
                    "job_resources.cluster_config.volume_kms_key_id",
                    "JobResources.ClusterConfig.VolumeKmsKeyId",
                ),
                (
                    "network_config.enable_inter_container_traffic_encryption",
                    "NetworkConfig.EnableInterContainerTrafficEncryption",
                ),
                (
                    "network_config.enable_network_isolation",
                    "NetworkConfig.EnableNetworkIsolation",
                ),
                (
                    "network_config.vpc_config.subnets",
                    "NetworkConfig.VpcConfig.Subnets",
                ),
                (
                    "network_config.vpc_config.security_group_ids",
                    "NetworkConfig.VpcConfig.SecurityGroupIds",
                ),
            ]);
            if let Some(o) = m
                .peek("data_quality_job_output_config")
                .and_then(first_block)
                .and_then(|c| field(&c, "monitoring_outputs").cloned())
            {
                m.set(
                    "DataQualityJobOutputConfig.MonitoringOutputs",
                    monitoring_outputs(&o),
                );
            }
            "AWS::SageMaker::DataQualityJobDefinition"
        }
        "aws_sagemaker_monitoring_schedule" => {
            m.rename("name", "MonitoringScheduleName");
            m.nested(&[
                (
                    "monitoring_schedule_config.monitoring_job_definition_name",
                    "MonitoringScheduleConfig.MonitoringJobDefinitionName",
                ),
                (
                    "monitoring_schedule_config.monitoring_type",
                    "MonitoringScheduleConfig.MonitoringType",
                ),
                (
                    "monitoring_schedule_config.schedule_config.schedule_expression",
                    "MonitoringScheduleConfig.ScheduleConfig.ScheduleExpression",
                ),
            ]);
            "AWS::SageMaker::MonitoringSchedule"
        }
        "aws_athena_workgroup" => {
            m.renames(&[
                ("name", "Name"),
                ("description", "Description"),
                ("state", "State"),
            ]);
            if let Some(c) = m.block("configuration") {
                m.set(
                    "WorkGroupConfiguration",
                    nested(&c, &[("kms_key_arn", "KmsKey")], &[]),
                );
            }
            "AWS::Athena::WorkGroup"
        }
        "aws_glue_catalog_table" => {
            m.renames(&[
                ("database_name", "DatabaseName"),
                ("catalog_id", "CatalogId"),
            ]);
            for (tf, cfn) in [
                ("name", "Name"),
                ("description", "Description"),
                ("table_type", "TableType"),
                ("parameters", "Parameters"),
                ("owner", "Owner"),
                ("retention", "Retention"),
                ("view_original_text", "ViewOriginalText"),
                ("view_expanded_text", "ViewExpandedText"),
            ] {
                if let Some(v) = m.take(tf) {
                    m.set(&format!("TableInput.{cfn}"), generic(&v));
                }
            }
            if let Some(sd) = m.block("storage_descriptor") {
                m.set(
                    "TableInput.StorageDescriptor",
                    nested(
                        &sd,
                        &[("ser_de_info", "SerdeInfo")],
                        &[("columns", "Columns"), ("sort_columns", "SortColumns")],
                    ),
                );
            }
            if let Some(k) = m.take("partition_keys") {
                m.set("TableInput.PartitionKeys", sub_list(&k, &[]));
            }
            "AWS::Glue::Table"
        }
        "aws_dataexchange_event_action" => {
            for (tf, cfn) in [("event", "Event"), ("action", "Action")] {
                if let Some(b) = m.block(tf) {
                    m.set(cfn, nested(&b, &[], &[]));
                }
            }
            "AWS::DataExchange::EventAction"
        }
        "aws_comprehend_document_classifier" => {
            m.renames(&[
                ("name", "DocumentClassifierName"),
                ("version_name", "VersionName"),
                ("language_code", "LanguageCode"),
                ("data_access_role_arn", "DataAccessRoleArn"),
                ("mode", "Mode"),
                ("volume_kms_key_id", "VolumeKmsKeyId"),
                ("model_kms_key_id", "ModelKmsKeyId"),
            ]);
            if let Some(i) = m.block("input_data_config") {
                m.set(
                    "InputDataConfig",
                    nested(&i, &[], &[("augmented_manifests", "AugmentedManifests")]),
                );
            }
            for (tf, cfn) in [
                ("output_data_config", "OutputDataConfig"),
                ("vpc_config", "VpcConfig"),
            ] {
                if let Some(b) = m.block(tf) {
                    m.set(cfn, nested(&b, &[], &[]));
                }
            }
            "AWS::Comprehend::DocumentClassifier"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

/// The v4 inline `logging` block: `LoggingProperties` only when logging is enabled.
fn logging(l: &Node, set: &mut impl FnMut(&str, Node)) {
    match field(l, "enable").map(|e| (e, e.as_bool())) {
        Some((_, Some(true))) | None if !l.is_unknown() => {
            for (tf, cfn) in [
                ("bucket_name", "LoggingProperties.BucketName"),
                ("s3_key_prefix", "LoggingProperties.S3KeyPrefix"),
                (
                    "log_destination_type",
                    "LoggingProperties.LogDestinationType",
                ),
                ("log_exports", "LoggingProperties.LogExports"),
            ] {
                if let Some(v) = field(l, tf) {
                    set(cfn, v.clone());
                }
            }
        }
        Some((e, None)) => set("LoggingProperties", e.clone()),
        _ if l.is_unknown() => set("LoggingProperties", l.clone()),
        _ => {}
    }
}

fn domain(m: &mut Mapping<'_>, opensearch: bool) {
    m.renames(&[("domain_name", "DomainName")]);
    if opensearch {
        m.rename("engine_version", "EngineVersion");
    } else {
        m.rename("elasticsearch_version", "ElasticsearchVersion");
    }
    let cluster = if opensearch {
        "ClusterConfig"
    } else {
        "ElasticsearchClusterConfig"
    };
    m.block_map(
        "cluster_config",
        cluster,
        &[
            ("instance_type", "InstanceType"),
            ("instance_count", "InstanceCount"),
            ("dedicated_master_enabled", "DedicatedMasterEnabled"),
            ("dedicated_master_type", "DedicatedMasterType"),
            ("dedicated_master_count", "DedicatedMasterCount"),
            ("zone_awareness_enabled", "ZoneAwarenessEnabled"),
            ("warm_enabled", "WarmEnabled"),
            ("warm_type", "WarmType"),
            ("warm_count", "WarmCount"),
        ],
    );
    m.block_map(
        "encrypt_at_rest",
        "EncryptionAtRestOptions",
        &[("enabled", "Enabled"), ("kms_key_id", "KmsKeyId")],
    );
    m.block_map(
        "node_to_node_encryption",
        "NodeToNodeEncryptionOptions",
        &[("enabled", "Enabled")],
    );
    m.block_map(
        "domain_endpoint_options",
        "DomainEndpointOptions",
        &[
            ("enforce_https", "EnforceHTTPS"),
            ("tls_security_policy", "TLSSecurityPolicy"),
            ("custom_endpoint_enabled", "CustomEndpointEnabled"),
            ("custom_endpoint", "CustomEndpoint"),
            (
                "custom_endpoint_certificate_arn",
                "CustomEndpointCertificateArn",
            ),
        ],
    );
    m.block_map(
        "ebs_options",
        "EBSOptions",
        &[
            ("ebs_enabled", "EBSEnabled"),
            ("volume_size", "VolumeSize"),
            ("volume_type", "VolumeType"),
            ("iops", "Iops"),
            ("throughput", "Throughput"),
        ],
    );
    m.block_map(
        "vpc_options",
        "VPCOptions",
        &[
            ("subnet_ids", "SubnetIds"),
            ("security_group_ids", "SecurityGroupIds"),
        ],
    );
    m.block_map(
        "advanced_security_options",
        "AdvancedSecurityOptions",
        &[
            ("enabled", "Enabled"),
            (
                "internal_user_database_enabled",
                "InternalUserDatabaseEnabled",
            ),
            ("anonymous_auth_enabled", "AnonymousAuthEnabled"),
        ],
    );
    m.block_map(
        "cognito_options",
        "CognitoOptions",
        &[
            ("enabled", "Enabled"),
            ("user_pool_id", "UserPoolId"),
            ("identity_pool_id", "IdentityPoolId"),
            ("role_arn", "RoleArn"),
        ],
    );
    m.block_map(
        "snapshot_options",
        "SnapshotOptions",
        &[(
            "automated_snapshot_start_hour",
            "AutomatedSnapshotStartHour",
        )],
    );
    m.document("access_policies", "AccessPolicies");
    if let Some(l) = m.take("log_publishing_options") {
        // CloudFormation keys the options by log type.
        let v = match &l.value {
            Value::List(items) => {
                let mut e: Vec<(String, Node)> = Vec::new();
                for i in items {
                    let Some(ty) = field(i, "log_type").and_then(Node::scalar_text) else {
                        e.clear();
                        break;
                    };
                    e.push((
                        ty,
                        sub_map(
                            i,
                            &[
                                ("log_type", ""),
                                ("cloudwatch_log_group_arn", "CloudWatchLogsLogGroupArn"),
                                ("enabled", "Enabled"),
                            ],
                        ),
                    ));
                }
                Node::new(Value::Map(e), l.location.clone())
            }
            _ => l.clone(),
        };
        m.set("LogPublishingOptions", v);
    }
}

const PRODUCTION_VARIANT: &[(&str, &str)] = &[
    ("variant_name", "VariantName"),
    ("model_name", "ModelName"),
    ("initial_instance_count", "InitialInstanceCount"),
    ("instance_type", "InstanceType"),
    ("initial_variant_weight", "InitialVariantWeight"),
    ("accelerator_type", "AcceleratorType"),
    ("volume_size_in_gb", "VolumeSizeInGB"),
    ("serverless_config", ""),
];

/// Production (and shadow) variants; `serverless_config` is a single block.
fn variants(v: &Node) -> Node {
    let Value::List(items) = &v.value else {
        return v.clone();
    };
    let out = items
        .iter()
        .map(|b| {
            let mut n = sub_map(b, PRODUCTION_VARIANT);
            if let Value::Map(e) = &mut n.value
                && let Some(s) = field(b, "serverless_config").and_then(first_block)
            {
                e.push((
                    "ServerlessConfig".into(),
                    sub_map(
                        &s,
                        &[
                            ("max_concurrency", "MaxConcurrency"),
                            ("memory_size_in_mb", "MemorySizeInMB"),
                            ("provisioned_concurrency", "ProvisionedConcurrency"),
                        ],
                    ),
                ));
            }
            n
        })
        .collect();
    Node::new(Value::List(out), v.location.clone())
}

fn endpoint_configuration(m: &mut Mapping<'_>) {
    m.renames(&[("name", "EndpointConfigName"), ("kms_key_arn", "KmsKeyId")]);
    for (tf, cfn) in [
        ("production_variants", "ProductionVariants"),
        ("shadow_production_variants", "ShadowProductionVariants"),
    ] {
        if let Some(v) = m.take(tf) {
            m.set(cfn, variants(&v));
        }
    }
    m.nested(&[
        (
            "data_capture_config.enable_capture",
            "DataCaptureConfig.EnableCapture",
        ),
        (
            "data_capture_config.destination_s3_uri",
            "DataCaptureConfig.DestinationS3Uri",
        ),
        (
            "data_capture_config.kms_key_id",
            "DataCaptureConfig.KmsKeyId",
        ),
        (
            "data_capture_config.initial_sampling_percentage",
            "DataCaptureConfig.InitialSamplingPercentage",
        ),
        (
            "async_inference_config.output_config.kms_key_id",
            "AsyncInferenceConfig.OutputConfig.KmsKeyId",
        ),
        (
            "async_inference_config.output_config.s3_output_path",
            "AsyncInferenceConfig.OutputConfig.S3OutputPath",
        ),
    ]);
}

/// `monitoring_outputs { s3_output { ... } }` blocks into `MonitoringOutputs`.
fn monitoring_outputs(o: &Node) -> Node {
    let Value::List(items) = &o.value else {
        return o.clone();
    };
    let out = items
        .iter()
        .map(|b| match field(b, "s3_output").and_then(first_block) {
            Some(s3) => Node::new(
                Value::Map(vec![(
                    "S3Output".into(),
                    sub_map(&s3, &[("s3_uri", "S3Uri")]),
                )]),
                b.location.clone(),
            ),
            None => b.clone(),
        })
        .collect();
    Node::new(Value::List(out), o.location.clone())
}
