//! Messaging and streaming: SQS, SNS, Kinesis, Data Firehose, Amazon MQ, MSK, SES and
//! Step Functions.

use super::blocks::dig;
use super::shape::deep;
use super::{Mapping, Output, attach, field, first_block, nested, sub_list, sub_map};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// Maps the messaging types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let (kind, extra) = match raw.ty.as_str() {
        "aws_sqs_queue" => {
            m.renames(&[
                ("name", "QueueName"),
                ("kms_master_key_id", "KmsMasterKeyId"),
                (
                    "kms_data_key_reuse_period_seconds",
                    "KmsDataKeyReusePeriodSeconds",
                ),
                ("sqs_managed_sse_enabled", "SqsManagedSseEnabled"),
                ("fifo_queue", "FifoQueue"),
                ("content_based_deduplication", "ContentBasedDeduplication"),
                ("message_retention_seconds", "MessageRetentionPeriod"),
                ("visibility_timeout_seconds", "VisibilityTimeout"),
                ("delay_seconds", "DelaySeconds"),
                ("max_message_size", "MaximumMessageSize"),
                ("receive_wait_time_seconds", "ReceiveMessageWaitTimeSeconds"),
            ]);
            m.document("redrive_policy", "RedrivePolicy");
            m.document("redrive_allow_policy", "RedriveAllowPolicy");
            let extra = inline_policy(&mut m, "Queues", "AWS::SQS::QueuePolicy", true);
            ("AWS::SQS::Queue", extra)
        }
        "aws_sqs_queue_policy" => {
            if let Some(q) = m.take("queue_url") {
                let loc = q.location.clone();
                m.set("Queues", Node::new(Value::List(vec![q]), loc));
            }
            m.document("policy", "PolicyDocument");
            ("AWS::SQS::QueuePolicy", Vec::new())
        }
        "aws_sns_topic" => {
            m.renames(&[
                ("name", "TopicName"),
                ("kms_master_key_id", "KmsMasterKeyId"),
                ("fifo_topic", "FifoTopic"),
                ("display_name", "DisplayName"),
                ("content_based_deduplication", "ContentBasedDeduplication"),
                ("signature_version", "SignatureVersion"),
                ("tracing_config", "TracingConfig"),
            ]);
            m.document("delivery_policy", "DeliveryPolicy");
            let extra = inline_policy(&mut m, "Topics", "AWS::SNS::TopicPolicy", true);
            ("AWS::SNS::Topic", extra)
        }
        "aws_sns_topic_policy" => {
            if let Some(t) = m.take("arn") {
                let loc = t.location.clone();
                m.set("Topics", Node::new(Value::List(vec![t]), loc));
            }
            m.document("policy", "PolicyDocument");
            ("AWS::SNS::TopicPolicy", Vec::new())
        }
        "aws_sns_topic_subscription" => {
            m.renames(&[
                ("topic_arn", "TopicArn"),
                ("protocol", "Protocol"),
                ("endpoint", "Endpoint"),
                ("raw_message_delivery", "RawMessageDelivery"),
                ("filter_policy_scope", "FilterPolicyScope"),
                ("subscription_role_arn", "SubscriptionRoleArn"),
            ]);
            m.document("filter_policy", "FilterPolicy");
            m.document("redrive_policy", "RedrivePolicy");
            m.document("delivery_policy", "DeliveryPolicy");
            ("AWS::SNS::Subscription", Vec::new())
        }
        "aws_kinesis_stream" => {
            m.renames(&[
                ("name", "Name"),
                ("shard_count", "ShardCount"),
                ("retention_period", "RetentionPeriodHours"),
            ]);
            let ty = m.take("encryption_type");
            let key = m.take("kms_key_id");
            if let Some(t) = &ty {
                m.set("StreamEncryption.EncryptionType", t.clone());
            }
            if let Some(k) = key {
                m.set("StreamEncryption.KeyId", k);
            }
            m.block_map(
                "stream_mode_details",
                "StreamModeDetails",
                &[("stream_mode", "StreamMode")],
            );
            ("AWS::Kinesis::Stream", Vec::new())
        }
        "aws_kinesis_firehose_delivery_stream" => {
            m.rename("name", "DeliveryStreamName");
            if let Some(s) = m.block("server_side_encryption") {
                match field(&s, "enabled").map(|e| (e, e.as_bool())) {
                    Some((_, Some(true))) => {
                        let key_type = field(&s, "key_type").cloned().unwrap_or_else(|| {
                            Node::new(Value::Str("AWS_OWNED_CMK".into()), s.location.clone())
                        });
                        m.set(
                            "DeliveryStreamEncryptionConfigurationInput.KeyType",
                            key_type,
                        );
                        if let Some(k) = field(&s, "key_arn") {
                            m.set(
                                "DeliveryStreamEncryptionConfigurationInput.KeyARN",
                                k.clone(),
                            );
                        }
                    }
                    Some((_, Some(false))) => {}
                    Some((e, None)) => {
                        m.set("DeliveryStreamEncryptionConfigurationInput", e.clone())
                    }
                    None if s.is_unknown() => {
                        m.set("DeliveryStreamEncryptionConfigurationInput", s)
                    }
                    None => {}
                }
            }
            firehose_destinations(&mut m);
            ("AWS::KinesisFirehose::DeliveryStream", Vec::new())
        }
        "aws_mq_broker" => {
            mq_broker(&mut m);
            ("AWS::AmazonMQ::Broker", Vec::new())
        }
        "aws_msk_cluster" => {
            msk_cluster(&mut m);
            ("AWS::MSK::Cluster", Vec::new())
        }
        "aws_ses_configuration_set" => {
            m.rename("name", "Name");
            m.nested(&[
                ("delivery_options.tls_policy", "DeliveryOptions.TlsPolicy"),
                (
                    "reputation_metrics_enabled",
                    "ReputationOptions.ReputationMetricsEnabled",
                ),
                ("sending_enabled", "SendingOptions.SendingEnabled"),
                (
                    "tracking_options.custom_redirect_domain",
                    "TrackingOptions.CustomRedirectDomain",
                ),
            ]);
            ("AWS::SES::ConfigurationSet", Vec::new())
        }
        "aws_sesv2_configuration_set" => {
            m.rename("configuration_set_name", "Name");
            m.nested(&[
                ("delivery_options.tls_policy", "DeliveryOptions.TlsPolicy"),
                (
                    "delivery_options.sending_pool_name",
                    "DeliveryOptions.SendingPoolName",
                ),
                (
                    "delivery_options.max_delivery_seconds",
                    "DeliveryOptions.MaxDeliverySeconds",
                ),
                (
                    "reputation_options.reputation_metrics_enabled",
                    "ReputationOptions.ReputationMetricsEnabled",
                ),
                (
                    "sending_options.sending_enabled",
                    "SendingOptions.SendingEnabled",
                ),
                (
                    "suppression_options.suppressed_reasons",
                    "SuppressionOptions.SuppressedReasons",
                ),
                (
                    "tracking_options.custom_redirect_domain",
                    "TrackingOptions.CustomRedirectDomain",
                ),
                (
                    "tracking_options.https_policy",
                    "TrackingOptions.HttpsPolicy",
                ),
                (
                    "vdm_options.dashboard_options.engagement_metrics",
                    "VdmOptions.DashboardOptions.EngagementMetrics",
                ),
            ]);
            ("AWS::SES::ConfigurationSet", Vec::new())
        }
        "aws_ses_event_destination" => {
            ses_event_destination(&mut m);
            ("AWS::SES::ConfigurationSetEventDestination", Vec::new())
        }
        "aws_sesv2_configuration_set_event_destination" => {
            sesv2_event_destination(&mut m);
            ("AWS::SES::ConfigurationSetEventDestination", Vec::new())
        }
        "aws_ses_receipt_rule" => {
            ses_receipt_rule(&mut m);
            ("AWS::SES::ReceiptRule", Vec::new())
        }
        "aws_ses_receipt_rule_set" => {
            m.rename("rule_set_name", "RuleSetName");
            ("AWS::SES::ReceiptRuleSet", Vec::new())
        }
        "aws_sfn_state_machine" => {
            state_machine(&mut m);
            ("AWS::StepFunctions::StateMachine", Vec::new())
        }
        "aws_appflow_flow" => {
            m.renames(&[
                ("name", "FlowName"),
                ("description", "Description"),
                ("kms_arn", "KMSArn"),
            ]);
            for (tf, cfn) in [
                ("source_flow_config", "SourceFlowConfig"),
                ("trigger_config", "TriggerConfig"),
                ("metadata_catalog_config", "MetadataCatalogConfig"),
            ] {
                if let Some(b) = m.block(tf) {
                    m.set(cfn, nested(&b, &[], &[]));
                }
            }
            for (tf, cfn) in [
                ("destination_flow_config", "DestinationFlowConfigList"),
                ("task", "Tasks"),
            ] {
                if let Some(b) = m.take(tf) {
                    m.set(cfn, blocks(&b));
                }
            }
            ("AWS::AppFlow::Flow", Vec::new())
        }
        "aws_datasync_location_efs" => {
            m.renames(&[
                ("efs_file_system_arn", "EfsFilesystemArn"),
                ("in_transit_encryption", "InTransitEncryption"),
                ("access_point_arn", "AccessPointArn"),
                ("file_system_access_role_arn", "FileSystemAccessRoleArn"),
                ("subdirectory", "Subdirectory"),
            ]);
            if let Some(b) = m.block("ec2_config") {
                m.set("Ec2Config", nested(&b, &[], &[]));
            }
            ("AWS::DataSync::LocationEFS", Vec::new())
        }
        "aws_datasync_location_s3" => {
            m.renames(&[
                ("s3_bucket_arn", "S3BucketArn"),
                ("s3_storage_class", "S3StorageClass"),
                ("agent_arns", "AgentArns"),
                ("subdirectory", "Subdirectory"),
            ]);
            if let Some(b) = m.block("s3_config") {
                m.set("S3Config", nested(&b, &[], &[]));
            }
            ("AWS::DataSync::LocationS3", Vec::new())
        }
        "aws_datasync_task" => {
            m.renames(&[
                ("name", "Name"),
                ("source_location_arn", "SourceLocationArn"),
                ("destination_location_arn", "DestinationLocationArn"),
                ("cloudwatch_log_group_arn", "CloudWatchLogGroupArn"),
                ("task_mode", "TaskMode"),
            ]);
            for (tf, cfn) in [
                ("options", "Options"),
                ("schedule", "Schedule"),
                ("task_report_config", "TaskReportConfig"),
            ] {
                if let Some(b) = m.block(tf) {
                    m.set(cfn, nested(&b, &[], &[]));
                }
            }
            for (tf, cfn) in [("excludes", "Excludes"), ("includes", "Includes")] {
                if let Some(b) = m.take(tf) {
                    m.set(cfn, blocks(&b));
                }
            }
            ("AWS::DataSync::Task", Vec::new())
        }
        "aws_cloudwatch_event_rule" => {
            m.renames(&[
                ("name", "Name"),
                ("description", "Description"),
                ("schedule_expression", "ScheduleExpression"),
                ("event_bus_name", "EventBusName"),
                ("role_arn", "RoleArn"),
                ("state", "State"),
            ]);
            m.document("event_pattern", "EventPattern");
            if let Some(e) = m.take("is_enabled") {
                let state = match e.as_bool() {
                    Some(b) => Node::new(
                        Value::Str(if b { "ENABLED" } else { "DISABLED" }.into()),
                        e.location.clone(),
                    ),
                    None => e,
                };
                m.set("State", state);
            }
            ("AWS::Events::Rule", Vec::new())
        }
        "aws_cloudwatch_event_target" => {
            let mut a = attach(&mut m, "rule", &["AWS::Events::Rule"], "Name");
            m.take("event_bus_name");
            let target = deep(
                &m.raw.attrs,
                &[
                    ("rule", ""),
                    ("event_bus_name", ""),
                    ("target_id", "Id"),
                    ("input_paths", "InputPathsMap"),
                    ("http_target", "HttpParameters"),
                    ("ecs_target", "EcsParameters"),
                    ("kinesis_target", "KinesisParameters"),
                    ("sqs_target", "SqsParameters"),
                    ("batch_target", "BatchParameters"),
                    ("redshift_target", "RedshiftDataParameters"),
                    ("sagemaker_pipeline_target", "SageMakerPipelineParameters"),
                    (
                        "run_command_targets",
                        "RunCommandParameters.RunCommandTargets",
                    ),
                    ("tags", ""),
                    ("tags_all", ""),
                ],
                &["run_command_targets"],
            );
            let loc = Some(m.raw.location.clone());
            let target = Node::new(target.value, loc.clone());
            a.append
                .push(("Targets".into(), Node::new(Value::List(vec![target]), loc)));
            return Some(Output::Attach(a));
        }
        "aws_cloudwatch_event_archive" => {
            m.renames(&[
                ("name", "ArchiveName"),
                ("description", "Description"),
                ("event_source_arn", "SourceArn"),
                ("retention_days", "RetentionDays"),
            ]);
            m.document("event_pattern", "EventPattern");
            ("AWS::Events::Archive", Vec::new())
        }
        "aws_scheduler_schedule" => {
            m.renames(&[
                ("name", "Name"),
                ("description", "Description"),
                ("group_name", "GroupName"),
                ("schedule_expression", "ScheduleExpression"),
                ("state", "State"),
                ("kms_key_arn", "KmsKeyArn"),
            ]);
            for (tf, cfn) in [
                ("flexible_time_window", "FlexibleTimeWindow"),
                ("target", "Target"),
            ] {
                if let Some(b) = m.take(tf) {
                    m.set(cfn, deep(&b, &[], &[]));
                }
            }
            ("AWS::Scheduler::Schedule", Vec::new())
        }
        "aws_connect_contact_flow"
        | "aws_connect_contact_flow_module"
        | "aws_connect_queue"
        | "aws_connect_security_profile"
        | "aws_connect_user" => {
            let kind = match raw.ty.as_str() {
                "aws_connect_contact_flow" => "AWS::Connect::ContactFlow",
                "aws_connect_contact_flow_module" => "AWS::Connect::ContactFlowModule",
                "aws_connect_queue" => "AWS::Connect::Queue",
                "aws_connect_security_profile" => {
                    m.rename("name", "SecurityProfileName");
                    "AWS::Connect::SecurityProfile"
                }
                _ => {
                    m.renames(&[
                        ("name", "Username"),
                        ("routing_profile_id", "RoutingProfileArn"),
                        ("security_profile_ids", "SecurityProfileArns"),
                    ]);
                    for (tf, cfn) in [
                        ("identity_info", "IdentityInfo"),
                        ("phone_config", "PhoneConfig"),
                    ] {
                        if let Some(b) = m.block(tf) {
                            m.set(cfn, nested(&b, &[], &[]));
                        }
                    }
                    "AWS::Connect::User"
                }
            };
            m.rename("instance_id", "InstanceArn");
            (kind, Vec::new())
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

/// An inline `policy` argument as a separate policy resource that references its owner.
fn inline_policy(
    m: &mut Mapping<'_>,
    list: &str,
    kind: &str,
    as_list: bool,
) -> Vec<(String, String, Node)> {
    let Some(p) = m.take("policy") else {
        return Vec::new();
    };
    let owner = Node::new(
        Value::Ref {
            target: m.raw.address.clone(),
            attribute: None,
        },
        p.location.clone(),
    );
    let owner = if as_list {
        Node::new(Value::List(vec![owner]), p.location.clone())
    } else {
        owner
    };
    let attrs = Node::new(
        Value::Map(vec![
            (list.to_string(), owner),
            ("PolicyDocument".into(), crate::policy::document(&p)),
        ]),
        p.location.clone(),
    );
    vec![(format!("{}.policy", m.raw.address), kind.to_string(), attrs)]
}

fn mq_broker(m: &mut Mapping<'_>) {
    m.renames(&[
        ("broker_name", "BrokerName"),
        ("engine_type", "EngineType"),
        ("engine_version", "EngineVersion"),
        ("host_instance_type", "HostInstanceType"),
        ("deployment_mode", "DeploymentMode"),
        ("publicly_accessible", "PubliclyAccessible"),
        ("auto_minor_version_upgrade", "AutoMinorVersionUpgrade"),
        ("subnet_ids", "SubnetIds"),
        ("security_groups", "SecurityGroups"),
        ("storage_type", "StorageType"),
        ("authentication_strategy", "AuthenticationStrategy"),
        ("data_replication_mode", "DataReplicationMode"),
    ]);
    // Single blocks whose arguments are the property names in snake_case.
    for (tf, cfn) in [
        ("logs", "Logs"),
        ("encryption_options", "EncryptionOptions"),
        ("configuration", "Configuration"),
        (
            "maintenance_window_start_time",
            "MaintenanceWindowStartTime",
        ),
    ] {
        m.block_map(tf, cfn, &[]);
    }
    if let Some(u) = m.take("user") {
        m.set(
            "Users",
            sub_list(
                &u,
                &[
                    ("username", "Username"),
                    ("password", "Password"),
                    ("console_access", "ConsoleAccess"),
                    ("groups", "Groups"),
                    ("replication_user", "ReplicationUser"),
                ],
            ),
        );
    }
}

fn msk_cluster(m: &mut Mapping<'_>) {
    m.renames(&[
        ("cluster_name", "ClusterName"),
        ("kafka_version", "KafkaVersion"),
        ("number_of_broker_nodes", "NumberOfBrokerNodes"),
        ("enhanced_monitoring", "EnhancedMonitoring"),
        ("storage_mode", "StorageMode"),
    ]);
    m.nested(&[
        (
            "broker_node_group_info.instance_type",
            "BrokerNodeGroupInfo.InstanceType",
        ),
        (
            "broker_node_group_info.client_subnets",
            "BrokerNodeGroupInfo.ClientSubnets",
        ),
        (
            "broker_node_group_info.security_groups",
            "BrokerNodeGroupInfo.SecurityGroups",
        ),
        (
            "broker_node_group_info.az_distribution",
            "BrokerNodeGroupInfo.BrokerAZDistribution",
        ),
        (
            "broker_node_group_info.storage_info.ebs_storage_info.volume_size",
            "BrokerNodeGroupInfo.StorageInfo.EBSStorageInfo.VolumeSize",
        ),
        (
            "broker_node_group_info.connectivity_info.public_access.type",
            "BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type",
        ),
        (
            "encryption_info.encryption_at_rest_kms_key_arn",
            "EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId",
        ),
        (
            "encryption_info.encryption_in_transit.client_broker",
            "EncryptionInfo.EncryptionInTransit.ClientBroker",
        ),
        (
            "encryption_info.encryption_in_transit.in_cluster",
            "EncryptionInfo.EncryptionInTransit.InCluster",
        ),
        ("configuration_info.arn", "ConfigurationInfo.Arn"),
        ("configuration_info.revision", "ConfigurationInfo.Revision"),
        (
            "client_authentication.unauthenticated",
            "ClientAuthentication.Unauthenticated.Enabled",
        ),
        (
            "client_authentication.sasl.iam",
            "ClientAuthentication.Sasl.Iam.Enabled",
        ),
        (
            "client_authentication.sasl.scram",
            "ClientAuthentication.Sasl.Scram.Enabled",
        ),
        (
            "client_authentication.tls.certificate_authority_arns",
            "ClientAuthentication.Tls.CertificateAuthorityArnList",
        ),
        (
            "open_monitoring.prometheus.jmx_exporter.enabled_in_broker",
            "OpenMonitoring.Prometheus.JmxExporter.EnabledInBroker",
        ),
        (
            "open_monitoring.prometheus.node_exporter.enabled_in_broker",
            "OpenMonitoring.Prometheus.NodeExporter.EnabledInBroker",
        ),
    ]);
    // Each destination block's arguments are the CloudFormation names in snake_case.
    let logs = m.take("logging_info").and_then(|l| first_block(&l));
    for (tf, cfn) in [
        ("cloudwatch_logs", "CloudWatchLogs"),
        ("firehose", "Firehose"),
        ("s3", "S3"),
    ] {
        let dest = logs
            .as_ref()
            .and_then(|l| dig(l, &format!("broker_logs.{tf}")))
            .and_then(|d| first_block(&d));
        if let Some(d) = dest {
            m.set(&format!("LoggingInfo.BrokerLogs.{cfn}"), sub_map(&d, &[]));
        }
    }
}

/// `aws_ses_event_destination`: one destination of a v1 configuration set.
fn ses_event_destination(m: &mut Mapping<'_>) {
    m.renames(&[
        ("configuration_set_name", "ConfigurationSetName"),
        ("name", "EventDestination.Name"),
        ("enabled", "EventDestination.Enabled"),
        ("matching_types", "EventDestination.MatchingEventTypes"),
    ]);
    if let Some(c) = m.take("cloudwatch_destination") {
        m.set(
            "EventDestination.CloudWatchDestination.DimensionConfigurations",
            sub_list(
                &c,
                &[
                    ("default_value", "DefaultDimensionValue"),
                    ("dimension_name", "DimensionName"),
                    ("value_source", "DimensionValueSource"),
                ],
            ),
        );
    }
    if let Some(k) = m.block("kinesis_destination") {
        m.set(
            "EventDestination.KinesisFirehoseDestination",
            sub_map(
                &k,
                &[
                    ("stream_arn", "DeliveryStreamARN"),
                    ("role_arn", "IAMRoleARN"),
                ],
            ),
        );
    }
    if let Some(s) = m.block("sns_destination") {
        m.set(
            "EventDestination.SnsDestination",
            sub_map(&s, &[("topic_arn", "TopicARN")]),
        );
    }
}

/// `aws_sesv2_configuration_set_event_destination`: the same, in the v2 API's shape.
fn sesv2_event_destination(m: &mut Mapping<'_>) {
    m.renames(&[
        ("configuration_set_name", "ConfigurationSetName"),
        ("event_destination_name", "EventDestination.Name"),
    ]);
    let Some(d) = m.block("event_destination") else {
        return;
    };
    if d.is_unknown() {
        m.set("EventDestination.Enabled", d);
        return;
    }
    for (tf, cfn) in [
        ("enabled", "EventDestination.Enabled"),
        (
            "matching_event_types",
            "EventDestination.MatchingEventTypes",
        ),
    ] {
        if let Some(v) = field(&d, tf) {
            m.set(cfn, v.clone());
        }
    }
    if let Some(c) = dig(&d, "cloud_watch_destination.dimension_configuration") {
        m.set(
            "EventDestination.CloudWatchDestination.DimensionConfigurations",
            sub_list(&c, &[]),
        );
    }
    for (tf, cfn, renames) in [
        (
            "kinesis_firehose_destination",
            "KinesisFirehoseDestination",
            &[
                ("delivery_stream_arn", "DeliveryStreamARN"),
                ("iam_role_arn", "IAMRoleARN"),
            ][..],
        ),
        (
            "sns_destination",
            "SnsDestination",
            &[("topic_arn", "TopicARN")][..],
        ),
        (
            "event_bridge_destination",
            "EventBridgeDestination",
            &[("event_bus_arn", "EventBusArn")][..],
        ),
    ] {
        if let Some(b) = field(&d, tf).and_then(first_block) {
            m.set(&format!("EventDestination.{cfn}"), sub_map(&b, renames));
        }
    }
}

/// Receipt rule action blocks, one per action type, into `Rule.Actions` in `position`
/// order.
const RECEIPT_ACTIONS: &[(&str, &str)] = &[
    ("add_header_action", "AddHeaderAction"),
    ("bounce_action", "BounceAction"),
    ("lambda_action", "LambdaAction"),
    ("s3_action", "S3Action"),
    ("sns_action", "SNSAction"),
    ("stop_action", "StopAction"),
    ("workmail_action", "WorkmailAction"),
];

fn ses_receipt_rule(m: &mut Mapping<'_>) {
    m.renames(&[
        ("rule_set_name", "RuleSetName"),
        ("after", "After"),
        ("name", "Rule.Name"),
        ("enabled", "Rule.Enabled"),
        ("recipients", "Rule.Recipients"),
        ("scan_enabled", "Rule.ScanEnabled"),
        ("tls_policy", "Rule.TlsPolicy"),
    ]);
    let mut actions: Vec<(Option<i64>, Node)> = Vec::new();
    let mut loc = None;
    for (tf, cfn) in RECEIPT_ACTIONS {
        let Some(blocks) = m.take(tf) else { continue };
        loc = loc.or_else(|| blocks.location.clone());
        let items = match &blocks.value {
            Value::List(items) => items.clone(),
            _ => vec![blocks.clone()],
        };
        for b in items {
            let position = field(&b, "position").and_then(Node::as_i64);
            let action = Node::new(
                Value::Map(vec![(cfn.to_string(), sub_map(&b, &[("position", "")]))]),
                b.location.clone(),
            );
            actions.push((position, action));
        }
    }
    if !actions.is_empty() {
        actions.sort_by_key(|(p, _)| p.unwrap_or(i64::MAX));
        let list = actions.into_iter().map(|(_, a)| a).collect();
        m.set("Rule.Actions", Node::new(Value::List(list), loc));
    }
}

fn state_machine(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "StateMachineName"),
        ("role_arn", "RoleArn"),
        ("type", "StateMachineType"),
    ]);
    if let Some(d) = m.take("definition") {
        let path = if matches!(d.value, Value::Str(_)) {
            "DefinitionString"
        } else {
            "Definition"
        };
        m.set(path, d);
    }
    m.nested(&[
        ("logging_configuration.level", "LoggingConfiguration.Level"),
        (
            "logging_configuration.include_execution_data",
            "LoggingConfiguration.IncludeExecutionData",
        ),
        (
            "tracing_configuration.enabled",
            "TracingConfiguration.Enabled",
        ),
        (
            "encryption_configuration.type",
            "EncryptionConfiguration.Type",
        ),
        (
            "encryption_configuration.kms_key_id",
            "EncryptionConfiguration.KmsKeyId",
        ),
        (
            "encryption_configuration.kms_data_key_reuse_period_seconds",
            "EncryptionConfiguration.KmsDataKeyReusePeriodSeconds",
        ),
    ]);
    if let Some(dest) = m
        .peek("logging_configuration")
        .and_then(first_block)
        .and_then(|l| dig(&l, "log_destination"))
    {
        let loc = dest.location.clone();
        let group = Node::new(
            Value::Map(vec![(
                "CloudWatchLogsLogGroup".into(),
                Node::new(Value::Map(vec![("LogGroupArn".into(), dest)]), loc.clone()),
            )]),
            loc.clone(),
        );
        m.set(
            "LoggingConfiguration.Destinations",
            Node::new(Value::List(vec![group]), loc),
        );
    }
}

