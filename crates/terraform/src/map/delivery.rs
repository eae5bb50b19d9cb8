//! Software delivery: CodeBuild projects and CodePipeline pipelines.

use super::{Mapping, Output, field, nested};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// CodeBuild arguments whose CloudFormation names are not their PascalCase form.
const CODEBUILD_NAMES: &[(&str, &str)] = &[
    ("build_timeout", "TimeoutInMinutes"),
    ("queued_timeout", "QueuedTimeoutInMinutes"),
    ("project_visibility", "Visibility"),
    ("buildspec", "BuildSpec"),
    ("cloudwatch_logs", "CloudWatchLogs"),
    ("s3_logs", "S3Logs"),
];

/// CodeBuild blocks that repeat.
const CODEBUILD_LISTS: &[(&str, &str)] = &[
    ("secondary_artifacts", "SecondaryArtifacts"),
    ("secondary_sources", "SecondarySources"),
    ("secondary_source_version", "SecondarySourceVersions"),
    ("environment_variable", "EnvironmentVariables"),
    ("file_system_locations", "FileSystemLocations"),
];

/// Maps the delivery types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_codebuild_project" => {
            m.renames(&[
                ("build_timeout", "TimeoutInMinutes"),
                ("queued_timeout", "QueuedTimeoutInMinutes"),
                ("project_visibility", "Visibility"),
            ]);
            for (tf, cfn) in [
                ("artifacts", "Artifacts"),
                ("environment", "Environment"),
                ("source", "Source"),
                ("logs_config", "LogsConfig"),
                ("vpc_config", "VpcConfig"),
                ("cache", "Cache"),
            ] {
                if let Some(b) = m.block(tf) {
                    m.set(cfn, nested(&b, CODEBUILD_NAMES, CODEBUILD_LISTS));
                }
            }
            for (tf, cfn) in CODEBUILD_LISTS {
                if let Some(b) = m.take(tf) {
                    let list = match &b.value {
                        Value::List(items) => Node::new(
                            Value::List(
                                items
                                    .iter()
                                    .map(|i| nested(i, CODEBUILD_NAMES, CODEBUILD_LISTS))
                                    .collect(),
                            ),
                            b.location.clone(),
                        ),
                        _ => b,
                    };
                    m.set(cfn, list);
                }
            }
            "AWS::CodeBuild::Project"
        }
        "aws_codepipeline" => {
            m.renames(&[
                ("name", "Name"),
                ("role_arn", "RoleArn"),
                ("pipeline_type", "PipelineType"),
                ("execution_mode", "ExecutionMode"),
            ]);
            if let Some(s) = m.take("artifact_store") {
                artifact_stores(&mut m, &s);
            }
            if let Some(s) = m.take("stage") {
                m.set("Stages", stages(&s));
            }
            "AWS::CodePipeline::Pipeline"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

/// One `artifact_store` block is the pipeline's `ArtifactStore`; several (one per
/// Region, each naming it) are `ArtifactStores`.
fn artifact_stores(m: &mut Mapping<'_>, s: &Node) {
    let store = |b: &Node| nested(b, &[("region", "")], &[]);
    match &s.value {
        Value::List(items) if items.len() == 1 && field(&items[0], "region").is_none() => {
            m.set("ArtifactStore", store(&items[0]));
        }
        Value::List(items) => {
            let out = items
                .iter()
                .map(|b| {
                    let mut e = Vec::new();
                    if let Some(r) = field(b, "region") {
                        e.push(("Region".to_string(), r.clone()));
                    }
                    e.push(("ArtifactStore".to_string(), store(b)));
                    Node::new(Value::Map(e), b.location.clone())
                })
                .collect();
            m.set(
                "ArtifactStores",
                Node::new(Value::List(out), s.location.clone()),
            );
        }
        // A dynamic block over an unknown collection.
        _ => m.set("ArtifactStore", s.clone()),
    }
}

/// `stage` blocks with their `action` blocks, in the CloudFormation shape.
fn stages(s: &Node) -> Node {
    let Value::List(items) = &s.value else {
        return s.clone();
    };
    let out = items
        .iter()
        .map(|st| {
            let mut e: Vec<(String, Node)> = Vec::new();
            if let Some(n) = field(st, "name") {
                e.push(("Name".into(), n.clone()));
            }
            if let Some(a) = field(st, "action") {
                let actions = match &a.value {
                    Value::List(acts) => Node::new(
                        Value::List(acts.iter().map(action).collect()),
                        a.location.clone(),
                    ),
                    _ => a.clone(),
                };
                e.push(("Actions".into(), actions));
            }
            Node::new(Value::Map(e), st.location.clone())
        })
        .collect();
    Node::new(Value::List(out), s.location.clone())
}

fn action(a: &Node) -> Node {
    if !matches!(a.value, Value::Map(_)) {
        return a.clone();
    }
    let mut e: Vec<(String, Node)> = Vec::new();
    let mut type_id: Vec<(String, Node)> = Vec::new();
    for (k, v) in a.entries() {
        match k.as_str() {
            "category" | "owner" | "provider" | "version" => {
                type_id.push((super::pascal(k), v.clone()));
            }
            "input_artifacts" | "output_artifacts" => {
                let names = match &v.value {
                    Value::List(items) => Node::new(
                        Value::List(
                            items
                                .iter()
                                .map(|n| {
                                    Node::new(
                                        Value::Map(vec![("Name".into(), n.clone())]),
                                        n.location.clone(),
                                    )
                                })
                                .collect(),
                        ),
                        v.location.clone(),
                    ),
                    _ => v.clone(),
                };
                e.push((super::pascal(k), names));
            }
            // The action's configuration keys are the provider's own (`S3Bucket`).
            "configuration" => e.push(("Configuration".into(), v.clone())),
            _ => e.push((super::pascal(k), super::generic(v))),
        }
    }
    if !type_id.is_empty() {
        e.push((
            "ActionTypeId".into(),
            Node::new(Value::Map(type_id), a.location.clone()),
        ));
    }
    Node::new(Value::Map(e), a.location.clone())
}
