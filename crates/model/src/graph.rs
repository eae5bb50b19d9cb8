//! Resources, the edges between them, and the graph that holds both.

use crate::{Node, Origin, Value};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Index of a resource in its [`Graph`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ResourceId(pub u32);

/// One tag of a resource.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tag {
    /// Tag key.
    pub key: String,
    /// Tag value (may be unknown).
    pub value: Node,
}

/// One AWS resource.
#[derive(Clone, Debug, Serialize)]
pub struct Resource {
    /// Index in the graph.
    pub id: ResourceId,
    /// The unit (template, Terraform root module, account) the resource belongs to.
    pub unit: u32,
    /// Name within its unit: CloudFormation logical id, Terraform address, or ARN.
    pub name: String,
    /// AWS resource type (`AWS::S3::Bucket`).
    pub kind: String,
    /// The input's own type name (`AWS::Serverless::Function`, `aws_s3_bucket`).
    pub source_type: String,
    /// Where the resource is defined.
    pub origin: Origin,
    /// Attributes, a map keyed by AWS schema property names.
    pub attributes: Node,
    /// Tags, normalised from whichever shape the input used.
    pub tags: Vec<Tag>,
    /// The condition the resource is created under, when it cannot be decided before
    /// deployment (a CloudFormation `Condition` over an unset parameter): the resource is
    /// judged as if created, and its findings say under which condition it exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

/// The most conditions a resource's branches are judged under one by one (2^4 = 16
/// variants); with more, the choices stay unknown.
pub const MAX_BRANCH_CONDITIONS: usize = 4;

impl Resource {
    /// Looks up an attribute path (see [`Node::get`]).
    pub fn get(&self, path: &str) -> crate::Lookup<'_> {
        self.attributes.get(path)
    }

    /// The resource under every assignment of the conditions its attributes choose by
    /// ([`Value::Choice`]), each with its assignment; empty when nothing is chosen by a
    /// condition, or when more than [`MAX_BRANCH_CONDITIONS`] conditions are.
    pub fn branches(&self) -> Vec<(Vec<(String, bool)>, Resource)> {
        let conditions = self.attributes.conditions();
        if conditions.is_empty() || conditions.len() > MAX_BRANCH_CONDITIONS {
            return Vec::new();
        }
        (0..1u32 << conditions.len())
            .map(|bits| {
                let assignment: Vec<(&str, bool)> = conditions
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (*c, bits & (1 << i) == 0))
                    .collect();
                let attributes = self
                    .attributes
                    .choose(&assignment)
                    .unwrap_or_else(Node::empty_map);
                let owned = assignment
                    .iter()
                    .map(|(c, b)| (c.to_string(), *b))
                    .collect();
                (
                    owned,
                    Resource {
                        attributes,
                        ..self.clone()
                    },
                )
            })
            .collect()
    }

    /// The value of tag `key` (exact match), if present and a plain string.
    pub fn tag(&self, key: &str) -> Option<&str> {
        self.tags
            .iter()
            .find(|t| t.key == key)
            .and_then(|t| t.value.as_str())
    }

    /// A short name of the kind for people (`Bucket`, `Lambda`, `Queue`), as used in
    /// PHI paths and graph labels.
    pub fn short_kind(&self) -> &str {
        match self.kind.as_str() {
            "AWS::Lambda::Function" => "Lambda",
            "phiguard::ExternalService" => "Service",
            "AWS::SQS::Queue" => "Queue",
            "AWS::SNS::Topic" => "Topic",
            "AWS::SNS::Subscription" => "Subscription",
            "AWS::RDS::DBInstance" => "DB instance",
            "AWS::RDS::DBCluster" => "DB cluster",
            "AWS::Kinesis::Stream" => "Kinesis stream",
            "AWS::KinesisFirehose::DeliveryStream" => "Firehose",
            "AWS::Logs::LogGroup" => "Log group",
            "AWS::StepFunctions::StateMachine" => "State machine",
            "AWS::ApiGateway::RestApi" | "AWS::ApiGatewayV2::Api" => "API",
            "AWS::ApiGateway::Method" => "API method",
            "AWS::ApiGatewayV2::Integration" => "API integration",
            "AWS::ElasticLoadBalancingV2::LoadBalancer" => "Load balancer",
            "AWS::ElasticLoadBalancingV2::Listener" => "Listener",
            "AWS::ElasticLoadBalancingV2::TargetGroup" => "Target group",
            "AWS::ECS::TaskDefinition" => "ECS task",
            "AWS::EC2::Instance" => "EC2 instance",
            "AWS::EC2::LaunchTemplate" => "Launch template",
            "AWS::Backup::BackupVault" => "Backup vault",
            "AWS::OpenSearchService::Domain" | "AWS::Elasticsearch::Domain" => "OpenSearch domain",
            "AWS::Redshift::Cluster" => "Redshift cluster",
            "AWS::CloudFront::Distribution" => "CloudFront",
            kind => kind.rsplit("::").next().unwrap_or(kind),
        }
    }

    /// The AWS service part of the kind (`S3` for `AWS::S3::Bucket`).
    pub fn service(&self) -> &str {
        self.kind.split("::").nth(1).unwrap_or(&self.kind)
    }
}