/// Repeated blocks, each in the CloudFormation shape.
fn blocks(b: &Node) -> Node {
    match &b.value {
        Value::List(items) => Node::new(
            Value::List(items.iter().map(|i| nested(i, &[], &[])).collect()),
            b.location.clone(),
        ),
        _ => b.clone(),
    }
}

/// Terraform's Firehose destination blocks and their CloudFormation properties.
const FIREHOSE_DESTINATIONS: &[(&str, &str)] = &[
    (
        "extended_s3_configuration",
        "ExtendedS3DestinationConfiguration",
    ),
    ("redshift_configuration", "RedshiftDestinationConfiguration"),
    (
        "elasticsearch_configuration",
        "ElasticsearchDestinationConfiguration",
    ),
    (
        "opensearch_configuration",
        "AmazonopensearchserviceDestinationConfiguration",
    ),
    (
        "opensearchserverless_configuration",
        "AmazonOpenSearchServerlessDestinationConfiguration",
    ),
    ("splunk_configuration", "SplunkDestinationConfiguration"),
    (
        "http_endpoint_configuration",
        "HttpEndpointDestinationConfiguration",
    ),
    (
        "snowflake_configuration",
        "SnowflakeDestinationConfiguration",
    ),
    ("iceberg_configuration", "IcebergDestinationConfiguration"),
    (
        "kinesis_source_configuration",
        "KinesisStreamSourceConfiguration",
    ),
    ("msk_source_configuration", "MSKSourceConfiguration"),
];

