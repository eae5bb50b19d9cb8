//! Amazon Kinesis Data Streams: streams with their server-side encryption.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::json;

const KIND: &str = "AWS::Kinesis::Stream";

pub static SERVICE: Service = Service {
    name: "kinesis",
    global: false,
    actions: &[
        "kinesis:ListStreams",
        "kinesis:DescribeStreamSummary",
        "kinesis:ListTagsForStream",
    ],
    kinds: &[KIND],
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_kinesis::Client::new(&cx.sdk);
    let action = "kinesis:ListStreams";
    let pages = client.list_streams().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &[KIND], &f),
    };
    for name in pages.iter().flat_map(|p| p.stream_names()) {
        let action = "kinesis:DescribeStreamSummary";
        let (arn, props) = match cx
            .call(
                action,
                client.describe_stream_summary().stream_name(name).send(),
            )
            .await
        {
            Ok(o) => {
                let Some(s) = o.stream_description_summary() else {
                    continue;
                };
                // AWS reports an unencrypted stream as EncryptionType NONE; the schema has
                // no such value and leaves StreamEncryption out.
                let kind = s.encryption_type().map_or("NONE", |e| e.as_str());
                let props = obj(json!({
                    "Name": name,
                    "RetentionPeriodHours": s.retention_period_hours(),
                    "ShardCount": s.open_shard_count(),
                    "StreamModeDetails": s.stream_mode_details().map(|m| json!({ "StreamMode": m.stream_mode().as_str() })),
                    "StreamEncryption": (kind != "NONE").then(|| obj(json!({
                        "EncryptionType": kind,
                        "KeyId": s.key_id(),
                    }))),
                }));
                (s.stream_arn().to_string(), props)
            }
            Err(f) => (
                cx.arn("kinesis", &format!("stream/{name}")),
                obj(json!({ "Name": name, "StreamEncryption": Cx::unknown(action, &f) })),
            ),
        };
        let tags = match cx
            .call(
                "kinesis:ListTagsForStream",
                client.list_tags_for_stream().stream_name(name).send(),
            )
            .await
        {
            Ok(o) => o
                .tags()
                .iter()
                .map(|t| (t.key().to_string(), t.value().unwrap_or("").to_string()))
                .collect(),
            Err(f) => cx.tags_unread("kinesis:ListTagsForStream", &arn, &f),
        };
        cx.add(KIND, arn, vec![name.to_string()], props, tags);
    }
}