/// The resources one input unit (a template, a Terraform module, a plan, an account)
/// adapts into, with what was noticed while reading it.
#[derive(Debug, Default)]
pub struct Unit {
    /// Resources, ready for [`Graph::add_unit`].
    pub resources: Vec<Resource>,
    /// Warnings and non-fatal errors.
    pub diagnostics: Vec<crate::Diagnostic>,
    /// What a live collection could not read (empty for files).
    pub gaps: Vec<Gap>,
}

/// Resource kinds a live collection could not list in one account and region (the call
/// was refused, throttled past its retries, timed out...): their absence from the graph
/// proves nothing, so rules that conclude from absence give `unknown` there.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Gap {
    /// Account id.
    pub account: String,
    /// Region (`global` for global services).
    pub region: String,
    /// The AWS resource types that could not be listed.
    pub kinds: Vec<String>,
    /// The IAM action of the call that failed (`s3:ListAllMyBuckets`).
    pub action: String,
    /// Why (`AccessDenied: ...`, `throttled after 5 attempts`, `timed out after 30 s`).
    pub reason: String,
    /// Resources (ARNs) whose tags the failed call would have read. A PHI tag may be among
    /// them, so where PHI is marked by tags they are assumed to hold PHI, never left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags_unread: Vec<String>,
}

/// What an edge means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// `from` names `to` in one of its attributes.
    Reference,
    /// Data can move from `from` to `to`.
    DataFlow,
}

/// A directed edge between two resources.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edge {
    /// Source resource.
    pub from: ResourceId,
    /// Target resource.
    pub to: ResourceId,
    /// What the edge means.
    pub kind: EdgeKind,
    /// The attribute path (or mechanism) that creates the edge.
    pub via: String,
}

/// The resource graph of one scan.
#[derive(Default, Debug, Serialize)]
pub struct Graph {
    resources: Vec<Resource>,
    edges: Vec<Edge>,
    #[serde(skip)]
    by_name: HashMap<(u32, String), ResourceId>,
    #[serde(skip)]
    by_kind: HashMap<String, Vec<ResourceId>>,
    #[serde(skip)]
    outgoing: HashMap<ResourceId, Vec<usize>>,
    #[serde(skip)]
    incoming: HashMap<ResourceId, Vec<usize>>,
    /// Every edge's (from, to, kind, via), so that adding one stays constant time.
    #[serde(skip)]
    edge_set: HashSet<(ResourceId, ResourceId, EdgeKind, String)>,
    units: u32,
    /// What live collections could not read.
    gaps: Vec<Gap>,
}

