//! Amazon SQS: queues (encryption, retention, redrive) and their policies.

use super::Service;
use crate::cx::{Cx, fault};
use aws_sdk_sqs::types::QueueAttributeName as A;
use serde_json::{Map, Value, json};

pub static SERVICE: Service = Service {
    name: "sqs",
    global: false,
    actions: &[
        "sqs:ListQueues",
        "sqs:GetQueueAttributes",
        "sqs:ListQueueTags",
    ],
    kinds: &["AWS::SQS::Queue", "AWS::SQS::QueuePolicy"],
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_sqs::Client::new(&cx.sdk);
    let mut pages = client
        .list_queues()
        .max_results(1000) // without it SQS returns the first 1,000 queues and no NextToken
        .into_paginator()
        .send();
    while let Some(page) = pages.next().await {
        cx.called();
        match page {
            Ok(p) => {
                for url in p.queue_urls() {
                    queue(cx, &client, url).await;
                }
            }
            Err(e) => return cx.gap("sqs:ListQueues", SERVICE.kinds, &fault(&e)),
        }
    }
}

async fn queue(cx: &Cx, client: &aws_sdk_sqs::Client, url: &str) {
    let name = url.rsplit('/').next().unwrap_or(url).to_string();
    let arn = cx.arn("sqs", &name);
    let mut props = Map::new();
    props.insert("QueueName".into(), json!(name));
    cx.called();
    let attrs = client
        .get_queue_attributes()
        .queue_url(url)
        .attribute_names(A::All)
        .send()
        .await;
    let mut policy = None;
    match attrs {
        Ok(out) => {
            let get = |a: A| out.attributes().and_then(|m| m.get(&a)).cloned();
            for (attr, key) in [
                (A::KmsMasterKeyId, "KmsMasterKeyId"),
                (
                    A::KmsDataKeyReusePeriodSeconds,
                    "KmsDataKeyReusePeriodSeconds",
                ),
                (A::MessageRetentionPeriod, "MessageRetentionPeriod"),
                (A::VisibilityTimeout, "VisibilityTimeout"),
                (A::DelaySeconds, "DelaySeconds"),
            ] {
                if let Some(v) = get(attr) {
                    let v = v.parse::<i64>().map_or(json!(v), |n| json!(n));
                    props.insert(key.into(), v);
                }
            }
            for (attr, key) in [
                (A::SqsManagedSseEnabled, "SqsManagedSseEnabled"),
                (A::FifoQueue, "FifoQueue"),
            ] {
                if let Some(v) = get(attr) {
                    props.insert(key.into(), json!(v == "true"));
                }
            }
            for (attr, key) in [
                (A::RedrivePolicy, "RedrivePolicy"),
                (A::RedriveAllowPolicy, "RedriveAllowPolicy"),
            ] {
                if let Some(v) = get(attr) {
                    props.insert(key.into(), serde_json::from_str(&v).unwrap_or(json!(v)));
                }
            }
            policy = get(A::Policy).map(|p| serde_json::from_str(&p).unwrap_or(Value::String(p)));
        }
        Err(e) => {
            let unknown = Cx::unknown("sqs:GetQueueAttributes", &fault(&e));
            for key in ["KmsMasterKeyId", "SqsManagedSseEnabled"] {
                props.insert(key.into(), unknown.clone());
            }
        }
    }
    let action = "sqs:ListQueueTags";
    let tags = match cx
        .call(action, client.list_queue_tags().queue_url(url).send())
        .await
    {
        Ok(t) => t
            .tags()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default(),
        Err(f) => cx.tags_unread(action, &arn, &f),
    };
    if let Some(doc) = policy {
        let mut p = Map::new();
        p.insert("Queues".into(), json!([url]));
        p.insert("PolicyDocument".into(), doc);
        cx.add(
            "AWS::SQS::QueuePolicy",
            format!("{arn}/policy"),
            Vec::new(),
            p,
            Vec::new(),
        );
    }
    cx.add(
        "AWS::SQS::Queue",
        arn,
        vec![url.to_string(), name],
        props,
        tags,
    );
}
