//! Which resources hold PHI: marked by tag, named on the command line or in the
//! config, or (when nothing is marked anywhere) every data store; and every resource
//! PHI reaches from those along data-flow edges.

use phiguard_flow::{Leg, Mechanism};
use phiguard_model::{EdgeKind, Graph, Resource, ResourceId};
use serde::{Deserialize, Serialize};
use std::collections::{HashSet, VecDeque};

/// How PHI is marked.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PhiMarking {
    /// Tag keys whose value marks PHI.
    pub tag_keys: Vec<String>,
    /// Values (case-insensitive) that mark PHI under those keys.
    pub tag_values: Vec<String>,
    /// Resource names marked explicitly (`--phi NAME`).
    pub resources: Vec<String>,
}

impl Default for PhiMarking {
    fn default() -> Self {
        Self {
            tag_keys: [
                "phi",
                "PHI",
                "hipaa",
                "data-classification",
                "DataClassification",
            ]
            .map(String::from)
            .to_vec(),
            tag_values: ["phi", "true", "yes"].map(String::from).to_vec(),
            resources: Vec::new(),
        }
    }
}

impl PhiMarking {
    /// Whether the resource is marked as holding PHI.
    pub fn marks(&self, r: &Resource) -> bool {
        self.resources.contains(&r.name)
            || r.tags.iter().any(|t| {
                self.tag_keys.iter().any(|k| k.eq_ignore_ascii_case(&t.key))
                    && t.value.as_str().is_some_and(|v| {
                        self.tag_values
                            .iter()
                            .any(|x| x.eq_ignore_ascii_case(v.trim()))
                    })
            })
    }
}

/// Resource kinds that store PHI at rest (assumed to hold PHI when nothing is marked).
pub const DATA_STORES: &[&str] = &[
    "AWS::S3::Bucket",
    "AWS::S3Express::DirectoryBucket",
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBCluster",
    "AWS::DynamoDB::Table",
    "AWS::DynamoDB::GlobalTable",
    "AWS::EFS::FileSystem",
    "AWS::FSx::FileSystem",
    "AWS::EC2::Volume",
    "AWS::EC2::Instance",
    "AWS::EC2::LaunchTemplate",
    "AWS::AutoScaling::LaunchConfiguration",
    "AWS::ElastiCache::ReplicationGroup",
    "AWS::ElastiCache::CacheCluster",
    "AWS::ElastiCache::ServerlessCache",
    "AWS::OpenSearchService::Domain",
    "AWS::Elasticsearch::Domain",
    "AWS::Redshift::Cluster",
    "AWS::Kinesis::Stream",
    "AWS::KinesisFirehose::DeliveryStream",
    "AWS::SQS::Queue",
    "AWS::SNS::Topic",
    "AWS::Logs::LogGroup",
    "AWS::Backup::BackupVault",
    "AWS::DocDB::DBCluster",
    "AWS::Neptune::DBCluster",
    "AWS::MSK::Cluster",
    "AWS::AmazonMQ::Broker",
    "AWS::HealthLake::FHIRDatastore",
    "AWS::SecretsManager::Secret",
    "AWS::Glue::Database",
    "AWS::SageMaker::NotebookInstance",
    "AWS::Timestream::Database",
    "AWS::QLDB::Ledger",
    "AWS::KinesisVideo::Stream",
    "AWS::CodeCommit::Repository",
    "AWS::ECR::Repository",
    "AWS::WorkSpaces::Workspace",
    "AWS::Athena::WorkGroup",
];

/// PHI state of every resource in a graph.
#[derive(Clone, Debug)]
pub struct PhiMap {
    /// Per resource: the shortest path from a PHI source to it (the source alone for a
    /// source, empty when PHI does not reach it).
    paths: Vec<Vec<ResourceId>>,
    /// Whether anything was marked; when not, every data store is assumed to hold PHI.
    pub any_marked: bool,
}

