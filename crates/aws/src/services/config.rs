//! AWS Config: configuration recorders with their status, and delivery channels.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::json;

const KINDS: &[&str] = &[
    "AWS::Config::ConfigurationRecorder",
    "AWS::Config::DeliveryChannel",
];

pub static SERVICE: Service = Service {
    name: "config",
    global: false,
    actions: &[
        "config:DescribeConfigurationRecorders",
        "config:DescribeConfigurationRecorderStatus",
        "config:DescribeDeliveryChannels",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_config::Client::new(&cx.sdk);
    let action = "config:DescribeConfigurationRecorders";
    let recorders = match cx
        .call(action, client.describe_configuration_recorders().send())
        .await
    {
        Ok(o) => o,
        Err(f) => return cx.gap(action, &KINDS[..1], &f),
    };
    let action = "config:DescribeConfigurationRecorderStatus";
    let status = cx
        .call(
            action,
            client.describe_configuration_recorder_status().send(),
        )
        .await;
    for r in recorders.configuration_recorders() {
        let name = r.name().unwrap_or("default");
        let group = r.recording_group().map(|g| {
            obj(json!({
                "AllSupported": g.all_supported(),
                "IncludeGlobalResourceTypes": g.include_global_resource_types(),
                "ResourceTypes": g.resource_types().iter().map(|t| t.as_str()).collect::<Vec<_>>(),
            }))
        });
        let state = match &status {
            Ok(s) => s
                .configuration_recorders_status()
                .iter()
                .find(|s| s.name() == Some(name))
                .map_or(json!({ "Recording": false }), |s| {
                    json!(obj(json!({
                        "Recording": s.recording(),
                        "LastStatus": s.last_status().map(|l| l.as_str()),
                    })))
                }),
            Err(f) => Cx::unknown(action, f),
        };
        cx.add(
            "AWS::Config::ConfigurationRecorder",
            r.arn().map_or_else(
                || cx.arn("config", &format!("config-recorder/{name}")),
                str::to_string,
            ),
            vec![name.to_string()],
            obj(json!({
                "Name": name,
                "RoleARN": r.role_arn(),
                "RecordingGroup": group,
                "Status": state,
            })),
            Vec::new(),
        );
    }
    let action = "config:DescribeDeliveryChannels";
    match cx
        .call(action, client.describe_delivery_channels().send())
        .await
    {
        Ok(out) => {
            for c in out.delivery_channels() {
                let name = c.name().unwrap_or("default");
                cx.add(
                    "AWS::Config::DeliveryChannel",
                    cx.arn("config", &format!("delivery-channel/{name}")),
                    Vec::new(),
                    obj(json!({
                        "Name": name,
                        "S3BucketName": c.s3_bucket_name(),
                        "S3KmsKeyArn": c.s3_kms_key_arn(),
                        "SnsTopicARN": c.sns_topic_arn(),
                    })),
                    Vec::new(),
                );
            }
        }
        Err(f) => cx.gap(action, &KINDS[1..], &f),
    }
}
