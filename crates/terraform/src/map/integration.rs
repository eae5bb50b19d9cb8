//! Messaging, streaming and data movement: SQS, SNS, Kinesis, Data Firehose, AppFlow,
//! DataSync; Amazon Connect and Customer Profiles.

use super::{Mapping, Output, field, nested};
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
            ("AWS::KinesisFirehose::DeliveryStream", Vec::new())
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
