//! Amazon Data Firehose: delivery streams with their server-side encryption, source and
//! destination configurations in the schema shape (secrets such as Splunk HEC tokens are
//! recorded as set, never copied).

use super::Service;
use crate::cx::{Cx, obj};
use aws_sdk_firehose::types as t;
use serde_json::{Map, Value, json};

const KIND: &str = "AWS::KinesisFirehose::DeliveryStream";

pub static SERVICE: Service = Service {
    name: "firehose",
    global: false,
    actions: &[
        "firehose:ListDeliveryStreams",
        "firehose:DescribeDeliveryStream",
        "firehose:ListTagsForDeliveryStream",
    ],
    kinds: &[KIND],
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_firehose::Client::new(&cx.sdk);
    let action = "firehose:ListDeliveryStreams";
    let mut names: Vec<String> = Vec::new();
    loop {
        let call = client
            .list_delivery_streams()
            .set_exclusive_start_delivery_stream_name(names.last().cloned())
            .send();
        match cx.call(action, call).await {
            Ok(o) => {
                let page = o.delivery_stream_names();
                names.extend(page.iter().cloned());
                if !o.has_more_delivery_streams() || page.is_empty() {
                    break;
                }
            }
            Err(f) => return cx.gap(action, &[KIND], &f),
        }
    }
    for name in &names {
        stream(cx, &client, name).await;
    }
}

async fn stream(cx: &Cx, client: &aws_sdk_firehose::Client, name: &str) {
    let action = "firehose:DescribeDeliveryStream";
    let (arn, props) = match cx
        .call(
            action,
            client
                .describe_delivery_stream()
                .delivery_stream_name(name)
                .send(),
        )
        .await
    {
        Ok(o) => {
            let Some(d) = o.delivery_stream_description() else {
                return;
            };
            (d.delivery_stream_arn().to_string(), describe(name, d))
        }
        Err(f) => {
            // Neither the source, the encryption nor the destination is known. The rules
            // look for a destination by its configuration's name: one whose parts are all
            // unknown makes them say unknown rather than "no destination".
            let unknown = Cx::unknown(action, &f);
            let mut props = Map::new();
            props.insert("DeliveryStreamName".into(), json!(name));
            props.insert("DeliveryStreamType".into(), unknown.clone());
            props.insert(
                "DeliveryStreamEncryptionConfigurationInput".into(),
                unknown.clone(),
            );
            props.insert(
                "ExtendedS3DestinationConfiguration".into(),
                json!({
                    "BucketARN": unknown,
                    "EncryptionConfiguration": unknown,
                    "CloudWatchLoggingOptions": unknown,
                }),
            );
            (cx.arn("firehose", &format!("deliverystream/{name}")), props)
        }
    };
    let tags = match cx
        .call(
            "firehose:ListTagsForDeliveryStream",
            client
                .list_tags_for_delivery_stream()
                .delivery_stream_name(name)
                .send(),
        )
        .await
    {
        Ok(o) => o
            .tags()
            .iter()
            .map(|t| (t.key().to_string(), t.value().unwrap_or("").to_string()))
            .collect(),
        Err(f) => cx.tags_unread("firehose:ListTagsForDeliveryStream", &arn, &f),
    };
    cx.add(KIND, arn, vec![name.to_string()], props, tags);
}

fn describe(name: &str, d: &t::DeliveryStreamDescription) -> Map<String, Value> {
    // Encryption is in effect only while its status is ENABLED (or being enabled); a
    // disabled or failed configuration is no encryption, as in the schema. (AWS always
    // reports the status; without one the key type reported is taken as configured.)
    let sse = d.delivery_stream_encryption_configuration().filter(|e| {
        matches!(
            e.status(),
            None | Some(
                t::DeliveryStreamEncryptionStatus::Enabled
                    | t::DeliveryStreamEncryptionStatus::Enabling
            )
        )
    });
    let source = d.source();
    let mut props = obj(json!({
        "DeliveryStreamName": name,
        "DeliveryStreamType": d.delivery_stream_type().as_str(),
        "DeliveryStreamEncryptionConfigurationInput": sse.map(|e| obj(json!({
            "KeyType": e.key_type().map(|k| k.as_str()),
            "KeyARN": e.key_arn(),
        }))),
        "KinesisStreamSourceConfiguration": source.and_then(|s| s.kinesis_stream_source_description()).map(|k| obj(json!({
            "KinesisStreamARN": k.kinesis_stream_arn(),
            "RoleARN": k.role_arn(),
        }))),
        "MSKSourceConfiguration": source.and_then(|s| s.msk_source_description()).map(|m| obj(json!({
            "MSKClusterARN": m.msk_cluster_arn(),
            "TopicName": m.topic_name(),
        }))),
    }));
    // One destination per stream today; the first is the one the schema describes.
    if let Some(dest) = d.destinations().first() {
        for (key, value) in destination(dest) {
            props.insert(key.into(), value);
        }
    }
    props
}

fn logging(l: Option<&t::CloudWatchLoggingOptions>) -> Option<Value> {
    l.map(|l| {
        Value::Object(obj(json!({
            "Enabled": l.enabled(),
            "LogGroupName": l.log_group_name(),
            "LogStreamName": l.log_stream_name(),
        })))
    })
}

fn encryption(e: Option<&t::EncryptionConfiguration>) -> Option<Value> {
    let e = e?;
    Some(match e.kms_encryption_config() {
        Some(k) => json!({ "KMSEncryptionConfig": { "AWSKMSKeyARN": k.awskms_key_arn() } }),
        None => {
            json!({ "NoEncryptionConfig": e.no_encryption_config().map_or("NoEncryption", |n| n.as_str()) })
        }
    })
}

