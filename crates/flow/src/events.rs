//! Flows by events and messages: S3 notifications, SNS subscriptions, Lambda event
//! source mappings and SAM events, dead-letter queues and destinations, CloudWatch Logs
//! subscription filters.

use crate::{Flows, Index, Mechanism, document};
use phiguard_model::{Node, Resource, ResourceId};

const LAMBDA: &[&str] = &["AWS::Lambda::Function"];

pub(crate) fn derive(idx: &Index, flows: &mut Flows) {
    s3_notifications(idx, flows);
    sns(idx, flows);
    event_source_mappings(idx, flows);
    sam_events(idx, flows);
    dead_letters(idx, flows);
    logs_subscriptions(idx, flows);
    event_rules(idx, flows);
    pipes(idx, flows);
}

/// The resource a target ARN names in the scan, else the node of its service outside it.
fn target_or_service(
    idx: &Index,
    flows: &mut Flows,
    from: &Resource,
    node: &Node,
) -> Option<ResourceId> {
    idx.one(from, node, &[])
        .or_else(|| flows.service_of_arn(node, from))
}

/// EventBridge: an event bus hands events to its rules, a rule sends them to its targets
/// (in the scan, or a service outside it).
fn event_rules(idx: &Index, flows: &mut Flows) {
    for rule in idx.graph.of_kind("AWS::Events::Rule") {
        if let Some(bus) = idx.attr(rule, "EventBusName", &["AWS::Events::EventBus"]) {
            flows.add(bus, rule.id, Mechanism::EventRule, "");
        }
        for t in rule
            .get("Targets")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            let id = t.get("Id").node().and_then(Node::as_str).unwrap_or("");
            if let Some(arn) = t.get("Arn").node()
                && let Some(to) = target_or_service(idx, flows, rule, arn)
            {
                flows.add(rule.id, to, Mechanism::EventTarget, id);
            }
        }
    }
}

/// EventBridge Pipes: source → pipe → target.
fn pipes(idx: &Index, flows: &mut Flows) {
    for p in idx.graph.of_kind("AWS::Pipes::Pipe") {
        if let Some(src) = idx.attr(p, "Source", &[]) {
            flows.add(src, p.id, Mechanism::Pipe, "source");
        }
        if let Some(arn) = p.get("Target").node()
            && let Some(to) = target_or_service(idx, flows, p, arn)
        {
            flows.add(p.id, to, Mechanism::Pipe, "target");
        }
    }
}

fn s3_notifications(idx: &Index, flows: &mut Flows) {
    for b in idx.graph.of_kind("AWS::S3::Bucket") {
        for (list, key, kind) in [
            ("LambdaConfigurations", "Function", "AWS::Lambda::Function"),
            ("QueueConfigurations", "Queue", "AWS::SQS::Queue"),
            ("TopicConfigurations", "Topic", "AWS::SNS::Topic"),
        ] {
            let path = format!("NotificationConfiguration.{list}");
            for c in b.get(&path).node().map(Node::items).unwrap_or_default() {
                if let Some(target) = c.get(key).node().and_then(|n| idx.one(b, n, &[kind])) {
                    flows.add(b.id, target, Mechanism::S3Notification, "");
                }
            }
        }
    }
}

fn sns(idx: &Index, flows: &mut Flows) {
    let topics = &["AWS::SNS::Topic"][..];
    for s in idx.graph.of_kind("AWS::SNS::Subscription") {
        let protocol = s
            .get("Protocol")
            .node()
            .and_then(Node::as_str)
            .unwrap_or("");
        if let Some(topic) = idx.attr(s, "TopicArn", topics) {
            flows.add(topic, s.id, Mechanism::SnsSubscription, protocol);
        }
        if let Some(endpoint) = s
            .get("Endpoint")
            .node()
            .and_then(|n| target_or_service(idx, flows, s, n))
        {
            flows.add(s.id, endpoint, Mechanism::SnsDelivery, protocol);
        }
    }
    for t in idx.graph.of_kind("AWS::SNS::Topic") {
        for sub in t
            .get("Subscription")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            let protocol = sub
                .get("Protocol")
                .node()
                .and_then(Node::as_str)
                .unwrap_or("");
            if let Some(endpoint) = sub
                .get("Endpoint")
                .node()
                .and_then(|n| target_or_service(idx, flows, t, n))
            {
                flows.add(t.id, endpoint, Mechanism::SnsSubscription, protocol);
            }
        }
    }
}

