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
//! | EventBridge: bus → rule, rule → target; Pipes: source → pipe → target | source → target |
//! | a write or invocation of a service whose resource is outside the scan (IAM `Resource: "*"`, another stack's ARN, a resource-less API such as `comprehend:DetectEntities`; an event target, SNS endpoint, API Gateway or Step Functions integration naming an ARN outside the scan) | compute → one node per service, "Amazon Pinpoint (outside this scan)" ([`services`]) |
//!
//! Conservative choices: a grant on `*` or on a wildcard name names no resource in the
//! scan (only the service outside it); an action `*` names no service; calls that carry
//! credentials, configuration or telemetry (`kms`, `iam`, `ec2`, `cloudwatch`, `xray`...)
//! are no flow; `Deny`,
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
pub mod services;
mod workflows;

pub use index::Index;
pub use mechanism::{Hop, Leg, Mechanism};
pub use services::EXTERNAL_SERVICE;

use phiguard_model::{Edge, EdgeKind, Graph, Location, Node, Origin, Resource, ResourceId, Value};

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
    let (edges, external) = {
        let idx = Index::new(graph);
        let mut flows = Flows::new(graph.resources().len());
        grants::derive(&idx, &mut flows);
        events::derive(&idx, &mut flows);
        replicas::derive(&idx, &mut flows);
        fronts::derive(&idx, &mut flows);
        workflows::derive(&idx, &mut flows);
        (flows.edges, flows.external)
    };
    if !external.is_empty() {
        let unit = graph.new_unit();
        for x in external {
            let mut r = x.into_resource();
            r.unit = unit;
            graph.add(r);
        }
    }
    for e in edges {
        graph.add_edge(e);
    }
}

/// Whether the resource stands for an AWS service outside the scan.
pub fn is_external(r: &Resource) -> bool {
    r.kind == EXTERNAL_SERVICE
}

/// Where the configuration declares the hop from `from` into the external service `to`
/// (the IAM action, the event target, the integration URI), if known.
pub fn hop_location(to: &Resource, from: ResourceId) -> Option<&Location> {
    to.get("Hops")
        .node()?
        .items()
        .iter()
        .find(|h| h.get("From").node().and_then(Node::as_i64) == Some(i64::from(from.0)))
        .and_then(|h| h.location.as_ref())
}

/// The data-flow edges found so far, and the services outside the scan they reach.
pub(crate) struct Flows {
    edges: Vec<Edge>,
    /// Resources in the graph: external nodes get the ids after them.
    base: usize,
    external: Vec<External>,
}

/// A service outside the scan that data flows to.
struct External {
    prefix: String,
    name: String,
    service: Option<&'static services::Service>,
    origin: Origin,
    /// Who sends data to it, and where the configuration says so.
    hops: Vec<(ResourceId, Option<Location>)>,
}

impl External {
    fn into_resource(self) -> Resource {
        let str_node = |s: &str| Node::bare(Value::Str(s.to_string()));
        let mut attrs = vec![("Prefix".to_string(), str_node(&self.prefix))];
        if let Some(s) = self.service {
            attrs.push(("Service".into(), str_node(s.name)));
            if let Some(l) = s.listed_as {
                attrs.push(("ListedAs".into(), str_node(l)));
            }
        }
        let hops = self
            .hops
            .into_iter()
            .map(|(from, at)| {
                Node::new(
                    Value::Map(vec![(
                        "From".into(),
                        Node::bare(Value::Int(i64::from(from.0))),
                    )]),
                    at,
                )
            })
            .collect();
        attrs.push(("Hops".into(), Node::bare(Value::List(hops))));
        Resource {
            id: ResourceId(0),
            unit: 0,
            name: self.name,
            kind: EXTERNAL_SERVICE.into(),
            source_type: format!("aws service {}", self.prefix),
            origin: self.origin,
            attributes: Node::bare(Value::Map(attrs)),
            tags: Vec::new(),
            condition: None,
        }
    }
}

impl Flows {
    fn new(base: usize) -> Self {
        Self {
            edges: Vec::new(),
            base,
            external: Vec::new(),
        }
    }

    /// The node of the service `prefix` outside the scan, which `from` sends data to
    /// (declared at `at`, else where `from` is defined). `None` for prefixes whose calls
    /// carry no data (`kms`, `iam`...).
    pub(crate) fn service(
        &mut self,
        prefix: &str,
        from: &Resource,
        at: Option<&Location>,
    ) -> Option<ResourceId> {
        let prefix = prefix.trim().to_ascii_lowercase();
        if !services::carries_data(&prefix) || prefix.contains(['$', '{', '}', '*', '?']) {
            return None;
        }
        let service = services::by_prefix(&prefix);
        let name = match service {
            Some(s) => format!("{} (outside this scan)", s.name),
            None => format!("AWS service '{prefix}' (outside this scan)"),
        };
        let i = match self.external.iter().position(|x| x.name == name) {
            Some(i) => i,
            None => {
                self.external.push(External {
                    prefix,
                    name,
                    service,
                    origin: at
                        .map(|l| Origin::File(l.clone()))
                        .unwrap_or_else(|| from.origin.clone()),
                    hops: Vec::new(),
                });
                self.external.len() - 1
            }
        };
        let x = &mut self.external[i];
        if !x.hops.iter().any(|(f, _)| *f == from.id) {
            x.hops.push((
                from.id,
                at.cloned().or_else(|| from.origin.location().cloned()),
            ));
        }
        Some(ResourceId((self.base + i) as u32))
    }

    /// The external service node an ARN outside the scan belongs to (see [`Flows::service`]).
    pub(crate) fn service_of_arn(&mut self, arn: &Node, from: &Resource) -> Option<ResourceId> {
        let prefix = services::arn_service(arn.as_str()?)?;
        self.service(&prefix, from, arn.location.as_ref())
    }

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
