//! AWS Security Hub: whether it is enabled in the region (the hub exists).

use super::Service;
use crate::cx::{Cx, Fault, obj};
use serde_json::json;

const KINDS: &[&str] = &["AWS::SecurityHub::Hub"];

pub static SERVICE: Service = Service {
    name: "securityhub",
    global: false,
    actions: &["securityhub:DescribeHub"],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_securityhub::Client::new(&cx.sdk);
    let action = "securityhub:DescribeHub";
    match cx.call(action, client.describe_hub().send()).await {
        Ok(h) => {
            let arn = h
                .hub_arn()
                .map_or_else(|| cx.arn("securityhub", "hub/default"), str::to_string);
            let subscribed = h.subscribed_at().map(|s| json!(s));
            cx.add(
                "AWS::SecurityHub::Hub",
                arn.clone(),
                Vec::new(),
                obj(json!({ "HubArn": arn, "SubscribedAt": subscribed })),
                Vec::new(),
            );
        }
        // "not subscribed" is Security Hub's answer for a region where it is off.
        Err(Fault::NotFound(_)) => {}
        Err(Fault::Other(r)) if r.starts_with("InvalidAccessException") => {}
        Err(f) => cx.gap(action, KINDS, &f),
    }
}