/// Argument names inside the destination blocks whose CloudFormation names are not
/// their PascalCase.
const FIREHOSE_RENAMES: &[(&str, &str)] = &[
    ("role_arn", "RoleARN"),
    ("bucket_arn", "BucketARN"),
    ("domain_arn", "DomainARN"),
    ("kinesis_stream_arn", "KinesisStreamARN"),
    ("msk_cluster_arn", "MSKClusterARN"),
    ("cluster_jdbcurl", "ClusterJDBCURL"),
    (
        "kms_key_arn",
        "EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN",
    ),
    ("buffering_size", "BufferingHints.SizeInMBs"),
    ("buffering_interval", "BufferingHints.IntervalInSeconds"),
    ("buffer_size", "BufferingHints.SizeInMBs"),
    ("buffer_interval", "BufferingHints.IntervalInSeconds"),
    ("retry_duration", "RetryOptions.DurationInSeconds"),
    ("data_table_name", "CopyCommand.DataTableName"),
    ("data_table_columns", "CopyCommand.DataTableColumns"),
    ("copy_options", "CopyCommand.CopyOptions"),
    ("hec_endpoint", "HECEndpoint"),
    ("hec_endpoint_type", "HECEndpointType"),
    ("hec_token", "HECToken"),
    (
        "hec_acknowledgment_timeout",
        "HECAcknowledgmentTimeoutInSeconds",
    ),
    ("cloudwatch_logging_options", "CloudWatchLoggingOptions"),
    ("vpc_config", "VpcConfiguration"),
    ("processors", "Processors"),
    ("parameters", "Parameters"),
];

