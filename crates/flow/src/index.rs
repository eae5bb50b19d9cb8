//! Finding the resources a value refers to: by reference (`Ref`, `GetAtt`, `${Name}` in
//! strings) or by a literal ARN, URL or physical name written in the template.
//! Physical names are indexed once per scan, so each lookup is a hash probe.

use phiguard_model::{Graph, Node, Resource, ResourceId, Value};
use std::collections::HashMap;

/// The property that holds a resource's physical name, per kind, and the ARN service
/// (with resource-type prefix) under which literal ARNs name it.
const PHYSICAL_NAMES: &[(&str, &str, &str)] = &[
    ("AWS::S3::Bucket", "BucketName", "s3"),
    ("AWS::DynamoDB::Table", "TableName", "dynamodb:table"),
    ("AWS::DynamoDB::GlobalTable", "TableName", "dynamodb:table"),
    ("AWS::SQS::Queue", "QueueName", "sqs"),
    ("AWS::SNS::Topic", "TopicName", "sns"),
    ("AWS::Lambda::Function", "FunctionName", "lambda:function"),
    ("AWS::Kinesis::Stream", "Name", "kinesis:stream"),
    (
        "AWS::KinesisFirehose::DeliveryStream",
        "DeliveryStreamName",
        "firehose:deliverystream",
    ),
    ("AWS::Logs::LogGroup", "LogGroupName", "logs:log-group"),
    ("AWS::RDS::DBInstance", "DBInstanceIdentifier", "rds:db"),
    ("AWS::RDS::DBCluster", "DBClusterIdentifier", "rds:cluster"),
    (
        "AWS::StepFunctions::StateMachine",
        "StateMachineName",
        "states:stateMachine",
    ),
    ("AWS::OpenSearchService::Domain", "DomainName", "es:domain"),
    ("AWS::Elasticsearch::Domain", "DomainName", "es:domain"),
    (
        "AWS::Redshift::Cluster",
        "ClusterIdentifier",
        "redshift:cluster",
    ),
    ("AWS::IAM::Role", "RoleName", "iam:role"),
    ("AWS::IAM::ManagedPolicy", "ManagedPolicyName", "iam:policy"),
    (
        "AWS::IAM::InstanceProfile",
        "InstanceProfileName",
        "iam:instance-profile",
    ),
    (
        "AWS::Backup::BackupVault",
        "BackupVaultName",
        "backup:backup-vault",
    ),
    ("AWS::ECS::TaskDefinition", "Family", "ecs:task-definition"),
    (
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        "Name",
        "elasticloadbalancing:targetgroup",
    ),
    ("AWS::MSK::Cluster", "ClusterName", "kafka:cluster"),
];

/// Resource lookups for one scan.
pub struct Index<'g> {
    /// The graph being read.
    pub graph: &'g Graph,
    /// Physical name → (ARN service key, resource) of the resources with that name.
    physical: HashMap<String, Vec<(&'static str, ResourceId)>>,
}

impl<'g> Index<'g> {
    /// Indexes the physical names of the graph's resources.
    pub fn new(graph: &'g Graph) -> Self {
        let mut physical: HashMap<String, Vec<(&'static str, ResourceId)>> = HashMap::new();
        for &(kind, prop, key) in PHYSICAL_NAMES {
            for r in graph.of_kind(kind) {
                if let Some(name) = r.get(prop).node().and_then(Node::as_str)
                    && !name.is_empty()
                    && !name.contains("${")
                {
                    physical
                        .entry(name.to_string())
                        .or_default()
                        .push((key, r.id));
                }
            }
        }
        Self { graph, physical }
    }

    /// The resource with this id.
    pub fn res(&self, id: ResourceId) -> &'g Resource {
        self.graph.resource(id)
    }

