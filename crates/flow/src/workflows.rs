//! Flows of Step Functions state machines: each task's input goes from the state
//! machine to the task's resource and its result comes back.

use crate::{Flows, Index, Mechanism, document};
use phiguard_model::{Node, Resource, ResourceId, Value};

const LAMBDA: &[&str] = &["AWS::Lambda::Function"];

/// Optimised integrations (`arn:aws:states:::<service>:<action>`): the parameter naming
/// the resource, and whether data goes to it, comes from it, or both.
const INTEGRATIONS: &[(&str, &str, bool, bool)] = &[
    // (service:action prefix, parameter, to resource, from resource)
    ("lambda:invoke", "FunctionName", true, true),
    ("sqs:sendMessage", "QueueUrl", true, false),
    ("sns:publish", "TopicArn", true, false),
    ("dynamodb:putItem", "TableName", true, false),
    ("dynamodb:updateItem", "TableName", true, false),
    ("dynamodb:getItem", "TableName", false, true),
    ("ecs:runTask", "TaskDefinition", true, true),
    ("states:startExecution", "StateMachineArn", true, true),
    ("aws-sdk:s3:putObject", "Bucket", true, false),
    ("aws-sdk:s3:getObject", "Bucket", false, true),
    (
        "aws-sdk:firehose:putRecord",
        "DeliveryStreamName",
        true,
        false,
    ),
    ("aws-sdk:kinesis:putRecord", "StreamName", true, false),
    ("aws-sdk:dynamodb:query", "TableName", false, true),
];

pub(crate) fn derive(idx: &Index, flows: &mut Flows) {
    for sm in idx.graph.of_kind("AWS::StepFunctions::StateMachine") {
        let def = sm.get("Definition").node().cloned().or_else(|| {
            sm.get("DefinitionString")
                .node()
                .and_then(document)
                .map(|c| c.into_owned())
        });
        let Some(mut def) = def else { continue };
        if let Some(subs) = sm.get("DefinitionSubstitutions").node() {
            substitute(&mut def, subs);
        }
        let mut tasks = Vec::new();
        def.walk(&mut |n| {
            if n.get("Type").node().and_then(Node::as_str) == Some("Task")
                && let Some(res) = n.get("Resource").node()
            {
                tasks.push((n, res));
            }
        });
        for (state, res) in tasks {
            task(idx, flows, sm, state, res);
        }
    }
}

fn task(idx: &Index, flows: &mut Flows, sm: &Resource, state: &Node, res: &Node) {
    let link = |flows: &mut Flows, target: ResourceId, to: bool, from: bool, detail: &str| {
        if to {
            flows.add(sm.id, target, Mechanism::StepFunctionsTask, detail);
        }
        if from {
            flows.add(
                target,
                sm.id,
                Mechanism::StepFunctionsTask,
                &format!("{detail} result"),
            );
        }
    };
    let arn = res.as_str().unwrap_or("");
    let integration = arn
        .strip_prefix("arn:aws:states:::")
        .or_else(|| arn.strip_prefix("arn:${AWS::Partition}:states:::"));
    match integration {
        Some(service_action) => {
            let sdk = service_action.strip_prefix("aws-sdk:");
            let (service, action) = sdk
                .unwrap_or(service_action)
                .split_once(':')
                .unwrap_or((service_action, ""));
            let mut linked = false;
            if let Some(&(name, param, to, from)) = INTEGRATIONS.iter().find(|(p, ..)| {
                service_action
                    .to_ascii_lowercase()
                    .starts_with(&p.to_ascii_lowercase())
            }) && let Some(value) = state.get(&format!("Parameters.{param}")).node()
            {
                for target in idx.refs(sm, value, &[]) {
                    link(flows, target, to, from, name);
                    linked = true;
                }
            }
            // A service outside the scan: the task hands it the state's input.
            if !linked
                && (sdk.is_none() || crate::services::writes(service, action))
                && let Some(ext) = flows.service(service, sm, res.location.as_ref())
            {
                link(flows, ext, true, false, service_action);
            }
        }
        // A function ARN as the resource: invoke it.
        None => {
            for target in idx.refs(sm, res, LAMBDA) {
                link(flows, target, true, true, "lambda");
            }
        }
    }
}

/// Replaces `${Key}` in strings with the `DefinitionSubstitutions` value of `Key`,
/// keeping references as `${Name}` / `${Name.Attribute}` tokens.
fn substitute(def: &mut Node, subs: &Node) {
    fn text(v: &Node) -> Option<String> {
        match &v.value {
            Value::Ref {
                target,
                attribute: None,
            } => Some(format!("${{{target}}}")),
            Value::Ref {
                target,
                attribute: Some(a),
            } => Some(format!("${{{target}.{a}}}")),
            _ => v.scalar_text(),
        }
    }
    match &mut def.value {
        Value::Str(s) if s.contains("${") => {
            for (k, v) in subs.entries() {
                let token = format!("${{{k}}}");
                if s.contains(&token)
                    && let Some(t) = text(v)
                {
                    *s = s.replace(&token, &t);
                }
            }
        }
        Value::List(items) => items.iter_mut().for_each(|n| substitute(n, subs)),
        Value::Map(entries) => entries.iter_mut().for_each(|(_, n)| substitute(n, subs)),
        _ => {}
    }
}