impl PhiMap {
    /// Marks the graph's resources and propagates PHI along its data-flow edges to a
    /// fixed point (a breadth-first search from all sources at once, so each resource
    /// gets one shortest path from its nearest source; cycles end at visited resources).
    /// PHI coming back from a backend as a response goes on toward the client, not into
    /// the other backends of the same API or load balancer.
    pub fn new(graph: &Graph, marking: &PhiMarking) -> Self {
        let marked: Vec<bool> = graph.resources().iter().map(|r| marking.marks(r)).collect();
        let any_marked = marked.iter().any(|&m| m);
        // Resources whose tags a live collection could not read may carry a PHI tag: where
        // PHI is marked by tags they are assumed to hold it, never left out.
        let unread: HashSet<&str> = graph
            .gaps()
            .iter()
            .flat_map(|g| g.tags_unread.iter().map(String::as_str))
            .collect();
        let sources: Vec<ResourceId> = graph
            .resources()
            .iter()
            .filter(|r| {
                if any_marked {
                    marked[r.id.0 as usize] || unread.contains(r.name.as_str())
                } else {
                    DATA_STORES.contains(&r.kind.as_str())
                }
            })
            .map(|r| r.id)
            .collect();
        let n = graph.resources().len();
        let mut paths = vec![Vec::new(); n];
        // A resource is expanded at most twice: once as reached by a response (which may
        // not turn into a request to the door's other backends) and once freely.
        let mut expanded = [vec![false; n], vec![false; n]];
        let mut queue = VecDeque::new();
        for &s in &sources {
            paths[s.0 as usize] = vec![s];
            expanded[0][s.0 as usize] = true;
            queue.push_back((s, false));
        }
        while let Some((at, by_response)) = queue.pop_front() {
            for e in graph.outgoing(at).filter(|e| e.kind == EdgeKind::DataFlow) {
                let leg = Mechanism::of(&e.via).and_then(Mechanism::leg);
                if by_response && leg == Some(Leg::Request) {
                    continue;
                }
                let next_by_response = leg == Some(Leg::Response);
                let to = e.to.0 as usize;
                if to >= n || expanded[0][to] || expanded[usize::from(next_by_response)][to] {
                    continue;
                }
                expanded[usize::from(next_by_response)][to] = true;
                if paths[to].is_empty() {
                    let mut p = paths[at.0 as usize].clone();
                    p.push(e.to);
                    paths[to] = p;
                }
                queue.push_back((e.to, next_by_response));
            }
        }
        Self { paths, any_marked }
    }

    /// Whether the resource holds (or is assumed to hold) PHI, or PHI reaches it.
    pub fn holds(&self, r: &Resource) -> bool {
        !self.path(r.id).is_empty()
    }

    /// Whether the resource is a PHI source (marked, or an assumed data store).
    pub fn is_source(&self, id: ResourceId) -> bool {
        self.path(id).len() == 1
    }

    /// Whether PHI reaches the resource only through a data flow.
    pub fn is_reached(&self, id: ResourceId) -> bool {
        self.path(id).len() > 1
    }

    /// One shortest path from a PHI source to the resource, both included: the source
    /// alone for a source, empty when PHI does not reach it.
    pub fn path(&self, id: ResourceId) -> &[ResourceId] {
        self.paths.get(id.0 as usize).map_or(&[], Vec::as_slice)
    }