    /// The resources a value refers to, in order, without duplicates, limited to `kinds`
    /// (any kind when empty). References: `Ref`/`GetAtt` values, `${Name}` or
    /// `${Name.Attribute}` in strings, literal ARNs, SQS queue URLs, S3 domain names, and
    /// plain physical names. A literal that names more than one resource names none.
    pub fn refs(&self, from: &Resource, node: &Node, kinds: &[&str]) -> Vec<ResourceId> {
        let mut out = Vec::new();
        node.walk(&mut |n| match &n.value {
            Value::Ref { target, .. } => self.push_named(from, target, kinds, &mut out),
            Value::Str(s) => {
                let mut found_token = false;
                for token in whole_tokens(s) {
                    found_token = true;
                    // The longest dotted prefix that names a resource: `Key` in
                    // `Key.Arn`, `aws_s3_bucket.logs` in `aws_s3_bucket.logs.arn`.
                    let mut name = token;
                    loop {
                        if self.graph.by_name(from.unit, name).is_some() {
                            self.push_named(from, name, kinds, &mut out);
                            break;
                        }
                        match name.rfind('.') {
                            Some(i) => name = &name[..i],
                            None => break,
                        }
                    }
                }
                if !found_token && !s.contains("${") {
                    for id in self.literal(s) {
                        if self.kind_ok(id, kinds) && !out.contains(&id) {
                            out.push(id);
                        }
                    }
                }
            }
            _ => {}
        });
        out
    }

    /// The first resource a value refers to (see [`Index::refs`]).
    pub fn one(&self, from: &Resource, node: &Node, kinds: &[&str]) -> Option<ResourceId> {
        self.refs(from, node, kinds).into_iter().next()
    }

    /// The first resource the attribute at `path` refers to.
    pub fn attr(&self, from: &Resource, path: &str, kinds: &[&str]) -> Option<ResourceId> {
        from.get(path).node().and_then(|n| self.one(from, n, kinds))
    }

    fn kind_ok(&self, id: ResourceId, kinds: &[&str]) -> bool {
        kinds.is_empty() || kinds.contains(&self.res(id).kind.as_str())
    }

    fn push_named(&self, from: &Resource, name: &str, kinds: &[&str], out: &mut Vec<ResourceId>) {
        if let Some(r) = self.graph.by_name(from.unit, name)
            && r.id != from.id
            && self.kind_ok(r.id, kinds)
            && !out.contains(&r.id)
        {
            out.push(r.id);
        }
    }

    /// Resources a literal string names (at most one; ambiguous names give none).
    fn literal(&self, s: &str) -> Vec<ResourceId> {
        let Some((key, name)) = literal_key(s.trim()) else {
            return Vec::new();
        };
        let mut found: Vec<ResourceId> = Vec::new();
        for &(k, id) in self.physical.get(&name).into_iter().flatten() {
            if key.is_none_or(|key| key == k) && !found.contains(&id) {
                found.push(id);
            }
        }
        if found.len() == 1 { found } else { Vec::new() }
    }
}

/// The text of `${...}` tokens in a string, literals (`${!x}`) left out.
fn whole_tokens(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        loop {
            let start = rest.find("${")?;
            let after = &rest[start + 2..];
            let end = after.find('}')?;
            rest = &after[end + 1..];
            let token = after[..end].trim();
            if !token.is_empty() && !token.starts_with('!') {
                return Some(token);
            }
        }
    })
}

/// The physical name a literal ARN, URL, domain or plain name gives, with the ARN
/// service key it belongs to (`None` for a plain name, which any service may use).
fn literal_key(s: &str) -> Option<(Option<&'static str>, String)> {
    let (key, name) = literal_key_any(s)?;
    (!name.is_empty() && !name.contains(['*', '?'])).then_some((key, name))
}

fn literal_key_any(s: &str) -> Option<(Option<&'static str>, String)> {
    if s.is_empty() || s == "*" || s.contains(char::is_whitespace) {
        return None;
    }
    if let Some(rest) = s.strip_prefix("arn:") {
        return arn_key(rest).map(|(k, n)| (Some(k), n));
    }
    if let Some(url) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    {
        // SQS queue URL: https://sqs.<region>.amazonaws.com/<account>/<name>
        if url.starts_with("sqs.") || url.contains(".queue.amazonaws.com") {
            return url.rsplit('/').next().map(|n| (Some("sqs"), n.to_string()));
        }
        return s3_domain(url.split('/').next().unwrap_or("")).map(|(k, n)| (Some(k), n));
    }
    if let Some((k, n)) = s3_domain(s) {
        return Some((Some(k), n));
    }
    (!s.contains(['/', ':'])).then(|| (None, s.to_string()))
}