impl Graph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts a new unit (template, module, account) and returns its number.
    pub fn new_unit(&mut self) -> u32 {
        self.units += 1;
        self.units - 1
    }

    /// Adds the resources of one unit (a template, a module, an account), links the
    /// references between them, and returns the unit number.
    pub fn add_unit(&mut self, resources: Vec<Resource>) -> u32 {
        let unit = self.new_unit();
        let first = self.resources.len();
        for mut r in resources {
            r.unit = unit;
            self.add(r);
        }
        self.link_references_from(unit, first);
        unit
    }

    /// Records what a live collection could not read.
    pub fn add_gaps(&mut self, gaps: impl IntoIterator<Item = Gap>) {
        self.gaps.extend(gaps);
    }

    /// Everything live collections could not read.
    pub fn gaps(&self) -> &[Gap] {
        &self.gaps
    }

    /// The gaps that leave resources of `kind` possibly unlisted.
    pub fn gaps_for<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Gap> + 'a {
        self.gaps
            .iter()
            .filter(move |g| g.kinds.iter().any(|k| k == kind || k == "*"))
    }

    /// Adds a resource; its `id` is assigned here.
    pub fn add(&mut self, mut resource: Resource) -> ResourceId {
        let id = ResourceId(self.resources.len() as u32);
        resource.id = id;
        self.by_name
            .insert((resource.unit, resource.name.clone()), id);
        self.by_kind
            .entry(resource.kind.clone())
            .or_default()
            .push(id);
        self.resources.push(resource);
        id
    }

    /// Adds an edge (duplicates of the same from/to/kind/via are ignored).
    pub fn add_edge(&mut self, edge: Edge) {
        let key = (edge.from, edge.to, edge.kind, edge.via.clone());
        if !self.edge_set.insert(key) {
            return;
        }
        let i = self.edges.len();
        self.outgoing.entry(edge.from).or_default().push(i);
        self.incoming.entry(edge.to).or_default().push(i);
        self.edges.push(edge);
    }

    /// Creates a [`EdgeKind::Reference`] edge for every reference written in the
    /// attributes of the unit's resources (`Value::Ref` and `${Name}` in strings).
    pub fn link_references(&mut self, unit: u32) {
        self.link_references_from(unit, 0);
    }

    /// [`Self::link_references`] over the resources from index `first` on (a unit's
    /// resources are added together, so `add_unit` need not walk the whole graph).
    fn link_references_from(&mut self, unit: u32, first: usize) {
        let mut found = Vec::new();
        for r in self.resources[first..].iter().filter(|r| r.unit == unit) {
            collect_refs(&r.attributes, "", &mut |target, via| {
                if let Some(to) = self.resolve_token(unit, target)
                    && to != r.id
                {
                    found.push(Edge {
                        from: r.id,
                        to,
                        kind: EdgeKind::Reference,
                        via,
                    });
                }
            });
        }
        for e in found {
            self.add_edge(e);
        }
    }

    /// The resource a reference names: the whole target (`Value::Ref`), or for a
    /// `${...}` token the longest dot-separated prefix that is a resource name
    /// (`aws_s3_bucket.logs` in `${aws_s3_bucket.logs.Arn}`, `Logs` in `${Logs.Arn}`).
    fn resolve_token(&self, unit: u32, token: &str) -> Option<ResourceId> {
        let mut end = token.len();
        loop {
            if let Some(&id) = self.by_name.get(&(unit, token[..end].to_string())) {
                return Some(id);
            }
            end = token[..end].rfind('.')?;
        }
    }

    /// All resources.
    pub fn resources(&self) -> &[Resource] {
        &self.resources
    }

    /// All edges.
    pub fn edges(&self) -> &[Edge] {
        &self.edges
    }

    /// The resource with this id.
    pub fn resource(&self, id: ResourceId) -> &Resource {
        &self.resources[id.0 as usize]
    }

    /// Finds a resource by unit and name.
    pub fn by_name(&self, unit: u32, name: &str) -> Option<&Resource> {
        self.by_name
            .get(&(unit, name.to_string()))
            .map(|&id| self.resource(id))
    }

    /// Resources of one kind.
    pub fn of_kind<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a Resource> + 'a {
        self.by_kind
            .get(kind)
            .into_iter()
            .flatten()
            .map(|&id| self.resource(id))
    }

    /// Edges leaving `id`.
    pub fn outgoing(&self, id: ResourceId) -> impl Iterator<Item = &Edge> {
        self.outgoing
            .get(&id)
            .into_iter()
            .flatten()
            .map(|&i| &self.edges[i])
    }

    /// Edges arriving at `id`.
    pub fn incoming(&self, id: ResourceId) -> impl Iterator<Item = &Edge> {
        self.incoming
            .get(&id)
            .into_iter()
            .flatten()
            .map(|&i| &self.edges[i])
    }

    /// Resources of `kind` that reference `id` (for example the bucket policies of a bucket).
    pub fn referrers<'a>(
        &'a self,
        id: ResourceId,
        kind: &'a str,
    ) -> impl Iterator<Item = &'a Resource> + 'a {
        self.incoming(id)
            .filter(|e| e.kind == EdgeKind::Reference)
            .map(|e| self.resource(e.from))
            .filter(move |r| r.kind == kind)
    }

    /// Resolves what a reference value points at, within the unit of `from`.
    pub fn target_of(&self, from: &Resource, node: &Node) -> Option<&Resource> {
        match &node.value {
            Value::Ref { target, .. } => self.by_name(from.unit, target),
            _ => None,
        }
    }
}

