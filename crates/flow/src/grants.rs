//! Flows granted by permissions: IAM policies of the roles compute resources use, SAM
//! policy templates and connectors, and environment variables that name a store.

use crate::{COMPUTE, Flows, Index, Mechanism, document, list_or_one};
use phiguard_model::{Node, Resource, ResourceId, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Data access per IAM service prefix: the resource kinds it applies to and the actions
/// that read data out of them or write data into them.
struct Access {
    service: &'static str,
    kinds: &'static [&'static str],
    read: &'static [&'static str],
    write: &'static [&'static str],
}

const S3: &[&str] = &["AWS::S3::Bucket"];
const DYNAMODB: &[&str] = &["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"];
const SQS: &[&str] = &["AWS::SQS::Queue"];
const SNS: &[&str] = &["AWS::SNS::Topic"];
const KINESIS: &[&str] = &["AWS::Kinesis::Stream"];
const FIREHOSE: &[&str] = &["AWS::KinesisFirehose::DeliveryStream"];
const LAMBDA: &[&str] = &["AWS::Lambda::Function"];
const STATES: &[&str] = &["AWS::StepFunctions::StateMachine"];
const OPENSEARCH: &[&str] = &[
    "AWS::OpenSearchService::Domain",
    "AWS::Elasticsearch::Domain",
];
const EFS: &[&str] = &["AWS::EFS::FileSystem", "AWS::EFS::AccessPoint"];

