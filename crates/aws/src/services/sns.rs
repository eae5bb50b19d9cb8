//! Amazon SNS: topics (encryption, policy) and subscriptions.

use super::Service;
use crate::cx::{Cx, obj, policy};
use serde_json::json;

const KINDS: &[&str] = &[
    "AWS::SNS::Topic",
    "AWS::SNS::TopicPolicy",
    "AWS::SNS::Subscription",
];

pub static SERVICE: Service = Service {
    name: "sns",
    global: false,
    actions: &[
        "sns:ListTopics",
        "sns:GetTopicAttributes",
        "sns:ListSubscriptions",
        "sns:ListTagsForResource",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_sns::Client::new(&cx.sdk);
    let pages = client.list_topics().into_paginator().send();
    let pages = match cx.pages("sns:ListTopics", pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap("sns:ListTopics", &KINDS[..2], &f),
    };
    for arn in pages
        .iter()
        .flat_map(|p| p.topics())
        .filter_map(|t| t.topic_arn())
    {
        let name = arn.rsplit(':').next().unwrap_or(arn);
        let mut props = obj(json!({ "TopicName": name }));
        let action = "sns:GetTopicAttributes";
        match cx
            .call(action, client.get_topic_attributes().topic_arn(arn).send())
            .await
        {
            Ok(o) => {
                let a = o.attributes();
                let get = |k: &str| a.and_then(|a| a.get(k));
                if let Some(k) = get("KmsMasterKeyId").filter(|k| !k.is_empty()) {
                    props.insert("KmsMasterKeyId".into(), json!(k));
                }
                if let Some(p) = get("Policy") {
                    cx.add(
                        "AWS::SNS::TopicPolicy",
                        format!("{arn}/policy"),
                        Vec::new(),
                        obj(json!({ "Topics": [arn], "PolicyDocument": policy(p) })),
                        Vec::new(),
                    );
                }
            }
            Err(f) => {
                props.insert("KmsMasterKeyId".into(), Cx::unknown(action, &f));
            }
        }
        let tags = match cx
            .call(
                "sns:ListTagsForResource",
                client.list_tags_for_resource().resource_arn(arn).send(),
            )
            .await
        {
            Ok(o) => o
                .tags()
                .iter()
                .map(|t| (t.key().to_string(), t.value().to_string()))
                .collect(),
            Err(f) => cx.tags_unread("sns:ListTagsForResource", arn, &f),
        };
        cx.add("AWS::SNS::Topic", arn.to_string(), Vec::new(), props, tags);
    }
    let pages = client.list_subscriptions().into_paginator().send();
    match cx.pages("sns:ListSubscriptions", pages).await {
        Ok(pages) => {
            for s in pages.iter().flat_map(|p| p.subscriptions()) {
                let Some(arn) = s.subscription_arn().filter(|a| a.starts_with("arn:")) else {
                    continue; // PendingConfirmation
                };
                cx.add(
                    "AWS::SNS::Subscription",
                    arn.to_string(),
                    Vec::new(),
                    obj(json!({
                        "TopicArn": s.topic_arn(),
                        "Protocol": s.protocol(),
                        "Endpoint": s.endpoint(),
                    })),
                    Vec::new(),
                );
            }
        }
        Err(f) => cx.gap("sns:ListSubscriptions", &KINDS[2..], &f),
    }
}
