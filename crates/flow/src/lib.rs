//! Where data moves: derives [`EdgeKind::DataFlow`] edges between the resources of a
//! [`Graph`] from what their configuration says, in the AWS resource-schema vocabulary
//! (so every input format gets the same flows).
//!
//! [`derive`] adds one edge per hop, labelled in `via` with its [`Mechanism`]:
//!
//! | mechanism | edge |
//! |---|---|
//! | IAM policy of a role a compute uses (Lambda `Role`, ECS `TaskRoleArn`, EC2 instance profile, launch templates) | read actions: store → compute; write actions: compute → store |
//! | SAM `Policies` templates (`S3ReadPolicy`...), SAM connectors | as IAM |
//! | environment variable naming a store (Lambda, ECS container) | both directions, unless an IAM grant already says which |
//! | S3 notification, SNS subscription, event source mapping, SAM event, logs subscription filter, dead-letter queue and destinations | source → target |
//! | Firehose source and destinations, S3 replication, database replicas, AWS Backup | source → copy |
//! | API Gateway integration, load balancer target, Step Functions Lambda/ECS task | both directions (request and response) |
//! | CloudFront origin | origin → distribution |
//!
//! Conservative choices: a grant on `*` or on a wildcard name names no resource; `Deny`,
//! `NotAction` and `NotResource` statements add nothing; a literal name that matches two
//! resources matches none; Secrets Manager secrets are credentials, not PHI, so reading
//! one is no flow. An environment variable says a function uses a store but not how, so
//! both directions are assumed unless an IAM grant between the two says which.

mod events;
mod fronts;
mod grants;
mod index;
mod mechanism;
mod replicas;
mod workflows;

pub use index::Index;
pub use mechanism::{Hop, Leg, Mechanism};

use phiguard_model::{Edge, EdgeKind, Graph, Node, ResourceId, Value};

/// The resource whose configuration decides whether a [`Hop::Configured`] edge is
/// encrypted (the subscription of an SNS delivery, the target group of a load balancer
/// hop, the distribution fetching from an origin); `None` for other hops.
pub fn carrier(graph: &Graph, edge: &Edge) -> Option<ResourceId> {
    let m = Mechanism::of(&edge.via)?;
    if m.hop() != Hop::Configured {
        return None;
    }
    let kind = |id: ResourceId| graph.resource(id).kind.as_str();
    const TG: &str = "AWS::ElasticLoadBalancingV2::TargetGroup";
    match m {
        Mechanism::SnsSubscription if kind(edge.to) == "AWS::SNS::Subscription" => Some(edge.to),
        // Target → target group: the target group's protocol; target group → listener:
        // the listener's protocol carries the answer on to the client; listener → load
        // balancer stays inside the load balancer.
        Mechanism::LoadBalancerResponse => match (kind(edge.from), kind(edge.to)) {
            (_, TG) => Some(edge.to),
            (TG, _) => Some(edge.to),
            _ => None,
        },
        Mechanism::CloudFrontOrigin => Some(edge.to),
        _ => Some(edge.from),
    }
}

/// Compute resources: they process data with the permissions of a role.
pub const COMPUTE: &[&str] = &[
    "AWS::Lambda::Function",
    "AWS::ECS::TaskDefinition",
    "AWS::EC2::Instance",
    "AWS::EC2::LaunchTemplate",
    "AWS::AutoScaling::LaunchConfiguration",
];

/// Adds a data-flow edge for every hop the graph's configuration declares. Call it
/// once, after every unit is in the graph.
pub fn derive(graph: &mut Graph) {
    let edges = {
        let idx = Index::new(graph);
        let mut flows = Flows::default();
        grants::derive(&idx, &mut flows);
        events::derive(&idx, &mut flows);
        replicas::derive(&idx, &mut flows);
        fronts::derive(&idx, &mut flows);
        workflows::derive(&idx, &mut flows);
        flows.edges
    };
    for e in edges {
        graph.add_edge(e);
    }
}

/// The data-flow edges found so far.
#[derive(Default)]
pub(crate) struct Flows {
    edges: Vec<Edge>,
}

impl Flows {
    /// Data moves from `from` to `to` by `m` (`detail` is appended to the label).
    pub(crate) fn add(&mut self, from: ResourceId, to: ResourceId, m: Mechanism, detail: &str) {
        if from != to {
            self.edges.push(Edge {
                from,
                to,
                kind: EdgeKind::DataFlow,
                via: m.via(detail),
            });
        }
    }

    /// Both directions (request and response).
    pub(crate) fn both(&mut self, a: ResourceId, b: ResourceId, m: Mechanism, detail: &str) {
        self.add(a, b, m, detail);
        self.add(b, a, m, detail);
    }
}

/// The items of a list, or the value itself when a single value stands where a list may.
pub(crate) fn list_or_one(n: &Node) -> Vec<&Node> {
    match &n.value {
        Value::List(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        _ => vec![n],
    }
}

/// A JSON document written as a string (a policy or a state machine definition) as a node.
pub(crate) fn json_node(text: &str) -> Option<Node> {
    fn conv(v: serde_json::Value) -> Node {
        Node::bare(match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => Value::Int(i),
                None => Value::Float(n.as_f64().unwrap_or(0.0)),
            },
            serde_json::Value::String(s) => Value::Str(s),
            serde_json::Value::Array(a) => Value::List(a.into_iter().map(conv).collect()),
            serde_json::Value::Object(o) => {
                Value::Map(o.into_iter().map(|(k, v)| (k, conv(v))).collect())
            }
        })
    }
    serde_json::from_str(text).ok().map(conv)
}

/// A document that may be written as a map or as a JSON string.
pub(crate) fn document(n: &Node) -> Option<std::borrow::Cow<'_, Node>> {
    match &n.value {
        Value::Map(_) => Some(std::borrow::Cow::Borrowed(n)),
        Value::Str(s) => json_node(s).map(std::borrow::Cow::Owned),
        _ => None,
    }
}