const ACCESS: &[Access] = &[
    Access {
        service: "s3",
        kinds: S3,
        read: &["GetObject", "GetObjectVersion"],
        write: &["PutObject"],
    },
    Access {
        service: "dynamodb",
        kinds: DYNAMODB,
        read: &[
            "GetItem",
            "BatchGetItem",
            "Query",
            "Scan",
            "GetRecords",
            "PartiQLSelect",
        ],
        write: &[
            "PutItem",
            "UpdateItem",
            "BatchWriteItem",
            "PartiQLInsert",
            "PartiQLUpdate",
        ],
    },
    Access {
        service: "sqs",
        kinds: SQS,
        read: &["ReceiveMessage"],
        write: &["SendMessage"],
    },
    Access {
        service: "sns",
        kinds: SNS,
        read: &[],
        write: &["Publish"],
    },
    Access {
        service: "kinesis",
        kinds: KINESIS,
        read: &["GetRecords"],
        write: &["PutRecord", "PutRecords"],
    },
    Access {
        service: "firehose",
        kinds: FIREHOSE,
        read: &[],
        write: &["PutRecord", "PutRecordBatch"],
    },
    Access {
        service: "logs",
        kinds: &["AWS::Logs::LogGroup"],
        read: &["GetLogEvents", "FilterLogEvents"],
        write: &["PutLogEvents"],
    },
    Access {
        service: "rds-db",
        kinds: &["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
        read: &["connect"],
        write: &["connect"],
    },
    Access {
        service: "rds-data",
        kinds: &["AWS::RDS::DBCluster"],
        read: &["ExecuteStatement", "BatchExecuteStatement"],
        write: &["ExecuteStatement", "BatchExecuteStatement"],
    },
    Access {
        service: "redshift-data",
        kinds: &["AWS::Redshift::Cluster"],
        read: &["ExecuteStatement", "BatchExecuteStatement"],
        write: &["ExecuteStatement", "BatchExecuteStatement"],
    },
    Access {
        service: "es",
        kinds: OPENSEARCH,
        read: &["ESHttpGet"],
        write: &["ESHttpPost", "ESHttpPut", "ESHttpPatch"],
    },
    Access {
        service: "elasticfilesystem",
        kinds: EFS,
        read: &["ClientMount"],
        write: &["ClientWrite"],
    },
    Access {
        service: "kafka-cluster",
        kinds: &["AWS::MSK::Cluster"],
        read: &["ReadData"],
        write: &["WriteData"],
    },
    Access {
        service: "healthlake",
        kinds: &["AWS::HealthLake::FHIRDatastore"],
        read: &["ReadResource", "SearchWithGet", "SearchWithPost"],
        write: &["CreateResource", "UpdateResource"],
    },
    Access {
        service: "events",
        kinds: &["AWS::Events::EventBus"],
        read: &[],
        write: &["PutEvents"],
    },
    Access {
        service: "lambda",
        kinds: LAMBDA,
        read: &[],
        write: &["InvokeFunction"],
    },
    Access {
        service: "states",
        kinds: STATES,
        read: &[],
        write: &["StartExecution", "StartSyncExecution"],
    },
];

/// Resource kinds an environment variable may name as a data store.
const STORES: &[&str] = &[
    "AWS::S3::Bucket",
    "AWS::DynamoDB::Table",
    "AWS::DynamoDB::GlobalTable",
    "AWS::SQS::Queue",
    "AWS::SNS::Topic",
    "AWS::Kinesis::Stream",
    "AWS::KinesisFirehose::DeliveryStream",
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBCluster",
    "AWS::DocDB::DBCluster",
    "AWS::Neptune::DBCluster",
    "AWS::Redshift::Cluster",
    "AWS::ElastiCache::ReplicationGroup",
    "AWS::ElastiCache::CacheCluster",
    "AWS::ElastiCache::ServerlessCache",
    "AWS::OpenSearchService::Domain",
    "AWS::Elasticsearch::Domain",
    "AWS::EFS::FileSystem",
    "AWS::HealthLake::FHIRDatastore",
    "AWS::MSK::Cluster",
    "AWS::Timestream::Table",
];

/// SAM policy templates: name, parameter naming the resource, whether it reads and writes,
/// and the kinds of the resource.
const SAM_TEMPLATES: &[(&str, &str, bool, bool, &[&str])] = &[
    ("S3ReadPolicy", "BucketName", true, false, S3),
    ("S3WritePolicy", "BucketName", false, true, S3),
    ("S3CrudPolicy", "BucketName", true, true, S3),
    ("S3FullAccessPolicy", "BucketName", true, true, S3),
    ("DynamoDBReadPolicy", "TableName", true, false, DYNAMODB),
    ("DynamoDBWritePolicy", "TableName", false, true, DYNAMODB),
    ("DynamoDBCrudPolicy", "TableName", true, true, DYNAMODB),
    (
        "DynamoDBStreamReadPolicy",
        "TableName",
        true,
        false,
        DYNAMODB,
    ),
    ("SQSPollerPolicy", "QueueName", true, false, SQS),
    ("SQSSendMessagePolicy", "QueueName", false, true, SQS),
    ("SNSPublishMessagePolicy", "TopicName", false, true, SNS),
    ("SNSCrudPolicy", "TopicName", false, true, SNS),
    (
        "KinesisStreamReadPolicy",
        "StreamName",
        true,
        false,
        KINESIS,
    ),
    ("KinesisCrudPolicy", "StreamName", true, true, KINESIS),
    (
        "FirehoseWritePolicy",
        "DeliveryStreamName",
        false,
        true,
        FIREHOSE,
    ),
    (
        "FirehoseCrudPolicy",
        "DeliveryStreamName",
        false,
        true,
        FIREHOSE,
    ),
    ("LambdaInvokePolicy", "FunctionName", false, true, LAMBDA),
    (
        "StepFunctionsExecutionPolicy",
        "StateMachineName",
        false,
        true,
        STATES,
    ),
    (
        "ElasticsearchHttpPostPolicy",
        "DomainName",
        false,
        true,
        OPENSEARCH,
    ),
    ("EFSWriteAccessPolicy", "FileSystem", false, true, EFS),
];

/// SAM policy templates of services that have no resource to name: the template and
/// the service prefix it sends data to.
const SAM_SERVICE_TEMPLATES: &[(&str, &str)] = &[
    ("ComprehendBasicAccessPolicy", "comprehend"),
    ("PollyFullAccessPolicy", "polly"),
    ("RekognitionDetectOnlyPolicy", "rekognition"),
    ("RekognitionNoDataAccessPolicy", "rekognition"),
    ("TextractDetectAnalyzePolicy", "textract"),
    ("TextractPolicy", "textract"),
    ("PinpointEndpointAccessPolicy", "mobiletargeting"),
    ("SESCrudPolicy", "ses"),
    ("SESBulkTemplatedCrudPolicy", "ses"),
    ("SESBulkTemplatedCrudPolicy_v2", "ses"),
    ("SESSendBouncePolicy", "ses"),
    ("AthenaQueryPolicy", "athena"),
];

/// The service prefix of a SAM template's resource kinds.
fn sam_prefix(kinds: &[&str]) -> Option<&'static str> {
    let first = *kinds.first()?;
    ACCESS
        .iter()
        .find(|a| a.kinds.contains(&first))
        .map(|a| a.service)
}

