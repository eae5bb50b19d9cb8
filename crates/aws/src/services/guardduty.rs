//! Amazon GuardDuty: the detector of each region and whether it is enabled.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::json;

const KINDS: &[&str] = &["AWS::GuardDuty::Detector"];

pub static SERVICE: Service = Service {
    name: "guardduty",
    global: false,
    actions: &["guardduty:ListDetectors", "guardduty:GetDetector"],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_guardduty::Client::new(&cx.sdk);
    let pages = client.list_detectors().into_paginator().send();
    let pages = match cx.pages("guardduty:ListDetectors", pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap("guardduty:ListDetectors", KINDS, &f),
    };
    for id in pages.iter().flat_map(|p| p.detector_ids()) {
        let action = "guardduty:GetDetector";
        let props = match cx
            .call(action, client.get_detector().detector_id(id).send())
            .await
        {
            Ok(d) => obj(json!({
                "Enable": d.status().is_some_and(|s| s.as_str() == "ENABLED"),
                "FindingPublishingFrequency": d.finding_publishing_frequency().map(|f| f.as_str()),
                "Features": d.features().iter().map(|f| obj(json!({
                    "Name": f.name().map(|n| n.as_str()),
                    "Status": f.status().map(|s| s.as_str()),
                }))).collect::<Vec<_>>(),
            })),
            Err(f) => obj(json!({ "Enable": Cx::unknown(action, &f) })),
        };
        cx.add(
            "AWS::GuardDuty::Detector",
            cx.arn("guardduty", &format!("detector/{id}")),
            vec![id.to_string()],
            props,
            Vec::new(),
        );
    }
}