fn event_source_mappings(idx: &Index, flows: &mut Flows) {
    for m in idx.graph.of_kind("AWS::Lambda::EventSourceMapping") {
        let (Some(source), Some(function)) = (
            idx.attr(m, "EventSourceArn", &[]),
            idx.attr(m, "FunctionName", LAMBDA),
        ) else {
            continue;
        };
        flows.add(source, function, Mechanism::EventSourceMapping, "");
    }
}

/// SAM function `Events`: the event's source feeds the function; API events are
/// request and response.
fn sam_events(idx: &Index, flows: &mut Flows) {
    for f in idx.graph.of_kind("AWS::Lambda::Function") {
        if f.source_type != "AWS::Serverless::Function" {
            continue;
        }
        for (_, event) in f
            .get("Events")
            .node()
            .map(Node::entries)
            .unwrap_or_default()
        {
            let Some(kind) = event.get("Type").node().and_then(Node::as_str) else {
                continue;
            };
            let source = |prop: &str| {
                event
                    .get(&format!("Properties.{prop}"))
                    .node()
                    .and_then(|n| idx.one(f, n, &[]))
            };
            match kind {
                "Api" | "HttpApi" => {
                    let prop = if kind == "Api" { "RestApiId" } else { "ApiId" };
                    if let Some(api) = source(prop) {
                        let method = event
                            .get("Properties.Method")
                            .node()
                            .and_then(Node::as_str)
                            .unwrap_or("");
                        let path = event
                            .get("Properties.Path")
                            .node()
                            .and_then(Node::as_str)
                            .unwrap_or("");
                        let detail = format!("sam event {kind} {} {path}", method.to_uppercase());
                        flows.add(api, f.id, Mechanism::ApiIntegration, detail.trim());
                        flows.add(f.id, api, Mechanism::ApiIntegrationResponse, detail.trim());
                    }
                }
                _ => {
                    let prop = match kind {
                        "S3" => "Bucket",
                        "SQS" => "Queue",
                        "SNS" => "Topic",
                        "Kinesis" | "DynamoDB" | "MSK" => "Stream",
                        "MQ" => "Broker",
                        "DocumentDB" => "Cluster",
                        "CloudWatchLogs" => "LogGroupName",
                        _ => continue,
                    };
                    if let Some(src) = source(prop) {
                        flows.add(src, f.id, Mechanism::SamEvent, kind);
                    }
                }
            }
        }
    }
}

/// Dead-letter queues and asynchronous-invocation destinations of functions; redrive
/// targets of queues.
fn dead_letters(idx: &Index, flows: &mut Flows) {
    let add = |flows: &mut Flows, from: &Resource, node: Option<&Node>, detail: &str| {
        if let Some(to) = node.and_then(|n| idx.one(from, n, &[])) {
            flows.add(from.id, to, Mechanism::DeadLetter, detail);
        }
    };
    for f in idx.graph.of_kind("AWS::Lambda::Function") {
        add(
            flows,
            f,
            f.get("DeadLetterConfig.TargetArn").node(),
            "dead-letter queue",
        );
        // SAM's EventInvokeConfig on the function itself.
        for outcome in ["OnSuccess", "OnFailure"] {
            let path = format!("EventInvokeConfig.DestinationConfig.{outcome}.Destination");
            add(flows, f, f.get(&path).node(), outcome);
        }
    }
    for c in idx.graph.of_kind("AWS::Lambda::EventInvokeConfig") {
        let Some(function) = idx.attr(c, "FunctionName", LAMBDA) else {
            continue;
        };
        for outcome in ["OnSuccess", "OnFailure"] {
            let path = format!("DestinationConfig.{outcome}.Destination");
            if let Some(to) = idx.attr(c, &path, &[]) {
                flows.add(function, to, Mechanism::DeadLetter, outcome);
            }
        }
    }
    for q in idx.graph.of_kind("AWS::SQS::Queue") {
        let Some(policy) = q.get("RedrivePolicy").node().and_then(document) else {
            continue;
        };
        add(
            flows,
            q,
            policy.get("deadLetterTargetArn").node(),
            "redrive",
        );
    }
}

fn logs_subscriptions(idx: &Index, flows: &mut Flows) {
    for s in idx.graph.of_kind("AWS::Logs::SubscriptionFilter") {
        if let (Some(group), Some(dest)) = (
            idx.attr(s, "LogGroupName", &["AWS::Logs::LogGroup"]),
            idx.attr(s, "DestinationArn", &[]),
        ) {
            flows.add(group, dest, Mechanism::LogsSubscription, "");
        }
    }
}