/// Read or write grants, per (compute, resource, is_write): the actions that grant them.
#[derive(Default)]
struct Grants {
    iam: BTreeMap<(ResourceId, ResourceId, bool), Vec<String>>,
    sam: BTreeMap<(ResourceId, ResourceId, bool), Vec<String>>,
}

impl Grants {
    fn grant(
        map: &mut BTreeMap<(ResourceId, ResourceId, bool), Vec<String>>,
        key: (ResourceId, ResourceId, bool),
        what: &str,
    ) {
        let list = map.entry(key).or_default();
        if !list.iter().any(|a| a == what) {
            list.push(what.to_string());
        }
    }
}

pub(crate) fn derive(idx: &Index, flows: &mut Flows) {
    let docs = role_documents(idx);
    let mut grants = Grants::default();
    for kind in COMPUTE {
        for compute in idx.graph.of_kind(kind) {
            for role in roles_of(idx, compute) {
                for (declared, doc) in docs.get(&role).into_iter().flatten() {
                    statements(idx, flows, compute, declared, doc, &mut grants.iam);
                }
            }
            sam_policies(idx, flows, compute, &mut grants);
        }
    }
    connectors(idx, &mut grants);
    let mut granted: HashSet<(ResourceId, ResourceId)> = HashSet::new();
    for (m, map) in [
        (Mechanism::Iam, &grants.iam),
        (Mechanism::SamPolicy, &grants.sam),
    ] {
        for (&(compute, res, write), actions) in map {
            let detail = summarize(actions);
            if write {
                flows.add(compute, res, m, &detail);
            } else {
                flows.add(res, compute, m, &detail);
            }
            granted.insert((compute, res));
        }
    }
    environment(idx, &granted, flows);
}

/// "a, b, c" or "a, b, c and 2 more".
fn summarize(items: &[String]) -> String {
    match items.len() {
        0..=3 => items.join(", "),
        n => format!("{} and {} more", items[..3].join(", "), n - 3),
    }
}

/// The policy documents attached to each role, with the resource that declares each.
fn role_documents<'g>(idx: &Index<'g>) -> HashMap<ResourceId, Vec<(&'g Resource, &'g Node)>> {
    let mut out: HashMap<ResourceId, Vec<(&Resource, &Node)>> = HashMap::new();
    let roles = &["AWS::IAM::Role"][..];
    for role in idx.graph.of_kind("AWS::IAM::Role") {
        if let Some(list) = role.get("Policies").node() {
            for p in list.items() {
                if let Some(doc) = p.get("PolicyDocument").node() {
                    out.entry(role.id).or_default().push((role, doc));
                }
            }
        }
        if let Some(arns) = role.get("ManagedPolicyArns").node() {
            for pid in idx.refs(role, arns, &["AWS::IAM::ManagedPolicy"]) {
                let policy = idx.res(pid);
                if let Some(doc) = policy.get("PolicyDocument").node() {
                    out.entry(role.id).or_default().push((policy, doc));
                }
            }
        }
    }
    for kind in ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"] {
        for policy in idx.graph.of_kind(kind) {
            let (Some(doc), Some(list)) = (
                policy.get("PolicyDocument").node(),
                policy.get("Roles").node(),
            ) else {
                continue;
            };
            for rid in idx.refs(policy, list, roles) {
                let entry = out.entry(rid).or_default();
                if !entry.iter().any(|(p, _)| p.id == policy.id) {
                    entry.push((policy, doc));
                }
            }
        }
    }
    for policy in idx.graph.of_kind("AWS::IAM::RolePolicy") {
        if let (Some(doc), Some(rid)) = (
            policy.get("PolicyDocument").node(),
            idx.attr(policy, "RoleName", roles),
        ) {
            out.entry(rid).or_default().push((policy, doc));
        }
    }
    out
}

/// The roles a compute resource acts with.
fn roles_of(idx: &Index, r: &Resource) -> Vec<ResourceId> {
    let roles = &["AWS::IAM::Role"][..];
    let profile = match r.kind.as_str() {
        "AWS::Lambda::Function" => return idx.attr(r, "Role", roles).into_iter().collect(),
        "AWS::ECS::TaskDefinition" => {
            return idx.attr(r, "TaskRoleArn", roles).into_iter().collect();
        }
        "AWS::EC2::Instance" | "AWS::AutoScaling::LaunchConfiguration" => {
            r.get("IamInstanceProfile")
        }
        "AWS::EC2::LaunchTemplate" => r.get("LaunchTemplateData.IamInstanceProfile"),
        _ => return Vec::new(),
    };
    let Some(profile) = profile.node() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for pid in idx.refs(r, profile, &["AWS::IAM::InstanceProfile"]) {
        let p = idx.res(pid);
        if let Some(list) = p.get("Roles").node() {
            out.extend(idx.refs(p, list, roles));
        }
    }
    out
}