fn collect_refs(node: &Node, path: &str, f: &mut impl FnMut(&str, String)) {
    match &node.value {
        Value::Ref { target, .. } => f(target, path.to_string()),
        Value::Str(s) => {
            let mut rest = s.as_str();
            while let Some(start) = rest.find("${") {
                let after = &rest[start + 2..];
                let Some(end) = after.find('}') else { break };
                let name = &after[..end];
                if !name.is_empty() {
                    f(name, path.to_string());
                }
                rest = &after[end + 1..];
            }
        }
        Value::List(items) => {
            for (i, n) in items.iter().enumerate() {
                collect_refs(n, &join(path, &i.to_string()), f);
            }
        }
        Value::Map(entries) => {
            for (k, n) in entries {
                collect_refs(n, &join(path, k), f);
            }
        }
        _ => {}
    }
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}.{b}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Location, Origin};
    use std::sync::Arc;

    fn resource(name: &str, attributes: Node) -> Resource {
        Resource {
            id: ResourceId(0),
            unit: 0,
            name: name.into(),
            kind: "AWS::S3::Bucket".into(),
            source_type: "aws_s3_bucket".into(),
            origin: Origin::File(Location::new(Arc::from("main.tf"), 1, 1)),
            attributes,
            tags: Vec::new(),
            condition: None,
        }
    }

    #[test]
    fn tokens_with_dotted_names_link_to_the_longest_matching_resource() {
        let policy = Node::bare(Value::Map(vec![(
            "Resource".into(),
            Node::bare(Value::Str(
                "${module.a.aws_s3_bucket.logs[\"x\"].Arn}/*".into(),
            )),
        )]));
        let mut g = Graph::new();
        g.add_unit(vec![
            resource("module.a.aws_s3_bucket.logs[\"x\"]", Node::empty_map()),
            resource("Policy", policy),
        ]);
        assert_eq!(g.edges().len(), 1);
        assert_eq!(g.edges()[0].to, ResourceId(0));
    }

    #[test]
    fn references_link_within_their_own_unit_and_edges_are_not_repeated() {
        let refs = |n: usize| {
            let items = (0..n).map(|i| {
                Node::bare(Value::Ref {
                    target: format!("Q{i}"),
                    attribute: None,
                })
            });
            Node::bare(Value::Map(vec![(
                "Resource".into(),
                Node::bare(Value::List(items.collect())),
            )]))
        };
        let mut g = Graph::new();
        for _ in 0..2 {
            let mut unit: Vec<Resource> = (0..40)
                .map(|i| resource(&format!("Q{i}"), Node::empty_map()))
                .collect();
            unit.push(resource("Policy", refs(40)));
            g.add_unit(unit);
        }
        // Each policy: 40 targets in its own unit.
        assert_eq!(g.edges().len(), 80);
        assert!(
            g.edges()
                .iter()
                .all(|e| g.resource(e.from).unit == g.resource(e.to).unit)
        );
        for i in [0, 39, 79] {
            g.add_edge(g.edges()[i].clone());
        }
        assert_eq!(g.edges().len(), 80);
    }
}