/// `<bucket>.s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`,
/// `<bucket>.s3-website-<region>.amazonaws.com` and the like.
fn s3_domain(host: &str) -> Option<(&'static str, String)> {
    let host = host.trim_end_matches('.');
    let (bucket, rest) = host.split_once(".s3")?;
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix('-'))?;
    (rest.ends_with("amazonaws.com") && !bucket.is_empty()).then(|| ("s3", bucket.to_string()))
}

/// The (service key, name) an ARN (without `arn:`) names.
fn arn_key(rest: &str) -> Option<(&'static str, String)> {
    let mut parts = rest.splitn(5, ':');
    let _partition = parts.next()?;
    let service = parts.next()?;
    let _region = parts.next()?;
    let _account = parts.next()?;
    let res = parts.next()?;
    let first = |sep: char| res.split(sep).next().unwrap_or("").to_string();
    // `type/name...` or `type:name...`
    let typed = |prefix: &str| -> Option<String> {
        let r = res
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('/').or_else(|| r.strip_prefix(':')))?;
        Some(r.split(['/', ':']).next().unwrap_or("").to_string())
    };
    let key: (&'static str, String) = match service {
        "s3" => ("s3", first('/')),
        "sqs" => ("sqs", res.to_string()),
        "sns" => ("sns", first(':')),
        "dynamodb" => ("dynamodb:table", typed("table")?),
        "lambda" => ("lambda:function", typed("function")?),
        "kinesis" => ("kinesis:stream", typed("stream")?),
        "firehose" => ("firehose:deliverystream", typed("deliverystream")?),
        "logs" => ("logs:log-group", {
            let r = res.strip_prefix("log-group:")?;
            r.strip_suffix(":*").unwrap_or(r).to_string()
        }),
        "rds" => match typed("db") {
            Some(n) => ("rds:db", n),
            None => ("rds:cluster", typed("cluster")?),
        },
        "states" => ("states:stateMachine", typed("stateMachine")?),
        "es" => ("es:domain", typed("domain")?),
        "redshift" => ("redshift:cluster", typed("cluster")?),
        "iam" => {
            let (t, path) = res.split_once('/')?;
            let name = path.rsplit('/').next()?.to_string();
            match t {
                "role" => ("iam:role", name),
                "policy" => ("iam:policy", name),
                "instance-profile" => ("iam:instance-profile", name),
                _ => return None,
            }
        }
        "backup" => ("backup:backup-vault", typed("backup-vault")?),
        "ecs" => ("ecs:task-definition", typed("task-definition")?),
        "elasticloadbalancing" => ("elasticloadbalancing:targetgroup", typed("targetgroup")?),
        "kafka" => ("kafka:cluster", typed("cluster")?),
        _ => return None,
    };
    (!key.1.is_empty()).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arns_name_resources() {
        let k = |s: &str| literal_key(s);
        let some = |key: &'static str, name: &str| Some((Some(key), name.to_string()));
        assert_eq!(
            k("arn:aws:s3:::patient-records/*"),
            some("s3", "patient-records")
        );
        assert_eq!(
            k("arn:aws:dynamodb:us-east-1:111122223333:table/Claims/stream/2024"),
            some("dynamodb:table", "Claims")
        );
        assert_eq!(
            k("arn:aws:lambda:us-east-1:111122223333:function:ingest:live"),
            some("lambda:function", "ingest")
        );
        assert_eq!(
            k("arn:aws:logs:us-east-1:111122223333:log-group:/app/intake:*"),
            some("logs:log-group", "/app/intake")
        );
        assert_eq!(
            k("https://sqs.us-east-1.amazonaws.com/111122223333/referrals"),
            some("sqs", "referrals")
        );
        assert_eq!(
            k("portal-assets.s3.us-east-1.amazonaws.com"),
            some("s3", "portal-assets")
        );
        assert_eq!(
            k("arn:aws:iam::111122223333:role/service/intake-role"),
            some("iam:role", "intake-role")
        );
        assert_eq!(k("referrals"), Some((None, "referrals".to_string())));
        assert_eq!(k("*"), None);
        assert_eq!(k("arn:aws:s3:::patient-*"), None);
        assert_eq!(k("s3://bucket/key"), None);
    }

    #[test]
    fn tokens_skip_literals() {
        let t: Vec<_> =
            whole_tokens("arn:${AWS::Partition}:s3:::${Records}/${!literal}/${Key.Arn}").collect();
        assert_eq!(t, vec!["AWS::Partition", "Records", "Key.Arn"]);
    }
}