/// Reads the Allow statements of a policy document into grants for `compute`. Writes and
/// invocations of resources outside the scan (`Resource: "*"`, another stack's ARN, an
/// API without resources) go to the service's external node.
fn statements(
    idx: &Index,
    flows: &mut Flows,
    compute: &Resource,
    declared: &Resource,
    doc: &Node,
    out: &mut BTreeMap<(ResourceId, ResourceId, bool), Vec<String>>,
) {
    let Some(doc) = document(doc) else { return };
    let Some(stmts) = doc.get("Statement").node() else {
        return;
    };
    for st in list_or_one(stmts) {
        if st.get("Effect").node().and_then(Node::as_str) != Some("Allow")
            || !st.get("NotAction").is_absent()
            || !st.get("NotResource").is_absent()
        {
            continue;
        }
        let (Some(actions), Some(resources)) = (st.get("Action").node(), st.get("Resource").node())
        else {
            continue;
        };
        let entries = list_or_one(resources);
        for action_node in list_or_one(actions) {
            let Some(action) = action_node.as_str() else {
                continue;
            };
            let (service, name) = action.split_once(':').unwrap_or(("*", action));
            let mut outside = false;
            let known = ACCESS
                .iter()
                .any(|a| a.service.eq_ignore_ascii_case(service));
            for access in ACCESS
                .iter()
                .filter(|a| action == "*" || a.service.eq_ignore_ascii_case(service))
            {
                let reads = access.read.iter().any(|a| glob(name, a));
                let writes = access.write.iter().any(|a| glob(name, a));
                if !reads && !writes {
                    continue;
                }
                for entry in &entries {
                    let targets = idx.refs(declared, entry, access.kinds);
                    outside |= writes && targets.is_empty();
                    for target in targets {
                        if reads {
                            Grants::grant(out, (compute.id, target, false), action);
                        }
                        if writes {
                            Grants::grant(out, (compute.id, target, true), action);
                        }
                    }
                }
            }
            if !known && crate::services::writes(service, name) {
                for entry in &entries {
                    let targets = idx.refs(declared, entry, &[]);
                    outside |= targets.is_empty();
                    for target in targets {
                        Grants::grant(out, (compute.id, target, true), action);
                    }
                }
            }
            if outside
                && service != "*"
                && let Some(ext) = flows.service(service, compute, action_node.location.as_ref())
            {
                Grants::grant(out, (compute.id, ext, true), action);
            }
        }
    }
}

