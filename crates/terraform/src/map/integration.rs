//! Messaging and streaming: SQS, SNS, Kinesis, Data Firehose, EventBridge.

use super::shape::deep;
use super::{Mapping, Output, attach, field, first_block};
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