    /// A path for people: `Bucket PatientRecords → Lambda Ingest → Queue Notify`.
    pub fn describe_path(&self, graph: &Graph, id: ResourceId) -> String {
        self.path(id)
            .iter()
            .map(|&i| {
                let r = graph.resource(i);
                format!("{} {}", r.short_kind(), r.name)
            })
            .collect::<Vec<_>>()
            .join(" → ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use phiguard_model::{Edge, Node, Origin, Tag, Value};

    fn resource(name: &str, kind: &str, phi: bool) -> Resource {
        Resource {
            id: ResourceId(0),
            unit: 0,
            name: name.into(),
            kind: kind.into(),
            source_type: kind.into(),
            origin: Origin::arn(format!("arn:test:{name}")),
            attributes: Node::empty_map(),
            tags: if phi {
                vec![Tag {
                    key: "phi".into(),
                    value: Node::bare(Value::Str("true".into())),
                }]
            } else {
                Vec::new()
            },
            condition: None,
        }
    }

    fn flow(g: &mut Graph, from: &str, to: &str) {
        flow_via(g, from, to, "test");
    }

    fn flow_via(g: &mut Graph, from: &str, to: &str, via: &str) {
        let (from, to) = (g.by_name(0, from).unwrap().id, g.by_name(0, to).unwrap().id);
        g.add_edge(Edge {
            from,
            to,
            kind: EdgeKind::DataFlow,
            via: via.into(),
        });
    }

    #[test]
    fn a_resource_whose_tags_could_not_be_read_is_assumed_to_hold_phi() {
        let mut g = Graph::new();
        g.add_unit(vec![
            resource("Records", "AWS::S3::Bucket", true),
            resource("Unread", "AWS::SQS::Queue", false),
            resource("Plain", "AWS::SQS::Queue", false),
        ]);
        g.add_gaps([phiguard_model::Gap {
            account: "111122223333".into(),
            region: "us-east-1".into(),
            kinds: Vec::new(),
            action: "sqs:ListQueueTags".into(),
            reason: "AccessDenied: not authorized".into(),
            tags_unread: vec!["Unread".into()],
        }]);
        let phi = PhiMap::new(&g, &PhiMarking::default());
        assert!(phi.holds(g.by_name(0, "Unread").unwrap()));
        assert!(!phi.holds(g.by_name(0, "Plain").unwrap()));
        // With nothing marked, every data store is assumed to hold PHI anyway.
        let mut g = Graph::new();
        g.add_unit(vec![resource("Plain", "AWS::SQS::Queue", false)]);
        assert!(PhiMap::new(&g, &PhiMarking::default()).holds(g.by_name(0, "Plain").unwrap()));
    }

    #[test]
    fn phi_propagates_along_flows_through_cycles_with_shortest_paths() {
        let mut g = Graph::new();
        g.add_unit(vec![
            resource("Records", "AWS::S3::Bucket", true),
            resource("Ingest", "AWS::Lambda::Function", false),
            resource("Notify", "AWS::SQS::Queue", false),
            resource("Worker", "AWS::Lambda::Function", false),
            resource("Public", "AWS::S3::Bucket", false),
        ]);
        flow(&mut g, "Records", "Ingest");
        flow(&mut g, "Ingest", "Notify");
        flow(&mut g, "Notify", "Worker");
        flow(&mut g, "Worker", "Ingest"); // a cycle
        flow(&mut g, "Ingest", "Worker"); // a shorter way
        flow(&mut g, "Public", "Records"); // against the flow: no PHI goes back
        let phi = PhiMap::new(&g, &PhiMarking::default());
        let id = |n: &str| g.by_name(0, n).unwrap().id;
        assert!(phi.any_marked);
        assert!(phi.is_source(id("Records")));
        assert!(phi.is_reached(id("Notify")));
        assert!(!phi.holds(g.by_name(0, "Public").unwrap()));
        assert_eq!(
            phi.path(id("Worker")),
            &[id("Records"), id("Ingest"), id("Worker")]
        );
        assert_eq!(
            phi.describe_path(&g, id("Notify")),
            "Bucket Records → Lambda Ingest → Queue Notify"
        );
    }

    #[test]
    fn unmarked_scans_assume_every_store_and_propagate_from_them() {
        let mut g = Graph::new();
        g.add_unit(vec![
            resource("Records", "AWS::S3::Bucket", false),
            resource("Ingest", "AWS::Lambda::Function", false),
            resource("Other", "AWS::Lambda::Function", false),
        ]);
        flow(&mut g, "Records", "Ingest");
        let phi = PhiMap::new(&g, &PhiMarking::default());
        assert!(!phi.any_marked);
        assert!(phi.holds(g.by_name(0, "Records").unwrap()));
        assert!(phi.holds(g.by_name(0, "Ingest").unwrap()));
        assert!(!phi.holds(g.by_name(0, "Other").unwrap()));
    }

    #[test]
    fn responses_do_not_turn_into_requests_to_other_backends() {
        let mut g = Graph::new();
        g.add_unit(vec![
            resource("Records", "AWS::S3::Bucket", true),
            resource("Reader", "AWS::Lambda::Function", false),
            resource("Api", "AWS::ApiGateway::RestApi", false),
            resource("Health", "AWS::Lambda::Function", false),
            resource("Audit", "AWS::SQS::Queue", false),
        ]);
        flow(&mut g, "Records", "Reader");
        flow_via(
            &mut g,
            "Api",
            "Reader",
            "api gateway integration: Api GET /records",
        );
        flow_via(
            &mut g,
            "Reader",
            "Api",
            "api gateway integration response: Api GET /records",
        );
        flow_via(
            &mut g,
            "Api",
            "Health",
            "api gateway integration: Api GET /health",
        );
        flow_via(
            &mut g,
            "Health",
            "Api",
            "api gateway integration response: Api GET /health",
        );
        flow(&mut g, "Api", "Audit");
        let phi = PhiMap::new(&g, &PhiMarking::default());
        let holds = |n: &str| phi.holds(g.by_name(0, n).unwrap());
        assert!(
            holds("Api"),
            "the response carries PHI back through the API"
        );
        assert!(!holds("Health"), "but not into the API's other functions");
        assert!(holds("Audit"), "other flows out of the API still carry it");
    }
}