/// IAM action matching: `*` and `?` wildcards, case-insensitive; linear backtracking to
/// the last `*`, so hostile patterns cannot blow up.
fn glob(pattern: &str, action: &str) -> bool {
    let (p, a) = (pattern.as_bytes(), action.as_bytes());
    let (mut pi, mut ai) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ai < a.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi].eq_ignore_ascii_case(&a[ai])) {
            pi += 1;
            ai += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, ai));
            pi += 1;
        } else if let Some((sp, sa)) = star {
            pi = sp + 1;
            ai = sa + 1;
            star = Some((sp, sa + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

/// SAM `Policies` of a function: policy templates, inline documents and policies of the
/// template.
fn sam_policies(idx: &Index, flows: &mut Flows, f: &Resource, grants: &mut Grants) {
    if f.source_type != "AWS::Serverless::Function" {
        return;
    }
    let Some(policies) = f.get("Policies").node() else {
        return;
    };
    for p in list_or_one(policies) {
        match &p.value {
            Value::Map(_) if p.get("Statement").node().is_some() => {
                statements(idx, flows, f, f, p, &mut grants.iam);
            }
            Value::Map(entries) => {
                for (name, params) in entries {
                    // Templates for services without resources: always outside the scan.
                    if let Some(&(_, prefix)) = SAM_SERVICE_TEMPLATES.iter().find(|t| t.0 == name) {
                        if let Some(ext) = flows.service(prefix, f, params.location.as_ref()) {
                            Grants::grant(&mut grants.sam, (f.id, ext, true), name);
                        }
                        continue;
                    }
                    let Some(&(_, param, reads, writes, kinds)) =
                        SAM_TEMPLATES.iter().find(|t| t.0 == name)
                    else {
                        continue;
                    };
                    let Some(value) = params.get(param).node() else {
                        continue;
                    };
                    let targets = idx.refs(f, value, kinds);
                    // A resource of another stack: its service, outside the scan.
                    if writes
                        && targets.is_empty()
                        && let Some(prefix) = sam_prefix(kinds)
                        && let Some(ext) = flows.service(prefix, f, value.location.as_ref())
                    {
                        Grants::grant(&mut grants.sam, (f.id, ext, true), name);
                    }
                    for target in targets {
                        if reads {
                            Grants::grant(&mut grants.sam, (f.id, target, false), name);
                        }
                        if writes {
                            Grants::grant(&mut grants.sam, (f.id, target, true), name);
                        }
                    }
                }
            }
            _ => {
                for pid in idx.refs(f, p, &["AWS::IAM::ManagedPolicy"]) {
                    let policy = idx.res(pid);
                    if let Some(doc) = policy.get("PolicyDocument").node() {
                        statements(idx, flows, f, policy, doc, &mut grants.iam);
                    }
                }
            }
        }
    }
}

/// `AWS::Serverless::Connector`: `Read` moves data from the destination to the source,
/// `Write` from the source to the destination.
fn connectors(idx: &Index, grants: &mut Grants) {
    for c in idx.graph.of_kind("AWS::Serverless::Connector") {
        let ends = |path: &str| -> Vec<ResourceId> {
            let Some(n) = c.get(path).node() else {
                return Vec::new();
            };
            list_or_one(n)
                .into_iter()
                .filter_map(|end| match end.get("Id").node().and_then(Node::as_str) {
                    Some(id) => idx.graph.by_name(c.unit, id).map(|r| r.id),
                    None => end.get("Arn").node().and_then(|a| idx.one(c, a, &[])),
                })
                .collect()
        };
        let perms: Vec<&str> = c
            .get("Permissions")
            .node()
            .map(|p| {
                list_or_one(p)
                    .into_iter()
                    .filter_map(Node::as_str)
                    .collect()
            })
            .unwrap_or_default();
        for src in ends("Source") {
            for dst in ends("Destination") {
                for perm in &perms {
                    let detail = format!("connector {} {perm}", c.name);
                    match *perm {
                        "Read" => Grants::grant(&mut grants.sam, (src, dst, false), &detail),
                        "Write" => Grants::grant(&mut grants.sam, (src, dst, true), &detail),
                        _ => {}
                    }
                }
            }
        }
    }
}

/// Environment variables naming a store: the compute uses it, in a direction the
/// template does not say, so both are assumed unless a grant already links the pair.
fn environment(idx: &Index, granted: &HashSet<(ResourceId, ResourceId)>, flows: &mut Flows) {
    let mut vars: Vec<(&Resource, String, &Node)> = Vec::new();
    for f in idx.graph.of_kind("AWS::Lambda::Function") {
        for (name, value) in f
            .get("Environment.Variables")
            .node()
            .map(Node::entries)
            .unwrap_or_default()
        {
            vars.push((f, name.clone(), value));
        }
    }
    for t in idx.graph.of_kind("AWS::ECS::TaskDefinition") {
        for c in t
            .get("ContainerDefinitions")
            .node()
            .map(Node::items)
            .unwrap_or_default()
        {
            for var in c
                .get("Environment")
                .node()
                .map(Node::items)
                .unwrap_or_default()
            {
                if let (Some(name), Some(value)) = (
                    var.get("Name").node().and_then(Node::as_str),
                    var.get("Value").node(),
                ) {
                    vars.push((t, name.to_string(), value));
                }
            }
        }
    }
    for (compute, name, value) in vars {
        for store in idx.refs(compute, value, STORES) {
            if !granted.contains(&(compute.id, store)) {
                flows.both(compute.id, store, Mechanism::EnvironmentVariable, &name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn action_wildcards() {
        assert!(glob("Get*", "GetObject"));
        assert!(glob("*", "PutItem"));
        assert!(glob("getobject", "GetObject"));
        assert!(glob("Get?bject", "GetObject"));
        assert!(!glob("GetObjectAcl", "GetObject"));
        assert!(!glob("Put*", "GetObject"));
        assert!(glob("*Object*", "GetObjectVersion"));
        assert!(!glob(&"*a".repeat(40), "GetObjectVersionAttributes"));
    }
}