/// Blocks inside the destinations that CloudFormation keeps as lists.
const FIREHOSE_LISTS: &[&str] = &["processors", "parameters", "common_attributes"];

/// The destination blocks into the CloudFormation destination configurations. The
/// stream's source sets `DeliveryStreamType`. Before provider v5, non-S3 destinations
/// took their backup bucket from a top-level `s3_configuration`, which is the whole
/// destination when `destination = "s3"`.
fn firehose_destinations(m: &mut Mapping<'_>) {
    let destination = m.take("destination");
    for (tf, cfn) in FIREHOSE_DESTINATIONS {
        let Some(b) = m.take(tf) else { continue };
        let mut cfg = deep(&b, FIREHOSE_RENAMES, FIREHOSE_LISTS);
        if *tf == "http_endpoint_configuration"
            && let (Value::Map(e), Some(block)) = (&mut cfg.value, first_block(&b))
        {
            e.retain(|(k, _)| !matches!(k.as_str(), "Url" | "Name" | "AccessKey"));
            for (f, p) in [
                ("url", "Url"),
                ("name", "Name"),
                ("access_key", "AccessKey"),
            ] {
                if let Some(v) = field(&block, f) {
                    super::set_path(e, &format!("EndpointConfiguration.{p}"), v.clone());
                }
            }
        }
        m.set(cfn, cfg);
        let source = match *tf {
            "kinesis_source_configuration" => "KinesisStreamAsSource",
            "msk_source_configuration" => "MSKAsSource",
            _ => continue,
        };
        m.set(
            "DeliveryStreamType",
            Node::new(Value::Str(source.into()), b.location.clone()),
        );
    }
    if let Some(s3) = m.take("s3_configuration") {
        let cfg = deep(&s3, FIREHOSE_RENAMES, FIREHOSE_LISTS);
        let own = destination.as_ref().and_then(Node::as_str) == Some("s3");
        let primary = FIREHOSE_DESTINATIONS[..9]
            .iter()
            .find(|(tf, _)| m.peek(tf).is_some())
            .map(|(_, cfn)| *cfn);
        match primary {
            Some(p) if !own => m.set(&format!("{p}.S3Configuration"), cfg),
            _ => m.set("S3DestinationConfiguration", cfg),
        }
    }
}
