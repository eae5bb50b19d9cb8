//! AWS IoT Core: things and their groups and types, policies, topic rules, domain
//! configurations.

use super::shape::deep;
use super::{Mapping, Output, field};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// Topic rule action blocks and their CloudFormation action keys.
const ACTIONS: &[(&str, &str)] = &[
    ("cloudwatch_alarm", "CloudwatchAlarm"),
    ("cloudwatch_logs", "CloudwatchLogs"),
    ("cloudwatch_metric", "CloudwatchMetric"),
    ("dynamodb", "DynamoDB"),
    ("dynamodbv2", "DynamoDBv2"),
    ("elasticsearch", "Elasticsearch"),
    ("firehose", "Firehose"),
    ("http", "Http"),
    ("iot_analytics", "IotAnalytics"),
    ("iot_events", "IotEvents"),
    ("kafka", "Kafka"),
    ("kinesis", "Kinesis"),
    ("lambda", "Lambda"),
    ("republish", "Republish"),
    ("s3", "S3"),
    ("sns", "Sns"),
    ("sqs", "Sqs"),
    ("step_functions", "StepFunctions"),
    ("timestream", "Timestream"),
];

/// Maps the IoT types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_iot_thing" => {
            m.renames(&[
                ("name", "ThingName"),
                ("thing_type_name", "ThingTypeName"),
                ("attributes", "AttributePayload.Attributes"),
            ]);
            "AWS::IoT::Thing"
        }
        "aws_iot_thing_group" => {
            m.renames(&[
                ("name", "ThingGroupName"),
                ("parent_group_name", "ParentGroupName"),
            ]);
            if let Some(p) = m.take("properties") {
                m.set(
                    "ThingGroupProperties",
                    deep(&p, &[("description", "ThingGroupDescription")], &[]),
                );
            }
            "AWS::IoT::ThingGroup"
        }
        "aws_iot_thing_type" => {
            m.renames(&[
                ("name", "ThingTypeName"),
                ("deprecated", "DeprecateThingType"),
            ]);
            if let Some(p) = m.take("properties") {
                m.set(
                    "ThingTypeProperties",
                    deep(&p, &[("description", "ThingTypeDescription")], &[]),
                );
            }
            "AWS::IoT::ThingType"
        }
        "aws_iot_policy" => {
            m.rename("name", "PolicyName");
            m.document("policy", "PolicyDocument");
            "AWS::IoT::Policy"
        }
        "aws_iot_topic_rule" => {
            topic_rule(&mut m);
            "AWS::IoT::TopicRule"
        }
        "aws_iot_domain_configuration" => {
            m.renames(&[
                ("name", "DomainConfigurationName"),
                ("domain_name", "DomainName"),
                ("service_type", "ServiceType"),
                ("server_certificate_arns", "ServerCertificateArns"),
                ("validation_certificate_arn", "ValidationCertificateArn"),
                ("status", "DomainConfigurationStatus"),
            ]);
            m.block_map(
                "tls_config",
                "TlsConfig",
                &[("security_policy", "SecurityPolicy")],
            );
            m.block_map(
                "authorizer_config",
                "AuthorizerConfig",
                &[
                    ("allow_authorizer_override", "AllowAuthorizerOverride"),
                    ("default_authorizer_name", "DefaultAuthorizerName"),
                ],
            );
            "AWS::IoT::DomainConfiguration"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

/// A topic rule: its SQL and actions go into `TopicRulePayload`; `enabled` is the
/// negation of `RuleDisabled`.
fn topic_rule(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "RuleName"),
        ("sql", "TopicRulePayload.Sql"),
        ("sql_version", "TopicRulePayload.AwsIotSqlVersion"),
        ("description", "TopicRulePayload.Description"),
    ]);
    if let Some(e) = m.take("enabled") {
        let disabled = match e.as_bool() {
            Some(b) => Node::new(Value::Bool(!b), e.location.clone()),
            None => e,
        };
        m.set("TopicRulePayload.RuleDisabled", disabled);
    }
    let mut actions = Vec::new();
    let mut at = None;
    for (tf, cfn) in ACTIONS {
        let Some(blocks) = m.take(tf) else { continue };
        at.get_or_insert(blocks.location.clone());
        let items = match &blocks.value {
            Value::List(items) => items.clone(),
            _ => vec![blocks.clone()],
        };
        for b in items {
            let loc = b.location.clone();
            actions.push(Node::new(
                Value::Map(vec![((*cfn).to_string(), deep(&b, &[], &[]))]),
                loc,
            ));
        }
    }
    if let Some(loc) = at {
        m.set(
            "TopicRulePayload.Actions",
            Node::new(Value::List(actions), loc),
        );
    }
    if let Some(e) = m.block("error_action") {
        let action = ACTIONS
            .iter()
            .find_map(|(tf, cfn)| field(&e, tf).map(|b| ((*cfn).to_string(), deep(b, &[], &[]))));
        if let Some(a) = action {
            let loc = e.location.clone();
            m.set(
                "TopicRulePayload.ErrorAction",
                Node::new(Value::Map(vec![a]), loc),
            );
        }
    }
}