/// An S3 destination (or the S3 configuration of another destination).
fn s3(s: &t::S3DestinationDescription) -> Value {
    Value::Object(obj(json!({
        "BucketARN": s.bucket_arn(),
        "RoleARN": s.role_arn(),
        "Prefix": s.prefix(),
        "ErrorOutputPrefix": s.error_output_prefix(),
        "CompressionFormat": s.compression_format().as_str(),
        "EncryptionConfiguration": encryption(s.encryption_configuration()),
        "CloudWatchLoggingOptions": logging(s.cloud_watch_logging_options()),
    })))
}

fn destination(d: &t::DestinationDescription) -> Vec<(&'static str, Value)> {
    if let Some(x) = d.extended_s3_destination_description() {
        // AWS also reports an extended S3 destination as a plain S3 one: keep one.
        return vec![(
            "ExtendedS3DestinationConfiguration",
            Value::Object(obj(json!({
                "BucketARN": x.bucket_arn(),
                "RoleARN": x.role_arn(),
                "Prefix": x.prefix(),
                "ErrorOutputPrefix": x.error_output_prefix(),
                "CompressionFormat": x.compression_format().as_str(),
                "EncryptionConfiguration": encryption(x.encryption_configuration()),
                "CloudWatchLoggingOptions": logging(x.cloud_watch_logging_options()),
                "S3BackupMode": x.s3_backup_mode().map(|m| m.as_str()),
                "S3BackupConfiguration": x.s3_backup_description().map(s3),
            }))),
        )];
    }
    if let Some(x) = d.s3_destination_description() {
        return vec![("S3DestinationConfiguration", s3(x))];
    }
    if let Some(x) = d.redshift_destination_description() {
        return vec![(
            "RedshiftDestinationConfiguration",
            Value::Object(obj(json!({
                "ClusterJDBCURL": x.cluster_jdbcurl(),
                "RoleARN": x.role_arn(),
                "Username": x.username(),
                "S3Configuration": x.s3_destination_description().map(s3),
                "S3BackupMode": x.s3_backup_mode().map(|m| m.as_str()),
                "S3BackupConfiguration": x.s3_backup_description().map(s3),
                "CloudWatchLoggingOptions": logging(x.cloud_watch_logging_options()),
            }))),
        )];
    }
    // Elasticsearch and OpenSearch destinations: the same fields in two SDK types.
    macro_rules! search_domain {
        ($x:expr) => {
            Value::Object(obj(json!({
                "DomainARN": $x.domain_arn(),
                "ClusterEndpoint": $x.cluster_endpoint(),
                "IndexName": $x.index_name(),
                "RoleARN": $x.role_arn(),
                "S3BackupMode": $x.s3_backup_mode().map(|m| m.as_str()),
                "S3Configuration": $x.s3_destination_description().map(s3),
                "CloudWatchLoggingOptions": logging($x.cloud_watch_logging_options()),
            })))
        };
    }
    if let Some(x) = d.elasticsearch_destination_description() {
        return vec![("ElasticsearchDestinationConfiguration", search_domain!(x))];
    }
    if let Some(x) = d.amazonopensearchservice_destination_description() {
        return vec![(
            "AmazonopensearchserviceDestinationConfiguration",
            search_domain!(x),
        )];
    }
    if let Some(x) = d.amazon_open_search_serverless_destination_description() {
        return vec![(
            "AmazonOpenSearchServerlessDestinationConfiguration",
            Value::Object(obj(json!({
                "CollectionEndpoint": x.collection_endpoint(),
                "IndexName": x.index_name(),
                "RoleARN": x.role_arn(),
                "S3Configuration": x.s3_destination_description().map(s3),
                "CloudWatchLoggingOptions": logging(x.cloud_watch_logging_options()),
            }))),
        )];
    }
    if let Some(x) = d.splunk_destination_description() {
        return vec![(
            "SplunkDestinationConfiguration",
            Value::Object(obj(json!({
                "HECEndpoint": x.hec_endpoint(),
                "HECEndpointType": x.hec_endpoint_type().map(|t| t.as_str()),
                // The token is a secret: recorded as set, never copied.
                "HECToken": x.hec_token().map(|_| json!({ "$hidden": "Splunk HEC token" })),
                "S3BackupMode": x.s3_backup_mode().map(|m| m.as_str()),
                "S3Configuration": x.s3_destination_description().map(s3),
                "CloudWatchLoggingOptions": logging(x.cloud_watch_logging_options()),
            }))),
        )];
    }
    if let Some(x) = d.http_endpoint_destination_description() {
        return vec![(
            "HttpEndpointDestinationConfiguration",
            Value::Object(obj(json!({
                "EndpointConfiguration": x.endpoint_configuration().map(|e| obj(json!({
                    "Url": e.url(),
                    "Name": e.name(),
                }))),
                "RoleARN": x.role_arn(),
                "S3BackupMode": x.s3_backup_mode().map(|m| m.as_str()),
                "S3Configuration": x.s3_destination_description().map(s3),
                "CloudWatchLoggingOptions": logging(x.cloud_watch_logging_options()),
            }))),
        )];
    }
    if let Some(x) = d.snowflake_destination_description() {
        return vec![(
            "SnowflakeDestinationConfiguration",
            Value::Object(obj(json!({
                "S3Configuration": x.s3_destination_description().map(s3),
                "CloudWatchLoggingOptions": logging(x.cloud_watch_logging_options()),
            }))),
        )];
    }
    if let Some(x) = d.iceberg_destination_description() {
        return vec![(
            "IcebergDestinationConfiguration",
            Value::Object(obj(json!({
                "S3Configuration": x.s3_destination_description().map(s3),
                "CloudWatchLoggingOptions": logging(x.cloud_watch_logging_options()),
            }))),
        )];
    }
    Vec::new()
}
