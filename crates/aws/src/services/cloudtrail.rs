//! AWS CloudTrail: trails read in their home region, with their status (is it logging
//! now) and event selectors.

use super::Service;
use crate::cx::{Cx, Fault, obj};
use serde_json::{Value, json};

const KINDS: &[&str] = &["AWS::CloudTrail::Trail"];

pub static SERVICE: Service = Service {
    name: "cloudtrail",
    global: false,
    actions: &[
        "cloudtrail:DescribeTrails",
        "cloudtrail:GetTrailStatus",
        "cloudtrail:GetEventSelectors",
    ],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

async fn collect(cx: &Cx) {
    let client = aws_sdk_cloudtrail::Client::new(&cx.sdk);
    let out = match cx
        .call(
            "cloudtrail:DescribeTrails",
            client.describe_trails().include_shadow_trails(false).send(),
        )
        .await
    {
        Ok(o) => o,
        Err(f) => return cx.gap("cloudtrail:DescribeTrails", KINDS, &f),
    };
    for t in out.trail_list() {
        let (Some(arn), Some(name)) = (t.trail_arn(), t.name()) else {
            continue;
        };
        if t.home_region().is_some_and(|r| r != cx.region) {
            continue; // read in its home region
        }
        let mut props = obj(json!({
            "TrailName": name,
            "S3BucketName": t.s3_bucket_name(),
            "S3KeyPrefix": t.s3_key_prefix(),
            "IsMultiRegionTrail": t.is_multi_region_trail(),
            "IsOrganizationTrail": t.is_organization_trail(),
            "EnableLogFileValidation": t.log_file_validation_enabled(),
            "IncludeGlobalServiceEvents": t.include_global_service_events(),
            "KMSKeyId": t.kms_key_id(),
            "CloudWatchLogsLogGroupArn": t.cloud_watch_logs_log_group_arn(),
            "CloudWatchLogsRoleArn": t.cloud_watch_logs_role_arn(),
            "HomeRegion": t.home_region().unwrap_or(&cx.region),
        }));
        let action = "cloudtrail:GetTrailStatus";
        let logging = match cx
            .call(action, client.get_trail_status().name(arn).send())
            .await
        {
            Ok(s) => json!(s.is_logging().unwrap_or(false)),
            Err(f) => Cx::unknown(action, &f),
        };
        props.insert("IsLogging".into(), logging);
        let action = "cloudtrail:GetEventSelectors";
        match cx
            .call(action, client.get_event_selectors().trail_name(arn).send())
            .await
        {
            Ok(s) => {
                if !s.event_selectors().is_empty() {
                    props.insert("EventSelectors".into(), selectors(s.event_selectors()));
                }
                if !s.advanced_event_selectors().is_empty() {
                    props.insert(
                        "AdvancedEventSelectors".into(),
                        advanced(s.advanced_event_selectors()),
                    );
                }
            }
            Err(Fault::NotFound(_)) => {}
            Err(f) => {
                props.insert("EventSelectors".into(), Cx::unknown(action, &f));
            }
        }
        cx.add(
            "AWS::CloudTrail::Trail",
            arn.to_string(),
            vec![name.to_string()],
            props,
            Vec::new(),
        );
    }
}

fn selectors(list: &[aws_sdk_cloudtrail::types::EventSelector]) -> Value {
    list.iter()
        .map(|s| {
            Value::Object(obj(json!({
                "ReadWriteType": s.read_write_type().map(|t| t.as_str()),
                "IncludeManagementEvents": s.include_management_events(),
                "ExcludeManagementEventSources": s.exclude_management_event_sources(),
                "DataResources": s.data_resources().iter().map(|d| obj(json!({
                    "Type": d.r#type(),
                    "Values": d.values(),
                }))).collect::<Vec<_>>(),
            })))
        })
        .collect()
}

fn advanced(list: &[aws_sdk_cloudtrail::types::AdvancedEventSelector]) -> Value {
    list.iter()
        .map(|s| {
            let fields: Vec<Value> = s
                .field_selectors()
                .iter()
                .map(|f| {
                    let mut m = obj(json!({ "Field": f.field() }));
                    for (k, v) in [
                        ("Equals", f.equals()),
                        ("StartsWith", f.starts_with()),
                        ("EndsWith", f.ends_with()),
                        ("NotEquals", f.not_equals()),
                        ("NotStartsWith", f.not_starts_with()),
                        ("NotEndsWith", f.not_ends_with()),
                    ] {
                        if !v.is_empty() {
                            m.insert(k.into(), json!(v));
                        }
                    }
                    Value::Object(m)
                })
                .collect();
            Value::Object(obj(json!({ "Name": s.name(), "FieldSelectors": fields })))
        })
        .collect()
}
